import { embeddedKnowledge } from '../../../src/knowledge/index.js'
import { mergeKnowledgeFile } from '../../../src/knowledge/knowledge-file.js'
import { amiContainerdTooOld as rule } from '../../../src/rules/amis/ami-containerd-too-old.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

// The real 1.36 releases all ship containerd 2.2 (amazon-eks-ami changelog); a knowledge
// file that raises 1.37's floor to containerd 2.3 makes the shipped 2.2.5 too old.
const knowledge = mergeKnowledgeFile(
  embeddedKnowledge,
  'k.yaml',
  [
    'versions:',
    '  - { version: "1.37", eksRelease: 2026-11-24, endOfStandardSupport: 2028-01-24, endOfExtendedSupport: 2029-01-24,',
    '      runtime: { containerdMinimum: "2.3", containerd2Required: true } }',
    'amiReleases:',
    '  1.37.0-20261201: { al2023: { containerd: 2.2.5, kernel: 6.18.40 } }',
  ].join('\n'),
)
const on = (
  version: string,
  release: string,
  kind: 'managed' | 'karpenter' = 'managed',
  amiType = 'AL2023_x86_64_STANDARD',
) =>
  contextOf(
    clusterOf({
      version,
      groups: [
        {
          name: 'ng',
          version: kind === 'karpenter' ? 'inherit' : version,
          kind,
          ...(kind === 'karpenter' ? { amiFamily: 'AL2023' } : { amiType }),
          release,
        },
      ],
    }),
    undefined,
    { knowledge },
  )

testRule(rule, {
  valid: [
    {
      name: 'a 1.36 release: containerd 2.2.4, 1.36 needs 2.0',
      context: on('1.36', '1.36.2-20260714'),
    },
    {
      name: 'a 1.35 release on containerd 2.2 (1.35 takes 1.6+)',
      context: on('1.35', '1.35.6-20260714'),
    },
    { name: 'a release the data does not know', context: on('1.36', '1.36.9-20270101') },
  ],
  invalid: [
    {
      name: 'the last AL2 release (containerd 1.7.29, by the changelog) kept on a 1.36 group',
      context: on('1.36', '1.32.9-20251209', 'managed', 'AL2_x86_64'),
      findings: [
        {
          at: 'nodeGroup:ng.releaseVersion',
          subject: 'node-group:ng',
          message: ['ships containerd 1.7.29', 'Kubernetes 1.36 needs containerd 2.0 or newer'],
        },
      ],
    },
    {
      name: 'a release whose containerd is below the floor the version states, on the release line',
      context: on('1.37', '1.37.0-20261201'),
      findings: [
        {
          at: 'nodeGroup:ng.releaseVersion',
          subject: 'node-group:ng',
          message: ['ships containerd 2.2.5', 'Kubernetes 1.37 needs containerd 2.3 or newer'],
        },
      ],
    },
    {
      name: 'a Karpenter alias date (al2023@v20261201) at the cluster version',
      context: on('1.37', 'v20261201', 'karpenter'),
      findings: [
        {
          at: 'nodeGroup:ng.releaseVersion',
          subject: 'node-group:ng',
          message: ['1.37.0-20261201 (alias v20261201)', 'ships containerd 2.2.5'],
        },
      ],
    },
  ],
})
