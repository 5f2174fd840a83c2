import { describe, expect, it } from 'vitest'
import { apiRemoved as rule } from '../../src/rules/components/api-removed.js'
import { clusterOf, contextOf } from '../helpers/model.js'

const withApi = (version: string, apiVersion: string, kind: string) => ({
  ...clusterOf({ version }),
  apis: [{ apiVersion, kind, name: 'x', at: { file: 'm.yaml', line: 3, column: 1 } }],
})

describe(rule.meta.id, () => {
  it('is an error by default', () => expect(rule.meta.severity).toBe('error'))
  it('valid: before the removing version, or a current API', () => {
    expect(rule.check(contextOf(withApi('1.24', 'policy/v1beta1', 'PodSecurityPolicy')))).toEqual(
      [],
    )
    expect(rule.check(contextOf(withApi('1.30', 'policy/v1', 'PodDisruptionBudget')))).toEqual([])
  })
  it('invalid: at the removing version, naming the replacement', () => {
    const [report] = rule.check(contextOf(withApi('1.25', 'policy/v1beta1', 'PodDisruptionBudget')))
    expect(report!.message).toBe(
      'PodDisruptionBudget x uses policy/v1beta1, which Kubernetes 1.25 removed; cluster c is at 1.25: use policy/v1 instead.',
    )
    expect(report!.at.line).toBe(3)
  })
  it('invalid: past it (flowcontrol v1beta3 on 1.33)', () => {
    expect(
      rule.check(contextOf(withApi('1.33', 'flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema'))),
    ).toHaveLength(1)
  })
})
