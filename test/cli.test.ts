import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../src/cli/run.js'
import type { Report } from '../src/report/report.js'
import { FIXTURES, REPO_ROOT, fixtureFile, lineOf } from './helpers/fixtures.js'
import { eksctlCluster, TempRepo } from './helpers/git-repo.js'

// Run without a base, the CLI says so first, on stderr, and nothing else.
const NO_BASE =
  'eks-upgrade-gate: no base to compare with (pass --base REF or --base-dir DIR): every finding counts as new.\n'

async function cli(
  argv: string[],
  cwd = REPO_ROOT,
  terminal?: { columns?: number; color: boolean },
) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    today: '2026-11-21',
    ...(terminal && { terminal: () => terminal }),
  })
  return { code, stdout, stderr }
}

describe('eks-upgrade-gate check (CLI)', () => {
  it('lists every cluster, node group and add-on of a directory of eksctl files with versions and lines', async () => {
    const { code, stdout, stderr } = await cli(
      ['check', 'eksctl', '--format', 'json', '--evaluation-date', '2025-01-15'],
      FIXTURES,
    )
    expect(stderr).toBe(NO_BASE)
    // multi.yaml's unquoted `version: 1.30` is the one blocking finding.
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as Report
    expect(
      report.findings.filter((f) => f.blocking).map((f) => [f.ruleId, f.file, f.line]),
    ).toEqual([['version-written-as-number', 'eksctl/multi.yaml', 7]])
    expect(report.schemaVersion).toBe(1)
    expect(report.tool).toMatchObject({ name: 'eks-upgrade-gate', dataDate: '2026-08-21' })
    expect(report.clusters.map((c) => [c.id, c.version.value, c.version.status])).toEqual([
      ['eksctl:eksctl/anchors.yaml:anchored', '1.29', 'resolved'],
      ['eksctl:eksctl/multi.yaml:blue', '1.30', 'resolved'],
      ['eksctl:eksctl/multi.yaml:green', '1.31', 'resolved'],
      ['eksctl:eksctl/no-version.yaml:defaults', null, 'unspecified'],
      ['eksctl:eksctl/placeholders.yaml:${CLUSTER_NAME}', null, 'unresolved'],
    ])
    const multi = fixtureFile('eksctl/multi.yaml')
    const blue = report.clusters.find((c) => c.name === 'blue')!
    expect(blue.version).toEqual({
      value: '1.30',
      status: 'resolved',
      file: 'eksctl/multi.yaml',
      line: lineOf(multi, 'version: 1.30'),
    })
    expect(
      blue.nodeGroups.map((g) => [
        g.name,
        g.kind,
        g.version.value,
        g.version.status,
        g.version.line,
      ]),
    ).toEqual([
      ['mng-al2023', 'managed', '1.29', 'resolved', lineOf(multi, '1.29.3-20240531')],
      [
        'mng-bottlerocket',
        'managed',
        '1.30',
        'unspecified',
        lineOf(multi, 'name: mng-bottlerocket'),
      ],
      ['mng-windows', 'managed', '1.28', 'resolved', lineOf(multi, '1.28-2024.11.12')],
      ['mng-latest', 'managed', '1.30', 'unspecified', lineOf(multi, 'name: mng-latest')],
    ])
    expect(
      blue.addons.map((a) => [a.name, a.version.value, a.version.status, a.version.line]),
    ).toEqual([
      ['vpc-cni', '1.19.2', 'resolved', lineOf(multi, 'version: 1.19.2')],
      ['coredns', 'latest', 'policy', lineOf(multi, 'version: latest')],
      ['kube-proxy', null, 'unspecified', lineOf(multi, 'name: kube-proxy')],
    ])
  })

  it('turns malformed YAML into a finding naming the file and line, and keeps going', async () => {
    const { code, stdout } = await cli(
      ['check', 'eksctl', '--format', 'json', '--evaluation-date', '2025-01-15'],
      FIXTURES,
    )
    const report = JSON.parse(stdout) as Report
    const unreadable = report.findings.filter((f) => f.ruleId === 'unreadable-file')
    expect(unreadable).toHaveLength(1)
    expect(unreadable[0]).toMatchObject({
      severity: 'warning',
      file: 'eksctl/broken.yaml',
      new: true,
      blocking: false,
    })
    expect(unreadable[0]!.line).toBeGreaterThan(1)
    // The unreadable file does not block; multi.yaml's unquoted 1.30 does.
    expect(code).toBe(1)
    expect(
      (
        await cli(
          ['check', 'eksctl', '--fail-on', 'warning', '--evaluation-date', '2025-01-15'],
          FIXTURES,
        )
      ).code,
    ).toBe(1)
  })

  it('blocks the bundled example, which skips a minor, and keeps the pre-existing skew as existing', async () => {
    const { code, stdout } = await cli([
      'check',
      'examples/eksctl-upgrade/head',
      '--base-dir',
      'examples/eksctl-upgrade/base',
      '--format',
      'json',
    ])
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as Report
    expect(report.transitions).toMatchObject([
      {
        cluster: 'eksctl:examples/eksctl-upgrade/head/clusters/prod.yaml:prod',
        name: 'prod',
        from: '1.33',
        to: '1.35',
      },
    ])
    expect(report.findings.map((f) => [f.ruleId, f.new, f.blocking])).toEqual([
      ['control-plane-skips-minor', true, true],
      ['node-group-skew', false, false],
      ['control-plane-extended-support', false, false],
      // staging's workers run AL2, which gets no patches since 2025-11-26.
      ['ami-family-end-of-life', false, false],
      ['unresolved-value', false, false],
      ['addon-floating', false, false],
    ])
    expect(
      report.plan[0]!.steps.filter((s) => s.kind === 'control-plane').map((s) => s.hop),
    ).toEqual(['1.33 → 1.34', '1.34 → 1.35'])
  })

  it('prints a readable text report and markdown', async () => {
    const text = await cli([
      'check',
      'examples/eksctl-upgrade/head',
      '--base-dir',
      'examples/eksctl-upgrade/base',
    ])
    expect(text.stdout).toContain('prod  1.33 → 1.35')
    expect(text.stdout).toMatch(
      /examples\/eksctl-upgrade\/head\/clusters\/prod\.yaml:8:12 {2}error {2}new {2}Cluster prod moves from 1\.33 to 1\.35/,
    )
    expect(text.stdout).toContain('FAIL: 1 finding at or above "error" block this change')
    const markdown = await cli([
      'check',
      'examples/eksctl-upgrade/head',
      '--base-dir',
      'examples/eksctl-upgrade/base',
      '--format',
      'markdown',
    ])
    expect(markdown.stdout).toMatch(
      /^## ❌ EKS upgrade gate: 1 finding at or above "error" block this change/,
    )
    expect(markdown.stdout).toContain(
      '<details><summary>Existing findings, already on the base branch (5)</summary>',
    )
  })

  describe('with a git base', () => {
    let repo: TempRepo
    beforeAll(() => {
      repo = new TempRepo()
      repo.write({
        'clusters/prod.yaml': eksctlCluster(
          'prod',
          '1.29',
          'managedNodeGroups:\n  - name: ng\n    releaseVersion: 1.29.0-20240201\n',
        ),
      })
      repo.commit('base')
      repo.write({
        'clusters/prod.yaml': eksctlCluster(
          'prod',
          '1.31',
          'managedNodeGroups:\n  - name: ng\n    releaseVersion: 1.29.0-20240201\n',
        ),
      })
      repo.commit('head')
    })
    afterAll(() => repo.cleanup())

    it('marks the control-plane jump new and fails', async () => {
      const { code, stdout } = await cli(
        ['check', '.', '--base', 'HEAD~1', '--format', 'json'],
        repo.dir,
      )
      const report = JSON.parse(stdout) as Report
      expect(code).toBe(1)
      expect(report.base).toEqual({ ref: 'HEAD~1', commit: repo.git('rev-parse', 'HEAD~1') })
      expect(report.findings[0]).toMatchObject({
        ruleId: 'control-plane-skips-minor',
        file: 'clusters/prod.yaml',
        line: 6,
        new: true,
      })
    })

    it('passes when base and head agree', async () => {
      expect((await cli(['check', '.', '--base', 'HEAD'], repo.dir)).code).toBe(0)
    })

    it('uses the repository config file', async () => {
      writeFileSync(path.join(repo.dir, 'off.yml'), 'rules:\n  control-plane-skips-minor: off\n')
      expect(
        (await cli(['check', '.', '--base', 'HEAD~1', '--config', 'off.yml'], repo.dir)).code,
      ).toBe(0)
    })
  })

  it.each([
    [['lint'], 'unknown command "lint"'],
    [[], 'missing command'],
    [
      ['check', '--format', 'xml'],
      '--format must be one of text, json, markdown, sarif (got "xml")',
    ],
    [['check', '--bogus'], 'unknown option --bogus'],
    [['check', 'no/such/dir'], 'no/such/dir does not exist'],
    [['check', '--base', 'x', '--base-dir', 'y'], 'use either --base REF or --base-dir DIR'],
    [
      ['check', '--fail-on', 'always'],
      'configuration error: --fail-on must be one of error, warning, notice, never (got "always")',
    ],
    [['check', '--config', 'missing.yml'], 'configuration error: The configuration file'],
  ])('exits 2 with a clear message for %j', async (argv, message) => {
    const { code, stderr, stdout } = await cli(argv)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain(message)
  })

  it('prints help and version', async () => {
    expect((await cli(['--help'])).stdout).toContain('Usage: eks-upgrade-gate check [PATH]')
    expect((await cli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})

describe('a base that is not there', () => {
  it('--base with a typo exits 2 and says what to pass, instead of making every finding new', async () => {
    const repo = new TempRepo('eug-typo-')
    try {
      repo.write({ 'clusters/prod.yaml': eksctlCluster('prod', '1.30') })
      repo.commit('one')
      const { code, stdout, stderr } = await cli(['check', '.', '--base', 'origin/mian'], repo.dir)
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toContain('The base origin/mian is not a commit in this repository')
      expect(stderr).toContain('or add --fetch-base')
    } finally {
      repo.cleanup()
    }
  })
})

describe('CLI traps users of pluto and kubent fall into', () => {
  it('-o json is refused with the flag meant, not written to a file named json', async () => {
    const { code, stderr } = await cli(['check', 'eksctl', '-o', 'json'], FIXTURES)
    expect(code).toBe(2)
    expect(stderr).toContain('for the json format use --format json (-f json)')
  })

  it('a mistyped flag gets "did you mean"', async () => {
    const { code, stderr } = await cli(['check', '.', '--bse', 'main'])
    expect(code).toBe(2)
    expect(stderr).toContain('unknown option --bse: did you mean --base?')
  })

  it('an --output in a directory that does not exist is a usage error, not a stack trace', async () => {
    const { code, stderr } = await cli(
      ['check', 'eksctl', '--output', 'no/such/dir/report.txt', '--evaluation-date', '2025-01-15'],
      FIXTURES,
    )
    expect(code).toBe(2)
    expect(stderr).toContain(
      'cannot write --output no/such/dir/report.txt: its directory does not exist',
    )
    expect(stderr).not.toContain('internal error')
    expect(stderr).not.toMatch(/\n\s+at /)
  })
})

describe('a CLI that feels native', () => {
  const example = [
    'check',
    'examples/eksctl-upgrade/head',
    '--base-dir',
    'examples/eksctl-upgrade/base',
    '--evaluation-date',
    '2026-12-02',
  ]

  it('at 80 columns every line fits, no word is split, and findings are grouped by cluster', async () => {
    const { stdout } = await cli(example, REPO_ROOT, { columns: 80, color: false })
    const lines = stdout.split('\n')
    // Only a single unbreakable token (a long path) may stand past the edge.
    const over = lines.filter((line) => line.length > 80)
    expect(over.every((line) => !line.trim().includes(' '))).toBe(true)
    // Nothing is cut mid-word: the plain report's words all survive, in order.
    const plain = (await cli(example)).stdout
    const words = (text: string) => text.split(/\s+/).filter(Boolean)
    expect(words(stdout.replace(/^ {2}(prod|staging)$/gm, ''))).toEqual(
      expect.arrayContaining(words(plain).filter((w) => !w.startsWith('examples/'))),
    )
    expect(stdout).toMatch(
      /^Findings \(\d+\)\n {2}prod\n {4}error {2}new {2}examples\/eksctl-upgrade\/head\/clusters\/prod\.yaml:8:12\n/m,
    )
    expect(stdout).toMatch(/^ {2}staging$/m)
  })

  it('colour on a terminal, none with --no-color or when writing to a file', async () => {
    const coloured = await cli(example, REPO_ROOT, { columns: 120, color: true })
    expect(coloured.stdout).toContain('\u001b[31merror\u001b[39m')
    expect(coloured.stdout).toContain('\u001b[1m\u001b[31mFAIL')
    const plain = await cli([...example, '--no-color'], REPO_ROOT, { columns: 120, color: true })
    expect(plain.stdout).not.toContain('\u001b[')
    expect((await cli(example)).stdout).not.toContain('\u001b[')
  })

  it('--quiet prints the new findings and the verdict only', async () => {
    const { code, stdout } = await cli([...example, '--quiet'])
    expect(code).toBe(1)
    expect(stdout.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^examples\/eksctl-upgrade\/head\/clusters\/prod\.yaml:8:12 {2}error {2}Cluster prod moves from 1\.33 to 1\.35/,
      ),
      expect.stringMatching(/^FAIL: 1 finding at or above "error" block this change\./),
    ])
  })

  it('a FILE argument checks that file alone', async () => {
    const { stdout, code } = await cli([
      'check',
      'examples/eksctl-upgrade/head/clusters/staging.yaml',
      '--format',
      'json',
      '--evaluation-date',
      '2026-12-02',
    ])
    const report = JSON.parse(stdout) as Report
    expect(report.clusters.map((c) => c.name)).toEqual(['staging'])
    expect(report.summary.filesScanned).toBe(1)
    expect(code).toBe(1)
  })
})

describe('a value a pull request blows up', () => {
  it('format("%.100000f") shows as an abbreviation in messages, not 100,000 characters', async () => {
    const repo = new TempRepo()
    repo.write({
      'main.tf':
        'locals {\n  w = format("%.100000f", 1.5)\n}\nmodule "eks" {\n  source          = "terraform-aws-modules/eks/aws"\n  version         = "~> 20.0"\n  cluster_name    = "prod"\n  cluster_version = local.w\n}\n',
    })
    const { stdout } = await cli(['check', '.', '--evaluation-date', '2026-12-02'], repo.dir)
    repo.cleanup()
    expect(stdout).toContain('… (100002 characters)')
    expect(Math.max(...stdout.split('\n').map((line) => line.length))).toBeLessThan(1_000)
  })
})

describe('finding nothing is not a silent pass', () => {
  it('warns that nothing EKS-related was found, and fails with --config fail-on-empty', async () => {
    const repo = new TempRepo('eug-empty-')
    try {
      repo.write({ 'docs/readme.md': '# nothing here\n', 'app/values.json': '{}\n' })
      const quiet = await cli(['check', '.'], repo.dir)
      expect(quiet.code).toBe(0)
      expect(quiet.stdout).toContain('PASS: nothing EKS-related was found: check the path.')
      expect(quiet.stdout).toContain('set fail-on-empty to fail the check')
      repo.write({ '.github/eks-upgrade-gate.yml': 'fail-on-empty: true\n' })
      const strict = await cli(['check', '.'], repo.dir)
      expect(strict.code).toBe(1)
      expect(strict.stdout).toContain('FAIL: nothing EKS-related was found (fail-on-empty).')
    } finally {
      repo.cleanup()
    }
  })
})
