import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expectValidReport } from './report-schema.js'
import { shippedIndex } from './shipped.js'

export interface ActionRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  readonly summary: string
  readonly outputs: Record<string, string>
  /** Workflow-command annotations (::error file=…::message) in the order they were printed. */
  readonly annotations: Array<{
    level: string
    properties: Record<string, string>
    message: string
  }>
  /** RUNNER_TEMP of the run, to check what the action leaves behind. */
  readonly runnerTemp: string
}

export interface ActionRunOptions {
  readonly workspace: string
  readonly inputs?: Record<string, string>
  readonly eventName?: string
  readonly event?: unknown
  readonly apiUrl?: string
  readonly sha?: string
  /** Cancel the job (SIGTERM) after this long, as the runner does on a timeout or a cancel. */
  readonly cancelAfterMs?: number
  /** Node's own options before dist/index.js (a preloaded probe, say). */
  readonly nodeArgs?: readonly string[]
}

/**
 * Runs dist/index.js the way the GitHub runner does: inputs as INPUT_<NAME>
 * (hyphens kept), the event payload in a file, summary and outputs in files.
 */
export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'eug-runner-'))
  const eventPath = path.join(temp, 'event.json')
  const summaryPath = path.join(temp, 'summary.md')
  const outputPath = path.join(temp, 'output.txt')
  writeFileSync(eventPath, JSON.stringify(options.event ?? {}))
  writeFileSync(summaryPath, '')
  writeFileSync(outputPath, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_SHA: options.sha ?? '0'.repeat(40),
    RUNNER_TEMP: temp,
  }
  // Fixtures use versions that were current in mid-2024; judging support dates on a
  // fixed day keeps the tests true as the calendar moves on.
  const inputs = { 'evaluation-date': '2024-08-15', ...options.inputs }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  // Asynchronous, so a fixture server in this process can answer the action's requests.
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), shippedIndex()], {
    cwd: options.workspace,
    env,
    timeout: 60_000,
  })
  const cancel =
    options.cancelAfterMs === undefined
      ? undefined
      : setTimeout(() => child.kill('SIGTERM'), options.cancelAfterMs)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearTimeout(cancel)
  const result = { status, stdout, stderr }
  const outputs = parseOutputs(readFileSync(outputPath, 'utf8'))
  // Every report an action run writes must hold to the schema users code against.
  if (outputs['report-file'] && existsSync(outputs['report-file']))
    expectValidReport(JSON.parse(readFileSync(outputs['report-file'], 'utf8')))
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    summary: readFileSync(summaryPath, 'utf8'),
    outputs,
    annotations: parseAnnotations(result.stdout),
    runnerTemp: temp,
  }
}

/** Reads the `name<<delimiter … delimiter` records @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!)
    if (!match) continue
    const [, name, delimiter] = match
    const value: string[] = []
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!)
    outputs[name!] = value.join('\n')
  }
  return outputs
}

const unescape = (text: string) =>
  text
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%')

/**
 * The workflow commands the runner would act on, in order: lines between
 * `::stop-commands::TOKEN` and `::TOKEN::` are not commands, as on a real runner.
 */
export function runnerCommands(stdout: string): string[] {
  const commands: string[] = []
  let paused: string | null = null
  for (const line of stdout.split('\n')) {
    if (paused !== null) {
      if (line === `::${paused}::`) paused = null
      continue
    }
    const stop = /^::stop-commands::(.+)$/.exec(line)
    if (stop) paused = stop[1]!
    else if (line.startsWith('::')) commands.push(line)
  }
  return commands
}

function parseAnnotations(stdout: string): ActionRun['annotations'] {
  const annotations: ActionRun['annotations'] = []
  for (const line of runnerCommands(stdout)) {
    const match = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line)
    if (!match) continue
    const properties: Record<string, string> = {}
    for (const pair of (match[2] ?? '').trim().split(',').filter(Boolean)) {
      const eq = pair.indexOf('=')
      properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1))
    }
    annotations.push({ level: match[1]!, properties, message: unescape(match[3]!) })
  }
  return annotations
}
