import { readFileSync } from 'node:fs'
import { ConfigError } from '../config/gate-config.js'
import type { Report } from '../report/report.js'

/**
 * The report an unprivileged run saved (fork pull requests). It is data from
 * untrusted code: it is published only from a workflow_run event, for the head
 * commit that event names; the pull request and head come from the event, the
 * report's own claims are checked against it, and its verdict must be one the
 * gate writes.
 */
export function readEarlierReport(
  file: string,
  target: { headSha: string; number?: number } | undefined,
): Report {
  if (!target)
    throw new ConfigError(
      "from-report: publishing a saved report needs the workflow_run event of the run that made it (see the README's fork workflow); refusing to publish it from this event",
    )
  let report: Report
  try {
    report = JSON.parse(readFileSync(file, 'utf8')) as Report
  } catch (error) {
    throw new ConfigError(`from-report: could not read ${file} (${(error as Error).message})`)
  }
  if (
    report?.schemaVersion !== 1 ||
    !Array.isArray(report.findings) ||
    !report.summary ||
    (report.summary.result !== 'pass' && report.summary.result !== 'fail')
  ) {
    throw new ConfigError(
      `from-report: ${file} is not an eks-upgrade-gate report (schemaVersion 1, result pass or fail)`,
    )
  }
  const claimed = report.pullRequest
  if (claimed && claimed.headSha !== target.headSha) {
    throw new ConfigError(
      `from-report: the report is for ${String(claimed.headSha).slice(0, 7)} but the workflow run checked ${target.headSha.slice(0, 7)}; refusing to publish it`,
    )
  }
  const number = target.number ?? claimed?.number
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1)
    throw new ConfigError(
      `from-report: neither the workflow_run event nor the report names a pull request for ${target.headSha.slice(0, 7)}`,
    )
  // The event's word wins; a report's number is confirmed by the API before posting.
  return { ...report, pullRequest: { number, headSha: target.headSha } }
}
