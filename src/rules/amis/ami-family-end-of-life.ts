import { amiFamilySupport, isAmazonLinux2 } from '../../knowledge/ami.js'
import { formatKubeVersion } from '../../model/version.js'
import { amiOf, effectiveVersion } from '../helpers.js'
import { defineRule } from '../types.js'
import { amiLine, eachGroup } from './helpers.js'

export const amiFamilyEndOfLife = defineRule({
  meta: {
    id: 'ami-family-end-of-life',
    family: 'amis',
    severity: 'warning',
    title:
      'The node group runs an AMI family past its end of life, or the last Kubernetes version it is built for',
  },
  check(context) {
    const eol = context.knowledge.al2EndOfLife
    // AL2 EKS AMIs get no releases, so no security patches, at any Kubernetes version.
    const al2Unpatched = context.today >= eol.noPatchesSince
    return eachGroup(context).flatMap(({ cluster, group }) => {
      const ami = amiOf(group)
      const version = effectiveVersion(group)
      if (!ami || !version) return []
      const support = amiFamilySupport(context.knowledge, ami, version)
      const unpatched = al2Unpatched && isAmazonLinux2(ami) && support.status !== 'unsupported'
      if (support.status !== 'last' && !unpatched) return []
      const reasons = [
        ...(support.status === 'last' ? [support.reason] : []),
        ...(unpatched
          ? [
              `Amazon Linux 2 EKS AMIs get no new releases, so no security patches, since ${eol.noPatchesSince} (the final release is ${eol.finalRelease})`,
            ]
          : []),
      ]
      return [
        {
          message: `Node group ${group.name} (${ami}) at ${formatKubeVersion(version)}: ${reasons.join('; ')}. Migrate it to AL2023 or Bottlerocket${support.status === 'last' ? ' before the next control-plane upgrade' : ''}.`,
          at: amiLine(group),
          cluster: cluster.id,
          subject: `node-group:${group.name}`,
        },
      ]
    })
  },
})
