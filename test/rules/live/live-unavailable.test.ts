import { liveUnavailable as rule } from '../../../src/rules/live/live-unavailable.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'
import { view, withLive } from './live-helpers.js'

// A failure of the live read has no line in the repository to point at.
// No file holds these findings: reports say so rather than invent a path.
const NOWHERE = { file: '', line: 0 }
const declared = clusterOf({ version: '1.29' })

testRule(rule, {
  valid: [
    { name: 'no live cluster asked for', context: contextOf(declared) },
    { name: 'read fully and matched', context: withLive('1.29', view()) },
  ],
  invalid: [
    {
      name: 'unreadable',
      context: contextOf(declared, undefined, { live: { clusters: [], errors: ['refused'] } }),
      findings: [
        {
          at: NOWHERE,
          cluster: null,
          subject: 'live:error:0',
          message: 'Live cluster: refused. The static checks still ran.',
        },
      ],
    },
    {
      name: 'partly read, on the declared cluster',
      context: withLive('1.29', view({ problems: ['Forbidden'] })),
      findings: [{ at: 'version', cluster: null, subject: 'live:c:0', message: 'Forbidden' }],
    },
    {
      name: 'matching no declared cluster',
      context: contextOf(declared, undefined, {
        live: { clusters: [{ view: view({ name: 'other' }) }], errors: [] },
      }),
      findings: [
        {
          at: NOWHERE,
          cluster: null,
          subject: 'live:other:unmatched',
          message: 'matches none of the declared clusters',
        },
      ],
    },
  ],
})
