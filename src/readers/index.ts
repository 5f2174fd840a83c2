import type { SourceFile } from '../discover/source-file.js'
import type { Cluster, Inventory, ReadProblem } from '../model/inventory.js'
import { mayBeEksctl, readEksctl, type ReaderResult } from './eksctl/cluster-config.js'
import type { HclParser } from './terraform/hcl.js'
import { isTerraformFile, readTerraform } from './terraform/index.js'

export interface ReadOptions {
  /** Needed only when the tree has Terraform files (loading it costs a wasm start-up). */
  readonly hcl?: HclParser
  readonly varFiles: readonly string[]
}

interface Reader {
  /** Cheap test on path and text, so unrelated files are never parsed. */
  readonly accepts: (file: SourceFile) => boolean
  readonly read: (file: SourceFile) => ReaderResult
}

const READERS: readonly Reader[] = [{ accepts: mayBeEksctl, read: readEksctl }]

/** Turns the files of one tree (head or base) into an inventory. Pure. */
export function readInventory(
  files: readonly SourceFile[],
  problems: readonly ReadProblem[],
  options: ReadOptions,
): Inventory {
  const clusters: Cluster[] = []
  const allProblems: ReadProblem[] = [...problems]
  const terraform = files.filter(isTerraformFile)
  if (terraform.length > 0) {
    if (!options.hcl) throw new Error('Terraform files were found but no HCL parser was loaded')
    const result = readTerraform(terraform, options.hcl, { varFiles: options.varFiles })
    clusters.push(...result.clusters)
    allProblems.push(...result.problems)
  }
  for (const file of files) {
    for (const reader of READERS) {
      if (!reader.accepts(file)) continue
      try {
        const result = reader.read(file)
        clusters.push(...result.clusters)
        allProblems.push(...result.problems)
      } catch (error) {
        // A reader bug must cost one file, never the whole gate.
        allProblems.push({
          at: { file: file.path, line: 1, column: 1 },
          message: `Could not read ${file.path}: ${error instanceof Error ? error.message : String(error)}`,
        })
      }
    }
  }
  return { clusters: dedupeIds(clusters), problems: allProblems, filesScanned: files.length }
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
