import { corednsTooOld as rule } from '../../../src/rules/addons/coredns-too-old.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const on = (version: string) =>
  contextOf(clusterOf({ version: '1.30', addons: [{ name: 'coredns', version }] }))

testRule(rule, {
  valid: [
    { name: '1.8.4', context: on('v1.8.4-eksbuild.1') },
    { name: 'newer', context: on('v1.11.1-eksbuild.8') },
  ],
  invalid: [
    {
      name: '1.8.3',
      context: on('v1.8.3-eksbuild.1'),
      findings: [{ at: 'addon:coredns', subject: 'addon:coredns', message: 'older than 1.8.4' }],
    },
  ],
})
