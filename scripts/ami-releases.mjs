#!/usr/bin/env node
// Reads what each EKS-optimized AMI release ships (containerd and kernel of its
// Amazon Linux 2023 and Amazon Linux 2 builds, per Kubernetes minor) out of the
// release notes of awslabs/amazon-eks-ami, the HTML tables of CHANGELOG.md
// (from v20231106 on), and writes data/ami-releases.json with the commit and
// date it was read at. `npm run data:build` then embeds it.
//
//   npm run data:ami -- PATH/TO/amazon-eks-ami
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const checkout = process.argv[2]
if (!checkout) {
  console.error('usage: npm run data:ami -- PATH/TO/amazon-eks-ami (a git checkout or bare mirror)')
  process.exit(2)
}
const git = (...args) =>
  execFileSync('git', ['-C', checkout, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }).trim()
const commit = git('rev-parse', 'HEAD')
const date = git('log', '-1', '--format=%cd', '--date=short', commit)
const changelog = git('show', `${commit}:CHANGELOG.md`)

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
const output = path.join(here, '../data/ami-releases.json')
writeFileSync(
  output,
  JSON.stringify(
    {
      source: { repo: 'awslabs/amazon-eks-ami', path: 'CHANGELOG.md', commit, date },
      releases: sorted,
    },
    null,
    2,
  ) + '\n',
)
console.log(
  `wrote ${path.relative(process.cwd(), output)}: ${Object.keys(sorted).length} release versions from ${sections.length} AMI releases (${commit.slice(0, 8)}, ${date})`,
)
