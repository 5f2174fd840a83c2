import { defineRule, type RuleReport } from '../types.js'
import { NOWHERE } from '../../model/source.js'

export const liveUnavailable = defineRule({
  meta: {
    id: 'live-unavailable',
    family: 'live',
    severity: 'warning',
    title: 'The live cluster could not be read, or only partly',
  },
  check(context) {
    if (!context.live) return []
    const reports: RuleReport[] = context.live.errors.map((message, i) => ({
      message: `Live cluster: ${message}. The static checks still ran.`,
      at: NOWHERE,
      subject: `live:error:${i}`,
    }))
    for (const { view, clusterId } of context.live.clusters) {
      const at = context.clusters.find((p) => p.head.id === clusterId)?.head.version.at ?? NOWHERE
      view.problems.forEach((problem, i) =>
        reports.push({
          message: `Live cluster ${view.name}: ${problem}. The static checks still ran.`,
          at,
          subject: `live:${view.name}:${i}`,
        }),
      )
      if (!clusterId) {
        const names = context.clusters.map((p) => p.head.name).join(', ')
        reports.push({
          message: `The live cluster "${view.name}" matches none of the declared clusters (${names || 'none'}), so it was not compared with them; set live-cluster to one of them.`,
          at,
          subject: `live:${view.name}:unmatched`,
        })
      }
    }
    return reports
  },
})
