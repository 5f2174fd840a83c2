import { compareKubeVersions, formatKubeVersion } from '../../model/version.js'
import { perGroup } from './helpers.js'
import { defineRule } from '../types.js'

export const liveAl2Nodes = defineRule({
  meta: {
    id: 'live-al2-nodes',
    family: 'live',
    severity: 'error',
    title: 'Nodes run Amazon Linux 2 while the change takes the cluster past 1.32',
  },
  check(context) {
    return perGroup(
      context,
      (m) => m.after !== null && compareKubeVersions(m.after, context.knowledge.al2LastMinor) > 0,
      (group) => group.osImages.some((os) => /^Amazon Linux 2(?!023)\b/.test(os)),
      (group, m) =>
        `${group.kind} group ${group.name} runs Amazon Linux 2 (live), which has no ${formatKubeVersion(m.after!)} AMI: migrate it to AL2023 or Bottlerocket before the upgrade.`,
      'al2',
    )
  },
})
