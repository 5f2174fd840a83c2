/**
 * The components whose versions EKS upgrades care about, recognised by image
 * repository (never by a bare version-looking tag: Istio 1.20, kubectl
 * 1.29.2-debian images and the EBS CSI driver v1.28.0 are not Kubernetes).
 */
const BY_REPOSITORY: ReadonlyArray<[string, string]> = [
  ['kube-proxy', 'kube-proxy'],
  ['amazon-k8s-cni', 'aws-node'],
  ['coredns', 'coredns'],
  ['cluster-autoscaler', 'cluster-autoscaler'],
  ['karpenter/controller', 'karpenter'],
  ['aws-load-balancer-controller', 'aws-load-balancer-controller'],
]

/** Charts whose `appVersion`/image is one of those components (their chart version is not). */
const BY_CHART: Readonly<Record<string, string>> = {
  'cluster-autoscaler': 'cluster-autoscaler',
  karpenter: 'karpenter',
  'aws-load-balancer-controller': 'aws-load-balancer-controller',
  'aws-vpc-cni': 'aws-node',
  coredns: 'coredns',
}

/** The component an image repository is, if it is one the gate tracks. */
export function componentForImage(repository: string): string | undefined {
  return BY_REPOSITORY.find(([name]) => repository === name || repository.endsWith(`/${name}`))?.[1]
}

// Every reference to a tracked component names its image repository or its chart.
const COMPONENT_WORD = new RegExp(
  [...BY_REPOSITORY.map(([name]) => name), ...Object.keys(BY_CHART)]
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|'),
)

/**
 * Cheap test on a file's text, before parsing it: without one of these words no
 * image or chart in it can be a component the gate tracks.
 */
export function mentionsComponent(text: string): boolean {
  return COMPONENT_WORD.test(text)
}

export function componentForChart(chart: string): string | undefined {
  return BY_CHART[chart.replace(/^.*\//, '')]
}
