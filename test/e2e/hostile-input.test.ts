import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src/report/report.js'
import { shippedCli } from '../helpers/shipped.js'
import { eksctlCluster, TempRepo } from '../helpers/git-repo.js'
import { runAction } from '../helpers/runner.js'

/** Billion laughs: ten levels of ten aliases each would expand to 10^10 nodes. */
function aliasBomb(): string {
  const lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
  for (let i = 1; i < 10; i++)
    lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`)
  return lines.join('\n') + '\n'
}

function tfCluster(name: string, version: string): string {
  return `resource "aws_eks_cluster" "${name}" {\n  name    = "${name}"\n  version = ${version}\n}\n`
}

/**
 * One repository with every kind of file that has broken gates elsewhere, next to
 * a valid cluster whose finding must still come out right.
 */
function hostileFiles(): Record<string, string | Buffer> {
  return {
    'clusters/prod/cluster.yaml': eksctlCluster('prod', '1.33'),
    // Alias bombs where each reader walks YAML: Helm values, manifests, eksctl merge keys.
    'charts/bomb/Chart.yaml': 'apiVersion: v2\nname: cluster-autoscaler\nversion: 1.0.0\n',
    'charts/bomb/values.yaml': aliasBomb() + 'image: {tag: *a9}\n',
    'k8s/bomb.yaml': [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: coredns',
      '  annotations:',
      ...aliasBomb()
        .trimEnd()
        .split('\n')
        .map((line) => `    ${line}`),
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: coredns',
      '          image: 602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/coredns:v1.11.1-eksbuild.4',
      '          args: *a9',
      '',
    ].join('\n'),
    'clusters/merge/cluster.yaml':
      'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n' +
      'base: &b0 {x: 1}\n' +
      Array.from(
        { length: 30 },
        (_, i) => `l${i + 1}: &b${i + 1} {<<: [*b${i}, *b${i}], y${i}: 1}\n`,
      ).join('') +
      'metadata:\n  <<: *b30\n  name: merge\n  version: "1.33"\n',
    // Deep nesting: 20,000 levels of flow sequences and of block maps.
    'k8s/deep-flow.yaml':
      'apiVersion: v1beta1\nkind: X\nspec: ' + '['.repeat(20_000) + ']'.repeat(20_000) + '\n',
    'charts/deep/values.yaml':
      Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i)}cluster-autoscaler${i}:`).join(
        '\n',
      ) + ' 1\n',
    // Too large, binary, not UTF-8, CRLF.
    'big/values.yaml': Buffer.alloc(50 * 1024 * 1024, 'a: 1\n'),
    'bin/cluster.yaml': Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x6b, 0x69, 0x6e, 0x64]),
    'latin1/cluster.yaml': Buffer.concat([
      Buffer.from(eksctlCluster('latin', '1.33')),
      Buffer.from('# caf\xe9\n', 'latin1'),
    ]),
    'crlf/cluster.yaml': eksctlCluster('crlf', '1.33').replace(/\n/g, '\r\n'),
    // Terraform: a syntax error, and locals and variables that refer to each other.
    'tf/broken/main.tf':
      'module "eks" {\n  source = "terraform-aws-modules/eks/aws"\n  cluster_version = \n',
    'tf/cyclic/main.tf': [
      'locals {',
      '  a = local.b',
      '  b = local.a',
      '}',
      'variable "v" { default = local.a }',
      'module "eks" {',
      '  source          = "terraform-aws-modules/eks/aws"',
      '  cluster_name    = "cyclic"',
      '  cluster_version = var.v',
      '}',
      '',
    ].join('\n'),
    // Terraform that would take the evaluator's memory, stack or time: each costs its value.
    'tf/fanout/main.tf': tfCluster(
      'fanout',
      'length([for x in range(1000) : [for y in range(1000) : [for z in range(1000) : z]]]) > 0 ? "1.33" : "1.32"',
    ),
    'tf/strings/main.tf':
      'locals {\n  a = join("", [for i in range(1000) : "${"x"}${i}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"])\n  b = join("", [for i in range(1000) : local.a])\n  c = join("", [for i in range(1000) : local.b])\n}\n' +
      tfCluster('strings', 'substr(local.c, 0, 0) == "" ? "1.33" : "1.32"'),
    'tf/padded/main.tf': tfCluster('padded', 'trimspace(format("%500000000s", "1.33"))'),
    'tf/deep/main.tf': tfCluster('deep', `${'('.repeat(5_000)}"1.33"${')'.repeat(5_000)}`),
    'tf/deep-json/main.tf.json': `{"locals": {"x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}`,
    'tf/sane/main.tf': tfCluster('sane', 'format("%.1f", 1.33) == "1.3" ? "1.33" : "1.32"'),
    // JSON that is not.
    'plans/broken.json': '{"format_version": "1.2", "resource_changes": [',
  }
}

describe('a repository full of hostile input', () => {
  let repo: TempRepo
  let outside: string

  beforeAll(() => {
    repo = new TempRepo('eug-hostile-')
    repo.write({ 'clusters/prod/cluster.yaml': eksctlCluster('prod', '1.32') })
    repo.commit('base')
    for (const [name, content] of Object.entries(hostileFiles())) {
      mkdirSync(path.dirname(path.join(repo.dir, name)), { recursive: true })
      writeFileSync(path.join(repo.dir, name), content)
    }
    outside = mkdtempSync(path.join(os.tmpdir(), 'eug-outside-'))
    writeFileSync(path.join(outside, 'secret.yaml'), eksctlCluster('secret', '1.20'))
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(repo.dir, 'escape.yaml'))
    symlinkSync(repo.dir, path.join(repo.dir, 'clusters', 'loop'))
  })

  afterAll(() => {
    repo.cleanup()
    rmSync(outside, { recursive: true, force: true })
  })

  const cli = (...args: string[]) => {
    const started = Date.now()
    const result = spawnSync(process.execPath, [shippedCli(), ...args], {
      cwd: repo.dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
    return { ...result, ms: Date.now() - started }
  }

  it('the CLI reads what it can, says what it could not and why, and still gets the valid cluster right', () => {
    const result = cli(
      'check',
      '.',
      '--base',
      'HEAD',
      '--plan-json',
      'plans/broken.json',
      '--format',
      'json',
    )
    expect(result.stderr).toBe('')
    expect(result.ms).toBeLessThan(20_000)
    const report = JSON.parse(result.stdout) as Report
    const prod = report.findings.find((f) => f.cluster?.endsWith(':prod'))
    expect(report.transitions.map((t) => [t.name, t.from, t.to])).toContainEqual([
      'prod',
      '1.32',
      '1.33',
    ])
    expect(prod ?? report.plan.find((p) => p.name === 'prod')).toBeDefined()
    const unreadable = report.findings
      .filter((f) => f.ruleId === 'unreadable-file')
      .map((f) => `${f.file}: ${f.message}`)
    const says = (file: string, pattern: RegExp) =>
      expect(unreadable.filter((m) => m.startsWith(`${file}:`)).join('\n')).toMatch(pattern)
    says('big/values.yaml', /50\.0 MiB is over the 5 MiB limit/)
    says('bin/cluster.yaml', /looks like a binary file/)
    says('latin1/cluster.yaml', /not valid UTF-8/)
    says('escape.yaml', /points outside the workspace/)
    says('tf/broken/main.tf', /syntax error|Syntax error/i)
    says('plans/broken.json', /.+/)
    // CRLF and Latin-1 files are still read: their clusters are there with the right lines.
    const crlf = report.clusters.find((c) => c.name === 'crlf')
    const versionLine =
      eksctlCluster('crlf', '1.33')
        .split('\n')
        .findIndex((line) => line.includes('version:')) + 1
    expect(crlf?.version).toMatchObject({ value: '1.33', line: versionLine })
    // Alias bombs are read in linear time; the bomb's coredns image is found (and, as
    // the file names no cluster, judged against each cluster it could serve).
    expect(
      report.clusters.flatMap((c) =>
        c.components.map((component) => [component.name, component.file]),
      ),
    ).toContainEqual(['coredns', 'k8s/bomb.yaml'])
    says('k8s/deep-flow.yaml', /nests too deeply to read/)
    says('charts/deep/values.yaml', /nests too deeply to read/)
    expect(report.clusters.map((c) => c.name)).toContain('latin')
    // Each Terraform expression built to exhaust the evaluator is one unresolved value,
    // with the reason; the sane cluster beside them is read exactly.
    const version = (name: string) => report.clusters.find((c) => c.name === name)?.version
    for (const name of ['fanout', 'strings'])
      expect(version(name)).toMatchObject({
        status: 'unresolved',
        note: expect.stringMatching(
          /builds (more than the gate evaluates for one expression|a value too large to evaluate)/,
        ),
      })
    expect(version('padded')).toMatchObject({
      status: 'unresolved',
      note: expect.stringContaining('widths and precisions above 100000'),
    })
    expect(version('deep')).toMatchObject({
      status: 'unresolved',
      note: expect.stringContaining('nested more than 256 levels deep'),
    })
    expect(version('sane')).toMatchObject({ status: 'resolved', value: '1.33' })
    says('tf/deep-json/main.tf.json', /the JSON nests more than 256 levels deep/)
    // Nothing from outside the workspace was read.
    expect(report.clusters.map((c) => c.name)).not.toContain('secret')
  })

  it('the action survives the same repository and reports instead of crashing', async () => {
    const run = await runAction({
      workspace: repo.dir,
      // The whole tree: the hostile files are written, not committed, and reading them is the test.
      inputs: { 'fail-on': 'never', 'base-ref': 'HEAD', comment: 'off', scope: 'all' },
    })
    expect(run.stderr).not.toMatch(/TypeError|RangeError|Maximum call stack/)
    expect(run.code).toBe(0)
    expect(run.summary).toContain('Skipped big/values.yaml: 50.0 MiB is over the 5 MiB limit')
    expect(run.outputs.result).toBe('pass')
  })

  it('a directory that is not a git repository, compared with a ref, is a setup error that says what to do', () => {
    const plain = mkdtempSync(path.join(os.tmpdir(), 'eug-plain-'))
    try {
      writeFileSync(path.join(plain, 'cluster.yaml'), eksctlCluster('plain', '1.33'))
      const result = spawnSync(
        process.execPath,
        [shippedCli(), 'check', plain, '--base', 'main', '--format', 'json'],
        { encoding: 'utf8' },
      )
      expect(result.status).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toContain('is not inside a git repository')
      expect(result.stderr).toContain('or leave the base out to check the tree alone')
    } finally {
      rmSync(plain, { recursive: true, force: true })
    }
  })
})
