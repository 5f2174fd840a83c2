import type { SourceFile } from '../../discover/source-file.js'
import type { ReadCache } from '../read-cache.js'
import type { TerraformOptions, TerraformResult } from './index.js'

/** The Terraform reader with its HCL parser, loaded together. */
export interface TerraformReader {
  readonly read: (files: readonly SourceFile[], options: TerraformOptions) => TerraformResult
  /**
   * Parses the trees' Terraform files ahead, on `threads` threads, into the cache the
   * reads then use: each distinct file once, whichever tree holds it. The main
   * thread does `meanwhile` first when there are threads (parse-pool.ts).
   */
  readonly parseAhead: (
    trees: ReadonlyArray<readonly SourceFile[]>,
    cache: ReadCache,
    /** Undefined: as many as help (parse-pool.ts). */
    threads: number | undefined,
    meanwhile?: () => void,
  ) => Promise<{ readonly files: number; readonly threads: number; readonly failed: number }>
}

let loading: Promise<TerraformReader> | undefined

/**
 * Loads the Terraform reader, the evaluator and tree-sitter once per process. Only
 * a tree with Terraform files asks for it: the reader is a sixth of the bundle, and
 * a run on eksctl files or manifests alone starts without compiling it.
 */
export function loadTerraformReader(): Promise<TerraformReader> {
  loading ??= load()
  return loading
}

async function load(): Promise<TerraformReader> {
  const [{ readTerraform }, { loadHclParser }, { parseInPool }, { isParsedFile, PARSED }] =
    await Promise.all([
      import('./index.js'),
      import('./hcl/loader.js'),
      import('./parse-pool.js'),
      import('./parse-file.js'),
    ])
  const parser = await loadHclParser()
  return {
    read: (files, options) => readTerraform(files, parser, options),
    async parseAhead(trees, cache, threads, meanwhile) {
      // A base file the head holds with the same text is the same parse.
      const seen = new Map<string, string>()
      const distinct = trees.flatMap((files) =>
        files.filter((file) => {
          if (!isParsedFile(file) || seen.get(file.path) === file.text) return false
          seen.set(file.path, file.text)
          return true
        }),
      )
      const pool = await parseInPool(distinct, parser, threads, meanwhile)
      distinct.forEach((file, index) => cache.remember(PARSED, file, () => pool.parsed[index]))
      return { files: distinct.length, threads: pool.threads, failed: pool.failed }
    },
  }
}
