import type { SourceFile } from '../../discover/source-file.js'
import type { TerraformOptions, TerraformResult } from './index.js'

/** The Terraform reader with its HCL parser, loaded together. */
export interface TerraformReader {
  readonly read: (files: readonly SourceFile[], options: TerraformOptions) => TerraformResult
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
  const [{ readTerraform }, { loadHclParser }] = await Promise.all([
    import('./index.js'),
    import('./hcl/loader.js'),
  ])
  const parser = await loadHclParser()
  return { read: (files, options) => readTerraform(files, parser, options) }
}
