import { formatMinor } from '../../model/addon-version.js'
import { formatKubeVersion } from '../../model/version.js'
import { pinnedVersions } from '../addon-helpers.js'
import { defineRule } from '../types.js'

/** Cluster Autoscaler releases track Kubernetes minors: 1.29.x for a 1.29 cluster. */
export const clusterAutoscalerMismatch = defineRule({
  meta: {
    id: 'cluster-autoscaler-mismatch',
    family: 'components',
    severity: 'error',
    title: 'The cluster-autoscaler minor does not match the cluster minor',
  },
  check({ clusters }) {
    return clusters.flatMap(({ head }) => {
      const cp = head.version.value
      if (!cp) return []
      return pinnedVersions(head, 'cluster-autoscaler')
        .filter((pin) => pin.version.major !== cp.major || pin.version.minor !== cp.minor)
        .map((pin) => ({
          message: `${pin.label} is ${formatMinor(pin.version)}, but cluster ${head.name} is ${formatKubeVersion(cp)}; Cluster Autoscaler supports only the Kubernetes minor it was built for. Use a v${formatKubeVersion(cp)}.x image.`,
          at: pin.at,
          cluster: head.id,
          subject: pin.subject,
        }))
    })
  },
})
