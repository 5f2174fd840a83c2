import { amiFamilySupport } from '../../knowledge/ami.js'
import { formatKubeVersion } from '../../model/version.js'
import { amiOf, effectiveVersion } from '../helpers.js'
import { type RuleContext } from '../types.js'

export function eachGroup(context: RuleContext) {
  return context.clusters.flatMap(({ head }) =>
    head.nodeGroups.map((group) => ({ cluster: head, group })),
  )
}

/** Node groups whose AMI family has `status` at their version, reported on the AMI type or family line. */
export function familyFindings(
  context: RuleContext,
  status: 'unsupported' | 'last',
  message: (group: string, ami: string, version: string, reason: string) => string,
) {
  return eachGroup(context).flatMap(({ cluster, group }) => {
    const ami = amiOf(group)
    const version = effectiveVersion(group)
    if (!ami || !version) return []
    const support = amiFamilySupport(context.knowledge, ami, version)
    if (support.status !== status) return []
    const where = group.amiType.value ? group.amiType : group.amiFamily
    return [
      {
        message: message(group.name, ami, formatKubeVersion(version), support.reason),
        at: where.status === 'resolved' ? where.at : group.version.at,
        cluster: cluster.id,
        subject: `node-group:${group.name}`,
      },
    ]
  })
}
