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
import { chmodSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { builtinModules, createRequire } from 'node:module'
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

// The HCL parser's runtime and grammar are embedded in the bundle (esbuild's binary
// loader) instead of sitting beside it: a file beside the bundle has to be found
// from whichever chunk the loader lands in, and a runner or npm user who copies
// dist/ differently would lose it. src/readers/terraform/hcl-wasm.ts reads them
// from node_modules when running from sources; the bundle gets this instead.
const require = createRequire(import.meta.url)
const embeddedWasm = {
  name: 'embedded-wasm',
  setup(build) {
    build.onResolve({ filter: /\/hcl-wasm\.js$/ }, () => ({
      path: 'hcl-wasm',
      namespace: 'embedded-wasm',
    }))
    build.onLoad({ filter: /.*/, namespace: 'embedded-wasm' }, () => ({
      resolveDir: root,
      loader: 'js',
      contents: [
        `import runtime from ${JSON.stringify(require.resolve('web-tree-sitter/web-tree-sitter.wasm'))}`,
        `import grammar from ${JSON.stringify(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'))}`,
        'export async function loadHclWasm() { return { runtime, grammar } }',
      ].join('\n'),
    }))
  },
}

// Optional native add-ons that dependencies of the Kubernetes client try to require
// inside try/catch and do without: ws (bufferutil, utf-8-validate) and node-fetch
// (encoding). Left external they would be imports of packages dist/ does not ship;
// bundled as a module that throws like a missing one, the fallbacks run as they do
// for every user who never installed them.
const optionalAbsent = {
  name: 'optional-absent',
  setup(build) {
    build.onResolve({ filter: /^(bufferutil|utf-8-validate|encoding)$/ }, (args) => ({
      path: args.path,
      namespace: 'optional-absent',
    }))
    build.onLoad({ filter: /.*/, namespace: 'optional-absent' }, (args) => ({
      loader: 'js',
      contents: `throw Object.assign(new Error("Cannot find module '${args.path}'"), { code: 'MODULE_NOT_FOUND' })`,
    }))
  },
}

// The configuration schema's validators, generated here by Ajv's standalone mode:
// compiling the schema at run time costs about 100 ms of every start, generating
// costs nothing then. src/config/validators.ts compiles the same schema file when
// running from sources, so tests and the bundle validate with one schema.
const { Ajv } = require('ajv')
const standaloneCode = require('ajv/dist/standalone').default
const addFormats = require('ajv-formats').default
const configSchema = require('../schema/config.schema.json')
const schemaValidators = {
  name: 'schema-validators',
  setup(build) {
    build.onResolve({ filter: /\/config\/validators\.js$/ }, () => ({
      path: 'config-validators',
      namespace: 'schema-validators',
    }))
    build.onLoad({ filter: /.*/, namespace: 'schema-validators' }, () => {
      const ajv = new Ajv({ code: { source: true, esm: true }, strict: true })
      addFormats(ajv, ['date'])
      ajv.addSchema(configSchema)
      const code = standaloneCode(ajv, {
        file: configSchema.$id,
        inputs: `${configSchema.$id}#/definitions/inputs`,
      })
      return {
        resolveDir: root,
        loader: 'js',
        contents: `${code}\nexport function configValidators() { return { file, inputs } }\n`,
      }
    })
  },
}

rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

const result = await build({
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
  plugins: [yamlAsEsm, embeddedWasm, optionalAbsent, schemaValidators],
  loader: { '.wasm': 'binary' },
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
if (strays.length > 0) {
  console.error(`dist/ would need files it does not hold:\n  ${strays.join('\n  ')}`)
  process.exit(1)
}
// `npx eks-upgrade-gate` runs dist/cli.js directly.
chmodSync(path.join(out, 'cli.js'), 0o755)
// ESM output: the bundle needs a package.json that says so when installed without ours.
writeFileSync(path.join(out, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n')
console.log(`built ${readdirSync(out).sort().join(', ')} in ${path.relative(root, out) || '.'}`)
