import { vpcCniBelowRecommended as rule } from '../../../src/rules/addons/vpc-cni-below-recommended.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

// Source: aws/amazon-vpc-cni-k8s README.md "Recommended Version" @ 0cc4d4bc (2026-04-03),
// via data/vpc-cni-recommended.json: v1.13.4+ for 1.28 … v1.17.1+ for 1.32 and 1.33.
const on = (cp: string, version: string) =>
  contextOf(clusterOf({ version: cp, addons: [{ name: 'vpc-cni', version }] }))

testRule(rule, {
  valid: [
    { name: 'the recommended release itself', context: on('1.33', 'v1.17.1-eksbuild.1') },
    { name: 'newer than recommended', context: on('1.28', 'v1.19.2-eksbuild.5') },
    // Past the maintainers' table (it stops at 1.33), nothing is guessed.
    { name: '1.34, past the table', context: on('1.34', 'v1.16.0-eksbuild.1') },
    // Below the hard minimum it is vpc-cni-minimum's error, not this warning.
    { name: 'below the 1.12 floor at 1.28', context: on('1.28', 'v1.11.4-eksbuild.1') },
  ],
  invalid: [
    {
      name: 'v1.16.4 at 1.32, which the maintainers recommend v1.17.1+ for',
      context: on('1.32', 'v1.16.4-eksbuild.2'),
      findings: [
        {
          at: 'addon:vpc-cni',
          subject: 'addon:vpc-cni',
          message:
            'older than v1.17.1, the oldest release the VPC CNI maintainers recommend for Kubernetes 1.32',
        },
      ],
    },
  ],
})
