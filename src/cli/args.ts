import { parseArgs } from 'node:util'
import type { ConfigSide } from '../config/gate-config.js'
import type { ChangeSource, Scope } from '../scope.js'
import { validateSettings, type Settings } from '../config/settings.js'

import { FORMAT_NAMES, isFormat, type Format } from '../report/formats.js'

export interface CheckArgs {
  readonly command: 'check'
  readonly path: string
  readonly base?: string
  readonly baseDir?: string
  readonly fetchBase: boolean
  readonly format: Format
  readonly config?: string
  /** base: the configuration comes from the --base commit (the change cannot lower its bar). */
  readonly configSource: ConfigSide
  /** affected: with --base, only what the change reaches; all: the whole tree. */
  readonly scope: Scope
  /** What the change is: the commits since --base, or the working tree (default). */
  readonly change: ChangeSource
  /** --jobs: threads that parse Terraform (default: one per core, at most four, on large trees). */
  readonly jobs?: number
  readonly output?: string
  /** The flags that are settings, validated by the config schema (evaluation date included). */
  readonly settings: Settings
  readonly kubeconfig?: string
  readonly context?: string
  readonly awsRegion?: string
  readonly awsEndpoint?: string
  /** The verdict and new findings only. */
  readonly quiet: boolean
  /** --no-color: never colour, even on a terminal. */
  readonly noColor: boolean
}

export type CliArgs = CheckArgs | { readonly command: 'help' } | { readonly command: 'version' }

/** Wrong usage: exit code 2, the message, and a pointer to --help. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export const USAGE = `Usage: eks-upgrade-gate check [PATH] [options]

Checks the EKS versions declared under PATH (a directory, default ., or one
file) against the Kubernetes version-skew policy and EKS upgrade rules.

Options:
  --base REF             compare with the same tree at git REF; findings that
                         already exist there are "existing", not "new"
  --base-dir DIR         compare with another copy of the tree on disk
  --fetch-base           git fetch REF from origin when it is not present
  -f, --format FORMAT    text (default), json, markdown or sarif
  -o, --output FILE      write the report to FILE instead of standard output
                         (choose the format with -f: -o json is refused)
  --var-file [ROOT=]FILE tfvars file that CI passes with -var-file (repeatable);
                         it applies to the Terraform root module around FILE,
                         or to ROOT; each file is a separate instance of it
  --plan-json [ROOT=]FILE output of "terraform show -json" (repeatable); its
                         before/after values win for the resources it covers
  --target-version X     check and plan an upgrade to X that the tree has not
                         made yet ("what would break at 1.33?")
  --knowledge-file FILE  extra EKS data (repeatable): versions newer than the
                         embedded data, or describe-addon-versions output
  --kubeconfig FILE      also read the live cluster (read-only GET requests)
  --context NAME         the kubeconfig context to use
  --live-cluster NAME    the declared cluster the live one is, if names differ
  --aws-region REGION    also describe the declared clusters with the EKS API
                         (read-only; default AWS credential chain)
  --aws-endpoint URL     a different EKS API endpoint (private endpoints, tests)
  --evaluation-date DATE judge support dates as of DATE (YYYY-MM-DD; default today)
  --config FILE          configuration file (default: .github/eks-upgrade-gate.yml
                         under PATH or its git repository, when present)
  --config-source SIDE   head (default): the tree's configuration decides; base:
                         the --base commit's does, so the change cannot lower
                         its own bar (its inline suppressions wait for the merge)
  --scope SCOPE          affected (default): with --base, evaluate only what the
                         change reaches (every other cluster is unchanged); all:
                         the whole tree, always
  --change SIDE          worktree (default): uncommitted and untracked files are
                         part of the change; commits: only what the commits since
                         --base change (a CI checkout, as the action assumes)
  -j, --jobs N           threads that parse Terraform (default: one per core,
                         at most 4, from 8,000 files; 1: no threads)
  --fail-on LEVEL        error (default), warning, notice or never
  --fail-on-existing     also fail on findings that already exist at the base
  -q, --quiet            text: the verdict and new findings only
  --no-color             no colour (also NO_COLOR=1); colour is used only on a
                         terminal, where text also wraps to its width
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 passed, 1 the gate failed, 2 usage, configuration or internal error.
`

const OPTIONS = {
  base: { type: 'string' },
  'base-dir': { type: 'string' },
  'fetch-base': { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'config-source': { type: 'string' },
  scope: { type: 'string' },
  change: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  'fail-on': { type: 'string' },
  'fail-on-existing': { type: 'boolean' },
  'var-file': { type: 'string', multiple: true },
  'plan-json': { type: 'string', multiple: true },
  'evaluation-date': { type: 'string' },
  'target-version': { type: 'string' },
  'knowledge-file': { type: 'string', multiple: true },
  kubeconfig: { type: 'string' },
  context: { type: 'string' },
  'live-cluster': { type: 'string' },
  'aws-region': { type: 'string' },
  'aws-endpoint': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies NonNullable<Parameters<typeof parseArgs>[0]>['options']

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: OPTIONS,
    })
  } catch (error) {
    throw new UsageError(withSuggestion((error as Error).message))
  }
  const { values, positionals } = parsed
  if (values.help) return { command: 'help' }
  if (values.version) return { command: 'version' }
  const [command, ...rest] = positionals
  if (command === undefined) throw new UsageError('missing command: try "eks-upgrade-gate check ."')
  if (command !== 'check')
    throw new UsageError(`unknown command "${command}": the only command is "check"`)
  if (rest.length > 1)
    throw new UsageError(`check takes one PATH, got ${rest.length}: ${rest.join(' ')}`)
  if (values.base !== undefined && values['base-dir'] !== undefined) {
    throw new UsageError('use either --base REF or --base-dir DIR, not both')
  }
  const configSource = values['config-source'] ?? 'head'
  if (configSource !== 'head' && configSource !== 'base')
    throw new UsageError(`--config-source must be head or base (got "${configSource}")`)
  if (configSource === 'base' && values.base === undefined)
    throw new UsageError(
      '--config-source base reads the configuration from the --base commit: add --base REF',
    )
  const scope = values.scope ?? 'affected'
  if (scope !== 'affected' && scope !== 'all')
    throw new UsageError(`--scope must be affected or all (got "${scope}")`)
  const change = values.change ?? 'worktree'
  if (change !== 'worktree' && change !== 'commits')
    throw new UsageError(`--change must be worktree or commits (got "${change}")`)
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64))
    throw new UsageError(`--jobs must be a whole number from 1 to 64 (got "${values.jobs}")`)
  const format = values.format ?? 'text'
  // pluto and kubent take -o json for the format; here -o is the output file.
  if (values.output !== undefined && isFormat(values.output))
    throw new UsageError(
      `--output (-o) names the file to write; for the ${values.output} format use --format ${values.output} (-f ${values.output})`,
    )
  if (!isFormat(format)) {
    throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(', ')} (got "${format}")`)
  }
  const settings = validateSettings(
    {
      'fail-on': values['fail-on'],
      'fail-on-existing': values['fail-on-existing'],
      'var-files': values['var-file'],
      'plan-json': values['plan-json'],
      'knowledge-file': values['knowledge-file'],
      'target-version': values['target-version'],
      'live-cluster': values['live-cluster'],
      'evaluation-date': values['evaluation-date'],
    },
    { kind: 'cli' },
  )
  return {
    command: 'check',
    path: rest[0] ?? '.',
    format,
    fetchBase: values['fetch-base'] ?? false,
    configSource,
    scope,
    change,
    ...(jobs !== undefined && { jobs }),
    quiet: values.quiet ?? false,
    noColor: values['no-color'] ?? false,
    settings,
    ...(values.kubeconfig !== undefined && { kubeconfig: values.kubeconfig }),
    ...(values.context !== undefined && { context: values.context }),
    ...(values['aws-region'] !== undefined && { awsRegion: values['aws-region'] }),
    ...(values['aws-endpoint'] !== undefined && { awsEndpoint: values['aws-endpoint'] }),
    ...(values.base !== undefined && { base: values.base }),
    ...(values['base-dir'] !== undefined && { baseDir: values['base-dir'] }),
    ...(values.config !== undefined && { config: values.config }),
    ...(values.output !== undefined && { output: values.output }),
  }
}

/** "Unknown option '--bse'" → with the option meant, when one is close. */
function withSuggestion(message: string): string {
  const match = /Unknown option '(--?[\w-]+)'/.exec(message)
  if (!match) return message
  const typed = match[1]!.replace(/^-+/, '')
  const best = Object.keys(OPTIONS)
    .map((name) => ({ name, distance: editDistance(typed, name) }))
    .sort((a, b) => a.distance - b.distance)[0]
  return best && best.distance <= Math.max(1, Math.floor(typed.length / 3))
    ? `unknown option ${match[1]}: did you mean --${best.name}?`
    : `unknown option ${match[1]}`
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]!
}
