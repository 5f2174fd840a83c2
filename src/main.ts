import * as core from '@actions/core'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { baseCommitFromEvent } from './action/event.js'
import { readInputs } from './action/inputs.js'
import { runCheck } from './check.js'
import { loadConfig } from './config/load.js'
import { ConfigError } from './config/schema.js'
import { embeddedKnowledge } from './knowledge/index.js'
import { planAnnotations } from './report/annotations.js'
import { renderMarkdown } from './report/markdown.js'
import { plural, type Report } from './report/report.js'
import { renderText } from './report/text.js'

/**
 * The action: inputs → check → job summary, outputs, annotations, verdict.
 * The only module that performs the action's side effects.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = readInputs(env)
    const config = loadConfig(
      inputs.overrides,
      inputs.configFile,
      [inputs.workspace],
      inputs.workspace,
    )
    const event = readEvent(env)
    const baseRef = inputs.baseRef ?? baseCommitFromEvent(env.GITHUB_EVENT_NAME ?? '', event)
    const prefix = path.relative(inputs.workspace, inputs.root).split(path.sep).join('/')

    const report = await runCheck({
      root: inputs.root,
      cwd: inputs.workspace,
      prefix,
      config,
      knowledge: embeddedKnowledge,
      today: inputs.evaluationDate ?? new Date().toISOString().slice(0, 10),
      ...(baseRef !== undefined && { base: { kind: 'git', ref: baseRef, fetchIfMissing: true } }),
    })

    core.info(renderText(report))
    const blobUrl = blobUrlFor(env)
    const markdown = renderMarkdown(report, blobUrl ? { blobUrl } : {})
    await publish(report, markdown, env)

    if (report.summary.result === 'fail') {
      const blocking = report.findings.filter((finding) => finding.blocking).length
      core.setFailed(
        `EKS upgrade gate failed: ${blocking} ${plural(blocking, 'finding')} at or above "${config.failOn}". See the job summary.`,
      )
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    core.setFailed(
      error instanceof ConfigError
        ? `Configuration error: ${message}`
        : `Internal error: ${message}`,
    )
    if (!(error instanceof ConfigError) && error instanceof Error && error.stack)
      core.debug(error.stack)
    // Exit code 2 tells a broken setup apart from a failed gate (DESIGN §6).
    process.exitCode = 2
  }
}

function readEvent(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const file = env.GITHUB_EVENT_PATH
  if (!file) return {}
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  } catch (error) {
    core.warning(`Could not read the event payload ${file}: ${(error as Error).message}`)
    return {}
  }
}

function blobUrlFor(env: NodeJS.ProcessEnv): string | undefined {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  const repo = env.GITHUB_REPOSITORY
  const sha = env.GITHUB_SHA
  return repo && sha ? `${server}/${repo}/blob/${sha}` : undefined
}

async function publish(report: Report, markdown: string, env: NodeJS.ProcessEnv): Promise<void> {
  const dir = path.join(env.RUNNER_TEMP ?? os.tmpdir(), 'eks-upgrade-gate')
  mkdirSync(dir, { recursive: true })
  const reportFile = path.join(dir, 'report.json')
  const markdownFile = path.join(dir, 'report.md')
  writeFileSync(reportFile, JSON.stringify(report, null, 2) + '\n')
  writeFileSync(markdownFile, markdown)

  core.setOutput('result', report.summary.result)
  core.setOutput('errors', report.summary.errors)
  core.setOutput('warnings', report.summary.warnings)
  core.setOutput('notices', report.summary.notices)
  core.setOutput(
    'clusters',
    JSON.stringify(
      report.clusters.map((cluster) => ({
        id: cluster.id,
        name: cluster.name,
        version: cluster.version.value,
      })),
    ),
  )
  core.setOutput('report-file', reportFile)
  core.setOutput('plan-markdown-file', markdownFile)

  const { annotations, notShown } = planAnnotations(report)
  for (const annotation of annotations) {
    const properties = {
      title: annotation.title,
      file: annotation.file,
      startLine: annotation.line,
      startColumn: annotation.column,
    }
    if (annotation.level === 'error') core.error(annotation.message, properties)
    else if (annotation.level === 'warning') core.warning(annotation.message, properties)
    else core.notice(annotation.message, properties)
  }
  if (notShown > 0) {
    core.notice(
      `${notShown} more ${plural(notShown, 'finding')} did not fit GitHub's limit of 10 annotations per level; ` +
        'the job summary lists every finding.',
      { title: 'eks-upgrade-gate: more findings' },
    )
  }

  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write()
}
