import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src/report/report.js'
import { RecordingServer } from '../helpers/api-server.js'
import { eksctlCluster, TempRepo } from '../helpers/git-repo.js'
import { runAction } from '../helpers/runner.js'

const groups = (release: string) =>
  `managedNodeGroups:\n  - name: general\n  - name: pinned\n    releaseVersion: ${release}\n`

describe('the bundled action, run as a runner runs it', () => {
  let origin: TempRepo
  let baseSha: string
  let headSha: string
  let workspace: string
  const api = new RecordingServer()
  let apiUrl: string

  beforeAll(async () => {
    origin = new TempRepo('eug-origin-')
    origin.write({
      'infra/prod/cluster.yaml': eksctlCluster('prod', '1.28', groups('1.28.5-20240117')),
      'infra/stage/cluster.yaml': eksctlCluster('stage', '1.27', groups('1.24.17-20240117')),
      'README.md': '# infra\n',
    })
    baseSha = origin.commit('base')
    origin.write({
      'infra/prod/cluster.yaml': eksctlCluster('prod', '1.30', groups('1.31.0-20240901')),
    })
    headSha = origin.commit('head: prod to 1.30')
    // actions/checkout's default: a depth-1 clone that lacks the PR's base commit.
    workspace = mkdtempSync(path.join(os.tmpdir(), 'eug-ws-'))
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${origin.dir}`, workspace])
    apiUrl = await api.start()
  })

  afterAll(async () => {
    origin.cleanup()
    rmSync(workspace, { recursive: true, force: true })
    await api.stop()
  })

  const prEvent = () => ({
    pull_request: { number: 7, base: { sha: baseSha }, head: { sha: headSha } },
  })

  it('fetches the missing base commit, fails on the new findings, and reports them everywhere', async () => {
    expect(() =>
      execFileSync('git', ['cat-file', '-e', baseSha], { cwd: workspace, stdio: 'ignore' }),
    ).toThrow()
    const run = await runAction({ workspace, event: prEvent(), apiUrl, sha: headSha })
    expect(run.code).toBe(1)

    // Annotations: the new errors, on the lines a user edits; the existing skew is not annotated.
    const errors = run.annotations.filter((a) => a.level === 'error' && a.properties.file)
    expect(errors.map((a) => [a.properties.file, a.properties.line, a.properties.title])).toEqual([
      ['infra/prod/cluster.yaml', '6', 'eks-upgrade-gate: control-plane-skips-minor'],
      ['infra/prod/cluster.yaml', '10', 'eks-upgrade-gate: node-group-newer-than-control-plane'],
    ])
    expect(errors[0]!.message).toContain('Cluster prod moves from 1.28 to 1.30 in one change')
    expect(run.annotations.some((a) => a.properties.file === 'infra/stage/cluster.yaml')).toBe(
      false,
    )
    // setFailed's own error line names the verdict.
    expect(run.annotations.at(-1)).toMatchObject({
      level: 'error',
      message: expect.stringContaining('EKS upgrade gate failed: 2 findings'),
    })

    // Outputs.
    expect(run.outputs).toMatchObject({ result: 'fail', errors: '3', warnings: '1' })
    expect(JSON.parse(run.outputs.clusters!)).toEqual([
      { id: 'eksctl:infra/prod/cluster.yaml:prod', name: 'prod', version: '1.30' },
      { id: 'eksctl:infra/stage/cluster.yaml:stage', name: 'stage', version: '1.27' },
    ])
    const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as Report
    expect(report.base).toEqual({ ref: baseSha, commit: baseSha })
    // The shallow clone lacked the base: the run says it fetched it.
    expect(report.notes).toContain(
      `The base commit ${baseSha.slice(0, 12)} was not in this checkout (a shallow clone) and was fetched from origin.`,
    )
    expect(report.findings.map((f) => [f.ruleId, f.new])).toEqual([
      ['control-plane-skips-minor', true],
      ['node-group-newer-than-control-plane', true],
      ['node-group-skew', false],
      ['control-plane-extended-support', false],
    ])
    expect(readFileSync(run.outputs['plan-markdown-file']!, 'utf8')).toBe(run.summary)

    // Job summary: verdict first, links to the head commit's lines, existing findings collapsed.
    expect(run.summary).toMatch(
      /^## ❌ EKS upgrade gate: 2 findings at or above "error" block this change/,
    )
    expect(run.summary).toContain(
      `https://github.com/acme/infra/blob/${headSha}/infra/prod/cluster.yaml#L6`,
    )
    expect(run.summary).toContain('Existing findings, already on the base branch (2)')
    expect(run.summary).toContain('### Upgrade plan: prod 1.28 → 1.30')

    // Nothing was sent anywhere (the loopback API saw no request either).
    expect(api.requests).toEqual([])
  })

  it('passes a clean change: exit 0, result pass, no error annotations', async () => {
    const run = await runAction({
      workspace,
      event: { pull_request: { base: { sha: headSha } } },
      apiUrl,
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('pass')
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([])
    // The change touches nothing: nothing is evaluated, and the summary says why.
    expect(run.summary).toMatch(/^## ✅ EKS upgrade gate: no findings/)
    expect(run.summary).toContain('This change touches no file the gate reads')
    const whole = await runAction({
      workspace,
      event: { pull_request: { base: { sha: headSha } } },
      apiUrl,
      inputs: { scope: 'all' },
    })
    expect(whole.code).toBe(0)
    expect(whole.summary).toMatch(/^## ✅ EKS upgrade gate: nothing blocks this change/)
  })

  it('honours fail-on, fail-on-existing and path inputs', async () => {
    const never = await runAction({
      workspace,
      event: prEvent(),
      apiUrl,
      inputs: { 'fail-on': 'never' },
    })
    expect([never.code, never.outputs.result]).toEqual([0, 'pass'])
    const existing = await runAction({
      workspace,
      event: { pull_request: { base: { sha: headSha } } },
      apiUrl,
      inputs: { 'fail-on-existing': 'true' },
    })
    expect([existing.code, existing.outputs.result]).toEqual([1, 'fail'])
    const stageOnly = await runAction({
      workspace,
      event: prEvent(),
      apiUrl,
      inputs: { path: 'infra/stage', scope: 'all' },
    })
    expect(stageOnly.code).toBe(0)
    expect(JSON.parse(stageOnly.outputs.clusters!)).toEqual([
      { id: 'eksctl:infra/stage/cluster.yaml:stage', name: 'stage', version: '1.27' },
    ])
  })

  it('exits 2 with a clear message for bad configuration, writing no verdict', async () => {
    const run = await runAction({
      workspace,
      event: prEvent(),
      apiUrl,
      inputs: { 'fail-on': 'fatal' },
    })
    expect(run.code).toBe(2)
    expect(run.annotations).toEqual([
      {
        level: 'error',
        properties: {},
        message:
          'Configuration error: the fail-on input must be one of error, warning, notice, never (got "fatal")',
      },
    ])
    expect(run.outputs.result).toBeUndefined()
  })

  it('fails as a setup error, saying what to do, when the base commit cannot be fetched (every finding would look new)', async () => {
    const run = await runAction({
      workspace,
      event: { pull_request: { base: { sha: 'f'.repeat(40) } } },
      apiUrl,
    })
    expect(run.code).toBe(2)
    expect(run.annotations.at(-1)).toMatchObject({
      level: 'error',
      message: expect.stringContaining(
        `Could not fetch the base commit ${'f'.repeat(40)} from origin`,
      ),
    })
    expect(run.annotations.at(-1)!.message).toContain('git fetch it first')
  })
})
