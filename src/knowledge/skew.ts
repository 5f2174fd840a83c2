import type { KubeVersion } from '../model/version.js'

/**
 * How many minors a kubelet may trail the API server. Kubernetes 1.28 widened
 * the kubelet skew from n-2 to n-3 (version-skew-policy; EKS "Kubernetes
 * version 1.28 and later" in update-cluster), so the limit depends on the
 * control-plane version.
 */
export function maxKubeletSkew(controlPlane: KubeVersion): number {
  return controlPlane.major === 1 && controlPlane.minor < 28 ? 2 : 3
}
