import { parseAddonVersion } from '../model/addon-version.js'
import { parseImage } from '../model/image.js'
import type { NodeGroupKind } from '../model/inventory.js'
import { compareKubeVersions, parseKubeVersion, type KubeVersion } from '../model/version.js'
import { componentForImage } from '../model/components.js'
import type { LiveComponent, LiveNodeGroup, LiveView } from '../model/live.js'
import type { LiveSnapshot } from './snapshot.js'

/** Groups nodes the way EKS and its tools label them: managed node group, Karpenter pool, eksctl group, Fargate. */
function groupOf(labels: Readonly<Record<string, string>>): { name: string; kind: NodeGroupKind } {
  if (labels['eks.amazonaws.com/compute-type'] === 'fargate')
    return { name: labels['eks.amazonaws.com/fargate-profile'] ?? 'fargate', kind: 'fargate' }
  if (labels['eks.amazonaws.com/nodegroup'])
    return { name: labels['eks.amazonaws.com/nodegroup'], kind: 'managed' }
  if (labels['karpenter.sh/nodepool'])
    return { name: labels['karpenter.sh/nodepool'], kind: 'karpenter' }
  if (labels['alpha.eksctl.io/nodegroup-name'])
    return { name: labels['alpha.eksctl.io/nodegroup-name'], kind: 'self-managed' }
  if (labels['eks.amazonaws.com/compute-type'] === 'auto')
    return { name: labels['karpenter.sh/nodepool'] ?? 'auto-mode', kind: 'auto-mode' }
  return { name: '(unlabelled nodes)', kind: 'self-managed' }
}

export function liveView(snapshot: LiveSnapshot): LiveView {
  const groups = new Map<string, { kind: NodeGroupKind; nodes: LiveSnapshot['nodes'][number][] }>()
  for (const node of snapshot.nodes) {
    const { name, kind } = groupOf(node.labels)
    const group = groups.get(name) ?? { kind, nodes: [] }
    group.nodes.push(node)
    groups.set(name, group)
  }
  const nodeGroups = [...groups].map(([name, group]): LiveNodeGroup => {
    const versions = group.nodes
      .map((n) => parseKubeVersion(n.kubeletVersion))
      .filter((v): v is KubeVersion => v !== null)
      .sort(compareKubeVersions)
    const distinct = (values: string[]) => [...new Set(values.filter(Boolean))].sort()
    return {
      name,
      kind: group.kind,
      nodes: group.nodes.length,
      oldest: versions[0] ?? null,
      newest: versions[versions.length - 1] ?? null,
      osImages: distinct(group.nodes.map((n) => n.osImage)),
      kernels: distinct(group.nodes.map((n) => n.kernelVersion)),
      runtimes: distinct(group.nodes.map((n) => n.containerRuntimeVersion)),
    }
  })
  const components: LiveComponent[] = []
  for (const workload of snapshot.workloads) {
    for (const image of workload.images) {
      const ref = parseImage(image)
      const name = ref ? componentForImage(ref.repository) : undefined
      if (name)
        components.push({ name, image, version: ref?.tag ? parseAddonVersion(ref.tag) : null })
    }
  }
  return {
    name: snapshot.name,
    ...(snapshot.region && { region: snapshot.region }),
    ...(snapshot.account && { account: snapshot.account }),
    context: snapshot.context,
    version: snapshot.gitVersion ? parseKubeVersion(snapshot.gitVersion) : null,
    nodeGroups,
    components,
    problems: snapshot.problems,
  }
}
