#!/usr/bin/env node
// Rebuilds the add-on compatibility table of src/knowledge/eks-data.json from
// the output of `aws eks describe-addon-versions --output json`:
//
//   aws eks describe-addon-versions --output json > addons.json
//   npm run data:refresh -- addons.json
//
// The parser is the one the gate uses for knowledge files
// (src/knowledge/addon-versions.ts), bundled on the fly so there is one copy.
import { build } from 'esbuild'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const input = process.argv[2]
if (!input) {
  console.error('usage: npm run data:refresh -- describe-addon-versions.json')
  process.exit(2)
}

const bundled = await build({
  entryPoints: [path.join(root, 'src/knowledge/addon-versions.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'error',
})
const { addonCompatibilityFrom, isDescribeAddonVersions } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
)

let data
try {
  data = JSON.parse(readFileSync(input, 'utf8'))
} catch (error) {
  console.error(`${input} is not JSON: ${error.message}`)
  process.exit(2)
}
if (!isDescribeAddonVersions(data)) {
  console.error(
    `${input} is not the output of "aws eks describe-addon-versions --output json" (no addons[].addonName)`,
  )
  process.exit(2)
}

const target = path.join(root, 'src/knowledge/eks-data.json')
const dataset = JSON.parse(readFileSync(target, 'utf8'))
dataset.addonCompatibility = addonCompatibilityFrom(data)
dataset.addonDataDate = new Date().toISOString().slice(0, 10)
writeFileSync(target, JSON.stringify(dataset, null, 2) + '\n')
const addons = Object.keys(dataset.addonCompatibility)
console.log(
  `wrote ${path.relative(process.cwd(), target)}: ${addons.length} add-ons (${addons.slice(0, 6).join(', ')}${addons.length > 6 ? ', …' : ''}); run "npm run build" and commit`,
)
