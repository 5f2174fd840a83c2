import { describe, expect, it } from 'vitest'
import { resolved } from '../../src/model/declared.js'
import { unassignedComponent as rule } from '../../src/rules/tool/unassigned-component.js'
import { clusterOf, contextOf } from '../helpers/model.js'

describe(rule.meta.id, () => {
  it('is a notice by default', () => expect(rule.meta.severity).toBe('notice'))
  it('valid: nothing unassigned; APIs nobody deprecates are not worth a notice', () => {
    const context = contextOf(clusterOf({ version: '1.30' }))
    expect(rule.check(context)).toEqual([])
    const apis = [
      { apiVersion: 'apps/v1', kind: 'Deployment', at: { file: 'a.yaml', line: 1, column: 1 } },
    ]
    expect(
      rule.check({
        ...context,
        inventory: { ...context.inventory, unassigned: { components: [], nodeGroups: [], apis } },
      }),
    ).toEqual([])
  })
  it('invalid: a component with no cluster says how to assign it', () => {
    const context = contextOf(clusterOf({ version: '1.30' }))
    const at = { file: 'apps/ca.yaml', line: 9, column: 3 }
    const component = {
      name: 'cluster-autoscaler',
      at,
      image: 'registry.k8s.io/autoscaling/cluster-autoscaler:v1.30.0',
      version: resolved('v1.30.0', at),
    }
    const [report] = rule.check({
      ...context,
      inventory: {
        ...context.inventory,
        unassigned: { components: [component], nodeGroups: [], apis: [] },
      },
    })
    expect(report!.message).toContain('add an assign entry to the configuration file')
    expect(report!.at).toEqual(at)
  })
})
