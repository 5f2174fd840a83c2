import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkChange } from '../helpers/change.js'
import { FIXTURES } from '../helpers/fixtures.js'
import { eksctlCluster, TempRepo } from '../helpers/git-repo.js'

const knowledge = (name: string) => readFileSync(path.join(FIXTURES, 'knowledge', name), 'utf8')

// eksctl: one AL2023 managed node group and a pinned kube-proxy add-on; a manifest
// whose API the 1.37 knowledge file says is gone in 1.37.
const cluster = (version: string) =>
  eksctlCluster(
    'prod',
    version,
    `managedNodeGroups:
  - name: general
    amiFamily: AmazonLinux2023
addons:
  - name: kube-proxy
    version: v1.36.0-eksbuild.14
`,
  )
const widget = 'apiVersion: example.k8s.io/v1beta9\nkind: Widget\nmetadata:\n  name: w\n'

let repo: TempRepo | undefined
afterEach(() => repo?.cleanup())

function upgradeTo137(file: string) {
  const result = checkChange(
    {
      'cluster.yaml': cluster('1.36'),
      'k8s/widget.yaml': widget,
      '.github/eks.yaml': knowledge(file),
    },
    { 'cluster.yaml': cluster('1.37') },
    '2026-12-02',
    ['--knowledge-file', '.github/eks.yaml'],
  )
  repo = result.repo
  return result.report
}

describe('a knowledge file that adds Kubernetes 1.37', () => {
  it('gives a complete check and plan for 1.36 → 1.37: dates, add-ons, AMIs, removed APIs, notes', () => {
    const report = upgradeTo137('eks-1.37.yaml')
    expect(report.tool.knowledgeFiles).toEqual(['.github/eks.yaml'])
    const found = report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`)
    expect(found).not.toContainEqual(expect.stringMatching(/^version-unknown-to-data/))
    // The removed API comes from the file's removedApis, pointed at the manifest.
    expect(found).toContain('api-removed k8s/widget.yaml:1')
    expect(report.findings.find((f) => f.ruleId === 'api-removed')?.message).toContain(
      'example.k8s.io/v1',
    )
    // The add-on left at 1.36 is named with the file's 1.37 version.
    const addon = report.findings.find((f) => f.ruleId === 'addon-not-moved')
    expect(addon).toMatchObject({ file: 'cluster.yaml', line: 12 })
    expect(addon?.message).toContain('v1.37.0-eksbuild.2 (newest seen for 1.37)')
    const steps = report.plan[0]!.steps.map((s) => s.text)
    expect(report.plan[0]).toMatchObject({ from: '1.36', to: '1.37' })
    expect(steps).toEqual(
      expect.arrayContaining([
        'Upgrade the control plane of prod to 1.37',
        'Check before 1.37: Example 1.37 note: migrate Widget objects to example.k8s.io/v1 before 1.37.',
        'Update the kube-proxy add-on to v1.37.0-eksbuild.2 (newest seen for 1.37)',
        'Upgrade managed node group general to 1.37 (AL2023 AMI release 1.37.0-20261201: containerd 2.2.5, kernel 6.18.40)',
      ]),
    )
    // The calendar is the file's: 1.37 is in standard support on 2026-12-02.
    expect(found).not.toContainEqual(expect.stringMatching(/^control-plane-(extended|end-of)/))
  })

  it('with dates only, names no other version’s facts: 1.36 add-ons and AMIs are never offered for 1.37', () => {
    const report = upgradeTo137('newer-versions.yaml')
    // The pinned v1.36.0-eksbuild.14 is the user's; nothing may suggest a 1.36 version.
    const text = JSON.stringify(report.plan) + JSON.stringify(report.findings)
    expect(text).not.toContain('newest seen')
    expect(text).not.toContain('1.36.2-20260714')
    expect(JSON.stringify(report.plan)).not.toContain('v1.36')
    const steps = report.plan[0]!.steps.map((s) => s.text)
    expect(steps).toContain('Update the kube-proxy add-on to a version for 1.37')
    expect(steps).toContain('Upgrade managed node group general to 1.37')
    expect(report.findings.map((f) => f.ruleId)).not.toContain('version-unknown-to-data')
  })
})
