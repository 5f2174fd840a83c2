import { describe, expect, it } from 'vitest'
import { nodeGroupSkew as rule } from '../../src/rules/nodes/node-group-skew.js'
import { cluster, context } from '../helpers/model.js'

const check = (cp: string, node: string) =>
  rule.check(context([{ head: cluster('c', cp, [{ name: 'ng', version: node }]) }]))

describe(rule.meta.id, () => {
  it('is an error by default', () => expect(rule.meta.severity).toBe('error'))

  describe('valid', () => {
    it.each([
      ['1.28', '1.25'], // −3 allowed from 1.28
      ['1.33', '1.30'],
      ['1.27', '1.25'], // −2 allowed before 1.28
      ['1.24', '1.22'],
      ['1.30', '1.30'],
    ])('control plane %s with nodes at %s', (cp, node) => {
      expect(check(cp, node)).toEqual([])
    })

    it('inherited and unresolved node versions are not judged', () => {
      const head = cluster('c', '1.30', [
        { name: 'a', version: 'inherit' },
        { name: 'b', version: 'unresolved' },
      ])
      expect(rule.check(context([{ head }]))).toEqual([])
    })
  })

  describe('invalid', () => {
    it.each([
      ['1.28', '1.24', 3, '1.25'], // −4 at 1.28
      ['1.27', '1.24', 2, '1.25'], // −3 before 1.28
      ['1.33', '1.29', 3, '1.30'],
    ])(
      'control plane %s with nodes at %s (limit %i, upgrade to %s)',
      (cp, node, limit, minimum) => {
        const [report, ...rest] = check(cp, node)
        expect(rest).toEqual([])
        expect(report!.message).toContain(`trail by at most ${limit}`)
        expect(report!.message).toContain(`Upgrade the node group to at least ${minimum}`)
        expect(report!.subject).toBe('node-group:ng')
      },
    )
  })

  it('invalid: a node group on another major version says so, not "Infinity minor versions"', () => {
    const [finding] = check('99.99', '1.29')
    expect(finding!.message).toContain('Node group ng is at 1.29, a major version behind')
    expect(finding!.message).not.toContain('Infinity')
  })
})
