import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { checkChange } from '../helpers/change.js'
import { GitHubFixture } from '../helpers/github-server.js'
import { eksctlCluster, TempRepo } from '../helpers/git-repo.js'
import { runAction, runnerCommands } from '../helpers/runner.js'
import { shippedCli } from '../helpers/shipped.js'

// Names and files a pull request controls, carrying workflow commands after line breaks.
const FORGED = [
  '::error file=infra/prod.tf,line=1,title=eks-upgrade-gate::forged verdict',
  '::add-mask::not-a-secret',
  '::set-output name=result::pass',
  '::stop-commands::pwned',
  '\u001b[2J\u001b[31mrepainted',
  '\u202eevil',
].join('\n')

describe('a pull request cannot print a runner command', () => {
  let repo: TempRepo
  beforeAll(() => {
    repo = new TempRepo('eug-hostile-pr-')
    const name = JSON.stringify(`prod\n${FORGED}`)
    repo.write({
      'clusters/prod.yaml': `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: ${name}\n  region: eu-west-1\n  version: "1.29"\nmanagedNodeGroups:\n  - name: ${name}\n    version: "1.24"\n`,
    })
    repo.commit('hostile')
  })
  afterAll(() => repo.cleanup())

  it('in the action: the only commands on stdout are the gate’s own', async () => {
    const run = await runAction({ workspace: repo.dir, inputs: { comment: 'off' } })
    expect(run.code).toBe(1)
    const commands = runnerCommands(run.stdout)
    expect(
      commands.filter((c) =>
        /^::(add-mask|set-output|stop-commands)|^::error file=infra\/prod\.tf/.test(c),
      ),
    ).toEqual([])
    // The finding about the group is still annotated, its name escaped inside one line.
    const skew = run.annotations.find((a) => a.properties.title?.endsWith('node-group-skew'))
    expect(skew?.message).toContain('\\n::add-mask::not-a-secret')
    expect(run.stdout.includes('\u001b') || run.stdout.includes('\u202e')).toBe(false)
  })

  it('in the CLI: no line of the text report starts a command, no terminal escape survives', () => {
    const result = spawnSync(process.execPath, [shippedCli(), 'check', repo.dir], {
      encoding: 'utf8',
    })
    expect(result.status).toBe(1)
    expect(result.stdout.split('\n').filter((line) => line.trimStart().startsWith('::'))).toEqual(
      [],
    )
    expect(result.stdout.includes('\u001b') || result.stdout.includes('\u202e')).toBe(false)
    expect(result.stdout).toContain('prod\\n::error file=infra/prod.tf')
  })
})

describe('paths a pull request names in its configuration stay in the repository', () => {
  let repo: TempRepo
  const check = (config: string) => {
    repo.write({ '.github/eks-upgrade-gate.yml': config })
    return spawnSync(process.execPath, [shippedCli(), 'check', '.', '--format', 'json'], {
      cwd: repo.dir,
      encoding: 'utf8',
      timeout: 20_000,
    })
  }
  beforeAll(() => {
    repo = new TempRepo('eug-hostile-paths-')
    repo.write({
      'infra/main.tf':
        'provider "aws" {}\nresource "aws_eks_cluster" "c" {\n  name    = "c"\n  version = "1.30"\n}\n',
    })
  })
  afterAll(() => repo.cleanup())

  it('an absolute var-files entry is refused at once (it looped forever)', () => {
    const result = check('var-files: ["/etc/hosts"]\n')
    expect(result.error).toBeUndefined()
    const report = JSON.parse(result.stdout) as { findings: Array<{ message: string }> }
    expect(report.findings.map((f) => f.message)).toContainEqual(
      expect.stringContaining('is outside the repository'),
    )
  })

  it('plan-json outside the repository is refused without reading it, so nothing of it is quoted', () => {
    const result = check('plan-json: ["/etc/passwd"]\n')
    expect(result.stdout).toContain('/etc/passwd is outside the repository')
    expect(result.stdout).not.toMatch(/root:x?:0/)
  })

  it('a knowledge-file that is a device or outside the repository stops the run with a clear message', () => {
    const zero = check('knowledge-file: ["/dev/zero"]\n')
    expect(zero.error).toBeUndefined()
    expect(zero.status).toBe(2)
    expect(zero.stderr).toContain('/dev/zero is outside the repository')
    const fifo = spawnSync('mkfifo', [`${repo.dir}/infra/pipe`])
    expect(fifo.status).toBe(0)
    const pipe = check('knowledge-file: ["infra/pipe"]\n')
    expect(pipe.error).toBeUndefined()
    expect(pipe.status).toBe(2)
    expect(pipe.stderr).toContain('infra/pipe is not a regular file')
  })
})

// Each change below takes cluster prod from 1.33 to 1.35, a skipped minor, while
// hiding it from a gate that reads less than eksctl and Terraform do.
describe('what a pull request hides, the gate does not pass', () => {
  let repo: TempRepo | undefined
  afterEach(() => repo?.cleanup())
  const blocked = (
    before: Record<string, string>,
    change: Record<string, string> | ((repo: TempRepo) => void),
  ) => {
    const result = checkChange(before, change, '2026-01-10')
    repo = result.repo
    return {
      status: result.status,
      blocking: result.report.findings
        .filter((f) => f.blocking)
        .map((f) => `${f.ruleId} ${f.file}:${f.line}`),
    }
  }
  const eksctl = { 'clusters/prod.yaml': eksctlCluster('prod', '1.33') }
  const skip = eksctlCluster('prod', '1.35')

  it('kind written as a YAML escape is still ClusterConfig', () => {
    const hidden = skip.replace('kind: ClusterConfig', 'kind: "Cluster\\x43onfig"')
    expect(hidden).toContain('Cluster\\x43onfig')
    expect(blocked(eksctl, { 'clusters/prod.yaml': hidden })).toEqual({
      status: 1,
      blocking: ['control-plane-skips-minor clusters/prod.yaml:6'],
    })
  })

  it('a version given as a YAML alias is the anchored value, blocked where it is written', () => {
    const aliased = `current: &current "1.35"\n${eksctlCluster('prod', '1.35').replace('version: "1.35"', 'version: *current')}`
    expect(blocked(eksctl, { 'clusters/prod.yaml': aliased })).toEqual({
      status: 1,
      blocking: ['control-plane-skips-minor clusters/prod.yaml:1'],
    })
  })

  it('eksctl config rewritten as JSON is read as eksctl reads it', () => {
    const json = JSON.stringify(
      {
        apiVersion: 'eksctl.io/v1alpha5',
        kind: 'ClusterConfig',
        metadata: { name: 'prod', region: 'eu-west-1', version: '1.35' },
      },
      null,
      2,
    )
    expect(
      blocked(eksctl, (r) => {
        r.git('rm', '-q', 'clusters/prod.yaml')
        r.write({ 'clusters/prod.json': json })
      }),
    ).toEqual({ status: 1, blocking: ['control-plane-skips-minor clusters/prod.json:7'] })
  })

  it('Terraform moved to *.tf.json is read as Terraform reads it', () => {
    const tf = 'resource "aws_eks_cluster" "prod" {\n  name    = "prod"\n  version = "1.33"\n}\n'
    const json = JSON.stringify(
      { resource: { aws_eks_cluster: { prod: { name: 'prod', version: '1.35' } } } },
      null,
      2,
    )
    expect(
      blocked({ 'infra/main.tf': tf }, (r) => {
        r.git('rm', '-q', 'infra/main.tf')
        r.write({ 'infra/main.tf.json': json })
      }),
    ).toEqual({ status: 1, blocking: ['control-plane-skips-minor infra/main.tf.json:6'] })
  })

  for (const [what, to] of [
    ['renamed to a backup name', 'clusters/prod.yaml.orig'],
    ['renamed without an extension', 'clusters/prod'],
    ['moved into a hidden directory', 'clusters/.old/prod.yaml'],
    ['moved into test data', 'clusters/testdata/prod.yaml'],
  ] as const) {
    it(`${what}: blocked at the new path, not passed as a deleted cluster`, () => {
      expect(
        blocked(eksctl, (r) => {
          r.write({ 'clusters/prod.yaml': skip })
          mkdirSync(path.dirname(path.join(r.dir, to)), { recursive: true })
          r.git('mv', 'clusters/prod.yaml', to)
        }),
      ).toEqual({ status: 1, blocking: [`cluster-unreadable ${to}:1`] })
    })
  }

  it('deleted outright: a warning that names where the base declared it', () => {
    const result = checkChange(eksctl, (r) => r.git('rm', '-q', 'clusters/prod.yaml'), '2026-01-10')
    repo = result.repo
    expect(result.status).toBe(0)
    expect(result.report.findings.map((f) => [f.ruleId, f.severity, f.file])).toEqual([
      ['cluster-removed', 'warning', ''],
    ])
  })
})

describe('the pull request’s own configuration cannot lower the bar unseen', () => {
  let repo: TempRepo | undefined
  afterEach(() => repo?.cleanup())
  const lowered = {
    'clusters/prod.yaml': eksctlCluster('prod', '1.35'),
    '.github/eks-upgrade-gate.yml':
      'fail-on: never\nexclude: ["**"]\nrules:\n  control-plane-skips-minor: off\n',
  }
  const base = { 'clusters/prod.yaml': eksctlCluster('prod', '1.33') }

  it('config-source head: the edited configuration decides, and the report says what it changed', () => {
    const result = checkChange(base, lowered, '2026-01-10')
    repo = result.repo
    expect(result.status).toBe(0)
    expect(result.report.notes[0]).toContain("This change edits the gate's configuration")
    expect(result.report.notes[0]).toContain('fail-on: error → never')
    expect(result.report.notes[0]).toContain('exclude: + **')
    expect(result.report.notes[0]).toContain('rules.control-plane-skips-minor: default → off')
    expect(result.report.notes[0]).toContain('Set config-source: base')
  })

  it('config-source base: the base commit’s configuration decides', () => {
    const result = checkChange(base, lowered, '2026-01-10', ['--config-source', 'base'])
    repo = result.repo
    expect(result.status).toBe(1)
    expect(
      result.report.findings
        .filter((f) => f.blocking)
        .map((f) => `${f.ruleId} ${f.file}:${f.line}`),
    ).toEqual(['control-plane-skips-minor clusters/prod.yaml:6'])
    expect(result.report.summary.failOn).toBe('error')
    expect(result.report.notes[0]).toContain('the base commit')
  })

  it('in the action, config-source base fails the check and the summary says whose configuration decided', async () => {
    repo = new TempRepo('eug-config-source-')
    const baseSha = repo.write(base).commit('base')
    repo.write(lowered).commit('lower the bar')
    const event = { pull_request: { number: 3, base: { sha: baseSha } } }
    const head = await runAction({ workspace: repo.dir, event, inputs: { comment: 'off' } })
    expect([head.code, head.outputs.result]).toEqual([0, 'pass'])
    expect(head.summary).toContain('Set config-source: base')
    const trusted = await runAction({
      workspace: repo.dir,
      event,
      inputs: { comment: 'off', 'config-source': 'base' },
    })
    expect([trusted.code, trusted.outputs.result]).toEqual([1, 'fail'])
    expect(trusted.summary).toContain('fail-on: error → never')
    expect(trusted.summary).toContain("the base commit's configuration decided this verdict")
    const bad = await runAction({ workspace: repo.dir, event, inputs: { 'config-source': 'mine' } })
    expect(bad.code).toBe(2)
    expect(bad.annotations[0]!.message).toContain('config-source must be head or base')
  })

  it('a configuration file in another repository (OWNER/REPO/PATH@REF) decides, read with its own token', async () => {
    const github = new GitHubFixture()
    const apiUrl = await github.start()
    try {
      repo = new TempRepo('eug-external-config-')
      const baseSha = repo.write(base).commit('base')
      repo.write(lowered).commit('lower the bar')
      github.contents.set('acme/policies/eks-gate.yml@main', 'fail-on: error\n')
      const event = { pull_request: { number: 3, base: { sha: baseSha } } }
      const external = (file: string) =>
        runAction({
          workspace: repo!.dir,
          apiUrl,
          event,
          inputs: {
            comment: 'off',
            'config-file': file,
            'external-repo-token': 'ghs_policiesreader0000000000000000000',
          },
        })
      const policed = await external('acme/policies/eks-gate.yml@main')
      expect([policed.code, policed.outputs.result]).toEqual([1, 'fail'])
      expect(policed.stdout).toContain('control-plane-skips-minor')
      const contents = github.requests.filter((r) => r.path.includes('/contents/'))
      expect(contents.map((r) => [r.path, r.authorization])).toEqual([
        [
          '/repos/acme/policies/contents/eks-gate.yml',
          'token ghs_policiesreader0000000000000000000',
        ],
      ])
      const missing = await external('acme/policies/nope.yml@main')
      expect(missing.code).toBe(2)
      expect(missing.annotations[0]!.message).toContain(
        'acme/policies/nope.yml@main does not exist, or the token cannot read acme/policies',
      )
    } finally {
      await github.stop()
    }
  })

  it('config-source base: an inline suppression the change adds waits for the merge; one the base has counts', () => {
    const suppressed = eksctlCluster('prod', '1.35').replace(
      'version: "1.35"',
      'version: "1.35" # eks-upgrade-gate:ignore control-plane-skips-minor -- trust me',
    )
    const result = checkChange(base, { 'clusters/prod.yaml': suppressed }, '2026-01-10', [
      '--config-source',
      'base',
    ])
    repo = result.repo
    expect(result.status).toBe(1)
    expect(result.report.notes.join('\n')).toContain(
      'Inline suppressions this change adds do not count yet (config-source: base): clusters/prod.yaml:6',
    )
    // The same directive already on the base (for an older finding) is honoured.
    const kept = checkChange(
      { 'clusters/prod.yaml': suppressed.replace('"1.35"', '"1.33"') },
      { 'clusters/prod.yaml': suppressed },
      '2026-01-10',
      ['--config-source', 'base'],
    )
    repo.cleanup()
    repo = kept.repo
    expect(kept.status).toBe(0)
    expect(
      kept.report.findings.find((f) => f.ruleId === 'control-plane-skips-minor'),
    ).toMatchObject({ suppressed: true, suppressedBy: 'inline' })
  })

  it('config-source base: a knowledge file in the repository is read as the base has it', () => {
    const facts = (end: string) =>
      `dataDate: 2026-01-01\nsources:\n  fix: { url: "https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html", date: 2026-01-01, dateIs: read }\nversions:\n  - version: "1.34"\n    lifecycle:\n      endOfStandardSupport: ${end}\n      endOfExtendedSupport: 2031-01-01\n      sources: [fix]\n`
    const config = 'knowledge-file: [".github/eks-versions.yaml"]\n'
    const before = {
      'clusters/prod.yaml': eksctlCluster('prod', '1.34'),
      '.github/eks-upgrade-gate.yml': config,
      '.github/eks-versions.yaml': facts('2026-01-01'),
    }
    const after = { '.github/eks-versions.yaml': facts('2030-01-01') }
    const head = checkChange(before, after, '2026-01-10')
    repo = head.repo
    const trusted = checkChange(before, after, '2026-01-10', ['--config-source', 'base'])
    repo.cleanup()
    repo = trusted.repo
    const support = (report: typeof head.report) =>
      report.findings
        .filter((f) => f.ruleId.includes('support'))
        .map((f) => `${f.ruleId} ${f.file}:${f.line}`)
    expect(support(head.report)).toEqual([])
    expect(support(trusted.report)).toEqual(['control-plane-extended-support clusters/prod.yaml:6'])
  })
})

describe('a pull request cannot write into the comment, the review or the summary', () => {
  const github = new GitHubFixture()
  let apiUrl: string
  let repo: TempRepo
  const payload =
    'prod @acme/platform #1 <img src=x onerror=alert(1)> `x` <!--\n## ✅ EKS upgrade gate: passed'
  beforeAll(async () => {
    apiUrl = await github.start()
    repo = new TempRepo('eug-hostile-md-')
    const cluster = (version: string) =>
      `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: ${JSON.stringify(payload)}\n  region: eu-west-1\n  version: "${version}"\n`
    const base = repo.write({ 'clusters/prod.yaml': cluster('1.33') }).commit('base')
    github.headSha = repo.write({ 'clusters/prod.yaml': cluster('1.35') }).commit('skip')
    github.files = [{ filename: 'clusters/prod.yaml', status: 'modified', patch: '@@ -6 +6 @@' }]
    const run = await runAction({
      workspace: repo.dir,
      apiUrl,
      sha: github.headSha,
      event: { pull_request: { number: 7, base: { sha: base }, head: { sha: github.headSha } } },
      inputs: { 'github-token': 'ghs_fixturetoken000000000000000000000' },
    })
    expect(run.code).toBe(1)
    summary = run.summary
  })
  let summary = ''
  afterAll(async () => {
    await github.stop()
    repo.cleanup()
  })

  it('the posted comment and the summary show the name as text: no HTML, mention, reference or forged verdict', () => {
    const comment = github.comments.at(-1)!.body
    for (const markdown of [comment, summary]) {
      expect(markdown).not.toContain('<img')
      expect(markdown).not.toMatch(/(^|[^`])@acme/)
      expect(markdown).not.toMatch(/(^|\s)#1\b/)
      // Only the gate's own comment markers open an HTML comment.
      expect(markdown.match(/<!--/g)?.length ?? 0).toBe(
        markdown.match(/<!-- eks-upgrade-gate:[^>]*-->/g)?.length ?? 0,
      )
      // The line break in the name does not start a line: no forged verdict heading.
      expect(markdown.split('\n').filter((line) => /^#+ ✅/.test(line))).toEqual([])
      expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt;')
    }
  })
})
