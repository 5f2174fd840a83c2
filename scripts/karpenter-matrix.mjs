#!/usr/bin/env node
// Rebuilds data/karpenter-compatibility.json from Karpenter's own machine-readable
// compatibility matrix (aws/karpenter-provider-aws hack/docs/compatibilitymatrix_gen/
// compatibility.yaml, the file its documentation table is generated from), so the
// gate's Karpenter facts are never a hand-copied table.
//
//   node scripts/karpenter-matrix.mjs PATH/TO/karpenter-provider-aws
//
// Then `npm run data:build` folds it into src/knowledge/eks-data.json.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseKarpenterCompatibility } from './lib/karpenter-compatibility.mjs'

const FILE = 'hack/docs/compatibilitymatrix_gen/compatibility.yaml'
const checkout = process.argv[2]
if (!checkout) {
  console.error('usage: node scripts/karpenter-matrix.mjs PATH/TO/karpenter-provider-aws')
  process.exit(2)
}
const git = (...args) => execFileSync('git', ['-C', checkout, ...args], { encoding: 'utf8' }).trim()
const commit = git('log', '-1', '--format=%H', 'HEAD', '--', FILE)
const date = git('log', '-1', '--format=%cs', 'HEAD', '--', FILE)
const text = git('show', `${commit}:${FILE}`)
const matrix = parseKarpenterCompatibility(text)
const out = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../data/karpenter-compatibility.json',
)
writeFileSync(
  out,
  JSON.stringify(
    { source: { repo: 'aws/karpenter-provider-aws', path: FILE, commit, date }, matrix },
    null,
    2,
  ) + '\n',
)
console.log(
  `${matrix.length} Karpenter releases (${FILE} @ ${commit.slice(0, 8)}, ${date}) → data/karpenter-compatibility.json`,
)
