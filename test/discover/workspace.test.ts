import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectWorkspaceFiles } from '../../src/discover/workspace.js'

const noFilter = { include: [], exclude: [] }

describe('workspace walk', () => {
  let root: string
  let outside: string

  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'eug-ws-'))
    outside = mkdtempSync(path.join(os.tmpdir(), 'eug-outside-'))
    const write = (rel: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
      writeFileSync(path.join(root, rel), text)
    }
    write('clusters/prod.yaml', 'kind: ClusterConfig\r\nmetadata:\r\n  name: prod\r\n')
    write('clusters/prod.yaml.bak', 'old')
    write('main.tf.sav', 'old')
    write('README.md', 'not a candidate')
    write('node_modules/x/cluster.yaml', 'kind: ClusterConfig')
    write('.terraform/providers/x.json', '{}')
    write('.terraform/modules/m/values.yaml', 'image: x')
    write('.terragrunt-cache/x/main.tf', 'module')
    write('.karpenter/nodepool.yaml', 'real hidden dir')
    write('testdata/skip.yaml', 'x')
    write('bin/blob.yaml', 'a\u0000b')
    writeFileSync(path.join(outside, 'secret.yaml'), 'outside')
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'escape.yaml'))
    symlinkSync(outside, path.join(root, 'escape-dir'))
    symlinkSync(path.join(root, 'clusters'), path.join(root, 'clusters-link'))
    symlinkSync(root, path.join(root, 'clusters', 'loop'))
    symlinkSync(path.join(root, 'missing.yaml'), path.join(root, 'dangling.yaml'))
  })

  afterAll(() => {
    rmSync(root, { recursive: true, force: true })
    rmSync(outside, { recursive: true, force: true })
  })

  it('reads candidate files, skips dead files, tool caches, test data and hidden directories, and lists the hidden ones', () => {
    const { files, hiddenSkipped } = collectWorkspaceFiles(root, noFilter)
    expect(files.map((f) => f.path).sort()).toEqual(['clusters/prod.yaml'])
    expect(hiddenSkipped).toEqual(['.karpenter'])
  })

  it('reads the hidden directories the configuration names', () => {
    const { files, hiddenSkipped } = collectWorkspaceFiles(root, {
      ...noFilter,
      hiddenDirectories: ['.karpenter'],
    })
    expect(files.map((f) => f.path).sort()).toEqual([
      '.karpenter/nodepool.yaml',
      'clusters/prod.yaml',
    ])
    expect(hiddenSkipped).toEqual([])
  })

  it('normalises CRLF line endings', () => {
    const { files } = collectWorkspaceFiles(root, noFilter)
    expect(files.find((f) => f.path === 'clusters/prod.yaml')!.text).toBe(
      'kind: ClusterConfig\nmetadata:\n  name: prod\n',
    )
  })

  it('never follows links out of the workspace, ends link loops, and says what it skipped', () => {
    const { problems } = collectWorkspaceFiles(root, noFilter)
    const messages = problems.map((p) => p.message).sort()
    expect(messages).toEqual([
      'Did not follow the symlink dangling.yaml: its target does not exist',
      'Did not follow the symlink escape-dir: it points outside the workspace',
      'Did not follow the symlink escape.yaml: it points outside the workspace',
      'Skipped bin/blob.yaml: it looks like a binary file',
    ])
  })

  it('applies include and exclude globs and names files with the prefix', () => {
    const filter = {
      include: ['infra/**'],
      exclude: ['**/testdata/**'],
      hiddenDirectories: ['.karpenter'],
    }
    const { files } = collectWorkspaceFiles(root, filter, { prefix: 'infra' })
    expect(files.map((f) => f.path).sort()).toEqual([
      'infra/.karpenter/nodepool.yaml',
      'infra/clusters/prod.yaml',
    ])
  })
})

describe('test trees are not production', () => {
  it('skips testdata/, test_data/ and test/fixtures/ unless an include glob names them; examples/ are read', async () => {
    const { isCandidate } = await import('../../src/discover/filter.js')
    const none = { include: [], exclude: [] }
    expect(isCandidate('pkg/testdata/cluster.yaml', none)).toBe(false)
    expect(isCandidate('test_data/main.tf', none)).toBe(false)
    expect(isCandidate('module/test/fixtures/main.tf', none)).toBe(false)
    expect(isCandidate('examples/complete/main.tf', none)).toBe(true)
    expect(isCandidate('clusters/test/main.tf', none)).toBe(true)
    expect(
      isCandidate('pkg/testdata/cluster.yaml', { include: ['**/testdata/**'], exclude: [] }),
    ).toBe(true)
  })
})

describe('.terraform/', () => {
  it('reads only the Terraform files and manifest of installed modules; never providers, state or shipped charts', async () => {
    const { isCandidate } = await import('../../src/discover/filter.js')
    const none = { include: [], exclude: [] }
    expect(isCandidate('app/.terraform/modules/modules.json', none)).toBe(true)
    expect(isCandidate('app/.terraform/modules/eks/main.tf', none)).toBe(true)
    expect(isCandidate('app/.terraform/modules/eks/modules/x/main.tf.json', none)).toBe(true)
    expect(isCandidate('app/.terraform/modules/eks/charts/values.yaml', none)).toBe(false)
    expect(isCandidate('app/.terraform/providers/registry/x.json', none)).toBe(false)
    expect(isCandidate('app/.terraform/terraform.tfstate', none)).toBe(false)
    expect(
      isCandidate('app/.terraform/modules/eks/main.tf', {
        include: [],
        exclude: ['**/.terraform/**'],
      }),
    ).toBe(false)
  })
})
