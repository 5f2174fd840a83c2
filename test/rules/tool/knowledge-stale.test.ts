import { knowledgeStale as rule } from '../../../src/rules/tool/knowledge-stale.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const on = (today: string) => contextOf(clusterOf({ version: '1.33' }), undefined, { today })

// The data is dated by its newest source (eksctl @ 2026-08-21), not by when it was
// compiled (2026-11-21): 180 days on is 2027-02-17.
testRule(rule, {
  valid: [{ name: 'data 180 days old', context: on('2027-02-17') }],
  invalid: [
    {
      name: 'data 181 days old, on the first cluster’s version',
      context: on('2027-02-18'),
      findings: [
        {
          at: 'version',
          cluster: null,
          subject: 'knowledge',
          message: 'is from 2026-08-21 (181 days ago)',
        },
      ],
    },
  ],
})
