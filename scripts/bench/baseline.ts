// The benchmark's baseline: read the relevant files of the head tree from disk and
// parse them (HCL through tree-sitter into the project's AST, YAML through `yaml`),
// nothing else. A full check is judged against this: the rest of the gate (walking,
// reading the base from git, evaluating, rules, report) should cost little on top.
//
//   node baseline.mjs REPO LIST_FILE     (LIST_FILE: one relative path per line)
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { loadHclParser } from '../../src/readers/terraform/hcl/loader.js'
import { parseHcl } from '../../src/readers/terraform/hcl/parse.js'
import { parseYaml } from '../../src/readers/yaml.js'

const [repo, list] = process.argv.slice(2)
if (!repo || !list) throw new Error('usage: baseline REPO LIST_FILE')
const files = readFileSync(list, 'utf8').split('\n').filter(Boolean)
const parser = await loadHclParser()
let parsed = 0
for (const file of files) {
  const text = readFileSync(path.join(repo, file), 'utf8')
  if (/\.(tf|tfvars|hcl)$/.test(file)) parseHcl(parser, { path: file, text })
  else parseYaml({ path: file, text })
  parsed++
}
process.stdout.write(`${parsed}\n`)
