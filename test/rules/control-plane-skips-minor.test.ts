import { describe, expect, it } from 'vitest'
import { controlPlaneSkipsMinor as rule } from '../../src/rules/control-plane/control-plane-skips-minor.js'
import { cluster, context } from '../helpers/model.js'

describe(rule.meta.id, () => {
  it('has meta for docs and SARIF', () => {
    expect(rule.meta).toMatchObject({ severity: 'error', family: 'control-plane' })
    expect(rule.meta.docs).toMatch(/docs\/rules\/control-plane-skips-minor\.md$/)
  })

  describe('valid', () => {
    it.each([
      ['1.29', '1.30'],
      ['1.30', '1.30'],
      ['1.30', '1.29'],
    ])('%s → %s', (from, to) => {
      expect(
        rule.check(context([{ head: cluster('prod', to), base: cluster('prod', from) }])),
      ).toEqual([])
    })

    it('a new cluster (no base) or an unresolved version', () => {
      expect(rule.check(context([{ head: cluster('prod', '1.33') }]))).toEqual([])
      expect(
        rule.check(context([{ head: cluster('prod', null), base: cluster('prod', '1.28') }])),
      ).toEqual([])
    })
  })

  describe('invalid', () => {
    it('1.28 → 1.30 is reported on the head version line with the next step', () => {
      const head = cluster('prod', '1.30')
      const [report, ...rest] = rule.check(context([{ head, base: cluster('prod', '1.28') }]))
      expect(rest).toEqual([])
      expect(report!.at).toEqual(head.version.at)
      expect(report!.cluster).toBe(head.id)
      expect(report!.message).toContain('from 1.28 to 1.30')
      expect(report!.message).toContain('Set 1.29 here')
    })

    it('1.23 → 1.27 (four minors) names 1.24 as the next step', () => {
      const [report] = rule.check(
        context([{ head: cluster('p', '1.27'), base: cluster('p', '1.23') }]),
      )
      expect(report!.message).toContain('Set 1.24 here')
    })
  })
})
