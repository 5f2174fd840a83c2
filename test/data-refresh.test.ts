import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { REPO_ROOT } from './helpers/fixtures.js'

// npm run data:refresh on a copy of the dataset: raw inputs in, merged, never emptied.
let dir: string | undefined
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }))

function copy(): string {
  dir = mkdtempSync(path.join(tmpdir(), 'refresh-'))
  mkdirSync(path.join(dir, 'src/knowledge'), { recursive: true })
  mkdirSync(path.join(dir, 'data'))
  cpSync(
    path.join(REPO_ROOT, 'src/knowledge/eks-data.json'),
    path.join(dir, 'src/knowledge/eks-data.json'),
  )
  return dir
}
const refresh = (root: string, inputs: Record<string, unknown>, ...flags: string[]) => {
  const files = Object.entries(inputs).map(([name, content]) => {
    const file = path.join(root, name)
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content))
    return file
  })
  return spawnSync(
    process.execPath,
    [
      path.join(REPO_ROOT, 'scripts/data-refresh.mjs'),
      '--root',
      root,
      '--as-of',
      '2026-12-01',
      ...flags,
      ...files,
    ],
    { encoding: 'utf8' },
  )
}
const dataset = (root: string) =>
  JSON.parse(readFileSync(path.join(root, 'src/knowledge/eks-data.json'), 'utf8'))
const addons = (versions: string[]) => ({
  addons: [
    {
      addonName: 'kube-proxy',
      addonVersions: versions.map((addonVersion) => ({
        addonVersion,
        compatibilities: [{ clusterVersion: '1.36', defaultVersion: false }],
      })),
    },
  ],
})

describe('npm run data:refresh', () => {
  it('merges describe-cluster-versions and a Karpenter compatibility.yaml into the data, keeping every other fact', () => {
    const root = copy()
    const old = dataset(root)
    const result = refresh(root, {
      'cluster-versions.json': {
        clusterVersions: [
          {
            clusterVersion: '1.36',
            releaseDate: '2026-06-01T17:00:00-07:00',
            endOfStandardSupportDate: '2027-08-01T17:00:00-07:00',
            endOfExtendedSupportDate: '2028-08-01T17:00:00-07:00',
          },
          {
            clusterVersion: '1.37',
            releaseDate: '2026-11-23T16:00:00-08:00',
            endOfStandardSupportDate: '2028-01-23T16:00:00-08:00',
            endOfExtendedSupportDate: '2029-01-23T16:00:00-08:00',
          },
        ],
      },
      'compatibility.yaml':
        'compatibility:\n  - appVersion: 1.15.x\n    minK8sVersion: 1.26\n    maxK8sVersion: 1.37\n',
    })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const next = dataset(root)
    const v136 = next.versions.find((v: { version: string }) => v.version === '1.36')
    // The API's 1.36 calendar, every other 1.36 fact kept.
    expect(v136.lifecycle).toMatchObject({
      eksRelease: '2026-06-02',
      verification: 'eks-api',
      sources: ['REFRESH_cluster_versions'],
    })
    const oldV136 = old.versions.find((v: { version: string }) => v.version === '1.36')
    expect(v136.addons).toEqual(oldV136.addons)
    expect(v136.upgradeNotes).toEqual(oldV136.upgradeNotes)
    // 1.37 is new: its calendar only, nothing borrowed from 1.36.
    expect(next.versions.at(-1)).toEqual({
      version: '1.37',
      lifecycle: expect.objectContaining({ endOfStandardSupport: '2028-01-24' }),
      addons: {},
      upgradeNotes: [],
    })
    expect(next.components.karpenter.matrix.at(-1)).toEqual({
      release: '1.15',
      minKubernetes: '1.26',
      maxKubernetes: '1.37',
    })
    expect(next.sources.REFRESH_cluster_versions.date).toBe('2026-12-01')
    const overlay = JSON.parse(readFileSync(path.join(root, 'data/refreshed.json'), 'utf8'))
    expect(overlay.inputs.map((i: { kind: string }) => i.kind)).toEqual([
      'describe-cluster-versions: 2 versions',
      'karpenter compatibility.yaml: 1 releases',
    ])
  })

  it('fails, writing nothing, when an input would drop facts the data had; --accept-loss after a check', () => {
    const root = copy()
    expect(
      refresh(root, { 'a.json': addons(['v1.36.0-eksbuild.1', 'v1.36.1-eksbuild.1']) }).status,
    ).toBe(0)
    const kept = readFileSync(path.join(root, 'src/knowledge/eks-data.json'), 'utf8')
    const dropped = refresh(root, { 'b.json': addons(['v1.36.1-eksbuild.1']) })
    expect(dropped.status).toBe(1)
    expect(dropped.stderr).toContain('would lose 1 facts')
    expect(dropped.stderr).toContain(
      'addonCompatibility.kube-proxy.1.36.versions[v1.36.0-eksbuild.1]',
    )
    expect(readFileSync(path.join(root, 'src/knowledge/eks-data.json'), 'utf8')).toBe(kept)
    const accepted = refresh(root, { 'b.json': addons(['v1.36.1-eksbuild.1']) }, '--accept-loss')
    expect(accepted.status).toBe(0)
    expect(dataset(root).addonCompatibility['kube-proxy']['1.36'].versions).toEqual([
      'v1.36.1-eksbuild.1',
    ])
  })

  it('refuses what it does not recognise, by name', () => {
    const result = refresh(copy(), { 'notes.txt': 'hello' })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('notes.txt: not describe-cluster-versions')
  })
})
