import { spawnSync } from 'node:child_process'
import type { Report } from '../../src/report/report.js'
import { TempRepo } from './git-repo.js'
import { shippedCli } from './shipped.js'

/**
 * A pull request in miniature: commits `before`, then makes `change` (files to
 * write, or anything done to the repository, such as `git mv`) and commits; runs
 * the shipped CLI with the first commit as `--base`. The caller cleans up `repo`.
 */
export function checkChange(
  before: Record<string, string>,
  change: Record<string, string> | ((repo: TempRepo) => void),
  evaluationDate: string,
  extraArgs: readonly string[] = [],
) {
  const repo = new TempRepo()
  const base = repo.write(before).commit('base')
  if (typeof change === 'function') change(repo)
  else repo.write(change)
  repo.commit('head')
  return { repo, base, ...checkAgainst(repo, base, evaluationDate, extraArgs) }
}

/** The shipped CLI's JSON report of `repo` against `base`, judged on `evaluationDate`. */
export function checkAgainst(
  repo: TempRepo,
  base: string,
  evaluationDate: string,
  extraArgs: readonly string[] = [],
) {
  const run = spawnSync(
    process.execPath,
    [
      shippedCli(),
      'check',
      '.',
      '--base',
      base,
      '--format',
      'json',
      '--evaluation-date',
      evaluationDate,
      ...extraArgs,
    ],
    { cwd: repo.dir, encoding: 'utf8' },
  )
  if (run.status === 2) throw new Error(run.stderr)
  return { status: run.status, report: JSON.parse(run.stdout) as Report }
}
