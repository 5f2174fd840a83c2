import { policy, resolved, unresolved, unspecified } from '../../model/declared.js'
import { parseImage } from '../../model/image.js'
import type { Component } from '../../model/inventory.js'
import type { SourceRef } from '../../model/source.js'

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

/** A component from an image reference at `at`, or undefined for images we do not track. */
export function componentFromImage(text: string, at: SourceRef): Component | undefined {
  const image = parseImage(text)
  if (!image) return undefined
  const name = componentForImage(image.repository)
  if (!name) return undefined
  const version = image.tag
    ? resolved(image.tag, at)
    : image.digest
      ? unresolved<string>(at, text, 'pinned by digest only: the version is not in the reference')
      : unspecified<string>(at, 'no tag: the registry serves "latest"')
  return { name, at, image: text, version }
}

/** A component from a Helm chart: its app version when known, never its chart version (except Karpenter, where they are one). */
export function componentFromChart(
  chart: string,
  chartVersion: string | undefined,
  appVersion: string | undefined,
  at: SourceRef,
  versionAt?: SourceRef,
): Component | undefined {
  const name = componentForChart(chart)
  if (!name) return undefined
  if (appVersion) return { name, at, chart, version: resolved(appVersion, versionAt ?? at) }
  if (name === 'karpenter' && chartVersion)
    return {
      name,
      at,
      chart,
      version: {
        ...resolved(chartVersion, versionAt ?? at),
        note: 'Karpenter charts share the app version',
      },
    }
  if (chartVersion === undefined)
    return {
      name,
      at,
      chart,
      version: policy('latest', at, 'no chart version: the newest chart is installed'),
    }
  return {
    name,
    at,
    chart,
    version: unspecified(
      versionAt ?? at,
      `chart version ${chartVersion} does not say which ${name} version it installs; set image.tag to check it`,
    ),
  }
}
