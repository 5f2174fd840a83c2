import { liveAl2Nodes as rule } from '../../../src/rules/live/live-al2-nodes.js'
import { kube } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'
import { liveGroup, view, withLive } from './live-helpers.js'

const al2 = liveGroup('declared', '1.32', { osImages: ['Amazon Linux 2'] })
const at132 = (groups: ReturnType<typeof liveGroup>[]) =>
  view({ version: kube('1.32'), nodeGroups: groups })

testRule(rule, {
  valid: [
    { name: 'AL2 up to 1.32', context: withLive('1.32', at132([al2]), '1.32') },
    {
      name: 'AL2023 at 1.33',
      context: withLive('1.33', at132([liveGroup('declared', '1.32')]), '1.32'),
    },
  ],
  invalid: [
    {
      name: 'AL2 nodes when the change goes to 1.33, on the declared group',
      context: withLive('1.33', at132([al2]), '1.32'),
      findings: [
        {
          at: 'nodeGroup:declared',
          subject: 'live:node-group:declared:al2',
          message: 'has no 1.33 AMI',
        },
      ],
    },
  ],
})
