import { formatKubeVersion } from '../../model/version.js'
import { defineRule } from '../types.js'

export const addonIncompatible = defineRule({
  meta: {
    id: 'addon-incompatible',
    family: 'addons',
    severity: 'error',
    title: 'A pinned add-on version is not offered for the cluster version',
  },
  check({ clusters, knowledge }) {
    return clusters.flatMap(({ head }) => {
      const cp = head.version.value
      if (!cp) return []
      return head.addons.flatMap((addon) => {
        const offered = knowledge.addonCompatibility[addon.name]?.[formatKubeVersion(cp)]
        const pinnedVersion = addon.version.status === 'resolved' ? addon.version.value : null
        if (!offered || !pinnedVersion) return []
        const normalized = pinnedVersion.startsWith('v') ? pinnedVersion : `v${pinnedVersion}`
        // eksctl's bare 1.19.2 means any v1.19.2-eksbuild.N.
        const matches = offered.versions.some(
          (v) => v === normalized || v.startsWith(`${normalized}-`),
        )
        if (matches) return []
        return [
          {
            message: `The ${addon.name} add-on ${pinnedVersion} is not offered for Kubernetes ${formatKubeVersion(cp)}${offered.default ? `; the default there is ${offered.default}` : ''} (describe-addon-versions data).`,
            at: addon.version.at,
            cluster: head.id,
            subject: `addon:${addon.name}`,
          },
        ]
      })
    })
  },
})
