import path from 'node:path/posix'
import { minimatch } from 'minimatch'
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
import type { HclParser } from './terraform/hcl.js'
import { isTerraformFile, readTerraform } from './terraform/index.js'
import type { ReaderResult } from './types.js'

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
}

interface Reader {
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
    { accepts: mayBeEksctl, read: readEksctl },
    { accepts: mayBeCloudFormation, read: readCloudFormation },
    { accepts: isChartFile, read: readChart },
    { accepts: isValuesFile, read: (file) => readValues(file, (dir) => charts.get(dir)) },
    { accepts: mayBeManifest, read: readManifests },
  ]
  const clusters: Cluster[] = []
  const allProblems: ReadProblem[] = [...problems]
  const placed = {
    components: [] as Component[],
    nodeGroups: [] as NodeGroup[],
    apis: [] as ApiUsage[],
  }
  const terraform = files.filter(isTerraformFile)
  if (terraform.length > 0) {
    if (!options.hcl) throw new Error('Terraform files were found but no HCL parser was loaded')
    const result = readTerraform(terraform, options.hcl, { varFiles: options.varFiles })
    clusters.push(...result.clusters)
    allProblems.push(...result.problems)
    placed.components.push(...result.components)
  }
  for (const file of files) {
    const reader = readers.find((candidate) => candidate.accepts(file))
    if (!reader) continue
    try {
      const result = reader.read(file)
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
  const ownerFor = (file: string): Cluster | undefined => {
    const rule = rules.find((entry) => minimatch(file, entry.paths, { dot: true }))
    if (rule)
      return (
        clusters.find((c) => c.id === rule.cluster) ?? clusters.find((c) => c.name === rule.cluster)
      )
    const dir = dirOf(file)
    const candidates = clusters
      .map((cluster) => ({ cluster, dir: dirOf(cluster.source.file) }))
      .filter(
        ({ dir: clusterDir }) =>
          clusterDir === '' || dir === clusterDir || dir.startsWith(`${clusterDir}/`),
      )
    const longest = Math.max(-1, ...candidates.map((c) => c.dir.length))
    const nearest = candidates.filter((c) => c.dir.length === longest)
    if (nearest.length === 1) return nearest[0]!.cluster
    return clusters.length === 1 ? clusters[0] : undefined
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
