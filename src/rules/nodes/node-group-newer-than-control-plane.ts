import { formatKubeVersion, minorDistance } from '../../model/version.js'
import { defineRule } from '../types.js'

/** A kubelet may never be newer than the API server; EKS refuses such a managed node group. */
export const nodeGroupNewerThanControlPlane = defineRule({
  meta: {
    id: 'node-group-newer-than-control-plane',
    family: 'nodes',
    severity: 'error',
    title: 'A node group declares a Kubernetes version newer than its control plane',
  },
  check({ clusters }) {
    return clusters.flatMap(({ head }) => {
      const controlPlane = head.version.value
      if (!controlPlane) return []
      return head.nodeGroups.flatMap((group) => {
        const version = group.version.value
        if (!version || group.version.status !== 'resolved') return []
        if (minorDistance(controlPlane, version) <= 0) return []
        return [
          {
            message:
              `Node group ${group.name} is at ${formatKubeVersion(version)}, newer than the control plane of ` +
              `${head.name} (${formatKubeVersion(controlPlane)}). Kubelets may not be newer than the API server: ` +
              `upgrade the control plane first, or set the node group to ${formatKubeVersion(controlPlane)}.`,
            at: group.version.at,
            cluster: head.id,
            subject: `node-group:${group.name}`,
          },
        ]
      })
    })
  },
})
