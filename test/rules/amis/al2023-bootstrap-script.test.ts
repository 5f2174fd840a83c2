import { al2023BootstrapScript as rule } from '../../../src/rules/amis/al2023-bootstrap-script.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const script =
  '#!/bin/bash\nset -ex\n/etc/eks/bootstrap.sh prod --kubelet-extra-args "--max-pods=110"\n'
const on = (amiType: string, userData: string) =>
  contextOf(
    clusterOf({ version: '1.33', groups: [{ name: 'ng', version: 'inherit', amiType, userData }] }),
  )

// clusterOf puts ng's user data from line 35: the call is its third line.
testRule(rule, {
  valid: [
    { name: 'AL2 boots with bootstrap.sh', context: on('AL2_x86_64', script) },
    {
      name: 'AL2023 with a NodeConfig',
      context: on(
        'AL2023_x86_64_STANDARD',
        'apiVersion: node.eks.aws/v1alpha1\nkind: NodeConfig\nspec:\n  kubelet:\n    flags: [--max-pods=110]\n',
      ),
    },
    {
      name: 'a comment that names bootstrap.sh',
      context: on('AL2023_x86_64_STANDARD', '# no /etc/eks/bootstrap.sh on AL2023\necho hi\n'),
    },
  ],
  invalid: [
    {
      name: 'AL2023 calling /etc/eks/bootstrap.sh, on the line of the call',
      context: on('AL2023_x86_64_STANDARD', script),
      findings: [
        {
          at: { file: 'c.tf', line: 37 },
          subject: 'node-group:ng',
          message: [
            'runs AL2023_x86_64_STANDARD, but its user data calls bootstrap.sh',
            'NodeConfig',
            'will not join',
          ],
        },
      ],
    },
  ],
})
