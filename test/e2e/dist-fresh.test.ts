import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../helpers/fixtures.js'

/** Every file below `dir`, as paths relative to it (chunks live in a subdirectory). */
function list(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? list(dir, path.join(prefix, entry.name))
      : [path.join(prefix, entry.name)],
  )
}

describe('dist/', () => {
  const fresh = mkdtempSync(path.join(os.tmpdir(), 'eug-dist-'))
  afterAll(() => rmSync(fresh, { recursive: true, force: true }))

  it(
    'is what `npm run build` produces from the current sources (rebuild and commit it)',
    { timeout: 180_000 },
    () => {
      execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/build.mjs'), '--out', fresh], {
        cwd: REPO_ROOT,
        stdio: 'pipe',
      })
      const committed = list(path.join(REPO_ROOT, 'dist')).sort()
      expect(committed).toEqual(list(fresh).sort())
      for (const name of committed) {
        const same = readFileSync(path.join(REPO_ROOT, 'dist', name)).equals(
          readFileSync(path.join(fresh, name)),
        )
        expect(same, `dist/${name} is stale: run "npm run build" and commit dist/`).toBe(true)
      }
    },
  )
})
