import { describe, expect, it } from 'vitest'
import { addonFloating as rule } from '../../src/rules/addons/addon-floating.js'
import { clusterOf, contextOf } from '../helpers/model.js'

describe(rule.meta.id, () => {
  it('is a notice by default', () => expect(rule.meta.severity).toBe('notice'))
  it('valid: pinned or unset add-ons', () => {
    expect(
      rule.check(
        contextOf(
          clusterOf({
            version: '1.30',
            addons: [
              { name: 'coredns', version: 'v1.11.1-eksbuild.8' },
              { name: 'vpc-cni', version: null },
            ],
          }),
        ),
      ),
    ).toEqual([])
  })
  it('invalid: most_recent / latest', () => {
    const [report] = rule.check(
      contextOf(
        clusterOf({
          version: '1.30',
          addons: [{ name: 'coredns', version: 'most_recent', status: 'policy' }],
        }),
      ),
    )
    expect(report!.message).toContain('AWS decides it when the change is applied')
  })
})
