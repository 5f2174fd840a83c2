import { controlPlaneEndOfSupport as rule } from '../../../src/rules/control-plane/control-plane-end-of-support.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

// 1.30: end of standard support 2025-07-23, end of extended support 2026-07-23.
const on = (version: string, today: string) =>
  contextOf(clusterOf({ version }), undefined, { today })

testRule(rule, {
  valid: [{ name: 'the day before extended support ends', context: on('1.30', '2026-07-22') }],
  invalid: [
    {
      name: 'on the day extended support ends',
      context: on('1.30', '2026-07-23'),
      findings: [
        { at: 'version', subject: 'version', message: 'left EKS extended support on 2026-07-23' },
      ],
    },
    {
      name: 'a version past its calendar (1.21: extended support ended 2024-07-15, by the EKS docs)',
      context: on('1.21', '2026-01-01'),
      findings: [
        {
          at: 'version',
          subject: 'version',
          message: 'Kubernetes 1.21 left EKS extended support on 2024-07-15',
        },
      ],
    },
    {
      name: 'a version older than the calendar (1.15)',
      context: on('1.15', '2026-01-01'),
      findings: [
        { at: 'version', subject: 'version', message: 'older than any version EKS still offers' },
      ],
    },
  ],
})
