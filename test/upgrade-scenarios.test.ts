import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../src/cli/run.js'
import type { Report } from '../src/report/report.js'
import { TempRepo } from './helpers/git-repo.js'

function eks(version: string, groups: string): string {
  return `provider "aws" {}

module "eks" {
  source          = "terraform-aws-modules/eks/aws"
  version         = "~> 20.0"
  cluster_name    = "prod"
  cluster_version = "${version}"

  cluster_addons = {
    kube-proxy = { addon_version = "v1.30.0-eksbuild.3" }
    coredns    = { most_recent = true }
  }

  eks_managed_node_groups = {
${groups}
  }
}
`
}

let repo: TempRepo | undefined
afterEach(() => repo?.cleanup())

async function check(args: string[], cwd: string): Promise<{ code: number; report: Report }> {
  let stdout = ''
  const code = await runCli(['check', '.', '--format', 'json', ...args], {
    cwd,
    stdout: (t) => (stdout += t),
    stderr: () => {},
    today: '2026-11-21',
  })
  return { code, report: JSON.parse(stdout) as Report }
}

describe('upgrade scenarios', () => {
  it('1.29 → 1.30 with node groups at 1.27 is blocked, naming the groups to move first', async () => {
    repo = new TempRepo()
    const groups =
      '    batch = { cluster_version = "1.27" }\n    web = { cluster_version = "1.27" }'
    repo.write({ 'main.tf': eks('1.29', groups) })
    const base = repo.commit('base')
    repo.write({ 'main.tf': eks('1.30', groups) })
    repo.commit('head')
    const { code, report } = await check(
      ['--base', base, '--evaluation-date', '2024-08-15'],
      repo.dir,
    )
    expect(code).toBe(1)
    const blocking = report.findings.filter((f) => f.blocking)
    expect(blocking.map((f) => [f.ruleId, f.line])).toEqual([
      ['managed-node-group-behind-control-plane', 15],
      ['managed-node-group-behind-control-plane', 16],
    ])
    expect(blocking[0]!.message).toContain(
      'managed node group batch is at 1.27, and managed node groups must match the control plane (1.29) before it is upgraded. Upgrade batch to 1.29',
    )
    expect(report.plan[0]!.steps.filter((s) => s.kind === 'preflight')).toHaveLength(2)
  })

  it('1.32 → 1.33 with an AL2 node group is blocked on the AMI family', async () => {
    repo = new TempRepo()
    const groups = '    legacy = { ami_type = "AL2_x86_64" }'
    repo.write({ 'main.tf': eks('1.32', groups) })
    const base = repo.commit('base')
    repo.write({ 'main.tf': eks('1.33', groups) })
    repo.commit('head')
    const { code, report } = await check(
      ['--base', base, '--evaluation-date', '2025-07-01'],
      repo.dir,
    )
    expect(code).toBe(1)
    const family = report.findings.filter((f) => f.ruleId === 'ami-family-unsupported')
    expect(family.map((f) => [f.severity, f.new, f.blocking, f.line])).toEqual([
      ['error', true, true, 15],
    ])
    expect(family[0]!.message).toContain('Amazon Linux 2 AMIs are not built for Kubernetes 1.33')
    // At base (1.32) the same group was only a warning: the last AL2 version.
    expect(report.findings.some((f) => f.ruleId === 'ami-family-end-of-life')).toBe(false)
  })

  it('target-version 1.33 from 1.30 plans three hops with named add-on versions', async () => {
    repo = new TempRepo()
    repo.write({ 'main.tf': eks('1.30', '    general = {}') })
    repo.commit('only')
    const { report } = await check(
      ['--target-version', '1.33', '--evaluation-date', '2025-07-01'],
      repo.dir,
    )
    expect(report.transitions).toMatchObject([
      { cluster: 'terraform:.:module.eks', name: 'prod', from: '1.30', to: '1.33' },
    ])
    const [plan] = report.plan
    const hops = [...new Set(plan!.steps.filter((s) => s.hop).map((s) => s.hop))]
    expect(hops).toEqual(['1.30 → 1.31', '1.31 → 1.32', '1.32 → 1.33'])
    const named = (hop: string, subject: string) =>
      plan!.steps.find((s) => s.hop === hop && s.subject === subject)?.version
    expect(named('1.30 → 1.31', 'kube-proxy')).toBe('v1.31.14-eksbuild.20')
    expect(named('1.31 → 1.32', 'kube-proxy')).toBe('v1.32.13-eksbuild.16')
    expect(named('1.32 → 1.33', 'kube-proxy')).toBe('v1.33.10-eksbuild.13')
    expect(plan!.steps.find((s) => s.hop === '1.32 → 1.33' && s.subject === 'coredns')?.text).toBe(
      'coredns (most_recent) picks its 1.33 version when applied',
    )
    expect(plan!.steps.filter((s) => s.kind === 'control-plane').map((s) => s.text)).toEqual([
      'Upgrade the control plane of prod to 1.31',
      'Upgrade the control plane of prod to 1.32',
      'Upgrade the control plane of prod to 1.33',
    ])
    expect(
      plan!.steps.find((s) => s.hop === '1.32 → 1.33' && s.subject === 'general')?.text,
    ).toContain('if it runs AL2, migrate it to AL2023 first')
    // What would break: the kube-proxy pin left at 1.30; hops are the plan's job, not a skipped-minor error.
    expect(report.findings.some((f) => f.ruleId === 'control-plane-skips-minor')).toBe(false)
    expect(report.findings.find((f) => f.ruleId === 'addon-not-moved')?.message).toContain(
      'stays pinned at v1.30.0-eksbuild.3',
    )
    expect(report.notes).toContain(
      'target-version 1.33: findings show what would break at that version, compared with what the tree declares now.',
    )
  })
})

describe('manifests next to clusters', () => {
  it('a 1.24 → 1.25 bump with a policy/v1beta1 PodSecurityPolicy is blocked, naming the replacement', async () => {
    repo = new TempRepo()
    const psp =
      'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata:\n  name: restricted\nspec:\n  privileged: false\n'
    const eksctl = (v: string) =>
      `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: legacy\n  version: "${v}"\n`
    repo.write({
      'clusters/legacy/cluster.yaml': eksctl('1.24'),
      'clusters/legacy/manifests/psp.yaml': psp,
    })
    const base = repo.commit('base')
    repo.write({ 'clusters/legacy/cluster.yaml': eksctl('1.25') })
    repo.commit('head')
    const { code, report } = await check(
      ['--base', base, '--evaluation-date', '2023-03-01'],
      repo.dir,
    )
    expect(code).toBe(1)
    const removed = report.findings.find((f) => f.ruleId === 'api-removed')!
    expect(removed).toMatchObject({
      severity: 'error',
      new: true,
      blocking: true,
      file: 'clusters/legacy/manifests/psp.yaml',
      line: 1,
    })
    expect(removed.message).toContain(
      'PodSecurityPolicy restricted uses policy/v1beta1, which Kubernetes 1.25 removed',
    )
    expect(removed.message).toContain('Pod Security Admission')
  })

  it('a cluster-autoscaler v1.31.2 image next to a 1.32 cluster is an error on the image line', async () => {
    repo = new TempRepo()
    const manifest =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cluster-autoscaler\nspec:\n  template:\n    spec:\n      containers:\n        - name: cluster-autoscaler\n          image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.31.2\n'
    repo.write({
      'infra/main.tf': eks('1.32', '    general = {}'),
      'infra/k8s/cluster-autoscaler.yaml': manifest,
    })
    repo.commit('only')
    const { code, report } = await check(['--evaluation-date', '2025-07-01'], repo.dir)
    expect(code).toBe(1)
    const mismatch = report.findings.filter((f) => f.ruleId === 'cluster-autoscaler-mismatch')
    expect(mismatch.map((f) => [f.file, f.line, f.severity])).toEqual([
      ['infra/k8s/cluster-autoscaler.yaml', 10, 'error'],
    ])
    expect(mismatch[0]!.message).toContain('Use a v1.32.x image')
    expect(report.clusters[0]!.components.map((c) => [c.name, c.version.value])).toEqual([
      ['cluster-autoscaler', 'v1.31.2'],
    ])
  })
})
