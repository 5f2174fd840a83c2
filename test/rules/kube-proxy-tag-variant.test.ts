import { describe, expect, it } from 'vitest'
import { kubeProxyTagVariant as rule } from '../../src/rules/addons/kube-proxy-tag-variant.js'
import { clusterOf, contextOf } from '../helpers/model.js'

const image = (tag: string) =>
  rule.check(
    contextOf(clusterOf({ version: '1.30', components: [{ name: 'kube-proxy', version: tag }] })),
  )
const addon = (version: string) =>
  rule.check(contextOf(clusterOf({ version: '1.30', addons: [{ name: 'kube-proxy', version }] })))

describe(rule.meta.id, () => {
  it('is an error by default', () => expect(rule.meta.severity).toBe('error'))
  it.each([
    'v1.24.10-eksbuild.2',
    'v1.24.17-minimal-eksbuild.19',
    'v1.25.16-minimal-eksbuild.22',
    'v1.33.5-minimal-eksbuild.2',
    'v1.34.1-eksbuild.2',
  ])('valid image tag %s', (tag) => {
    expect(image(tag)).toEqual([])
  })
  it('valid add-on version', () => expect(addon('v1.30.0-eksbuild.3')).toEqual([]))
  it.each([
    ['v1.30.6-eksbuild.2', 'only the "-minimal-" kube-proxy images are published'],
    ['v1.34.1-minimal-eksbuild.2', 'drop the "-minimal-" suffix'],
  ])('invalid image tag %s', (tag, problem) => {
    expect(image(tag)[0]!.message).toContain(problem)
  })
  it('invalid: an add-on version with -minimal-', () => {
    expect(addon('v1.30.0-minimal-eksbuild.1')[0]!.message).toContain(
      'EKS add-on versions never carry "-minimal-"',
    )
  })
})
