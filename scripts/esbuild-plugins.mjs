// esbuild plugins shared by the build (scripts/build.mjs) and the benchmark's
// baseline bundle (scripts/bench.mjs), so both bundle the parsers the same way.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
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

// The configuration schema's validators, generated here by Ajv's standalone mode:
// compiling the schema at run time costs about 100 ms of every start, generating
// costs nothing then. src/config/validators.ts compiles the same schema file when
// running from sources, so tests and the bundle validate with one schema.
const { Ajv } = require('ajv')
const standaloneCode = require('ajv/dist/standalone').default
const { _ } = require('ajv')
const configSchema = require('../schema/config.schema.json')
const knowledgeSchema = require('../schema/knowledge.schema.json')
export const schemaValidators = {
  name: 'schema-validators',
  setup(build) {
    // src/config/validators.ts, wherever it is imported from; nothing else is replaced.
    build.onResolve({ filter: /\/validators\.js$/ }, (args) =>
      path.resolve(args.resolveDir, args.path) === path.join(root, 'src', 'config', 'validators.js')
        ? { path: 'config-validators', namespace: 'schema-validators' }
        : undefined,
    )
    build.onLoad({ filter: /.*/, namespace: 'schema-validators' }, () => {
      // The date format from src/config/date-format.ts, as the sources use it: the
      // generated code requires that module, not ajv-formats (which pulls in Ajv).
      const ajv = new Ajv({
        code: { source: true, esm: true, formats: _`require("./src/config/date-format.ts")` },
        strict: true,
      })
      ajv.addFormat('date', () => true)
      ajv.addSchema(configSchema)
      ajv.addSchema(knowledgeSchema)
      const code = standaloneCode(ajv, {
        file: configSchema.$id,
        inputs: `${configSchema.$id}#/definitions/inputs`,
        knowledge: knowledgeSchema.$id,
      })
      return {
        resolveDir: root,
        loader: 'js',
        contents: `${code}\nexport function configValidators() { return { file, inputs, knowledge } }\n`,
      }
    })
  },
}

// The rule pages (docs/rules/*.md), embedded for SARIF's rule help: the action runs
// from dist/ alone. One string literal, parsed only when SARIF is written.
export const ruleHelpPages = {
  name: 'rule-help-pages',
  setup(build) {
    build.onResolve({ filter: /\/rule-help\.js$/ }, (args) =>
      path.resolve(args.resolveDir, args.path) === path.join(root, 'src', 'report', 'rule-help.js')
        ? { path: 'rule-help', namespace: 'rule-help-pages' }
        : undefined,
    )
    build.onLoad({ filter: /.*/, namespace: 'rule-help-pages' }, () => {
      const dir = path.join(root, 'docs', 'rules')
      const pages = Object.fromEntries(
        readdirSync(dir)
          .filter((name) => name.endsWith('.md'))
          .sort()
          .map((name) => [name.slice(0, -3), readFileSync(path.join(dir, name), 'utf8')]),
      )
      return {
        loader: 'js',
        watchFiles: Object.keys(pages).map((id) => path.join(dir, `${id}.md`)),
        contents: `let pages\nexport function ruleHelp(id) {\n  pages ??= JSON.parse(${JSON.stringify(JSON.stringify(pages))})\n  return pages[id]\n}\n`,
      }
    })
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
