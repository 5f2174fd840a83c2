import { versionInfo, vpcCniFloor } from '../../knowledge/index.js'
import { compareAddonVersions, parseAddonVersion } from '../../model/addon-version.js'
import { formatKubeVersion } from '../../model/version.js'
import { pinnedVersions } from '../addon-helpers.js'
import { defineRule } from '../types.js'

/**
 * Above the hard minimum (vpc-cni-minimum), the VPC CNI maintainers name an oldest
 * recommended release per Kubernetes minor; their table stops at a minor, and past
 * it the rule says nothing rather than guess.
 */
export const vpcCniBelowRecommended = defineRule({
  meta: {
    id: 'vpc-cni-below-recommended',
    family: 'addons',
    severity: 'warning',
    title: 'The VPC CNI is older than its maintainers recommend for the cluster version',
  },
  check({ clusters, knowledge }) {
    return clusters.flatMap(({ head }) => {
      const cp = head.version.value
      const facts = cp && versionInfo(knowledge, cp)?.addons.vpcCni
      const recommended = facts && facts.recommended && parseAddonVersion(facts.recommended)
      const floor = cp && vpcCniFloor(knowledge, cp)
      const minimum = floor && parseAddonVersion(floor.minimum)
      if (!cp || !recommended) return []
      return [...pinnedVersions(head, 'vpc-cni'), ...pinnedVersions(head, 'aws-node')]
        .filter(
          (pin) =>
            compareAddonVersions(pin.version, recommended) < 0 &&
            // Below the hard minimum vpc-cni-minimum reports it, as an error.
            !(minimum && compareAddonVersions(pin.version, minimum) < 0),
        )
        .map((pin) => ({
          message: `${pin.label} is older than v${facts.recommended}, the oldest release the VPC CNI maintainers recommend for Kubernetes ${formatKubeVersion(cp)} (they recommend the latest). Upgrade it one minor at a time.`,
          at: pin.at,
          cluster: head.id,
          subject: pin.subject,
        }))
    })
  },
})
