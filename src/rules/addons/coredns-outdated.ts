import { versionInfo } from '../../knowledge/index.js'
import { formatMinor, parseAddonVersion } from '../../model/addon-version.js'
import { formatKubeVersion } from '../../model/version.js'
import { pinnedVersions } from '../addon-helpers.js'
import { defineRule } from '../types.js'

export const corednsOutdated = defineRule({
  meta: {
    id: 'coredns-outdated',
    family: 'addons',
    severity: 'warning',
    title: 'CoreDNS is older than the minor EKS ships for the cluster version',
  },
  check({ clusters, knowledge }) {
    return clusters.flatMap(({ head }) => {
      const cp = head.version.value
      const facts = cp && versionInfo(knowledge, cp)?.addons.coredns
      const shipped = facts?.defaultImage ? parseAddonVersion(facts.defaultImage) : null
      if (!cp || !shipped) return []
      return pinnedVersions(head, 'coredns')
        .filter((pin) => pin.version.major === shipped.major && pin.version.minor < shipped.minor)
        .map((pin) => ({
          message: `${pin.label} is older than CoreDNS ${formatMinor(shipped)}, which EKS ships for Kubernetes ${formatKubeVersion(cp)}${facts!.latestAddon ? ` (latest seen: ${facts!.latestAddon})` : ''}. Move it with the cluster.`,
          at: pin.at,
          cluster: head.id,
          subject: pin.subject,
        }))
    })
  },
})
