import { managedNodeGroupBehindControlPlane as rule } from '../../../src/rules/nodes/managed-node-group-behind-control-plane.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

type Kind = 'managed' | 'fargate' | 'self-managed'
const change = (from: string, to: string, before: string, after = before, kind: Kind = 'managed') =>
  contextOf(
    clusterOf({ name: 'prod', version: to, groups: [{ name: 'ng', version: after, kind }] }),
    clusterOf({ name: 'prod', version: from, groups: [{ name: 'ng', version: before, kind }] }),
  )

testRule(rule, {
  valid: [
    { name: 'groups at the current control plane', context: change('1.29', '1.30', '1.29') },
    { name: 'groups that inherit', context: change('1.29', '1.30', 'inherit') },
    {
      name: 'self-managed groups',
      context: change('1.29', '1.30', '1.27', '1.27', 'self-managed'),
    },
    { name: 'no upgrade', context: change('1.29', '1.29', '1.27') },
  ],
  invalid: [
    {
      name: '1.29 → 1.30 with a managed group at 1.27 names the group and what to do first',
      context: change('1.29', '1.30', '1.27'),
      findings: [
        {
          at: 'nodeGroup:ng.version',
          subject: 'node-group:ng',
          message:
            'EKS will refuse to upgrade the control plane of prod to 1.30: managed node group ng is at 1.27, and managed node groups must match the control plane (1.29) before it is upgraded. Upgrade ng to 1.29 in a change of its own first.',
        },
      ],
    },
    {
      name: 'judged by what runs before the change, even if the change moves the group too',
      context: change('1.29', '1.30', '1.28', '1.29'),
      findings: [{ at: 'nodeGroup:ng.version', subject: 'node-group:ng', message: 'is at 1.28' }],
    },
    {
      name: 'Fargate profiles count too',
      context: change('1.29', '1.30', '1.28', '1.28', 'fargate'),
      findings: [{ at: 'nodeGroup:ng.version', subject: 'node-group:ng', message: 'is at 1.28' }],
    },
  ],
})
