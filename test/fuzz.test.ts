import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG } from '../src/config/gate-config.js'
import type { SourceFile } from '../src/discover/source-file.js'
import { collectWorkspaceFiles } from '../src/discover/workspace.js'
import { runEngine } from '../src/engine.js'
import { embeddedKnowledge } from '../src/knowledge/index.js'
import { loadTerraformReader } from '../src/readers/terraform/load.js'
import { FIXTURES, REPO_ROOT } from './helpers/fixtures.js'
import { random } from './helpers/random.js'

// Seeded and bounded in time: `FUZZ_SEED=123 FUZZ_MS=60000 npx vitest run test/fuzz.test.ts`
// explores further; a failure names the seed and iteration that reproduce it.
const SEED = Number(process.env.FUZZ_SEED ?? 20261121)
const BUDGET_MS = Number(process.env.FUZZ_MS ?? 6000)

// What breaks parsers and evaluators: structure, anchors, templates, interpolation,
// odd characters and versions that are not versions.
const TOKENS = [
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  ':',
  ': ',
  '- ',
  '&x ',
  '*x',
  '<<: *x\n',
  '${',
  '}}',
  '{{ ',
  '\n',
  '\t',
  '  ',
  '#',
  '\\',
  '= ',
  'var.',
  'local.',
  'module.',
  '\r',
  'é',
  '\uFFFD',
  '\u0000',
  '---\n',
  '...',
  ',',
  '(',
  ')',
  '?',
  '|',
  '>',
  '!!binary ',
  '%YAML 1.1\n',
  '1.',
  '.0',
]
const VERSIONS = [
  '1.0',
  '1.23',
  '1.29',
  '1.33',
  '1.36',
  '1.40',
  '99.99',
  '01.030',
  '1.',
  'v1.2.3',
  '',
]

function mutate(text: string, next: () => number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!
  const at = Math.floor(next() * (text.length + 1))
  const lines = text.split('\n')
  const line = Math.floor(next() * lines.length)
  switch (Math.floor(next() * 6)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 20))
    case 1:
      return text.slice(0, at) + pick(TOKENS) + text.slice(at)
    case 2:
      lines.splice(line, 0, lines[line]!)
      return lines.join('\n')
    case 3: {
      const other = Math.floor(next() * lines.length)
      ;[lines[line], lines[other]] = [lines[other]!, lines[line]!]
      return lines.join('\n')
    }
    case 4:
      return text.slice(0, at)
    default:
      return text.replace(/\d+\.\d+/, pick(VERSIONS))
  }
}

describe('fuzzing the engine with mutated fixtures', () => {
  it('never throws, and every finding points at a line that exists in a file that was read (or, for a removed cluster, at none)', async () => {
    const terraform = await loadTerraformReader()
    const { files: original } = collectWorkspaceFiles(FIXTURES, { include: [], exclude: [] })
    expect(original.length).toBeGreaterThan(50)
    const next = random(SEED)
    const started = Date.now()
    let iterations = 0
    let findings = 0
    while (Date.now() - started < BUDGET_MS) {
      iterations++
      const chosen = new Set(
        Array.from({ length: 1 + Math.floor(next() * 6) }, () =>
          Math.floor(next() * original.length),
        ),
      )
      const head: SourceFile[] = original.map((file, index) => {
        if (!chosen.has(index)) return file
        let text = file.text
        for (let n = 1 + Math.floor(next() * 4); n > 0; n--) text = mutate(text, next)
        return { path: file.path, text }
      })
      const where = `seed ${SEED}, iteration ${iterations}, mutated ${[...chosen].map((i) => original[i]!.path).join(', ')}`
      let result
      try {
        result = runEngine({
          head: { files: head, problems: [] },
          base: { files: original, problems: [], description: { ref: 'fuzz' } },
          config: DEFAULT_CONFIG,
          knowledge: embeddedKnowledge,
          today: '2026-11-21',
          terraform,
        })
      } catch (error) {
        throw new Error(`the engine threw (${where}): ${(error as Error).stack}`, { cause: error })
      }
      const lineCounts = new Map(head.map((file) => [file.path, file.text.split('\n').length]))
      for (const finding of result.findings) {
        findings++
        // The Terraform reader's safety net turns a thrown evaluator into a finding;
        // the evaluator itself must never need it.
        expect(finding.message, `the evaluator threw (${where})`).not.toContain('internal error')
        // A cluster the head no longer has has no place in it: no file, never a made-up one.
        if (finding.file === '') {
          expect(finding.ruleId, where).toBe('cluster-removed')
          expect(finding.line).toBe(0)
          continue
        }
        const lines = lineCounts.get(finding.file)
        expect(
          lines,
          `${finding.ruleId} names ${finding.file}, which was not read (${where})`,
        ).toBeDefined()
        expect(
          finding.line,
          `${finding.ruleId} at ${finding.file}:${finding.line} (${where})`,
        ).toBeGreaterThanOrEqual(1)
        expect(
          finding.line,
          `${finding.ruleId} at ${finding.file}:${finding.line} (${where})`,
        ).toBeLessThanOrEqual(lines!)
      }
    }
    // The run did real work: many trees, each with findings to check.
    expect(iterations).toBeGreaterThan(10)
    expect(findings).toBeGreaterThan(iterations)
  }, 60_000)
})

// Expression-level fuzzing: the differential corpus's configurations with the
// constructs that stress an evaluator spliced in.
const EXPRESSION_TOKENS = [
  '1e3',
  '1/3',
  '0.1 + 0.2',
  '[1.5]',
  '[99]',
  '[-1]',
  'format("%.2f", ',
  'format("%d", 1.5)',
  'format("%q", ',
  'regex("(", "x")',
  'regex("(?P<v>\\\\d+)", "12")',
  'regexall("a*", "aaa")',
  'replace("x", "/[/", "")',
  'try(',
  'can(',
  'toset([',
  'tolist(',
  'element([], 0)',
  'element(["a"], 1.5)',
  'lookup({}, "k")',
  'jsondecode("{")',
  'local.cluster_version',
  'var.minor',
  '${',
  '%{ if true }x%{ endif }',
  '<<EOT\nx\nEOT\n',
  '"\\u00zz"',
  'for v in',
  '...',
  'null',
  '-',
  '!',
  '? :',
]

describe('fuzzing the Terraform evaluator with mutated expressions', () => {
  it('never throws and never needs the safety net, whatever the expression', async () => {
    const terraform = await loadTerraformReader()
    const golden = JSON.parse(
      readFileSync(path.join(REPO_ROOT, 'test/terraform-oracle/golden.json'), 'utf8'),
    ) as { cases: Array<{ files: Record<string, string> }> }
    const next = random(SEED + 1)
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!
    const started = Date.now()
    let iterations = 0
    while (Date.now() - started < BUDGET_MS) {
      iterations++
      const item = pick(golden.cases)
      const files = Object.entries(item.files).map(([file, text]) => {
        let mutated = text
        for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
          const at = Math.floor(next() * (mutated.length + 1))
          mutated =
            next() < 0.7
              ? mutated.slice(0, at) + pick(EXPRESSION_TOKENS) + mutated.slice(at)
              : mutate(mutated, next)
        }
        return { path: `case/${file}`, text: mutated }
      })
      files.push({
        path: 'case/eks.tf',
        text: 'resource "aws_eks_cluster" "this" {\n  name    = "c"\n  version = local.cluster_version\n}\n',
      })
      const where = `seed ${SEED + 1}, iteration ${iterations}: ${JSON.stringify(files[0]!.text)}`
      let problems
      try {
        problems = terraform.read(files, { varFiles: [] }).problems
      } catch (error) {
        throw new Error(`the Terraform reader threw (${where}): ${(error as Error).stack}`, {
          cause: error,
        })
      }
      for (const problem of problems)
        expect(problem.message, `the evaluator threw (${where})`).not.toContain('internal error')
    }
    expect(iterations).toBeGreaterThan(100)
  }, 60_000)
})
