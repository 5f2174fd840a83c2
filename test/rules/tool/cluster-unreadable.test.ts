import { clusterUnreadable as rule } from '../../../src/rules/tool/cluster-unreadable.js'
import { clusterOf, context } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const gone = clusterOf({ name: 'prod', version: '1.30' }, 'clusters/prod.yaml')
const at = { file: 'clusters/prod.yaml', line: 1, column: 1 }

testRule(rule, {
  valid: [
    {
      name: 'a removed cluster whose file is simply gone',
      context: { ...context([]), removed: [gone] },
    },
    {
      name: 'an unreadable file that held no cluster',
      context: context([], [{ at, message: 'x' }]),
    },
  ],
  invalid: [
    {
      name: 'the base cluster’s file is unreadable on the head: blocked at that file',
      context: {
        ...context([], [{ at, message: 'clusters/prod.yaml is larger than 5 MiB' }]),
        removed: [gone],
      },
      findings: [
        {
          at,
          cluster: null,
          subject: `unreadable:${gone.id}`,
          message: [
            'Cluster prod was declared in clusters/prod.yaml',
            'larger than 5 MiB',
            'unchecked',
          ],
        },
      ],
    },
  ],
})
