import { nodeGroupSkew as rule } from '../../../src/rules/nodes/node-group-skew.js'
import { cluster, context } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const at = (cp: string, node: string) =>
  context([{ head: cluster('c', cp, [{ name: 'ng', version: node }]) }])

testRule(rule, {
  valid: [
    { name: '−3 is allowed from 1.28 (1.28 / 1.25)', context: at('1.28', '1.25') },
    { name: '1.33 / 1.30', context: at('1.33', '1.30') },
    { name: '−2 is allowed before 1.28 (1.27 / 1.25)', context: at('1.27', '1.25') },
    { name: '1.24 / 1.22', context: at('1.24', '1.22') },
    { name: 'same version', context: at('1.30', '1.30') },
    {
      name: 'inherited and unresolved node versions are not judged',
      context: context([
        {
          head: cluster('c', '1.30', [
            { name: 'a', version: 'inherit' },
            { name: 'b', version: 'unresolved' },
          ]),
        },
      ]),
    },
  ],
  invalid: [
    ...(
      [
        ['1.28', '1.24', 3, '1.25'],
        ['1.27', '1.24', 2, '1.25'],
        ['1.33', '1.29', 3, '1.30'],
      ] as const
    ).map(([cp, node, limit, minimum]) => ({
      name: `control plane ${cp} with nodes at ${node} (limit ${limit}, upgrade to ${minimum})`,
      context: at(cp, node),
      findings: [
        {
          at: 'nodeGroup:ng.version' as const,
          subject: 'node-group:ng',
          message: [`trail by at most ${limit}`, `Upgrade the node group to at least ${minimum}`],
        },
      ],
    })),
    {
      name: 'a node group on another major version says so, not "Infinity minor versions"',
      context: at('99.99', '1.29'),
      findings: [
        {
          at: 'nodeGroup:ng.version',
          subject: 'node-group:ng',
          message: [/^Node group ng is at 1\.29, a major version behind/, /^(?!.*Infinity)/],
        },
      ],
    },
  ],
})
