import { clusterAutoscalerMismatch as rule } from '../../../src/rules/components/cluster-autoscaler-mismatch.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const on = (cp: string, tag: string) =>
  contextOf(clusterOf({ version: cp, components: [{ name: 'cluster-autoscaler', version: tag }] }))

testRule(rule, {
  valid: [{ name: 'the same minor', context: on('1.32', 'v1.32.1') }],
  invalid: [
    ['1.32', 'v1.31.2'],
    ['1.30', 'v1.31.0'],
  ].map(([cp, tag]) => ({
    name: `cluster ${cp} with ${tag}, on the image line`,
    context: on(cp!, tag!),
    findings: [
      {
        at: 'component:cluster-autoscaler' as const,
        subject: 'component:cluster-autoscaler',
        message: `Use a v${cp}.x image`,
      },
    ],
  })),
})
