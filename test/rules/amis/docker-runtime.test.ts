import { dockerRuntime as rule } from '../../../src/rules/amis/docker-runtime.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const on = (version: string, runtime: string) =>
  contextOf(clusterOf({ version, groups: [{ name: 'ng', version: 'inherit', runtime }] }))

testRule(rule, {
  valid: [
    { name: 'dockerd at 1.23', context: on('1.23', 'dockerd') },
    { name: 'containerd at 1.24', context: on('1.24', 'containerd') },
  ],
  invalid: [
    {
      name: 'dockerd from 1.24, on the runtime line',
      context: on('1.24', 'dockerd'),
      findings: [
        {
          at: 'nodeGroup:ng.containerRuntime',
          subject: 'node-group:ng',
          message: 'dockershim was removed in Kubernetes 1.24',
        },
      ],
    },
  ],
})
