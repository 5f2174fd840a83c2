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
  const result = checkChange(files, change, '2026-06-01')
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
