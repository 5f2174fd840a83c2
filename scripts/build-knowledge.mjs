#!/usr/bin/env node
// Builds src/knowledge/eks-data.json, the project's own dataset, from the
// sourced facts in ../shared/data. Run by a developer when those facts change;
// the output is committed so the bundle never needs ../shared at run time.
//
//   node scripts/build-knowledge.mjs [path/to/eks_versions.json]
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

const here = path.dirname(fileURLToPath(import.meta.url))
const input = process.argv[2] ?? path.join(here, '../../shared/data/eks_versions.json')
const output = path.join(here, '../src/knowledge/eks-data.json')

const raw = JSON.parse(readFileSync(input, 'utf8'))

const sourceIds = new Set()
const useSources = (ids) => {
  for (const id of ids ?? []) sourceIds.add(id)
  return ids ?? []
}

const versions = raw.versions.map((v) => ({
  version: v.version,
  lifecycle: {
    upstreamRelease: v.lifecycle.kubernetes_upstream_release,
    eksRelease: v.lifecycle.eks_release,
    endOfStandardSupport: v.lifecycle.end_of_standard_support,
    endOfExtendedSupport: v.lifecycle.end_of_extended_support,
    verification: v.lifecycle.verification,
    sources: useSources(v.lifecycle.sources),
  },
}))

const policySources = useSources(raw.policy.sources)

const sources = Object.fromEntries(
  [...sourceIds].sort().map((id) => [id, raw.sources[id] ?? { missing: true }]),
)

const dataset = {
  schemaVersion: 1,
  dataDate: raw.generated_at,
  newestData: raw.newest_data,
  policy: {
    oneMinorAtATime: raw.policy.one_minor_at_a_time,
    kubeletSkew: raw.policy.kubelet_skew,
    sources: policySources,
  },
  versions,
  sources,
}

writeFileSync(output, JSON.stringify(dataset, null, 2) + '\n')
console.log(
  `wrote ${path.relative(process.cwd(), output)}: ${versions.length} versions, ${sourceIds.size} sources, dataDate ${dataset.dataDate}`,
)
