import { describe, expect, it } from 'vitest'
import type { SourceFile } from '../../src/discover/source-file.js'
import { readInventory } from '../../src/readers/index.js'
import { ReadCache } from '../../src/readers/read-cache.js'
import { loadTerraformReader } from '../../src/readers/terraform/load.js'

const sharedModule: SourceFile = {
  path: 'modules/eks/main.tf',
  text: `variable "name" {}
variable "kubernetes_version" {}
module "eks" {
  source          = "terraform-aws-modules/eks/aws"
  version         = "~> 20.8"
  cluster_name    = var.name
  cluster_version = var.kubernetes_version
}
`,
}

function root(name: string, version: string, autoscaler: string): SourceFile[] {
  return [
    {
      path: `clusters/${name}/main.tf`,
      text: `module "cluster" {
  source             = "../../modules/eks"
  name               = "${name}"
  kubernetes_version = "${version}"
}
`,
    },
    {
      path: `clusters/${name}/charts/platform/Chart.yaml`,
      text: 'apiVersion: v2\nname: platform\nversion: 0.1.0\n',
    },
    {
      path: `clusters/${name}/charts/platform/values.yaml`,
      text: `image: registry.k8s.io/autoscaling/cluster-autoscaler:v${autoscaler}\n`,
    },
  ]
}

describe('readInventory', () => {
  it('ties charts below a Terraform root to the cluster that root deploys through a shared module', async () => {
    const files = [
      sharedModule,
      ...root('prod', '1.31', '1.31.1'),
      ...root('dev', '1.32', '1.32.0'),
    ]
    const inventory = readInventory(files, [], {
      terraform: await loadTerraformReader(),
      varFiles: [],
    })
    const autoscalers = Object.fromEntries(
      inventory.clusters.map((cluster) => [
        cluster.name,
        cluster.components.map((c) => c.version.value),
      ]),
    )
    expect(autoscalers).toEqual({ prod: ['v1.31.1'], dev: ['v1.32.0'] })
    expect(inventory.unassigned?.components).toEqual([])
  })

  it('reads the base tree from the cache for unchanged files, and afresh for changed ones', async () => {
    const terraform = await loadTerraformReader()
    const cache = new ReadCache()
    const base = [sharedModule, ...root('prod', '1.31', '1.31.1')]
    const head = base.map((file) =>
      file.path.endsWith('main.tf') && file.path.startsWith('clusters/')
        ? { ...file, text: file.text.replace('1.31', '1.32') }
        : file,
    )
    const headInventory = readInventory(head, [], { terraform, varFiles: [], cache })
    expect(cache.hits).toBe(0)
    const baseInventory = readInventory(base, [], { terraform, varFiles: [], cache })
    // The shared module, Chart.yaml and values.yaml are unchanged; the root's main.tf is not.
    expect(cache.hits).toBe(3)
    expect(headInventory.clusters[0]!.version.value).toEqual({ major: 1, minor: 32 })
    expect(baseInventory.clusters[0]!.version.value).toEqual({ major: 1, minor: 31 })
    expect(baseInventory.clusters[0]!.components).toEqual(headInventory.clusters[0]!.components)
  })

  it('reports a module input that reads its own output as a cycle instead of recursing forever', async () => {
    const files: SourceFile[] = [
      {
        path: 'main.tf',
        text: `module "eks" {
  source          = "terraform-aws-modules/eks/aws"
  cluster_name    = module.eks.cluster_name
  cluster_version = module.eks.cluster_version
}
`,
      },
    ]
    const inventory = readInventory(files, [], {
      terraform: await loadTerraformReader(),
      varFiles: [],
    })
    expect(inventory.clusters[0]!.version).toMatchObject({
      status: 'unresolved',
      note: expect.stringContaining('module.eks.cluster_version refers to itself'),
    })
  })
})
