import * as core from '@actions/core'
import path from 'node:path'
import { readEarlierReport } from './action/earlier-report.js'
import {
  baseCommitFromEvent,
  blobUrlFor,
  pullRequestFromEvent,
  readEvent,
  workflowRunTarget,
} from './action/event.js'
import { readExternalConfig } from './action/external-config.js'
import { readInputs, type ActionInputs } from './action/inputs.js'
import { kubeconfigFile } from './action/kubeconfig.js'
import { annotate, writeOutputs, writeSarif } from './action/outputs.js'
import { tokenAbsentFrom } from './action/runner-files.js'
import { publish } from './action/publish.js'
import { prepareBase, runCheck } from './check.js'
import { loadConfig } from './config/load.js'
import { ConfigError } from './config/gate-config.js'
import { embeddedKnowledge } from './knowledge/index.js'
import { renderMarkdown } from './report/markdown.js'
import { foundNothing, plural, verdictLine, type Report } from './report/report.js'
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
      ? readEarlierReport(inputs.fromReport, workflowRunTarget(eventName, event))
      : await check(inputs, env, event)

    printReport(renderText(report))
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
    if (inputs.sarifFile) writeSarif(report, inputs.sarifFile, env)
    if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write()
    const rest = annotate(report)
    // The verdict is set before anything is posted: publishing is bounded, but even a
    // job cancelled while it posts ends with the check the gate computed.
    if (foundNothing(report))
      core.warning(verdictLine(report), { title: 'eks-upgrade-gate: nothing found' })
    if (report.summary.result === 'fail') {
      const blocking = report.findings.filter((finding) => finding.blocking).length
      core.setFailed(
        blocking > 0
          ? `EKS upgrade gate failed: ${blocking} ${plural(blocking, 'finding')} at or above "${report.summary.failOn}". See the job summary.`
          : `EKS upgrade gate failed: ${verdictLine(report)}.`,
      )
    }
    await publish(inputs, env, report, rest, {
      startedAt,
      ...(blobUrl && { blobUrl }),
      ...(runUrl && { runUrl }),
    })
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
  const baseRef = inputs.baseRef ?? baseCommitFromEvent(env.GITHUB_EVENT_NAME ?? '', event)
  const { base, readBase } = prepareBase(
    inputs.root,
    baseRef !== undefined ? { kind: 'git', ref: baseRef, fetchIfMissing: true } : undefined,
  )
  const external = inputs.externalConfig
    ? await readExternalConfig(inputs.externalConfig, inputs.externalRepoToken ?? inputs.token)
    : undefined
  const { config, change } = loadConfig(
    inputs.overrides,
    inputs.configFile,
    [inputs.workspace],
    inputs.workspace,
    { source: inputs.configSource, ...(readBase && { readBase }), ...(external && { external }) },
  )
  const kubeconfig =
    inputs.kubeconfig !== undefined
      ? kubeconfigFile(inputs.kubeconfig, inputs.workspace, env)
      : undefined
  try {
    const report = await runCheck({
      progress: (line) => core.info(`eks-upgrade-gate: ${line}`),
      root: inputs.root,
      cwd: inputs.workspace,
      // Files the settings name live in the repository or the runner's temp directory.
      fileRoots: [inputs.workspace, ...(env.RUNNER_TEMP ? [env.RUNNER_TEMP] : [])],
      prefix: path.relative(inputs.workspace, inputs.root).split(path.sep).join('/'),
      config,
      knowledge: embeddedKnowledge,
      today: inputs.evaluationDate ?? new Date().toISOString().slice(0, 10),
      ...(base && { base }),
      scope: inputs.scope,
      // The workspace is the checkout of the commit under review.
      change: 'commits',
      ...(readBase && { readBase }),
      ...(change && { configChange: change }),
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
          allowExec: inputs.kubeconfigExec,
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
 * The text report on stdout, between ::stop-commands:: and its resume token: even
 * if a line of it looked like a workflow command, the runner would not run it. The
 * token appears nowhere in the report, so nothing in it can end the pause early.
 */
function printReport(text: string): void {
  const token = tokenAbsentFrom(text, 'eks-upgrade-gate-report')
  process.stdout.write(`::stop-commands::${token}\n${text}::${token}::\n`)
}
