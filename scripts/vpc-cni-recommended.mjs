#!/usr/bin/env node
// Rebuilds data/vpc-cni-recommended.json from the "Recommended Version" table of
// aws/amazon-vpc-cni-k8s's README: the oldest VPC CNI release its maintainers
// recommend for each Kubernetes minor they list.
//
//   node scripts/vpc-cni-recommended.mjs PATH/TO/amazon-vpc-cni-k8s
//
// Then `npm run data:build` folds it into src/knowledge/eks-data.json.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const checkout = process.argv[2]
if (!checkout) {
  console.error('usage: node scripts/vpc-cni-recommended.mjs PATH/TO/amazon-vpc-cni-k8s')
  process.exit(2)
}
const git = (...args) => execFileSync('git', ['-C', checkout, ...args], { encoding: 'utf8' }).trim()
const commit = git('log', '-1', '--format=%H', 'HEAD', '--', 'README.md')
const date = git('log', '-1', '--format=%cs', 'HEAD', '--', 'README.md')
const lines = git('show', `${commit}:README.md`).split('\n')
const cells = (line) =>
  line
    .split('|')
    .slice(2, -1)
    .map((cell) => cell.trim())
const releases = lines.find((line) => /^\|\s*Kubernetes Release\s*\|/.test(line))
const versions = lines.find((line) => /^\|\s*VPC CNI Version\s*\|/.test(line))
if (!releases || !versions) throw new Error('README.md has no Recommended Version table')
const recommended = {}
cells(releases).forEach((minor, i) => {
  const version = /^v?(\d+\.\d+\.\d+)\+?$/.exec(cells(versions)[i] ?? '')?.[1]
  if (!/^\d+\.\d+$/.test(minor) || !version) throw new Error(`unreadable column ${minor}`)
  recommended[minor] = version
})
const out = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../data/vpc-cni-recommended.json',
)
writeFileSync(
  out,
  JSON.stringify(
    { source: { repo: 'aws/amazon-vpc-cni-k8s', path: 'README.md', commit, date }, recommended },
    null,
    2,
  ) + '\n',
)
console.log(
  `${Object.keys(recommended).length} Kubernetes minors (README.md @ ${commit.slice(0, 8)}, ${date}) → data/vpc-cni-recommended.json`,
)
