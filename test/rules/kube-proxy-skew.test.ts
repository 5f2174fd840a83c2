import { describe, expect, it } from 'vitest'
import { kubeProxySkew as rule } from '../../src/rules/addons/kube-proxy-skew.js'
import { clusterOf, contextOf } from '../helpers/model.js'

const addon = (cp: string, version: string) =>
  rule.check(contextOf(clusterOf({ version: cp, addons: [{ name: 'kube-proxy', version }] })))
const image = (cp: string, tag: string) =>
  rule.check(
    contextOf(clusterOf({ version: cp, components: [{ name: 'kube-proxy', version: tag }] })),
  )

describe(rule.meta.id, () => {
  it('is an error by default', () => expect(rule.meta.severity).toBe('error'))

  it.each([
    ['1.30', 'v1.30.0-eksbuild.3'],
    ['1.30', 'v1.27.1-eksbuild.1'], // 3 behind, kube-proxy 1.27 ≥ 1.25
    ['1.26', 'v1.24.7-eksbuild.2'], // 2 behind, kube-proxy 1.24 < 1.25
  ])('valid: control plane %s with %s', (cp, version) => {
    expect(addon(cp, version)).toEqual([])
  })

  it('invalid: kube-proxy newer than the control plane', () => {
    expect(addon('1.30', 'v1.31.2-eksbuild.3')[0]!.message).toContain(
      'is newer than the control plane',
    )
  })

  it('invalid: 4 behind (kube-proxy 1.26 on 1.30) and 3 behind for kube-proxy < 1.25 (1.24 on 1.27)', () => {
    expect(addon('1.30', 'v1.26.15-eksbuild.2')[0]!.message).toContain('4 minor versions behind')
    expect(addon('1.27', 'v1.24.7-eksbuild.2')[0]!.message).toContain('may trail by at most 2')
  })

  it('applies to self-managed kube-proxy images too', () => {
    expect(image('1.30', 'v1.31.2-minimal-eksbuild.3')[0]!.subject).toBe('component:kube-proxy')
  })
})
