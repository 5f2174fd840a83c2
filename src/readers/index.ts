import type { TerraformMove } from '../model/identity.js'
import path from 'node:path/posix'
import { Minimatch } from 'minimatch'
import type { SourceFile } from '../discover/source-file.js'
import type {
  ApiUsage,
  Cluster,
  Component,
  Inventory,
  NodeGroup,
  ReadProblem,
} from '../model/inventory.js'
import { mayBeCloudFormation, readCloudFormation } from './cloudformation.js'
import { mayBeEksctl, readEksctl } from './eksctl/cluster-config.js'
import { chartNames, isChartFile, isValuesFile, readChart, readValues } from './k8s/helm.js'
import { mayBeManifest, readManifests } from './k8s/manifests.js'
import type { HclParser } from './terraform/hcl/parse.js'
import { isTerraformFile, readTerraform } from './terraform/index.js'
import type { ReaderResult } from './types.js'
import type { ReadCache } from './read-cache.js'

/** `paths` → `cluster` (id or name): where a manifest's cluster is not the nearest one. */
export interface Assignment {
  readonly paths: string
  readonly cluster: string
}

export interface ReadOptions {
  /** Needed only when the tree has Terraform files (loading it costs a wasm start-up). */
  readonly hcl?: HclParser
  readonly varFiles: readonly string[]
  readonly assign?: readonly Assignment[]
  /** Shared by the head and base reads of one run, so unchanged files are parsed once. */
  readonly cache?: ReadCache
}

interface Reader {
  /** Names the reader in the cache key, with whatever else its result depends on. */
  readonly kind: (file: SourceFile) => string
  /** Cheap test on path and text, so unrelated files are never parsed. */
  readonly accepts: (file: SourceFile) => boolean
  readonly read: (file: SourceFile) => ReaderResult
}

/** Turns the files of one tree (head or base) into an inventory. Pure. */
export function readInventory(
  files: readonly SourceFile[],
  problems: readonly ReadProblem[],
  options: ReadOptions,
): Inventory {
  const charts = chartNames(files)
  // First match wins: a file is eksctl, CloudFormation, a chart, values or manifests, not several.
  const readers: readonly Reader[] = [
    { kind: () => 'eksctl', accepts: mayBeEksctl, read: readEksctl },
    { kind: () => 'cloudformation', accepts: mayBeCloudFormation, read: readCloudFormation },
    { kind: () => 'chart', accepts: isChartFile, read: readChart },
    {
      // A values file is read in the light of its chart's name.
      kind: (file) => `values ${charts.get(path.dirname(file.path)) ?? ''}`,
      accepts: isValuesFile,
      read: (file) => readValues(file, (dir) => charts.get(dir)),
    },
    { kind: () => 'manifests', accepts: mayBeManifest, read: readManifests },
  ]
  const clusters: Cluster[] = []
  const allProblems: ReadProblem[] = [...problems]
  const placed = {
    components: [] as Component[],
    nodeGroups: [] as NodeGroup[],
    apis: [] as ApiUsage[],
  }
  const terraform = files.filter(isTerraformFile)
  const moved: TerraformMove[] = []
  if (terraform.length > 0) {
    if (!options.hcl) throw new Error('Terraform files were found but no HCL parser was loaded')
    const result = readTerraform(terraform, options.hcl, {
      varFiles: options.varFiles,
      ...(options.cache && { cache: options.cache }),
    })
    clusters.push(...result.clusters)
    moved.push(...result.moved)
    allProblems.push(...result.problems)
    placed.components.push(...result.components)
  }
  for (const file of files) {
    const reader = readers.find((candidate) => candidate.accepts(file))
    if (!reader) continue
    try {
      const result = options.cache
        ? options.cache.remember(reader.kind(file), file, () => reader.read(file))
        : reader.read(file)
      clusters.push(...result.clusters)
      allProblems.push(...result.problems)
      placed.components.push(...(result.components ?? []))
      placed.nodeGroups.push(...(result.nodeGroups ?? []))
      placed.apis.push(...(result.apis ?? []))
    } catch (error) {
      // A reader bug must cost one file, never the whole gate.
      allProblems.push({
        at: { file: file.path, line: 1, column: 1 },
        message: `Could not read ${file.path}: ${error instanceof Error ? error.message : String(error)}`,
      })
    }
  }
  const assigned = assign(dedupeIds(clusters), placed, options.assign ?? [])
  return {
    clusters: assigned.clusters,
    unassigned: assigned.unassigned,
    problems: allProblems,
    filesScanned: files.length,
    ...(moved.length > 0 && { moved }),
  }
}

// Two clusters with one id (same name twice in one file) would be matched
// wrongly against the base; number the later ones.
function dedupeIds(clusters: Cluster[]): Cluster[] {
  const seen = new Map<string, number>()
  return clusters.map((cluster) => {
    const count = seen.get(cluster.id) ?? 0
    seen.set(cluster.id, count + 1)
    return count === 0 ? cluster : { ...cluster, id: `${cluster.id}#${count + 1}` }
  })
}

/**
 * Ties components, Karpenter node classes and API usages to their cluster
 * (DESIGN §2): the configuration's `assign` entries, else the nearest cluster
 * declared in the same or an ancestor directory, else the only cluster.
 */
function assign(
  clusters: Cluster[],
  placed: { components: Component[]; nodeGroups: NodeGroup[]; apis: ApiUsage[] },
  rules: readonly Assignment[],
) {
  const owners = new Map<
    string,
    { components: Component[]; nodeGroups: NodeGroup[]; apis: ApiUsage[] }
  >(clusters.map((c) => [c.id, { components: [], nodeGroups: [], apis: [] }]))
  const unassigned = {
    components: [] as Component[],
    nodeGroups: [] as NodeGroup[],
    apis: [] as ApiUsage[],
  }
  const dirOf = (file: string) => (path.dirname(file) === '.' ? '' : path.dirname(file))
  const byDir = new Map<string, Cluster[]>()
  for (const cluster of clusters) {
    const dir = cluster.home ?? dirOf(cluster.source.file)
    byDir.set(dir, [...(byDir.get(dir) ?? []), cluster])
  }
  const matchers = rules.map((rule) => ({
    rule,
    matcher: new Minimatch(rule.paths, { dot: true }),
  }))
  const nearest = (file: string): Cluster | undefined => {
    // The closest directory at or above the file that declares clusters decides.
    for (let dir = dirOf(file); ; dir = dir.includes('/') ? path.dirname(dir) : '') {
      const here = byDir.get(dir)
      if (here) return here.length === 1 ? here[0] : undefined
      if (dir === '') return undefined
    }
  }
  // Many items share a file (every add-on of a values file): decide once per file.
  const decided = new Map<string, Cluster | undefined>()
  const ownerFor = (file: string): Cluster | undefined => {
    if (decided.has(file)) return decided.get(file)
    const rule = matchers.find(({ matcher }) => matcher.match(file))?.rule
    const owner = rule
      ? (clusters.find((c) => c.id === rule.cluster) ??
        clusters.find((c) => c.name === rule.cluster))
      : (nearest(file) ?? (clusters.length === 1 ? clusters[0] : undefined))
    decided.set(file, owner)
    return owner
  }
  const place = <K extends 'components' | 'nodeGroups' | 'apis'>(
    kind: K,
    items: Array<{ at: { file: string } }>,
  ) => {
    for (const item of items) {
      const owner = ownerFor(item.at.file)
      ;((owner ? owners.get(owner.id)! : unassigned)[kind] as unknown[]).push(item)
    }
  }
  place('components', placed.components)
  place('nodeGroups', placed.nodeGroups)
  place('apis', placed.apis)
  return {
    clusters: clusters.map((cluster) => {
      const extra = owners.get(cluster.id)!
      const nodeGroups = extra.nodeGroups.map((group) =>
        group.version.status === 'unspecified' && cluster.version.value
          ? { ...group, version: { ...group.version, value: cluster.version.value } }
          : group,
      )
      return {
        ...cluster,
        components: [...cluster.components, ...extra.components],
        nodeGroups: [...cluster.nodeGroups, ...nodeGroups],
        apis: [...(cluster.apis ?? []), ...extra.apis],
      }
    }),
    unassigned,
  }
}
