import { amiCustomUnverified as rule } from '../../../src/rules/amis/ami-custom-unverified.js'
import { clusterOf, contextOf, type Spec } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const groups = (...groups: NonNullable<Spec['groups']>) =>
  contextOf(clusterOf({ version: '1.30', groups }))

testRule(rule, {
  valid: [
    { name: 'no custom AMI', context: groups({ name: 'a', version: '1.30' }) },
    {
      name: 'a version that is unknown anyway (reported as unresolved)',
      context: groups({ name: 'b', version: 'unresolved', amiId: 'ami-0abc' }),
    },
  ],
  invalid: [
    {
      name: 'a pinned version with an AMI id that tells nothing, on the AMI line',
      context: groups(
        { name: 'a', version: '1.30' },
        { name: 'gpu', version: '1.30', amiId: 'ami-0abc' },
      ),
      findings: [
        { at: 'nodeGroup:gpu.amiId', subject: 'node-group:gpu', message: 'custom AMI ami-0abc' },
      ],
    },
  ],
})
