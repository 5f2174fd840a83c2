import { controlPlaneExtendedSupport as rule } from '../../../src/rules/control-plane/control-plane-extended-support.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

// 1.30: end of standard support 2025-07-23, end of extended support 2026-07-23.
const on = (version: string, today: string) =>
  contextOf(clusterOf({ version }), undefined, { today })

testRule(rule, {
  valid: [
    { name: 'in standard support', context: on('1.30', '2025-07-22') },
    { name: 'once extended support is over (another rule)', context: on('1.30', '2026-07-23') },
  ],
  invalid: [
    {
      name: 'from the end of standard support',
      context: on('1.30', '2025-07-23'),
      findings: [
        {
          at: 'version',
          subject: 'version',
          message: 'extended support (billed per cluster-hour) ends on 2026-07-23',
        },
      ],
    },
  ],
})
