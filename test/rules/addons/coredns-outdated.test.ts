import { corednsOutdated as rule } from '../../../src/rules/addons/coredns-outdated.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const on = (cp: string, version: string) =>
  contextOf(clusterOf({ version: cp, addons: [{ name: 'coredns', version }] }))

testRule(rule, {
  valid: [
    { name: 'the minor EKS ships (1.11 for 1.30)', context: on('1.30', 'v1.11.1-eksbuild.8') },
    { name: 'newer', context: on('1.29', 'v1.11.4-eksbuild.2') },
  ],
  invalid: [
    {
      name: 'v1.10 on 1.30, naming the newest seen',
      context: on('1.30', 'v1.10.1-eksbuild.38'),
      findings: [
        {
          at: 'addon:coredns',
          subject: 'addon:coredns',
          message:
            'older than CoreDNS 1.11, which EKS ships for Kubernetes 1.30 (latest seen: v1.11.4-eksbuild.33)',
        },
      ],
    },
  ],
})
