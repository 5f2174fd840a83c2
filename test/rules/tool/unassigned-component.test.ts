import { resolved } from '../../../src/model/declared.js'
import type { Inventory } from '../../../src/model/inventory.js'
import { unassignedComponent as rule } from '../../../src/rules/tool/unassigned-component.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const withUnassigned = (unassigned: NonNullable<Inventory['unassigned']>) => {
  const context = contextOf(clusterOf({ version: '1.30' }))
  return { ...context, inventory: { ...context.inventory, unassigned } }
}
const at = { file: 'apps/ca.yaml', line: 9, column: 3 }
const component = {
  name: 'cluster-autoscaler',
  at,
  image: 'registry.k8s.io/autoscaling/cluster-autoscaler:v1.30.0',
  version: resolved('v1.30.0', at),
}

testRule(rule, {
  valid: [
    { name: 'nothing unassigned', context: contextOf(clusterOf({ version: '1.30' })) },
    {
      name: 'APIs nobody deprecates are not worth a notice',
      context: withUnassigned({
        components: [],
        nodeGroups: [],
        apis: [
          { apiVersion: 'apps/v1', kind: 'Deployment', at: { file: 'a.yaml', line: 1, column: 1 } },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a component with no cluster says how to assign it',
      context: withUnassigned({ components: [component], nodeGroups: [], apis: [] }),
      findings: [
        {
          at,
          cluster: null,
          subject: 'component:apps/ca.yaml:cluster-autoscaler',
          message: 'add an assign entry to the configuration file',
        },
      ],
    },
    {
      name: 'with no cluster at all, it says so rather than "several clusters"',
      context: (() => {
        const context = withUnassigned({ components: [component], nodeGroups: [], apis: [] })
        return { ...context, inventory: { ...context.inventory, clusters: [] } }
      })(),
      findings: [
        {
          at,
          cluster: null,
          subject: 'component:apps/ca.yaml:cluster-autoscaler',
          message: 'no cluster is declared in the files the gate read; check the path',
        },
      ],
    },
  ],
})
