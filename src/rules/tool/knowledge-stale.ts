import { daysBetween } from '../../knowledge/index.js'
import { defineRule } from '../types.js'

/** After this many days the embedded EKS data is likely missing new versions and add-on builds. */
export const STALE_AFTER_DAYS = 180

export const knowledgeStale = defineRule({
  meta: {
    id: 'knowledge-stale',
    family: 'tool',
    severity: 'notice',
    title: `The embedded EKS data is more than ${STALE_AFTER_DAYS} days old`,
  },
  check({ clusters, knowledge, today }) {
    const age = daysBetween(knowledge.dataDate, today)
    const first = clusters[0]?.head
    if (age <= STALE_AFTER_DAYS || !first) return []
    return [
      {
        message: `The EKS data this gate uses is from ${knowledge.dataDate} (${age} days ago): newer versions, AMIs and add-on builds may be missing. Update the action, or pass a knowledge-file.`,
        at: first.version.at,
        subject: 'knowledge',
      },
    ]
  },
})
