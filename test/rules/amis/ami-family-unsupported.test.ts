import { amiFamilyUnsupported as rule } from '../../../src/rules/amis/ami-family-unsupported.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

type Group = { amiType?: string; amiFamily?: string; version?: string }
const on = (version: string, group: Group) =>
  contextOf(
    clusterOf({ version, groups: [{ name: 'ng', version: group.version ?? 'inherit', ...group }] }),
  )

testRule(rule, {
  valid: [
    ...(
      [
        ['1.32', { amiType: 'AL2_x86_64' }],
        ['1.33', { amiType: 'AL2023_x86_64_STANDARD' }],
        ['1.36', { amiType: 'BOTTLEROCKET_ARM_64' }],
        ['1.29', { amiFamily: 'Ubuntu2004' }],
        ['1.31', { amiFamily: 'Ubuntu2404' }],
        ['1.35', { amiType: 'WINDOWS_CORE_2025_x86_64' }],
        ['1.33', { amiType: 'CUSTOM' }],
      ] as const
    ).map(([version, group]) => ({
      name: `${version} with ${JSON.stringify(group)}`,
      context: on(version, group),
    })),
    {
      name: 'a pinned group is judged at its own version, not the control plane’s',
      context: on('1.33', { amiType: 'AL2_x86_64', version: '1.32' }),
    },
  ],
  invalid: (
    [
      [
        '1.33',
        { amiType: 'AL2_x86_64' },
        'amiType',
        'Amazon Linux 2 AMIs are not built for Kubernetes 1.33',
      ],
      ['1.35', { amiFamily: 'AmazonLinux2' }, 'amiFamily', 'cgroup v1'],
      [
        '1.30',
        { amiFamily: 'Ubuntu2004' },
        'amiFamily',
        'Ubuntu2004 EKS images end at Kubernetes 1.29',
      ],
      [
        '1.30',
        { amiFamily: 'Ubuntu2404' },
        'amiFamily',
        'Ubuntu2404 EKS images start at Kubernetes 1.31',
      ],
      [
        '1.34',
        { amiType: 'WINDOWS_FULL_2025_x86_64' },
        'amiType',
        'Windows Server 2025 EKS AMIs start at Kubernetes 1.35',
      ],
    ] as const
  ).map(([version, group, field, reason]) => ({
    name: `${version} with ${JSON.stringify(group)}, on the ${field} line`,
    context: on(version, group),
    findings: [{ at: `nodeGroup:ng.${field}` as const, subject: 'node-group:ng', message: reason }],
  })),
})
