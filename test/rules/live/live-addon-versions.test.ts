import { liveAddonVersions as rule } from '../../../src/rules/live/live-addon-versions.js'
import { testRule } from '../../helpers/rule-tester.js'
import { liveComponents, liveGroup, view, withLive } from './live-helpers.js'

testRule(rule, {
  valid: [
    {
      name: 'kube-proxy within skew, VPC CNI at the minimum',
      context: withLive(
        '1.30',
        view({ components: liveComponents('v1.27.16-minimal-eksbuild.2', 'v1.12.0-eksbuild.1') }),
      ),
    },
    {
      name: 'kube-proxy 1.30 beside kubelets 1.27 (three minors: allowed)',
      context: withLive(
        '1.30',
        view({
          nodeGroups: [liveGroup('old', '1.27')],
          components: liveComponents('v1.30.0-eksbuild.3', 'v1.19.0-eksbuild.1'),
        }),
      ),
    },
  ],
  invalid: [
    {
      name: 'kube-proxy 1.30 beside kubelets 1.26 on one group: four minors from its node, though within the control plane skew',
      context: withLive(
        '1.30',
        view({
          nodeGroups: [liveGroup('current', '1.30'), liveGroup('legacy', '1.26')],
          components: liveComponents('v1.30.0-eksbuild.3', 'v1.19.0-eksbuild.1'),
        }),
      ),
      findings: [
        {
          at: 'version',
          subject: 'live:component:kube-proxy',
          message: ['kube-proxy 1.30', 'kubelet 1.26 on managed group legacy', 'three minors'],
        },
      ],
    },
    {
      name: 'kube-proxy 4 behind and VPC CNI below 1.12 on 1.30, on the declared version',
      context: withLive(
        '1.30',
        view({ components: liveComponents('v1.26.15-minimal-eksbuild.2', 'v1.11.4-eksbuild.1') }),
      ),
      findings: [
        { at: 'version', subject: 'live:component:kube-proxy', message: 'kube-proxy' },
        { at: 'version', subject: 'live:component:aws-node', message: '1.12' },
      ],
    },
  ],
})
