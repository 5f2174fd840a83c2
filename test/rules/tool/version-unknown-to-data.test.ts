import { versionUnknownToData as rule } from '../../../src/rules/tool/version-unknown-to-data.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

testRule(rule, {
  valid: [{ name: 'the newest known version', context: contextOf(clusterOf({ version: '1.36' })) }],
  invalid: [
    {
      name: 'a newer control plane and node group, naming the data date and both ways out',
      context: contextOf(clusterOf({ version: '1.37', groups: [{ name: 'ng', version: '1.37' }] })),
      findings: [
        {
          at: 'version',
          subject: 'version',
          message: ['as of 2026-08-21', 'knowledge-file', 'describe-cluster-versions'],
        },
        { at: 'nodeGroup:ng.version', subject: 'node-group:ng', message: '1.37' },
      ],
    },
  ],
})
