import type { Declared } from '../model/declared.js'
import type { Addon, Cluster, NodeGroup } from '../model/inventory.js'
import { compareKubeVersions, type KubeVersion } from '../model/version.js'
import type { ClusterPair } from './types.js'

/** The control-plane move a change makes, when both ends are known. */
export function transition(pair: ClusterPair): { from: KubeVersion; to: KubeVersion } | undefined {
  const before = pair.base?.version
  const after = pair.head.version
  if (before?.status !== 'resolved' || after.status !== 'resolved') return undefined
  return compareKubeVersions(before.value, after.value) === 0
    ? undefined
    : { from: before.value, to: after.value }
}

/** A version a rule may judge: written (or derived from a written release/AMI), not inherited or guessed. */
export function pinned(declared: Declared<KubeVersion>): KubeVersion | null {
  return declared.status === 'resolved' ? declared.value : null
}

/** The version a node group will run: pinned, or inherited from the control plane. */
export function effectiveVersion(group: NodeGroup): KubeVersion | null {
  return group.version.status === 'resolved' || group.version.status === 'unspecified'
    ? group.version.value
    : null
}

export function findAddon(cluster: Cluster | undefined, name: string): Addon | undefined {
  return cluster?.addons.find((addon) => addon.name === name)
}

export function findGroup(cluster: Cluster | undefined, name: string): NodeGroup | undefined {
  return cluster?.nodeGroups.find((group) => group.name === name)
}

/** The AMI type or family that decides which AMIs a group gets. */
export function amiOf(group: NodeGroup): string | null {
  return group.amiType.value ?? group.amiFamily.value
}
