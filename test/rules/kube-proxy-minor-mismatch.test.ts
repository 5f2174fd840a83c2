import { describe, expect, it } from 'vitest'
import { kubeProxyMinorMismatch as rule } from '../../src/rules/addons/kube-proxy-minor-mismatch.js'
import { clusterOf, contextOf } from '../helpers/model.js'

const kp = (version: string) => [{ name: 'kube-proxy', version }]

describe(rule.meta.id, () => {
  it('is a warning by default', () => expect(rule.meta.severity).toBe('warning'))
  it('valid: same minor; beyond skew is kube-proxy-skew’s; an upgrade that left the pin is addon-not-moved’s', () => {
    expect(
      rule.check(contextOf(clusterOf({ version: '1.30', addons: kp('v1.30.0-eksbuild.3') }))),
    ).toEqual([])
    expect(
      rule.check(contextOf(clusterOf({ version: '1.30', addons: kp('v1.26.0-eksbuild.1') }))),
    ).toEqual([])
    expect(
      rule.check(
        contextOf(
          clusterOf({ version: '1.30', addons: kp('v1.29.0-eksbuild.1') }),
          clusterOf({ version: '1.29', addons: kp('v1.29.0-eksbuild.1') }),
        ),
      ),
    ).toEqual([])
  })
  it('invalid: one minor behind, naming a version for the cluster’s minor', () => {
    const [report] = rule.check(
      contextOf(clusterOf({ version: '1.30', addons: kp('v1.29.0-eksbuild.1') })),
    )
    expect(report!.message).toContain('(e.g. v1.30.14-eksbuild.28)')
  })
})
