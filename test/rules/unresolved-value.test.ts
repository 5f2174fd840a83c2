import { describe, expect, it } from 'vitest'
import { unresolvedValue as rule } from '../../src/rules/tool/unresolved-value.js'
import { cluster, context } from '../helpers/model.js'

describe(rule.meta.id, () => {
  it('is a notice by default', () => expect(rule.meta.severity).toBe('notice'))

  it('valid: resolved, inherited and policy values say nothing', () => {
    const head = cluster('c', '1.30', [
      { name: 'a', version: '1.30' },
      { name: 'b', version: 'inherit' },
    ])
    expect(rule.check(context([{ head }]))).toEqual([])
  })

  it('invalid: every unresolved value is reported with its expression, at its place', () => {
    const head = cluster('c', null, [{ name: 'gpu', version: 'unresolved', line: 40 }])
    const reports = rule.check(context([{ head }]))
    expect(reports.map((r) => [r.subject, r.at.line])).toEqual([
      ['version', 5],
      ['node-group:gpu:version', 40],
    ])
    expect(reports[0]!.message).toBe(
      'Could not resolve the control-plane version in cluster c from `${V}` (placeholder); the version rules skipped it.',
    )
  })
})
