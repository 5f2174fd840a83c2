import { describe, expect, it } from 'vitest'
import { suppressionExpired as rule } from '../../src/rules/tool/suppression-expired.js'
import { clusterOf, contextOf } from '../helpers/model.js'

describe(rule.meta.id, () => {
  it('is a warning by default', () => expect(rule.meta.severity).toBe('warning'))
  it('valid: nothing expired', () =>
    expect(rule.check(contextOf(clusterOf({ version: '1.33' })))).toEqual([]))
  it('invalid: an expired entry, pointing at it in the configuration file', () => {
    const at = { file: '.github/eks-upgrade-gate.yml', line: 4, column: 1 }
    const [report] = rule.check(
      contextOf(clusterOf({ version: '1.33' }), undefined, {
        expiredSuppressions: [
          { rule: 'node-group-skew', reason: 'retiring', expires: '2026-01-01', at },
        ],
      }),
    )
    expect(report).toMatchObject({
      at,
      message:
        'The suppression of node-group-skew ("retiring") expired on 2026-01-01 and no longer applies. Fix the findings, or extend it with a new reason.',
    })
  })
})
