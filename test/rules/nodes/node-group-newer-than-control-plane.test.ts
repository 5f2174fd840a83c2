import { nodeGroupNewerThanControlPlane as rule } from '../../../src/rules/nodes/node-group-newer-than-control-plane.js'
import { cluster, context } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

testRule(rule, {
  valid: [
    {
      name: 'node groups at or below the control plane, inherited or unresolved',
      context: context([
        {
          head: cluster('prod', '1.30', [
            { name: 'same', version: '1.30' },
            { name: 'older', version: '1.27' },
            { name: 'inherits', version: 'inherit' },
            { name: 'unknown', version: 'unresolved' },
          ]),
        },
      ]),
    },
  ],
  invalid: [
    {
      name: 'a node group one minor ahead, on its version line',
      context: context([
        {
          head: cluster('prod', '1.30', [
            { name: 'same', version: '1.30' },
            { name: 'ahead', version: '1.31' },
          ]),
        },
      ]),
      findings: [
        {
          at: 'nodeGroup:ahead.version',
          subject: 'node-group:ahead',
          message: /Node group ahead is at 1\.31, newer than the control plane of prod \(1\.30\)/,
        },
      ],
    },
  ],
})
