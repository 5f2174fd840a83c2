import { addonNotMoved as rule } from '../../../src/rules/addons/addon-not-moved.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const at = (version: string, kubeProxy: string, coredns = 'v1.11.1-eksbuild.8') =>
  clusterOf({
    version,
    addons: [
      { name: 'kube-proxy', version: kubeProxy },
      { name: 'coredns', version: coredns },
    ],
  })

testRule(rule, {
  valid: [
    {
      name: 'add-ons moved with the control plane',
      context: contextOf(
        at('1.30', 'v1.30.0-eksbuild.3', 'v1.11.3-eksbuild.1'),
        at('1.29', 'v1.29.0-eksbuild.1'),
      ),
    },
    {
      name: 'no upgrade',
      context: contextOf(at('1.29', 'v1.29.0-eksbuild.1'), at('1.29', 'v1.29.0-eksbuild.1')),
    },
  ],
  invalid: [
    {
      name: '1.29 → 1.30 with kube-proxy and CoreDNS pins unchanged, each on its own line',
      context: contextOf(at('1.30', 'v1.29.0-eksbuild.1'), at('1.29', 'v1.29.0-eksbuild.1')),
      findings: [
        {
          at: 'addon:kube-proxy',
          subject: 'addon:kube-proxy',
          message: ['stays pinned at v1.29.0-eksbuild.1', 'Move it to v1.30.14-eksbuild.28'],
        },
        {
          at: 'addon:coredns',
          subject: 'addon:coredns',
          message: 'stays pinned at v1.11.1-eksbuild.8',
        },
      ],
    },
  ],
})
