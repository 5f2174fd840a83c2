import { afterEach, describe, expect, it } from 'vitest'
import { checkChange } from '../helpers/change.js'
import { eksctlCluster, type TempRepo } from '../helpers/git-repo.js'

// Two clusters in one repository, manifests in a directory of their own (the
// eks-workshop-v2 layout): blue moves to 1.33, green stays at 1.32.
const nodeClass = (name: string, discovery: string) =>
  `apiVersion: karpenter.k8s.aws/v1\nkind: EC2NodeClass\nmetadata:\n  name: ${name}\nspec:\n  amiFamily: AL2\n  amiSelectorTerms:\n    - alias: al2@latest\n  role: KarpenterNodeRole-${discovery}\n  subnetSelectorTerms:\n    - tags:\n        karpenter.sh/discovery: ${discovery}\n`
const flowSchema =
  'apiVersion: flowcontrol.apiserver.k8s.io/v1beta3\nkind: FlowSchema\nmetadata:\n  name: shared\nspec: {}\n'

let repo: TempRepo | undefined
afterEach(() => repo?.cleanup())

function run(files: Record<string, string>, change: Record<string, string>) {
  // The whole tree: some of these changes touch nothing, and reading is what is tested.
  const result = checkChange(files, change, '2026-06-01', ['--scope', 'all'])
  repo = result.repo
  return result
}

const clusters = {
  'clusters/blue.yaml': eksctlCluster('blue', '1.32'),
  'clusters/green.yaml': eksctlCluster('green', '1.32'),
}

describe('which cluster a file serves, in a repository with two clusters', () => {
  it('a Karpenter node class is tied by its discovery tag: AL2 blocks blue at 1.33, green is untouched', () => {
    const { status, report } = run(
      {
        ...clusters,
        'karpenter/blue.yaml': nodeClass('blue-nodes', 'blue'),
        'karpenter/green.yaml': nodeClass('green-nodes', 'green'),
      },
      { 'clusters/blue.yaml': eksctlCluster('blue', '1.33') },
    )
    expect(status).toBe(1)
    const al2 = report.findings.filter((f) => f.ruleId === 'ami-family-unsupported')
    expect(al2.map((f) => [f.file, f.line, f.new, f.cluster])).toEqual([
      ['karpenter/blue.yaml', 6, true, 'eksctl:clusters/blue.yaml:blue'],
    ])
    expect(report.unassigned.nodeClasses).toEqual([])
  })

  it('a file that names no cluster is judged against each: the worst case is a finding naming the candidates and assign', () => {
    // flowcontrol v1beta3 is removed in 1.32: blue gets there, green stays at 1.31.
    const { status, report } = run(
      {
        'clusters/blue.yaml': eksctlCluster('blue', '1.31'),
        'clusters/green.yaml': eksctlCluster('green', '1.31'),
        'platform/flowschema.yaml': flowSchema,
      },
      { 'clusters/blue.yaml': eksctlCluster('blue', '1.32') },
    )
    expect(status).toBe(1)
    const removed = report.findings.filter((f) => f.ruleId === 'api-removed')
    expect(removed).toHaveLength(1)
    expect(removed[0]).toMatchObject({ file: 'platform/flowschema.yaml', line: 1, new: true })
    expect(removed[0]!.message).toContain('judged against each it could serve (blue, green)')
    expect(removed[0]!.message).toContain('an assign entry for platform/flowschema.yaml')
  })

  it('an eksctl file that adds node groups to a cluster of the same name is part of that cluster', () => {
    const { report } = run(
      {
        'cluster/cluster.yaml': eksctlCluster('${EKS_CLUSTER_NAME}', '1.32'),
        'modules/graviton/nodegroup.yaml':
          'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: $EKS_CLUSTER_NAME\n  region: eu-west-1\nmanagedNodeGroups:\n  - name: graviton\n',
      },
      {},
    )
    expect(report.clusters.map((c) => [c.name, c.nodeGroups.map((g) => g.name)])).toEqual([
      ['${EKS_CLUSTER_NAME}', ['graviton']],
    ])
  })
})

// Flux's layout: a directory per cluster holds the Kustomizations that deploy shared
// paths; overlays per region list a base both use. Nothing in the manifests names a cluster.
const fluxKustomization = (name: string, target: string) =>
  `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: ${name}\n  namespace: flux-system\nspec:\n  interval: 10m\n  path: ${target}\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n`
const plainNodeClass = (name: string) =>
  `apiVersion: karpenter.k8s.aws/v1\nkind: EC2NodeClass\nmetadata:\n  name: ${name}\nspec:\n  amiFamily: AL2\n  role: nodes\n`
const flux = {
  'eks/blue.yaml': eksctlCluster('blue', '1.32'),
  'eks/green.yaml': eksctlCluster('green', '1.32'),
  'clusters/blue/infrastructure.yaml': fluxKustomization('infrastructure', './infra/eu-primary'),
  'clusters/green/infrastructure.yaml': fluxKustomization('infrastructure', './infra/us-standby'),
  'infra/eu-primary/kustomization.yaml': 'resources:\n  - ../base\n  - nodeclass.yaml\n',
  'infra/eu-primary/nodeclass.yaml': plainNodeClass('primary'),
  'infra/us-standby/kustomization.yaml': 'resources:\n  - ../base\n  - nodeclass.yaml\n',
  'infra/us-standby/nodeclass.yaml': plainNodeClass('standby'),
  'infra/base/kustomization.yaml': 'resources:\n  - flowschema.yaml\n',
  'infra/base/flowschema.yaml': flowSchema,
}

describe('which cluster a file serves, by the GitOps paths that deploy it', () => {
  it("a node class deployed by blue's Flux Kustomization through a kustomize overlay is blue's", () => {
    const { status, report } = run(flux, { 'eks/blue.yaml': eksctlCluster('blue', '1.33') })
    expect(status).toBe(1)
    const al2 = report.findings.filter((f) => f.ruleId === 'ami-family-unsupported')
    expect(al2.map((f) => [f.file, f.line, f.new, f.cluster])).toEqual([
      ['infra/eu-primary/nodeclass.yaml', 6, true, 'eksctl:eks/blue.yaml:blue'],
    ])
    expect(report.unassigned.nodeClasses).toEqual([])
  })

  it('a base both overlays deploy serves both clusters: only the one that passes the removal is blocked, with no ambiguity', () => {
    const before = {
      ...flux,
      'eks/blue.yaml': eksctlCluster('blue', '1.31'),
      'eks/green.yaml': eksctlCluster('green', '1.31'),
    }
    const { status, report } = run(before, { 'eks/blue.yaml': eksctlCluster('blue', '1.32') })
    expect(status).toBe(1)
    const removed = report.findings.filter((f) => f.ruleId === 'api-removed')
    expect(removed.map((f) => [f.file, f.line, f.new, f.cluster])).toEqual([
      ['infra/base/flowschema.yaml', 1, true, 'eksctl:eks/blue.yaml:blue'],
    ])
    expect(removed[0]!.message).not.toContain('judged against each')
  })

  it("an Argo CD Application's source.path deploys to its destination cluster", () => {
    const application = (name: string, target: string, cluster: string) =>
      `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${name}\nspec:\n  source:\n    repoURL: https://example.invalid/platform.git\n    path: ${target}\n  destination:\n    name: ${cluster}\n    namespace: karpenter\n`
    const { report } = run(
      {
        'eks/blue.yaml': eksctlCluster('blue', '1.32'),
        'eks/green.yaml': eksctlCluster('green', '1.32'),
        'argocd/blue-karpenter.yaml': application('karpenter-blue', 'karpenter/one', 'blue'),
        'argocd/green-karpenter.yaml': application('karpenter-green', 'karpenter/two', 'green'),
        'karpenter/one/nodeclass.yaml': plainNodeClass('one'),
        'karpenter/two/nodeclass.yaml': plainNodeClass('two'),
      },
      { 'eks/green.yaml': eksctlCluster('green', '1.33') },
    )
    const al2 = report.findings.filter((f) => f.ruleId === 'ami-family-unsupported')
    expect(al2.map((f) => [f.file, f.cluster])).toEqual([
      ['karpenter/two/nodeclass.yaml', 'eksctl:eks/green.yaml:green'],
    ])
  })
})

describe('which cluster a file serves, by the Terraform that applies it', () => {
  const root = (blue: string) =>
    ['blue', 'green']
      .map(
        (color) =>
          `resource "aws_eks_cluster" "${color}" {\n  name    = "${color}"\n  version = "${color === 'blue' ? blue : '1.32'}"\n}\n` +
          `provider "kubernetes" {\n  alias = "${color}"\n  host  = aws_eks_cluster.${color}.endpoint\n}\n`,
      )
      .join('') +
    `resource "kubernetes_manifest" "nodes" {\n  provider = kubernetes.blue\n  manifest = yamldecode(file("\${path.module}/../karpenter/nodeclass.yaml"))\n}\n` +
    `resource "kubectl_manifest" "inline" {\n  yaml_body = <<-YAML\n    apiVersion: karpenter.k8s.aws/v1\n    kind: EC2NodeClass\n    metadata:\n      name: inline\n    spec:\n      amiFamily: AL2\n      role: \${aws_eks_cluster.green.name}-nodes\n  YAML\n}\n` +
    `provider "kubectl" {\n  host = aws_eks_cluster.green.endpoint\n}\n`

  it("a manifest file read by a kubernetes_manifest wired to blue is blue's; an inline kubectl_manifest wired to green is green's", () => {
    const { report } = run(
      {
        'terraform/main.tf': root('1.32'),
        'karpenter/nodeclass.yaml': plainNodeClass('from-file'),
      },
      { 'terraform/main.tf': root('1.33').replace(/"1\.32"/g, '"1.33"') },
    )
    const al2 = report.findings.filter((f) => f.ruleId === 'ami-family-unsupported')
    expect(al2.map((f) => [f.file, f.line, f.cluster]).sort()).toEqual([
      ['karpenter/nodeclass.yaml', 6, 'terraform:terraform:aws_eks_cluster.blue'],
      ['terraform/main.tf', 28, 'terraform:terraform:aws_eks_cluster.green'],
    ])
    expect(report.unassigned.nodeClasses).toEqual([])
  })
})
