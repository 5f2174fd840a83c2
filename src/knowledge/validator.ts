import { Ajv } from 'ajv'
import schema from '../../schema/knowledge.schema.json' with { type: 'json' }
import type { SchemaCheck } from '../config/validators.js'
import { date } from '../config/date-format.js'

let compiled: SchemaCheck | undefined

/**
 * Compiles schema/knowledge.schema.json with Ajv. As with the configuration's
 * validators (src/config/validators.ts), this runs only from sources: the bundle
 * has this module replaced with the same check generated at build time.
 */
export function knowledgeValidator(): SchemaCheck {
  if (compiled) return compiled
  const ajv = new Ajv({ allErrors: false, strict: true })
  ajv.addFormat('date', date)
  compiled = ajv.compile(schema)
  return compiled
}
