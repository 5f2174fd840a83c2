import { spawnSync } from 'node:child_process'
import { afterEach, describe, expect, it } from 'vitest'
import type { Report } from '../../src/report/report.js'
import { checkChange } from '../helpers/change.js'
import { eksctlCluster, TempRepo } from '../helpers/git-repo.js'
import { shippedCli } from '../helpers/shipped.js'

// A cluster at 1.24 has errors today (past the end of extended support): they are
// existing in the base, and a change that only moves the cluster must not make them new.
const module = (label: string, name = '"prod"') =>
  `module "${label}" {\n  source          = "terraform-aws-modules/eks/aws"\n  version         = "~> 20.0"\n  cluster_name    = ${name}\n  cluster_version = "1.24"\n  eks_managed_node_groups = {\n    general = {}\n  }\n}\n`

let repo: TempRepo | undefined
afterEach(() => repo?.cleanup())

function judge(before: Record<string, string>, change: (repo: TempRepo) => void) {
  const result = checkChange(before, change, '2026-12-01')
  repo = result.repo
  return {
    status: result.status,
    findings: result.report.findings.length,
    newFindings: result.report.findings
      .filter((f) => f.new)
      .map((f) => `${f.ruleId} ${f.file}:${f.line}`),
  }
}

describe('identity survives moves: only a renamed cluster is a new cluster', () => {
  it('renaming a Terraform module (the EKS Blueprints commit) keeps its findings existing', () => {
    const result = judge({ 'main.tf': module('eks-blueprints') }, (r) =>
      r.write({ 'main.tf': module('eks_blueprints') }),
    )
    expect(result.findings).toBeGreaterThan(0)
    expect(result).toMatchObject({ status: 0, newFindings: [] })
  })

  it('a moved {} block carries a cluster whose name is only known at apply time', () => {
    const random = 'resource "random_string" "s" {\n  length = 4\n}\n'
    const name = '"prod-${random_string.s.result}"'
    const result = judge({ 'main.tf': random + module('old', name) }, (r) =>
      r.write({
        'main.tf':
          random + module('new', name) + 'moved {\n  from = module.old\n  to   = module.new\n}\n',
      }),
    )
    expect(result.findings).toBeGreaterThan(0)
    expect(result).toMatchObject({ status: 0, newFindings: [] })
  })

  it('git mv of an eksctl file, and a Terraform root moved to another directory, keep their findings existing', () => {
    const eksctl = judge({ 'clusters/prod.yaml': eksctlCluster('prod', '1.24') }, (r) =>
      r.git('mv', 'clusters', 'eksctl'),
    )
    expect(eksctl.findings).toBeGreaterThan(0)
    expect(eksctl).toMatchObject({ status: 0, newFindings: [] })
    const root = judge(
      { 'infra/prod/main.tf': module('eks'), 'infra/prod/versions.tf': 'terraform {}\n' },
      (r) => r.git('mv', 'infra', 'live'),
    )
    expect(root.findings).toBeGreaterThan(0)
    expect(root).toMatchObject({ status: 0, newFindings: [] })
  })

  it('two clusters of one name in two regions keep their own findings when both files move and change', () => {
    const prod = (region: string, note = '') =>
      `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: prod\n  region: ${region}\n  version: "1.24"\n${note}`
    const result = judge(
      { 'eu/prod.yaml': prod('eu-west-1'), 'us/prod.yaml': prod('us-east-1') },
      (r) => {
        r.git('rm', '-q', 'eu/prod.yaml', 'us/prod.yaml')
        r.write({
          'regions/eu-west-1.yaml': prod('eu-west-1', '# primary\n'),
          'regions/us-east-1.yaml': prod('us-east-1', '# standby\n'),
        })
      },
    )
    expect(result.findings).toBeGreaterThan(0)
    expect(result).toMatchObject({ status: 0, newFindings: [] })
    // The same name in another region is another cluster: its findings are its own.
    const moved = judge({ 'eu/prod.yaml': prod('eu-west-1') }, (r) => {
      r.git('rm', '-q', 'eu/prod.yaml')
      r.write({ 'regions/prod.yaml': prod('us-west-2', '# rebuilt\n') })
    })
    expect(moved.status).toBe(1)
    expect(moved.newFindings).toContain('control-plane-end-of-support regions/prod.yaml:6')
  })

  it('renaming the cluster itself is a new cluster: its findings are new and block', () => {
    const result = judge({ 'clusters/prod.yaml': eksctlCluster('prod', '1.24') }, (r) =>
      r.write({ 'clusters/prod.yaml': eksctlCluster('prod-2', '1.24') }),
    )
    expect(result.status).toBe(1)
    expect(result.newFindings).toContain('control-plane-end-of-support clusters/prod.yaml:6')
    // In Terraform the address stays; a new cluster_name replaces the cluster all the same.
    const renamed = judge({ 'main.tf': module('eks') }, (r) =>
      r.write({ 'main.tf': module('eks', '"prod-2"') }),
    )
    expect(renamed.status).toBe(1)
    expect(renamed.newFindings).toContain('control-plane-end-of-support main.tf:5')
  })
})

describe('fixed by this change', () => {
  it('lists what the base had and the head cures, in the JSON and the text report', () => {
    const cluster = (group: string) =>
      eksctlCluster(
        'prod',
        '1.31',
        `managedNodeGroups:\n  - name: workers\n    version: "${group}"\n`,
      )
    repo = new TempRepo()
    const base = repo.write({ 'clusters/prod.yaml': cluster('1.27') }).commit('base')
    repo.write({ 'clusters/prod.yaml': cluster('1.30') }).commit('head')
    const args = [shippedCli(), 'check', '.', '--base', base, '--evaluation-date', '2026-06-01']
    const json = spawnSync(process.execPath, [...args, '--format', 'json'], {
      cwd: repo.dir,
      encoding: 'utf8',
    })
    const report = JSON.parse(json.stdout) as Report
    expect(report.fixed?.map((f) => [f.ruleId, f.file, f.severity])).toEqual([
      ['node-group-skew', 'clusters/prod.yaml', 'error'],
    ])
    const text = spawnSync(process.execPath, args, { cwd: repo.dir, encoding: 'utf8' }).stdout
    expect(text).toMatch(
      /Fixed by this change \(1\)\n {2}clusters\/prod\.yaml:\d+ {2}error {2}Node group workers/,
    )
  })
})

describe('a cluster the change takes away', () => {
  it('deleted: a warning that names where the base declared it', () => {
    const result = checkChange(
      {
        'clusters/prod.yaml': eksctlCluster('prod', '1.33'),
        'clusters/dev.yaml': eksctlCluster('dev', '1.33'),
      },
      (r) => r.git('rm', '-q', 'clusters/dev.yaml'),
      '2026-01-10',
    )
    repo = result.repo
    const removed = result.report.findings.find((f) => f.ruleId === 'cluster-removed')
    expect(removed).toMatchObject({ new: true, file: '', severity: 'warning' })
    expect(removed!.message).toContain(
      'Cluster dev (1.33), declared on the base at clusters/dev.yaml:',
    )
    expect(result.status).toBe(0)
  })

  it('padded past the size cap: blocked at the file, not passed with a notice', () => {
    const result = checkChange(
      { 'clusters/prod.yaml': eksctlCluster('prod', '1.33') },
      {
        'clusters/prod.yaml': eksctlCluster('prod', '1.35') + `# ${'x'.repeat(5 * 1024 * 1024)}\n`,
      },
      '2026-01-10',
    )
    repo = result.repo
    expect(result.status).toBe(1)
    expect(
      result.report.findings
        .filter((f) => f.ruleId === 'cluster-unreadable')
        .map((f) => `${f.file}:${f.line} ${f.severity} ${f.new}`),
    ).toEqual(['clusters/prod.yaml:1 error true'])
  })
})
