#!/usr/bin/env node
// Builds src/knowledge/eks-data.json, the project's own dataset, from the
// sourced facts in ../shared/data (each fact keeps its source ids). Run by a
// developer when those facts change; the output is committed so the bundle
// never needs ../shared at run time.
//
//   node scripts/build-knowledge.mjs [path/to/eks_versions.json]
import { readFileSync, writeFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { applyOverlay } from './lib/overlay.mjs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

const addFormats = addFormatsModule.default ?? addFormatsModule
const here = path.dirname(fileURLToPath(import.meta.url))
const input = process.argv[2] ?? path.join(here, '../../shared/data/eks_versions.json')
const output = path.join(here, '../src/knowledge/eks-data.json')
const raw = JSON.parse(readFileSync(input, 'utf8'))

const sourceIds = new Set()

const vpcCniRecommended = JSON.parse(
  readFileSync(path.join(here, '../data/vpc-cni-recommended.json'), 'utf8'),
)

function newestSourceDate() {
  const dates = [
    ...Object.values(raw.newest_data).flatMap(
      (text) => String(text).match(/\d{4}-\d{2}-\d{2}/g) ?? [],
    ),
    JSON.parse(readFileSync(path.join(here, '../data/karpenter-compatibility.json'), 'utf8')).source
      .date,
    vpcCniRecommended.source.date,
  ]
  return dates.sort().at(-1)
}

function karpenterMatrix() {
  const file = path.join(here, '../data/karpenter-compatibility.json')
  const { source, matrix } = JSON.parse(readFileSync(file, 'utf8'))
  return {
    matrix,
    sources: [
      `https://github.com/${source.repo}/blob/${source.commit}/${source.path} (${source.date})`,
    ],
  }
}
const cite = (...lists) => {
  const ids = [...new Set(lists.flat().filter(Boolean))]
  ids.forEach((id) => sourceIds.add(id))
  return ids
}

// "-minimal- only" / "plain vX.Y.Z-eksbuild.N" / "default (Debian) or -minimal- variant"
const tagStyle = (text) =>
  text.startsWith('plain')
    ? 'plain'
    : text.startsWith('-minimal-')
      ? 'minimal'
      : 'default-or-minimal'

const versions = raw.versions.map((v) => {
  const kp = v.addons.kube_proxy
  const cd = v.addons.coredns
  const cni = v.addons.vpc_cni
  const amis = v.amis
  return {
    version: v.version,
    lifecycle: {
      upstreamRelease: v.lifecycle.kubernetes_upstream_release,
      eksRelease: v.lifecycle.eks_release,
      endOfStandardSupport: v.lifecycle.end_of_standard_support,
      endOfExtendedSupport: v.lifecycle.end_of_extended_support,
      verification: v.lifecycle.verification,
      sources: cite(v.lifecycle.sources),
    },
    addons: {
      kubeProxy: {
        latestAddon: kp.eks_addon_latest_seen ?? null,
        selfManagedImage:
          kp.self_managed_image_latest_seen?.plain ??
          kp.self_managed_image_latest_seen?.minimal ??
          null,
        tagStyle: tagStyle(kp.image_tag_style),
        sources: cite(v.addons.addon_sources),
      },
      coredns: {
        defaultImage: cd.eksctl_initial_image ?? null,
        latestAddon: cd.eks_addon_latest_seen ?? cd.eksctl_latest_image ?? null,
        minimum: cd.minimum_version_bound_sa_tokens ?? '1.8.4',
        sources: cite(cd.sources),
      },
      vpcCni: {
        minimum: cni.minimum_version,
        latestAddon: cni.eks_addon_latest_seen ?? null,
        // The CNI maintainers' oldest recommended release for the minor, where they list it.
        recommended: vpcCniRecommended.recommended[v.version] ?? null,
        sources: cite(cni.sources),
      },
    },
    amis: {
      al2: amis.al2.published === true,
      al2023: amis.al2023.published === true,
      bottlerocket: amis.bottlerocket.published === true,
      windows: amis.windows.server_versions ?? [],
      al2023LatestRelease: amis.al2023.latest_release_version ?? null,
      al2LastRelease: amis.al2.last_release_version ?? null,
      defaultManagedNodeGroupAmi: amis.eks_default_for_new_managed_node_groups,
      sources: cite(amis.ami_sources),
    },
    runtime: {
      dockershim: v.container_runtime.dockershim_available === true,
      containerdMinimum: v.container_runtime.containerd_min_for_nodes,
      containerd2Required: v.container_runtime.containerd_2_required === true,
      cgroupV1KubeletFails: v.cgroup.kubelet_fails_on_cgroup_v1_by_default === true,
      sources: cite(v.container_runtime.sources, v.cgroup.sources),
    },
    upgradeNotes: v.upgrade_notes.map((note) => ({
      severity: note.severity,
      text: note.text,
      sources: cite(note.sources),
    })),
  }
})

const families = {
  // eksctl amiFamily constraints (eksctl types.go / ssm_resolver.go) and the AL2 end of life.
  al2LastMinor: raw.al2_end_of_life.last_kubernetes_minor,
  // AWS stopped publishing (and patching) AL2 EKS AMIs on this date; the last release.
  al2NoPatchesSince: raw.al2_end_of_life.ami_publishing_stopped,
  al2FinalRelease: raw.al2_end_of_life.last_al2_release_in_changelog.split(' ')[0],
  al2Sources: cite(raw.al2_end_of_life.sources),
  ranges: [
    { family: 'Ubuntu2004', min: '1.21', max: '1.29' },
    { family: 'UbuntuPro2004', min: '1.27', max: '1.29' },
    { family: 'Ubuntu2204', min: '1.29', max: null },
    { family: 'UbuntuPro2204', min: '1.29', max: null },
    { family: 'Ubuntu2404', min: '1.31', max: null },
    { family: 'UbuntuPro2404', min: '1.31', max: null },
    { family: 'Ubuntu2604', min: '1.35', max: null },
    { family: 'UbuntuPro2604', min: '1.35', max: null },
    { family: 'WindowsServer2022', min: '1.23', max: null },
    { family: 'WindowsServer2025', min: '1.35', max: null },
  ],
  sources: cite(raw.eksctl_amiFamily.sources, raw.al2_end_of_life.sources),
}

const components = {
  // Cluster Autoscaler: "use the version whose minor matches your cluster's" (kubernetes/autoscaler README).
  clusterAutoscaler: {
    rule: 'minor-matches-cluster',
    source: 'https://github.com/kubernetes/autoscaler/tree/master/cluster-autoscaler#releases',
  },
  // Karpenter: each release's Kubernetes window, from Karpenter's own machine-readable
  // matrix (data/karpenter-compatibility.json, rebuilt by scripts/karpenter-matrix.mjs).
  karpenter: karpenterMatrix(),
  vpcCniRecommended: {
    through: Object.keys(vpcCniRecommended.recommended)
      .sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]))
      .pop(),
    sources: [
      `https://github.com/${vpcCniRecommended.source.repo}/blob/${vpcCniRecommended.source.commit}/${vpcCniRecommended.source.path}#recommended-version (${vpcCniRecommended.source.date})`,
    ],
  },
}

// APIs removed or deprecated by Kubernetes minor (kubernetes/website deprecation guide, pluto, kubent).
const apis = JSON.parse(readFileSync(path.join(path.dirname(input), 'removed_apis.json'), 'utf8'))
const removedApis = apis.removed_apis.map((entry) => ({
  apiVersion: entry.apiVersion,
  kinds: entry.kinds,
  deprecatedIn: entry.deprecated_in ?? null,
  removedIn: entry.removed_in ?? null,
  replacement: entry.replacement_apiVersion ?? null,
  notes: entry.notes ?? null,
  sources: entry.sources,
}))
const apiSources = apis.sources

// Corrections found after the shared data was compiled, each with its evidence
// (data/corrections.json): applied over it, so a rebuild never brings the error back.
const corrections = JSON.parse(readFileSync(path.join(here, '../data/corrections.json'), 'utf8'))
for (const fix of corrections.upgradeNotes ?? []) {
  const notes = versions.find((v) => v.version === fix.version)?.upgradeNotes ?? []
  const note = notes.find((n) => n.text.includes(fix.match))
  if (!note)
    throw new Error(`data/corrections.json: no ${fix.version} note "${fix.match}" to correct`)
  Object.assign(note, { severity: fix.severity, text: fix.text, sources: cite(fix.sources) })
}
for (const fix of corrections.removedApis) {
  const entry = removedApis.find((api) => api.apiVersion === fix.apiVersion)
  if (!entry)
    throw new Error(`data/corrections.json: no removed-API entry ${fix.apiVersion} to correct`)
  Object.assign(entry, {
    deprecatedIn: fix.deprecatedIn,
    removedIn: fix.removedIn,
    replacement: fix.replacement,
    notes: fix.notes,
    sources: fix.sources,
  })
}

// The calendar before the shared data (1.16-1.22): lifecycle only, no other facts.
const history = JSON.parse(readFileSync(path.join(here, '../data/calendar-history.json'), 'utf8'))
for (const old of history.versions) {
  if (versions.some((v) => v.version === old.version))
    throw new Error(`data/calendar-history.json: ${old.version} is in the shared data too`)
  versions.unshift({
    version: old.version,
    lifecycle: {
      upstreamRelease: old.upstreamRelease,
      eksRelease: old.eksRelease,
      endOfStandardSupport: old.endOfStandardSupport,
      endOfExtendedSupport: old.endOfExtendedSupport,
      verification: 'primary',
      sources: cite(old.sources),
    },
    addons: {},
    upgradeNotes: [],
  })
}
versions.sort((a, b) => Number(a.version.split('.')[1]) - Number(b.version.split('.')[1]))

// What each AMI release ships, read from the amazon-eks-ami changelog (scripts/ami-releases.mjs).
const amiReleases = JSON.parse(readFileSync(path.join(here, '../data/ami-releases.json'), 'utf8'))
sourceIds.add('AMI_RELEASES')

const kubeletFlags = JSON.parse(readFileSync(path.join(here, '../data/kubelet-flags.json'), 'utf8'))

const dataset = {
  schemaVersion: 3,
  // As fresh as its newest dated source, not the day it was compiled: knowledge-stale
  // must fire when the facts are old, however recently someone rebuilt the file.
  dataDate: newestSourceDate(),
  compiledAt: raw.generated_at,
  newestData: raw.newest_data,
  policy: {
    oneMinorAtATime: raw.policy.one_minor_at_a_time,
    kubeletSkew: raw.policy.kubelet_skew,
    nodesMustMatchBeforeUpgrade: raw.policy.nodes_must_match_before_cp_upgrade,
    eksctlDefaultVersion: '1.34',
    sources: cite(raw.policy.sources),
  },
  families,
  components,
  versions,
  removedApis,
  removedKubeletFlags: kubeletFlags.flags.map(({ flag, removedIn, match, sources }) => ({
    flag,
    removedIn,
    ...(match && { match }),
    sources: cite(sources),
  })),
  amiReleases: amiReleases.releases,
  sources: {},
}
for (const entry of removedApis) entry.sources.forEach((id) => sourceIds.add(id))
// Every source carries the date it speaks for (data/source-dates.json for the shared
// data's; a correction's is the day it was checked): a fact without one is refused.
const sourceDates = JSON.parse(readFileSync(path.join(here, '../data/source-dates.json'), 'utf8'))
const extraSources = {
  ...history.sources,
  AMI_RELEASES: {
    ...amiReleases.source,
    dateIs: 'commit',
    note: 'AMI release notes: containerd and kernel per release version',
  },
}
dataset.sources = Object.fromEntries(
  [...sourceIds].sort().map((id) => {
    const entry = raw.sources[id] ?? apiSources[id] ?? corrections.sources[id] ?? extraSources[id]
    if (!entry) throw new Error(`source ${id} is cited but not described`)
    const { checked, ...rest } = entry
    const dated = checked
      ? { ...rest, date: checked, dateIs: 'checked' }
      : { ...rest, ...sourceDates.dates[id] }
    if (!dated.date) throw new Error(`source ${id} has no date: add it to data/source-dates.json`)
    return [id, dated]
  }),
)

// What npm run data:refresh brought from raw inputs survives a rebuild of the base facts.
let built = dataset
try {
  built = applyOverlay(
    dataset,
    JSON.parse(readFileSync(path.join(here, '../data/refreshed.json'), 'utf8')),
  )
} catch (error) {
  if (error.code !== 'ENOENT') throw error
}

// The embedded data is a knowledge file: it must pass the schema users' files pass.
const ajv = new Ajv({ strict: true, allErrors: true })
addFormats(ajv, ['date'])
const validate = ajv.compile(
  JSON.parse(readFileSync(path.join(here, '../schema/knowledge.schema.json'), 'utf8')),
)
if (!validate(built)) {
  console.error(validate.errors.slice(0, 10))
  throw new Error('the built data does not fit schema/knowledge.schema.json')
}

writeFileSync(output, JSON.stringify(built, null, 2) + '\n')
console.log(
  `wrote ${path.relative(process.cwd(), output)}: ${versions.length} versions, ${sourceIds.size} sources, dataDate ${dataset.dataDate}`,
)
