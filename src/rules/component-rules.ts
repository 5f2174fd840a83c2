import { compareAddonVersions, formatMinor, parseAddonVersion } from '../model/addon-version.js'
import { formatKubeVersion } from '../model/version.js'
import { pinnedVersions } from './addon-helpers.js'
import { docsUrl, type Rule } from './types.js'

/** Cluster Autoscaler releases track Kubernetes minors: 1.29.x for a 1.29 cluster. */
export const clusterAutoscalerMismatch: Rule = {
  meta: {
    id: 'cluster-autoscaler-mismatch',
    family: 'components',
    severity: 'error',
    title: 'The cluster-autoscaler minor does not match the cluster minor',
    docs: docsUrl('cluster-autoscaler-mismatch'),
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
}

/** Karpenter releases support a window of Kubernetes minors (karpenter.sh compatibility matrix). */
export const karpenterUnsupported: Rule = {
  meta: {
    id: 'karpenter-unsupported',
    family: 'components',
    severity: 'error',
    title: 'The Karpenter version does not support the cluster version',
    docs: docsUrl('karpenter-unsupported'),
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
}
