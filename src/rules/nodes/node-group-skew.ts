import { maxKubeletSkew } from '../../knowledge/skew.js'
import { addMinors, formatKubeVersion, minorDistance } from '../../model/version.js'
import { transition } from '../helpers.js'
import { defineRule } from '../types.js'

/** Kubelets may trail the API server by 3 minors from Kubernetes 1.28, by 2 before. */
export const nodeGroupSkew = defineRule({
  meta: {
    id: 'node-group-skew',
    family: 'nodes',
    severity: 'error',
    title: 'A node group is older than the version-skew policy allows (−3 from 1.28, −2 before)',
  },
  check({ clusters }) {
    return clusters.flatMap((pair) => {
      const { head } = pair
      const move = transition(pair)
      const controlPlane = head.version.value
      if (!controlPlane) return []
      const allowed = maxKubeletSkew(controlPlane)
      return head.nodeGroups.flatMap((group) => {
        const version = group.version.value
        if (!version || group.version.status !== 'resolved') return []
        const behind = minorDistance(version, controlPlane)
        if (behind <= allowed) return []
        const oldest = formatKubeVersion(addMinors(controlPlane, -allowed))
        // When the change raises the control plane, the order matters: nodes first.
        const order =
          move && minorDistance(move.from, move.to) > 0
            ? ` before the control plane moves to ${formatKubeVersion(controlPlane)}`
            : ''
        return [
          {
            message:
              `Node group ${group.name} is at ${formatKubeVersion(version)}, ${Number.isFinite(behind) ? `${behind} minor versions` : 'a major version'} behind the ` +
              `control plane of ${head.name} (${formatKubeVersion(controlPlane)}); with a ${formatKubeVersion(controlPlane)} ` +
              `control plane kubelets may trail by at most ${allowed}. Upgrade the node group to at least ${oldest}${order}.`,
            at: group.version.at,
            cluster: head.id,
            subject: `node-group:${group.name}`,
          },
        ]
      })
    })
  },
})
