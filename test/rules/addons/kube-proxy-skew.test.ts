import { kubeProxySkew as rule } from '../../../src/rules/addons/kube-proxy-skew.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const addon = (cp: string, version: string) =>
  contextOf(clusterOf({ version: cp, addons: [{ name: 'kube-proxy', version }] }))
const image = (cp: string, tag: string) =>
  contextOf(clusterOf({ version: cp, components: [{ name: 'kube-proxy', version: tag }] }))

testRule(rule, {
  valid: [
    { name: 'same minor', context: addon('1.30', 'v1.30.0-eksbuild.3') },
    { name: '3 behind, kube-proxy 1.27 ≥ 1.25', context: addon('1.30', 'v1.27.1-eksbuild.1') },
    { name: '2 behind, kube-proxy 1.24 < 1.25', context: addon('1.26', 'v1.24.7-eksbuild.2') },
  ],
  invalid: [
    {
      name: 'kube-proxy newer than the control plane',
      context: addon('1.30', 'v1.31.2-eksbuild.3'),
      findings: [
        {
          at: 'addon:kube-proxy',
          subject: 'addon:kube-proxy',
          message: 'is newer than the control plane',
        },
      ],
    },
    {
      name: '4 behind (kube-proxy 1.26 on 1.30)',
      context: addon('1.30', 'v1.26.15-eksbuild.2'),
      findings: [
        { at: 'addon:kube-proxy', subject: 'addon:kube-proxy', message: '4 minor versions behind' },
      ],
    },
    {
      name: '3 behind for kube-proxy < 1.25 (1.24 on 1.27)',
      context: addon('1.27', 'v1.24.7-eksbuild.2'),
      findings: [
        { at: 'addon:kube-proxy', subject: 'addon:kube-proxy', message: 'may trail by at most 2' },
      ],
    },
    {
      name: 'a self-managed kube-proxy image, on the image line',
      context: image('1.30', 'v1.31.2-minimal-eksbuild.3'),
      findings: [
        {
          at: 'component:kube-proxy',
          subject: 'component:kube-proxy',
          message: 'is newer than the control plane',
        },
      ],
    },
  ],
})
