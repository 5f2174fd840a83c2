import { describe, expect, it } from 'vitest'
import { parseImage } from '../../src/model/image.js'
import { readCloudFormation } from '../../src/readers/cloudformation.js'
import { chartNames, readChart, readValues } from '../../src/readers/k8s/helm.js'
import { mayBeManifest, readManifests } from '../../src/readers/k8s/manifests.js'
import { readKustomization } from '../../src/readers/k8s/kustomization.js'
import { fixtureFile, lineOf } from '../helpers/fixtures.js'

const rows = (
  components: Array<{
    name: string
    version: { value: string | null; status: string; at: { line: number } }
  }> = [],
) => components.map((c) => [c.name, c.version.value, c.version.status, c.version.at.line])

describe('image references', () => {
  it.each([
    [
      '602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/kube-proxy:v1.29.0-minimal-eksbuild.1',
      {
        registry: '602401143452.dkr.ecr.us-west-2.amazonaws.com',
        repository: 'eks/kube-proxy',
        name: 'kube-proxy',
        tag: 'v1.29.0-minimal-eksbuild.1',
      },
    ],
    [
      '918309763551.dkr.ecr.cn-north-1.amazonaws.com.cn/eks/kube-proxy',
      {
        registry: '918309763551.dkr.ecr.cn-north-1.amazonaws.com.cn',
        repository: 'eks/kube-proxy',
      },
    ],
    [
      'localhost:5000/eks/coredns@sha256:abc',
      { registry: 'localhost:5000', repository: 'eks/coredns', digest: 'sha256:abc' },
    ],
    [
      'registry.example.com:8443/team/app:1.2.3',
      { registry: 'registry.example.com:8443', repository: 'team/app', tag: '1.2.3' },
    ],
    ['nginx', { registry: '', repository: 'nginx', name: 'nginx' }],
    [
      'bitnami/kubectl:1.29.2-debian-11-r5',
      { registry: '', repository: 'bitnami/kubectl', tag: '1.29.2-debian-11-r5' },
    ],
  ])('parses %s', (text, expected) => {
    expect(parseImage(text)).toMatchObject(expected)
  })

  it.each(['', '${REGISTRY}/eks/kube-proxy:${TAG}', '{{ .Values.image }}', 'a b'])(
    'rejects %j',
    (text) => {
      expect(parseImage(text)).toBeNull()
    },
  )
})

describe('Kubernetes manifests', () => {
  const file = fixtureFile('k8s/kube-system.yaml')
  const result = readManifests(file)

  it('finds component images of workloads, never kubectl, Istio or EBS CSI versions', () => {
    expect(result.problems).toEqual([])
    expect(rows(result.components)).toEqual([
      [
        'kube-proxy',
        'v1.29.0-minimal-eksbuild.1',
        'resolved',
        lineOf(file, 'eks/kube-proxy:v1.29.0'),
      ],
      ['aws-node', 'v1.18.3-eksbuild.2', 'resolved', lineOf(file, 'amazon-k8s-cni:v1.18.3')],
      ['coredns', null, 'unresolved', lineOf(file, 'eks/coredns@sha256')],
      ['cluster-autoscaler', 'v1.31.2', 'resolved', lineOf(file, 'cluster-autoscaler:v1.31.2')],
      ['kube-proxy', null, 'unspecified', lineOf(file, 'amazonaws.com.cn/eks/kube-proxy')],
    ])
  })

  it('records every apiVersion/kind, with its line', () => {
    expect(result.apis?.map((a) => [a.apiVersion, a.kind, a.name, a.at.line])).toEqual([
      ['apps/v1', 'DaemonSet', 'kube-proxy', 2],
      ['apps/v1', 'DaemonSet', 'aws-node', lineOf(file, 'apiVersion', 2)],
      ['apps/v1', 'Deployment', 'coredns', lineOf(file, 'apiVersion', 3)],
      ['apps/v1', 'Deployment', 'cluster-autoscaler', lineOf(file, 'apiVersion', 4)],
      ['batch/v1beta1', 'CronJob', 'cleanup', lineOf(file, 'batch/v1beta1')],
    ])
  })

  it('reads an apiVersion written with YAML escapes, which a text test alone would skip', () => {
    const file = {
      path: 'k8s/psp.yaml',
      text: 'apiVersion: "policy/v1\\x62eta1"\nkind: "PodSecurity\\x50olicy"\nmetadata:\n  name: restricted\n',
    }
    expect(mayBeManifest(file)).toBe(true)
    expect(readManifests(file).apis?.map((a) => [a.apiVersion, a.kind, a.at.line])).toEqual([
      ['policy/v1beta1', 'PodSecurityPolicy', 1],
    ])
  })

  it('reads List items', () => {
    const list = fixtureFile('k8s/list.yaml')
    expect(readManifests(list).apis?.map((a) => [a.apiVersion, a.kind, a.at.line])).toEqual([
      ['v1', 'List', 1],
      ['policy/v1beta1', 'PodSecurityPolicy', lineOf(list, 'policy/v1beta1', 1)],
      ['policy/v1beta1', 'PodDisruptionBudget', lineOf(list, 'policy/v1beta1', 2)],
    ])
  })

  it('follows anchors and tags, and ignores placeholders', () => {
    const anchors = fixtureFile('k8s/anchors.yaml')
    expect(rows(readManifests(anchors).components)).toEqual([
      ['kube-proxy', 'v1.30.0-minimal-eksbuild.3', 'resolved', 1],
    ])
  })

  it('reports malformed YAML with its line', () => {
    const broken = readManifests(fixtureFile('k8s/broken.yaml'))
    expect(broken.problems).toHaveLength(1)
    expect(broken.problems[0]!.message).toMatch(
      /^YAML syntax error in k8s\/broken\.yaml at line \d+/,
    )
  })

  it('does not parse manifests that can hold nothing a rule checks (GA APIs, no tracked image)', () => {
    const plain = {
      path: 'k8s/app.yaml',
      text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: [unclosed\n',
    }
    expect(readManifests(plain)).toEqual({ clusters: [], problems: [] })
    // A beta API or a tracked image in the same file makes it worth parsing.
    const beta = { ...plain, text: plain.text.replace('apps/v1', 'policy/v1beta1') }
    expect(readManifests(beta).problems).toHaveLength(1)
    const image = { ...plain, text: plain.text.replace('web', 'coredns') }
    expect(readManifests(image).problems).toHaveLength(1)
  })

  it('reads Karpenter EC2NodeClasses: the AMI family from amiFamily or the alias, and pinned alias versions', () => {
    const nodeclass = fixtureFile('k8s/nodeclass.yaml')
    const groups = readManifests(nodeclass).nodeGroups!
    expect(
      groups.map((g) => [
        g.name,
        g.kind,
        g.amiFamily.value,
        g.releaseVersion.value,
        g.releaseVersion.status,
      ]),
    ).toEqual([
      ['legacy', 'karpenter', 'AL2', 'v20240807', 'resolved'],
      ['default', 'karpenter', 'AL2023', 'latest', 'policy'],
    ])
    expect(groups[0]!.amiFamily.at.line).toBe(lineOf(nodeclass, 'alias: al2@'))
  })
})

describe('Helm', () => {
  it('reads the app version of a known chart, never its chart version', () => {
    const chart = fixtureFile('helm/cluster-autoscaler/Chart.yaml')
    expect(rows(readChart(chart).components)).toEqual([
      ['cluster-autoscaler', '1.30.0', 'resolved', lineOf(chart, 'appVersion')],
    ])
  })

  it('reads image repository/tag from values', () => {
    const values = fixtureFile('helm/cluster-autoscaler/values.yaml')
    expect(rows(readValues(values, () => 'cluster-autoscaler').components)).toEqual([
      ['cluster-autoscaler', 'v1.30.1', 'resolved', lineOf(values, 'tag:')],
    ])
  })

  it('reads the split image fields of the aws-vpc-cni chart through the chart name', () => {
    const files = [
      fixtureFile('helm/aws-vpc-cni/Chart.yaml'),
      fixtureFile('helm/aws-vpc-cni/values.yaml'),
    ]
    const names = chartNames(files)
    expect(names.get('helm/aws-vpc-cni')).toBe('aws-vpc-cni')
    expect(rows(readValues(files[1]!, (dir) => names.get(dir)).components)).toEqual([
      ['aws-node', 'v1.11.4', 'resolved', 2],
    ])
  })

  it('reads dependencies: Karpenter chart versions are app versions, others are not', () => {
    const chart = fixtureFile('helm/platform/Chart.yaml')
    const components = readChart(chart).components!
    expect(components.map((c) => [c.name, c.version.value, c.version.status])).toEqual([
      ['karpenter', '0.36.2', 'resolved'],
      ['cluster-autoscaler', null, 'unspecified'],
    ])
    expect(components[1]!.version.note).toContain(
      'chart version 9.37.0 does not say which cluster-autoscaler version',
    )
  })

  it("reads a dependency's image tag under its name in an umbrella chart's values", () => {
    const values = fixtureFile('helm/platform/values.yaml')
    expect(rows(readValues(values, () => 'platform').components)).toEqual([
      ['cluster-autoscaler', 'v1.29.4', 'resolved', lineOf(values, 'tag:')],
    ])
  })

  it('scans templates for apiVersion/kind without rendering them', () => {
    const template = fixtureFile('helm/cluster-autoscaler/templates/pdb.yaml')
    expect(readManifests(template).apis?.map((a) => [a.apiVersion, a.kind, a.at.line])).toEqual([
      ['policy/v1beta1', 'PodDisruptionBudget', 2],
    ])
  })

  it('reads Flux HelmRelease and Argo CD Application specs', () => {
    const flux = fixtureFile('gitops/karpenter-helmrelease.yaml')
    expect(rows(readManifests(flux).components)).toEqual([
      ['karpenter', '1.0.6', 'resolved', lineOf(flux, 'version: 1.0.6')],
    ])
    const argo = fixtureFile('gitops/autoscaler-application.yaml')
    expect(rows(readManifests(argo).components)).toEqual([
      ['cluster-autoscaler', 'v1.29.0', 'resolved', lineOf(argo, 'value: v1.29.0')],
    ])
  })
})

describe('CloudFormation', () => {
  it('reads clusters, node groups, add-ons and Fargate profiles, with !Ref parameter defaults', () => {
    const file = fixtureFile('cloudformation/eks.yaml')
    const { clusters, problems } = readCloudFormation(file)
    expect(problems).toEqual([])
    const [cluster] = clusters
    expect([cluster!.id, cluster!.name, cluster!.version.value, cluster!.version.at.line]).toEqual([
      'cloudformation:cloudformation/eks.yaml:Cluster',
      'cfn-prod',
      { major: 1, minor: 30 },
      lineOf(file, 'Default: "1.30"'),
    ])
    expect(
      cluster!.nodeGroups.map((g) => [
        g.name,
        g.kind,
        g.version.value?.minor ?? null,
        g.version.status,
        g.version.at.line,
      ]),
    ).toEqual([
      ['workers', 'managed', 29, 'resolved', lineOf(file, 'ReleaseVersion')],
      ['default', 'fargate', 30, 'unspecified', lineOf(file, '  Default:', 2)],
    ])
    expect(cluster!.addons.map((a) => [a.name, a.version.status, a.version.value])).toEqual([
      ['vpc-cni', 'resolved', 'v1.18.3-eksbuild.2'],
      ['kube-proxy', 'unresolved', null],
    ])
  })

  it('reads CDK synth output, including the CDK custom cluster resource', () => {
    const file = fixtureFile('cloudformation/cdk.out/Platform.template.json')
    const { clusters } = readCloudFormation(file)
    expect(clusters.map((c) => [c.name, c.version.value, c.version.at.line])).toEqual([
      ['cdk-cluster', { major: 1, minor: 31 }, lineOf(file, '"version": "1.31"')],
    ])
    expect(clusters[0]!.nodeGroups.map((g) => [g.name, g.version.value])).toEqual([
      ['NodegroupDefault', { major: 1, minor: 30 }],
    ])
  })
})

describe('what GitOps objects and kustomizations deploy', () => {
  it('kustomize resources, components and patches, from the file’s own directory; remote and escaping references are not paths', () => {
    const result = readKustomization({
      path: 'overlays/prod/kustomization.yaml',
      text: 'resources:\n  - ../../base\n  - nodeclass.yaml\n  - https://github.com/org/repo//deploy?ref=v1\n  - github.com/org/repo/deploy\n  - ../../../outside\ncomponents:\n  - ../../components/karpenter\npatches:\n  - path: patch.yaml\n',
    })
    expect(result.deploys?.map((d) => [d.path, d.at.line])).toEqual([
      ['base', 2],
      ['overlays/prod/nodeclass.yaml', 3],
      ['components/karpenter', 8],
      ['overlays/prod/patch.yaml', 10],
    ])
  })

  it('a Flux Kustomization deploys its path, a HelmRelease its Git chart, from the repository root', () => {
    const result = readManifests({
      path: 'clusters/prod/apps.yaml',
      text: 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\nspec:\n  path: ./apps/prod\n---\napiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: internal\nspec:\n  chart:\n    spec:\n      chart: ./charts/internal\n      sourceRef:\n        kind: GitRepository\n        name: flux-system\n',
    })
    expect(result.deploys?.map((d) => [d.path, d.at.line])).toEqual([
      ['apps/prod', 6],
      ['charts/internal', 15],
    ])
  })
})
