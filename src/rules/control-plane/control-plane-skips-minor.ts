import { addMinors, formatKubeVersion, minorDistance } from '../../model/version.js'
import { transition } from '../helpers.js'
import { defineRule } from '../types.js'

/** EKS upgrades a control plane one minor at a time; a change that jumps two cannot be applied. */
export const controlPlaneSkipsMinor = defineRule({
  meta: {
    id: 'control-plane-skips-minor',
    family: 'control-plane',
    severity: 'error',
    title: 'The control plane moves more than one minor version in one change',
  },
  check({ clusters, targetVersion }) {
    // With target-version the hops are the upgrade plan's job, not a violation.
    if (targetVersion) return []
    return clusters.flatMap((pair) => {
      const { head } = pair
      const move = transition(pair)
      if (!move) return []
      const { from, to } = move
      const distance = minorDistance(from, to)
      if (distance <= 1) return []
      const next = formatKubeVersion(addMinors(from, 1))
      return [
        {
          message:
            `Cluster ${head.name} moves from ${formatKubeVersion(from)} to ${formatKubeVersion(to)} in one change, ` +
            `but EKS upgrades the control plane one minor version at a time. ` +
            `Set ${next} here, apply it, then continue one minor per change.`,
          at: head.version.at,
          cluster: head.id,
          subject: 'version',
          // A number (1.3 for 1.30) is its own rule's fix; review comments check the line holds the text.
          ...(head.version.status === 'resolved' &&
            !head.version.numberWritten && {
              suggestion: { from: formatKubeVersion(to), to: next },
            }),
        },
      ]
    })
  },
})
