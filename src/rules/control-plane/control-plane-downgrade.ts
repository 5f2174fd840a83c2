import { formatKubeVersion, minorDistance } from '../../model/version.js'
import { transition } from '../helpers.js'
import { defineRule } from '../types.js'

/** EKS cannot downgrade a control plane, except one minor back within 7 days of an upgrade (rollback). */
export const controlPlaneDowngrade = defineRule({
  meta: {
    id: 'control-plane-downgrade',
    family: 'control-plane',
    severity: 'error',
    title: 'The control-plane version goes down',
  },
  check({ clusters }) {
    return clusters.flatMap((pair) => {
      const move = transition(pair)
      if (!move || minorDistance(move.from, move.to) >= 0) return []
      const steps = -minorDistance(move.from, move.to)
      const rollback =
        steps === 1
          ? 'EKS only rolls a control plane back one minor within 7 days of upgrading it; if that is what this is, suppress this finding with the reason.'
          : 'EKS cannot go back more than one minor version: create a new cluster at this version instead.'
      return [
        {
          message: `Cluster ${pair.head.name} goes down from ${formatKubeVersion(move.from)} to ${formatKubeVersion(move.to)}. ${rollback}`,
          at: pair.head.version.at,
          cluster: pair.head.id,
          subject: 'version',
        },
      ]
    })
  },
})
