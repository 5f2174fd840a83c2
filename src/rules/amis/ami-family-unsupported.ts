import { familyFindings } from './helpers.js'
import { defineRule } from '../types.js'

export const amiFamilyUnsupported = defineRule({
  meta: {
    id: 'ami-family-unsupported',
    family: 'amis',
    severity: 'error',
    title: 'No EKS AMI of the node group’s AMI type or family exists for its Kubernetes version',
  },
  check(context) {
    return familyFindings(
      context,
      'unsupported',
      (group, ami, version, reason) =>
        `Node group ${group} (${ami}) at Kubernetes ${version}: ${reason}. Move it to a supported family (AL2023 or Bottlerocket) before or with this version.`,
    )
  },
})
