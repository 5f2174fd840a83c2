import { afterEach, describe, expect, it } from 'vitest'
import { checkChange } from '../helpers/change.js'
import { eksctlCluster, TempRepo } from '../helpers/git-repo.js'

let repo: TempRepo | undefined
afterEach(() => repo?.cleanup())

const nodeClass = (alias: string) => `apiVersion: karpenter.k8s.aws/v1
kind: EC2NodeClass
metadata:
  name: default
spec:
  amiSelectorTerms:
    - alias: ${alias}
  role: KarpenterNodeRole-prod
  userData: |
    #!/bin/bash
    echo "tuning sysctls"
    /etc/eks/bootstrap.sh prod --kubelet-extra-args '--pod-infra-container-image=registry/pause:3.9'
`

describe('how nodes boot, as the pull request changes it', () => {
  it('a Karpenter node class moved from AL2 to AL2023 with its bootstrap.sh user data: blocked at the line of the call', () => {
    const result = checkChange(
      {
        'cluster.yaml': eksctlCluster('prod', '1.32'),
        'karpenter/nodeclass.yaml': nodeClass('al2@latest'),
      },
      { 'karpenter/nodeclass.yaml': nodeClass('al2023@latest') },
      '2026-01-10',
    )
    repo = result.repo
    expect(result.status).toBe(1)
    const found = result.report.findings
      .filter((f) => f.new)
      .map((f) => `${f.ruleId} ${f.file}:${f.line}`)
    expect(found).toContain('al2023-bootstrap-script karpenter/nodeclass.yaml:12')
  })

  it('a control-plane move to 1.35 blocks on a kubelet flag 1.35 removed, in the user data of nodes that follow it', () => {
    const result = checkChange(
      {
        'cluster.yaml': eksctlCluster('prod', '1.34'),
        'karpenter/nodeclass.yaml': nodeClass('al2023@latest'),
      },
      { 'cluster.yaml': eksctlCluster('prod', '1.35') },
      '2026-03-01',
    )
    repo = result.repo
    const added = result.report.findings.filter((f) => f.new)
    expect(added.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toContain(
      'kubelet-flag-removed karpenter/nodeclass.yaml:12',
    )
    // The bootstrap.sh call was there before: existing, not new.
    expect(
      result.report.findings.find((f) => f.ruleId === 'al2023-bootstrap-script'),
    ).toMatchObject({ new: false, line: 12 })
  })

  it('eksctl: an AmazonLinux2023 node group whose overrideBootstrapCommand runs bootstrap.sh', () => {
    const group = (family: string) => `managedNodeGroups:
  - name: workers
    amiFamily: ${family}
    overrideBootstrapCommand: |
      #!/bin/bash
      /etc/eks/bootstrap.sh prod
`
    const result = checkChange(
      { 'cluster.yaml': eksctlCluster('prod', '1.32', group('AmazonLinux2')) },
      { 'cluster.yaml': eksctlCluster('prod', '1.32', group('AmazonLinux2023')) },
      '2026-01-10',
    )
    repo = result.repo
    expect(
      result.report.findings.filter((f) => f.new).map((f) => `${f.ruleId} ${f.file}:${f.line}`),
    ).toContain('al2023-bootstrap-script cluster.yaml:12')
  })
})
