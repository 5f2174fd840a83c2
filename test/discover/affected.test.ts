import { describe, expect, it } from 'vitest'
import { calledDirectory, planScope, unchangedDeclarations } from '../../src/discover/affected.js'

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
      calls,
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

describe('where the clusters not evaluated are declared', () => {
  const unchanged = (declarations: string[], evaluated: string[], exclude: string[] = []) =>
    unchangedDeclarations({ declarations, calls, evaluated, filter: { include: [], exclude } })

  it('a module that declares the cluster stands for the roots that call it, transitively', () => {
    // modules/ng is called by modules/eks, which clusters/a and clusters/b call.
    expect(unchanged(['modules/ng/main.tf'], [])).toEqual(['clusters/a', 'clusters/b'])
    expect(unchanged(['modules/ng/main.tf'], ['clusters/a'])).toEqual(['clusters/b'])
  })

  it('a root declares its own; eksctl and CloudFormation files are their own unit', () => {
    expect(
      unchanged(
        ['clusters/c/main.tf', 'clusters/c/eks.tf', 'eksctl/prod.yaml', 'main.tf'],
        ['clusters/a'],
      ),
    ).toEqual(['.', 'clusters/c', 'eksctl/prod.yaml'])
  })

  it('leaves out what was evaluated, with its subtree, and what the filter excludes', () => {
    expect(
      unchanged(
        ['clusters/a/main.tf', 'clusters/a/k8s/cluster.yaml', 'legacy/eks.yaml'],
        ['clusters/a'],
        ['legacy/**'],
      ),
    ).toEqual([])
  })
})
