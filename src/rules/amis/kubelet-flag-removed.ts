import { compareKubeVersions, parseKubeVersion } from '../../model/version.js'
import { effectiveVersion } from '../helpers.js'
import { defineRule } from '../types.js'
import { eachGroup, userDataLines } from './helpers.js'

export const kubeletFlagRemoved = defineRule({
  meta: {
    id: 'kubelet-flag-removed',
    family: 'amis',
    severity: 'error',
    title: "A node group's user data passes a kubelet flag its Kubernetes version removed",
  },
  check(context) {
    return eachGroup(context).flatMap(({ cluster, group }) => {
      const version = effectiveVersion(group)
      if (!version) return []
      return context.knowledge.removedKubeletFlags.flatMap((removed) => {
        const removedIn = parseKubeVersion(removed.removedIn)
        if (!removedIn || compareKubeVersions(version, removedIn) < 0) return []
        const needle = removed.match ?? removed.flag
        const line = userDataLines(group).find(({ text }) =>
          new RegExp(`${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9-])`).test(text),
        )
        if (!line) return []
        return [
          {
            message: `Node group ${group.name} passes the kubelet ${removed.flag} in its user data, but Kubernetes ${removed.removedIn} removed that flag: a ${version.major}.${version.minor} kubelet given it does not start, so the nodes will not join. Remove it (or move the setting to the kubelet configuration).`,
            at: line.at,
            cluster: cluster.id,
            subject: `node-group:${group.name}:${removed.flag}`,
          },
        ]
      })
    })
  },
})
