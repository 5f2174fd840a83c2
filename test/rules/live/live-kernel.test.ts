import { liveKernel as rule } from '../../../src/rules/live/live-kernel.js'
import { testRule } from '../../helpers/rule-tester.js'
import { liveGroup, view, withLive } from './live-helpers.js'

const kernel = (version: string) =>
  withLive('1.29', view({ nodeGroups: [liveGroup('declared', '1.29', { kernels: [version] })] }))

testRule(rule, {
  valid: [{ name: '5.4 and newer', context: kernel('5.4.0-1.amzn2') }],
  invalid: [
    {
      name: '4.14, on the declared group',
      context: kernel('4.14.336-257.amzn2'),
      findings: [
        { at: 'nodeGroup:declared', subject: 'live:node-group:declared:kernel', message: '4.14' },
      ],
    },
  ],
})
