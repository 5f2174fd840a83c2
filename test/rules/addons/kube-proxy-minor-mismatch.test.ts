import { kubeProxyMinorMismatch as rule } from '../../../src/rules/addons/kube-proxy-minor-mismatch.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const on = (cp: string, version: string) =>
  clusterOf({
    version: cp,
    addons: [
      { name: 'vpc-cni', version: 'v1.18.3-eksbuild.1' },
      { name: 'kube-proxy', version },
    ],
  })

testRule(rule, {
  valid: [
    { name: 'same minor', context: contextOf(on('1.30', 'v1.30.0-eksbuild.3')) },
    {
      name: 'beyond skew is kube-proxy-skew’s',
      context: contextOf(on('1.30', 'v1.26.0-eksbuild.1')),
    },
    {
      name: 'an upgrade that left the pin is addon-not-moved’s',
      context: contextOf(on('1.30', 'v1.29.0-eksbuild.1'), on('1.29', 'v1.29.0-eksbuild.1')),
    },
  ],
  invalid: [
    {
      name: 'one minor behind, naming a version for the cluster’s minor, on the add-on line',
      context: contextOf(on('1.30', 'v1.29.0-eksbuild.1')),
      findings: [
        {
          at: 'addon:kube-proxy',
          subject: 'addon:kube-proxy',
          message: '(e.g. v1.30.14-eksbuild.28)',
        },
      ],
    },
  ],
})
