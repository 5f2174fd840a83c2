import { liveAddonVersions as rule } from '../../../src/rules/live/live-addon-versions.js'
import { testRule } from '../../helpers/rule-tester.js'
import { liveComponents, view, withLive } from './live-helpers.js'

testRule(rule, {
  valid: [
    {
      name: 'kube-proxy within skew, VPC CNI at the minimum',
      context: withLive(
        '1.30',
        view({ components: liveComponents('v1.27.16-minimal-eksbuild.2', 'v1.12.0-eksbuild.1') }),
      ),
    },
  ],
  invalid: [
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
