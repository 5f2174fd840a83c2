import { describe, expect, it } from 'vitest'
import { karpenterUnsupported as rule } from '../../src/rules/components/karpenter-unsupported.js'
import { clusterOf, contextOf } from '../helpers/model.js'

const check = (cp: string, version: string) =>
  rule.check(contextOf(clusterOf({ version: cp, components: [{ name: 'karpenter', version }] })))

describe(rule.meta.id, () => {
  it('is an error by default', () => expect(rule.meta.severity).toBe('error'))
  it.each([
    ['1.31', '1.0.5'],
    ['1.32', '1.2.0'],
    ['1.29', '1.11.1'],
    ['1.28', '0.37.0'],
  ])('valid: cluster %s with Karpenter %s', (cp, v) => {
    expect(check(cp, v)).toEqual([])
  })
  it('invalid: too old for the cluster (1.32 needs 1.2)', () => {
    expect(check('1.32', 'v1.1.4')[0]!.message).toContain(
      'Kubernetes 1.32 needs Karpenter 1.2 or later',
    )
  })
  it('invalid: too new for the cluster (1.1+ supports 1.29 and newer)', () => {
    expect(check('1.28', '1.1.0')[0]!.message).toContain(
      'Karpenter 1.1 and later support Kubernetes 1.29 and newer',
    )
  })
})
