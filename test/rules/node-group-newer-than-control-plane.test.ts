import { describe, expect, it } from 'vitest'
import { nodeGroupNewerThanControlPlane as rule } from '../../src/rules/nodes/node-group-newer-than-control-plane.js'
import { cluster, context } from '../helpers/model.js'

describe(rule.meta.id, () => {
  it('is an error by default', () => expect(rule.meta.severity).toBe('error'))

  describe('valid', () => {
    it('node groups at or below the control plane, inherited or unresolved', () => {
      const head = cluster('prod', '1.30', [
        { name: 'same', version: '1.30' },
        { name: 'older', version: '1.27' },
        { name: 'inherits', version: 'inherit' },
        { name: 'unknown', version: 'unresolved' },
      ])
      expect(rule.check(context([{ head }]))).toEqual([])
    })
  })

  describe('invalid', () => {
    it('a node group one minor ahead is reported on its version line', () => {
      const head = cluster('prod', '1.30', [{ name: 'ahead', version: '1.31', line: 33 }])
      const reports = rule.check(context([{ head }]))
      expect(reports).toHaveLength(1)
      expect(reports[0]!.at.line).toBe(33)
      expect(reports[0]!.subject).toBe('node-group:ahead')
      expect(reports[0]!.message).toMatch(
        /Node group ahead is at 1\.31, newer than the control plane of prod \(1\.30\)/,
      )
    })
  })
})
