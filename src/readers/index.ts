import type { TerraformMove } from '../model/identity.js'
import path from 'node:path/posix'
import { assign, mergeEksctlParts, type Assignment } from './assign.js'
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
import { isKustomization, readKustomization } from './k8s/kustomization.js'
import { isTerraformFile } from './terraform/files.js'
import type { TerraformReader } from './terraform/load.js'
import type { Deploy, ReaderResult } from './types.js'
import type { ReadCache } from './read-cache.js'

export interface ReadOptions {
  /** Needed only when the tree has Terraform files (loadTerraformReader). */
  readonly terraform?: TerraformReader
  readonly varFiles: readonly string[]
  readonly assign?: readonly Assignment[]
  /** Shared by the head and base reads of one run, so unchanged files are parsed once. */
  readonly cache?: ReadCache
  /**
   * The files are part of the tree (the units a change affects): a file no cluster
   * of theirs serves for certain stays unassigned instead of falling to "the only
   * cluster" or every candidate, which depend on clusters that were not read.
   */
  readonly partial?: boolean
}

interface Reader {
  /** Names the reader in the cache key, with whatever else its result depends on. */
  readonly kind: (file: SourceFile) => string
  /** Cheap test on path and text, so unrelated files are never parsed. */
  readonly accepts: (file: SourceFile) => boolean
  readonly read: (file: SourceFile) => ReaderResult
}

/** The readers of one tree's files other than Terraform; the first that accepts a file reads it. */
function fileReaders(files: readonly SourceFile[]): readonly Reader[] {
  const charts = chartNames(files)
  // First match wins: a file is eksctl, CloudFormation, a chart, values or manifests, not several.
  return [
    { kind: () => 'eksctl', accepts: mayBeEksctl, read: readEksctl },
    { kind: () => 'cloudformation', accepts: mayBeCloudFormation, read: readCloudFormation },
    { kind: () => 'chart', accepts: isChartFile, read: readChart },
    {
      // A values file is read in the light of its chart's name.
      kind: (file) => `values ${charts.get(path.dirname(file.path)) ?? ''}`,
      accepts: isValuesFile,
      read: (file) => readValues(file, (dir) => charts.get(dir)),
    },
    { kind: () => 'kustomization', accepts: isKustomization, read: readKustomization },
    { kind: () => 'manifests', accepts: mayBeManifest, read: readManifests },
  ]
}

/**
 * Reads a tree's files other than Terraform into the cache, as readInventory would:
 * done while the parse pool parses the Terraform files, so the main thread does not
 * wait for it. A file whose reader fails is left for readInventory to report.
 */
export function readAhead(files: readonly SourceFile[], cache: ReadCache): void {
  const readers = fileReaders(files)
  for (const file of files) {
    try {
      readWith(readers, file, cache)
    } catch {
      // readInventory reads it again and says why it could not.
    }
  }
}

/** What the first reader that accepts `file` makes of it (through the cache, if any). */
function readWith(readers: readonly Reader[], file: SourceFile, cache?: ReadCache) {
  const reader = readers.find((candidate) => candidate.accepts(file))
  if (!reader) return undefined
  return cache
    ? cache.remember(reader.kind(file), file, () => reader.read(file))
    : reader.read(file)
}

/** Turns the files of one tree (head or base) into an inventory. Pure. */
export function readInventory(
  files: readonly SourceFile[],
  problems: readonly ReadProblem[],
  options: ReadOptions,
): Inventory {
  const readers = fileReaders(files)
  const clusters: Cluster[] = []
  const allProblems: ReadProblem[] = [...problems]
  const placed = {
    components: [] as Component[],
    nodeGroups: [] as NodeGroup[],
    apis: [] as ApiUsage[],
    deploys: [] as Deploy[],
  }
  const terraform = files.filter(isTerraformFile)
  const moved: TerraformMove[] = []
  if (terraform.length > 0) {
    if (!options.terraform)
      throw new Error('Terraform files were found but the Terraform reader was not loaded')
    const result = options.terraform.read(terraform, {
      varFiles: options.varFiles,
      ...(options.cache && { cache: options.cache }),
    })
    clusters.push(...result.clusters)
    moved.push(...result.moved)
    allProblems.push(...result.problems)
    placed.components.push(...result.components)
    placed.nodeGroups.push(...result.nodeGroups)
    placed.apis.push(...result.apis)
  }
  for (const file of files) {
    try {
      const result = readWith(readers, file, options.cache)
      if (!result) continue
      clusters.push(...result.clusters)
      allProblems.push(...result.problems)
      placed.components.push(...(result.components ?? []))
      placed.nodeGroups.push(...(result.nodeGroups ?? []))
      placed.apis.push(...(result.apis ?? []))
      placed.deploys.push(...(result.deploys ?? []))
    } catch (error) {
      // A reader bug must cost one file, never the whole gate.
      allProblems.push({
        at: { file: file.path, line: 1, column: 1 },
        message: `Could not read ${file.path}: ${error instanceof Error ? error.message : String(error)}`,
      })
    }
  }
  const assigned = assign(
    mergeEksctlParts(dedupeIds(clusters)),
    placed,
    options.assign ?? [],
    files,
    options.partial ?? false,
  )
  return {
    clusters: assigned.clusters,
    unassigned: assigned.unassigned,
    problems: allProblems,
    filesScanned: files.length,
    ...(assigned.ambiguous.length > 0 && { ambiguous: assigned.ambiguous }),
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
