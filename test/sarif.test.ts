import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../src/cli/run.js'
import type { Report } from '../src/report/report.js'
import { buildSarif } from '../src/report/sarif.js'
import { RULES } from '../src/rules/index.js'
import { FIXTURES, REPO_ROOT } from './helpers/fixtures.js'
import { validateSarif } from './helpers/sarif-schema.js'

const validate = validateSarif

async function report(dir: string): Promise<Report> {
  let stdout = ''
  await runCli(['check', dir, '--format', 'json', '--evaluation-date', '2025-01-15'], {
    cwd: FIXTURES,
    stdout: (t) => (stdout += t),
    stderr: () => {},
    today: '2025-01-15',
  })
  return JSON.parse(stdout) as Report
}

describe('SARIF 2.1.0', () => {
  it('validates against the SARIF 2.1.0 JSON schema, with rule metadata, help links and locations', async () => {
    const input = await report('terraform')
    expect(input.findings.length).toBeGreaterThan(0)
    const sarif = buildSarif(
      input,
      RULES.map((rule) => rule.meta),
    ) as {
      runs: Array<{
        tool: { driver: { rules: Array<{ id: string; helpUri: string }> } }
        results: Array<{
          locations: Array<{
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }
          }>
        }>
      }>
    }
    const valid = validate(sarif)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    const [run] = sarif.runs
    expect(run!.tool.driver.rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.meta.id))
    expect(
      run!.tool.driver.rules.every((rule) => rule.helpUri.endsWith(`docs/rules/${rule.id}.md`)),
    ).toBe(true)
    expect(run!.results).toHaveLength(input.findings.length)
    expect(run!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      input.findings[0]!.file,
    )
  })

  it('a schema violation is caught (the validation is real)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: {} }] })).toBe(false)
  })
})

describe('the CLI writes SARIF too', () => {
  it('--format sarif gives the same valid SARIF the action writes', async () => {
    let stdout = ''
    const code = await runCli(
      ['check', 'eksctl', '--format', 'sarif', '--evaluation-date', '2025-01-15'],
      { cwd: FIXTURES, stdout: (t) => (stdout += t), stderr: () => {}, today: '2025-01-15' },
    )
    const sarif = JSON.parse(stdout) as { runs: Array<{ results: unknown[] }> }
    expect(code).toBe(1)
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0)
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true)
    const input = await report('eksctl')
    expect(sarif).toEqual(
      buildSarif(
        input,
        RULES.map((rule) => rule.meta),
      ),
    )
  })
})

describe('SARIF that code scanning accepts in every case', () => {
  const rules = RULES.map((rule) => rule.meta)

  it.each(['cloudformation', 'eksctl', 'gitops', 'helm', 'k8s', 'repos', 'terraform'])(
    'every fixture tree gives valid SARIF: %s',
    async (dir) => {
      const sarif = buildSarif(await report(dir), rules)
      expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    },
  )

  it('a finding no file holds is a tool notification, never a result on a made-up path; inline suppressions are inSource', async () => {
    const input = await report('eksctl')
    const first = input.findings[0]!
    const live = {
      ...first,
      ruleId: 'live-unavailable',
      file: '',
      line: 0,
      column: 0,
      message: 'The live cluster could not be read: connect ECONNREFUSED 127.0.0.1:1',
    }
    const inline = {
      ...first,
      suppressed: true,
      suppressedBy: 'inline' as const,
      suppressionReason: 'known',
    }
    const config = {
      ...first,
      suppressed: true,
      suppressedBy: 'config' as const,
      suppressionReason: 'later',
    }
    const sarif = buildSarif({ ...input, findings: [live, inline, config] }, rules) as {
      runs: Array<{
        invocations: Array<{ toolExecutionNotifications: Array<{ message: { text: string } }> }>
        results: Array<{
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>
          suppressions?: Array<{ kind: string }>
        }>
        tool: { driver: { rules: Array<{ id: string; help: { markdown: string; text: string } }> } }
      }>
    }
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    const [run] = sarif.runs
    expect(run!.invocations[0]!.toolExecutionNotifications.map((n) => n.message.text)).toEqual([
      live.message,
    ])
    expect(run!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual([
      first.file,
      first.file,
    ])
    expect(run!.results.map((r) => r.suppressions?.[0]?.kind)).toEqual(['inSource', 'external'])
    // Rule help is the rule's page, as markdown and as text.
    const help = run!.tool.driver.rules.find((rule) => rule.id === 'docker-runtime')!.help
    expect(help.markdown).toBe(
      readFileSync(path.join(REPO_ROOT, 'docs/rules/docker-runtime.md'), 'utf8'),
    )
    expect(help.text).toContain('Default severity: error')
    expect(help.text).not.toContain('**')
  })
})
