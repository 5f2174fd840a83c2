import { execFileSync, spawnSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import type { Report } from '../../src/report/report.js'
import { REPO_ROOT } from '../helpers/fixtures.js'
import { GitHubFixture } from '../helpers/github-server.js'
import { TempRepo } from '../helpers/git-repo.js'
import { expectValidReport } from '../helpers/report-schema.js'
import { runAction } from '../helpers/runner.js'
import { ancestorsHolding, shippedAction, shippedCli } from '../helpers/shipped.js'

// Run without a base, the CLI says so first, on stderr, and nothing else.
const NO_BASE =
  'eks-upgrade-gate: no base to compare with (pass --base REF or --base-dir DIR): every finding counts as new.\n'

const DATE = '2024-08-15'

/** The same check through the engine as built from sources, in this process. */
async function fromSources(cwd: string, args: string[]): Promise<{ code: number; report: Report }> {
  let stdout = ''
  const code = await runCli(args, {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: () => {},
    today: DATE,
  })
  return { code, report: JSON.parse(stdout) as Report }
}

describe('the artifact as shipped: action.yml and dist/ with nothing beside them', () => {
  // The fixtures are copied too, so nothing the checks read sits inside this repository.
  const work = mkdtempSync(path.join(os.tmpdir(), 'eug-shipped-work-'))
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('holds only action.yml and dist/, with no package.json or node_modules above it', () => {
    const dir = shippedAction()
    expect(readdirSync(dir).sort()).toEqual(['action.yml', 'dist'])
    expect(ancestorsHolding(dir, ['package.json', 'node_modules'])).toEqual([])
    expect(ancestorsHolding(work, ['package.json', 'node_modules'])).toEqual([])
  })

  it.each([
    ['terraform', 'terraform'],
    ['eksctl', 'eksctl'],
    ['helm', 'helm'],
    ['cloudformation', 'cloudformation'],
  ])(
    'reads the %s fixtures and reports exactly what the sources report',
    { timeout: 60_000 },
    async (fixture, kind) => {
      cpSync(path.join(REPO_ROOT, 'fixtures', fixture), path.join(work, fixture), {
        recursive: true,
      })
      const args = ['check', fixture, '--format', 'json', '--evaluation-date', DATE]
      const shipped = spawnSync(process.execPath, [shippedCli(), ...args], {
        cwd: work,
        encoding: 'utf8',
      })
      expect(shipped.stderr).toBe(NO_BASE)
      const report = JSON.parse(shipped.stdout) as Report
      expectValidReport(report)
      const expected = await fromSources(work, args)
      expect(shipped.status).toBe(expected.code)
      expect(report).toEqual(expected.report)
      // Something was found in every format, so "the same" is not two empty reports.
      const found =
        kind === 'helm'
          ? report.unassigned.components.length +
            report.clusters.flatMap((c) => c.components).length
          : report.clusters.filter((c) => c.source.kind === kind).length
      expect(found).toBeGreaterThan(0)
    },
  )

  describe('dist/index.js run as the runner runs it, on a Terraform pull request', () => {
    const github = new GitHubFixture()
    let apiUrl: string
    let origin: TempRepo
    let workspace: string
    let base: string
    let head: string

    const cluster = (version: string) =>
      `module "eks" {\n  source  = "terraform-aws-modules/eks/aws"\n  version = "~> 20.0"\n\n  cluster_name    = "prod"\n  cluster_version = "${version}"\n\n  eks_managed_node_groups = {\n    general = {\n      ami_type = "AL2023_x86_64_STANDARD"\n    }\n  }\n}\n`

    beforeAll(async () => {
      apiUrl = await github.start()
      origin = new TempRepo('eug-shipped-origin-')
      origin.write({
        'infra/prod/main.tf': cluster('1.29'),
        'infra/prod/versions.tf': 'terraform {\n  backend "s3" {}\n}\n',
      })
      base = origin.commit('base')
      origin.write({ 'infra/prod/main.tf': cluster('1.31') })
      head = origin.commit('prod to 1.31')
      workspace = path.join(work, 'workspace')
      mkdirSync(workspace)
      execFileSync('git', ['clone', '-q', `file://${origin.dir}`, workspace])
      execFileSync('git', ['checkout', '-q', head], { cwd: workspace })
      github.headSha = head
    })
    afterAll(async () => {
      await github.stop()
      origin.cleanup()
    })

    // Node's built-in modules the run loaded, written by a preloaded probe as it exits:
    // the HTTP stack (Octokit, undici) is loaded by a run that talks to GitHub only.
    const probe = path.join(work, 'builtins-probe.cjs')
    const loaded = path.join(work, 'builtins-loaded.txt')
    const builtinsLoaded = () =>
      readFileSync(loaded, 'utf8')
        .split('\n')
        .filter((entry) => entry.startsWith('NativeModule '))
        .map((entry) => entry.slice('NativeModule '.length))
    // (net alone is child_process's, for git.)
    const HTTP_STACK = ['http', 'https', 'tls']
    beforeAll(() =>
      writeFileSync(
        probe,
        `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(loaded)}, process.moduleLoadList.join('\\n')))\n`,
      ),
    )

    it('fails on the skipped minor, points at the tfvars line, and comments', async () => {
      const run = await runAction({
        nodeArgs: ['--require', probe],
        workspace,
        apiUrl,
        sha: head,
        event: { number: 7, pull_request: { number: 7, base: { sha: base }, head: { sha: head } } },
        inputs: { 'github-token': 'ghs_fixturetoken000000000000000000000' },
      })
      expect(run.stderr).toBe('')
      expect(run.code).toBe(1)
      const errors = run.annotations.filter((a) => a.level === 'error' && a.properties.file)
      expect(errors.map((a) => [a.properties.file, a.properties.line, a.properties.title])).toEqual(
        [['infra/prod/main.tf', '6', 'eks-upgrade-gate: control-plane-skips-minor']],
      )
      const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as Report
      expectValidReport(report)
      expect(report.clusters.map((c) => [c.name, c.version.value, c.nodeGroups.length])).toEqual([
        ['prod', '1.31', 1],
      ])
      expect(github.comments).toHaveLength(1)
      expect(github.comments[0]!.body).toContain('control-plane-skips-minor')
      expect(builtinsLoaded()).toEqual(expect.arrayContaining(HTTP_STACK))
    })

    it('a run that posts nothing never loads the GitHub client, an HTTP stack or node:crypto', async () => {
      const run = await runAction({
        nodeArgs: ['--require', probe],
        workspace,
        eventName: 'push',
        sha: head,
      })
      expect(run.stderr).toBe('')
      // Judged all the same: the report holds the cluster at the head's version.
      const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as Report
      expect(report.clusters.map((c) => [c.name, c.version.value])).toEqual([['prod', '1.31']])
      const builtins = builtinsLoaded()
      expect(builtins).toContain('fs')
      expect(builtins.filter((name) => HTTP_STACK.includes(name))).toEqual([])
      // Its tokens for the runner are chosen absent from the text, not drawn at random.
      expect(builtins).not.toContain('crypto')
      expect(JSON.parse(run.outputs.clusters!)).toEqual([
        { id: expect.any(String), name: 'prod', version: '1.31' },
      ])
    })
  })
})

describe('the npm package', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'eug-npm-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const npm = (cwd: string, ...args: string[]) =>
    execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false' },
    })

  it(
    'packs without tests or fixtures, installs offline into an empty directory and runs with npx',
    { timeout: 120_000 },
    () => {
      const packed = JSON.parse(npm(REPO_ROOT, 'pack', '--json', '--pack-destination', dir)) as [
        { filename: string; files: Array<{ path: string }> },
      ]
      const files = packed[0].files.map((file) => file.path)
      expect(files).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/index.js', 'action.yml']))
      expect(files).toEqual(
        expect.arrayContaining(['LICENSE', 'CHANGELOG.md', 'schema/config.schema.json']),
      )
      expect(files.filter((file) => /^(test|fixtures|src|scripts|examples)\//.test(file))).toEqual(
        [],
      )
      const project = path.join(dir, 'user')
      mkdirSync(project)
      npm(project, 'init', '-y')
      npm(project, 'install', path.join(dir, packed[0].filename))
      // No dependencies came along: the bundle is all there is.
      expect(readdirSync(path.join(project, 'node_modules')).sort()).toEqual([
        '.bin',
        '.package-lock.json',
        'eks-upgrade-gate',
      ])
      cpSync(path.join(REPO_ROOT, 'fixtures/terraform/tfvars'), path.join(project, 'infra'), {
        recursive: true,
      })
      const result = spawnSync(
        'npx',
        ['--offline', 'eks-upgrade-gate', 'check', 'infra', '--format', 'json'],
        { cwd: project, encoding: 'utf8' },
      )
      expect(result.stderr).toBe(NO_BASE)
      const report = JSON.parse(result.stdout) as Report
      expectValidReport(report)
      expect(report.clusters.length).toBeGreaterThan(0)
      expect(report.clusters.every((c) => c.version.status === 'resolved')).toBe(true)
    },
  )
})
