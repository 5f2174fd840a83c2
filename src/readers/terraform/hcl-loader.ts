import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type * as TreeSitter from 'web-tree-sitter'
import type { HclParser } from './hcl.js'

// The CommonJS build, loaded through createRequire: ncc bundles it, while its
// ESM build breaks in the bundle ("createRequire is not a function").
const require = createRequire(import.meta.url)

const GRAMMAR = 'tree-sitter-terraform.wasm'

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
  const { Parser, Language } = require('web-tree-sitter') as typeof TreeSitter
  const here = path.dirname(fileURLToPath(import.meta.url))
  const bundled = existsSync(path.join(here, GRAMMAR))
  const runtimeDir = bundled ? here : path.dirname(require.resolve('web-tree-sitter'))
  const grammar = bundled
    ? path.join(here, GRAMMAR)
    : require.resolve(`@tree-sitter-grammars/tree-sitter-hcl/${GRAMMAR}`)
  await Parser.init({ locateFile: (name: string) => path.join(runtimeDir, name) })
  const language = await Language.load(grammar)
  const parser = new Parser()
  parser.setLanguage(language)
  return parser
}
