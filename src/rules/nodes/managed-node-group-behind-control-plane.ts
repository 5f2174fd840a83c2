import { compareKubeVersions, formatKubeVersion } from '../../model/version.js'
import { findGroup, pinned, transition } from '../helpers.js'
import { defineRule } from '../types.js'

/**
 * EKS refuses UpdateClusterVersion while a managed node group (or Fargate) is
 * not at the control plane's current version, so those groups must be moved
 * first — in an earlier change, since Terraform updates the cluster before
 * the node groups that depend on it.
 */
export const managedNodeGroupBehindControlPlane = defineRule({
  meta: {
    id: 'managed-node-group-behind-control-plane',
    family: 'nodes',
    severity: 'error',
    title:
      'A control-plane upgrade while managed node groups (or Fargate profiles) are not at the current control-plane version',
  },
  check({ clusters }) {
    return clusters.flatMap((pair) => {
      const move = transition(pair)
      if (!move || compareKubeVersions(move.to, move.from) <= 0) return []
      return pair.head.nodeGroups.flatMap((group) => {
        if (group.kind !== 'managed' && group.kind !== 'fargate') return []
        // What runs before this change: the group as declared at base, if it existed.
        const before = findGroup(pair.base, group.name) ?? group
        const version = pinned(before.version)
        if (!version || compareKubeVersions(version, move.from) >= 0) return []
        const from = formatKubeVersion(move.from)
        return [
          {
            message:
              `EKS will refuse to upgrade the control plane of ${pair.head.name} to ${formatKubeVersion(move.to)}: ` +
              `${group.kind === 'fargate' ? 'Fargate profile' : 'managed node group'} ${group.name} is at ${formatKubeVersion(version)}, ` +
              `and managed node groups must match the control plane (${from}) before it is upgraded. ` +
              `Upgrade ${group.name} to ${from} in a change of its own first.`,
            at: group.version.at,
            cluster: pair.head.id,
            subject: `node-group:${group.name}`,
          },
        ]
      })
    })
  },
})
