import { liveVersionDrift as rule } from '../../../src/rules/live/live-version-drift.js'
import { testRule } from '../../helpers/rule-tester.js'
import { view, withLive } from './live-helpers.js'

testRule(rule, {
  valid: [
    { name: 'declared = live', context: withLive('1.29', view()) },
    { name: 'one minor ahead (the upgrade)', context: withLive('1.30', view()) },
  ],
  invalid: [
    {
      name: 'declared behind what runs (a downgrade), on the declared version',
      context: withLive('1.28', view()),
      findings: [
        { at: 'version', subject: 'live:version', message: 'applying it would try a downgrade' },
      ],
    },
    {
      name: 'two ahead of what runs',
      context: withLive('1.31', view()),
      findings: [{ at: 'version', subject: 'live:version', message: 'Go to 1.30 first' }],
    },
  ],
})
