import { liveContainerRuntime as rule } from '../../../src/rules/live/live-container-runtime.js'
import { testRule } from '../../helpers/rule-tester.js'
import { liveGroup, view, withLive } from './live-helpers.js'

testRule(rule, {
  valid: [
    {
      name: 'containerd',
      context: withLive('1.30', view({ nodeGroups: [liveGroup('declared', '1.29')] })),
    },
  ],
  invalid: [
    {
      name: 'docker, on the declared group',
      context: withLive(
        '1.30',
        view({ nodeGroups: [liveGroup('declared', '1.29', { runtimes: ['docker://20.10.25'] })] }),
      ),
      findings: [
        { at: 'nodeGroup:declared', subject: 'live:node-group:declared:docker', message: 'docker' },
      ],
    },
  ],
})
