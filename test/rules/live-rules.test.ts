import { describe, expect, it } from 'vitest'
import type { LiveView } from '../../src/live/view.js'
import { parseAddonVersion } from '../../src/model/addon-version.js'
import { liveAddonVersions } from '../../src/rules/live/live-addon-versions.js'
import { liveAl2Nodes } from '../../src/rules/live/live-al2-nodes.js'
import { liveContainerRuntime } from '../../src/rules/live/live-container-runtime.js'
import { liveKernel } from '../../src/rules/live/live-kernel.js'
import { liveNodeSkew } from '../../src/rules/live/live-node-skew.js'
import { liveOsImage } from '../../src/rules/live/live-os-image.js'
import { liveUnavailable } from '../../src/rules/live/live-unavailable.js'
import { liveVersionDrift } from '../../src/rules/live/live-version-drift.js'
import { clusterOf, contextOf, kube } from '../helpers/model.js'

function view(overrides: Partial<LiveView> = {}): LiveView {
  return {
    name: 'c',
    context: 'ctx',
    version: kube('1.29'),
    nodeGroups: [],
    components: [],
    problems: [],
    ...overrides,
  }
}
const group = (
  name: string,
  kubelet: string,
  extra: Partial<LiveView['nodeGroups'][number]> = {},
) => ({
  name,
  kind: 'managed' as const,
  nodes: 2,
  oldest: kube(kubelet),
  newest: kube(kubelet),
  osImages: ['Amazon Linux 2023.5.20240819'],
  kernels: ['6.1.102-111.182.amzn2023.x86_64'],
  runtimes: ['containerd://1.7.20'],
  ...extra,
})
const head = (version: string) => clusterOf({ version })
const withLive = (version: string, live: LiveView, base = '1.29') => {
  const cluster = head(version)
  return contextOf(cluster, clusterOf({ version: base }), {
    live: { clusters: [{ view: live, clusterId: cluster.id }], errors: [] },
  })
}

describe('live-version-drift', () => {
  const rule = liveVersionDrift
  it('is a warning by default', () => expect(rule.meta.severity).toBe('warning'))
  it('valid: declared = live, or one minor ahead (the upgrade)', () => {
    expect(rule.check(withLive('1.29', view()))).toEqual([])
    expect(rule.check(withLive('1.30', view()))).toEqual([])
  })
  it('invalid: declared behind what runs (a downgrade), or two ahead', () => {
    expect(rule.check(withLive('1.28', view()))[0]!.message).toContain(
      'applying it would try a downgrade',
    )
    expect(rule.check(withLive('1.31', view()))[0]!.message).toContain('Go to 1.30 first')
  })
})

describe('live-node-skew', () => {
  const rule = liveNodeSkew
  it('is an error by default', () => expect(rule.meta.severity).toBe('error'))
  it('valid: 3 behind the control plane after the change (1.27 → 1.30)', () =>
    expect(rule.check(withLive('1.30', view({ nodeGroups: [group('a', '1.27')] })))).toEqual([]))
  it('invalid: 4 behind, and newer than the control plane', () => {
    expect(
      rule.check(withLive('1.30', view({ nodeGroups: [group('a', '1.26')] })))[0]!.message,
    ).toContain('4 minors behind, more than the 3 allowed')
    expect(
      rule.check(withLive('1.29', view({ nodeGroups: [group('b', '1.30')] })))[0]!.message,
    ).toContain('newer than the control plane')
  })
})

describe('live-addon-versions', () => {
  const rule = liveAddonVersions
  const components = (kp: string, cni: string) => [
    { name: 'kube-proxy', image: `eks/kube-proxy:${kp}`, version: parseAddonVersion(kp) },
    { name: 'aws-node', image: `amazon-k8s-cni:${cni}`, version: parseAddonVersion(cni) },
  ]
  it('is an error by default', () => expect(rule.meta.severity).toBe('error'))
  it('valid: kube-proxy within skew, VPC CNI at the minimum', () =>
    expect(
      rule.check(
        withLive(
          '1.30',
          view({ components: components('v1.27.16-minimal-eksbuild.2', 'v1.12.0-eksbuild.1') }),
        ),
      ),
    ).toEqual([]))
  it('invalid: kube-proxy 4 behind and VPC CNI below 1.12 on 1.30', () => {
    expect(
      rule
        .check(
          withLive(
            '1.30',
            view({ components: components('v1.26.15-minimal-eksbuild.2', 'v1.11.4-eksbuild.1') }),
          ),
        )
        .map((r) => r.subject),
    ).toEqual(['live:component:kube-proxy', 'live:component:aws-node'])
  })
})

describe('live-al2-nodes', () => {
  const rule = liveAl2Nodes
  const al2 = group('old', '1.32', { osImages: ['Amazon Linux 2'] })
  it('is an error by default', () => expect(rule.meta.severity).toBe('error'))
  it('valid: AL2 up to 1.32; AL2023 at 1.33', () => {
    expect(
      rule.check(withLive('1.32', view({ version: kube('1.32'), nodeGroups: [al2] }), '1.32')),
    ).toEqual([])
    expect(
      rule.check(
        withLive(
          '1.33',
          view({ version: kube('1.32'), nodeGroups: [group('new', '1.32')] }),
          '1.32',
        ),
      ),
    ).toEqual([])
  })
  it('invalid: AL2 nodes when the change goes to 1.33', () => {
    expect(
      rule.check(withLive('1.33', view({ version: kube('1.32'), nodeGroups: [al2] }), '1.32'))[0]!
        .message,
    ).toContain('has no 1.33 AMI')
  })
})

describe('live-container-runtime', () => {
  const rule = liveContainerRuntime
  it('is an error by default', () => expect(rule.meta.severity).toBe('error'))
  it('valid: containerd', () =>
    expect(rule.check(withLive('1.30', view({ nodeGroups: [group('a', '1.29')] })))).toEqual([]))
  it('invalid: docker', () =>
    expect(
      rule.check(
        withLive(
          '1.30',
          view({ nodeGroups: [group('a', '1.29', { runtimes: ['docker://20.10.25'] })] }),
        ),
      ),
    ).toHaveLength(1))
})

describe('live-kernel', () => {
  const rule = liveKernel
  it('is a warning by default', () => expect(rule.meta.severity).toBe('warning'))
  it('valid: 5.4 and newer', () =>
    expect(
      rule.check(
        withLive(
          '1.29',
          view({ nodeGroups: [group('a', '1.29', { kernels: ['5.4.0-1.amzn2'] })] }),
        ),
      ),
    ).toEqual([]))
  it('invalid: 4.14', () =>
    expect(
      rule.check(
        withLive(
          '1.29',
          view({ nodeGroups: [group('a', '1.29', { kernels: ['4.14.336-257.amzn2'] })] }),
        ),
      ),
    ).toHaveLength(1))
})

describe('live-os-image', () => {
  const rule = liveOsImage
  it('is a notice by default', () => expect(rule.meta.severity).toBe('notice'))
  it('valid: EKS-optimized families', () =>
    expect(
      rule.check(
        withLive(
          '1.29',
          view({
            nodeGroups: [
              group('a', '1.29', { osImages: ['Bottlerocket OS 1.20.0 (aws-k8s-1.29)'] }),
            ],
          }),
        ),
      ),
    ).toEqual([]))
  it('invalid: another OS', () =>
    expect(
      rule.check(
        withLive(
          '1.29',
          view({ nodeGroups: [group('a', '1.29', { osImages: ['CentOS Linux 7 (Core)'] })] }),
        ),
      ),
    ).toHaveLength(1))
})

describe('live-unavailable', () => {
  const rule = liveUnavailable
  it('is a warning by default', () => expect(rule.meta.severity).toBe('warning'))
  it('valid: no live cluster asked for, or read fully and matched', () => {
    expect(rule.check(contextOf(head('1.29')))).toEqual([])
    expect(rule.check(withLive('1.29', view()))).toEqual([])
  })
  it('invalid: unreadable, partly read, or matching no declared cluster', () => {
    expect(
      rule.check(
        contextOf(head('1.29'), undefined, { live: { clusters: [], errors: ['refused'] } }),
      )[0]!.message,
    ).toBe('Live cluster: refused. The static checks still ran.')
    expect(rule.check(withLive('1.29', view({ problems: ['Forbidden'] })))).toHaveLength(1)
    expect(
      rule.check(
        contextOf(head('1.29'), undefined, {
          live: { clusters: [{ view: view({ name: 'other' }) }], errors: [] },
        }),
      )[0]!.message,
    ).toContain('matches none of the declared clusters')
  })
})
