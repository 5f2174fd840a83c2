import { perGroup } from './helpers.js'
import { defineRule } from '../types.js'

export const liveOsImage = defineRule({
  meta: {
    id: 'live-os-image',
    family: 'live',
    severity: 'notice',
    title: 'Nodes run an OS image that is not an EKS-optimized family',
  },
  check(context) {
    return perGroup(
      context,
      () => true,
      (group) =>
        group.kind !== 'fargate' &&
        group.osImages.some((os) => !/^(Amazon Linux|Bottlerocket|Ubuntu|Windows)/i.test(os)),
      (group) =>
        `${group.kind} group ${group.name} runs ${group.osImages.join(', ')} (live), not an EKS-optimized family (AL2023, Bottlerocket, Ubuntu EKS, Windows): the gate cannot vouch for its kubelet and runtime across upgrades.`,
      'os',
    )
  },
})
