import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { embeddedKnowledge, supportStatus, versionInfo } from '../src/knowledge/index.js'
import {
  amiFamilySupport,
  kubeVersionFromAmiHint,
  kubeVersionFromRelease,
} from '../src/knowledge/ami.js'
import { mergeKnowledgeFile } from '../src/knowledge/knowledge-file.js'
import { parseKubeVersion } from '../src/model/version.js'
import { FIXTURES } from './helpers/fixtures.js'
import { knowledgeValidator } from '../src/knowledge/validator.js'
import eksData from '../src/knowledge/eks-data.json' with { type: 'json' }

const v = (text: string) => parseKubeVersion(text)!

describe('the embedded EKS data', () => {
  it('covers 1.16–1.36, every fact citing a source that has a date', () => {
    expect(
      embeddedKnowledge.versions.map((info) => `${info.version.major}.${info.version.minor}`),
    ).toEqual(Array.from({ length: 21 }, (_, i) => `1.${16 + i}`))
    const cited = embeddedKnowledge.versions.flatMap((info) => [
      info.lifecycle.sources,
      ...Object.values(info.addons).map((group) => group.sources),
      ...(info.amis ? [info.amis.sources] : []),
      ...(info.runtime ? [info.runtime.sources] : []),
      ...info.upgradeNotes.map((note) => note.sources),
    ])
    for (const sources of [...cited, ...embeddedKnowledge.removedApis.map((api) => api.sources)]) {
      expect(sources.length).toBeGreaterThan(0)
      for (const id of sources) {
        expect(embeddedKnowledge.sources[id], id).toBeDefined()
        expect(embeddedKnowledge.sources[id]!.date, id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      }
    }
    // Dated by its newest source (eksctl, 2026-08-21), not by the day it was compiled.
    expect(embeddedKnowledge.dataDate).toBe('2026-08-21')
  })

  it('is a knowledge file itself: the embedded data passes schema/knowledge.schema.json', () => {
    const check = knowledgeValidator()
    expect(check(eksData), JSON.stringify(check.errors?.slice(0, 3))).toBe(true)
  })

  it('knows the add-on facts the rules and the plan name', () => {
    const facts = versionInfo(embeddedKnowledge, v('1.26'))!.addons
    expect(facts.vpcCni?.minimum).toBe('1.12.0')
    expect(versionInfo(embeddedKnowledge, v('1.25'))!.addons.vpcCni?.minimum).toBe('1.8.0')
    expect(versionInfo(embeddedKnowledge, v('1.34'))!.addons.kubeProxy?.tagStyle).toBe('plain')
    expect(versionInfo(embeddedKnowledge, v('1.30'))!.addons.kubeProxy?.tagStyle).toBe('minimal')
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
    expect(info.amis).toBeUndefined()
    expect(knowledge.overrides).toEqual(['newer-versions.yaml'])
  })

  it('carry every kind of fact: a full 1.37 file, and corrections that keep what they leave out', () => {
    const knowledge = mergeKnowledgeFile(
      embeddedKnowledge,
      'eks-1.37.yaml',
      fixture('eks-1.37.yaml'),
    )
    const info = versionInfo(knowledge, v('1.37'))!
    expect(info.lifecycle).toMatchObject({ eksRelease: '2026-11-24', sources: ['eks-1-37'] })
    expect(info.addons.kubeProxy?.latestAddon).toBe('v1.37.0-eksbuild.2')
    expect(info.amis?.al2023LatestRelease).toBe('1.37.0-20261201')
    expect(info.runtime?.containerd2Required).toBe(true)
    expect(knowledge.sources['eks-1-37']?.date).toBe('2026-12-01')
    expect(knowledge.removedApis.at(-1)).toMatchObject({
      apiVersion: 'example.k8s.io/v1beta9',
      removedIn: '1.37',
    })
    expect(knowledge.karpenter.matrix.at(-1)).toEqual({
      release: '1.15',
      minKubernetes: '1.26',
      maxKubernetes: '1.37',
    })
    expect(knowledge.amiReleases['1.37.0-20261201']?.al2023?.containerd).toBe('2.2.5')

    const corrected = mergeKnowledgeFile(
      knowledge,
      'fix.yaml',
      [
        'versions:',
        '  - version: "1.36"',
        '    addons: { coredns: { latestAddon: v1.14.4-eksbuild.2 } }',
        '    upgradeNotes: [{ severity: info, text: A local note. }]',
        'removedApis:',
        '  - { apiVersion: example.k8s.io/v1beta9, kinds: [Widget], removedIn: "1.38" }',
      ].join('\n'),
    )
    const v136 = versionInfo(corrected, v('1.36'))!
    const before = versionInfo(embeddedKnowledge, v('1.36'))!
    expect(v136.addons.coredns).toMatchObject({
      latestAddon: 'v1.14.4-eksbuild.2',
      minimum: before.addons.coredns?.minimum,
      sources: ['fix.yaml'],
    })
    expect(v136.addons.kubeProxy).toEqual(before.addons.kubeProxy)
    expect(v136.lifecycle.eksRelease).toBe(before.lifecycle.eksRelease)
    expect(v136.upgradeNotes).toHaveLength(before.upgradeNotes.length + 1)
    expect(
      corrected.removedApis.filter((api) => api.apiVersion === 'example.k8s.io/v1beta9'),
    ).toEqual([expect.objectContaining({ removedIn: '1.38', sources: ['fix.yaml'] })])
  })

  it('read describe-cluster-versions output: the EKS calendar, as UTC days', () => {
    const knowledge = mergeKnowledgeFile(
      embeddedKnowledge,
      'versions.json',
      JSON.stringify({
        clusterVersions: [
          {
            clusterVersion: '1.37',
            releaseDate: '2026-11-23T16:00:00-08:00',
            endOfStandardSupportDate: '2028-01-23T16:00:00-08:00',
            endOfExtendedSupportDate: '2029-01-23T16:00:00-08:00',
            status: 'STANDARD_SUPPORT',
          },
          { clusterVersion: '1.38', status: 'UNSUPPORTED' },
        ],
      }),
    )
    expect(versionInfo(knowledge, v('1.37'))!.lifecycle).toMatchObject({
      eksRelease: '2026-11-24',
      endOfStandardSupport: '2028-01-24',
      endOfExtendedSupport: '2029-01-24',
      verification: 'eks-api',
    })
    expect(versionInfo(knowledge, v('1.37'))!.addons).toEqual({})
    expect(versionInfo(knowledge, v('1.38'))).toBeUndefined()
    expect(knowledge.overrides).toEqual(['versions.json (cluster versions)'])
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
    ['something: else', 'knowledge file k.yaml: unknown key "something"'],
    ['[1, 2]', 'must be a mapping with "versions:"'],
    [
      'versions: [{ version: "1.37", lifecycle: { eksRelease: 2026-10-01 }, addons: { kubeProxy: { latest: x } } }]',
      'versions[0].addons.kubeProxy: unknown key "latest"',
    ],
    [
      'versions: [{ version: "1.36", upgradeNotes: [{ severity: fatal, text: x }] }]',
      'versions[0].upgradeNotes[0].severity must be one of blocking, warning, info (got "fatal")',
    ],
    [
      'removedApis: [{ apiVersion: x/v1, kinds: [X], removedIn: 1.40 }]',
      'removedApis[0].removedIn: quote the version',
    ],
    ['{ unclosed', 'is not valid YAML or JSON'],
  ])('explain what is wrong: %s', (text, message) => {
    expect(() => mergeKnowledgeFile(embeddedKnowledge, 'k.yaml', text)).toThrow(message)
  })
})
