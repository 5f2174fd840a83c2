import { liveContainerRuntime as rule } from '../../../src/rules/live/live-container-runtime.js'
import { testRule } from '../../helpers/rule-tester.js'
import { liveGroup, view, withLive } from './live-helpers.js'

testRule(rule, {
  valid: [
    {
      name: 'containerd',
      context: withLive('1.30', view({ nodeGroups: [liveGroup('declared', '1.29')] })),
    },
    {
      name: 'containerd 1.7 is fine up to 1.35',
      context: withLive(
        '1.35',
        view({
          nodeGroups: [liveGroup('declared', '1.35', { runtimes: ['containerd://1.7.27'] })],
        }),
      ),
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
    {
      // Source: the Kubernetes v1.35 release announcement (KEP-4033): v1.35 is the last
      // release to support containerd 1.x; switch to containerd 2.0+ before the next.
      name: 'containerd 1.7 nodes when the cluster goes to 1.36',
      context: withLive(
        '1.36',
        view({
          nodeGroups: [liveGroup('declared', '1.35', { runtimes: ['containerd://1.7.27'] })],
        }),
      ),
      findings: [
        {
          at: 'nodeGroup:declared',
          subject: 'live:node-group:declared:containerd-1',
          message: '1.36 needs containerd 2.0 or later',
        },
      ],
    },
  ],
})
