import { vpcCniFloor } from '../../knowledge/index.js'
import { compareAddonVersions, formatMinor, parseAddonVersion } from '../../model/addon-version.js'
import { formatKubeVersion } from '../../model/version.js'
import { defineRule, type RuleReport } from '../types.js'
import { matched } from './helpers.js'

export const liveAddonVersions = defineRule({
  meta: {
    id: 'live-addon-versions',
    family: 'live',
    severity: 'error',
    title:
      'Running kube-proxy or aws-node would not fit the control-plane version after the change',
  },
  check(context) {
    return matched(context).flatMap((m) => {
      const after = m.after
      if (!after) return []
      const minimumText = vpcCniFloor(context.knowledge, after)?.minimum
      const minimum = minimumText ? parseAddonVersion(minimumText) : null
      return m.view.components.flatMap((component): RuleReport[] => {
        const v = component.version
        if (!v) return []
        const base = {
          at: m.at,
          cluster: m.pair.head.id,
          subject: `live:component:${component.name}`,
        }
        if (component.name === 'kube-proxy' && v.major === after.major) {
          // The skew policy holds kube-proxy within three minors of the kubelet beside it.
          const kubelets = m.view.nodeGroups.flatMap((group) =>
            [group.oldest, group.newest]
              .filter((kubelet) => kubelet !== null && kubelet.major === v.major)
              .map((kubelet) => ({ group, kubelet: kubelet! })),
          )
          const far = kubelets.find(({ kubelet }) => Math.abs(kubelet.minor - v.minor) > 3)
          if (far)
            return [
              {
                ...base,
                message: `kube-proxy ${formatMinor(v)} (live, ${component.image}) runs beside kubelet ${formatKubeVersion(far.kubelet)} on ${far.group.kind} group ${far.group.name}: the skew policy allows kube-proxy at most three minors from its node's kubelet. Roll those nodes (or kube-proxy) first.`,
              },
            ]
          const lag = after.minor - v.minor
          if (lag < 0)
            return [
              {
                ...base,
                message: `kube-proxy ${component.image} (live) is newer than the control plane would be (${formatKubeVersion(after)}).`,
              },
            ]
          if (lag > (v.minor >= 25 ? 3 : 2))
            return [
              {
                ...base,
                message: `kube-proxy ${formatMinor(v)} (live, ${component.image}) would be ${lag} minors behind the control plane at ${formatKubeVersion(after)}; update kube-proxy first.`,
              },
            ]
        }
        if (component.name === 'aws-node' && minimum && compareAddonVersions(v, minimum) < 0) {
          return [
            {
              ...base,
              message: `The running VPC CNI (${component.image}) is below ${minimumText}, the minimum for Kubernetes ${formatKubeVersion(after)}; update it one minor at a time before the control plane.`,
            },
          ]
        }
        return []
      })
    })
  },
})
