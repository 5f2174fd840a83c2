import { describe, expect, it } from 'vitest'
import { managedNodeGroupBehindControlPlane as rule } from '../../src/rules/nodes/managed-node-group-behind-control-plane.js'
import { clusterOf, contextOf } from '../helpers/model.js'

const groups = (version: string, kind: 'managed' | 'fargate' | 'self-managed' = 'managed') => [
  { name: 'ng', version, kind },
]

describe(rule.meta.id, () => {
  it('is an error by default', () => expect(rule.meta.severity).toBe('error'))

  it('valid: groups at the current control plane, inheriting, self-managed, or no upgrade', () => {
    expect(
      rule.check(
        contextOf(
          clusterOf({ version: '1.30', groups: groups('1.29') }),
          clusterOf({ version: '1.29', groups: groups('1.29') }),
        ),
      ),
    ).toEqual([])
    expect(
      rule.check(
        contextOf(
          clusterOf({ version: '1.30', groups: groups('inherit') }),
          clusterOf({ version: '1.29', groups: groups('inherit') }),
        ),
      ),
    ).toEqual([])
    expect(
      rule.check(
        contextOf(
          clusterOf({ version: '1.30', groups: groups('1.27', 'self-managed') }),
          clusterOf({ version: '1.29', groups: groups('1.27', 'self-managed') }),
        ),
      ),
    ).toEqual([])
    expect(
      rule.check(
        contextOf(
          clusterOf({ version: '1.29', groups: groups('1.27') }),
          clusterOf({ version: '1.29', groups: groups('1.27') }),
        ),
      ),
    ).toEqual([])
  })

  it('invalid: 1.29 → 1.30 with a managed group at 1.27 names the group and what to do first', () => {
    const [report, ...rest] = rule.check(
      contextOf(
        clusterOf({ name: 'prod', version: '1.30', groups: groups('1.27') }),
        clusterOf({ name: 'prod', version: '1.29', groups: groups('1.27') }),
      ),
    )
    expect(rest).toEqual([])
    expect(report!.message).toBe(
      'EKS will refuse to upgrade the control plane of prod to 1.30: managed node group ng is at 1.27, and managed node groups must match the control plane (1.29) before it is upgraded. Upgrade ng to 1.29 in a change of its own first.',
    )
  })

  it('invalid: judged by what runs before the change, even if the change moves the group too', () => {
    const reports = rule.check(
      contextOf(
        clusterOf({ version: '1.30', groups: groups('1.29') }),
        clusterOf({ version: '1.29', groups: groups('1.28') }),
      ),
    )
    expect(reports).toHaveLength(1)
  })

  it('invalid: Fargate profiles count too', () => {
    expect(
      rule.check(
        contextOf(
          clusterOf({ version: '1.30', groups: groups('1.28', 'fargate') }),
          clusterOf({ version: '1.29', groups: groups('1.28', 'fargate') }),
        ),
      ),
    ).toHaveLength(1)
  })
})
