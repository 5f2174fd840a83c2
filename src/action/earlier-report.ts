import { readFileSync } from 'node:fs'
import { ConfigError } from '../config/gate-config.js'
import type { Report } from '../report/report.js'

/**
 * The report an unprivileged run saved (fork pull requests). It is data from
 * untrusted code, so it must be for the commit the triggering run checked.
 */
export function readEarlierReport(file: string, expectedHead: string | undefined): Report {
  let report: Report
  try {
    report = JSON.parse(readFileSync(file, 'utf8')) as Report
  } catch (error) {
    throw new ConfigError(`from-report: could not read ${file} (${(error as Error).message})`)
  }
  if (report?.schemaVersion !== 1 || !Array.isArray(report.findings) || !report.summary) {
    throw new ConfigError(
      `from-report: ${file} is not an eks-upgrade-gate report (schemaVersion 1)`,
    )
  }
  if (!report.pullRequest)
    throw new ConfigError(
      `from-report: ${file} names no pull request; produce it from a pull_request run`,
    )
  if (expectedHead && report.pullRequest.headSha !== expectedHead) {
    throw new ConfigError(
      `from-report: the report is for ${report.pullRequest.headSha.slice(0, 7)} but the workflow run checked ${expectedHead.slice(0, 7)}; refusing to publish it`,
    )
  }
  return report
}
