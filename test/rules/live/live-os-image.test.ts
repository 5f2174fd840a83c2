import { liveOsImage as rule } from '../../../src/rules/live/live-os-image.js'
import { testRule } from '../../helpers/rule-tester.js'
import { liveGroup, view, withLive } from './live-helpers.js'

const image = (osImage: string) =>
  withLive('1.29', view({ nodeGroups: [liveGroup('declared', '1.29', { osImages: [osImage] })] }))

testRule(rule, {
  valid: [
    { name: 'an EKS-optimized family', context: image('Bottlerocket OS 1.20.0 (aws-k8s-1.29)') },
  ],
  invalid: [
    {
      name: 'another OS, on the declared group',
      context: image('CentOS Linux 7 (Core)'),
      findings: [
        { at: 'nodeGroup:declared', subject: 'live:node-group:declared:os', message: 'CentOS' },
      ],
    },
  ],
})
