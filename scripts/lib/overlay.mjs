// The facts npm run data:refresh gathered from raw inputs (data/refreshed.json),
// applied over a dataset of the embedded format. Used by the refresh itself and
// by scripts/build-knowledge.mjs, so a rebuild from the shared data keeps them.
const minorOf = (text) => Number(text.split('.')[1])

export function applyOverlay(dataset, overlay) {
  const sources = { ...dataset.sources }
  const cite = (id, asOf, note) => {
    sources[id] = { note, date: asOf, dateIs: 'read' }
    return [id]
  }
  const versions = [...dataset.versions]
  for (const [version, dates] of Object.entries(overlay.versions ?? {})) {
    const lifecycle = {
      ...dates,
      verification: 'eks-api',
      sources: cite(
        'REFRESH_cluster_versions',
        overlay.clusterVersionsAsOf,
        'aws eks describe-cluster-versions output, saved and passed to npm run data:refresh',
      ),
    }
    const index = versions.findIndex((v) => v.version === version)
    if (index >= 0)
      versions[index] = {
        ...versions[index],
        lifecycle: { ...versions[index].lifecycle, ...lifecycle },
      }
    // A version only the API knows gets its calendar and nothing else.
    else versions.push({ version, lifecycle, addons: {}, upgradeNotes: [] })
  }
  versions.sort((a, b) => minorOf(a.version) - minorOf(b.version))
  const addonCompatibility = { ...dataset.addonCompatibility }
  for (const [addon, byMinor] of Object.entries(overlay.addonCompatibility ?? {}))
    addonCompatibility[addon] = { ...addonCompatibility[addon], ...byMinor }
  const karpenter = dataset.components.karpenter
  const releases = new Map(karpenter.matrix.map((row) => [row.release, row]))
  for (const row of overlay.karpenter ?? []) releases.set(row.release, row)
  const release = (text) => text.split('.').map(Number)
  const matrix = [...releases.values()].sort((a, b) => {
    const [x, y] = [release(a.release), release(b.release)]
    return x[0] - y[0] || x[1] - y[1] || (x[2] ?? 0) - (y[2] ?? 0)
  })
  if (overlay.karpenter?.length)
    cite(
      'REFRESH_karpenter',
      overlay.karpenterAsOf,
      'Karpenter compatibility.yaml passed to npm run data:refresh',
    )
  if (Object.keys(overlay.amiReleases ?? {}).length)
    cite(
      'REFRESH_ami_releases',
      overlay.amiReleasesAsOf,
      'amazon-eks-ami CHANGELOG.md passed to npm run data:refresh',
    )
  if (Object.keys(overlay.addonCompatibility ?? {}).length)
    cite(
      'REFRESH_addon_versions',
      overlay.addonVersionsAsOf,
      'aws eks describe-addon-versions output passed to npm run data:refresh',
    )
  return {
    ...dataset,
    versions,
    components: {
      ...dataset.components,
      karpenter: {
        matrix,
        sources: [
          ...karpenter.sources.filter((s) => s !== 'REFRESH_karpenter'),
          ...(overlay.karpenter?.length ? ['REFRESH_karpenter'] : []),
        ],
      },
    },
    ...(Object.keys(addonCompatibility).length > 0 && { addonCompatibility }),
    amiReleases: { ...dataset.amiReleases, ...overlay.amiReleases },
    sources,
  }
}
