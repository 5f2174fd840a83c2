import { describe, expect, it } from 'vitest'
import { amiReleaseMismatch as rule } from '../../src/rules/amis/ami-release-mismatch.js'
import { clusterOf, contextOf } from '../helpers/model.js'

const check = (version: string, release: string, amiType = 'AL2023_x86_64_STANDARD') =>
  rule.check(
    contextOf(clusterOf({ version: '1.30', groups: [{ name: 'ng', version, release, amiType }] })),
  )

describe(rule.meta.id, () => {
  it('is an error by default', () => expect(rule.meta.severity).toBe('error'))
  it('valid: the release matches the version; Bottlerocket releases are OS versions', () => {
    expect(check('1.30', '1.30.2-20240701')).toEqual([])
    expect(check('1.30', '1.20.0-fcf71a47', 'BOTTLEROCKET_x86_64')).toEqual([])
  })
  it('invalid: version 1.30 with a 1.29 release, on the release line', () => {
    const [report] = check('1.30', '1.29.3-20240531')
    expect(report!.message).toContain(
      'pins the AMI release 1.29.3-20240531, which is built for 1.29',
    )
    expect(report!.at.line).toBeGreaterThan(30)
  })
})
