import { parseAddonVersion } from '../../model/addon-version.js'
import { findAddon } from '../helpers.js'
import { defineRule } from '../types.js'

export const vpcCniMinorJump = defineRule({
  meta: {
    id: 'vpc-cni-minor-jump',
    family: 'addons',
    severity: 'error',
    title: 'The VPC CNI moves more than one minor version in one change',
  },
  check({ clusters }) {
    return clusters.flatMap(({ head, base }) => {
      const before = findAddon(base, 'vpc-cni')
      const after = findAddon(head, 'vpc-cni')
      const from =
        before?.version.status === 'resolved' ? parseAddonVersion(before.version.value) : null
      const to =
        after?.version.status === 'resolved' ? parseAddonVersion(after.version.value) : null
      if (!from || !to || to.major !== from.major || to.minor - from.minor <= 1) return []
      return [
        {
          message: `The VPC CNI moves from ${from.raw} to ${to.raw}; AWS supports updating it one minor version at a time. Go to ${from.major}.${from.minor + 1} first.`,
          at: after!.version.at,
          cluster: head.id,
          subject: 'addon:vpc-cni',
        },
      ]
    })
  },
})
