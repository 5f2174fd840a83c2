import { describe, expect, it } from 'vitest'
import { controlPlaneEndOfSupport } from '../../src/rules/control-plane/control-plane-end-of-support.js'
import { controlPlaneExtendedSupport } from '../../src/rules/control-plane/control-plane-extended-support.js'
import { controlPlaneSupportEnding } from '../../src/rules/control-plane/control-plane-support-ending.js'
import { clusterOf, contextOf } from '../helpers/model.js'

// 1.30: end of standard support 2025-07-23, end of extended support 2026-07-23.
const at = (version: string, today: string) =>
  contextOf(clusterOf({ version }), undefined, { today })

describe('control-plane-end-of-support', () => {
  const rule = controlPlaneEndOfSupport
  it('is an error by default', () => expect(rule.meta.severity).toBe('error'))
  it('valid: the day before extended support ends', () =>
    expect(rule.check(at('1.30', '2026-07-22'))).toEqual([]))
  it('invalid: on the day extended support ends', () => {
    expect(rule.check(at('1.30', '2026-07-23'))[0]!.message).toContain(
      'left EKS extended support on 2026-07-23',
    )
  })
  it('invalid: a version EKS never offered or no longer lists (1.21)', () => {
    expect(rule.check(at('1.21', '2026-01-01'))[0]!.message).toContain(
      'older than any version EKS still offers',
    )
  })
})

describe('control-plane-extended-support', () => {
  const rule = controlPlaneExtendedSupport
  it('is a warning by default', () => expect(rule.meta.severity).toBe('warning'))
  it('valid: in standard support, and once extended support is over', () => {
    expect(rule.check(at('1.30', '2025-07-22'))).toEqual([])
    expect(rule.check(at('1.30', '2026-07-23'))).toEqual([])
  })
  it('invalid: from the end of standard support', () => {
    expect(rule.check(at('1.30', '2025-07-23'))[0]!.message).toContain(
      'extended support (billed per cluster-hour) ends on 2026-07-23',
    )
  })
})

describe('control-plane-support-ending', () => {
  const rule = controlPlaneSupportEnding
  it('is a notice by default', () => expect(rule.meta.severity).toBe('notice'))
  it('valid: 91 days before the end of standard support', () =>
    expect(rule.check(at('1.30', '2025-04-23'))).toEqual([]))
  it('invalid: 90 days before', () => {
    expect(rule.check(at('1.30', '2025-04-24'))[0]!.message).toBe(
      'Kubernetes 1.30 leaves EKS standard support on 2025-07-23 (in 90 days); extended support costs extra after that.',
    )
  })
})
