import { parseAddonVersion, type AddonVersion } from '../model/addon-version.js'
import type { Cluster } from '../model/inventory.js'
import type { SourceRef } from '../model/source.js'

export interface PinnedVersion {
  readonly version: AddonVersion
  readonly at: SourceRef
  /** "the kube-proxy add-on" or "the kube-proxy image" */
  readonly label: string
  readonly subject: string
  readonly kind: 'addon' | 'image'
}

/**
 * Every pinned version of a component in a cluster: the EKS add-on and a
 * self-managed workload (manifests, Helm) alike, because the same skew rules
 * apply to both.
 */
export function pinnedVersions(cluster: Cluster, name: string): PinnedVersion[] {
  const out: PinnedVersion[] = []
  for (const addon of cluster.addons) {
    if (addon.name !== name || addon.version.status !== 'resolved' || !addon.version.value) continue
    const version = parseAddonVersion(addon.version.value)
    if (version)
      out.push({
        version,
        at: addon.version.at,
        label: `the ${name} add-on ${addon.version.value}`,
        subject: `addon:${name}`,
        kind: 'addon',
      })
  }
  for (const component of cluster.components) {
    if (
      component.name !== name ||
      component.version.status !== 'resolved' ||
      !component.version.value
    )
      continue
    const version = parseAddonVersion(component.version.value)
    if (version)
      out.push({
        version,
        at: component.version.at,
        label: `the ${name} image ${component.version.value}`,
        subject: `component:${name}`,
        kind: 'image',
      })
  }
  return out
}
