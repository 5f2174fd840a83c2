import { describe, expect, it } from 'vitest'
import { clusterAutoscalerMismatch as rule } from '../../src/rules/components/cluster-autoscaler-mismatch.js'
import { clusterOf, contextOf } from '../helpers/model.js'

const check = (cp: string, tag: string) =>
  rule.check(
    contextOf(
      clusterOf({ version: cp, components: [{ name: 'cluster-autoscaler', version: tag }] }),
    ),
  )

describe(rule.meta.id, () => {
  it('is an error by default', () => expect(rule.meta.severity).toBe('error'))
  it('valid: the same minor', () => expect(check('1.32', 'v1.32.1')).toEqual([]))
  it.each([
    ['1.32', 'v1.31.2'],
    ['1.30', 'v1.31.0'],
  ])('invalid: cluster %s with %s', (cp, tag) => {
    expect(check(cp, tag)[0]!.message).toContain(`Use a v${cp}.x image`)
  })
})
