import { amiFamilyEndOfLife as rule } from '../../../src/rules/amis/ami-family-end-of-life.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

// Source: awslabs/amazon-eks-ami README (AL2 AMIs not published after 2025-11-26) and
// CHANGELOG (final AL2 release v20251209), in ../shared/data al2_end_of_life.
const on = (version: string, amiType: string, today = '2026-11-21') => ({
  ...contextOf(clusterOf({ version, groups: [{ name: 'ng', version: 'inherit', amiType }] })),
  today,
})
const unpatched =
  'Amazon Linux 2 EKS AMIs get no new releases, so no security patches, since 2025-11-26 (the final release is v20251209)'

testRule(rule, {
  valid: [
    { name: 'AL2023 at 1.32', context: on('1.32', 'AL2023_ARM_64_STANDARD') },
    {
      name: 'AL2 at 1.31 before AWS stopped patching it',
      context: on('1.31', 'AL2_x86_64', '2025-06-01'),
    },
    // Past 1.32 AL2 is unsupported, which ami-family-unsupported reports as an error.
    { name: 'AL2 at 1.33 is not this rule', context: on('1.33', 'AL2_x86_64') },
  ],
  invalid: [
    {
      name: 'AL2 at any version once it gets no patches (1.29)',
      context: on('1.29', 'AL2_x86_64'),
      findings: [{ at: 'nodeGroup:ng.amiType', subject: 'node-group:ng', message: unpatched }],
    },
    {
      name: 'AL2 at 1.32, the last version, on the AMI type line, with both reasons',
      context: on('1.32', 'AL2_ARM_64'),
      findings: [
        {
          at: 'nodeGroup:ng.amiType',
          subject: 'node-group:ng',
          message: `1.32 is the last version with Amazon Linux 2 AMIs; ${unpatched}`,
        },
      ],
    },
  ],
})
