// esbuild plugins shared by the build (scripts/build.mjs) and the benchmark's
// baseline bundle (scripts/bench.mjs), so both bundle the parsers the same way.
import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules, createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

// `yaml` resolves to its CommonJS build under Node; its ESM build (the "default"
// export condition, same code) lets esbuild drop what the gate never calls and skips
// the CommonJS wrappers at start-up: about 10 ms less cold start.
export const yamlAsEsm = {
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
export const embeddedWasm = {
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

// Node's built-ins, read export by export. An import of a built-in builds its ES
// module facade, which reads every export once, and some exports load more when
// read: node:fs loads the streams and fs/promises, node:util loads TextDecoder and
// the console's colours. That cost 6 ms of every start (node 24 with the compile
// cache: a fifth of the gate's own start-up). esbuild's CommonJS interop reads
// every property descriptor, which loads them too. So each built-in becomes a module
// that reads, when it is evaluated, only the exports the bundle uses (the rest are
// pure and dropped). Loading a built-in changes nothing else, so a facade none of
// whose exports is used is dropped whole: @actions/core's file-command imports
// node:crypto (5 ms to load on node 24) for setOutput, which the gate does not call.
const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/
export const builtinsByExport = {
  name: 'builtins-by-export',
  setup(build) {
    // A require() call (CommonJS dependencies) already reads only what it uses.
    build.onResolve({ filter: /^[a-z:_/]+$/ }, (args) =>
      BUILTINS.has(args.path) && args.namespace !== 'builtin' && args.kind === 'import-statement'
        ? // One module per importer, so each keeps only the exports its importer reads
          // and is evaluated with it (the AWS client's fs.ReadStream only with AWS).
          {
            path: args.path,
            namespace: 'builtin',
            pluginData: args.importer,
            suffix: `?${path.relative(root, args.importer)}`,
            sideEffects: false,
          }
        : undefined,
    )
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => {
      const names = Object.keys(require(args.path)).filter(
        (name) => IDENTIFIER.test(name) && name !== 'default',
      )
      return {
        loader: 'js',
        contents: [
          `const m = require(${JSON.stringify(args.path)})`,
          'export default m',
          ...names.map((name) => `export const ${name} = /* @__PURE__ */ (() => m.${name})()`),
        ].join('\n'),
      }
    })
  },
}

// Optional native add-ons that dependencies of the Kubernetes client try to require
// inside try/catch and do without: ws (bufferutil, utf-8-validate) and node-fetch
// (encoding). Left external they would be imports of packages dist/ does not ship;
// bundled as a module that throws like a missing one, the fallbacks run as they do
// for every user who never installed them.
export const optionalAbsent = {
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

// @actions/core's index imports two modules for features the gate never calls:
// oidc-utils (getIDToken) brings @actions/http-client and undici, 800 KB of bundle,
// and platform (core.platform) brings @actions/exec with child_process, net and
// assert. Both have no side effects of their own, but esbuild cannot know that and
// kept them (with the GitHub client, now loaded only to post, 40 ms of every action
// run before it read a file). Said so here, they are dropped when unused, and bundled
// as before if the gate ever calls them.
const CORE_UNUSED = /^\.\/(oidc-utils|platform)\.js$/
export const coreSideEffectFree = {
  name: 'core-side-effect-free',
  setup(build) {
    build.onResolve({ filter: CORE_UNUSED }, (args) =>
      /[\\/]node_modules[\\/]@actions[\\/]core[\\/]/.test(args.importer)
        ? { path: path.join(args.resolveDir, args.path), sideEffects: false }
        : undefined,
    )
  },
}

// The configuration schema's validators, generated here by Ajv's standalone mode:
// compiling the schema at run time costs about 100 ms of every start, generating
// costs nothing then. src/config/validators.ts compiles the same schema file when
// running from sources, so tests and the bundle validate with one schema.
const { Ajv } = require('ajv')
const standaloneCode = require('ajv/dist/standalone').default
const { _ } = require('ajv')
const configSchema = require('../schema/config.schema.json')
const knowledgeSchema = require('../schema/knowledge.schema.json')
// The modules replaced, by source path, with what each exports. The knowledge
// file's check is a module of its own, so runs without knowledge files never load it.
const VALIDATORS = {
  'src/config/validators.js': {
    schema: configSchema,
    exports: {
      file: configSchema.$id,
      inputs: `${configSchema.$id}#/definitions/inputs`,
    },
    wrapper: 'export function configValidators() { return { file, inputs } }',
  },
  'src/knowledge/validator.js': {
    schema: knowledgeSchema,
    exports: { knowledge: knowledgeSchema.$id },
    wrapper: 'export function knowledgeValidator() { return knowledge }',
  },
}
export const schemaValidators = {
  name: 'schema-validators',
  setup(build) {
    // Exactly these modules, wherever they are imported from; nothing else is replaced.
    build.onResolve({ filter: /\/validators?\.js$/ }, (args) => {
      const source = path.relative(root, path.resolve(args.resolveDir, args.path))
      return Object.hasOwn(VALIDATORS, source)
        ? { path: source, namespace: 'schema-validators' }
        : undefined
    })
    build.onLoad({ filter: /.*/, namespace: 'schema-validators' }, (args) => {
      const { schema, exports, wrapper } = VALIDATORS[args.path]
      // The date format from src/config/date-format.ts, as the sources use it: the
      // generated code requires that module, not ajv-formats (which pulls in Ajv).
      const ajv = new Ajv({
        code: { source: true, esm: true, formats: _`require("./src/config/date-format.ts")` },
        strict: true,
      })
      ajv.addFormat('date', () => true)
      ajv.addSchema(schema)
      return {
        resolveDir: root,
        loader: 'js',
        contents: `${standaloneCode(ajv, exports)}\n${wrapper}\n`,
      }
    })
  },
}

// A file of dist/ as the generated code names it, relative to the module it lands in:
// a chunk in dist/chunks/, or an entry in dist/ itself. Told apart by the module's own
// directory, not by "/chunks/" anywhere in a path the user installed it under.
const besideBundle = (file) =>
  `(/\\/chunks\\/[^/]+$/.test(import.meta.url) ? '../${file}' : './${file}')`

// Modules used through synchronous APIs that most runs never call: minimatch (only
// for path patterns in the configuration) and the configuration's validators (only
// for settings given). Each is a CommonJS file of its own in dist/ (LAZY_FILES, built
// by scripts/build.mjs), required on first use by a stand-in with the same exports;
// compiling them at every start cost about 4 ms on Node 20, which has no compile cache.
const lazyRequire = (file) => [
  "import { createRequire } from 'node:module'",
  'let loaded',
  `const load = () => (loaded ??= createRequire(import.meta.url)(${besideBundle(file)}))`,
]
const LAZY = {
  minimatch: [
    ...lazyRequire('minimatch.cjs'),
    // A constructor that returns another object gives that object to `new`.
    'export class Minimatch { constructor(pattern, options) { return new (load().Minimatch)(pattern, options) } }',
    'export function minimatch(...args) { return load().minimatch(...args) }',
  ],
  validators: [
    ...lazyRequire('validators.cjs'),
    'export function configValidators() { return load().configValidators() }',
  ],
}
export const LAZY_FILES = [
  { file: 'minimatch.cjs', entryPoints: ['minimatch'] },
  {
    file: 'validators.cjs',
    stdin: {
      contents: "export { configValidators } from './src/config/validators.js'",
      resolveDir: root,
    },
  },
]
export const lazyCommonJs = {
  name: 'lazy-commonjs',
  setup(build) {
    build.onResolve({ filter: /^minimatch$/ }, () => ({ path: 'minimatch', namespace: 'lazy' }))
    build.onResolve({ filter: /\/validators\.js$/ }, (args) =>
      path.resolve(args.resolveDir, args.path) === path.join(root, 'src', 'config', 'validators.js')
        ? { path: 'validators', namespace: 'lazy' }
        : undefined,
    )
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
      loader: 'js',
      contents: LAZY[args.path].join('\n'),
    }))
  },
}

// The rule pages (docs/rules/*.md) for SARIF's rule help, as dist/rule-help.json
// (ruleHelpJson, written by scripts/build.mjs): the action runs from dist/ alone, and
// 64 KB of pages in the bundle cost every start something; the file is read only
// when SARIF is written.
function rulePages() {
  const dir = path.join(root, 'docs', 'rules')
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => [name.slice(0, -3), readFileSync(path.join(dir, name), 'utf8')]),
  )
}

export const ruleHelpJson = () => JSON.stringify(rulePages())

export const ruleHelpPages = {
  name: 'rule-help-pages',
  setup(build) {
    build.onResolve({ filter: /\/rule-help\.js$/ }, (args) =>
      path.resolve(args.resolveDir, args.path) === path.join(root, 'src', 'report', 'rule-help.js')
        ? { path: 'rule-help', namespace: 'rule-help-pages' }
        : undefined,
    )
    build.onLoad({ filter: /.*/, namespace: 'rule-help-pages' }, () => ({
      loader: 'js',
      resolveDir: root,
      contents: [
        "import { readFileSync } from 'node:fs'",
        'let pages',
        'export function ruleHelp(id) {',
        `  const file = new URL(${besideBundle('rule-help.json')}, import.meta.url)`,
        "  pages ??= JSON.parse(readFileSync(file, 'utf8'))",
        '  return pages[id]',
        '}',
      ].join('\n'),
    }))
  },
}

// Large JSON modules (the EKS data, the schemas) as JSON.parse of one string: V8 parses
// JSON text several times faster than the same object literal, which is what esbuild
// emits for a JSON import, and this runs on every start.
export const jsonAsParse = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8')
      if (text.length < 8_192) return undefined
      return {
        loader: 'js',
        contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))})\n`,
      }
    })
  },
}
