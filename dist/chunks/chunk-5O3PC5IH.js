import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/readers/terraform/hcl/loader.ts
var loading;
function loadHclParser() {
  loading ??= load();
  return loading;
}
async function load() {
  const [{ Language, Parser }, { loadHclWasm }] = await Promise.all([
    import("./web-tree-sitter-E4QZPCMF.js"),
    import("./hcl-wasm-G5G2CXZ5.js")
  ]);
  const wasm = await loadHclWasm();
  await Parser.init({ wasmBinary: wasm.runtime });
  const parser = new Parser();
  parser.setLanguage(await Language.load(wasm.grammar));
  return parser;
}

export {
  loadHclParser
};
