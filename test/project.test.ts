import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { INPUT_NAMES } from '../src/action/inputs.js'
import { RULES } from '../src/rules/index.js'
import { REPO_ROOT } from './helpers/fixtures.js'

const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')

describe('every rule is documented', () => {
  it.each(RULES.map((rule) => [rule.meta.id, rule]))(
    '%s has docs/rules/<id>.md and a README row with its severity',
    (id, rule) => {
      const page = path.join(REPO_ROOT, 'docs/rules', `${id}.md`)
      expect(existsSync(page)).toBe(true)
      const text = readFileSync(page, 'utf8')
      for (const heading of [
        '## What it checks',
        '## Why',
        '## How to fix',
        '## How to suppress',
        '## Source',
      ])
        expect(text).toContain(heading)
      expect(text).toContain(`**Default severity:** ${rule.meta.severity}`)
      expect(readme).toContain(`| [\`${id}\`](docs/rules/${id}.md) | ${rule.meta.severity} |`)
      expect(rule.meta.docs.endsWith(`/docs/rules/${id}.md`)).toBe(true)
    },
  )
})

describe('action.yml', () => {
  const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8'))

  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(action.branding).toBeDefined()
  })

  it('declares exactly the inputs the action reads and the outputs it sets, all documented in the README', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort())
    const main = readFileSync(path.join(REPO_ROOT, 'src/main.ts'), 'utf8')
    const set = [...main.matchAll(/setOutput\(\s*'([a-z-]+)'/g)].map((m) => m[1])
    expect(Object.keys(action.outputs).sort()).toEqual([...new Set(set)].sort())
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)])
      expect(readme).toContain(`\`${name}\``)
  })
})

describe('the Terraform reader keeps its two layers apart', () => {
  const hclDir = path.join(REPO_ROOT, 'src/readers/terraform/hcl')
  // The HCL language layer (parse, AST, values, expressions, functions, module
  // instances, Terragrunt) knows nothing of EKS: it may use only itself, Node, the
  // parser, and the generic source types.
  const allowed = [/^node:/, /^web-tree-sitter$/, /^\.\//, /^\.\.\/\.\.\/\.\.\/model\/source\.js$/]
  const generic = /^\.\.\/\.\.\/\.\.\/discover\/source-file\.js$/

  it.each(readdirSync(hclDir).filter((name) => name.endsWith('.ts')))(
    'hcl/%s imports nothing EKS-specific',
    (name) => {
      const text = readFileSync(path.join(hclDir, name), 'utf8')
      const imports = [...text.matchAll(/from '([^']+)'|import\('([^']+)'\)/g)].map(
        (m) => m[1] ?? m[2]!,
      )
      expect(
        imports.filter((spec) => !allowed.some((re) => re.test(spec)) && !generic.test(spec)),
      ).toEqual([])
    },
  )
})
