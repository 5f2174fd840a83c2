import { describe, expect, it } from 'vitest'
import { versionUnknownToData as rule } from '../../src/rules/control-plane/version-unknown-to-data.js'
import { clusterOf, contextOf } from '../helpers/model.js'

describe(rule.meta.id, () => {
  it('is a warning by default', () => expect(rule.meta.severity).toBe('warning'))
  it('valid: the newest known version', () =>
    expect(rule.check(contextOf(clusterOf({ version: '1.36' })))).toEqual([]))
  it('invalid: a newer control plane and node group, naming the data date and both ways out', () => {
    const reports = rule.check(
      contextOf(clusterOf({ version: '1.37', groups: [{ name: 'ng', version: '1.37' }] })),
    )
    expect(reports.map((r) => r.subject)).toEqual(['version', 'node-group:ng'])
    expect(reports[0]!.message).toContain('as of 2026-11-21')
    expect(reports[0]!.message).toContain('knowledge-file')
    expect(reports[0]!.message).toContain('npm run data:refresh')
  })
})
