import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { INPUT_NAMES } from '../src/action/inputs.js'
import { RULES } from '../src/rules/index.js'
import { REPO_ROOT } from './helpers/fixtures.js'

const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')

describe('rules, their pages and their tests, one to one', () => {
  const ids = RULES.map((rule) => rule.meta.id)
  const namesIn = (dir: string, suffix: string) =>
    readdirSync(path.join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith(suffix) && !name.includes('helpers'))
      .map((name) => name.slice(0, -suffix.length))
      .sort()

  it.each(RULES.map((rule) => [rule.meta.id, rule]))(
    '%s lives in src/rules/<family>/<id>.ts, with its page and its RuleTester test',
    (id, rule) => {
      const { family } = rule.meta
      const source = readFileSync(path.join(REPO_ROOT, 'src/rules', family, `${id}.ts`), 'utf8')
      expect(source).toContain(`id: '${id}'`)
      const test = readFileSync(path.join(REPO_ROOT, 'test/rules', family, `${id}.test.ts`), 'utf8')
      expect(test).toMatch(/testRule\(rule, \{/)
      const page = readFileSync(path.join(REPO_ROOT, 'docs/rules', `${id}.md`), 'utf8')
      for (const heading of [
        '## What it checks',
        '## Why',
        '## How to fix',
        '## How to suppress',
        '## Source',
      ])
        expect(page).toContain(heading)
      expect(page).toContain(`**Default severity:** ${rule.meta.severity}`)
      expect(rule.meta.docs.endsWith(`/docs/rules/${id}.md`)).toBe(true)
    },
  )

  it('no rule file, page or rule test without its rule', () => {
    const expected = [...ids].sort()
    expect(namesIn('docs/rules', '.md')).toEqual(expected)
    expect(
      namesIn('src/rules', '.ts')
        .filter((name) => name.includes('/'))
        .map((name) => name.split('/')[1])
        .sort(),
    ).toEqual(expected)
    expect(
      namesIn('test/rules', '.test.ts')
        .filter((name) => name.includes('/'))
        .map((name) => name.split('/')[1])
        .sort(),
    ).toEqual(expected)
  })

  it("the README's rule table is generated from the rules' meta", () => {
    const check = spawnSync(process.execPath, ['scripts/readme-rules.mjs', '--check'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    })
    expect(check.stderr).toBe('')
    expect(check.status).toBe(0)
    for (const rule of RULES)
      expect(readme).toContain(
        `| [\`${rule.meta.id}\`](docs/rules/${rule.meta.id}.md) | ${rule.meta.severity} | ${rule.meta.title} |`,
      )
  })
})

describe('action.yml', () => {
  const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8'))

  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(action.branding).toBeDefined()
  })

  it('declares exactly the inputs the action reads and the outputs it sets, all documented in the README', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort())
    const edges = [
      'src/main.ts',
      ...readdirSync(path.join(REPO_ROOT, 'src/action')).map((f) => `src/action/${f}`),
    ]
    const text = edges.map((file) => readFileSync(path.join(REPO_ROOT, file), 'utf8')).join('\n')
    const set = [...text.matchAll(/setOutput\(\s*'([a-z-]+)'/g)].map((m) => m[1])
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
  const allowed = [
    /^node:/,
    /^web-tree-sitter$/,
    /^jsonc-parser$/,
    /^\.\//,
    /^\.\.\/\.\.\/\.\.\/model\/source\.js$/,
  ]
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
