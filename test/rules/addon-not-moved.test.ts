import { describe, expect, it } from 'vitest'
import { addonNotMoved as rule } from '../../src/rules/addons/addon-not-moved.js'
import { clusterOf, contextOf } from '../helpers/model.js'

const addons = (kp: string, coredns = 'v1.11.1-eksbuild.8') => [
  { name: 'kube-proxy', version: kp },
  { name: 'coredns', version: coredns },
]

describe(rule.meta.id, () => {
  it('is a warning by default', () => expect(rule.meta.severity).toBe('warning'))
  it('valid: add-ons moved with the control plane, or no upgrade', () => {
    expect(
      rule.check(
        contextOf(
          clusterOf({
            version: '1.30',
            addons: addons('v1.30.0-eksbuild.3', 'v1.11.3-eksbuild.1'),
          }),
          clusterOf({ version: '1.29', addons: addons('v1.29.0-eksbuild.1') }),
        ),
      ),
    ).toEqual([])
    expect(
      rule.check(
        contextOf(
          clusterOf({ version: '1.29', addons: addons('v1.29.0-eksbuild.1') }),
          clusterOf({ version: '1.29', addons: addons('v1.29.0-eksbuild.1') }),
        ),
      ),
    ).toEqual([])
  })
  it('invalid: 1.29 → 1.30 with kube-proxy and CoreDNS pins unchanged, naming the 1.30 versions', () => {
    const reports = rule.check(
      contextOf(
        clusterOf({ version: '1.30', addons: addons('v1.29.0-eksbuild.1') }),
        clusterOf({ version: '1.29', addons: addons('v1.29.0-eksbuild.1') }),
      ),
    )
    expect(reports.map((r) => r.subject)).toEqual(['addon:kube-proxy', 'addon:coredns'])
    expect(reports[0]!.message).toContain('Move it to v1.30.14-eksbuild.28')
  })
})
