import { versionInfo } from '../../knowledge/index.js'
import { compareKubeVersions, formatKubeVersion } from '../../model/version.js'
import { findAddon, transition } from '../helpers.js'
import { defineRule } from '../types.js'

export const addonNotMoved = defineRule({
  meta: {
    id: 'addon-not-moved',
    family: 'addons',
    severity: 'warning',
    title: 'The control plane moves but pinned kube-proxy or CoreDNS versions stay behind',
  },
  check({ clusters, knowledge }) {
    return clusters.flatMap((pair) => {
      const move = transition(pair)
      if (!move || compareKubeVersions(move.to, move.from) <= 0) return []
      const facts = versionInfo(knowledge, move.to)?.addons
      return (['kube-proxy', 'coredns'] as const).flatMap((name) => {
        const before = findAddon(pair.base, name)
        const after = findAddon(pair.head, name)
        if (
          !after ||
          after.version.status !== 'resolved' ||
          before?.version.value !== after.version.value
        )
          return []
        const target =
          name === 'kube-proxy' ? facts?.kubeProxy?.latestAddon : facts?.coredns?.latestAddon
        return [
          {
            message: `The control plane of ${pair.head.name} moves to ${formatKubeVersion(move.to)} but the ${name} add-on stays pinned at ${after.version.value}; EKS does not update add-ons for you. ${target ? `Move it to ${target} (newest seen for ${formatKubeVersion(move.to)}) after the control plane.` : 'Move it to a version for the new minor after the control plane.'}`,
            at: after.version.at,
            cluster: pair.head.id,
            subject: `addon:${name}`,
            ...(target &&
              after.version.value && { suggestion: { from: after.version.value, to: target } }),
          },
        ]
      })
    })
  },
})
