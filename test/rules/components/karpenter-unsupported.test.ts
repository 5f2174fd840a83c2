import { karpenterUnsupported as rule } from '../../../src/rules/components/karpenter-unsupported.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

// Source: aws/karpenter-provider-aws hack/docs/compatibilitymatrix_gen/compatibility.yaml
// @ 692ccdd0 (2026-07-11), via data/karpenter-compatibility.json.
const on = (cp: string, version: string) =>
  contextOf(clusterOf({ version: cp, components: [{ name: 'karpenter', version }] }))
const finding = (message: string) => ({
  at: 'component:karpenter' as const,
  subject: 'component:karpenter',
  message,
})

testRule(rule, {
  valid: [
    ['1.36', '1.13.0'],
    ['1.31', '1.0.5'],
    // 1.1 to 1.4 support 1.25 and newer (the old hand table said 1.29).
    ['1.25', '1.1.0'],
    ['1.35', '1.9.0'],
    ['1.28', '0.37.0'],
  ].map(([cp, v]) => ({ name: `cluster ${cp} with Karpenter ${v}`, context: on(cp!, v!) })),
  invalid: [
    {
      name: 'too old for 1.36, which had no minimum before (1.13 is the first to support it)',
      context: on('1.36', 'v1.12.1'),
      findings: [
        finding(
          'Karpenter 1.12 supports Kubernetes up to 1.35; 1.36 needs Karpenter 1.13 or later',
        ),
      ],
    },
    {
      name: 'the matrix names patch releases: 1.31 needs 1.0.5, not any 1.0',
      context: on('1.31', '1.0.2'),
      findings: [
        finding(
          'Karpenter 1.0 supports Kubernetes up to 1.30; 1.31 needs Karpenter 1.0.5 or later',
        ),
      ],
    },
    {
      name: 'too new for the cluster (1.5 and later support 1.26 and newer)',
      context: on('1.25', '1.5.0'),
      findings: [finding('Karpenter 1.5 supports Kubernetes 1.26 to 1.33')],
    },
    {
      name: 'a Kubernetes minor newer than the data: never a silent pass',
      context: on('1.37', '1.14.0'),
      findings: [
        finding(
          'Karpenter 1.14 supports Kubernetes up to 1.36; 1.37 needs a Karpenter release newer than the compatibility data knows',
        ),
      ],
    },
  ],
})
