// What each EKS-optimized AMI release ships, read out of the release notes of
// awslabs/amazon-eks-ami (the HTML tables of CHANGELOG.md, from v20231106 on):
// the containerd and kernel of its Amazon Linux 2023 and Amazon Linux 2 builds,
// keyed by release version (1.36.2-20260714).
const cells = (row) =>
  [...row.matchAll(/<t[dh](?:\s+colspan="(\d+)")?(?:\s+rowspan="\d+")?>([^<]*)<\/t[dh]>/g)].flatMap(
    ([, span, text]) => Array(Number(span ?? 1)).fill(text.trim()),
  )

// One package table: its columns are AMI types (AL2023_x86_64_STANDARD, AL2_x86_64, …).
function packages(table) {
  const rows = table.split(/<tr>/).slice(1).map(cells)
  const header = rows.find((row) => row[0] === 'Package')
  if (!header) return null
  const family = header.some((c) => c.startsWith('AL2023_'))
    ? 'al2023'
    : header.some((c) => c.startsWith('AL2_'))
      ? 'al2'
      : null
  if (!family) return null
  // The standard x86 build speaks for the family; the first filled column otherwise.
  const column = Math.max(
    1,
    header.findIndex((c) => /^AL2(023)?_x86_64(_STANDARD)?$/.test(c)),
  )
  // Upstream versions only: 1.7.29-1.eks.amzn2023.0.1 is containerd 1.7.29.
  const value = (row) => {
    const own = row[column]
    const text = own && own !== '—' ? own : row.slice(1).find((c) => c && c !== '—')
    return text && /^\d+(\.\d+)+/.exec(text)?.[0]
  }
  const facts = {}
  for (const row of rows) {
    if (row[0] === 'containerd') facts.containerd = value(row)
    if (/^kernel(\d|$)/.test(row[0] ?? '') && !facts.kernel) {
      const v = value(row)
      if (v) facts.kernel = v
    }
  }
  return { family, facts }
}

export function parseAmiChangelog(changelog) {
  const releases = {}
  const sections = changelog.split(/^# /m).filter((s) => /^AMI Release v\d{8}/.test(s))
  for (const section of sections) {
    for (const block of section.split('<details>').slice(1)) {
      if (!/<summary><b>Kubernetes 1\.\d+<\/b><\/summary>/.test(block)) continue
      const release = /<td rowspan="\d+">(\d+\.\d+\.\d+-\d{8})<\/td>/.exec(block)?.[1]
      if (!release) continue
      for (const table of block.split('<table>').slice(1)) {
        const found = packages(table)
        if (found && Object.keys(found.facts).length)
          (releases[release] ??= {})[found.family] = found.facts
      }
    }
  }
  const sorted = Object.fromEntries(
    Object.entries(releases).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })),
  )
  return { releases: sorted, sections: sections.length }
}

export const isAmiChangelog = (text) => /^# AMI Release v\d{8}/m.test(text)
