import { describe, expect, it } from 'vitest'
import { amiFamilyUnsupported as rule } from '../../src/rules/amis/ami-family-unsupported.js'
import { clusterOf, contextOf } from '../helpers/model.js'

const check = (
  version: string,
  group: { amiType?: string; amiFamily?: string; version?: string },
) =>
  rule.check(
    contextOf(
      clusterOf({
        version,
        groups: [{ name: 'ng', version: group.version ?? 'inherit', ...group }],
      }),
    ),
  )

describe(rule.meta.id, () => {
  it('is an error by default', () => expect(rule.meta.severity).toBe('error'))

  it.each([
    ['1.32', { amiType: 'AL2_x86_64' }],
    ['1.33', { amiType: 'AL2023_x86_64_STANDARD' }],
    ['1.36', { amiType: 'BOTTLEROCKET_ARM_64' }],
    ['1.29', { amiFamily: 'Ubuntu2004' }],
    ['1.31', { amiFamily: 'Ubuntu2404' }],
    ['1.35', { amiType: 'WINDOWS_CORE_2025_x86_64' }],
    ['1.33', { amiType: 'CUSTOM' }],
  ])('valid: %s with %j', (version, group) => {
    expect(check(version, group)).toEqual([])
  })

  it.each([
    ['1.33', { amiType: 'AL2_x86_64' }, 'Amazon Linux 2 AMIs are not built for Kubernetes 1.33'],
    ['1.35', { amiFamily: 'AmazonLinux2' }, 'cgroup v1'],
    ['1.30', { amiFamily: 'Ubuntu2004' }, 'Ubuntu2004 EKS images end at Kubernetes 1.29'],
    ['1.30', { amiFamily: 'Ubuntu2404' }, 'Ubuntu2404 EKS images start at Kubernetes 1.31'],
    [
      '1.34',
      { amiType: 'WINDOWS_FULL_2025_x86_64' },
      'Windows Server 2025 EKS AMIs start at Kubernetes 1.35',
    ],
  ])('invalid: %s with %j', (version, group, reason) => {
    const [report] = check(version, group)
    expect(report!.message).toContain(reason)
  })

  it('judges a pinned group at its own version, not the control plane’s', () => {
    expect(check('1.33', { amiType: 'AL2_x86_64', version: '1.32' })).toEqual([])
  })
})
