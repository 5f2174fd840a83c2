import { describe, expect, it } from 'vitest'
import { apiDeprecated as rule } from '../../src/rules/components/api-deprecated.js'
import { clusterOf, contextOf } from '../helpers/model.js'

const withApi = (version: string, apiVersion: string, kind: string) => ({
  ...clusterOf({ version }),
  apis: [{ apiVersion, kind, at: { file: 'm.yaml', line: 1, column: 1 } }],
})

describe(rule.meta.id, () => {
  it('is a warning by default', () => expect(rule.meta.severity).toBe('warning'))
  it('valid: before deprecation, and once removed (api-removed reports it)', () => {
    expect(rule.check(contextOf(withApi('1.20', 'batch/v1beta1', 'CronJob')))).toEqual([])
    expect(rule.check(contextOf(withApi('1.25', 'batch/v1beta1', 'CronJob')))).toEqual([])
  })
  it('invalid: deprecated and still served (1.24)', () => {
    expect(
      rule.check(contextOf(withApi('1.24', 'batch/v1beta1', 'CronJob')))[0]!.message,
    ).toContain('deprecated since 1.21; Kubernetes 1.25 removes it: use batch/v1 instead')
  })
})
