import type { LiveView } from '../../../src/model/live.js'
import { parseAddonVersion } from '../../../src/model/addon-version.js'
import type { RuleContext } from '../../../src/rules/types.js'
import { clusterOf, contextOf, kube } from '../../helpers/model.js'

/** What a live cluster runs, as src/live/view.ts builds it. */
export function view(overrides: Partial<LiveView> = {}): LiveView {
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

export const liveGroup = (
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

export const liveComponents = (kubeProxy: string, cni: string) => [
  {
    name: 'kube-proxy',
    image: `eks/kube-proxy:${kubeProxy}`,
    version: parseAddonVersion(kubeProxy),
  },
  { name: 'aws-node', image: `amazon-k8s-cni:${cni}`, version: parseAddonVersion(cni) },
]

/**
 * A declared cluster going from `base` to `version`, with a declared node group
 * `declared` (so a live group of that name points at its declaration), tied to `live`.
 */
export function withLive(version: string, live: LiveView, base = '1.29'): RuleContext {
  const head = clusterOf({ version, groups: [{ name: 'declared', version: 'inherit' }] })
  return contextOf(head, clusterOf({ version: base }), {
    live: { clusters: [{ view: live, clusterId: head.id }], errors: [] },
  })
}
