import { describe, expect, it } from 'vitest'
import { controlPlaneDowngrade as rule } from '../../src/rules/control-plane/control-plane-downgrade.js'
import { clusterOf, contextOf } from '../helpers/model.js'

describe(rule.meta.id, () => {
  it('is an error by default', () => expect(rule.meta.severity).toBe('error'))

  it.each([
    ['1.29', '1.30'],
    ['1.30', '1.30'],
  ])('valid: %s → %s', (from, to) => {
    expect(rule.check(contextOf(clusterOf({ version: to }), clusterOf({ version: from })))).toEqual(
      [],
    )
  })

  it('invalid: one minor down mentions the 7-day rollback', () => {
    const [report] = rule.check(
      contextOf(clusterOf({ version: '1.29' }), clusterOf({ version: '1.30' })),
    )
    expect(report!.message).toContain('goes down from 1.30 to 1.29')
    expect(report!.message).toContain('within 7 days')
  })

  it('invalid: two minors down cannot be rolled back', () => {
    const [report] = rule.check(
      contextOf(clusterOf({ version: '1.28' }), clusterOf({ version: '1.30' })),
    )
    expect(report!.message).toContain('cannot go back more than one minor')
  })
})
