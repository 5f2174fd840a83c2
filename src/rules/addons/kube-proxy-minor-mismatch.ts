import { versionInfo } from '../../knowledge/index.js'
import { formatMinor } from '../../model/addon-version.js'
import { formatKubeVersion } from '../../model/version.js'
import { pinnedVersions } from '../addon-helpers.js'
import { transition, findAddon } from '../helpers.js'
import { allowedLag, capital } from './kube-proxy-helpers.js'
import { defineRule } from '../types.js'

export const kubeProxyMinorMismatch = defineRule({
  meta: {
    id: 'kube-proxy-minor-mismatch',
    family: 'addons',
    severity: 'warning',
    title: 'kube-proxy is within skew but not at the control plane’s minor, as EKS recommends',
  },
  check({ clusters, knowledge }) {
    return clusters.flatMap((pair) => {
      const { head } = pair
      const cp = head.version.value
      if (!cp) return []
      // During an upgrade that left the pin untouched, addon-not-moved says it better.
      const unchanged =
        transition(pair) &&
        findAddon(pair.base, 'kube-proxy')?.version.value ===
          findAddon(head, 'kube-proxy')?.version.value
      return pinnedVersions(head, 'kube-proxy').flatMap((pin) => {
        const lag = cp.minor - pin.version.minor
        if (
          pin.version.major !== cp.major ||
          lag <= 0 ||
          lag > allowedLag(pin.version.minor) ||
          (unchanged && pin.kind === 'addon')
        )
          return []
        const suggestion =
          pin.kind === 'addon'
            ? versionInfo(knowledge, cp)?.addons.kubeProxy?.latestAddon
            : versionInfo(knowledge, cp)?.addons.kubeProxy?.selfManagedImage
        return [
          {
            message: `${capital(pin.label)} is ${formatMinor(pin.version)} while the control plane of ${head.name} is ${formatKubeVersion(cp)}; EKS recommends kube-proxy at the cluster's minor${suggestion ? ` (e.g. ${suggestion})` : ''}.`,
            at: pin.at,
            cluster: head.id,
            subject: pin.subject,
          },
        ]
      })
    })
  },
})
