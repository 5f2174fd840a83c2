import { maxKubeletSkew } from '../../knowledge/skew.js'
import {
  addMinors,
  compareKubeVersions,
  formatKubeVersion,
  minorDistance,
} from '../../model/version.js'
import { defineRule, type RuleReport } from '../types.js'
import { groupAt, matched } from './helpers.js'

export const liveNodeSkew = defineRule({
  meta: {
    id: 'live-node-skew',
    family: 'live',
    severity: 'error',
    title: 'Running nodes would be outside the version-skew policy after the change',
  },
  check(context) {
    return matched(context).flatMap((m) => {
      const after = m.after
      if (!after) return []
      const allowed = maxKubeletSkew(after)
      return m.view.nodeGroups.flatMap((group) => {
        const reports: RuleReport[] = []
        const one = group.nodes === 1
        const label = `${group.nodes} ${one ? 'node' : 'nodes'} of ${group.kind} group ${group.name} ${one ? 'runs' : 'run'}`
        if (group.oldest && minorDistance(group.oldest, after) > allowed) {
          reports.push({
            message: `${label} kubelet ${formatKubeVersion(group.oldest)} (live); with the control plane at ${formatKubeVersion(after)} ${one ? 'it' : 'they'} would be ${minorDistance(group.oldest, after)} minors behind, more than the ${allowed} allowed. Upgrade ${one ? 'it' : 'them'} to at least ${formatKubeVersion(addMinors(after, -allowed))} first.`,
            at: groupAt(m, group),
            cluster: m.pair.head.id,
            subject: `live:node-group:${group.name}:old`,
          })
        }
        if (group.newest && compareKubeVersions(group.newest, after) > 0) {
          reports.push({
            message: `${label} kubelet ${formatKubeVersion(group.newest)} (live), newer than the control plane would be (${formatKubeVersion(after)}).`,
            at: groupAt(m, group),
            cluster: m.pair.head.id,
            subject: `live:node-group:${group.name}:new`,
          })
        }
        return reports
      })
    })
  },
})
