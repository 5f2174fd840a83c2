import { versionInfo } from '../../knowledge/index.js'
import { compareAddonVersions, parseAddonVersion } from '../../model/addon-version.js'
import { pinnedVersions } from '../addon-helpers.js'
import { defineRule } from '../types.js'

export const corednsTooOld = defineRule({
  meta: {
    id: 'coredns-too-old',
    family: 'addons',
    severity: 'error',
    title: 'CoreDNS is older than 1.8.4, which bound service account tokens need',
  },
  check({ clusters, knowledge }) {
    return clusters.flatMap(({ head }) => {
      const cp = head.version.value
      const minimumText = (cp && versionInfo(knowledge, cp)?.addons.coredns?.minimum) || '1.8.4'
      const minimum = parseAddonVersion(minimumText)!
      return pinnedVersions(head, 'coredns')
        .filter((pin) => compareAddonVersions(pin.version, minimum) < 0)
        .map((pin) => ({
          message: `${pin.label} is older than ${minimumText}; older CoreDNS cannot use the bound service account tokens Kubernetes 1.21+ issues. Upgrade CoreDNS.`,
          at: pin.at,
          cluster: head.id,
          subject: pin.subject,
        }))
    })
  },
})
