import { describe, expect, it } from 'vitest'
import type { Cluster } from '../../src/model/inventory.js'
import { fixtureFile, lineOf } from '../helpers/fixtures.js'
import { groupRows, readTerraformFixture, version } from '../helpers/terraform.js'

const at = (file: string, needle: string, occurrence = 1) =>
  `terraform/${file}:${lineOf(fixtureFile(`terraform/${file}`), needle, occurrence)}`
const where = (declared: { at: { file: string; line: number } }) =>
  `${declared.at.file}:${declared.at.line}`
const byName = (clusters: Cluster[], name: string) => clusters.find((c) => c.name === name)!

describe('Terraform: terraform-aws-modules/eks v20 with literals', async () => {
  const { clusters, problems } = await readTerraformFixture('registry-v20')
  const [eks] = clusters

  it('finds one cluster; ignores commented-out code, .tf.sav files, helm/provider/module/launch-template versions', () => {
    expect(problems).toEqual([])
    expect(clusters.map((c) => [c.id, c.name, version(c.version)])).toEqual([
      ['terraform:terraform/registry-v20:module.eks', 'platform', '1.29'],
    ])
    expect(where(eks!.version)).toBe(at('registry-v20/main.tf', 'cluster_version = "1.29"'))
  })

  it('reads node groups with defaults, explicit versions, pinned AMI releases, Bottlerocket, custom AMIs and Fargate', () => {
    const file = 'registry-v20/main.tf'
    // Each map in key order, as Terraform iterates it.
    expect(groupRows(eks!)).toEqual([
      ['bottlerocket', 'managed', '1.29', 'unspecified', at(file, 'bottlerocket = {')],
      ['general', 'managed', '1.29', 'unspecified', at(file, 'general = {')],
      ['legacy', 'managed', '1.27', 'resolved', at(file, 'cluster_version = "1.27"')],
      ['pinned', 'managed', '1.28', 'resolved', at(file, 'ami_release_version = "1.28.5')],
      ['gpu', 'self-managed', '1.28', 'resolved', at(file, 'amazon-eks-gpu-node-1.28-v*')],
      ['kube_system', 'fargate', '1.29', 'unspecified', at(file, 'kube_system = {')],
    ])
    expect(eks!.nodeGroups.map((g) => g.amiType.value)).toEqual([
      'BOTTLEROCKET_x86_64',
      'AL2023_x86_64_STANDARD',
      'AL2_x86_64',
      'AL2023_x86_64_STANDARD',
      'AL2_x86_64',
      null,
    ])
    expect(eks!.nodeGroups.find((g) => g.name === 'bottlerocket')!.releaseVersion.value).toBe(
      '1.20.0-fcf71a47',
    )
  })

  it('reads cluster_addons: {} is the default version read at plan time (v19/v20), most_recent is a policy, pins are literal', () => {
    expect(
      eks!.addons.map((a) => [a.name, a.version.status, a.version.value, where(a.version)]),
    ).toEqual([
      ['coredns', 'policy', 'default', at('registry-v20/main.tf', 'coredns = {}')],
      ['kube-proxy', 'policy', 'most_recent', at('registry-v20/main.tf', 'most_recent = true')],
      [
        'vpc-cni',
        'resolved',
        'v1.18.3-eksbuild.2',
        at('registry-v20/main.tf', 'addon_version = "v1.18.3'),
      ],
    ])
  })
})

describe('Terraform: variables, tfvars and var-files', async () => {
  it('takes the version from terraform.tfvars and *.auto.tfvars, pointing at the tfvars line', async () => {
    const { clusters, problems } = await readTerraformFixture('tfvars')
    expect(problems).toEqual([])
    const [cluster] = clusters
    expect(cluster!.id).toBe('terraform:terraform/tfvars:aws_eks_cluster.main')
    expect(cluster!.name).toBe('tfvars-eu-west-1')
    expect([version(cluster!.version), where(cluster!.version)]).toEqual([
      '1.28',
      at('tfvars/terraform.tfvars', 'cluster_version'),
    ])
    expect(cluster!.version.via.map((v) => `${v.file}:${v.line}`)).toEqual([
      at('tfvars/main.tf', 'version  = var.cluster_version'),
      at('tfvars/variables.tf', 'variable "cluster_version"'),
    ])
    expect(groupRows(cluster!)).toEqual([
      ['workers', 'managed', '1.27', 'resolved', at('tfvars/override.auto.tfvars', 'node_version')],
    ])
  })

  it('evaluates each var-file as its own instance of the root module', async () => {
    const { clusters } = await readTerraformFixture('tfvars', ['terraform/tfvars/envs/prod.tfvars'])
    expect(clusters.map((c) => [c.id, version(c.version), where(c.version)])).toEqual([
      [
        'terraform:terraform/tfvars[terraform/tfvars/envs/prod.tfvars]:aws_eks_cluster.main',
        '1.30',
        at('tfvars/envs/prod.tfvars', 'cluster_version'),
      ],
    ])
    expect(groupRows(clusters[0]!)).toEqual([
      ['workers', 'managed', '1.29', 'resolved', at('tfvars/envs/prod.tfvars', 'node_version')],
    ])
  })

  it('says what is wrong with a var-files entry', async () => {
    const { problems } = await readTerraformFixture('tfvars', [
      'terraform/tfvars/envs/qa.tfvars',
      'nowhere=terraform/tfvars/envs/prod.tfvars',
    ])
    expect(problems.map((p) => p.message)).toEqual([
      'The var-files entry "terraform/tfvars/envs/qa.tfvars" names terraform/tfvars/envs/qa.tfvars, which is not a .tfvars file in the scanned tree',
      'The var-files entry "nowhere=terraform/tfvars/envs/prod.tfvars": no Terraform root module at "nowhere" (write ROOT_DIR=FILE)',
    ])
  })
})

describe('Terraform: locals, templates, arithmetic, lookups, list-wrapped values', async () => {
  const { clusters } = await readTerraformFixture('locals')

  it('evaluates "1.${local.minor - 1}" and points at the local a user edits', () => {
    const computed = byName(clusters, 'computed')
    expect([version(computed.version), where(computed.version)]).toEqual([
      '1.30',
      at('locals/versions.tf', 'minor         = 31'),
    ])
    expect(groupRows(computed)).toEqual([
      ['a', 'managed', '1.29', 'resolved', at('locals/versions.tf', 'minor         = 31')],
      ['b', 'managed', '1.29', 'resolved', at('locals/versions.tf', 'minor         = 31')],
    ])
  })

  it('follows lookup maps keyed by environment to the map entry', () => {
    const byEnv = byName(clusters, 'by-env')
    expect([version(byEnv.version), where(byEnv.version)]).toEqual([
      '1.29',
      at('locals/versions.tf', 'versions      ='),
    ])
  })

  it('unwraps a list of one version, for raw resources and for unknown modules that take a version input', () => {
    expect(version(byName(clusters, 'list-wrapped').version)).toBe('1.30')
    const wrapped = clusters.find((c) => c.id === 'terraform:terraform/locals:module.wrapped')!
    expect([version(wrapped.version), where(wrapped.version)]).toEqual([
      '1.30',
      at('locals/versions.tf', 'wrapped       ='),
    ])
  })
})

describe('Terraform: wrapper modules, module outputs, submodules', async () => {
  const { clusters, problems } = await readTerraformFixture('wrapper')

  it("uses the caller's value, never the wrapper's stale default, and does not report the wrapper on its own", () => {
    expect(problems).toEqual([])
    expect(clusters.map((c) => [c.id, c.name, version(c.version), where(c.version)])).toEqual([
      [
        'terraform:terraform/wrapper/live:module.eks.module.this',
        'live',
        '1.29',
        at('wrapper/live/main.tf', 'kubernetes_version = "1.29"'),
      ],
    ])
  })

  it('attaches add-ons and a node-group submodule fed by module outputs', () => {
    const [live] = clusters
    expect(groupRows(live!)).toEqual([
      ['default', 'managed', '1.29', 'unspecified', at('wrapper/live/main.tf', 'default = {')],
      [
        'extra',
        'managed',
        '1.28',
        'resolved',
        at('wrapper/live/main.tf', 'cluster_version = "1.28"'),
      ],
    ])
    expect(live!.addons.map((a) => [a.name, a.version.status, a.version.value])).toEqual([
      ['coredns', 'policy', 'most_recent'],
      ['kube-proxy', 'resolved', 'v1.29.0-eksbuild.1'],
    ])
  })
})

describe('Terraform: raw resources', async () => {
  const { clusters, problems } = await readTerraformFixture('raw')
  const [raw] = clusters

  it('expands for_each node groups and reads versions from release versions, never from Bottlerocket releases', () => {
    expect(problems).toEqual([])
    const file = 'raw/main.tf'
    expect(groupRows(raw!)).toEqual([
      ['blue', 'managed', '1.29', 'resolved', at(file, 'release  = "1.29.3')],
      ['green', 'managed', '1.30', 'resolved', at(file, 'release  = "1.30.0')],
      [
        'rocket',
        'managed',
        '1.30',
        'unspecified',
        at(file, 'resource "aws_eks_node_group" "by_release"'),
      ],
      ['custom-ami', 'managed', '1.29', 'resolved', at(file, 'optimized-ami/1.29')],
    ])
  })

  it('reads add-ons and leaves out resources whose count is 0', () => {
    expect(raw!.addons.map((a) => [a.name, a.version.status, a.version.value])).toEqual([
      ['vpc-cni', 'resolved', 'v1.18.1-eksbuild.3'],
      ['aws-ebs-csi-driver', 'unspecified', null],
    ])
    expect(raw!.nodeGroups.some((g) => g.kind === 'fargate')).toBe(false)
  })
})

describe('Terraform: module majors v21 and v17', async () => {
  it('v21: kubernetes_version, addons {} = most recent, AL2023 default AMI type, cluster_version ignored in groups', async () => {
    const { clusters } = await readTerraformFixture('v21')
    const [eks] = clusters
    expect(version(eks!.version)).toBe('1.33')
    expect(groupRows(eks!).map((r) => r.slice(0, 4))).toEqual([
      ['default', 'managed', '1.33', 'unspecified'],
      ['old', 'managed', '1.31', 'resolved'],
    ])
    expect(eks!.nodeGroups[0]!.amiType).toMatchObject({
      value: 'AL2023_x86_64_STANDARD',
      status: 'unspecified',
    })
    expect(eks!.addons.map((a) => [a.name, a.version.status, a.version.value])).toEqual([
      ['coredns', 'policy', 'most_recent'],
      // most_recent = false: the module reads the default version for the cluster version.
      ['kube-proxy', 'policy', 'default'],
      ['vpc-cni', 'resolved', 'v1.20.0-eksbuild.1'],
    ])
  })

  it('v17 (from a git ?ref=): node_groups with version, worker_groups and worker_groups_launch_template side by side', async () => {
    const { clusters } = await readTerraformFixture('v17')
    expect(version(clusters[0]!.version)).toBe('1.22')
    expect(groupRows(clusters[0]!).map((r) => r.slice(0, 4))).toEqual([
      ['main', 'managed', '1.21', 'resolved'],
      ['workers', 'self-managed', '1.22', 'unspecified'],
      ['spot', 'self-managed', '1.22', 'unspecified'],
    ])
  })
})

describe('Terraform: what cannot be known statically', async () => {
  it('keeps data sources, SSM parameters and variables without values unresolved, with the reason', async () => {
    const { clusters } = await readTerraformFixture('unresolved')
    expect(clusters.map((c) => [c.name, c.version.status, c.version.expression ?? null])).toEqual([
      ['from-data', 'unresolved', 'data.aws_eks_cluster.existing.version'],
      ['from-ssm', 'unresolved', 'data.aws_ssm_parameter.k8s_version.value'],
      ['missing', 'unresolved', 'var.eks_version'],
      ['defaulted', 'unspecified', null],
    ])
    expect(byName(clusters, 'missing').version.note).toBe(
      'variable "eks_version" has no default and no value in terraform.tfvars, a *.auto.tfvars file or the var-files setting',
    )
    expect(byName(clusters, 'defaulted').version.note).toMatch(/module major not pinned/)
  })

  it('a directory nothing in the repository calls is a root: its defaults apply, as terraform plan there would apply them', async () => {
    const { clusters } = await readTerraformFixture('library')
    expect(version(clusters[0]!.version)).toBe('1.21')
    expect(clusters[0]!.version).toMatchObject({ status: 'resolved' })
    expect(clusters[0]!.version.at.line).toBe(4)
  })

  it('reports a syntax error with its line and still reads the other blocks', async () => {
    const { clusters, problems } = await readTerraformFixture('broken')
    expect(clusters.map((c) => c.name)).toEqual(['fine'])
    expect(problems.map((p) => [p.at.file, p.at.line])).toEqual([
      [
        'terraform/broken/main.tf',
        lineOf(fixtureFile('terraform/broken/main.tf'), 'subnet_ids = ['),
      ],
    ])
  })
})

describe('Terragrunt', async () => {
  const { clusters } = await readTerraformFixture('terragrunt')

  it('reads inputs with the registry module from tfr:// and local sources with //', () => {
    expect(clusters.map((c) => [c.id, c.name, version(c.version), where(c.version)])).toEqual([
      [
        'terraform:terraform/terragrunt/prod[terragrunt]:module.terragrunt',
        'tg-prod',
        '1.29',
        at('terragrunt/prod/terragrunt.hcl', 'k8s = "1.29"'),
      ],
      [
        'terraform:terraform/terragrunt/staging[terragrunt]:module.terragrunt.aws_eks_cluster.this',
        'tg-staging',
        '1.31',
        at('terragrunt/staging/terragrunt.hcl', 'kubernetes_version = "1.31"'),
      ],
    ])
    expect(groupRows(clusters[0]!)).toEqual([
      [
        'default',
        'managed',
        '1.28',
        'resolved',
        at('terragrunt/prod/terragrunt.hcl', '1.28.15-20241115'),
      ],
    ])
  })
})

describe('no dead runs, only clusters', async () => {
  const { loadHclParser } = await import('../../src/readers/terraform/hcl/loader.js')
  const { readTerraform } = await import('../../src/readers/terraform/index.js')
  const read = async (files: Record<string, string>) =>
    readTerraform(
      Object.entries(files).map(([path, text]) => ({ path, text })),
      await loadHclParser(),
      { varFiles: [] },
    )

  it('a count = 0 data source read through try() falls back, as in terraform-aws-eks (it crashed the run)', async () => {
    const { clusters, problems } = await read({
      'main.tf': [
        'variable "create" {\n  default = false\n}',
        'data "aws_eks_cluster" "existing" {\n  count = var.create ? 1 : 0\n  name  = "x"\n}',
        'locals {\n  version = try(data.aws_eks_cluster.existing[0].version, "1.31")\n}',
        'resource "aws_eks_cluster" "this" {\n  name    = "c"\n  version = local.version\n}',
      ].join('\n'),
    })
    expect(problems).toEqual([])
    expect(clusters.map((c) => [c.name, version(c.version), c.version.status])).toEqual([
      ['c', '1.31', 'resolved'],
    ])
  })

  it('a registry eks module with create = false, or count = 0, declares no cluster', async () => {
    const call = (name: string, extra: string) =>
      `module "${name}" {\n  source          = "terraform-aws-modules/eks/aws"\n  version         = "~> 20.0"\n  cluster_name    = "${name}"\n  cluster_version = "1.30"\n${extra}\n}\n`
    const { clusters } = await read({
      'main.tf':
        call('off', '  create = false') +
        call('none', '  count = 0') +
        call('on', '  create = true'),
    })
    expect(clusters.map((c) => c.name)).toEqual(['on'])
  })
})

describe('several clusters in one root', async () => {
  const { loadHclParser } = await import('../../src/readers/terraform/hcl/loader.js')
  const { readTerraform } = await import('../../src/readers/terraform/index.js')

  it('attaches each node group and add-on to the cluster its reference names (blue/green)', async () => {
    const cluster = (color: string, version: string) =>
      `resource "aws_eks_cluster" "${color}" {\n  name    = "${color}"\n  version = "${version}"\n}\n` +
      `resource "aws_eks_node_group" "${color}" {\n  cluster_name    = aws_eks_cluster.${color}.name\n  node_group_name = "${color}-workers"\n  version         = "${version}"\n}\n` +
      `resource "aws_eks_addon" "${color}" {\n  cluster_name  = aws_eks_cluster.${color}.name\n  addon_name    = "kube-proxy"\n  addon_version = "v${version}.0-eksbuild.1"\n}\n`
    const { clusters, problems } = readTerraform(
      [
        {
          path: 'main.tf',
          text: `provider "aws" {}\n${cluster('blue', '1.30')}${cluster('green', '1.31')}`,
        },
      ],
      await loadHclParser(),
      { varFiles: [] },
    )
    expect(problems).toEqual([])
    expect(
      clusters.map((c) => [
        c.name,
        c.nodeGroups.map((g) => `${g.name}@${version(g.version)}`),
        c.addons.map((a) => a.version.value),
      ]),
    ).toEqual([
      ['blue', ['blue-workers@1.30'], ['v1.30.0-eksbuild.1']],
      ['green', ['green-workers@1.31'], ['v1.31.0-eksbuild.1']],
    ])
  })
})

describe('override files', async () => {
  const { loadHclParser } = await import('../../src/readers/terraform/hcl/loader.js')
  const { readTerraform } = await import('../../src/readers/terraform/index.js')

  it('override.tf and *_override.tf replace the arguments of the blocks they name, whatever the file order', async () => {
    const { clusters } = readTerraform(
      [
        {
          path: 'a_override.tf',
          text: 'resource "aws_eks_cluster" "this" {\n  version = "1.31"\n}\n',
        },
        {
          path: 'main.tf',
          text: 'provider "aws" {}\nresource "aws_eks_cluster" "this" {\n  name    = "c"\n  version = "1.30"\n}\nlocals {\n  x = 1\n}\n',
        },
      ],
      await loadHclParser(),
      { varFiles: [] },
    )
    expect(clusters.map((c) => [c.name, version(c.version), c.version.at.file])).toEqual([
      ['c', '1.31', 'a_override.tf'],
    ])
  })
})

describe('modules that only make node groups', async () => {
  const { loadHclParser } = await import('../../src/readers/terraform/hcl/loader.js')
  const { readTerraform } = await import('../../src/readers/terraform/index.js')

  it('a cloudposse eks-node-group call attaches its group to the cluster module it is given, not a cluster of its own', async () => {
    const { clusters, problems } = readTerraform(
      [
        {
          path: 'main.tf',
          text: [
            'provider "aws" {}',
            'module "eks_cluster" {\n  source             = "cloudposse/eks-cluster/aws"\n  version            = "4.0.0"\n  name               = "prod"\n  kubernetes_version = "1.30"\n}',
            'module "workers" {\n  source             = "cloudposse/eks-node-group/aws"\n  version            = "3.0.0"\n  node_group_name    = "workers"\n  cluster_name       = module.eks_cluster.eks_cluster_id\n  kubernetes_version = ["1.29"]\n}',
          ].join('\n'),
        },
      ],
      await loadHclParser(),
      { varFiles: [] },
    )
    expect(problems).toEqual([])
    expect(
      clusters.map((c) => [
        c.name,
        version(c.version),
        c.nodeGroups.map((g) => `${g.name}@${version(g.version)}`),
      ]),
    ).toEqual([['prod', '1.30', ['workers@1.29']]])
  })
})

describe('numbers where versions belong', async () => {
  const { loadHclParser } = await import('../../src/readers/terraform/hcl/loader.js')
  const { readTerraform } = await import('../../src/readers/terraform/index.js')
  const read = async (files: Record<string, string>) =>
    readTerraform(
      Object.entries(files).map(([path, text]) => ({ path, text })),
      await loadHclParser(),
      { varFiles: [] },
    ).clusters.map((c) => [c.name, version(c.version), c.version.numberWritten ?? null])

  it('version = 1.30, directly or through a string variable, is "1.3" and remembers the number as written', async () => {
    expect(
      await read({
        'main.tf':
          'provider "aws" {}\nvariable "v" {\n  type    = string\n  default = 1.30\n}\n' +
          'resource "aws_eks_cluster" "a" {\n  name    = "a"\n  version = 1.30\n}\n' +
          'resource "aws_eks_cluster" "b" {\n  name    = "b"\n  version = var.v\n}\n' +
          'resource "aws_eks_cluster" "c" {\n  name    = "c"\n  version = "1.30"\n}\n',
      }),
    ).toEqual([
      ['a', '1.3', '1.30'],
      ['b', '1.3', '1.30'],
      ['c', '1.30', null],
    ])
  })

  it('a JSON tfvars number keeps its own value when a nested key of the same name comes first', async () => {
    expect(
      await read({
        'main.tf':
          'provider "aws" {}\nvariable "v" {}\nvariable "inner" {}\n' +
          'resource "aws_eks_cluster" "a" {\n  name    = "a"\n  version = var.v\n}\n',
        'terraform.tfvars.json': '{\n  "inner": { "v": 1.5 },\n  "v": 1.31\n}\n',
      }),
    ).toEqual([['a', '1.31', '1.31']])
  })
})

describe('JSON configuration (.tf.json)', async () => {
  const { readTerraformFiles } = await import('../helpers/terraform.js')
  const main = JSON.stringify(
    {
      variable: { cluster_version: { type: 'string', default: '1.30' } },
      resource: {
        aws_eks_cluster: { this: { name: 'json', version: '${var.cluster_version}' } },
        aws_eks_node_group: {
          workers: {
            cluster_name: '${aws_eks_cluster.this.name}',
            node_group_name: 'workers',
            version: '1.29',
          },
        },
      },
      module: {
        eks: {
          source: 'terraform-aws-modules/eks/aws',
          version: '~> 20.0',
          cluster_name: 'registry',
          cluster_version: '1.31',
          eks_managed_node_groups: { general: {} },
        },
      },
    },
    null,
    2,
  )
  const line = (text: string, needle: string) =>
    text.split('\n').findIndex((l) => l.includes(needle)) + 1

  it('reads resources and module calls with templates, pointing at the line of each key', async () => {
    const { clusters, problems } = await readTerraformFiles({ 'main.tf.json': main })
    expect(problems).toEqual([])
    expect(
      clusters.map((c) => [
        c.name,
        version(c.version),
        `${c.version.at.file}:${c.version.at.line}`,
        c.nodeGroups.map((g) => `${g.name}@${version(g.version)}`),
      ]),
    ).toEqual([
      ['json', '1.30', `main.tf.json:${line(main, '"default": "1.30"')}`, ['workers@1.29']],
      [
        'registry',
        '1.31',
        `main.tf.json:${line(main, '"cluster_version": "1.31"')}`,
        ['general@1.31'],
      ],
    ])
  })

  it('override.tf.json overrides, and invalid JSON is a problem with its line, not a crash', async () => {
    const { clusters, problems } = await readTerraformFiles({
      'main.tf.json': main,
      'override.tf.json': JSON.stringify({ variable: { cluster_version: { default: '1.32' } } }),
      'broken/main.tf.json': '{\n  "resource": {\n    "aws_eks_cluster": {,\n  }\n}\n',
    })
    expect(clusters.find((c) => c.name === 'json')!.version.value).toEqual({ major: 1, minor: 32 })
    expect(problems.map((p) => [`${p.at.file}:${p.at.line}`, p.message])).toEqual([
      [
        'broken/main.tf.json:3',
        expect.stringContaining('broken/main.tf.json is not valid JSON (ValueExpected)'),
      ],
    ])
  })
})

describe('modules installed by terraform init (.terraform/modules/modules.json)', async () => {
  const { readTerraformFiles } = await import('../helpers/terraform.js')
  const call =
    'module "cluster" {\n  source  = "git::https://example.com/platform/eks.git?ref=v3"\n  name    = "prod"\n  kubernetes_version = "1.31"\n  groups  = { a = "1.30", b = "1.31" }\n}\n'
  const installed = {
    'app/.terraform/modules/cluster/main.tf':
      'variable "name" {}\nvariable "kubernetes_version" {}\nvariable "groups" {}\n' +
      'resource "aws_eks_cluster" "this" {\n  name    = var.name\n  version = var.kubernetes_version\n}\n' +
      'resource "aws_eks_node_group" "this" {\n  for_each        = var.groups\n  cluster_name    = aws_eks_cluster.this.name\n  node_group_name = each.key\n  version         = each.value\n}\n',
  }
  const manifest = (dir: string) =>
    JSON.stringify({
      Modules: [
        { Key: '', Source: '', Dir: '.' },
        { Key: 'cluster', Source: 'git::https://example.com/platform/eks.git?ref=v3', Dir: dir },
      ],
    })

  it("reads an installed module's internals, as tflint does, and never as a root of its own", async () => {
    const { clusters, problems } = await readTerraformFiles({
      'app/main.tf': call,
      'app/.terraform/modules/modules.json': manifest('.terraform/modules/cluster'),
      ...installed,
    })
    expect(problems).toEqual([])
    expect(
      clusters.map((c) => [c.id, c.nodeGroups.map((g) => `${g.name}@${version(g.version)}`)]),
    ).toEqual([['terraform:app:module.cluster.aws_eks_cluster.this', ['a@1.30', 'b@1.31']]])
  })

  it('without modules.json, or with a Dir outside the repository, the call is seen from outside only', async () => {
    const variants: Array<Record<string, string>> = [
      {},
      { 'app/.terraform/modules/modules.json': manifest('../../../etc') },
    ]
    for (const extra of variants) {
      const { clusters } = await readTerraformFiles({ 'app/main.tf': call, ...installed, ...extra })
      expect(clusters.map((c) => [c.id, c.nodeGroups.length])).toEqual([
        ['terraform:app:module.cluster', 0],
      ])
    }
  })
})

describe('for_each as Terraform takes it', async () => {
  const { readTerraformFiles } = await import('../helpers/terraform.js')
  const clusters = async (forEach: string, extra = '') =>
    (
      await readTerraformFiles({
        'main.tf': `${extra}resource "aws_eks_cluster" "this" {\n  for_each = ${forEach}\n  name     = each.key\n  version  = try(each.value.v, "1.29")\n}\n`,
      })
    ).clusters.map((c) => [c.address, c.name, version(c.version), c.version.note ?? null])

  it('takes a map or a set of strings, in key order; refuses a list, so nothing is guessed, not even through try()', async () => {
    expect(await clusters('{ b = { v = "1.31" }, a = { v = "1.30" } }')).toEqual([
      ['aws_eks_cluster.this["a"]', 'a', '1.30', null],
      ['aws_eks_cluster.this["b"]', 'b', '1.31', null],
    ])
    expect(await clusters('toset(["b", "a"])')).toEqual([
      ['aws_eks_cluster.this["a"]', 'a', '1.29', null],
      ['aws_eks_cluster.this["b"]', 'b', '1.29', null],
    ])
    expect(
      await clusters(
        'var.names',
        'variable "names" {\n  type    = set(string)\n  default = ["b", "a"]\n}\n',
      ),
    ).toHaveLength(2)
    const [refused, ...rest] = await clusters('["a", "b"]')
    expect(rest).toEqual([])
    expect(refused).toEqual([
      'aws_eks_cluster.this',
      'aws_eks_cluster.this',
      null,
      expect.stringContaining('Terraform refuses for_each over a list'),
    ])
  })
})

describe('helm_release wired to a cluster through its provider', async () => {
  const { readTerraformFiles } = await import('../helpers/terraform.js')

  it('belongs to the cluster its helm provider connects to, with two clusters in one root', async () => {
    const cluster = (color: string, version: string) =>
      `resource "aws_eks_cluster" "${color}" {\n  name    = "${color}"\n  version = "${version}"\n}\n` +
      `provider "helm" {\n  alias = "${color}"\n  kubernetes {\n    host = aws_eks_cluster.${color}.endpoint\n  }\n}\n` +
      `resource "helm_release" "autoscaler_${color}" {\n  provider   = helm.${color}\n  name       = "cluster-autoscaler"\n  repository = "https://kubernetes.github.io/autoscaler"\n  chart      = "cluster-autoscaler"\n  set {\n    name  = "image.tag"\n    value = "v${version}.0"\n  }\n}\n`
    const { clusters, problems } = await readTerraformFiles({
      'main.tf': cluster('blue', '1.30') + cluster('green', '1.31'),
    })
    expect(problems).toEqual([])
    expect(
      clusters.map((c) => [c.name, c.components.map((x) => `${x.name}@${x.version.value}`)]),
    ).toEqual([
      ['blue', ['cluster-autoscaler@v1.30.0']],
      ['green', ['cluster-autoscaler@v1.31.0']],
    ])
  })
})

describe('a broken template in .tf.json', async () => {
  const { readTerraformFiles } = await import('../helpers/terraform.js')

  it('is a problem with its line and leaves the value unresolved, never its raw text', async () => {
    const text = JSON.stringify(
      { resource: { aws_eks_cluster: { this: { name: 'c', version: '1.${var.minor' } } } },
      null,
      2,
    )
    const { clusters, problems } = await readTerraformFiles({ 'main.tf.json': text })
    expect(clusters[0]!.version.status).toBe('unresolved')
    expect(problems.map((p) => [p.at.line, p.message])).toEqual([
      [
        text.split('\n').findIndex((l) => l.includes('"version"')) + 1,
        expect.stringContaining('is not a valid Terraform template'),
      ],
    ])
  })
})

describe('Kubernetes objects Terraform applies (kubernetes_manifest, kubectl_manifest)', async () => {
  const { readTerraformFiles } = await import('../helpers/terraform.js')
  const clusters =
    'resource "aws_eks_cluster" "blue" {\n  name    = "blue"\n  version = "1.32"\n}\n' +
    'resource "aws_eks_cluster" "green" {\n  name    = "green"\n  version = "1.33"\n}\n'

  it('an object manifest is read from the HCL object, where each field is written, for the cluster its provider names', async () => {
    const main =
      clusters +
      'data "aws_eks_cluster" "green" {\n  name = aws_eks_cluster.green.name\n}\n' +
      'provider "kubernetes" {\n  host = data.aws_eks_cluster.green.endpoint\n}\n' +
      'resource "kubernetes_manifest" "nodes" {\n  manifest = {\n    apiVersion = "karpenter.k8s.aws/v1"\n    kind       = "EC2NodeClass"\n    metadata   = { name = "default" }\n    spec = {\n      amiSelectorTerms = [{ alias = "al2023@v20250101" }]\n    }\n  }\n}\n'
    const { clusters: found, problems } = await readTerraformFiles({ 'main.tf': main })
    expect(problems).toEqual([])
    const green = found.find((c) => c.name === 'green')!
    expect(found.find((c) => c.name === 'blue')!.nodeGroups).toEqual([])
    expect(
      green.nodeGroups.map((g) => [
        g.name,
        g.amiFamily.value,
        `${g.amiFamily.at.line}:${g.amiFamily.at.column}`,
        g.releaseVersion.value,
        g.version.value,
      ]),
    ).toEqual([['default', 'AL2023', '21:37', 'v20250101', { major: 1, minor: 33 }]])
    expect(green.apis?.map((a) => [a.apiVersion, a.kind, a.at.line])).toEqual([
      ['karpenter.k8s.aws/v1', 'EC2NodeClass', 17],
    ])
  })

  it('heredoc YAML is read at the lines it occupies; a field Terraform fills at apply time is unresolved, not its placeholder', async () => {
    const main =
      clusters +
      'variable "family" {}\n' +
      'provider "kubectl" {\n  alias = "blue"\n  host  = aws_eks_cluster.blue.endpoint\n}\n' +
      'resource "kubectl_manifest" "nodes" {\n  provider  = kubectl.blue\n  yaml_body = <<-YAML\n    apiVersion: karpenter.k8s.aws/v1\n    kind: EC2NodeClass\n    metadata:\n      name: computed\n    spec:\n      amiFamily: ${var.family}\n      amiSelectorTerms:\n        - alias: al2@latest\n  YAML\n}\n'
    const { clusters: found } = await readTerraformFiles({ 'main.tf': main })
    const [group] = found.find((c) => c.name === 'blue')!.nodeGroups
    expect([group!.at.line, group!.at.column]).toEqual([17, 5])
    expect(group!.amiFamily).toMatchObject({
      status: 'unresolved',
      expression: 'var.family',
      at: { line: 22, column: 18 },
    })
    expect(group!.releaseVersion).toMatchObject({ status: 'policy', value: 'latest' })
  })

  it('a manifest with no wired provider is placed by its file, like a manifest file', async () => {
    const main =
      clusters +
      'resource "kubectl_manifest" "crd" {\n  yaml_body = "apiVersion: policy/v1beta1\\nkind: PodSecurityPolicy\\nmetadata:\\n  name: old\\n"\n}\n'
    const result = await readTerraformFiles({ 'main.tf': main })
    expect(result.apis.map((a) => [a.apiVersion, a.kind, a.at.line])).toEqual([
      ['policy/v1beta1', 'PodSecurityPolicy', 10],
    ])
  })
})

describe('where a Terraform cluster lives: region and account', async () => {
  const { readTerraformFiles } = await import('../helpers/terraform.js')

  it('follows the aws provider a cluster uses, through the providers a module call passes', async () => {
    const files = {
      'main.tf':
        'variable "region" {\n  default = "eu-west-1"\n}\n' +
        'provider "aws" {\n  region              = var.region\n  allowed_account_ids = ["111122223333"]\n}\n' +
        'provider "aws" {\n  alias  = "west"\n  region = "us-west-2"\n  assume_role {\n    role_arn = "arn:aws:iam::444455556666:role/deploy"\n  }\n}\n' +
        'resource "aws_eks_cluster" "home" {\n  name    = "home"\n  version = "1.32"\n}\n' +
        'module "far" {\n  source    = "./cluster"\n  providers = { aws = aws.west }\n}\n' +
        'resource "aws_eks_cluster" "pinned" {\n  name    = "pinned"\n  region  = "ap-south-1"\n  version = "1.32"\n}\n' +
        'module "registry" {\n  source          = "terraform-aws-modules/eks/aws"\n  version         = "~> 20.0"\n  cluster_name    = "registry"\n  cluster_version = "1.32"\n  providers       = { aws = aws.west }\n}\n',
      'cluster/main.tf':
        'resource "aws_eks_cluster" "this" {\n  name    = "far"\n  version = "1.32"\n}\n',
    }
    const { clusters } = await readTerraformFiles(files)
    expect(clusters.map((c) => [c.name, c.region, c.account])).toEqual([
      ['home', 'eu-west-1', '111122223333'],
      ['pinned', 'ap-south-1', '111122223333'],
      ['far', 'us-west-2', '444455556666'],
      ['registry', 'us-west-2', '444455556666'],
    ])
  })

  it('a region Terraform learns only when it runs is not declared', async () => {
    const { clusters } = await readTerraformFiles({
      'main.tf':
        'variable "region" {}\nprovider "aws" {\n  region = var.region\n}\nresource "aws_eks_cluster" "c" {\n  name    = "c"\n  version = "1.32"\n}\n',
    })
    expect(clusters[0]!.region).toBeUndefined()
  })
})

describe('an image Terraform completes at apply time, in a heredoc manifest', async () => {
  const { readTerraformFiles } = await import('../helpers/terraform.js')

  it('leaves the version unresolved and shows the hole as written', async () => {
    const main =
      'resource "aws_eks_cluster" "c" {\n  name    = "c"\n  version = "1.32"\n}\nvariable "tag" {}\n' +
      'resource "kubectl_manifest" "ca" {\n  yaml_body = <<-YAML\n    apiVersion: apps/v1\n    kind: Deployment\n    metadata:\n      name: cluster-autoscaler\n    spec:\n      template:\n        spec:\n          containers:\n            - name: ca\n              image: registry.k8s.io/autoscaling/cluster-autoscaler:${var.tag}\n  YAML\n}\n'
    const { clusters, components } = await readTerraformFiles({ 'main.tf': main })
    const [component] = [...clusters[0]!.components, ...components]
    expect(component).toMatchObject({
      name: 'cluster-autoscaler',
      image: 'registry.k8s.io/autoscaling/cluster-autoscaler:${var.tag}',
      version: { status: 'unresolved', expression: 'var.tag', at: { line: 17 } },
    })
  })
})
