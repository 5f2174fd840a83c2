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
