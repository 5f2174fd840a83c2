import { build } from 'esbuild'
import {
  embeddedWasm,
  jsonAsParse,
  optionalAbsent,
  ruleHelpPages,
  schemaValidators,
  yamlAsEsm,
} from './esbuild-plugins.mjs'
import { writeFileSync, mkdirSync } from 'node:fs'
mkdirSync('/tmp/probe', { recursive: true })
const entries = {
  validators: "export * from '../work/main/src/config/validators.ts'",
  knowledge: "export * from '../work/main/src/knowledge/index.ts'",
  yaml: "export * from 'yaml'",
  rules: "export * from '../work/main/src/rules/index.ts'",
  readers: "export * from '../work/main/src/readers/index.ts'",
  report: "export * from '../work/main/src/report/markdown.ts'",
  minimatch: "export * from 'minimatch'",
  check: "export * from '../work/main/src/check.ts'",
}
for (const [name, code] of Object.entries(entries)) {
  writeFileSync(`/tmp/probe/${name}-entry.ts`, code.replace('../work/main', '/work/main'))
  await build({
    absWorkingDir: '/work/main',
    entryPoints: [`/tmp/probe/${name}-entry.ts`],
    outfile: `/tmp/probe/${name}.mjs`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [
      yamlAsEsm,
      embeddedWasm,
      optionalAbsent,
      schemaValidators,
      ruleHelpPages,
      jsonAsParse,
    ],
    loader: { '.wasm': 'binary' },
    alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
    },
  })
}
