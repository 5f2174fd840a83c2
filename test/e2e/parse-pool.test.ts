import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src/report/report.js'
import { TempRepo } from '../helpers/git-repo.js'
import { shippedAction, shippedCli } from '../helpers/shipped.js'

// A tree for the parse pool, asked for with --jobs (by default it starts at 8,000
// files, which would make a slow test): 180 roots
// of four files, a tenth of them upgraded two minors at once, one with a syntax error and one written
// in Terraform's JSON syntax, so every kind of parse crosses the threads.
const ROOTS = 180

function root(index: number, minor: number): Record<string, string> {
  const dir = `clusters/c${index}`
  const files: Record<string, string> = {
    [`${dir}/variables.tf`]: 'variable "cluster_version" {\n  type = string\n}\n',
    [`${dir}/terraform.tfvars`]: `cluster_version = "1.${minor}"\n`,
    [`${dir}/iam.tf`]: `resource "aws_iam_role" "ci" {\n  name = "c${index}-ci"\n}\n`,
    [`${dir}/main.tf`]:
      `resource "aws_eks_cluster" "this" {\n  name    = "c${index}"\n  version = var.cluster_version\n}\n` +
      `resource "aws_eks_node_group" "general" {\n  cluster_name    = aws_eks_cluster.this.name\n  node_group_name = "general"\n  version         = "1.30"\n}\n`,
  }
  if (index === 7) files[`${dir}/broken.tf`] = 'locals {\n  x = [1, 2\n}\n'
  if (index === 8) {
    delete files[`${dir}/iam.tf`]
    files[`${dir}/iam.tf.json`] = JSON.stringify({
      resource: { aws_iam_role: { ci: { name: `c${index}-ci` } } },
    })
  }
  return files
}

const tree = (upgraded: (index: number) => boolean) =>
  Object.assign({}, ...Array.from({ length: ROOTS }, (_, i) => root(i, upgraded(i) ? 32 : 30)))

describe('parsing Terraform on several threads (the shipped bundle)', () => {
  const repo = new TempRepo()
  afterAll(() => repo.cleanup())
  const base = repo.write(tree(() => false)).commit('base')
  repo.write(tree((index) => index % 10 === 3)).commit('head')

  const check = (jobs?: string, cli = shippedCli()) => {
    const run = spawnSync(
      process.execPath,
      [
        cli,
        'check',
        '.',
        '--base',
        base,
        '--scope',
        'all',
        '--format',
        'json',
        ...(jobs ? ['--jobs', jobs] : []),
        '--evaluation-date',
        '2026-12-01',
      ],
      { cwd: repo.dir, encoding: 'utf8' },
    )
    if (run.status === 2) throw new Error(run.stderr)
    return {
      status: run.status,
      stderr: run.stderr,
      stdout: run.stdout,
      report: JSON.parse(run.stdout) as Report,
    }
  }

  it('gives the report one thread gives, byte for byte, whichever thread parsed what', () => {
    const one = check('1')
    // A tree this small is parsed on the main thread unless threads are asked for.
    const byDefault = check()
    expect(byDefault.stderr).not.toContain('threads')
    expect(byDefault.stdout).toBe(one.stdout)
    const two = check('2')
    const four = check('4')
    expect(one.stderr).not.toContain('threads')
    // Each distinct file once: 721 on the head, and the 18 upgraded tfvars as the base has them.
    expect(two.stderr).toContain('parsed 739 Terraform files on 2 threads\n')
    expect(four.stderr).toContain('on 4 threads')
    expect(two.stdout).toBe(one.stdout)
    expect(four.stdout).toBe(one.stdout)
    // And that report is the right one: every upgraded root skips a minor, pointed at
    // the line that sets the version; the syntax error is reported where it is.
    const skew = one.report.findings.filter(
      (f) => f.ruleId === 'control-plane-skips-minor' && f.new,
    )
    expect(skew.map((f) => `${f.file}:${f.line}`).sort()).toEqual(
      Array.from({ length: ROOTS }, (_, i) => i)
        .filter((i) => i % 10 === 3)
        .map((i) => `clusters/c${i}/terraform.tfvars:1`)
        .sort(),
    )
    expect(one.report.findings.some((f) => f.file === 'clusters/c7/broken.tf')).toBe(true)
    expect(one.report.clusters).toHaveLength(ROOTS)
  })

  // A thread that dies (out of memory, a crash in the wasm) after claiming files: a
  // copy of the bundle whose parse thread claims a batch and then fails without
  // sending it back, by exiting or by throwing.
  it.each([
    ['exits', 'process.exit(1)'],
    ['throws', "throw new Error('parse thread lost')"],
  ])('a thread that %s with files it claimed leaves no hole in the report', (_, failure) => {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'eug-lost-thread-'))
    try {
      cpSync(path.join(shippedAction(), 'dist'), path.join(copy, 'dist'), { recursive: true })
      writeFileSync(
        path.join(copy, 'dist/parse-worker.js'),
        "import { parentPort } from 'node:worker_threads'\n" +
          "parentPort.once('message', ({ next, batch }) => {\n" +
          `  Atomics.add(new Int32Array(next), 0, batch)\n  ${failure}\n})\n`,
      )
      const lost = check('2', path.join(copy, 'dist/cli.js'))
      expect(lost.status).toBe(1)
      expect(lost.stderr).toContain(
        'on 2 threads (1 thread stopped early; the main thread parsed the files it held)',
      )
      expect(lost.stdout).toBe(check('1').stdout)
      expect(lost.report.clusters).toHaveLength(ROOTS)
    } finally {
      rmSync(copy, { recursive: true, force: true })
    }
  })

  it('refuses a thread count that is not a whole number from 1 to 64', () => {
    const run = spawnSync(process.execPath, [shippedCli(), 'check', '.', '--jobs', '0'], {
      cwd: repo.dir,
      encoding: 'utf8',
    })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--jobs must be a whole number from 1 to 64 (got "0")')
  })
})
