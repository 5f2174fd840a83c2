import { readFileSync } from 'node:fs'
import path from 'node:path'
import { embeddedKnowledge } from '../../../src/knowledge/index.js'
import { mergeKnowledgeFile } from '../../../src/knowledge/knowledge-file.js'
import { addonIncompatible as rule } from '../../../src/rules/addons/addon-incompatible.js'
import { FIXTURES } from '../../helpers/fixtures.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const file = 'knowledge/describe-addon-versions.json'
const knowledge = mergeKnowledgeFile(
  embeddedKnowledge,
  file,
  readFileSync(path.join(FIXTURES, file), 'utf8'),
)
const on = (cp: string, name: string, version: string, withData = true) =>
  contextOf(
    clusterOf({ version: cp, addons: [{ name, version }] }),
    undefined,
    withData ? { knowledge } : {},
  )

testRule(rule, {
  valid: [
    { name: 'a listed version', context: on('1.31', 'kube-proxy', 'v1.31.2-eksbuild.3') },
    { name: 'an eksctl bare version', context: on('1.31', 'vpc-cni', '1.18.3') },
    { name: 'no data for the add-on', context: on('1.31', 'coredns', 'v1.0.0-eksbuild.1') },
    {
      name: 'no describe-addon-versions data at all',
      context: on('1.31', 'kube-proxy', 'v1.29.0-eksbuild.1', false),
    },
  ],
  invalid: [
    {
      name: 'a version not offered for the cluster version, naming the default',
      context: on('1.31', 'kube-proxy', 'v1.30.6-eksbuild.3'),
      findings: [
        {
          at: 'addon:kube-proxy',
          subject: 'addon:kube-proxy',
          message:
            'The kube-proxy add-on v1.30.6-eksbuild.3 is not offered for Kubernetes 1.31; the default there is v1.31.2-eksbuild.3 (describe-addon-versions data).',
        },
      ],
    },
  ],
})
