import { karpenterUnsupported as rule } from '../../../src/rules/components/karpenter-unsupported.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const on = (cp: string, version: string) =>
  contextOf(clusterOf({ version: cp, components: [{ name: 'karpenter', version }] }))

testRule(rule, {
  valid: [
    ['1.31', '1.0.5'],
    ['1.32', '1.2.0'],
    ['1.29', '1.11.1'],
    ['1.28', '0.37.0'],
  ].map(([cp, v]) => ({ name: `cluster ${cp} with Karpenter ${v}`, context: on(cp!, v!) })),
  invalid: [
    {
      name: 'too old for the cluster (1.32 needs 1.2)',
      context: on('1.32', 'v1.1.4'),
      findings: [
        {
          at: 'component:karpenter',
          subject: 'component:karpenter',
          message: 'Kubernetes 1.32 needs Karpenter 1.2 or later',
        },
      ],
    },
    {
      name: 'too new for the cluster (1.1+ supports 1.29 and newer)',
      context: on('1.28', '1.1.0'),
      findings: [
        {
          at: 'component:karpenter',
          subject: 'component:karpenter',
          message: 'Karpenter 1.1 and later support Kubernetes 1.29 and newer',
        },
      ],
    },
  ],
})
