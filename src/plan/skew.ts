import { parseAddonVersion } from '../model/addon-version.js'
import type { Cluster } from '../model/inventory.js'
import { formatKubeVersion, type KubeVersion } from '../model/version.js'

/** One part of a cluster in the skew picture: where it is on the base and on the head. */
export interface SkewRow {
  readonly part: 'control-plane' | 'node-group' | 'addon' | 'component'
  readonly name: string
  /** A node group's kind (managed, karpenter, …). */
  readonly kind?: string
  /** The version as written (an add-on build, an image tag), null where it is not known. */
  readonly base: string | null
  readonly head: string | null
  /** The Kubernetes minor each runs at, where the version says one (node groups, kube-proxy). */
  readonly baseMinor: string | null
  readonly headMinor: string | null
}

const minorOf = (version: KubeVersion | null | undefined) =>
  version ? formatKubeVersion(version) : null

// kube-proxy's and the cluster-autoscaler's minors are the Kubernetes minors they serve.
const KUBE_MINOR = new Set(['kube-proxy', 'cluster-autoscaler'])
const addonMinor = (name: string, version: string | null) => {
  const parsed = version && KUBE_MINOR.has(name) ? parseAddonVersion(version) : null
  return parsed ? `${parsed.major}.${parsed.minor}` : null
}

/**
 * Every part of a cluster whose version an upgrade moves or leaves behind, base
 * beside head: the control plane, node groups (their own or inherited version),
 * add-ons and components. Parts only the base had are left out: they are gone.
 */
export function skewRows(head: Cluster, base: Cluster | undefined): SkewRow[] {
  const rows: SkewRow[] = [
    {
      part: 'control-plane',
      name: 'Control plane',
      base: minorOf(base?.version.value),
      head: minorOf(head.version.value),
      baseMinor: minorOf(base?.version.value),
      headMinor: minorOf(head.version.value),
    },
  ]
  for (const group of head.nodeGroups) {
    const before = base?.nodeGroups.find((g) => g.name === group.name)
    rows.push({
      part: 'node-group',
      name: group.name,
      kind: group.kind,
      base: minorOf(before?.version.value),
      head: minorOf(group.version.value),
      baseMinor: minorOf(before?.version.value),
      headMinor: minorOf(group.version.value),
    })
  }
  for (const addon of head.addons) {
    const before = base?.addons.find((a) => a.name === addon.name)?.version.value ?? null
    const now = addon.version.value
    rows.push({
      part: 'addon',
      name: addon.name,
      base: before,
      head: now,
      baseMinor: addonMinor(addon.name, before),
      headMinor: addonMinor(addon.name, now),
    })
  }
  // One row per component, however many files name it.
  for (const name of new Set(head.components.map((c) => c.name))) {
    const version = (cluster: Cluster | undefined) =>
      cluster?.components.find((c) => c.name === name && c.version.value)?.version.value ?? null
    rows.push({
      part: 'component',
      name,
      base: version(base),
      head: version(head),
      baseMinor: addonMinor(name, version(base)),
      headMinor: addonMinor(name, version(head)),
    })
  }
  return rows
}
