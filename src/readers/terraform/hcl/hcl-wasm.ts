import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'

/** The tree-sitter runtime and the Terraform grammar, as WebAssembly bytes. */
export interface HclWasm {
  readonly runtime: Uint8Array
  readonly grammar: Uint8Array
}

/**
 * From sources the two .wasm files come from node_modules. The bundle never runs
 * this: scripts/build.mjs replaces this module with one that embeds both files,
 * so dist/ needs no file beside it and no node_modules, whatever chunk the
 * parser ends up in.
 */
export async function loadHclWasm(): Promise<HclWasm> {
  const resolve = createRequire(import.meta.url).resolve
  const [runtime, grammar] = await Promise.all([
    readFile(resolve('web-tree-sitter/web-tree-sitter.wasm')),
    readFile(resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm')),
  ])
  return { runtime, grammar }
}
