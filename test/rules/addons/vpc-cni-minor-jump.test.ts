import { vpcCniMinorJump as rule } from '../../../src/rules/addons/vpc-cni-minor-jump.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const move = (from: string, to: string) =>
  contextOf(
    clusterOf({ version: '1.30', addons: [{ name: 'vpc-cni', version: to }] }),
    clusterOf({ version: '1.30', addons: [{ name: 'vpc-cni', version: from }] }),
  )

testRule(rule, {
  valid: [
    { name: 'one minor up', context: move('v1.18.3-eksbuild.1', 'v1.19.0-eksbuild.1') },
    { name: 'a patch', context: move('v1.18.3-eksbuild.1', 'v1.18.6-eksbuild.2') },
    { name: 'down', context: move('v1.19.0-eksbuild.1', 'v1.18.3-eksbuild.1') },
  ],
  invalid: [
    {
      name: '1.16 → 1.18 names 1.17 as the next step, on the head add-on line',
      context: move('v1.16.0-eksbuild.1', 'v1.18.3-eksbuild.2'),
      findings: [{ at: 'addon:vpc-cni', subject: 'addon:vpc-cni', message: 'Go to 1.17 first' }],
    },
  ],
})
