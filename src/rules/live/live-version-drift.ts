import { addMinors, formatKubeVersion, minorDistance } from '../../model/version.js'
import { defineRule, type RuleReport } from '../types.js'
import { matched } from './helpers.js'

export const liveVersionDrift = defineRule({
  meta: {
    id: 'live-version-drift',
    family: 'live',
    severity: 'warning',
    title: 'The declared control-plane version differs from what the cluster runs',
  },
  check(context) {
    return matched(context).flatMap((m): RuleReport[] => {
      const live = m.view.version
      const head = m.pair.head.version.status === 'resolved' ? m.pair.head.version.value : null
      if (!live || !head) return []
      const ahead = minorDistance(live, head)
      if (ahead === 0 || ahead === 1) return []
      const name = m.pair.head.name
      const message =
        ahead < 0
          ? `Cluster ${name} runs ${formatKubeVersion(live)} (live, ${m.view.context}) but this change declares ${formatKubeVersion(head)}: applying it would try a downgrade. Bring the declaration up to ${formatKubeVersion(live)}.`
          : `Cluster ${name} runs ${formatKubeVersion(live)} (live, ${m.view.context}) but this change declares ${formatKubeVersion(head)}, ${ahead} minor versions ahead of what runs; EKS upgrades one minor at a time. Go to ${formatKubeVersion(addMinors(live, 1))} first.`
      return [{ message, at: m.at, cluster: m.pair.head.id, subject: 'live:version' }]
    })
  },
})
