/** What the Kubernetes API says about a running cluster, reduced to what upgrades care about. */
export interface LiveSnapshot {
  /** The cluster's name as the kubeconfig knows it (an EKS ARN's last part when it is one). */
  readonly name: string
  readonly region?: string
  readonly account?: string
  readonly context: string
  /** `/version` gitVersion, e.g. `v1.29.8-eks-a737599`. */
  readonly gitVersion?: string
  readonly nodes: ReadonlyArray<{
    readonly name: string
    readonly labels: Readonly<Record<string, string>>
    readonly kubeletVersion: string
    readonly osImage: string
    readonly kernelVersion: string
    readonly containerRuntimeVersion: string
  }>
  /** Images of the kube-system DaemonSets and Deployments (and Karpenter's). */
  readonly workloads: ReadonlyArray<{
    readonly kind: 'DaemonSet' | 'Deployment'
    readonly namespace: string
    readonly name: string
    readonly images: readonly string[]
  }>
  /** What could not be read, and why; the rest of the snapshot is still used. */
  readonly problems: readonly string[]
}

/** `arn:aws:eks:us-west-2:123456789012:cluster/prod` → `prod`; anything else as it is. */
export function clusterNameFrom(text: string): string {
  return /:cluster\/([^/]+)$/.exec(text)?.[1] ?? text
}

/** The region and account an EKS cluster ARN names (kubeconfigs written by `aws eks update-kubeconfig` use it). */
export function arnIdentity(text: string | undefined): { region?: string; account?: string } {
  const match = /^arn:aws[\w-]*:eks:([a-z0-9-]+):(\d{12}):cluster\//.exec(text ?? '')
  return match ? { region: match[1]!, account: match[2]! } : {}
}
