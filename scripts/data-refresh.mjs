#!/usr/bin/env node
// Refreshes the embedded EKS data from raw, machine-readable inputs, each
// recognised by its content:
//
//   aws eks describe-cluster-versions --include-all --output json > cluster-versions.json
//   aws eks describe-addon-versions --output json > addon-versions.json
//   (karpenter-provider-aws) hack/docs/compatibilitymatrix_gen/compatibility.yaml
//   (amazon-eks-ami) CHANGELOG.md
//
//   npm run data:refresh -- [--as-of 2026-12-01] FILE...
//
// What they say is merged into data/refreshed.json (an overlay that only grows:
// a later input adds and corrects, never empties) and applied over
// src/knowledge/eks-data.json, which must still fit its schema and keep every fact
// it had: a fact the old data had and the new one lacks fails the refresh, and
// nothing is written. scripts/build-knowledge.mjs applies the same overlay, so a
// rebuild from the shared data keeps what a refresh brought.
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'
import { isAmiChangelog, parseAmiChangelog } from './lib/ami-changelog.mjs'
import { applyOverlay } from './lib/overlay.mjs'
import {
  isKarpenterCompatibility,
  parseKarpenterCompatibility,
} from './lib/karpenter-compatibility.mjs'

const addFormats = addFormatsModule.default ?? addFormatsModule
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'as-of': { type: 'string', default: new Date().toISOString().slice(0, 10) },
    // After a maintainer checked that the facts really went (AWS withdrew an add-on build).
    'accept-loss': { type: 'boolean', default: false },
    // For tests: a copy of the repository's data directory and dataset.
    root: { type: 'string', default: root },
  },
})
if (positionals.length === 0 || !/^\d{4}-\d{2}-\d{2}$/.test(values['as-of'])) {
  console.error('usage: npm run data:refresh -- [--as-of YYYY-MM-DD] [--accept-loss] FILE...')
  process.exit(2)
}
const base = path.resolve(values.root)
const overlayFile = path.join(base, 'data/refreshed.json')
const datasetFile = path.join(base, 'src/knowledge/eks-data.json')

// The gate's own parsers for the AWS outputs, bundled on the fly: one copy of each.
const bundled = await build({
  stdin: {
    contents: [
      `export { addonCompatibilityFrom, isDescribeAddonVersions } from './src/knowledge/addon-versions.ts'`,
      `export { clusterVersionFacts, isDescribeClusterVersions } from './src/knowledge/cluster-versions.ts'`,
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'error',
})
const aws = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
)

const readJson = (file, fallback) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    if (fallback !== undefined && error.code === 'ENOENT') return fallback
    throw error
  }
}
const overlay = readJson(overlayFile, {
  description:
    'Facts merged from raw inputs by npm run data:refresh; scripts/build-knowledge.mjs applies them over the shared data. It only grows.',
  inputs: [],
  versions: {},
  addonCompatibility: {},
  amiReleases: {},
  karpenter: [],
})

for (const file of positionals) {
  const text = readFileSync(file, 'utf8')
  const input = { file: path.basename(file), asOf: values['as-of'] }
  let json
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  if (json && aws.isDescribeClusterVersions(json)) {
    const facts = aws.clusterVersionFacts(json, 'REFRESH_cluster_versions')
    for (const { version, lifecycle } of facts.versions) {
      const { eksRelease, endOfStandardSupport, endOfExtendedSupport } = lifecycle
      overlay.versions[version] = {
        ...overlay.versions[version],
        eksRelease,
        endOfStandardSupport,
        endOfExtendedSupport,
      }
    }
    overlay.clusterVersionsAsOf = values['as-of']
    input.kind = `describe-cluster-versions: ${facts.versions.length} versions`
  } else if (json && aws.isDescribeAddonVersions(json)) {
    const table = aws.addonCompatibilityFrom(json)
    for (const [addon, byMinor] of Object.entries(table))
      overlay.addonCompatibility[addon] = { ...overlay.addonCompatibility[addon], ...byMinor }
    overlay.addonVersionsAsOf = values['as-of']
    input.kind = `describe-addon-versions: ${Object.keys(table).length} add-ons`
  } else if (isKarpenterCompatibility(text)) {
    const matrix = parseKarpenterCompatibility(text)
    const releases = new Map(overlay.karpenter.map((row) => [row.release, row]))
    for (const row of matrix) releases.set(row.release, row)
    overlay.karpenter = [...releases.values()]
    overlay.karpenterAsOf = values['as-of']
    input.kind = `karpenter compatibility.yaml: ${matrix.length} releases`
  } else if (isAmiChangelog(text)) {
    const { releases, sections } = parseAmiChangelog(text)
    Object.assign(overlay.amiReleases, releases)
    overlay.amiReleasesAsOf = values['as-of']
    input.kind = `amazon-eks-ami CHANGELOG.md: ${sections} releases`
  } else {
    console.error(
      `${file}: not describe-cluster-versions or describe-addon-versions output (--output json), a Karpenter compatibility.yaml, or an amazon-eks-ami CHANGELOG.md`,
    )
    process.exit(2)
  }
  overlay.inputs.push(input)
  console.log(`${file}: ${input.kind}`)
}

const before = readJson(datasetFile)
const after = applyOverlay(before, overlay)
const ajv = new Ajv({ strict: true, allErrors: true })
addFormats(ajv, ['date'])
const validate = ajv.compile(readJson(path.join(root, 'schema/knowledge.schema.json')))
if (!validate(after)) {
  console.error(
    'The refreshed data does not fit schema/knowledge.schema.json; nothing was written:',
  )
  console.error(validate.errors.slice(0, 10))
  process.exit(1)
}
const lost = lostFacts(before, after)
if (lost.length > 0) {
  const say = values['accept-loss'] ? console.log : console.error
  say(`The refresh ${values['accept-loss'] ? 'drops' : 'would lose'} ${lost.length} facts:`)
  for (const fact of lost.slice(0, 30)) say(`  ${fact}`)
  if (!values['accept-loss']) {
    console.error(
      'Nothing was written. Check them, then run again with --accept-loss if they are gone.',
    )
    process.exit(1)
  }
}
writeFileSync(overlayFile, JSON.stringify(overlay, null, 2) + '\n')
writeFileSync(datasetFile, JSON.stringify(after, null, 2) + '\n')
console.log(
  `wrote ${path.relative(process.cwd(), datasetFile)} (${after.versions.length} versions) and ${path.relative(process.cwd(), overlayFile)}; run "npm run build" and commit them with dist/`,
)

/** Every fact (a leaf value that is not null) of the old dataset the new one no longer has. */
function lostFacts(old, next) {
  const leaves = (value, at, out) => {
    if (value === null || value === undefined || value === '') return out
    if (Array.isArray(value)) {
      // Lists of facts are compared by their items, wherever they moved.
      value.forEach((item) =>
        leaves(
          item,
          `${at}[${typeof item === 'object' ? (item.version ?? item.release ?? item.apiVersion ?? item.text ?? '') : item}]`,
          out,
        ),
      )
      return out
    }
    if (typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) leaves(child, `${at}.${key}`, out)
      return out
    }
    out.add(at)
    return out
  }
  const facts = (dataset) => {
    const { versions, removedApis, amiReleases, addonCompatibility, components } = dataset
    return leaves(
      {
        versions,
        removedApis,
        amiReleases,
        addonCompatibility,
        karpenter: components?.karpenter?.matrix,
      },
      '',
      new Set(),
    )
  }
  const kept = facts(next)
  return [...facts(old)].filter((fact) => !kept.has(fact) && !/\.sources\[/.test(fact))
}
