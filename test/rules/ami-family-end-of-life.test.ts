import { describe, expect, it } from 'vitest'
import { amiFamilyEndOfLife as rule } from '../../src/rules/amis/ami-family-end-of-life.js'
import { clusterOf, contextOf } from '../helpers/model.js'

describe(rule.meta.id, () => {
  it('is a warning by default', () => expect(rule.meta.severity).toBe('warning'))
  it('valid: AL2 at 1.31, AL2023 at 1.32', () => {
    expect(
      rule.check(
        contextOf(
          clusterOf({
            version: '1.31',
            groups: [{ name: 'ng', version: 'inherit', amiType: 'AL2_x86_64' }],
          }),
        ),
      ),
    ).toEqual([])
    expect(
      rule.check(
        contextOf(
          clusterOf({
            version: '1.32',
            groups: [{ name: 'ng', version: 'inherit', amiType: 'AL2023_ARM_64_STANDARD' }],
          }),
        ),
      ),
    ).toEqual([])
  })
  it('invalid: AL2 at 1.32, the last version', () => {
    const [report] = rule.check(
      contextOf(
        clusterOf({
          version: '1.32',
          groups: [{ name: 'ng', version: 'inherit', amiType: 'AL2_ARM_64' }],
        }),
      ),
    )
    expect(report!.message).toContain('1.32 is the last version with Amazon Linux 2 AMIs')
  })
})
