import * as core from '@actions/core'
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { planAnnotations, type Annotation } from '../report/annotations.js'
import type { Report } from '../report/report.js'
import { visibleStrings } from '../report/untrusted.js'
import { FORMATS } from '../report/formats.js'
import { setOutput } from './runner-files.js'

export function writeOutputs(report: Report, markdown: string, env: NodeJS.ProcessEnv): void {
  const dir = path.join(env.RUNNER_TEMP ?? os.tmpdir(), 'eks-upgrade-gate')
  mkdirSync(dir, { recursive: true })
  const reportFile = path.join(dir, 'report.json')
  const markdownFile = path.join(dir, 'report.md')
  writeFileSync(reportFile, JSON.stringify(report, null, 2) + '\n')
  writeFileSync(markdownFile, markdown)
  setOutput('result', report.summary.result, env)
  setOutput('errors', report.summary.errors, env)
  setOutput('warnings', report.summary.warnings, env)
  setOutput('notices', report.summary.notices, env)
  setOutput(
    'clusters',
    JSON.stringify(
      report.clusters.map((cluster) => ({
        id: cluster.id,
        name: cluster.name,
        version: cluster.version.value,
      })),
    ),
    env,
  )
  setOutput('report-file', reportFile, env)
  setOutput('plan-markdown-file', markdownFile, env)
}

/** SARIF 2.1.0 for code scanning, where the sarif-file input asks for it. */
export function writeSarif(report: Report, file: string, env: NodeJS.ProcessEnv): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, FORMATS.sarif(report))
  setOutput('sarif-file', file, env)
}

/** Workflow-command annotations within GitHub's per-level limit; returns the rest for the Checks API. */
export function annotate(report: Report): readonly Annotation[] {
  // Messages quote the repository: control characters shown, never interpreted.
  const { annotations, rest } = planAnnotations(visibleStrings(report))
  for (const annotation of annotations) {
    // A finding no file holds is a job-level annotation, never one on a made-up path.
    const properties = annotation.file
      ? {
          title: annotation.title,
          file: annotation.file,
          startLine: annotation.line,
          startColumn: annotation.column,
        }
      : { title: annotation.title }
    if (annotation.level === 'error') core.error(annotation.message, properties)
    else if (annotation.level === 'warning') core.warning(annotation.message, properties)
    else core.notice(annotation.message, properties)
  }
  return rest
}
