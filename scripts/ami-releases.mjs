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
import { parseAmiChangelog } from './lib/ami-changelog.mjs'

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

const { releases: sorted, sections } = parseAmiChangelog(changelog)
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
  `wrote ${path.relative(process.cwd(), output)}: ${Object.keys(sorted).length} release versions from ${sections} AMI releases (${commit.slice(0, 8)}, ${date})`,
)
