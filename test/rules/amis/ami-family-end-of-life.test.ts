import { amiFamilyEndOfLife as rule } from '../../../src/rules/amis/ami-family-end-of-life.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const on = (version: string, amiType: string) =>
  contextOf(clusterOf({ version, groups: [{ name: 'ng', version: 'inherit', amiType }] }))

testRule(rule, {
  valid: [
    { name: 'AL2 at 1.31', context: on('1.31', 'AL2_x86_64') },
    { name: 'AL2023 at 1.32', context: on('1.32', 'AL2023_ARM_64_STANDARD') },
  ],
  invalid: [
    {
      name: 'AL2 at 1.32, the last version, on the AMI type line',
      context: on('1.32', 'AL2_ARM_64'),
      findings: [
        {
          at: 'nodeGroup:ng.amiType',
          subject: 'node-group:ng',
          message: '1.32 is the last version with Amazon Linux 2 AMIs',
        },
      ],
    },
  ],
})
