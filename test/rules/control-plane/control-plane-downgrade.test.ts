import { controlPlaneDowngrade as rule } from '../../../src/rules/control-plane/control-plane-downgrade.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const change = (from: string, to: string) =>
  contextOf(clusterOf({ version: to }), clusterOf({ version: from }))

testRule(rule, {
  valid: [
    { name: '1.29 → 1.30', context: change('1.29', '1.30') },
    { name: 'no change', context: change('1.30', '1.30') },
  ],
  invalid: [
    {
      name: 'one minor down mentions the 7-day rollback',
      context: change('1.30', '1.29'),
      findings: [
        {
          at: 'version',
          subject: 'version',
          message: ['goes down from 1.30 to 1.29', 'within 7 days'],
        },
      ],
    },
    {
      name: 'two minors down cannot be rolled back',
      context: change('1.30', '1.28'),
      findings: [
        { at: 'version', subject: 'version', message: 'cannot go back more than one minor' },
      ],
    },
  ],
})
