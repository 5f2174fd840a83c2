import { versionInfo } from '../knowledge/index.js'
import { maxKubeletSkew } from '../knowledge/skew.js'
import { compareAddonVersions, formatMinor, parseAddonVersion } from '../model/addon-version.js'
import type { SourceRef } from '../model/source.js'
import {
  addMinors,
  compareKubeVersions,
  formatKubeVersion,
  minorDistance,
  type KubeVersion,
} from '../model/version.js'
import type { LiveNodeGroup, LiveView } from '../live/view.js'
import { docsUrl, type ClusterPair, type Rule, type RuleContext, type RuleReport } from './types.js'

/** Where a live finding points when no declared cluster is tied to it: nowhere in the repository. */
const NOWHERE: SourceRef = { file: '(live cluster)', line: 0, column: 0 }

interface Matched {
  readonly pair: ClusterPair
  readonly view: LiveView
  /** The control-plane version after the change: declared head, else what runs. */
  readonly after: KubeVersion | null
  readonly at: SourceRef
}

/** Every live cluster tied to a declared one, with the version it goes to. */
function matched(context: RuleContext): Matched[] {
  return (context.live?.clusters ?? []).flatMap(({ view, clusterId }) => {
    const pair = context.clusters.find((p) => p.head.id === clusterId)
    if (!pair) return []
    const declared = pair.head.version.status === 'resolved' ? pair.head.version.value : null
    return [{ pair, view, after: declared ?? view.version, at: pair.head.version.at }]
  })
}

/** A live node group's finding points at the declared group of that name, else at the cluster. */
function groupAt(m: Matched, group: LiveNodeGroup): SourceRef {
  return m.pair.head.nodeGroups.find((g) => g.name === group.name)?.at ?? m.at
}

/** One report per live node group matching `test`, for the rules that only look at nodes. */
function perGroup(
  context: RuleContext,
  applies: (m: Matched) => boolean,
  test: (group: LiveNodeGroup) => boolean,
  message: (group: LiveNodeGroup, m: Matched) => string,
  tag: string,
): RuleReport[] {
  return matched(context).flatMap((m) =>
    applies(m)
      ? m.view.nodeGroups.filter(test).map((group) => ({
          message: message(group, m),
          at: groupAt(m, group),
          cluster: m.pair.head.id,
          subject: `live:node-group:${group.name}:${tag}`,
        }))
      : [],
  )
}

export const liveUnavailable: Rule = {
  meta: {
    id: 'live-unavailable',
    family: 'live',
    severity: 'warning',
    title: 'The live cluster could not be read, or only partly',
    docs: docsUrl('live-unavailable'),
  },
  check(context) {
    if (!context.live) return []
    const reports: RuleReport[] = context.live.errors.map((message, i) => ({
      message: `Live cluster: ${message}. The static checks still ran.`,
      at: NOWHERE,
      subject: `live:error:${i}`,
    }))
    for (const { view, clusterId } of context.live.clusters) {
      const at = context.clusters.find((p) => p.head.id === clusterId)?.head.version.at ?? NOWHERE
      view.problems.forEach((problem, i) =>
        reports.push({
          message: `Live cluster ${view.name}: ${problem}. The static checks still ran.`,
          at,
          subject: `live:${view.name}:${i}`,
        }),
      )
      if (!clusterId) {
        const names = context.clusters.map((p) => p.head.name).join(', ')
        reports.push({
          message: `The live cluster "${view.name}" matches none of the declared clusters (${names || 'none'}), so it was not compared with them; set live-cluster to one of them.`,
          at,
          subject: `live:${view.name}:unmatched`,
        })
      }
    }
    return reports
  },
}

export const liveVersionDrift: Rule = {
  meta: {
    id: 'live-version-drift',
    family: 'live',
    severity: 'warning',
    title: 'The declared control-plane version differs from what the cluster runs',
    docs: docsUrl('live-version-drift'),
  },
  check(context) {
    return matched(context).flatMap((m): RuleReport[] => {
      const live = m.view.version
      const head = m.pair.head.version.status === 'resolved' ? m.pair.head.version.value : null
      if (!live || !head) return []
      const ahead = minorDistance(live, head)
      if (ahead === 0 || ahead === 1) return []
      const name = m.pair.head.name
      const message =
        ahead < 0
          ? `Cluster ${name} runs ${formatKubeVersion(live)} (live, ${m.view.context}) but this change declares ${formatKubeVersion(head)}: applying it would try a downgrade. Bring the declaration up to ${formatKubeVersion(live)}.`
          : `Cluster ${name} runs ${formatKubeVersion(live)} (live, ${m.view.context}) but this change declares ${formatKubeVersion(head)}, ${ahead} minor versions ahead of what runs; EKS upgrades one minor at a time. Go to ${formatKubeVersion(addMinors(live, 1))} first.`
      return [{ message, at: m.at, cluster: m.pair.head.id, subject: 'live:version' }]
    })
  },
}

export const liveNodeSkew: Rule = {
  meta: {
    id: 'live-node-skew',
    family: 'live',
    severity: 'error',
    title: 'Running nodes would be outside the version-skew policy after the change',
    docs: docsUrl('live-node-skew'),
  },
  check(context) {
    return matched(context).flatMap((m) => {
      const after = m.after
      if (!after) return []
      const allowed = maxKubeletSkew(after)
      return m.view.nodeGroups.flatMap((group) => {
        const reports: RuleReport[] = []
        const one = group.nodes === 1
        const label = `${group.nodes} ${one ? 'node' : 'nodes'} of ${group.kind} group ${group.name} ${one ? 'runs' : 'run'}`
        if (group.oldest && minorDistance(group.oldest, after) > allowed) {
          reports.push({
            message: `${label} kubelet ${formatKubeVersion(group.oldest)} (live); with the control plane at ${formatKubeVersion(after)} ${one ? 'it' : 'they'} would be ${minorDistance(group.oldest, after)} minors behind, more than the ${allowed} allowed. Upgrade ${one ? 'it' : 'them'} to at least ${formatKubeVersion(addMinors(after, -allowed))} first.`,
            at: groupAt(m, group),
            cluster: m.pair.head.id,
            subject: `live:node-group:${group.name}:old`,
          })
        }
        if (group.newest && compareKubeVersions(group.newest, after) > 0) {
          reports.push({
            message: `${label} kubelet ${formatKubeVersion(group.newest)} (live), newer than the control plane would be (${formatKubeVersion(after)}).`,
            at: groupAt(m, group),
            cluster: m.pair.head.id,
            subject: `live:node-group:${group.name}:new`,
          })
        }
        return reports
      })
    })
  },
}

export const liveAddonVersions: Rule = {
  meta: {
    id: 'live-addon-versions',
    family: 'live',
    severity: 'error',
    title:
      'Running kube-proxy or aws-node would not fit the control-plane version after the change',
    docs: docsUrl('live-addon-versions'),
  },
  check(context) {
    return matched(context).flatMap((m) => {
      const after = m.after
      if (!after) return []
      const minimumText = versionInfo(context.knowledge, after)?.addons.vpcCni.minimum
      const minimum = minimumText ? parseAddonVersion(minimumText) : null
      return m.view.components.flatMap((component): RuleReport[] => {
        const v = component.version
        if (!v) return []
        const base = {
          at: m.at,
          cluster: m.pair.head.id,
          subject: `live:component:${component.name}`,
        }
        if (component.name === 'kube-proxy' && v.major === after.major) {
          const lag = after.minor - v.minor
          if (lag < 0)
            return [
              {
                ...base,
                message: `kube-proxy ${component.image} (live) is newer than the control plane would be (${formatKubeVersion(after)}).`,
              },
            ]
          if (lag > (v.minor >= 25 ? 3 : 2))
            return [
              {
                ...base,
                message: `kube-proxy ${formatMinor(v)} (live, ${component.image}) would be ${lag} minors behind the control plane at ${formatKubeVersion(after)}; update kube-proxy first.`,
              },
            ]
        }
        if (component.name === 'aws-node' && minimum && compareAddonVersions(v, minimum) < 0) {
          return [
            {
              ...base,
              message: `The running VPC CNI (${component.image}) is below ${minimumText}, the minimum for Kubernetes ${formatKubeVersion(after)}; update it one minor at a time before the control plane.`,
            },
          ]
        }
        return []
      })
    })
  },
}

export const liveAl2Nodes: Rule = {
  meta: {
    id: 'live-al2-nodes',
    family: 'live',
    severity: 'error',
    title: 'Nodes run Amazon Linux 2 while the change takes the cluster past 1.32',
    docs: docsUrl('live-al2-nodes'),
  },
  check(context) {
    return perGroup(
      context,
      (m) => m.after !== null && compareKubeVersions(m.after, context.knowledge.al2LastMinor) > 0,
      (group) => group.osImages.some((os) => /^Amazon Linux 2(?!023)\b/.test(os)),
      (group, m) =>
        `${group.kind} group ${group.name} runs Amazon Linux 2 (live), which has no ${formatKubeVersion(m.after!)} AMI: migrate it to AL2023 or Bottlerocket before the upgrade.`,
      'al2',
    )
  },
}

export const liveContainerRuntime: Rule = {
  meta: {
    id: 'live-container-runtime',
    family: 'live',
    severity: 'error',
    title: 'Nodes run the Docker runtime, which Kubernetes 1.24 removed',
    docs: docsUrl('live-container-runtime'),
  },
  check(context) {
    return perGroup(
      context,
      (m) => m.after !== null && compareKubeVersions(m.after, { major: 1, minor: 24 }) >= 0,
      (group) => group.runtimes.some((runtime) => runtime.startsWith('docker://')),
      (group) =>
        `${group.kind} group ${group.name} runs ${group.runtimes.join(', ')} (live); dockershim is gone from Kubernetes 1.24: replace these nodes with containerd ones.`,
      'docker',
    )
  },
}

export const liveKernel: Rule = {
  meta: {
    id: 'live-kernel',
    family: 'live',
    severity: 'warning',
    title: 'Nodes run a Linux kernel older than 5.4',
    docs: docsUrl('live-kernel'),
  },
  check(context) {
    const old = (kernel: string) => {
      const [major, minor] = kernel.split('.').map(Number)
      return major !== undefined && minor !== undefined && (major < 5 || (major === 5 && minor < 4))
    }
    return perGroup(
      context,
      () => true,
      (group) => group.kernels.some(old),
      (group) =>
        `${group.kind} group ${group.name} runs kernel ${group.kernels.join(', ')} (live); current EKS AMIs ship 5.10 or newer, and cgroup v2 and recent kubelet features need newer kernels. Roll the nodes onto a current AMI.`,
      'kernel',
    )
  },
}

export const liveOsImage: Rule = {
  meta: {
    id: 'live-os-image',
    family: 'live',
    severity: 'notice',
    title: 'Nodes run an OS image that is not an EKS-optimized family',
    docs: docsUrl('live-os-image'),
  },
  check(context) {
    return perGroup(
      context,
      () => true,
      (group) =>
        group.kind !== 'fargate' &&
        group.osImages.some((os) => !/^(Amazon Linux|Bottlerocket|Ubuntu|Windows)/i.test(os)),
      (group) =>
        `${group.kind} group ${group.name} runs ${group.osImages.join(', ')} (live), not an EKS-optimized family (AL2023, Bottlerocket, Ubuntu EKS, Windows): the gate cannot vouch for its kubelet and runtime across upgrades.`,
      'os',
    )
  },
}
