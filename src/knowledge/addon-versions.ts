import type { AddonCompatibility } from './index.js'

interface DescribeAddonVersions {
  addons: Array<{
    addonName: string
    addonVersions?: Array<{
      addonVersion: string
      compatibilities?: Array<{ clusterVersion: string; defaultVersion?: boolean }>
    }>
  }>
}

export function isDescribeAddonVersions(value: unknown): value is DescribeAddonVersions {
  const addons = (value as { addons?: unknown } | null)?.addons
  return (
    Array.isArray(addons) &&
    addons.every(
      (addon) =>
        typeof addon === 'object' &&
        addon !== null &&
        typeof (addon as { addonName?: unknown }).addonName === 'string',
    )
  )
}

/**
 * The add-on versions EKS offers per cluster minor, from the output of
 * `aws eks describe-addon-versions --output json` (all add-ons, all versions).
 * Versions keep the API's order, newest first.
 */
export function addonCompatibilityFrom(data: DescribeAddonVersions): AddonCompatibility {
  const table: Record<string, Record<string, { default?: string; versions: string[] }>> = {}
  for (const addon of data.addons) {
    const byCluster: Record<string, { default?: string; versions: string[] }> = (table[
      addon.addonName
    ] ??= {})
    for (const version of addon.addonVersions ?? []) {
      for (const compatibility of version.compatibilities ?? []) {
        const entry = (byCluster[compatibility.clusterVersion] ??= { versions: [] })
        if (!entry.versions.includes(version.addonVersion))
          entry.versions.push(version.addonVersion)
        if (compatibility.defaultVersion) entry.default = version.addonVersion
      }
    }
  }
  return table
}
