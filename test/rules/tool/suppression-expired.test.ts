import { suppressionExpired as rule } from '../../../src/rules/tool/suppression-expired.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const entry = { file: '.github/eks-upgrade-gate.yml', line: 4, column: 1 }

testRule(rule, {
  valid: [{ name: 'nothing expired', context: contextOf(clusterOf({ version: '1.33' })) }],
  invalid: [
    {
      name: 'an expired entry, pointing at it in the configuration file',
      context: contextOf(clusterOf({ version: '1.33' }), undefined, {
        expiredSuppressions: [
          { rule: 'node-group-skew', reason: 'retiring', expires: '2026-01-01', at: entry },
        ],
      }),
      findings: [
        {
          at: entry,
          cluster: null,
          subject: 'suppression:node-group-skew:4',
          message:
            'The suppression of node-group-skew ("retiring") expired on 2026-01-01 and no longer applies. Fix the findings, or extend it with a new reason.',
        },
      ],
    },
  ],
})
