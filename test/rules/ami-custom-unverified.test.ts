import { describe, expect, it } from 'vitest'
import { amiCustomUnverified as rule } from '../../src/rules/amis/ami-custom-unverified.js'
import { clusterOf, contextOf } from '../helpers/model.js'

describe(rule.meta.id, () => {
  it('is a notice by default', () => expect(rule.meta.severity).toBe('notice'))
  it('valid: no custom AMI, or a version that is unknown anyway (reported as unresolved)', () => {
    expect(
      rule.check(
        contextOf(clusterOf({ version: '1.30', groups: [{ name: 'a', version: '1.30' }] })),
      ),
    ).toEqual([])
    expect(
      rule.check(
        contextOf(
          clusterOf({
            version: '1.30',
            groups: [{ name: 'b', version: 'unresolved', amiId: 'ami-0abc' }],
          }),
        ),
      ),
    ).toEqual([])
  })
  it('invalid: a pinned version with an AMI id that tells nothing', () => {
    const [report] = rule.check(
      contextOf(
        clusterOf({
          version: '1.30',
          groups: [{ name: 'gpu', version: '1.30', amiId: 'ami-0abc' }],
        }),
      ),
    )
    expect(report!.message).toContain('custom AMI ami-0abc')
  })
})
