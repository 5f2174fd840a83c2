import { describe, expect, it } from 'vitest'
import { readTerraformFiles, version } from '../helpers/terraform.js'

const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1

describe('self-managed node groups: autoscaling groups that boot EKS AMIs', () => {
  const ssm = [
    'resource "aws_eks_cluster" "this" {\n  name    = "prod"\n  version = "1.31"\n}',
    'data "aws_ssm_parameter" "ami" {\n  name = "/aws/service/eks/optimized-ami/1.30/amazon-linux-2023/x86_64/standard/recommended/image_id"\n}',
    'resource "aws_launch_template" "nodes" {\n  name_prefix = "nodes-"\n  image_id    = data.aws_ssm_parameter.ami.value\n}',
    'resource "aws_autoscaling_group" "nodes" {\n  name = "nodes"\n  launch_template {\n    id      = aws_launch_template.nodes.id\n    version = "$Latest"\n  }\n}',
    // An autoscaling group of something else: not a node group.
    'resource "aws_launch_template" "bastion" {\n  image_id = "ami-0123456789abcdef0"\n}',
    'resource "aws_autoscaling_group" "bastion" {\n  name = "bastion"\n  launch_template {\n    id = aws_launch_template.bastion.id\n  }\n}',
  ].join('\n')

  it('takes the version from the SSM path of the launch template image, not from the control plane', async () => {
    const { clusters, problems } = await readTerraformFiles({ 'main.tf': ssm })
    expect(problems).toEqual([])
    const [cluster] = clusters
    expect(
      cluster!.nodeGroups.map((g) => [
        g.name,
        g.kind,
        version(g.version),
        g.version.status,
        `${g.version.at.file}:${g.version.at.line}`,
        g.amiFamily.value,
      ]),
    ).toEqual([
      [
        'nodes',
        'self-managed',
        '1.30',
        'resolved',
        `main.tf:${lineOf(ssm, '/aws/service/eks/optimized-ami/1.30')}`,
        'AmazonLinux2023',
      ],
    ])
  })

  it('follows mixed instances policies, dynamic blocks, launch configurations and v17 splats', async () => {
    const text = [
      'resource "aws_eks_cluster" "this" {\n  name    = "prod"\n  version = "1.29"\n}',
      'data "aws_ami" "eks" {\n  count       = 2\n  most_recent = true\n  filter {\n    name   = "name"\n    values = ["amazon-eks-node-1.28-v*"]\n  }\n}',
      'resource "aws_launch_template" "lt" {\n  count    = 2\n  image_id = data.aws_ami.eks[count.index].id\n}',
      'resource "aws_autoscaling_group" "mixed" {\n  mixed_instances_policy {\n    launch_template {\n      launch_template_specification {\n        launch_template_id = aws_launch_template.lt[0].id\n      }\n    }\n  }\n}',
      'resource "aws_autoscaling_group" "dyn" {\n  count = 2\n  dynamic "launch_template" {\n    for_each = [1]\n    content {\n      id = aws_launch_template.lt.*.id[count.index]\n    }\n  }\n}',
      'resource "aws_launch_configuration" "old" {\n  image_id = "ami-1"\n}',
      'resource "aws_autoscaling_group" "old" {\n  launch_configuration = aws_launch_configuration.old.name\n  tag {\n    key                 = "kubernetes.io/cluster/prod"\n    value               = "owned"\n    propagate_at_launch = true\n  }\n}',
    ].join('\n')
    const { clusters, problems } = await readTerraformFiles({ 'main.tf': text })
    expect(problems).toEqual([])
    expect(
      clusters[0]!.nodeGroups.map((g) => [
        g.name,
        version(g.version),
        g.version.status,
        g.version.note,
      ]),
    ).toEqual([
      ['aws_autoscaling_group.mixed', '1.28', 'resolved', 'from the AMI amazon-eks-node-1.28-v*'],
      ['aws_autoscaling_group.dyn[0]', '1.28', 'resolved', 'from the AMI amazon-eks-node-1.28-v*'],
      ['aws_autoscaling_group.dyn[1]', '1.28', 'resolved', 'from the AMI amazon-eks-node-1.28-v*'],
      // Tagged for the cluster, but its AMI id says nothing: unresolved, never "1.29".
      [
        'aws_autoscaling_group.old',
        null,
        'unresolved',
        'custom AMI: its Kubernetes version is not in its id, name filter or SSM path',
      ],
    ])
  })

  it('attaches a group to the cluster its kubernetes.io/cluster tag names', async () => {
    const group = (cluster: string, minor: string) =>
      `resource "aws_launch_template" "${cluster}" {\n  image_id = "/aws/service/eks/optimized-ami/${minor}/amazon-linux-2/recommended/image_id"\n}\n` +
      `resource "aws_autoscaling_group" "${cluster}" {\n  name = "${cluster}-nodes"\n  launch_template {\n    id = aws_launch_template.${cluster}.id\n  }\n  tag {\n    key   = "kubernetes.io/cluster/${cluster}"\n    value = "owned"\n  }\n}\n`
    const { clusters, problems } = await readTerraformFiles({
      'main.tf':
        'resource "aws_eks_cluster" "a" {\n  name    = "blue"\n  version = "1.30"\n}\n' +
        'resource "aws_eks_cluster" "b" {\n  name    = "green"\n  version = "1.31"\n}\n' +
        group('green', '1.31') +
        group('blue', '1.29'),
    })
    expect(problems).toEqual([])
    expect(
      clusters.map((c) => [c.name, c.nodeGroups.map((g) => `${g.name}@${version(g.version)}`)]),
    ).toEqual([
      ['blue', ['blue-nodes@1.29']],
      ['green', ['green-nodes@1.31']],
    ])
  })
})

describe('managed node groups with a custom AMI', () => {
  it('a version that depends on whether the AMI is set is the AMI version (EKS refuses a version with a custom AMI)', async () => {
    const text = [
      'resource "aws_eks_cluster" "this" {\n  name    = "prod"\n  version = "1.31"\n}',
      'data "aws_ami" "custom" {\n  filter {\n    name   = "name"\n    values = ["amazon-eks-node-al2023-x86_64-standard-1.30-v*"]\n  }\n}',
      'variable "ami_id" {\n  default = ""\n}',
      'locals {\n  ami_id = coalesce(var.ami_id, data.aws_ami.custom.image_id)\n}',
      'resource "aws_launch_template" "this" {\n  image_id = local.ami_id\n}',
      'resource "aws_eks_node_group" "this" {\n  cluster_name = aws_eks_cluster.this.name\n  node_group_name = "custom"\n  version = local.ami_id != "" ? null : aws_eks_cluster.this.version\n  dynamic "launch_template" {\n    for_each = [1]\n    content {\n      id = aws_launch_template.this.id\n    }\n  }\n}',
    ].join('\n')
    const { clusters, problems } = await readTerraformFiles({ 'main.tf': text })
    expect(problems).toEqual([])
    const [group] = clusters[0]!.nodeGroups
    expect([group!.name, version(group!.version), group!.version.status]).toEqual([
      'custom',
      '1.30',
      'resolved',
    ])
    expect(`${group!.version.at.file}:${group!.version.at.line}`).toBe(
      `main.tf:${lineOf(text, 'standard-1.30-v*')}`,
    )
  })
})

describe('module internals read as Terraform reads them', () => {
  const cluster = (version?: string) =>
    `resource "aws_eks_cluster" "this" {\n  name = "prod"\n${version ? `  version = "${version}"\n` : ''}}\n`
  const asg = (image: string) =>
    `resource "aws_launch_template" "this" {\n  image_id = ${image}\n}\n` +
    'resource "aws_autoscaling_group" "this" {\n  name = "nodes"\n  launch_template {\n    id = aws_launch_template.this.id\n  }\n}\n'
  const ssm = (minor: string) =>
    `data "aws_ssm_parameter" "ami" {\n  name = "/aws/service/eks/optimized-ami/${minor}/amazon-linux-2023/x86_64/standard/recommended/image_id"\n}\n`
  const ami = (minor: string) =>
    `data "aws_ami" "given" {\n  filter {\n    name   = "name"\n    values = ["amazon-eks-node-al2023-x86_64-standard-${minor}-v*"]\n  }\n}\n`
  const rows = async (files: Record<string, string>) => {
    const { clusters, problems } = await readTerraformFiles(files)
    return {
      problems: problems.map((p) => p.message),
      groups: clusters.map((c) =>
        c.nodeGroups.map((g) => [c.name, g.name, version(g.version), g.version.status]),
      ),
    }
  }
  const chosen = 'var.ami_id == "" ? data.aws_ssm_parameter.ami.value : var.ami_id'

  it('`ami_id == "" ? <SSM path> : ami_id` is known when both branches name the same minor, never guessed when they differ', async () => {
    const both = 'locals {\n  ami_id = data.aws_ami.given.image_id\n}\n'
    const agree = await rows({
      'main.tf':
        cluster('1.31') +
        ssm('1.30') +
        ami('1.30') +
        both +
        asg(chosen.replaceAll('var.ami_id', 'local.ami_id')),
    })
    expect(agree.groups).toEqual([[['prod', 'nodes', '1.30', 'resolved']]])
    const differ = await rows({
      'main.tf':
        cluster('1.31') +
        ssm('1.30') +
        ami('1.29') +
        both +
        asg(chosen.replaceAll('var.ami_id', 'local.ami_id')),
    })
    expect(differ.groups).toEqual([[['prod', 'nodes', null, 'unresolved']]])
  })

  it("an AMI filter built from the cluster's unset version follows the control plane", async () => {
    const filter =
      'data "aws_ami" "eks" {\n  filter {\n    name   = "name"\n    values = ["amazon-eks-node-${aws_eks_cluster.this.version}-v*"]\n  }\n}\n'
    const { groups, problems } = await rows({
      'main.tf': cluster() + filter + asg('data.aws_ami.eks.image_id'),
    })
    expect(problems).toEqual([])
    expect(groups).toEqual([[['prod', 'nodes', null, 'unspecified']]])
    const { clusters } = await readTerraformFiles({
      'main.tf': cluster() + filter + asg('data.aws_ami.eks.image_id'),
    })
    expect(clusters[0]!.nodeGroups[0]!.version.note).toBe('inherits the control-plane version')
    expect(clusters[0]!.nodeGroups[0]!.amiFamily.value).toBe('AmazonLinux2')
  })

  it("a cluster's computed id passed into a module names that cluster, with two clusters in one root", async () => {
    const module = (name: string) =>
      `module "${name}" {\n  source             = "./modules/cluster"\n  name               = "${name}"\n  kubernetes_version = "${name === 'blue' ? '1.30' : '1.31'}"\n}\n`
    const { groups, problems } = await rows({
      'main.tf': module('blue') + module('green'),
      'modules/cluster/main.tf':
        'variable "name" {}\nvariable "kubernetes_version" {}\n' +
        'resource "aws_eks_cluster" "this" {\n  name    = var.name\n  version = var.kubernetes_version\n}\n' +
        'module "nodes" {\n  source       = "./nodes"\n  cluster_name = aws_eks_cluster.this.id\n}\n',
      'modules/cluster/nodes/main.tf':
        'variable "cluster_name" {}\n' +
        'resource "aws_eks_node_group" "this" {\n  cluster_name    = var.cluster_name\n  node_group_name = "workers"\n}\n',
    })
    expect(problems).toEqual([])
    expect(groups).toEqual([
      [['blue', 'workers', '1.30', 'unspecified']],
      [['green', 'workers', '1.31', 'unspecified']],
    ])
  })

  it('an autoscaling group with nothing EKS about it is a node group only inside a module that declares a cluster', async () => {
    const plain = asg('"ami-0123"')
    const inside = await rows({
      'main.tf': 'module "eks" {\n  source = "./eks"\n}\n',
      'eks/main.tf': cluster('1.31') + 'module "workers" {\n  source = "./workers"\n}\n',
      'eks/workers/main.tf': plain,
    })
    expect(inside).toEqual({ problems: [], groups: [[['prod', 'nodes', null, 'unresolved']]] })
    const beside = await rows({
      'main.tf': cluster('1.31') + 'module "bastion" {\n  source = "./bastion"\n}\n' + plain,
      'bastion/main.tf': plain,
    })
    expect(beside).toEqual({ problems: [], groups: [[]] })
  })
})

describe('terraform-aws-modules/eks from the registry, details the module internals showed', () => {
  const call = (version: string, body: string) =>
    `module "eks" {\n  source  = "terraform-aws-modules/eks/aws"\n  version = "${version}"\n${body}\n}\n`
  const addons = async (version: string) => {
    const { clusters } = await readTerraformFiles({
      'main.tf': call(
        version,
        '  name = "c"\n  kubernetes_version = "1.33"\n  addons = {\n    coredns = {}\n  }',
      ),
    })
    return clusters[0]!.addons.map((a) => [a.version.status, a.version.value])
  }

  it('v21.0.0–v21.0.4 left addon_version null (EKS default); later v21 installs the most recent', async () => {
    expect(await addons('21.0.3')).toEqual([['unspecified', null]])
    expect(await addons('21.0.5')).toEqual([['policy', 'most_recent']])
    expect(await addons('~> 21.0')).toEqual([['policy', 'most_recent']])
  })

  it('a group with create = false makes nothing; v17 fargate and node_groups submodules attach their maps', async () => {
    const { clusters, problems } = await readTerraformFiles({
      'main.tf':
        call(
          '~> 20.0',
          '  cluster_name    = "c"\n  cluster_version = "1.30"\n  eks_managed_node_groups = {\n    on  = {}\n    off = { create = false }\n  }',
        ) +
        'module "profiles" {\n  source           = "terraform-aws-modules/eks/aws//modules/fargate"\n  version          = "17.24.0"\n  cluster_name     = module.eks.cluster_name\n  fargate_profiles = {\n    default = {}\n  }\n}\n' +
        'module "groups" {\n  source       = "terraform-aws-modules/eks/aws//modules/node_groups"\n  version      = "17.24.0"\n  cluster_name = module.eks.cluster_name\n  node_groups  = {\n    extra = { version = "1.29" }\n  }\n}\n',
    })
    expect(problems).toEqual([])
    expect(clusters[0]!.nodeGroups.map((g) => [g.name, g.kind, version(g.version)])).toEqual([
      ['on', 'managed', '1.30'],
      ['default', 'fargate', '1.30'],
      ['extra', 'managed', '1.29'],
    ])
  })
})
