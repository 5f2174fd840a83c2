import { unresolvedValue as rule } from '../../../src/rules/tool/unresolved-value.js'
import { cluster, context } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

testRule(rule, {
  valid: [
    {
      name: 'resolved and inherited values say nothing',
      context: context([
        {
          head: cluster('c', '1.30', [
            { name: 'a', version: '1.30' },
            { name: 'b', version: 'inherit' },
          ]),
        },
      ]),
    },
  ],
  invalid: [
    {
      name: 'every unresolved value is reported with its expression, at its place',
      context: context([
        {
          head: cluster('c', null, [
            { name: 'a', version: '1.30' },
            { name: 'gpu', version: 'unresolved' },
          ]),
        },
      ]),
      findings: [
        {
          at: 'version',
          subject: 'version',
          message:
            'Could not resolve the control-plane version in cluster c from `${V}` (placeholder); the version rules skipped it.',
        },
        { at: 'nodeGroup:gpu.version', subject: 'node-group:gpu:version', message: 'gpu' },
      ],
    },
  ],
})
