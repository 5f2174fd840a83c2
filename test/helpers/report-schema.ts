import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { expect } from 'vitest'
import schema from '../../schema/report.schema.json' with { type: 'json' }

const addFormats = addFormatsModule as unknown as { default: (ajv: Ajv) => Ajv }
const ajv = new Ajv({ allErrors: true, strict: true })
addFormats.default(ajv)
const validate = ajv.compile(schema)

/** Asserts that a JSON report holds to schema/report.schema.json, the one users code against. */
export function expectValidReport(report: unknown): void {
  const valid = validate(report)
  expect(valid ? [] : validate.errors).toEqual([])
}
