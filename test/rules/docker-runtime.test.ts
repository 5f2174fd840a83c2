import { describe, expect, it } from 'vitest'
import { dockerRuntime as rule } from '../../src/rules/amis/docker-runtime.js'
import { clusterOf, contextOf } from '../helpers/model.js'

const check = (version: string, runtime: string) =>
  rule.check(
    contextOf(clusterOf({ version, groups: [{ name: 'ng', version: 'inherit', runtime }] })),
  )

describe(rule.meta.id, () => {
  it('is an error by default', () => expect(rule.meta.severity).toBe('error'))
  it('valid: dockerd at 1.23, containerd at 1.24', () => {
    expect(check('1.23', 'dockerd')).toEqual([])
    expect(check('1.24', 'containerd')).toEqual([])
  })
  it('invalid: dockerd from 1.24', () => {
    expect(check('1.24', 'dockerd')[0]!.message).toContain(
      'dockershim was removed in Kubernetes 1.24',
    )
  })
})
