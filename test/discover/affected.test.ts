import { describe, expect, it } from 'vitest'
import { calledDirectory, planScope } from '../../src/discover/affected.js'

const filter = { include: [], exclude: [] }
const calls = [
  { from: 'clusters/a', to: 'modules/eks' },
  { from: 'clusters/b', to: 'modules/eks' },
  { from: 'modules/eks', to: 'modules/ng' },
]
const plan = (changed: string[], top = '') => planScope({ changed, calls, filter, top })

describe('the directories a change reaches', () => {
  it('a tfvars line: its root, with the modules it calls to read', () => {
    expect(plan(['clusters/a/terraform.tfvars', 'docs/x.md'])).toEqual({
      kind: 'affected',
      changed: ['clusters/a/terraform.tfvars'],
      units: ['clusters/a'],
      support: ['modules/eks', 'modules/ng'],
    })
  })

  it('a module: every root that calls it, transitively', () => {
    expect(plan(['modules/ng/main.tf'])).toMatchObject({
      kind: 'affected',
      units: ['clusters/a', 'clusters/b', 'modules/eks', 'modules/ng'],
      support: [],
    })
  })

  it('nothing the gate reads: nothing to evaluate', () => {
    expect(plan(['README.md', 'svc/main.go'])).toMatchObject({ kind: 'affected', units: [] })
  })

  it('anything but Terraform, or Terraform at the top of the tree: the whole tree, saying why', () => {
    expect(plan(['clusters/a/k8s/app.yaml'])).toEqual({
      kind: 'all',
      why: 'clusters/a/k8s/app.yaml changed, and only Terraform changes are traced',
    })
    expect(plan(['main.tf'])).toMatchObject({ kind: 'all' })
    expect(plan(['infra/main.tf'], 'infra')).toMatchObject({ kind: 'all' })
    expect(plan(['clusters/a/.terraform/modules/x/main.tf'])).toMatchObject({ kind: 'all' })
  })

  it('resolves a module source against the calling file', () => {
    expect(calledDirectory('clusters/a/main.tf', '../../modules/eks')).toBe('modules/eks')
    expect(calledDirectory('clusters/a/main.tf', './nodes/')).toBe('clusters/a/nodes')
  })
})
