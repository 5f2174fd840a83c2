import { familyFindings } from './helpers.js'
import { defineRule } from '../types.js'

export const amiFamilyEndOfLife = defineRule({
  meta: {
    id: 'ami-family-end-of-life',
    family: 'amis',
    severity: 'warning',
    title: 'The node group runs the last Kubernetes version its AMI family is built for',
  },
  check(context) {
    return familyFindings(
      context,
      'last',
      (group, ami, _version, reason) =>
        `Node group ${group} (${ami}): ${reason}. Migrate it to AL2023 or Bottlerocket before the next control-plane upgrade.`,
    )
  },
})
