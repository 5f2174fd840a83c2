import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG, resolveConfig, type GateConfig } from '../src/config/gate-config.js'
import { inlineDirectives } from '../src/config/suppression.js'
import { runEngine } from '../src/engine.js'
import { embeddedKnowledge } from '../src/knowledge/index.js'
import { loadTerraformReader } from '../src/readers/terraform/load.js'

const TF = `provider "aws" {}

module "eks" {
  source          = "terraform-aws-modules/eks/aws"
  version         = "~> 20.0"
  cluster_name    = "legacy"
  cluster_version = "1.30"

  eks_managed_node_groups = {
    old = {
      # eks-upgrade-gate:ignore node-group-skew -- being retired in Q1
      cluster_version = "1.26"
    }
    older = {
      cluster_version = "1.25" // eks-upgrade-gate:ignore node-group-skew
    }
    oldest = {
      cluster_version = "1.24"
    }
  }
}
`

describe('suppressions', async () => {
  const terraform = await loadTerraformReader()
  const run = (config: GateConfig, today = '2025-01-15') =>
    runEngine({
      head: { files: [{ path: 'infra/main.tf', text: TF }], problems: [] },
      config,
      knowledge: embeddedKnowledge,
      today,
      terraform,
    })
  const skew = (result: ReturnType<typeof run>) =>
    result.findings
      .filter((f) => f.ruleId === 'node-group-skew')
      .map((f) => [f.line, f.suppressed, f.suppressionReason ?? null])

  it('reads inline directives in HCL (# and //) and YAML, on the line and the line below', () => {
    const directives = inlineDirectives(
      'a: 1 # eks-upgrade-gate:ignore node-group-skew,kube-proxy-skew -- why\nb: 2\n',
    )
    expect(directives.get(1)).toEqual({
      rules: ['node-group-skew', 'kube-proxy-skew'],
      reason: 'why',
    })
    expect(directives.get(2)).toEqual(directives.get(1))
    expect(directives.get(3)).toBeUndefined()
  })

  it.each([
    ['// eks-upgrade-gate:ignore * -- all of them', { rules: ['*'], reason: 'all of them' }],
    ['#eks-upgrade-gate:ignore a-b --no space', { rules: ['a-b'], reason: 'no space' }],
    ['# eks-upgrade-gate:ignore rule-x  \r', { rules: ['rule-x'], reason: 'no reason given' }],
    ['x = 1 eks-upgrade-gate:ignore rule-x', undefined],
    ['# eks-upgrade-gate:ignorerule-x', undefined],
    ['# eks-upgrade-gate:ignore rule.x -- dots are not rule ids', undefined],
  ])('reads %j as a directive, or not', (line, expected) => {
    expect(inlineDirectives(line).get(1)).toEqual(expected)
  })

  it('a hostile line is read in linear time (a backtracking pattern took seconds on spaces)', () => {
    const spaces = ' '.repeat(5 * 1024 * 1024)
    const started = Date.now()
    inlineDirectives(`# eks-upgrade-gate:ignore a${spaces}x`)
    inlineDirectives(`# eks-upgrade-gate:ignore a${spaces}-- ${spaces}`)
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  it('marks findings suppressed with their reason, keeps them in the report and out of the verdict', () => {
    const result = run(DEFAULT_CONFIG)
    expect(skew(result)).toEqual([
      [12, true, 'being retired in Q1'],
      [15, true, 'no reason given'],
      [18, false, null],
    ])
    expect(result.result).toBe('fail')
  })

  it('applies configuration entries by rule, cluster and file, and stops applying them when they expire', () => {
    const text =
      'ignore:\n  - rule: node-group-skew\n    cluster: "*legacy*"\n    file: "infra/**"\n    reason: migration ticket OPS-1\n    expires: 2025-02-01\n'
    const config = resolveConfig({}, { path: '.github/eks-upgrade-gate.yml', text })
    expect(skew(run(config))).toEqual([
      [12, true, 'being retired in Q1'],
      [15, true, 'no reason given'],
      [18, true, 'migration ticket OPS-1'],
    ])
    expect(run(config).result).toBe('pass')

    const expired = run(config, '2025-02-01')
    expect(skew(expired)[2]).toEqual([18, false, null])
    expect(expired.result).toBe('fail')
    expect(expired.findings.find((f) => f.ruleId === 'suppression-expired')).toMatchObject({
      file: '.github/eks-upgrade-gate.yml',
      line: 2,
      severity: 'warning',
    })
  })

  it('rejects entries without a reason, with unknown rules or bad dates', () => {
    const bad = (entry: string) => () =>
      resolveConfig({}, { path: 'c.yml', text: `ignore:\n  - ${entry}\n` })
    expect(bad('rule: node-group-skew')).toThrow('a reason is required')
    expect(bad('{ rule: nope, reason: x }')).toThrow('unknown rule "nope"')
    expect(bad('{ rule: node-group-skew, reason: x, expires: soon }')).toThrow(
      'expires must be a date like 2027-01-31 (got "soon")',
    )
    expect(bad('{ rule: node-group-skew, reason: x, owner: me }')).toThrow('unknown key "owner"')
  })
})
