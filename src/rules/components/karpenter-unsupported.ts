import { compareAddonVersions, parseAddonVersion } from '../../model/addon-version.js'
import { formatKubeVersion } from '../../model/version.js'
import { pinnedVersions } from '../addon-helpers.js'
import { defineRule } from '../types.js'

/** Karpenter releases support a window of Kubernetes minors (karpenter.sh compatibility matrix). */
export const karpenterUnsupported = defineRule({
  meta: {
    id: 'karpenter-unsupported',
    family: 'components',
    severity: 'error',
    title: 'The Karpenter version does not support the cluster version',
  },
  check({ clusters, knowledge }) {
    return clusters.flatMap(({ head }) => {
      const cp = head.version.value
      if (!cp) return []
      const minimumText = knowledge.karpenter.minimumForKubernetes[formatKubeVersion(cp)]
      const minimum = minimumText ? parseAddonVersion(minimumText) : null
      return pinnedVersions(head, 'karpenter').flatMap((pin) => {
        let problem: string | undefined
        if (minimum && compareAddonVersions(pin.version, minimum) < 0)
          problem = `Kubernetes ${formatKubeVersion(cp)} needs Karpenter ${minimumText} or later`
        for (const [release, oldest] of Object.entries(knowledge.karpenter.oldestKubernetes)) {
          const from = parseAddonVersion(release)!
          const oldestVersion = parseAddonVersion(oldest)!
          if (
            compareAddonVersions(pin.version, from) >= 0 &&
            (cp.minor < oldestVersion.minor || cp.major < oldestVersion.major)
          ) {
            problem = `Karpenter ${release} and later support Kubernetes ${oldest} and newer`
          }
        }
        return problem
          ? [
              {
                message: `${pin.label} with cluster ${head.name} at ${formatKubeVersion(cp)}: ${problem} (karpenter.sh compatibility matrix). Move Karpenter with the cluster.`,
                at: pin.at,
                cluster: head.id,
                subject: pin.subject,
              },
            ]
          : []
      })
    })
  },
})
