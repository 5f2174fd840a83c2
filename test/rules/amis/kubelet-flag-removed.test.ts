import { kubeletFlagRemoved as rule } from '../../../src/rules/amis/kubelet-flag-removed.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const on = (version: string, userData: string) =>
  contextOf(
    clusterOf({
      version,
      groups: [{ name: 'ng', version: 'inherit', amiType: 'AL2_x86_64', userData }],
    }),
  )
const args = (flags: string) =>
  `#!/bin/bash\n/etc/eks/bootstrap.sh prod \\\n  --kubelet-extra-args '${flags}'\n`

testRule(rule, {
  valid: [
    {
      name: '--pod-infra-container-image before 1.35',
      context: on('1.34', args('--pod-infra-container-image=registry/pause:3.9')),
    },
    {
      name: "bootstrap.sh's own --container-runtime option is not the kubelet flag",
      context: on('1.29', '/etc/eks/bootstrap.sh prod --container-runtime containerd\n'),
    },
    { name: 'a commented-out flag', context: on('1.35', '# --pod-infra-container-image=x\n') },
  ],
  invalid: [
    {
      name: '--pod-infra-container-image at 1.35 (inherited), on its line',
      context: on('1.35', args('--node-labels=a=b --pod-infra-container-image=registry/pause:3.9')),
      findings: [
        {
          at: { file: 'c.tf', line: 37 },
          subject: 'node-group:ng:--pod-infra-container-image',
          message: [
            '--pod-infra-container-image',
            'Kubernetes 1.35 removed that flag',
            'will not join',
          ],
        },
      ],
    },
    {
      name: 'kubelet --container-runtime=remote from 1.27',
      context: on('1.27', args('--container-runtime=remote')),
      findings: [
        {
          at: { file: 'c.tf', line: 37 },
          subject: 'node-group:ng:--container-runtime',
          message: 'Kubernetes 1.27 removed that flag',
        },
      ],
    },
  ],
})
