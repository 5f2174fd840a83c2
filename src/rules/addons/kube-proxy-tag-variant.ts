import { pinnedVersions } from '../addon-helpers.js'
import { capital } from './kube-proxy-helpers.js'
import { defineRule } from '../types.js'

export const kubeProxyTagVariant = defineRule({
  meta: {
    id: 'kube-proxy-tag-variant',
    family: 'addons',
    severity: 'error',
    title: 'A kube-proxy image tag or add-on version in a form EKS does not publish for that minor',
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
})
