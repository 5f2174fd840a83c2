import { describe, expect, it } from 'vitest'
import { knowledgeStale as rule } from '../../src/rules/tool/knowledge-stale.js'
import { clusterOf, contextOf } from '../helpers/model.js'

describe(rule.meta.id, () => {
  it('is a notice by default', () => expect(rule.meta.severity).toBe('notice'))
  it('valid: data 180 days old', () =>
    expect(
      rule.check(contextOf(clusterOf({ version: '1.33' }), undefined, { today: '2027-05-20' })),
    ).toEqual([]))
  it('invalid: data 181 days old', () => {
    expect(
      rule.check(contextOf(clusterOf({ version: '1.33' }), undefined, { today: '2027-05-21' }))[0]!
        .message,
    ).toContain('is from 2026-11-21 (181 days ago)')
  })
})
