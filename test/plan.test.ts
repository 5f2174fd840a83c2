import { describe, expect, it } from 'vitest'
import { embeddedKnowledge, newestKnown } from '../src/knowledge/index.js'
import { formatKubeVersion } from '../src/model/version.js'
import { buildUpgradePlan } from '../src/plan/upgrade-plan.js'
import { cluster, kube } from './helpers/model.js'

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
