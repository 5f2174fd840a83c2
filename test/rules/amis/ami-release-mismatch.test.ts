import { amiReleaseMismatch as rule } from '../../../src/rules/amis/ami-release-mismatch.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const on = (version: string, release: string, amiType = 'AL2023_x86_64_STANDARD') =>
  contextOf(clusterOf({ version: '1.30', groups: [{ name: 'ng', version, release, amiType }] }))

testRule(rule, {
  valid: [
    { name: 'the release matches the version', context: on('1.30', '1.30.2-20240701') },
    {
      name: 'Bottlerocket releases are OS versions',
      context: on('1.30', '1.20.0-fcf71a47', 'BOTTLEROCKET_x86_64'),
    },
  ],
  invalid: [
    {
      name: 'version 1.30 with a 1.29 release, on the release line',
      context: on('1.30', '1.29.3-20240531'),
      findings: [
        {
          at: 'nodeGroup:ng.releaseVersion',
          subject: 'node-group:ng',
          message: 'pins the AMI release 1.29.3-20240531, which is built for 1.29',
        },
      ],
    },
  ],
})
