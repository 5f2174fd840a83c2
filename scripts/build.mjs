#!/usr/bin/env node
// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc so
// they run with no node_modules, exactly as a runner or `npx` would run them.
//
//   node scripts/build.mjs [--out DIR]     (default: dist)
//
// The test suite builds into a temp dir and compares with the committed dist/,
// so this script must be deterministic: no timestamps, no absolute paths.
import ncc from '@vercel/ncc'
import { copyFileSync, mkdirSync, rmSync, writeFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outIndex = process.argv.indexOf('--out')
const out = path.resolve(outIndex > 0 ? process.argv[outIndex + 1] : path.join(root, 'dist'))

const entries = [
  { source: 'src/index.ts', target: 'index.js' },
  { source: 'src/cli.ts', target: 'cli.js', banner: '#!/usr/bin/env node\n' },
]

rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

for (const entry of entries) {
  const { code, assets } = await ncc(path.join(root, entry.source), {
    minify: false,
    sourceMap: false,
    license: '',
    quiet: true,
    target: 'es2022',
  })
  const body = code.startsWith('#!') ? code.slice(code.indexOf('\n') + 1) : code
  writeFileSync(path.join(out, entry.target), (entry.banner ?? '') + body, { mode: 0o755 })
  for (const [name, asset] of Object.entries(assets ?? {})) {
    if (name === 'package.json') continue
    const file = path.join(out, name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, asset.source)
  }
}
// The HCL parser's wasm runtime and grammar are loaded from beside the bundle.
const require = createRequire(import.meta.url)
const wasm = [
  require.resolve('web-tree-sitter/web-tree-sitter.wasm'),
  require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'),
]
for (const file of wasm) copyFileSync(file, path.join(out, path.basename(file)))
// ESM output: the bundle needs a package.json that says so when installed without ours.
writeFileSync(path.join(out, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n')
console.log(`built ${readdirSync(out).sort().join(', ')} in ${path.relative(root, out) || '.'}`)
