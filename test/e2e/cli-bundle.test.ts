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

  // The CLI writes to its descriptors directly (src/cli/output.ts), not through
  // process.stdout: a report larger than a pipe holds must still arrive whole.
  it('writes a report larger than a pipe buffer whole, and stops quietly when the reader leaves', () => {
    const args = ['check', 'examples/eksctl-upgrade/head', '--format', 'sarif']
    const whole = cli(...args)
    expect(whole.stdout.length).toBeGreaterThan(128 * 1024)
    expect(JSON.parse(whole.stdout)).toMatchObject({ version: '2.1.0' })
    // `| head -c 1`: the rest of the writes meet a closed pipe (EPIPE).
    const quoted = [process.execPath, path.join(alone, 'cli.js'), ...args]
      .map((arg) => `'${arg}'`)
      .join(' ')
    const piped = spawnSync(
      'bash',
      [
        '-c',
        `${quoted} 2>&1 | { head -c 1 >/dev/null; sleep 1; }; echo "status \${PIPESTATUS[0]}"`,
      ],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    )
    expect(piped.stdout.trim()).toBe('status 1')
  })

  it('exits 2 on usage errors', () => {
    const result = cli('check', '--format', 'yaml')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('--format must be one of text, json, markdown')
  })
})
