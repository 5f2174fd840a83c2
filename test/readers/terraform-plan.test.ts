import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG } from '../../src/config/gate-config.js'
import { runEngine } from '../../src/engine.js'
import { embeddedKnowledge } from '../../src/knowledge/index.js'
import { loadTerraformReader } from '../../src/readers/terraform/load.js'
import { parseTerraformPlan } from '../../src/readers/terraform/eks/terraform-plan.js'
import { fixtureFile, lineOf } from '../helpers/fixtures.js'
import { readTerraformFixture, version } from '../helpers/terraform.js'

describe('terraform show -json plans', async () => {
  const { files } = await readTerraformFixture('plan')
  const terraform = await loadTerraformReader()
  const planFile = fixtureFile('terraform/plan/plan.json')
  const { plan } = parseTerraformPlan(planFile.path, planFile.text)
  const run = () =>
    runEngine({
      head: { files, problems: [] },
      config: DEFAULT_CONFIG,
      knowledge: embeddedKnowledge,
      today: '2026-11-21',
      terraform,
      terraformPlans: [plan!],
    })

  it('keeps only EKS managed resources: no data sources, no Lambda versions', () => {
    expect(plan!.resources.map((r) => r.address)).toEqual([
      'module.eks.aws_eks_cluster.this[0]',
      'module.eks.module.eks_managed_node_group["general"].aws_eks_node_group.this[0]',
      'module.eks.aws_eks_addon.this["coredns"]',
      'aws_eks_cluster.sandbox',
    ])
  })

  it('takes exact transitions from before/after and keeps the annotation on the line a user edits', () => {
    const result = run()
    const planned = result.head.clusters.find((c) => c.name === 'planned')!
    expect([version(planned.version), planned.version.at.file, planned.version.at.line]).toEqual([
      '1.30',
      'terraform/plan/terraform.tfvars',
      1,
    ])
    expect(result.transitions).toMatchObject([
      { cluster: 'terraform:terraform/plan:module.eks', name: 'planned', from: '1.29', to: '1.30' },
    ])
    expect(result.base?.clusters.map((c) => [c.id, version(c.version)])).toEqual([
      ['terraform:terraform/plan:module.eks', '1.29'],
    ])
  })

  it('applies node group and add-on values from the plan (what actually runs)', () => {
    const planned = run().head.clusters.find((c) => c.name === 'planned')!
    expect(
      planned.nodeGroups.map((g) => [
        g.name,
        version(g.version),
        g.version.status,
        g.version.at.line,
      ]),
    ).toEqual([
      [
        'general',
        '1.26',
        'resolved',
        lineOf(fixtureFile('terraform/plan/main.tf'), 'general = {}'),
      ],
    ])
    expect(planned.addons.map((a) => [a.name, a.version.value])).toEqual([
      ['coredns', 'v1.11.3-eksbuild.1'],
    ])
  })

  it('adds clusters only the plan knows, with after_unknown as the AWS default', () => {
    const sandbox = run().head.clusters.find((c) => c.name === 'sandbox')!
    expect(sandbox.id).toBe('terraform-plan:terraform/plan/plan.json:aws_eks_cluster.sandbox')
    expect(sandbox.version).toMatchObject({ status: 'policy', expression: 'default' })
  })

  it('fails on a node group the plan shows out of skew, as a new finding', () => {
    const skew = run().findings.filter((f) => f.ruleId === 'node-group-skew')
    expect(skew.map((f) => [f.severity, f.new, f.line])).toEqual([
      ['error', true, lineOf(fixtureFile('terraform/plan/main.tf'), 'general = {}')],
    ])
  })

  it('reports files that are not plans, with how to make one', () => {
    expect(parseTerraformPlan('x.json', '{').problem?.message).toMatch(
      /^The plan file x.json is not valid JSON .*terraform show -json/,
    )
    expect(parseTerraformPlan('x.json', '{"a":1}').problem?.message).toBe(
      'The plan file x.json is not the output of "terraform show -json" (no format_version / resource_changes)',
    )
  })
})
