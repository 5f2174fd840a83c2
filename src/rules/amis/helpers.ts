import { amiFamilySupport } from '../../knowledge/ami.js'
import { formatKubeVersion } from '../../model/version.js'
import { amiOf, effectiveVersion } from '../helpers.js'
import type { NodeGroup } from '../../model/inventory.js'
import type { SourceRef } from '../../model/source.js'
import { type RuleContext } from '../types.js'

export function eachGroup(context: RuleContext) {
  return context.clusters.flatMap(({ head }) =>
    head.nodeGroups.map((group) => ({ cluster: head, group })),
  )
}

/** Node groups whose AMI family has `status` at their version, reported on the AMI type or family line. */
export function familyFindings(
  context: RuleContext,
  status: 'unsupported',
  message: (group: string, ami: string, version: string, reason: string) => string,
) {
  return eachGroup(context).flatMap(({ cluster, group }) => {
    const ami = amiOf(group)
    const version = effectiveVersion(group)
    if (!ami || !version) return []
    const support = amiFamilySupport(context.knowledge, ami, version)
    if (support.status !== status) return []
    return [
      {
        message: message(group.name, ami, formatKubeVersion(version), support.reason),
        at: amiLine(group),
        cluster: cluster.id,
        subject: `node-group:${group.name}`,
      },
    ]
  })
}

/** Where a group's AMI is declared (its AMI type or family line), else its version line. */
export function amiLine(group: NodeGroup): SourceRef {
  const where = group.amiType.value ? group.amiType : group.amiFamily
  return where.status === 'resolved' ? where.at : group.version.at
}

/**
 * The lines of a group's user data that are not shell comments, each with where
 * it is written: its own line when the text maps line for line onto the file,
 * else where the value is written.
 */
export function userDataLines(group: NodeGroup): Array<{ text: string; at: SourceRef }> {
  return (group.userData ?? []).flatMap((data) =>
    data.text
      .split('\n')
      .flatMap((text, index) =>
        /^\s*#/.test(text)
          ? []
          : [{ text, at: data.block ? { ...data.at, line: data.at.line + index } : data.at }],
      ),
  )
}

/** Amazon Linux 2023, by AMI type (AL2023_x86_64_STANDARD), eksctl or Karpenter family. */
export function isAl2023(ami: string): boolean {
  return /^(AL2023|AmazonLinux2023)/i.test(ami)
}
