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
    const { matrix } = knowledge.karpenter
    return clusters.flatMap(({ head }) => {
      const cp = head.version.value
      if (!cp || matrix.length === 0) return []
      const pins = pinnedVersions(head, 'karpenter')
      if (pins.length === 0) return []
      const minor = formatKubeVersion(cp)
      // The oldest release whose window reaches this Kubernetes minor.
      const needed = matrix.find((row) => inWindow(minor, row))
      return pins.flatMap((pin) => {
        // The most specific row for the pin: `1.0.5` over `1.0` for 1.0.7, `1.0` for 1.0.2.
        const row = matrix.findLast((r) => {
          const [major, minor_, patch] = r.release.split('.').map(Number)
          return (
            major === pin.version.major &&
            minor_ === pin.version.minor &&
            (patch === undefined || patch <= pin.version.patch)
          )
        })
        const release = row?.release ?? `${pin.version.major}.${pin.version.minor}`
        const newest = matrix[matrix.length - 1]!
        let problem: string | undefined
        if (row && compareMinor(minor, row.minKubernetes) < 0)
          problem = `Karpenter ${release} supports Kubernetes ${row.minKubernetes} to ${row.maxKubernetes}`
        else if (row && compareMinor(minor, row.maxKubernetes) > 0)
          problem = `Karpenter ${release} supports Kubernetes up to ${row.maxKubernetes}; ${minor} needs ${needed ? `Karpenter ${needed.release} or later` : 'a Karpenter release newer than the compatibility data knows'}`
        else if (!row && compareMinor(release, newest.release) < 0 && needed)
          // An old release the matrix does not list: judge it by the oldest one that reaches this minor.
          problem =
            compareMinor(release, needed.release) < 0
              ? `Kubernetes ${minor} needs Karpenter ${needed.release} or later`
              : undefined
        return problem
          ? [
              {
                message: `${pin.label} with cluster ${head.name} at ${minor}: ${problem} (Karpenter's compatibility matrix). Move Karpenter with the cluster.`,
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

function inWindow(minor: string, row: { minKubernetes: string; maxKubernetes: string }): boolean {
  return compareMinor(minor, row.minKubernetes) >= 0 && compareMinor(minor, row.maxKubernetes) <= 0
}

/** Compares `MAJOR.MINOR` texts numerically (1.9 before 1.10). */
function compareMinor(a: string, b: string): number {
  const [x = 0, y = 0] = a.split('.').map(Number)
  const [u = 0, v = 0] = b.split('.').map(Number)
  return x - u || y - v
}
