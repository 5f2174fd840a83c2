import { describe, expect, it } from 'vitest'
import { runCli } from '../src/cli/run.js'
import type { ClusterJson, Report } from '../src/report/report.js'
import { FIXTURES, fixtureFile, lineOf } from './helpers/fixtures.js'

async function check(dir: string): Promise<Report> {
  let stdout = ''
  const code = await runCli(['check', dir, '--format', 'json', '--fail-on', 'never'], {
    cwd: FIXTURES,
    stdout: (t) => (stdout += t),
    stderr: () => {},
    today: '2026-11-21',
  })
  expect(code).toBe(0)
  return JSON.parse(stdout) as Report
}

const line = (file: string, needle: string) => lineOf(fixtureFile(file), needle)
const rows = (cluster: ClusterJson) => ({
  version: [
    cluster.version.value,
    cluster.version.status,
    cluster.version.file,
    cluster.version.line,
  ],
  nodeGroups: cluster.nodeGroups.map((g) => [
    g.name,
    g.kind,
    g.version.value,
    g.version.status,
    g.version.line,
  ]),
  addons: cluster.addons.map((a) => [a.name, a.version.value, a.version.status, a.version.line]),
})

describe('check DIR --format json on real repository layouts', () => {
  it('a repository laid out like the terraform-aws-eks examples', async () => {
    const report = await check('repos/eks-examples')
    const mng = 'repos/eks-examples/examples/eks-managed-node-group/main.tf'
    expect(report.clusters.map((c) => c.id)).toEqual([
      'terraform:repos/eks-examples/examples/eks-managed-node-group:module.eks',
      'terraform:repos/eks-examples/examples/karpenter:module.eks',
      'terraform:repos/eks-examples/examples/self-managed-node-group:module.eks',
    ])
    expect(rows(report.clusters[0]!)).toEqual({
      version: ['1.31', 'resolved', mng, line(mng, 'cluster_version = "1.31"')],
      // In key order, as Terraform iterates the node-group map.
      nodeGroups: [
        ['bottlerocket', 'managed', '1.31', 'unspecified', line(mng, 'bottlerocket = {')],
        ['complete-eks-mng', 'managed', '1.31', 'unspecified', line(mng, 'complete = {')],
        // The AMI name filter is built from local.cluster_version: that is the line to edit.
        ['custom_ami', 'managed', '1.31', 'resolved', line(mng, 'cluster_version = "1.31"')],
        [
          'default_node_group',
          'managed',
          '1.31',
          'unspecified',
          line(mng, 'default_node_group = {'),
        ],
      ],
      addons: [
        ['coredns', 'most_recent', 'policy', line(mng, 'most_recent = true')],
        ['eks-pod-identity-agent', 'default', 'policy', line(mng, 'eks-pod-identity-agent = {}')],
        ['kube-proxy', 'default', 'policy', line(mng, 'kube-proxy             = {}')],
        ['vpc-cni', 'most_recent', 'policy', line(mng, 'most_recent    = true')],
      ],
    })
    expect(
      report.clusters[0]!.nodeGroups.find((g) => g.name === 'complete-eks-mng')!.releaseVersion,
    ).toMatchObject({ value: 'latest', status: 'policy' })
    expect(report.clusters[1]!.nodeGroups.map((g) => [g.name, g.kind])).toEqual([
      ['karpenter', 'fargate'],
    ])
  })

  it('EKS Blueprints patterns: blue/green clusters from one wrapper, add-ons from eks-blueprints-addons', async () => {
    const report = await check('repos/blueprints')
    const bg = 'repos/blueprints/patterns/blue-green/main.tf'
    const karpenter = 'repos/blueprints/patterns/karpenter/main.tf'
    expect(
      report.clusters.map((c) => [c.name, c.version.value, c.version.file, c.version.line]),
    ).toEqual([
      ['bg-blue', '1.30', bg, line(bg, 'cluster_version = "1.30"')],
      ['bg-green', '1.31', bg, line(bg, 'cluster_version = "1.31"')],
      ['karpenter-pattern', '1.30', karpenter, line(karpenter, 'cluster_version = "1.30"')],
    ])
    expect(rows(report.clusters[2]!).addons).toEqual([
      ['coredns', 'default', 'policy', line(karpenter, 'coredns    = {}')],
      ['kube-proxy', 'default', 'policy', line(karpenter, 'kube-proxy = {}')],
      ['vpc-cni', 'default', 'policy', line(karpenter, 'vpc-cni    = {}')],
      ['aws-ebs-csi-driver', 'most_recent', 'policy', line(karpenter, 'most_recent = true')],
      [
        'snapshot-controller',
        'v8.0.0-eksbuild.1',
        'resolved',
        line(karpenter, 'v8.0.0-eksbuild.1'),
      ],
    ])
  })

  it('a raw-resource stack', async () => {
    const report = await check('terraform/raw')
    const raw = 'terraform/raw/main.tf'
    expect(report.clusters).toHaveLength(1)
    expect(rows(report.clusters[0]!)).toEqual({
      version: ['1.30', 'resolved', raw, line(raw, 'version  = "1.30"')],
      nodeGroups: [
        ['blue', 'managed', '1.29', 'resolved', line(raw, 'release  = "1.29.3')],
        ['green', 'managed', '1.30', 'resolved', line(raw, 'release  = "1.30.0')],
        [
          'rocket',
          'managed',
          '1.30',
          'unspecified',
          line(raw, 'resource "aws_eks_node_group" "by_release"'),
        ],
        ['custom-ami', 'managed', '1.29', 'resolved', line(raw, 'optimized-ami/1.29')],
      ],
      addons: [
        ['vpc-cni', 'v1.18.1-eksbuild.3', 'resolved', line(raw, 'v1.18.1-eksbuild.3')],
        ['aws-ebs-csi-driver', null, 'unspecified', line(raw, 'resource "aws_eks_addon" "ebs"')],
      ],
    })
  })
})
