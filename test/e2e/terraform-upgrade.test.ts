import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src/report/report.js'
import { shippedCli } from '../helpers/shipped.js'
import { TempRepo } from '../helpers/git-repo.js'
import { runAction } from '../helpers/runner.js'

const MAIN_TF = `terraform {
  backend "s3" {}
}

variable "cluster_version" {
  type = string
}

module "eks" {
  source          = "terraform-aws-modules/eks/aws"
  version         = "~> 20.0"
  cluster_name    = "prod"
  cluster_version = var.cluster_version

  eks_managed_node_groups = {
    general = {}
  }
}
`

describe('a cluster_version bump through terraform.tfvars', () => {
  let repo: TempRepo
  let base: string
  let head: string

  beforeAll(() => {
    repo = new TempRepo()
    repo.write({
      'infra/prod/main.tf': MAIN_TF,
      'infra/prod/terraform.tfvars': '# Production\ncluster_version = "1.28"\n',
    })
    base = repo.commit('prod at 1.28')
    repo.write({ 'infra/prod/terraform.tfvars': '# Production\ncluster_version = "1.30"\n' })
    head = repo.commit('prod to 1.30')
  })
  afterAll(() => repo.cleanup())

  it('is blocked by the bundled CLI, on the tfvars line', () => {
    const result = spawnSync(
      process.execPath,
      [shippedCli(), 'check', '.', '--base', base, '--format', 'json'],
      { cwd: repo.dir, encoding: 'utf8' },
    )
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
    const report = JSON.parse(result.stdout) as Report
    expect(report.transitions).toMatchObject([
      { cluster: 'terraform:infra/prod:module.eks', name: 'prod', from: '1.28', to: '1.30' },
    ])
    expect(report.findings[0]).toMatchObject({
      ruleId: 'control-plane-skips-minor',
      file: 'infra/prod/terraform.tfvars',
      line: 2,
      new: true,
      blocking: true,
    })
  })

  it('is blocked by the bundled action, with the annotation on the tfvars line', async () => {
    const run = await runAction({
      workspace: repo.dir,
      event: { pull_request: { base: { sha: base }, head: { sha: head } } },
      sha: head,
    })
    expect(run.code).toBe(1)
    const annotation = run.annotations.find(
      (a) => a.properties.title === 'eks-upgrade-gate: control-plane-skips-minor',
    )
    expect(annotation?.properties).toMatchObject({ file: 'infra/prod/terraform.tfvars', line: '2' })
    expect(run.summary).toContain('infra/prod/terraform.tfvars#L2')
  })
})
