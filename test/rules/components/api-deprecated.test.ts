import { apiDeprecated as rule } from '../../../src/rules/components/api-deprecated.js'
import { testRule } from '../../helpers/rule-tester.js'
import { MANIFEST, usingApi } from './api-helpers.js'

testRule(rule, {
  valid: [
    { name: 'before deprecation', context: usingApi('1.20', 'batch/v1beta1', 'CronJob') },
    {
      name: 'once removed (api-removed reports it)',
      context: usingApi('1.25', 'batch/v1beta1', 'CronJob'),
    },
  ],
  invalid: [
    {
      name: 'deprecated and still served (1.24)',
      context: usingApi('1.24', 'batch/v1beta1', 'CronJob'),
      findings: [
        {
          at: MANIFEST,
          subject: 'api:m.yaml:CronJob:x:batch/v1beta1',
          message: 'deprecated since 1.21; Kubernetes 1.25 removes it: use batch/v1 instead',
        },
      ],
    },
  ],
})
