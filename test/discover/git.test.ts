import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectTrees } from '../../src/discover/collect.js'
import { collectCommitFiles, fetchCommit, resolveCommit } from '../../src/discover/git.js'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { eksctlCluster, TempRepo } from '../helpers/git-repo.js'

const noFilter = { include: [], exclude: [] }

describe('reading a base commit from git', () => {
  let repo: TempRepo
  let base: string

  beforeAll(() => {
    repo = new TempRepo()
    repo.write({
      'infra/clusters/prod.yaml': eksctlCluster('prod', '1.28'),
      'infra/old.yaml': 'kind: ClusterConfig\n',
      'app/values.yaml': 'x: 1\n',
    })
    base = repo.commit('base')
    repo
      .write({ 'infra/clusters/prod.yaml': eksctlCluster('prod', '1.29') })
      .remove('infra/old.yaml')
    repo.commit('head')
  })

  afterAll(() => repo.cleanup())

  it('reads files as they were at the commit, without checking it out, named like the workspace walk', () => {
    const { files, problems } = collectCommitFiles(
      path.join(repo.dir, 'infra'),
      base,
      noFilter,
      'infra',
    )
    expect(problems).toEqual([])
    expect(files.map((f) => f.path).sort()).toEqual(['infra/clusters/prod.yaml', 'infra/old.yaml'])
    expect(files.find((f) => f.path === 'infra/clusters/prod.yaml')!.text).toContain(
      'version: "1.28"',
    )
  })

  it('collects head from disk and base from git for a ref name', () => {
    const trees = collectTrees({
      root: repo.dir,
      prefix: '',
      filter: noFilter,
      base: { kind: 'git', ref: 'HEAD~1', fetchIfMissing: false },
    })
    expect(trees.baseUnavailable).toBeUndefined()
    expect(trees.base!.description).toEqual({ ref: 'HEAD~1', commit: base })
    expect(trees.head.files.map((f) => f.path).sort()).toEqual([
      'app/values.yaml',
      'infra/clusters/prod.yaml',
    ])
  })

  it('takes unchanged files from the head tree by blob id and reads only changed ones from git', () => {
    const trees = collectTrees({
      root: repo.dir,
      prefix: '',
      filter: noFilter,
      base: { kind: 'git', ref: base, fetchIfMissing: false },
    })
    const headValues = trees.head.files.find((f) => f.path === 'app/values.yaml')!
    const baseValues = trees.base!.files.find((f) => f.path === 'app/values.yaml')!
    // The same object: git was not asked for it, and the reader cache will match it at once.
    expect(baseValues).toBe(headValues)
    expect(headValues.blob).toBe(repo.git('rev-parse', `${base}:app/values.yaml`))
    const baseProd = trees.base!.files.find((f) => f.path === 'infra/clusters/prod.yaml')!
    expect(baseProd.text).toContain('version: "1.28"')
    expect(baseProd.blob).toBe(repo.git('rev-parse', `${base}:infra/clusters/prod.yaml`))
  })

  it('a head file read with a problem is read again from git, so the base has the same problem', () => {
    const latin = new TempRepo()
    try {
      writeFileSync(path.join(latin.dir, 'cluster.yaml'), Buffer.from('# caf\xe9\n', 'latin1'))
      const commit = latin.commit('base')
      const trees = collectTrees({
        root: latin.dir,
        prefix: '',
        filter: noFilter,
        base: { kind: 'git', ref: commit, fetchIfMissing: false },
      })
      const messages = (problems: ReadonlyArray<{ message: string }>) =>
        problems.map((p) => p.message)
      expect(messages(trees.head.problems)).toEqual([expect.stringContaining('not valid UTF-8')])
      expect(messages(trees.base!.problems)).toEqual(messages(trees.head.problems))
    } finally {
      latin.cleanup()
    }
  })

  it('says why when the base cannot be had', () => {
    const missing = collectTrees({
      root: repo.dir,
      prefix: '',
      filter: noFilter,
      base: { kind: 'git', ref: 'no-such-branch', fetchIfMissing: false },
    })
    expect(missing.base).toBeUndefined()
    expect(missing.baseUnavailable).toBe(
      'The base no-such-branch is not a commit in this repository',
    )

    const unfetchable = collectTrees({
      root: repo.dir,
      prefix: '',
      filter: noFilter,
      base: { kind: 'git', ref: 'a'.repeat(40), fetchIfMissing: true },
    })
    expect(unfetchable.baseUnavailable).toMatch(
      /^Could not fetch the base commit a{40} from origin \(/,
    )
  })

  it('says so for a directory that is not a git repository', () => {
    const plain = mkdtempSync(path.join(os.tmpdir(), 'eug-plain-'))
    try {
      const outside = collectTrees({
        root: plain,
        prefix: '',
        filter: noFilter,
        base: { kind: 'git', ref: 'main', fetchIfMissing: false },
      })
      expect(outside.baseUnavailable).toBe(
        `Could not compare with main: ${plain} is not inside a git repository`,
      )
    } finally {
      rmSync(plain, { recursive: true })
    }
  })
})

describe('a ref is never an option to git', () => {
  it('refuses refs that start with a dash, before git sees them', () => {
    const repo = new TempRepo()
    repo.write({ 'a.yaml': 'x: 1\n' }).commit('one')
    const marker = path.join(repo.dir, 'ran')
    expect(resolveCommit(repo.dir, `--output=${marker}`)).toBeNull()
    const fetched = fetchCommit(repo.dir, `--upload-pack=touch ${marker}`)
    expect(fetched).toEqual({
      ok: false,
      message: expect.stringContaining('would be read as an option'),
    })
    expect(existsSync(marker)).toBe(false)
    expect(resolveCommit(repo.dir, 'HEAD')).toMatch(/^[0-9a-f]{40}$/)
    repo.cleanup()
  })
})
