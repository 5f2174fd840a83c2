#!/usr/bin/env node
// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild so
// they run with no node_modules, exactly as a runner or `npx` would run them.
//
//   node scripts/build.mjs [--out DIR]     (default: dist)
//
// Why esbuild and not @vercel/ncc: ncc (webpack) cannot bundle web-tree-sitter
// from this ESM/NodeNext project. Its ESM build fails in an ncc bundle at run
// time ("createRequire is not a function": webpack wraps the `await
// import('module')` namespace), and a `createRequire(import.meta.url)(...)` of
// its CommonJS build is left external, so the bundle needed node_modules.
// esbuild bundles the ESM build as is. See docs/design.md.
//
// The test suite builds into a temp dir and compares with the committed dist/,
// so this script must be deterministic: no timestamps, no absolute paths.
import { build } from 'esbuild'
import { chmodSync, readFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  builtinsByExport,
  coreSideEffectFree,
  embeddedWasm,
  jsonAsParse,
  LAZY_FILES,
  lazyCommonJs,
  optionalAbsent,
  ruleHelpJson,
  ruleHelpPages,
  schemaValidators,
  yamlAsEsm,
} from './esbuild-plugins.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outIndex = process.argv.indexOf('--out')
const out = path.resolve(outIndex > 0 ? process.argv[outIndex + 1] : path.join(root, 'dist'))

rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

const result = await build({
  absWorkingDir: root,
  // parse-worker: the Terraform parse pool's thread (src/readers/terraform/parse-pool.ts).
  entryPoints: {
    index: 'src/index.ts',
    cli: 'src/cli.ts',
    'parse-worker': 'src/readers/terraform/parse-worker.ts',
  },
  outdir: out,
  bundle: true,
  // The live-cluster reader (and @kubernetes/client-node, 5 MB) is a chunk loaded only
  // when a kubeconfig is given, so ordinary runs start fast.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // ASCII output (non-ASCII as escapes) decodes faster at every start.
  charset: 'ascii',
  legalComments: 'none',
  logLevel: 'warning',
  // lazyCommonJs first: it takes the configuration validators' import before
  // schemaValidators would.
  plugins: [
    coreSideEffectFree,
    lazyCommonJs,
    yamlAsEsm,
    embeddedWasm,
    optionalAbsent,
    schemaValidators,
    ruleHelpPages,
    jsonAsParse,
    builtinsByExport,
  ],
  loader: { '.wasm': 'binary' },
  // jsonc-parser's "main" is a UMD build whose require('./impl/…') calls esbuild
  // cannot follow (they stayed in the bundle and crashed outside this checkout).
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  metafile: true,
  // CommonJS dependencies (parts of @actions/*) call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
})

// dist/ must run with nothing beside it: every import left in the output has to be
// a Node built-in or another file of dist/. A package left external (an optional
// require esbuild could not resolve, say) would work in this checkout, where
// node_modules exists, and crash for every user.
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))
const strays = Object.entries(result.metafile.outputs).flatMap(([file, output]) =>
  output.imports
    .filter((entry) => entry.external && !builtins.has(entry.path))
    .map((entry) => `${path.relative(out, path.resolve(root, file))} imports "${entry.path}"`),
)
// A relative require() esbuild could not follow (a UMD wrapper's) stays in the output
// as a call by name and shows in no metafile import; it fails outside this checkout.
for (const file of Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'))) {
  const text = readFileSync(path.resolve(root, file), 'utf8')
  for (const [, name] of text.matchAll(/\brequire\d*\(\s*["'](\.\.?\/[^"']+)["']\s*\)/g))
    strays.push(`${path.relative(out, path.resolve(root, file))} requires "${name}" at run time`)
}
if (strays.length > 0) {
  console.error(`dist/ would need files it does not hold:\n  ${strays.join('\n  ')}`)
  process.exit(1)
}
// `npx eks-upgrade-gate` runs dist/cli.js directly.
chmodSync(path.join(out, 'cli.js'), 0o755)
// What lazyCommonJs's stand-ins require on first use, each a CommonJS file of its own.
for (const { file, ...entry } of LAZY_FILES)
  await build({
    ...entry,
    absWorkingDir: root,
    outfile: path.join(out, file),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    charset: 'ascii',
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [schemaValidators],
  })
// SARIF's rule help, read only when SARIF is written (see ruleHelpPages).
writeFileSync(path.join(out, 'rule-help.json'), ruleHelpJson() + '\n')
// ESM output: the bundle needs a package.json that says so when installed without ours.
writeFileSync(path.join(out, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n')
console.log(`built ${readdirSync(out).sort().join(', ')} in ${path.relative(root, out) || '.'}`)
