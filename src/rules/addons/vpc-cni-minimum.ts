import { vpcCniFloor } from '../../knowledge/index.js'
import { compareAddonVersions, parseAddonVersion } from '../../model/addon-version.js'
import { compareKubeVersions, formatKubeVersion } from '../../model/version.js'
import { pinnedVersions } from '../addon-helpers.js'
import { defineRule } from '../types.js'

export const vpcCniMinimum = defineRule({
  meta: {
    id: 'vpc-cni-minimum',
    family: 'addons',
    severity: 'error',
    title: 'The VPC CNI is older than the minimum for the cluster version',
  },
  check({ clusters, knowledge }) {
    return clusters.flatMap(({ head }) => {
      const cp = head.version.value
      const facts = cp && vpcCniFloor(knowledge, cp)
      const minimum = facts && parseAddonVersion(facts.minimum)
      if (!cp || !minimum) return []
      return [...pinnedVersions(head, 'vpc-cni'), ...pinnedVersions(head, 'aws-node')]
        .filter((pin) => compareAddonVersions(pin.version, minimum) < 0)
        .map((pin) => ({
          message: `${pin.label} is below ${facts.minimum}, the minimum for Kubernetes ${formatKubeVersion(cp)}${compareKubeVersions(facts.from, cp) < 0 ? ` (stated for ${formatKubeVersion(facts.from)}, the newest version the data gives a floor for)` : ''}${minimum.minor >= 12 ? ' (EKS: upgrade the VPC CNI to 1.12 or later before 1.26, or aws-node crashes)' : ''}. Upgrade the VPC CNI one minor at a time first.`,
          at: pin.at,
          cluster: head.id,
          subject: pin.subject,
        }))
    })
  },
})
