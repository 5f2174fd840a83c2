import { clusterUnreadable as rule } from '../../../src/rules/tool/cluster-unreadable.js'
import { clusterOf, context } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const gone = clusterOf({ name: 'prod', version: '1.30' }, 'clusters/prod.yaml')
const at = { file: 'clusters/prod.yaml', line: 1, column: 1 }

/** The head keeps `file` (a base path) at `now`, where the gate does not read it. */
function movedOutOfSight(file: string, now: string, reason: string) {
  const base = context([])
  return {
    ...base,
    inventory: { ...base.inventory, unread: [{ file, now, reason }] },
    removed: [gone],
  }
}

testRule(rule, {
  valid: [
    {
      name: 'a removed cluster whose file is simply gone',
      context: { ...context([]), removed: [gone] },
    },
    {
      name: 'an unreadable file that held no cluster',
      context: context([], [{ at, message: 'x' }]),
    },
    {
      name: 'a file moved out of sight that held no cluster',
      context: movedOutOfSight('clusters/other.yaml', 'clusters/other.yaml.orig', 'x'),
    },
  ],
  invalid: [
    {
      name: 'the base cluster’s file is unreadable on the head: blocked at that file',
      context: {
        ...context([], [{ at, message: 'clusters/prod.yaml is larger than 5 MiB' }]),
        removed: [gone],
      },
      findings: [
        {
          at,
          cluster: null,
          subject: `unreadable:${gone.id}`,
          message: [
            'Cluster prod was declared in clusters/prod.yaml',
            'larger than 5 MiB',
            'unchecked',
          ],
        },
      ],
    },
    {
      name: 'the base cluster’s file renamed where the gate does not read it: blocked at its new path',
      context: movedOutOfSight(
        'clusters/prod.yaml',
        '.old/prod.yaml',
        'it is in a hidden directory',
      ),
      findings: [
        {
          at: { file: '.old/prod.yaml', line: 1, column: 1 },
          cluster: null,
          subject: `unreadable:${gone.id}`,
          message: [
            'declared in clusters/prod.yaml on the base, which this change moved to .old/prod.yaml',
            'hidden directory',
            'unchecked',
          ],
        },
      ],
    },
  ],
})
