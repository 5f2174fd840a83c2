import { describe, expect, it } from 'vitest'
import { corednsTooOld as rule } from '../../src/rules/addons/coredns-too-old.js'
import { clusterOf, contextOf } from '../helpers/model.js'

const check = (version: string) =>
  rule.check(contextOf(clusterOf({ version: '1.30', addons: [{ name: 'coredns', version }] })))

describe(rule.meta.id, () => {
  it('is an error by default', () => expect(rule.meta.severity).toBe('error'))
  it('valid: 1.8.4 and newer', () => {
    expect(check('v1.8.4-eksbuild.1')).toEqual([])
    expect(check('v1.11.1-eksbuild.8')).toEqual([])
  })
  it('invalid: 1.8.3', () =>
    expect(check('v1.8.3-eksbuild.1')[0]!.message).toContain('older than 1.8.4'))
})
