import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { embeddedKnowledge } from '../../src/knowledge/index.js'
import { mergeKnowledgeFile } from '../../src/knowledge/override.js'
import { addonIncompatible as rule } from '../../src/rules/addons/addon-incompatible.js'
import { FIXTURES } from '../helpers/fixtures.js'
import { clusterOf, contextOf } from '../helpers/model.js'

const file = 'knowledge/describe-addon-versions.json'
const knowledge = mergeKnowledgeFile(
  embeddedKnowledge,
  file,
  readFileSync(path.join(FIXTURES, file), 'utf8'),
)
const check = (cp: string, name: string, version: string, withData = true) =>
  rule.check(
    contextOf(
      clusterOf({ version: cp, addons: [{ name, version }] }),
      undefined,
      withData ? { knowledge } : {},
    ),
  )

describe(rule.meta.id, () => {
  it('is an error by default', () => expect(rule.meta.severity).toBe('error'))
  it('valid: a listed version, eksctl bare versions, or no data for the add-on', () => {
    expect(check('1.31', 'kube-proxy', 'v1.31.2-eksbuild.3')).toEqual([])
    expect(check('1.31', 'vpc-cni', '1.18.3')).toEqual([])
    expect(check('1.31', 'coredns', 'v1.0.0-eksbuild.1')).toEqual([])
    expect(check('1.31', 'kube-proxy', 'v1.29.0-eksbuild.1', false)).toEqual([])
  })
  it('invalid: a version not offered for the cluster version, naming the default', () => {
    expect(check('1.31', 'kube-proxy', 'v1.30.6-eksbuild.3')[0]!.message).toBe(
      'The kube-proxy add-on v1.30.6-eksbuild.3 is not offered for Kubernetes 1.31; the default there is v1.31.2-eksbuild.3 (describe-addon-versions data).',
    )
  })
})
