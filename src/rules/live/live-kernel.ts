import { perGroup } from './helpers.js'
import { defineRule } from '../types.js'

export const liveKernel = defineRule({
  meta: {
    id: 'live-kernel',
    family: 'live',
    severity: 'warning',
    title: 'Nodes run a Linux kernel older than 5.4',
  },
  check(context) {
    const old = (kernel: string) => {
      const [major, minor] = kernel.split('.').map(Number)
      return major !== undefined && minor !== undefined && (major < 5 || (major === 5 && minor < 4))
    }
    return perGroup(
      context,
      () => true,
      (group) => group.kernels.some(old),
      (group) =>
        `${group.kind} group ${group.name} runs kernel ${group.kernels.join(', ')} (live); current EKS AMIs ship 5.10 or newer, and cgroup v2 and recent kubelet features need newer kernels. Roll the nodes onto a current AMI.`,
      'kernel',
    )
  },
})
