import { versionInfo } from '../knowledge/index.js'
import { formatMinor } from '../model/addon-version.js'
import { formatKubeVersion } from '../model/version.js'
import { pinnedVersions } from './addon-helpers.js'
import { transition, findAddon } from './helpers.js'
import { docsUrl, type Rule } from './types.js'

/** kube-proxy follows the kubelet skew policy: never newer than the API server, at most 3 (2 before 1.25) older. */
function allowedLag(proxyMinor: number): number {
  return proxyMinor >= 25 ? 3 : 2
}

export const kubeProxySkew: Rule = {
  meta: {
    id: 'kube-proxy-skew',
    family: 'addons',
    severity: 'error',
    title: 'kube-proxy is newer than the control plane or older than the skew policy allows',
    docs: docsUrl('kube-proxy-skew'),
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
}

export const kubeProxyMinorMismatch: Rule = {
  meta: {
    id: 'kube-proxy-minor-mismatch',
    family: 'addons',
    severity: 'warning',
    title: 'kube-proxy is within skew but not at the control plane’s minor, as EKS recommends',
    docs: docsUrl('kube-proxy-minor-mismatch'),
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
            ? versionInfo(knowledge, cp)?.addons.kubeProxy.latestAddon
            : versionInfo(knowledge, cp)?.addons.kubeProxy.selfManagedImage
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
}

export const kubeProxyTagVariant: Rule = {
  meta: {
    id: 'kube-proxy-tag-variant',
    family: 'addons',
    severity: 'error',
    title: 'A kube-proxy image tag or add-on version in a form EKS does not publish for that minor',
    docs: docsUrl('kube-proxy-tag-variant'),
  },
  check({ clusters }) {
    return clusters.flatMap(({ head }) =>
      pinnedVersions(head, 'kube-proxy').flatMap((pin) => {
        const minimal = pin.version.suffix.includes('-minimal-')
        const minor = pin.version.minor
        let problem: string | undefined
        if (pin.kind === 'addon' && minimal)
          problem =
            'EKS add-on versions never carry "-minimal-" (that is an image tag); use the add-on version, e.g. v1.30.0-eksbuild.3'
        else if (pin.kind === 'image' && minimal && minor >= 34)
          problem = `from Kubernetes 1.34 kube-proxy images drop the "-minimal-" suffix (v${pin.version.major}.${minor}.x-eksbuild.N)`
        else if (
          pin.kind === 'image' &&
          !minimal &&
          minor >= 25 &&
          minor <= 33 &&
          /eksbuild/.test(pin.version.suffix)
        )
          problem = `for Kubernetes 1.25–1.33 only the "-minimal-" kube-proxy images are published (v${pin.version.major}.${minor}.x-minimal-eksbuild.N)`
        return problem
          ? [
              {
                message: `${capital(pin.label)}: ${problem}.`,
                at: pin.at,
                cluster: head.id,
                subject: pin.subject,
              },
            ]
          : []
      }),
    )
  },
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
