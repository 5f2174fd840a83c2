import { unspecified, type Declared } from './declared.js'
import type { NodeGroup } from './inventory.js'
import type { SourceRef } from './source.js'
import type { KubeVersion } from './version.js'

/**
 * A node group with no version of its own runs the control plane's: the value is
 * the cluster's (when known), pointing at the group, with the cluster's version as
 * the hop that produced it. Every reader declares inheritance this way.
 */
export function inheritsControlPlane(
  cluster: Declared<KubeVersion>,
  at: SourceRef,
): Declared<KubeVersion> {
  return cluster.value
    ? { ...unspecified(at, 'inherits the control-plane version', cluster.value), via: [cluster.at] }
    : unspecified(at, 'inherits the control-plane version')
}

/**
 * A node group whose AMI fields the source does not say: each is `unspecified`
 * at the group, with `why` (Fargate manages the AMI, the plan does not list it…).
 */
export function nodeGroupWithoutAmi(
  group: Pick<NodeGroup, 'name' | 'kind' | 'at' | 'version'>,
  why: string,
): NodeGroup {
  const none = unspecified<string>(group.at, why)
  return { ...group, amiType: none, amiFamily: none, releaseVersion: none, amiId: none }
}

/**
 * A node group declared apart from its cluster (a Karpenter node class, an eksctl
 * part file) that sets no version runs the cluster's.
 */
export function followsControlPlane(group: NodeGroup, cluster: Declared<KubeVersion>): NodeGroup {
  return group.version.status === 'unspecified' && cluster.value
    ? { ...group, version: { ...group.version, value: cluster.value } }
    : group
}
