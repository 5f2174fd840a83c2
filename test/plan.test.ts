import { describe, expect, it } from 'vitest'
import { embeddedKnowledge, newestKnown } from '../src/knowledge/index.js'
import { formatKubeVersion } from '../src/model/version.js'
import { buildUpgradePlan } from '../src/plan/upgrade-plan.js'
import { cluster, clusterOf, kube } from './helpers/model.js'

describe('buildUpgradePlan', () => {
  it('plans one hop per minor, in order', () => {
    const plan = buildUpgradePlan(
      cluster('prod', '1.33'),
      kube('1.31'),
      kube('1.33'),
      [],
      embeddedKnowledge,
    )
    expect([...new Set(plan!.steps.map((s) => s.hop))]).toEqual(['1.31 → 1.32', '1.32 → 1.33'])
  })

  it('does not tell 1.35 → 1.36 upgraders to leave IPVS first: it is deprecated (KEP-5495), removal planned for 1.43', () => {
    const ipvsSteps = (from: string, to: string) =>
      buildUpgradePlan(cluster('prod', to), kube(from), kube(to), [], embeddedKnowledge)!
        .steps.filter((s) => /IPVS/.test(s.text))
        .map((s) => s.text)
    expect(ipvsSteps('1.35', '1.36')).toEqual([])
    expect(ipvsSteps('1.34', '1.35')).toEqual([
      expect.stringMatching(
        /^Check before 1\.35: kube-proxy IPVS mode is deprecated upstream \(KEP-5495\).*It keeps working/,
      ),
    ])
  })

  it('names the AL2023 AMI release of the next minor and what it ships (amazon-eks-ami changelog)', () => {
    const prod = clusterOf({
      version: '1.36',
      groups: [{ name: 'general', version: 'inherit', amiType: 'AL2023_x86_64_STANDARD' }],
    })
    const plan = buildUpgradePlan(prod, kube('1.35'), kube('1.36'), [], embeddedKnowledge)!
    expect(plan.steps.find((s) => s.kind === 'node-group')?.text).toBe(
      'Upgrade managed node group general to 1.36 (AL2023 AMI release 1.36.2-20260714: containerd 2.2.4, kernel 6.18.36)',
    )
  })

  it('says where to edit each step: the line of the value, or where to add a value not set yet', () => {
    const prod = clusterOf({
      version: '1.31',
      groups: [{ name: 'pinned', version: '1.30' }],
      addons: [{ name: 'coredns', version: 'v1.11.3-eksbuild.1' }],
    })
    const plan = buildUpgradePlan(prod, kube('1.30'), kube('1.31'), [], embeddedKnowledge)!
    const at = (subject: string) => {
      const step = plan.steps.find((s) => (s.subject ?? s.kind) === subject)!
      return `${step.file}:${step.line}${step.declared === false ? ' (add)' : ''}`
    }
    expect(at('control-plane')).toBe(`c.tf:${prod.version.at.line}`)
    expect(at('coredns')).toBe(`c.tf:${prod.addons[0]!.version.at.line}`)
    expect(at('kube-proxy')).toBe(`${prod.source.file}:${prod.source.line} (add)`)
    expect(at('pinned')).toBe(`c.tf:${prod.nodeGroups[0]!.version.at.line}`)
    // Release notes are for review, with no place to edit.
    expect(plan.steps.filter((s) => s.kind === 'review').every((s) => s.file === undefined)).toBe(
      true,
    )
  })

  it('stops where the EKS data ends instead of planning every minor up to a typo like 99.99', () => {
    const newest = formatKubeVersion(newestKnown(embeddedKnowledge))
    const plan = buildUpgradePlan(
      cluster('prod', '1.99'),
      kube('1.30'),
      kube('1.99'),
      [],
      embeddedKnowledge,
    )
    const last = plan!.steps.at(-1)!
    expect(last.kind).toBe('review')
    expect(last.hop).toBe(`${newest} → 1.99`)
    expect(last.text).toContain(
      `the data ends at ${newest}; check the version, or add newer versions with a knowledge-file`,
    )
    expect(plan!.steps.filter((s) => s.kind === 'control-plane').at(-1)!.version).toBe(newest)
  })
})
