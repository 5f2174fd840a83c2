import { afterEach, describe, expect, it } from 'vitest'
import { checkChange } from '../helpers/change.js'
import { eksctlCluster, TempRepo } from '../helpers/git-repo.js'

let repo: TempRepo | undefined
afterEach(() => repo?.cleanup())

function conflicts(before: Record<string, string>, after: Record<string, string>) {
  const result = checkChange(before, after, '2026-01-10')
  repo = result.repo
  return result.report.findings
    .filter((f) => f.ruleId === 'addon-field-conflicts')
    .map((f) => ({ at: `${f.file}:${f.line}`, new: f.new, message: f.message }))
}

const eksctlAddon = (extra = '') =>
  eksctlCluster(
    'prod',
    '1.32',
    `addons:\n  - name: kube-proxy\n    version: v1.32.0-eksbuild.2\n${extra}`,
  )

const resource = (policy: string) => `resource "aws_eks_cluster" "prod" {
  name     = "prod"
  version  = "1.32"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-1"]
  }
}
${
  policy === 'none'
    ? ''
    : `
resource "aws_eks_addon" "coredns" {
  cluster_name  = aws_eks_cluster.prod.name
  addon_name    = "coredns"
  addon_version = "v1.11.4-eksbuild.2"
${policy}}
`
}`

describe('moving a self-managed add-on to an EKS add-on (server-side apply field ownership)', () => {
  it('eksctl: an add-on created on an existing cluster without resolveConflicts, at the add-on', () => {
    const found = conflicts(
      { 'cluster.yaml': eksctlCluster('prod', '1.32') },
      { 'cluster.yaml': eksctlAddon() },
    )
    expect(found).toEqual([expect.objectContaining({ at: 'cluster.yaml:8', new: true })])
    expect(found[0]!.message).toContain("resolveConflicts is not set: eksctl's default, none")
    expect(found[0]!.message).toContain('kubectl-client-side-apply')
  })

  it('eksctl: resolveConflicts: overwrite, or an add-on the base already had, passes', () => {
    expect(
      conflicts(
        { 'cluster.yaml': eksctlCluster('prod', '1.32') },
        { 'cluster.yaml': eksctlAddon('    resolveConflicts: overwrite\n') },
      ),
    ).toEqual([])
    expect(conflicts({ 'cluster.yaml': eksctlAddon() }, { 'cluster.yaml': eksctlAddon() })).toEqual(
      [],
    )
  })

  it('aws_eks_addon with resolve_conflicts_on_create = "NONE", at that line', () => {
    const found = conflicts(
      { 'main.tf': resource('none') },
      { 'main.tf': resource('  resolve_conflicts_on_create = "NONE"\n') },
    )
    expect(found.map((f) => f.at)).toEqual(['main.tf:14'])
  })

  it('OVERWRITE (the module default) reverts a repository manifest that customises the add-on, at the manifest', () => {
    const eks = (addons: string) => `module "eks" {
  source          = "terraform-aws-modules/eks/aws"
  version         = "~> 20.0"
  cluster_name    = "prod"
  cluster_version = "1.32"
  cluster_addons = {${addons}}
}
`
    const corefile =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: coredns\n  namespace: kube-system\ndata:\n  Corefile: |\n    .:53 { forward . 10.0.0.2 }\n'
    const found = conflicts(
      { 'main.tf': eks(''), 'k8s/coredns.yaml': corefile },
      { 'main.tf': eks('\n    coredns = {}\n  ') },
    )
    expect(found).toEqual([expect.objectContaining({ at: 'k8s/coredns.yaml:1', new: true })])
    expect(found[0]!.message).toContain(
      'ConfigMap coredns is customised here, but the coredns add-on is created with OVERWRITE',
    )
    expect(found[0]!.message).toContain('terraform-aws-modules/eks passes OVERWRITE')
  })
})
