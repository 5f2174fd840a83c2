import * as core from '@actions/core'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { baseCommitFromEvent, pullRequestFromEvent, workflowRunHeadSha } from './action/event.js'
import { readInputs, type ActionInputs } from './action/inputs.js'
import { runCheck } from './check.js'
import { loadConfig } from './config/load.js'
import { ConfigError } from './config/gate-config.js'
import { createClient } from './github/client.js'
import { publishCheckRun } from './github/checks.js'
import { describe, publishToPullRequest } from './github/publish.js'
import { embeddedKnowledge } from './knowledge/index.js'
import { RULES } from './rules/index.js'
import { planAnnotations, type Annotation } from './report/annotations.js'
import { commentBody } from './report/comment.js'
import { renderMarkdown } from './report/markdown.js'
import { plural, type Report } from './report/report.js'
import { buildSarif } from './report/sarif.js'
import { renderText } from './report/text.js'

/** GitHub refuses step summaries over 1 MiB; emoji and links make bytes outrun characters. */
const SUMMARY_LIMIT = 900_000

/**
 * The action: inputs → check (or an earlier run's report) → job summary,
 * outputs, annotations, SARIF, PR comment, review comments, check run →
 * verdict. The only module with the action's side effects; posting to GitHub
 * never changes the verdict.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const startedAt = new Date().toISOString()
  try {
    const inputs = readInputs(env)
    const event = readEvent(env)
    const eventName = env.GITHUB_EVENT_NAME ?? ''
    const report = inputs.fromReport
      ? readEarlierReport(inputs.fromReport, workflowRunHeadSha(eventName, event))
      : await check(inputs, env, event)

    core.info(renderText(report))
    const blobUrl = blobUrlFor(env, report.pullRequest?.headSha)
    const runUrl =
      env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
        ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined
    const markdown = renderMarkdown(report, {
      ...(blobUrl && { blobUrl }),
      maxLength: SUMMARY_LIMIT,
    })
    writeOutputs(report, markdown, env)
    if (inputs.sarifFile) {
      mkdirSync(path.dirname(inputs.sarifFile), { recursive: true })
      writeFileSync(
        inputs.sarifFile,
        JSON.stringify(
          buildSarif(
            report,
            RULES.map((rule) => rule.meta),
          ),
          null,
          2,
        ) + '\n',
      )
      core.setOutput('sarif-file', inputs.sarifFile)
    }
    const rest = annotate(report)
    await publish(inputs, env, report, rest, {
      startedAt,
      ...(blobUrl && { blobUrl }),
      ...(runUrl && { runUrl }),
    })
    if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write()

    if (report.summary.result === 'fail') {
      const blocking = report.findings.filter((finding) => finding.blocking).length
      core.setFailed(
        `EKS upgrade gate failed: ${blocking} ${plural(blocking, 'finding')} at or above "${report.summary.failOn}". See the job summary.`,
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

async function check(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  event: Record<string, unknown>,
): Promise<Report> {
  const config = loadConfig(
    inputs.overrides,
    inputs.configFile,
    [inputs.workspace],
    inputs.workspace,
  )
  const baseRef = inputs.baseRef ?? baseCommitFromEvent(env.GITHUB_EVENT_NAME ?? '', event)
  const kubeconfig =
    inputs.kubeconfig !== undefined
      ? kubeconfigFile(inputs.kubeconfig, inputs.workspace, env)
      : undefined
  try {
    const report = await runCheck({
      root: inputs.root,
      cwd: inputs.workspace,
      prefix: path.relative(inputs.workspace, inputs.root).split(path.sep).join('/'),
      config,
      knowledge: embeddedKnowledge,
      today: inputs.evaluationDate ?? new Date().toISOString().slice(0, 10),
      ...(baseRef !== undefined && { base: { kind: 'git', ref: baseRef, fetchIfMissing: true } }),
      ...(inputs.awsRegion !== undefined && {
        aws: {
          region: inputs.awsRegion,
          ...(inputs.awsEndpoint !== undefined && { endpoint: inputs.awsEndpoint }),
        },
      }),
      ...(kubeconfig && {
        live: {
          kubeconfig: kubeconfig.path,
          ...(inputs.kubeContext !== undefined && { context: inputs.kubeContext }),
        },
      }),
    })
    const pullRequest = pullRequestFromEvent(event)
    return pullRequest ? { ...report, pullRequest } : report
  } finally {
    kubeconfig?.remove()
  }
}

/**
 * The kubeconfig input is a path, or the file's content (from a secret):
 * content goes to a file only this user can read, removed after the check.
 * Its text is never logged.
 */
function kubeconfigFile(
  value: string,
  workspace: string,
  env: NodeJS.ProcessEnv,
): { path: string; remove: () => void } {
  if (!value.includes('\n') && !value.includes('apiVersion'))
    return { path: path.resolve(workspace, value), remove: () => {} }
  // Mask every credential the file carries, in case a value came from a step output, not a secret.
  for (const match of value.matchAll(
    /^\s*(?:token|password|client-key-data|client-certificate-data):\s*["']?([^\s"'}]+)/gm,
  ))
    core.setSecret(match[1]!)
  for (const match of value.matchAll(/\btoken:\s*["']?([^\s"'},]+)/g)) core.setSecret(match[1]!)
  const dir = mkdtempSync(path.join(env.RUNNER_TEMP ?? os.tmpdir(), 'eks-upgrade-gate-kube-'))
  const file = path.join(dir, 'kubeconfig')
  writeFileSync(file, value, { mode: 0o600 })
  return { path: file, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/**
 * The report an unprivileged run saved (fork pull requests). It is data from
 * untrusted code, so it must be for the commit the triggering run checked.
 */
function readEarlierReport(file: string, expectedHead: string | undefined): Report {
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

function blobUrlFor(env: NodeJS.ProcessEnv, headSha: string | undefined): string | undefined {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  const sha = headSha ?? env.GITHUB_SHA
  return env.GITHUB_REPOSITORY && sha ? `${server}/${env.GITHUB_REPOSITORY}/blob/${sha}` : undefined
}

function writeOutputs(report: Report, markdown: string, env: NodeJS.ProcessEnv): void {
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
}

/** Workflow-command annotations within GitHub's per-level limit; returns the rest for the Checks API. */
function annotate(report: Report): readonly Annotation[] {
  const { annotations, rest } = planAnnotations(report)
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
  return rest
}

async function publish(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  report: Report,
  rest: readonly Annotation[],
  links: { startedAt: string; blobUrl?: string; runUrl?: string },
): Promise<void> {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const canPost = inputs.token !== '' && owner && repo
  const problems: string[] = []
  const client = canPost ? createClient(inputs.token) : undefined
  const repoRef = { owner: owner ?? '', repo: repo ?? '' }

  let restShown = false
  if (rest.length > 0 && client) {
    try {
      const headSha = report.pullRequest?.headSha ?? env.GITHUB_SHA ?? ''
      const conclusion = report.summary.result === 'fail' ? 'failure' : 'success'
      const check = await publishCheckRun(client, repoRef, {
        headSha,
        conclusion,
        title: `EKS upgrade gate: ${report.summary.result}`,
        summary: renderMarkdown(report, { maxLength: 60_000 }),
        annotations: rest,
      })
      core.info(
        `${rest.length} more ${plural(rest.length, 'annotation')} posted to the "EKS upgrade gate" check run in ${check.batches} ${check.batches === 1 ? 'batch' : 'batches'}: ${check.url}`,
      )
      restShown = true
    } catch (error) {
      problems.push(describe('create a check run for the remaining annotations', error))
    }
  }
  if (rest.length > 0 && !restShown) {
    core.notice(
      `${rest.length} more ${plural(rest.length, 'finding')} did not fit GitHub's limit of 10 annotations per level; the job summary lists every finding.`,
      { title: 'eks-upgrade-gate: more findings' },
    )
  }

  const pr = report.pullRequest
  if (client && pr && (inputs.comment !== 'off' || inputs.reviewComments)) {
    const body = commentBody(
      report,
      { head: pr.headSha, at: links.startedAt },
      {
        ...(links.blobUrl && { blobUrl: links.blobUrl }),
        ...(links.runUrl && { moreUrl: links.runUrl }),
      },
    )
    const result = await publishToPullRequest(client, repoRef, pr, report, {
      commentBody: body,
      mode: inputs.comment,
      reviewComments: inputs.reviewComments,
    })
    if (result.skipped) core.info(`Not updating the pull request: ${result.skipped}.`)
    if (result.comment && 'url' in result.comment) {
      core.info(`PR comment ${result.comment.action}: ${result.comment.url}`)
      core.setOutput('comment-url', result.comment.url)
    }
    if (result.review)
      core.info(
        `Review comments: ${result.review.posted} posted, ${result.review.kept} kept, ${result.review.removed} removed.`,
      )
    problems.push(...result.problems)
  }
  if (problems.length > 0) {
    // One warning, however many calls failed: the usual cause is one read-only token.
    core.warning(
      `The gate's result stands, but it ${problems.join('; ')}. On pull requests from forks the token is read-only: the job summary and annotations carry the full report, and the README shows the two-workflow setup that posts comments for forks.`,
      { title: 'eks-upgrade-gate: could not post to the pull request' },
    )
  }
}
