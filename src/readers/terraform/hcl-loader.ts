import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { HclParser } from './hcl.js'

const GRAMMAR = 'tree-sitter-terraform.wasm'
const RUNTIME = 'web-tree-sitter.wasm'

let loading: Promise<HclParser> | undefined

/**
 * Loads tree-sitter and the Terraform grammar once per process. In the bundle
 * the .wasm files sit next to dist/index.js; from sources they come from node_modules.
 */
export function loadHclParser(): Promise<HclParser> {
  loading ??= load()
  return loading
}

async function load(): Promise<HclParser> {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const bundled = existsSync(path.join(here, GRAMMAR))
  const resolve = createRequire(import.meta.url).resolve
  const runtime = bundled ? path.join(here, RUNTIME) : resolve(`web-tree-sitter/${RUNTIME}`)
  const grammar = bundled
    ? path.join(here, GRAMMAR)
    : resolve(`@tree-sitter-grammars/tree-sitter-hcl/${GRAMMAR}`)
  // Imported here, not at the top: runs without Terraform files never load the runtime.
  const { Language, Parser } = await import('web-tree-sitter')
  await Parser.init({ locateFile: () => runtime })
  const parser = new Parser()
  parser.setLanguage(await Language.load(grammar))
  return parser
}
