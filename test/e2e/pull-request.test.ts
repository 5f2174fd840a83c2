import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { GitHubFixture } from '../helpers/github-server.js'
import { TempRepo } from '../helpers/git-repo.js'
import { runAction } from '../helpers/runner.js'
import { validateSarif } from '../helpers/sarif-schema.js'
import type { Report } from '../../src/report/report.js'

const TOKEN = 'ghs_fixturetoken000000000000000000000'

function cluster(version: string, groups: Array<[string, string]>): string {
  const lines = groups.map(([name, release]) => `  - name: ${name}\n    releaseVersion: ${release}`)
  return `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: prod\n  region: eu-west-1\n  version: "${version}"\nmanagedNodeGroups:\n${lines.join('\n')}\n`
}

describe('pull-request reporting against a GitHub API on 127.0.0.1', () => {
  const github = new GitHubFixture()
  let apiUrl: string
  let origin: TempRepo
  let workspace: string
  let base: string

  const commitHead = (text: string) => {
    origin.write({ 'clusters/prod.yaml': text })
    const sha = origin.commit('head')
    execFileSync('git', ['fetch', '-q', 'origin'], { cwd: workspace })
    execFileSync('git', ['checkout', '-q', sha], { cwd: workspace })
    github.headSha = sha
    const patch = execFileSync(
      'git',
      ['diff', '--unified=3', base, sha, '--', 'clusters/prod.yaml'],
      { cwd: workspace, encoding: 'utf8' },
    )
    github.files = [
      {
        filename: 'clusters/prod.yaml',
        status: 'modified',
        patch: patch.slice(patch.indexOf('@@')),
      },
    ]
    return sha
  }
  const run = (head: string, inputs: Record<string, string> = {}) =>
    runAction({
      workspace,
      apiUrl,
      sha: head,
      event: { number: 7, pull_request: { number: 7, base: { sha: base }, head: { sha: head } } },
      inputs: { 'github-token': TOKEN, 'evaluation-date': '2024-08-15', ...inputs },
    })

  beforeAll(async () => {
    apiUrl = await github.start()
    origin = new TempRepo('eug-pr-origin-')
    origin.write({ 'clusters/prod.yaml': cluster('1.29', [['general', '1.29.0-20240201']]) })
    base = origin.commit('base')
    workspace = mkdtempSync(path.join(os.tmpdir(), 'eug-pr-ws-'))
    execFileSync('git', ['clone', '-q', `file://${origin.dir}`, workspace])
  })
  afterAll(async () => {
    await github.stop()
    origin.cleanup()
    rmSync(workspace, { recursive: true, force: true })
  })
  beforeEach(() => {
    github.requests.length = 0
    github.readOnly = false
    github.hangWrites = false
    github.writeRetryAfter = undefined
  })

  it('creates one sticky comment, updates it on the next run, and turns it green when clean', async () => {
    const first = commitHead(cluster('1.31', [['general', '1.29.0-20240201']]))
    const run1 = await run(first)
    expect(run1.code).toBe(1)
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]!.body).toContain('<!-- eks-upgrade-gate:comment -->')
    expect(github.comments[0]!.body).toContain('## ❌ EKS upgrade gate')
    expect(github.comments[0]!.body).toContain('control-plane-skips-minor')
    expect(run1.outputs['comment-url']).toBe(github.comments[0]!.html_url)

    const second = commitHead(cluster('1.30', [['general', '1.26.0-20240201']]))
    github.requests.length = 0
    const run2 = await run(second)
    expect(run2.code).toBe(1)
    expect(github.comments).toHaveLength(1)
    expect(github.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /repos/acme/infra/issues/comments/${github.comments[0]!.id}`,
    ])
    expect(github.comments[0]!.body).toContain('node-group-skew')
    expect(github.comments[0]!.body).not.toContain('control-plane-skips-minor')

    github.requests.length = 0
    const third = commitHead(cluster('1.30', [['general', '1.30.0-20240601']]))
    const run3 = await run(third)
    expect(run3.code).toBe(0)
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]!.body).toContain('## ✅ EKS upgrade gate')

    // Same result again: nothing to edit, no PATCH (the edit history stays clean).
    github.requests.length = 0
    await run(third)
    expect(github.writes()).toEqual([])
  })

  it('two gates on one pull request (a matrix over paths) keep two comments, each updating its own', async () => {
    github.comments.length = 0
    const head = commitHead(cluster('1.31', [['general', '1.29.0-20240201']]))
    await run(head, { path: 'clusters' })
    await run(head, { path: '.' })
    expect(github.comments).toHaveLength(2)
    expect(github.comments.map((c) => /eks-upgrade-gate:key (\S+)/.exec(c.body)?.[1])).toEqual([
      'gate:clusters',
      'gate:.',
    ])
    // The second gate's clean result replaces only its own comment.
    const clean = commitHead(cluster('1.30', [['general', '1.30.0-20240601']]))
    github.requests.length = 0
    await run(clean, { path: '.' })
    expect(github.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /repos/acme/infra/issues/comments/${github.comments[1]!.id}`,
    ])
    expect(github.comments[0]!.body).toContain('## ❌ EKS upgrade gate')
    expect(github.comments[1]!.body).toContain('## ✅ EKS upgrade gate')
    // An explicit comment-key wins over the derived one.
    await run(clean, { path: '.', 'comment-key': 'prod eu-west-1' })
    expect(github.comments.at(-1)!.body).toContain('<!-- eks-upgrade-gate:key prod-eu-west-1 -->')
    expect(github.comments).toHaveLength(3)
  })

  it('comment: on-failure posts nothing on a pass and deletes its comment once the gate passes', async () => {
    github.comments.length = 0
    const clean = commitHead(cluster('1.30', [['general', '1.30.0-20240601']]))
    const quiet = await run(clean, { comment: 'on-failure' })
    expect(quiet.code).toBe(0)
    expect(github.comments).toEqual([])
    expect(github.writes()).toEqual([])

    const failing = commitHead(cluster('1.31', [['general', '1.29.0-20240201']]))
    expect((await run(failing, { comment: 'on-failure' })).code).toBe(1)
    expect(github.comments).toHaveLength(1)
    const id = github.comments[0]!.id

    const fixed = commitHead(cluster('1.30', [['general', '1.30.0-20240601']]))
    github.requests.length = 0
    const passed = await run(fixed, { comment: 'on-failure' })
    expect(passed.code).toBe(0)
    expect(github.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      `DELETE /repos/acme/infra/issues/comments/${id}`,
    ])
    expect(github.comments).toEqual([])
  })

  it('comment: on-change stays quiet on a pull request that touches no file the gate read', async () => {
    github.comments.length = 0
    const head = commitHead(cluster('1.31', [['general', '1.29.0-20240201']]))
    const elsewhere = [{ filename: 'docs/README.md', status: 'modified', patch: '@@ -1 +1 @@' }]
    github.files = elsewhere
    await run(head, { comment: 'on-change' })
    expect(github.comments).toEqual([])

    const touching = commitHead(cluster('1.31', [['general', '1.29.1-20240301']]))
    await run(touching, { comment: 'on-change' })
    expect(github.comments).toHaveLength(1)

    // The next push only edits docs: the earlier comment no longer applies.
    github.files = elsewhere
    github.requests.length = 0
    await run(touching, { comment: 'on-change' })
    expect(github.writes().map((r) => r.method)).toEqual(['DELETE'])
    expect(github.comments).toEqual([])
  })

  it('plan boxes ticked in the comment stay ticked when a push rewrites it', async () => {
    github.comments.length = 0
    await run(commitHead(cluster('1.31', [['general', '1.29.0-20240201']])))
    const comment = github.comments[0]!
    const step = '- [ ] Upgrade the control plane of prod to 1.30'
    expect(comment.body).toContain(step)
    // The reviewer ticks the first hop's control-plane step in the GitHub UI.
    comment.body = comment.body.replace(step, step.replace('[ ]', '[x]'))
    github.requests.length = 0
    await run(commitHead(cluster('1.31', [['general', '1.29.1-20240301']])))
    expect(github.writes().map((r) => r.method)).toEqual(['PATCH'])
    expect(comment.body).toContain('- [x] Upgrade the control plane of prod to 1.30')
    expect(comment.body).toContain('- [ ] Upgrade the control plane of prod to 1.31')
  })

  it('never overwrites the comment from a run for an older commit', async () => {
    const current = github.headSha
    const older = await run(base)
    expect(older.stdout).toContain('Not updating the pull request')
    expect(github.writes()).toEqual([])
    github.headSha = current
  })

  it('with a read-only token (fork PRs) still writes the summary, warns once and exits by the verdict', async () => {
    github.readOnly = true
    const head = commitHead(cluster('1.31', [['general', '1.29.0-20240201']]))
    const result = await run(head, { 'review-comments': 'true' })
    expect(result.code).toBe(1)
    expect(result.summary).toContain('## ❌ EKS upgrade gate')
    const warnings = result.annotations.filter(
      (a) => a.properties.title === 'eks-upgrade-gate: could not post to the pull request',
    )
    expect(warnings).toHaveLength(1)
    expect(warnings[0]!.message).toContain('HTTP 403')
    expect(warnings[0]!.message).toContain('forks')
    expect(
      result.annotations.find(
        (a) => a.level === 'error' && a.message.startsWith('EKS upgrade gate failed'),
      ),
    ).toBeDefined()
  })

  it('review comments carry a suggestion where the fix is a literal version, on the line it fixes', async () => {
    github.reviewComments.length = 0
    const head = commitHead(cluster('1.31', [['general', '1.29.0-20240201']]))
    await run(head, { 'review-comments': 'true' })
    const posted = github.reviews.at(-1)!.comments as Array<{ line: number; body: string }>
    const versionLine = posted.find((c) => c.line === 6)!
    expect(versionLine.body).toContain('control-plane-skips-minor')
    expect(versionLine.body).toContain('```suggestion\n  version: "1.30"\n```')
    // One suggestion per line at most, and none where no literal fixes it.
    expect(versionLine.body.match(/```suggestion/g)).toHaveLength(1)
    expect(posted.filter((c) => c.line !== 6).every((c) => !c.body.includes('```suggestion'))).toBe(
      true,
    )
  })

  it('posts review comments only on changed lines, once, and removes ones that no longer apply', async () => {
    const head = commitHead(
      cluster('1.30', [
        ['general', '1.26.0-20240201'],
        ['batch', '1.26.0-20240201'],
      ]),
    )
    const first = await run(head, { 'review-comments': 'true' })
    expect(first.code).toBe(1)
    // One comment per line, even where two rules flag the same line (batch: skew, and behind the control plane).
    const posted = github.reviews.at(-1)!.comments as Array<{
      path: string
      line: number
      side: string
      body: string
    }>
    expect(posted.map((c) => [c.path, c.line, c.side])).toEqual([
      ['clusters/prod.yaml', 9, 'RIGHT'],
      ['clusters/prod.yaml', 11, 'RIGHT'],
    ])
    expect(posted[1]!.body).toContain('node-group-skew')
    expect(posted[1]!.body).toContain('managed-node-group-behind-control-plane')
    expect(github.reviewComments).toHaveLength(2)

    github.requests.length = 0
    await run(head, { 'review-comments': 'true' })
    expect(github.writes().filter((r) => r.path.endsWith('/reviews'))).toEqual([])

    const fixed = commitHead(
      cluster('1.30', [
        ['general', '1.30.0-20240601'],
        ['batch', '1.26.0-20240201'],
      ]),
    )
    await run(fixed, { 'review-comments': 'true' })
    expect(github.reviewComments.map((c) => c.line)).toEqual([11])
  })

  it('knows its own comments by author, not by marker: a person named github-actions or a pre-posted marker changes nothing', async () => {
    const head = commitHead(
      cluster('1.30', [
        ['general', '1.26.0-20240201'],
        ['batch', '1.26.0-20240201'],
      ]),
    )
    // Someone copies the markers: a human account that calls itself github-actions
    // posts the sticky-comment marker, and the PR author pre-posts review comments
    // with the gate's review markers on the lines it would comment on.
    github.comments = []
    github.reviewComments = []
    const first = await run(head, { 'review-comments': 'true' })
    const markers = (github.reviews.at(-1)!.comments as Array<{ body: string }>).map((c) => c.body)
    github.comments = [
      {
        id: 900,
        body: `<!-- eks-upgrade-gate:comment -->\nlooks fine to me`,
        user: { login: 'github-actions', type: 'User', id: 4242 },
        html_url: 'https://github.com/acme/infra/pull/7#issuecomment-900',
      },
    ]
    github.reviewComments = markers.map((body, i) => ({
      id: 1000 + i,
      body,
      path: 'clusters/prod.yaml',
      line: 9 + 2 * i,
      user: { login: 'mallory', type: 'User', id: 666 },
    }))
    expect(first.code).toBe(1)
    await run(head, { 'review-comments': 'true' })
    // The impostor's comment is untouched and the gate posts its own beside it.
    expect(github.comments[0]).toMatchObject({
      id: 900,
      body: expect.stringContaining('looks fine'),
    })
    expect(github.comments.filter((c) => c.user.type === 'Bot')).toHaveLength(1)
    // Mallory's copies are neither deleted nor taken for the gate's: the gate posts its own.
    expect(github.reviewComments.filter((c) => c.user.login === 'mallory')).toHaveLength(2)
    expect(github.reviewComments.filter((c) => c.user.type === 'Bot')).toHaveLength(2)
  })

  it('sets the verdict before it posts: a GitHub that never answers cannot hold or flip the check', async () => {
    const head = commitHead(cluster('1.31', [['general', '1.29.0-20240201']]))
    github.hangWrites = true
    const started = Date.now()
    const cancelled = await runAction({
      workspace,
      apiUrl,
      sha: head,
      event: { number: 7, pull_request: { number: 7, base: { sha: base }, head: { sha: head } } },
      inputs: { 'github-token': TOKEN, 'evaluation-date': '2024-08-15' },
      cancelAfterMs: 4_000,
    })
    expect(Date.now() - started).toBeLessThan(15_000)
    // Killed while posting, as a cancelled or timed-out job is: the failure is already out.
    expect(github.writes().length).toBeGreaterThan(0)
    expect(cancelled.outputs.result).toBe('fail')
    expect(cancelled.stdout).toMatch(/^::error::EKS upgrade gate failed: /m)
    expect(cancelled.summary).toContain('control-plane-skips-minor')
  })

  it('a rate limit that resets in an hour is not waited out: the run ends with its verdict and one warning', async () => {
    const head = commitHead(cluster('1.31', [['general', '1.29.0-20240201']]))
    github.writeRetryAfter = 3600
    const started = Date.now()
    const limited = await run(head)
    expect(Date.now() - started).toBeLessThan(20_000)
    expect([limited.code, limited.outputs.result]).toEqual([1, 'fail'])
    const warnings = limited.annotations.filter((a) => a.level === 'warning')
    expect(warnings.map((a) => a.message).join('\n')).toContain(
      'resets in 3600s, longer than the gate waits',
    )
    expect(warnings.filter((a) => a.properties.title?.includes('could not post'))).toHaveLength(1)
  })

  it('sends annotations beyond the per-step limit to a check run in batches of 50', async () => {
    const groups = Array.from({ length: 120 }, (_, i): [string, string] => [
      `ng-${i}`,
      '1.25.0-20240201',
    ])
    const head = commitHead(cluster('1.30', groups))
    const result = await run(head, { comment: 'off' })
    expect(result.code).toBe(1)
    const workflowAnnotations = result.annotations.filter((a) => a.properties.file)
    expect(workflowAnnotations.length).toBeLessThanOrEqual(30)
    expect(workflowAnnotations.filter((a) => a.level === 'error')).toHaveLength(10)
    const report = JSON.parse(readFileSync(result.outputs['report-file']!, 'utf8')) as {
      findings: Array<{ new: boolean; suppressed: boolean }>
    }
    const annotated = report.findings.filter((f) => f.new && !f.suppressed).length
    expect(annotated).toBeGreaterThanOrEqual(120)
    const rest = annotated - workflowAnnotations.length
    const check = github.checkRuns.at(-1)!
    expect(check).toMatchObject({
      name: 'EKS upgrade gate',
      conclusion: 'failure',
      updates: Math.ceil(rest / 50) - 1,
    })
    expect(check.annotations).toHaveLength(rest)
    const creates = github.writes().filter((r) => r.path.endsWith('/check-runs'))
    expect(
      (creates[0]!.body as { output: { annotations: unknown[] } }).output.annotations,
    ).toHaveLength(50)
    expect(github.comments.at(-1)!.body).not.toContain('ng-119')
  })

  it('10,000 findings stay within GitHub limits: summary, comment, annotations, check-run writes', async () => {
    const groups = Array.from({ length: 5_000 }, (_, i): [string, string] => [
      `ng-${i}`,
      '1.25.0-20240201',
    ])
    const head = commitHead(cluster('1.30', groups))
    const result = await run(head)
    expect(result.code).toBe(1)
    const report = JSON.parse(readFileSync(result.outputs['report-file']!, 'utf8')) as {
      findings: unknown[]
    }
    expect(report.findings.length).toBeGreaterThanOrEqual(10_000)
    // The job summary's limit is 1 MiB; the comment's 65,536 characters.
    expect(Buffer.byteLength(result.summary)).toBeLessThan(1024 * 1024)
    expect(github.comments.at(-1)!.body.length).toBeLessThanOrEqual(65_536)
    expect(result.annotations.filter((a) => a.level === 'error').length).toBeLessThanOrEqual(11)
    // At most 500 annotations in 10 writes, and the check run says the rest were left out.
    const check = github.checkRuns.at(-1)!
    expect(check.annotations).toHaveLength(500)
    expect(github.writes().filter((r) => r.path.includes('/check-runs')).length).toBe(10)
    const lastCheckWrite = github
      .writes()
      .filter((r) => r.path.includes('/check-runs'))
      .at(-1)!.body as { output: { summary: string } }
    expect(lastCheckWrite.output.summary).toMatch(
      /\d+ more findings are not annotated: see the job summary/,
    )
    for (const value of Object.values(result.outputs)) expect(value.length).toBeLessThan(65_536)
  }, 120_000)

  it('writes SARIF next to the report when asked', async () => {
    const head = commitHead(cluster('1.31', [['general', '1.29.0-20240201']]))
    const sarifPath = path.join(workspace, 'out', 'gate.sarif')
    const result = await run(head, { 'sarif-file': 'out/gate.sarif', comment: 'off' })
    expect(result.outputs['sarif-file']).toBe(sarifPath)
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8')) as {
      version: string
      runs: Array<{
        results: Array<{ ruleId: string }>
        tool: { driver: { rules: Array<{ id: string; help: { markdown: string } }> } }
      }>
    }
    expect(sarif.version).toBe('2.1.0')
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true)
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toContain('control-plane-skips-minor')
    // The bundle carries the rule pages: help is the page, with nothing beside dist/.
    const help = sarif.runs[0]!.tool.driver.rules.find((r) => r.id === 'control-plane-skips-minor')
    expect(help!.help.markdown).toMatch(/^# control-plane-skips-minor\n/)
  })

  it('fork pull requests: a workflow_run publishes the report an unprivileged run saved', async () => {
    github.readOnly = true
    const head = commitHead(cluster('1.31', [['general', '1.29.0-20240201']]))
    const unprivileged = await run(head)
    expect(unprivileged.code).toBe(1)
    const saved = path.join(mkdtempSync(path.join(os.tmpdir(), 'eug-artifact-')), 'report.json')
    execFileSync('cp', [unprivileged.outputs['report-file']!, saved])

    github.readOnly = false
    const before = github.comments.length
    const publish = (headSha: string) =>
      runAction({
        workspace,
        apiUrl,
        eventName: 'workflow_run',
        event: { workflow_run: { head_sha: headSha, conclusion: 'failure' } },
        inputs: { 'github-token': TOKEN, 'from-report': saved },
      })
    const published = await publish(head)
    expect(published.code).toBe(1)
    expect(github.comments.length).toBe(Math.max(before, 1))
    expect(github.comments.at(-1)!.body).toContain('control-plane-skips-minor')

    // An artifact that is not for the commit the triggering run checked is refused.
    const mismatch = await publish(base)
    expect(mismatch.code).toBe(2)
    expect(mismatch.annotations[0]!.message).toContain('refusing to publish it')

    // Outside workflow_run there is no trusted head to check it against: refused.
    const direct = await runAction({
      workspace,
      apiUrl,
      event: {},
      inputs: { 'github-token': TOKEN, 'from-report': saved },
    })
    expect(direct.code).toBe(2)
    expect(direct.annotations[0]!.message).toContain('needs the workflow_run event')

    // A report that points at another pull request posts nothing there: the API says
    // that pull request's head is not the commit the run checked.
    const forged = JSON.parse(readFileSync(saved, 'utf8')) as Report
    const forgedFile = path.join(path.dirname(saved), 'forged.json')
    writeFileSync(
      forgedFile,
      JSON.stringify({ ...forged, pullRequest: { number: 8, headSha: head } }),
    )
    const comments = github.comments.length
    const elsewhere = await runAction({
      workspace,
      apiUrl,
      eventName: 'workflow_run',
      event: { workflow_run: { head_sha: head } },
      inputs: { 'github-token': TOKEN, 'from-report': forgedFile },
    })
    expect(github.comments.length).toBe(comments)
    expect(elsewhere.stdout).toContain('could not read the pull request')

    // A verdict the gate never writes is refused, not published as a pass.
    writeFileSync(
      forgedFile,
      JSON.stringify({ ...forged, summary: { ...forged.summary, result: 'unknown' } }),
    )
    const odd = await runAction({
      workspace,
      apiUrl,
      eventName: 'workflow_run',
      event: { workflow_run: { head_sha: head } },
      inputs: { 'github-token': TOKEN, 'from-report': forgedFile },
    })
    expect(odd.code).toBe(2)
    expect(odd.annotations[0]!.message).toContain('result pass or fail')
  })
})
