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

/** Version-bearing things the gate could not tie to a cluster are said, not dropped. */
export const unassignedComponent: Rule = {
  meta: {
    id: 'unassigned-component',
    family: 'tool',
    severity: 'notice',
    title: 'A component, node class or deprecated API could not be tied to one cluster',
    docs: docsUrl('unassigned-component'),
  },
  check({ inventory, knowledge }) {
    const unassigned = inventory.unassigned
    if (!unassigned) return []
    const how =
      'several clusters are declared and none in its directory or above; add an assign entry to the configuration file'
    const tracked = unassigned.apis.filter((api) =>
      knowledge.removedApis.some(
        (entry) => entry.apiVersion === api.apiVersion && entry.kinds.includes(api.kind),
      ),
    )
    return [
      ...unassigned.components.map((component) => ({
        message: `Could not tell which cluster ${component.name} (${component.image ?? component.chart ?? component.version.value}) belongs to: ${how}.`,
        at: component.at,
        subject: `component:${component.at.file}:${component.name}`,
      })),
      ...unassigned.nodeGroups.map((group) => ({
        message: `Could not tell which cluster the Karpenter node class ${group.name} belongs to: ${how}.`,
        at: group.at,
        subject: `node-class:${group.at.file}:${group.name}`,
      })),
      ...tracked.map((api) => ({
        message: `Could not tell which cluster ${api.kind} ${api.name ?? ''} (${api.apiVersion}, deprecated or removed in some version) belongs to: ${how}.`,
        at: api.at,
        subject: `api:${api.at.file}:${api.kind}:${api.name ?? ''}`,
      })),
    ]
  },
}
