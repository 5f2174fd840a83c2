import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src/report/report.js'
import { REPO_ROOT } from '../helpers/fixtures.js'

describe('the bundled CLI (dist/cli.js)', () => {
  // A copy away from node_modules proves the bundle needs nothing installed.
  const alone = mkdtempSync(path.join(os.tmpdir(), 'eug-cli-'))
  cpSync(path.join(REPO_ROOT, 'dist'), alone, { recursive: true })
  afterAll(() => rmSync(alone, { recursive: true, force: true }))

  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(alone, 'cli.js'), ...args], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    })

  it('runs the README example with no node_modules and blocks it', () => {
    const result = cli(
      'check',
      'examples/eksctl-upgrade/head',
      '--base-dir',
      'examples/eksctl-upgrade/base',
      '--format',
      'json',
    )
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
    const report = JSON.parse(result.stdout) as Report
    expect(report.summary).toMatchObject({ result: 'fail', errors: 2, new: { errors: 1 } })
  })

  it('exits 2 on usage errors', () => {
    const result = cli('check', '--format', 'yaml')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('--format must be one of text, json, markdown')
  })
})
