import { describe, expect, it } from 'vitest'
import { vpcCniMinorJump as rule } from '../../src/rules/addons/vpc-cni-minor-jump.js'
import { clusterOf, contextOf } from '../helpers/model.js'

const move = (from: string, to: string) =>
  rule.check(
    contextOf(
      clusterOf({ version: '1.30', addons: [{ name: 'vpc-cni', version: to }] }),
      clusterOf({ version: '1.30', addons: [{ name: 'vpc-cni', version: from }] }),
    ),
  )

describe(rule.meta.id, () => {
  it('is an error by default', () => expect(rule.meta.severity).toBe('error'))
  it('valid: one minor up, patches, down', () => {
    expect(move('v1.18.3-eksbuild.1', 'v1.19.0-eksbuild.1')).toEqual([])
    expect(move('v1.18.3-eksbuild.1', 'v1.18.6-eksbuild.2')).toEqual([])
    expect(move('v1.19.0-eksbuild.1', 'v1.18.3-eksbuild.1')).toEqual([])
  })
  it('invalid: 1.16 → 1.18 names 1.17 as the next step', () => {
    expect(move('v1.16.0-eksbuild.1', 'v1.18.3-eksbuild.2')[0]!.message).toContain(
      'Go to 1.17 first',
    )
  })
})
