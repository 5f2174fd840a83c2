import { unreadableFile as rule } from '../../../src/rules/tool/unreadable-file.js'
import { context } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const at = { file: 'x.yaml', line: 7, column: 3 }

testRule(rule, {
  valid: [{ name: 'no problems', context: context([]) }],
  invalid: [
    {
      name: 'each read problem becomes a finding at its place',
      context: context([], [{ at, message: 'YAML syntax error in x.yaml at line 7: bad' }]),
      findings: [
        {
          at,
          cluster: null,
          subject: 'file:x.yaml',
          message: 'YAML syntax error in x.yaml at line 7: bad',
        },
      ],
    },
  ],
})
