import { liveNodeSkew as rule } from '../../../src/rules/live/live-node-skew.js'
import { testRule } from '../../helpers/rule-tester.js'
import { liveGroup, view, withLive } from './live-helpers.js'

testRule(rule, {
  valid: [
    {
      name: '3 behind the control plane after the change (1.27 → 1.30)',
      context: withLive('1.30', view({ nodeGroups: [liveGroup('declared', '1.27')] })),
    },
  ],
  invalid: [
    {
      name: '4 behind, on the declared node group',
      context: withLive('1.30', view({ nodeGroups: [liveGroup('declared', '1.26')] })),
      findings: [
        {
          at: 'nodeGroup:declared',
          subject: 'live:node-group:declared:old',
          message: '4 minors behind, more than the 3 allowed',
        },
      ],
    },
    {
      name: 'newer than the control plane, on the cluster when no group of that name is declared',
      context: withLive('1.29', view({ nodeGroups: [liveGroup('b', '1.30')] })),
      findings: [
        {
          at: 'version',
          subject: 'live:node-group:b:new',
          message: 'newer than the control plane',
        },
      ],
    },
  ],
})
