import { describe, expect, it } from 'vitest'
import { corednsOutdated as rule } from '../../src/rules/addons/coredns-outdated.js'
import { clusterOf, contextOf } from '../helpers/model.js'

const check = (cp: string, version: string) =>
  rule.check(contextOf(clusterOf({ version: cp, addons: [{ name: 'coredns', version }] })))

describe(rule.meta.id, () => {
  it('is a warning by default', () => expect(rule.meta.severity).toBe('warning'))
  it('valid: the minor EKS ships (1.11 for 1.30) or newer', () => {
    expect(check('1.30', 'v1.11.1-eksbuild.8')).toEqual([])
    expect(check('1.29', 'v1.11.4-eksbuild.2')).toEqual([])
  })
  it('invalid: v1.10 on 1.30, naming the newest seen', () => {
    expect(check('1.30', 'v1.10.1-eksbuild.38')[0]!.message).toContain(
      'older than CoreDNS 1.11, which EKS ships for Kubernetes 1.30 (latest seen: v1.11.4-eksbuild.33)',
    )
  })
})
