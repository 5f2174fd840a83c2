import { describe, expect, it } from 'vitest'
import { readEksctl, mayBeEksctl } from '../../src/readers/eksctl/cluster-config.js'
import { formatKubeVersion } from '../../src/model/version.js'
import type { Declared } from '../../src/model/declared.js'
import type { KubeVersion } from '../../src/model/version.js'
import { fixtureFile, lineOf } from '../helpers/fixtures.js'

const v = (declared: Declared<KubeVersion>) =>
  declared.value ? formatKubeVersion(declared.value) : null

describe('eksctl ClusterConfig reader', () => {
  const file = fixtureFile('eksctl/multi.yaml')
  const { clusters, problems } = readEksctl(file)
  const [blue, green] = clusters

  it('finds every ClusterConfig of a multi-document file and ignores other kinds', () => {
    expect(problems).toEqual([])
    expect(clusters.map((c) => c.id)).toEqual([
      'eksctl:eksctl/multi.yaml:blue',
      'eksctl:eksctl/multi.yaml:green',
    ])
  })

  it('reads unquoted `version: 1.30` as 1.30, never 1.3, with its line and column', () => {
    expect(v(blue!.version)).toBe('1.30')
    expect(blue!.version.status).toBe('resolved')
    expect(blue!.version.at).toEqual({
      file: 'eksctl/multi.yaml',
      line: lineOf(file, 'version: 1.30'),
      column: 12,
    })
    expect(v(green!.version)).toBe('1.31')
  })

  it('takes a managed node group version from an AL2023 release version, on that line', () => {
    const group = blue!.nodeGroups.find((g) => g.name === 'mng-al2023')!
    expect(group.kind).toBe('managed')
    expect(v(group.version)).toBe('1.29')
    expect(group.version.status).toBe('resolved')
    expect(group.version.at.line).toBe(lineOf(file, '1.29.3-20240531'))
    expect(group.releaseVersion.value).toBe('1.29.3-20240531')
    expect(group.amiFamily.value).toBe('AmazonLinux2023')
  })

  it('never reads a Bottlerocket OS release as a Kubernetes version', () => {
    const group = blue!.nodeGroups.find((g) => g.name === 'mng-bottlerocket')!
    expect(group.version.status).toBe('unspecified')
    expect(v(group.version)).toBe('1.30')
    expect(group.version.note).toMatch(/inherits/)
    expect(group.releaseVersion.value).toBe('1.20.0-fcf71a47')
  })

  it('reads the Windows release format', () => {
    const group = blue!.nodeGroups.find((g) => g.name === 'mng-windows')!
    expect(v(group.version)).toBe('1.28')
    expect(group.version.status).toBe('resolved')
  })

  it('lets node groups without a version inherit the control plane, pointing at the group', () => {
    const group = blue!.nodeGroups.find((g) => g.name === 'mng-latest')!
    expect(group.version).toMatchObject({
      status: 'unspecified',
      note: 'inherits the control-plane version',
    })
    expect(group.version.at.line).toBe(lineOf(file, 'name: mng-latest'))
    expect(group.version.via).toEqual([blue!.version.at])
    expect(group.amiFamily).toMatchObject({ status: 'unspecified', value: 'AmazonLinux2023' })
  })

  it('reads add-ons: bare versions, latest as a policy, absent as the EKS default', () => {
    expect(
      blue!.addons.map((a) => [a.name, a.version.status, a.version.value, a.version.at.line]),
    ).toEqual([
      ['vpc-cni', 'resolved', '1.19.2', lineOf(file, 'version: 1.19.2')],
      ['coredns', 'policy', 'latest', lineOf(file, 'version: latest')],
      ['kube-proxy', 'unspecified', null, lineOf(file, 'name: kube-proxy')],
    ])
  })

  it('marks a custom AMI version unresolved and treats auto-ssm as a policy; launch template versions are ignored', () => {
    const custom = green!.nodeGroups.find((g) => g.name === 'self-custom')!
    expect(custom.kind).toBe('self-managed')
    expect(custom.version).toMatchObject({
      status: 'unresolved',
      expression: 'ami-0123456789abcdef0',
    })
    expect(custom.version.at.line).toBe(lineOf(file, 'ami: ami-0123'))
    const ssm = green!.nodeGroups.find((g) => g.name === 'self-ssm')!
    expect(ssm.amiId).toMatchObject({ status: 'policy', value: 'auto-ssm' })
    expect(ssm.version).toMatchObject({
      status: 'unspecified',
      note: 'inherits the control-plane version',
    })
    expect(v(ssm.version)).toBe('1.31')
  })

  it('reads Fargate profiles as node groups that follow the control plane', () => {
    const fargate = green!.nodeGroups.find((g) => g.kind === 'fargate')!
    expect(fargate.name).toBe('fp')
    expect(v(fargate.version)).toBe('1.31')
  })

  it('follows YAML merge keys, own keys winning', () => {
    const anchors = fixtureFile('eksctl/anchors.yaml')
    const [cluster] = readEksctl(anchors).clusters
    const merged = cluster!.nodeGroups.find((g) => g.name === 'merged')!
    const overridden = cluster!.nodeGroups.find((g) => g.name === 'overridden')!
    expect(v(merged.version)).toBe('1.28')
    expect(merged.version.at.line).toBe(lineOf(anchors, 'releaseVersion: 1.28.5'))
    expect(v(overridden.version)).toBe('1.29')
    expect(overridden.version.at.line).toBe(lineOf(anchors, 'releaseVersion: 1.29.0'))
  })

  it('tolerates templated placeholders: unresolved with the text, no crash', () => {
    const placeholders = fixtureFile('eksctl/placeholders.yaml')
    const result = readEksctl(placeholders)
    expect(result.problems).toEqual([])
    const [cluster] = result.clusters
    expect(cluster!.name).toBe('${CLUSTER_NAME}')
    expect(cluster!.version).toMatchObject({ status: 'unresolved', expression: '${K8S_VERSION}' })
    expect(cluster!.version.at.line).toBe(lineOf(placeholders, 'K8S_VERSION'))
    expect(cluster!.nodeGroups[0]!.version).toMatchObject({
      status: 'unresolved',
      expression: '[1, 29]',
    })
    expect(cluster!.addons[0]!.version).toMatchObject({
      status: 'unresolved',
      expression: '{{ .CNIVersion }}',
    })
  })

  it('reports malformed YAML as a problem naming the file and line, without throwing', () => {
    const broken = fixtureFile('eksctl/broken.yaml')
    const result = readEksctl(broken)
    expect(result.clusters).toEqual([])
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]!.at.file).toBe('eksctl/broken.yaml')
    expect(result.problems[0]!.at.line).toBeGreaterThanOrEqual(lineOf(broken, 'labels:'))
    expect(result.problems[0]!.message).toMatch(
      /^YAML syntax error in eksctl\/broken\.yaml at line \d+/,
    )
  })

  it('says when metadata.version is missing instead of guessing', () => {
    const [cluster] = readEksctl(fixtureFile('eksctl/no-version.yaml')).clusters
    expect(cluster!.version).toMatchObject({ status: 'unspecified', value: null })
    expect(cluster!.version.note).toMatch(/eksctl creates the cluster at its own default/)
    expect(cluster!.nodeGroups[0]!.version).toMatchObject({ status: 'unspecified', value: null })
  })

  it('reads a version given as an alias at its anchor, the line to edit, via the alias', () => {
    const file = {
      path: 'c.yaml',
      text: 'current: &current "1.32"\napiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: prod\n  version: *current\nmanagedNodeGroups:\n  - name: ng\n    version: *current\n',
    }
    const [cluster] = readEksctl(file).clusters
    expect(cluster!.version).toMatchObject({
      status: 'resolved',
      at: { file: 'c.yaml', line: 1, column: 19 },
      via: [{ file: 'c.yaml', line: 6, column: 12 }],
    })
    expect(v(cluster!.version)).toBe('1.32')
    expect(v(cluster!.nodeGroups[0]!.version)).toBe('1.32')
  })

  it('reads what a YAML parser reads: an escaped kind, and JSON (eksctl -f takes both)', () => {
    const escaped = {
      path: 'c.yaml',
      text: 'apiVersion: "eksctl\\x2eio/v1alpha5"\nkind: "Cluster\\x43onfig"\nmetadata:\n  name: prod\n  version: "1.32"\n',
    }
    expect(mayBeEksctl(escaped)).toBe(true)
    expect(readEksctl(escaped).clusters.map((c) => [c.name, v(c.version)])).toEqual([
      ['prod', '1.32'],
    ])
    const json = {
      path: 'c.json',
      text: '{"apiVersion": "eksctl.io/v1alpha5", "kind": "ClusterConfig",\n "metadata": {"name": "prod", "version": "1.31"}}\n',
    }
    expect(mayBeEksctl(json)).toBe(true)
    const [fromJson] = readEksctl(json).clusters
    expect(v(fromJson!.version)).toBe('1.31')
    expect(fromJson!.version.at).toEqual({ file: 'c.json', line: 2, column: 42 })
  })

  it('only parses files that can be eksctl configuration', () => {
    expect(mayBeEksctl({ path: 'a/cluster.yaml', text: 'kind: ClusterConfig' })).toBe(true)
    expect(mayBeEksctl({ path: 'a/cluster.yml', text: 'kind: Deployment' })).toBe(false)
    expect(mayBeEksctl({ path: 'a/main.tf', text: 'ClusterConfig' })).toBe(false)
  })
})
