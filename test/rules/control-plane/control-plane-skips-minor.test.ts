import { controlPlaneSkipsMinor as rule } from '../../../src/rules/control-plane/control-plane-skips-minor.js'
import { cluster, context } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const change = (from: string | null, to: string | null) =>
  context([{ head: cluster('prod', to), base: cluster('prod', from) }])

testRule(rule, {
  valid: [
    { name: 'one minor up (1.29 → 1.30)', context: change('1.29', '1.30') },
    { name: 'no change', context: change('1.30', '1.30') },
    { name: 'down (another rule judges it)', context: change('1.30', '1.29') },
    { name: 'a new cluster (no base)', context: context([{ head: cluster('prod', '1.33') }]) },
    { name: 'an unresolved head version', context: change('1.28', null) },
  ],
  invalid: [
    {
      name: '1.28 → 1.30, on the head version line, naming the next step',
      context: change('1.28', '1.30'),
      findings: [
        { at: 'version', subject: 'version', message: ['from 1.28 to 1.30', 'Set 1.29 here'] },
      ],
    },
    {
      name: '1.23 → 1.27 (four minors) names 1.24 as the next step',
      context: change('1.23', '1.27'),
      findings: [{ at: 'version', subject: 'version', message: 'Set 1.24 here' }],
    },
  ],
})
