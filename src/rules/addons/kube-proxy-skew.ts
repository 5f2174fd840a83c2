import { formatMinor } from '../../model/addon-version.js'
import { formatKubeVersion } from '../../model/version.js'
import { pinnedVersions } from '../addon-helpers.js'
import { allowedLag, capital } from './kube-proxy-helpers.js'
import { defineRule } from '../types.js'

export const kubeProxySkew = defineRule({
  meta: {
    id: 'kube-proxy-skew',
    family: 'addons',
    severity: 'error',
    title: 'kube-proxy is newer than the control plane or older than the skew policy allows',
  },
  check({ clusters }) {
    return clusters.flatMap(({ head }) => {
      const cp = head.version.value
      if (!cp) return []
      return pinnedVersions(head, 'kube-proxy').flatMap((pin) => {
        if (pin.version.major !== cp.major) return []
        const lag = cp.minor - pin.version.minor
        const cpText = formatKubeVersion(cp)
        let message: string | undefined
        if (lag < 0)
          message = `${capital(pin.label)} is newer than the control plane of ${head.name} (${cpText}); kube-proxy must never be newer than the API server. Use a ${cpText} kube-proxy.`
        else if (lag > allowedLag(pin.version.minor))
          message = `${capital(pin.label)} is ${lag} minor versions behind the control plane of ${head.name} (${cpText}); kube-proxy ${formatMinor(pin.version)} may trail by at most ${allowedLag(pin.version.minor)}. Use a ${cpText} kube-proxy.`
        return message ? [{ message, at: pin.at, cluster: head.id, subject: pin.subject }] : []
      })
    })
  },
})
