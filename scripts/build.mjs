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
import { chmodSync, copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outIndex = process.argv.indexOf('--out')
const out = path.resolve(outIndex > 0 ? process.argv[outIndex + 1] : path.join(root, 'dist'))

// `yaml` resolves to its CommonJS build under Node; its ESM build (the "default"
// export condition, same code) lets esbuild drop what the gate never calls and skips
// the CommonJS wrappers at start-up: about 10 ms less cold start.
const yamlAsEsm = {
  name: 'yaml-esm',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({
      path: path.join(root, 'node_modules/yaml/browser/index.js'),
    }))
  },
}

rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: out,
  bundle: true,
  // The live-cluster reader (and @kubernetes/client-node, 5 MB) is a chunk loaded only
  // when a kubeconfig is given, so ordinary runs start fast.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [yamlAsEsm],
  // CommonJS dependencies (parts of @actions/*) call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
})

// The HCL parser's wasm runtime and grammar are loaded from beside the bundle.
const require = createRequire(import.meta.url)
for (const file of [
  require.resolve('web-tree-sitter/web-tree-sitter.wasm'),
  require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'),
]) {
  copyFileSync(file, path.join(out, path.basename(file)))
}
// `npx eks-upgrade-gate` runs dist/cli.js directly.
chmodSync(path.join(out, 'cli.js'), 0o755)
// ESM output: the bundle needs a package.json that says so when installed without ours.
writeFileSync(path.join(out, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n')
console.log(`built ${readdirSync(out).sort().join(', ')} in ${path.relative(root, out) || '.'}`)
