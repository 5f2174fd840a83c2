import { vpcCniMinimum as rule } from '../../../src/rules/addons/vpc-cni-minimum.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const on = (cp: string, version: string) =>
  contextOf(
    clusterOf({
      version: cp,
      addons: [
        { name: 'coredns', version: 'v1.11.1-eksbuild.8' },
        { name: 'vpc-cni', version },
      ],
    }),
  )

testRule(rule, {
  valid: [
    { name: '1.12.0 at 1.26', context: on('1.26', 'v1.12.0-eksbuild.1') },
    { name: '1.11 at 1.25', context: on('1.25', 'v1.11.4-eksbuild.1') },
    { name: 'a bare eksctl version', context: on('1.30', '1.18.3') },
  ],
  invalid: [
    {
      name: '1.11 on 1.26 names the 1.26 rule, on the add-on line',
      context: on('1.26', 'v1.11.4-eksbuild.1'),
      findings: [
        {
          at: 'addon:vpc-cni',
          subject: 'addon:vpc-cni',
          message: 'upgrade the VPC CNI to 1.12 or later before 1.26',
        },
      ],
    },
    {
      name: 'below 1.8.0 on 1.24',
      context: on('1.24', 'v1.7.10-eksbuild.1'),
      findings: [{ at: 'addon:vpc-cni', subject: 'addon:vpc-cni', message: 'is below' }],
    },
  ],
})
