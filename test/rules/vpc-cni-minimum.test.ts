import { describe, expect, it } from 'vitest'
import { vpcCniMinimum as rule } from '../../src/rules/addons/vpc-cni-minimum.js'
import { clusterOf, contextOf } from '../helpers/model.js'

const check = (cp: string, version: string) =>
  rule.check(contextOf(clusterOf({ version: cp, addons: [{ name: 'vpc-cni', version }] })))

describe(rule.meta.id, () => {
  it('is an error by default', () => expect(rule.meta.severity).toBe('error'))
  it('valid: 1.12.0 at 1.26, 1.11 at 1.25, bare eksctl versions', () => {
    expect(check('1.26', 'v1.12.0-eksbuild.1')).toEqual([])
    expect(check('1.25', 'v1.11.4-eksbuild.1')).toEqual([])
    expect(check('1.30', '1.18.3')).toEqual([])
  })
  it('invalid: 1.11 on 1.26 names the 1.26 rule', () => {
    expect(check('1.26', 'v1.11.4-eksbuild.1')[0]!.message).toContain(
      'upgrade the VPC CNI to 1.12 or later before 1.26',
    )
  })
  it('invalid: below 1.8.0 on 1.24', () =>
    expect(check('1.24', 'v1.7.10-eksbuild.1')).toHaveLength(1))
})
