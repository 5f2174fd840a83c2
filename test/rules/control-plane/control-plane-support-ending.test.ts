import { controlPlaneSupportEnding as rule } from '../../../src/rules/control-plane/control-plane-support-ending.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

// 1.30: end of standard support 2025-07-23.
const on = (version: string, today: string) =>
  contextOf(clusterOf({ version }), undefined, { today })

testRule(rule, {
  valid: [
    { name: '91 days before the end of standard support', context: on('1.30', '2025-04-23') },
  ],
  invalid: [
    {
      name: '90 days before',
      context: on('1.30', '2025-04-24'),
      findings: [
        {
          at: 'version',
          subject: 'version',
          message:
            'Kubernetes 1.30 leaves EKS standard support on 2025-07-23 (in 90 days); extended support costs extra after that.',
        },
      ],
    },
  ],
})
