import { addonFloating as rule } from '../../../src/rules/addons/addon-floating.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

testRule(rule, {
  valid: [
    {
      name: 'pinned or unset add-ons',
      context: contextOf(
        clusterOf({
          version: '1.30',
          addons: [
            { name: 'coredns', version: 'v1.11.1-eksbuild.8' },
            { name: 'vpc-cni', version: null },
          ],
        }),
      ),
    },
  ],
  invalid: [
    {
      name: 'most_recent / latest, on the add-on line',
      context: contextOf(
        clusterOf({
          version: '1.30',
          addons: [
            { name: 'vpc-cni', version: 'v1.18.3-eksbuild.1' },
            { name: 'coredns', version: 'most_recent', status: 'policy' },
          ],
        }),
      ),
      findings: [
        {
          at: 'addon:coredns',
          subject: 'addon:coredns',
          message: 'AWS decides it when the change is applied',
        },
      ],
    },
  ],
})
