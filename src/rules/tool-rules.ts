import { daysBetween } from '../knowledge/index.js'
import { docsUrl, type Rule } from './types.js'

/** After this many days the embedded EKS data is likely missing new versions and add-on builds. */
export const STALE_AFTER_DAYS = 180

export const knowledgeStale: Rule = {
  meta: {
    id: 'knowledge-stale',
    family: 'tool',
    severity: 'notice',
    title: `The embedded EKS data is more than ${STALE_AFTER_DAYS} days old`,
    docs: docsUrl('knowledge-stale'),
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
}

export const suppressionExpired: Rule = {
  meta: {
    id: 'suppression-expired',
    family: 'tool',
    severity: 'warning',
    title: 'A suppression in the configuration file has expired and no longer applies',
    docs: docsUrl('suppression-expired'),
  },
  check({ expiredSuppressions }) {
    return (expiredSuppressions ?? []).map((entry) => ({
      message: `The suppression of ${entry.rule} ("${entry.reason}") expired on ${entry.expires} and no longer applies. Fix the findings, or extend it with a new reason.`,
      at: entry.at,
      subject: `suppression:${entry.rule}:${entry.at.line}`,
    }))
  },
}
