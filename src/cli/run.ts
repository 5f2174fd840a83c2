import { NO_BASE_NOTE } from '../engine.js'
import { existsSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { prepareBase, runCheck } from '../check.js'
import { loadConfig } from '../config/load.js'
import { ConfigError } from '../config/gate-config.js'
import { repositoryTop } from '../discover/git.js'
import { embeddedKnowledge } from '../knowledge/index.js'
import { FORMATS } from '../report/formats.js'
import { renderText, type WrapText } from '../report/text.js'
import { visibleText } from '../report/untrusted.js'
import { TOOL_VERSION } from '../report/report.js'
import { parseCliArgs, UsageError, USAGE, type CheckArgs } from './args.js'

export interface CliIo {
  readonly cwd: string
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** ISO date the rules evaluate against. */
  readonly today: string
  /** Standard output is a terminal (or COLUMNS says how wide): wrap to it; colour if it wants. */
  readonly terminal?: () => { readonly columns?: number; readonly color: boolean }
}

/** The CLI as a function: arguments in, exit code out. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseCliArgs(argv)
    if (args.command === 'help') {
      io.stdout(USAGE)
      return 0
    }
    if (args.command === 'version') {
      io.stdout(`${TOOL_VERSION}\n`)
      return 0
    }
    return await check(args, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(
        `eks-upgrade-gate: ${visibleText(error.message)}\nRun "eks-upgrade-gate --help" for usage.\n`,
      )
    } else if (error instanceof ConfigError) {
      io.stderr(`eks-upgrade-gate: configuration error: ${visibleText(error.message)}\n`)
    } else {
      io.stderr(
        `eks-upgrade-gate: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      )
    }
    return 2
  }
}

async function check(args: CheckArgs, io: CliIo): Promise<number> {
  const target = path.resolve(io.cwd, args.path)
  if (!existsSync(target)) throw new UsageError(`${args.path} does not exist`)
  // One file is the tree around it, read for that file alone.
  const file = statSync(target).isFile()
  if (!file && !statSync(target).isDirectory())
    throw new UsageError(`${args.path} is neither a file nor a directory`)
  const root = file ? path.dirname(target) : target
  const top = repositoryTop(root)
  // Paths read best relative to where the command was run, when the root is below it.
  const fromCwd = path.relative(io.cwd, root)
  const prefix =
    fromCwd.startsWith('..') || path.isAbsolute(fromCwd) ? '' : fromCwd.split(path.sep).join('/')
  const { evaluationDate, ...flags } = args.settings
  // The walk names files with the prefix; the glob is the file's name, its specials escaped.
  const settings = file
    ? {
        ...flags,
        include: [
          [prefix, path.basename(target)]
            .filter(Boolean)
            .join('/')
            .replace(/[*?[\]{}()!]/g, '\\$&'),
        ],
      }
    : flags
  const { base, readBase } = prepareBase(
    root,
    args.base !== undefined
      ? { kind: 'git', ref: args.base, fetchIfMissing: args.fetchBase }
      : args.baseDir !== undefined
        ? { kind: 'dir', dir: path.resolve(io.cwd, args.baseDir), label: args.baseDir }
        : undefined,
  )
  const { config, change } = loadConfig(
    settings,
    args.config === undefined ? undefined : path.resolve(io.cwd, args.config),
    [root, ...(top ? [top] : [])],
    io.cwd,
    { source: args.configSource, ...(readBase && { readBase }) },
  )
  const report = await runCheck({
    root,
    cwd: io.cwd,
    // Run locally, the files a setting names may be anywhere the user keeps them
    // beside the repository, never the machine's own files.
    fileRoots: [io.cwd, root, ...(top ? [top] : []), os.tmpdir()],
    prefix,
    config,
    knowledge: embeddedKnowledge,
    today: evaluationDate ?? io.today,
    progress: (line) => io.stderr(`eks-upgrade-gate: ${visibleText(line)}\n`),
    ...(args.awsRegion !== undefined && {
      aws: {
        region: args.awsRegion,
        ...(args.awsEndpoint !== undefined && { endpoint: args.awsEndpoint }),
      },
    }),
    ...(args.kubeconfig !== undefined && {
      live: {
        kubeconfig: path.resolve(io.cwd, args.kubeconfig),
        ...(args.context !== undefined && { context: args.context }),
      },
    }),
    ...(base && { base }),
    scope: args.scope,
    change: args.change,
    ...(args.jobs !== undefined && { threads: args.jobs }),
    ...(readBase && { readBase }),
    ...(change && { configChange: change }),
  })
  // Without a base every finding is "new": say so first, where it cannot be missed
  // (stderr, also when the report goes to a file or is JSON), not only in a note.
  if (report.notes.includes(NO_BASE_NOTE))
    io.stderr(
      'eks-upgrade-gate: no base to compare with (pass --base REF or --base-dir DIR): every finding counts as new.\n',
    )
  // A terminal gets the text wrapped to its width, by cluster, in colour unless told not to.
  const terminal = args.output === undefined && args.format === 'text' ? io.terminal?.() : undefined
  const columns = terminal?.columns
  const rendered =
    args.format === 'text'
      ? renderText(report, {
          ...(columns && { width: { columns, wrap: await wordWrapper() } }),
          color: (terminal?.color ?? false) && !args.noColor,
          quiet: args.quiet,
        })
      : FORMATS[args.format](report)
  if (args.output) {
    try {
      writeFileSync(path.resolve(io.cwd, args.output), rendered)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new UsageError(
        `cannot write --output ${args.output}: ${code === 'ENOENT' ? 'its directory does not exist' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`,
      )
    }
  } else io.stdout(rendered)
  return report.summary.result === 'fail' ? 1 : 0
}

/** wrap-ansi, loaded only for a terminal: its Unicode tables cost every other start. */
async function wordWrapper(): Promise<WrapText> {
  const { default: wrapAnsi } = await import('wrap-ansi')
  return (text, columns) => wrapAnsi(text, columns, { hard: false, trim: true })
}
