import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { embeddedKnowledge, supportStatus, versionInfo } from '../src/knowledge/index.js'
import {
  amiFamilySupport,
  kubeVersionFromAmiHint,
  kubeVersionFromRelease,
} from '../src/knowledge/ami.js'
import { mergeKnowledgeFile } from '../src/knowledge/override.js'
import { parseKubeVersion } from '../src/model/version.js'
import { FIXTURES } from './helpers/fixtures.js'

const v = (text: string) => parseKubeVersion(text)!

describe('the embedded EKS data', () => {
  it('covers 1.23–1.36 with dated, sourced lifecycle facts', () => {
    expect(
      embeddedKnowledge.versions.map((info) => `${info.version.major}.${info.version.minor}`),
    ).toEqual(Array.from({ length: 14 }, (_, i) => `1.${23 + i}`))
    for (const info of embeddedKnowledge.versions) {
      expect(info.lifecycle.sources.length).toBeGreaterThan(0)
      for (const id of info.lifecycle.sources)
        expect(embeddedKnowledge.sources[id], id).toBeDefined()
    }
    // Dated by its newest source (eksctl, 2026-08-21), not by the day it was compiled.
    expect(embeddedKnowledge.dataDate).toBe('2026-08-21')
  })

  it('knows the add-on facts the rules and the plan name', () => {
    const facts = versionInfo(embeddedKnowledge, v('1.26'))!.addons
    expect(facts.vpcCni.minimum).toBe('1.12.0')
    expect(versionInfo(embeddedKnowledge, v('1.25'))!.addons.vpcCni.minimum).toBe('1.8.0')
    expect(versionInfo(embeddedKnowledge, v('1.34'))!.addons.kubeProxy.tagStyle).toBe('plain')
    expect(versionInfo(embeddedKnowledge, v('1.30'))!.addons.kubeProxy.tagStyle).toBe('minimal')
  })

  it('places versions on the support calendar', () => {
    expect(supportStatus(embeddedKnowledge, v('1.35'), '2026-11-21').phase).toBe('standard')
    expect(supportStatus(embeddedKnowledge, v('1.32'), '2026-11-21').phase).toBe('extended')
    expect(supportStatus(embeddedKnowledge, v('1.29'), '2026-11-21').phase).toBe('ended')
    expect(supportStatus(embeddedKnowledge, v('1.37'), '2026-11-21').phase).toBe('unknown-newer')
  })

  it('reads the minor out of AMI names, SSM paths and release versions, never out of Bottlerocket releases', () => {
    expect(
      kubeVersionFromAmiHint(
        '/aws/service/eks/optimized-ami/1.30/amazon-linux-2023/x86_64/standard/recommended/image_id',
      ),
    ).toEqual(v('1.30'))
    expect(
      kubeVersionFromAmiHint('/aws/service/bottlerocket/aws-k8s-1.31/arm64/latest/image_id'),
    ).toEqual(v('1.31'))
    expect(kubeVersionFromAmiHint('amazon-eks-node-al2023-x86_64-standard-1.32-v*')).toEqual(
      v('1.32'),
    )
    expect(
      kubeVersionFromAmiHint('Windows_Server-2022-English-Core-EKS_Optimized-1.29/image_id'),
    ).toEqual(v('1.29'))
    expect(kubeVersionFromAmiHint('ubuntu-eks/k8s_1.30/images/*')).toEqual(v('1.30'))
    expect(kubeVersionFromAmiHint('my-golden-ami-2024')).toBeNull()
    expect(kubeVersionFromRelease('1.20.0-fcf71a47', 'bottlerocket')).toBeNull()
    expect(kubeVersionFromRelease('1.31-2024.11.12', 'windows')).toEqual(v('1.31'))
  })

  it('knows AMI families by version: AL2 ends at 1.32', () => {
    expect(amiFamilySupport(embeddedKnowledge, 'AL2_x86_64', v('1.32')).status).toBe('last')
    expect(amiFamilySupport(embeddedKnowledge, 'AL2_x86_64', v('1.33')).status).toBe('unsupported')
    expect(amiFamilySupport(embeddedKnowledge, 'AmazonLinux2023', v('1.36')).status).toBe('ok')
  })
})

describe('knowledge files', () => {
  const fixture = (name: string) => readFileSync(path.join(FIXTURES, 'knowledge', name), 'utf8')

  it('add versions newer than the embedded data', () => {
    const knowledge = mergeKnowledgeFile(
      embeddedKnowledge,
      'newer-versions.yaml',
      fixture('newer-versions.yaml'),
    )
    expect(supportStatus(knowledge, v('1.37'), '2026-11-21').phase).toBe('standard')
    const info = versionInfo(knowledge, v('1.37'))!
    expect(info.lifecycle).toMatchObject({
      endOfStandardSupport: '2027-12-15',
      verification: 'override',
      sources: ['newer-versions.yaml'],
    })
    expect(info.amis.al2).toBe(false)
    expect(knowledge.overrides).toEqual(['newer-versions.yaml'])
  })

  it('read describe-addon-versions output', () => {
    const knowledge = mergeKnowledgeFile(
      embeddedKnowledge,
      'a.json',
      fixture('describe-addon-versions.json'),
    )
    expect(knowledge.addonCompatibility['vpc-cni']!['1.30']).toEqual({
      versions: ['v1.19.0-eksbuild.1', 'v1.18.3-eksbuild.2'],
      default: 'v1.18.3-eksbuild.2',
    })
  })

  it.each([
    ['versions: [{ version: 1.37 }]', 'quote the version'],
    [
      'versions: [{ version: "1.37" }]',
      'eksRelease is required for a version the data does not know (1.37)',
    ],
    [
      'versions: [{ version: "1.37", eksRelease: soon }]',
      'eksRelease must be a date like 2027-12-01 (got "soon")',
    ],
    [
      'something: else',
      'must have a "versions:" list, or be the output of "aws eks describe-addon-versions --output json"',
    ],
    ['{ unclosed', 'is not valid YAML or JSON'],
  ])('explain what is wrong: %s', (text, message) => {
    expect(() => mergeKnowledgeFile(embeddedKnowledge, 'k.yaml', text)).toThrow(message)
  })
})
