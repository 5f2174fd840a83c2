import { describe, expect, it } from 'vitest'
import { detectMoves, movedClusterId, movedPath } from '../../src/model/identity.js'

describe('detectMoves', () => {
  it('a root moved out of a directory that keeps its siblings moves that root, not its siblings', () => {
    const files = (root: string, name: string) => [
      { path: `${root}/${name}/main.tf`, text: `${name} main` },
      { path: `${root}/${name}/k8s/flow.yaml`, text: `${name} flow` },
    ]
    const moves = detectMoves(
      [...files('clusters', 'a'), ...files('clusters', 'b')],
      [...files('moved', 'a'), ...files('clusters', 'b')],
    )
    expect(movedPath(moves, 'clusters/a/k8s/other.yaml')).toBe('moved/a/k8s/other.yaml')
    expect(movedPath(moves, 'clusters/b/k8s/flow.yaml')).toBe('clusters/b/k8s/flow.yaml')
    // When nothing is left behind, the parent moved as a whole.
    const whole = detectMoves(files('clusters', 'a'), files('envs', 'a'))
    expect(movedPath(whole, 'clusters/z.yaml')).toBe('envs/z.yaml')
  })

  it('pairs a file gone and one added with the same text, or the same name one to one; directories follow', () => {
    const moves = detectMoves(
      [
        { path: 'infra/prod/main.tf', text: 'a' },
        { path: 'infra/prod/vars.tf', text: 'b' },
        { path: 'clusters/x.yaml', text: 'x' },
        { path: 'kept.yaml', text: 'k' },
      ],
      [
        { path: 'live/prod/main.tf', text: 'a' },
        { path: 'live/prod/vars.tf', text: 'b, edited on the way' },
        { path: 'eksctl/renamed.yaml', text: 'x' },
        { path: 'kept.yaml', text: 'k' },
      ],
      [{ root: 'live/prod', from: 'module.old', to: 'module.new' }],
    )
    expect([...moves.files]).toEqual([
      ['infra/prod/main.tf', 'live/prod/main.tf'],
      ['clusters/x.yaml', 'eksctl/renamed.yaml'],
      ['infra/prod/vars.tf', 'live/prod/vars.tf'],
    ])
    expect([...moves.directories]).toEqual([['infra', 'live']])
    expect(movedPath(moves, 'infra/prod/charts/values.yaml')).toBe('live/prod/charts/values.yaml')
    expect(
      movedClusterId(moves, 'terraform:infra/prod[prod.tfvars]:module.old.aws_eks_cluster.this[0]'),
    ).toBe('terraform:live/prod[prod.tfvars]:module.new.aws_eks_cluster.this[0]')
    expect(movedClusterId(moves, 'terraform:infra/prod:module.older')).toBe(
      'terraform:live/prod:module.older',
    )
    expect(movedClusterId(moves, 'eksctl:clusters/x.yaml:prod')).toBe(
      'eksctl:eksctl/renamed.yaml:prod',
    )
  })
})
