import type { HclParser } from './parse.js'

let loading: Promise<HclParser> | undefined

/** Loads tree-sitter and the Terraform grammar once per process. */
export function loadHclParser(): Promise<HclParser> {
  loading ??= load()
  return loading
}

async function load(): Promise<HclParser> {
  // Imported here, not at the top: runs without Terraform files never load the
  // runtime, nor decode the wasm the bundle embeds.
  const [{ Language, Parser }, { loadHclWasm }] = await Promise.all([
    import('web-tree-sitter'),
    import('./hcl-wasm.js'),
  ])
  const wasm = await loadHclWasm()
  // Handing Emscripten the bytes means it never looks for a file (it would look
  // beside whichever chunk it was bundled into).
  await Parser.init({ wasmBinary: wasm.runtime })
  const parser = new Parser()
  parser.setLanguage(await Language.load(wasm.grammar))
  return parser
}
