import { clusterRemoved as rule } from '../../../src/rules/tool/cluster-removed.js'
import { clusterOf, context } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const gone = clusterOf({ name: 'legacy', version: '1.29' }, 'infra/legacy.tf')

testRule(rule, {
  valid: [
    { name: 'nothing removed', context: context([]) },
    {
      name: 'its file cannot be read: cluster-unreadable says it, as an error',
      context: {
        ...context(
          [],
          [{ at: { file: 'infra/legacy.tf', line: 1, column: 1 }, message: 'too large' }],
        ),
        removed: [gone],
      },
    },
  ],
  invalid: [
    {
      name: 'a cluster only the base declares: no file to point at, the base place named',
      context: { ...context([]), removed: [gone] },
      findings: [
        {
          at: { file: '', line: 0 },
          cluster: null,
          subject: `removed:${gone.id}`,
          message: [
            'Cluster legacy (1.29), declared on the base at infra/legacy.tf:',
            'is not in the head',
          ],
        },
      ],
    },
  ],
})
