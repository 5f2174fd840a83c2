import { readContainedFile } from './discover/contained-file.js'
import type { GateConfig } from './config/gate-config.js'
import { ConfigError, configIsTrusted } from './config/gate-config.js'
import { collectTrees, resolveGitBase, type BaseSource } from './discover/collect.js'
import { readCommitFile } from './discover/git.js'
import type { ScopePlan } from './discover/affected.js'
import { readInScope, type ChangeSource, type Scope } from './scope.js'
import type { ConfigChange } from './config/load.js'
import path from 'node:path'
import { readTrees, runEngine } from './engine.js'
import type { AddonCompatibility, Knowledge } from './knowledge/index.js'
import { clusterVersionFacts, type ClusterVersionRow } from './knowledge/cluster-versions.js'
import { KnowledgeFileError, mergeFacts } from './knowledge/override.js'
import type { Inventory, ReadProblem } from './model/inventory.js'
import type { LiveView } from './model/live.js'
import { formatKubeVersion } from './model/version.js'
import { parseTerraformPlan, type TerraformPlan } from './readers/terraform/eks/terraform-plan.js'
import { isTerraformFile } from './readers/terraform/files.js'
import { loadTerraformReader } from './readers/terraform/load.js'
import { ReadCache } from './readers/read-cache.js'
import { readAhead } from './readers/index.js'
import { buildReport, plural, type Report } from './report/report.js'

/** An unreachable API server fails the live read within this, per request. */
const LIVE_TIMEOUT_MS = 10_000
/** All of AWS mode's calls together (a few per declared cluster). */
const AWS_DEADLINE_MS = 120_000
/** `terraform show -json` of a large root is tens of MiB; knowledge files are small. */
const PLAN_LIMIT = 256 * 1_048_576
const KNOWLEDGE_LIMIT = 16 * 1_048_576

export interface CheckOptions {
  readonly root: string
  /**
   * Where files named by settings (plan-json, knowledge-file) may be: the repository
   * (default: cwd) and, for the action, the runner's temp directory.
   */
  readonly fileRoots?: readonly string[]
  /** Where relative paths in the configuration (plan files) start: the workspace or the current directory. */
  readonly cwd: string
  readonly prefix: string
  readonly base?: BaseSource
  readonly config: GateConfig
  readonly knowledge: Knowledge
  /** ISO date (YYYY-MM-DD) the rules evaluate support windows against. */
  readonly today: string
  /** Read a live cluster through this kubeconfig (opt-in; read-only). */
  readonly live?: {
    readonly kubeconfig: string
    readonly context?: string
    /** false: refuse a user whose credentials come from a command (the action's default). */
    readonly allowExec?: boolean
  }
  /** Also describe the declared clusters with the EKS API (opt-in; read-only). */
  readonly aws?: { readonly region: string; readonly endpoint?: string }
  /** Told before each step that waits on the network (a line for stderr or the log). */
  readonly progress?: (line: string) => void
  /** The change edits the configuration file: the report says so, and how. */
  readonly configChange?: ConfigChange
  /** A file as the base commit has it (null: not there); see prepareBase. */
  readonly readBase?: (file: string) => string | null
  /** affected (default): with a git base, only what the change reaches; all: the whole tree. */
  readonly scope?: Scope
  /** What "the change" is for the affected set (default worktree: uncommitted files count). */
  readonly change?: ChangeSource
  /** Threads that parse Terraform (default: one per core, at most four, on large trees; 1: the main thread only). */
  readonly threads?: number
}

/**
 * Resolves (and when allowed fetches) a git base before the check, so the
 * configuration can be read from it: the base handed back names its commit, and
 * `readBase` reads a repository file as that commit has it. Throws as runCheck
 * does when the base is not there.
 */
export function prepareBase(
  root: string,
  base: BaseSource | undefined,
): { base?: BaseSource; readBase?: (file: string) => string | null } {
  if (base?.kind !== 'git') return base ? { base } : {}
  const resolved = base.resolved ?? resolveGitBase(root, base)
  if ('error' in resolved) throw baseUnavailableError(resolved.error, base)
  const readBase = (file: string) => {
    const found = readCommitFile(root, file, resolved.commit, KNOWLEDGE_LIMIT)
    if ('text' in found) return found.text
    if ('missing' in found || /not inside/.test(found.error)) return null
    throw new ConfigError(found.error)
  }
  return { base: { ...base, resolved }, readBase }
}

/** A base that is not there is a broken setup (exit 2), never "every finding is new". */
function baseUnavailableError(why: string, base: BaseSource | undefined): ConfigError {
  return new ConfigError(
    `${why}. Compare with a branch, tag or SHA this repository has (git fetch it first${base?.kind === 'git' && !base.fetchIfMissing ? ', or add --fetch-base' : ''}), or leave the base out to check the tree alone.`,
  )
}

/** One full check, shared by the CLI and the action: collect, run the pure engine, build the report. */
export async function runCheck(options: CheckOptions): Promise<Report> {
  const filter = {
    include: options.config.include,
    exclude: options.config.exclude,
    hiddenDirectories: options.config.hiddenDirectories,
  }
  const collect = (only?: readonly string[]) => {
    const trees = collectTrees({
      root: options.root,
      prefix: options.prefix,
      filter,
      ...(options.base && { base: options.base }),
      ...(only && { only }),
    })
    // A base that is not there would silently turn every existing finding into a new
    // one (a typo such as origin/mian, a clone without the commit): that is a broken
    // setup, exit 2, not a verdict.
    if (trees.baseUnavailable) throw baseUnavailableError(trees.baseUnavailable, options.base)
    return trees
  }
  const roots = options.fileRoots ?? [options.cwd]
  // With the configuration from the base, a knowledge file the repository holds is
  // read as the base has it: the change cannot rewrite the facts it is judged by.
  const fromBase = configIsTrusted(options.config) ? options.readBase : undefined
  let knowledge = await withKnowledgeFiles(
    options.knowledge,
    options.config.knowledgeFiles,
    (file) => {
      const resolved = path.resolve(options.cwd, file)
      return fromBase?.(resolved) ?? readContainedFile(file, options.cwd, roots, KNOWLEDGE_LIMIT)
    },
  )
  const { plans: terraformPlans, problems: terraformPlanProblems } = readTerraformPlans(
    options.config.planJson,
    options.cwd,
    roots,
  )
  const read = async (only?: readonly string[]) => {
    const trees = collect(only)
    const needsTerraform = [trees.head, trees.base].some((tree) =>
      tree?.files.some(isTerraformFile),
    )
    const terraform = needsTerraform ? await loadTerraformReader() : undefined
    // The base read reuses what the head read parsed for every unchanged file.
    const cache = new ReadCache()
    // On large trees Terraform is parsed on every core while this thread reads the
    // other files (parse-pool.ts).
    const files = [trees.head.files, trees.base?.files ?? []]
    if (terraform) {
      const parse = await terraform.parseAhead(files, cache, options.threads, () =>
        files.forEach((tree) => readAhead(tree, cache)),
      )
      if (parse.threads > 1)
        options.progress?.(
          `parsed ${parse.files} Terraform files on ${parse.threads} threads` +
            (parse.failed > 0
              ? ` (${parse.failed} ${plural(parse.failed, 'thread')} stopped early; the main thread parsed the files ${parse.failed === 1 ? 'it' : 'they'} held)`
              : ''),
        )
    }
    const input = {
      ...(terraform && { terraform }),
      cache,
      terraformPlans,
      terraformPlanProblems,
      ...trees,
      config: options.config,
      knowledge,
      today: options.today,
      ...(only && { partial: true }),
    }
    return { input, inventories: readTrees(input) }
  }

  // A pull request costs what it changes: only the directories it affects are read
  // on both sides, unless what was read shows that more decides their findings.
  const {
    plan,
    read: { input, inventories },
  } = await readInScope(
    {
      scope: options.scope ?? 'affected',
      root: options.root,
      prefix: options.prefix,
      filter,
      ...(options.base && { base: options.base }),
      config: options.config,
      change: options.change ?? 'worktree',
      ...((options.live || options.aws || options.configChange) && {
        global: options.configChange
          ? 'the change edits the configuration'
          : 'the live cluster or the EKS API is read',
      }),
    },
    read,
  )
  const seconds = LIVE_TIMEOUT_MS / 1000
  if (options.live)
    options.progress?.(
      `reading the live cluster${options.live.context ? ` (context ${options.live.context})` : ''}; each request gives up after ${seconds} s`,
    )
  const kube = options.live ? await readLive(options.live) : undefined
  if (options.aws)
    options.progress?.(
      `asking the EKS API in ${options.aws.region} about the declared clusters; each call gives up after ${seconds} s and is retried once, all of them after ${AWS_DEADLINE_MS / 1000} s`,
    )
  const aws = options.aws
    ? await readAws(options.aws, inventories.head, kube?.views ?? [])
    : undefined
  if (aws) knowledge = withAwsFacts(knowledge, aws, options.aws!.region, options.today)
  const live =
    kube || aws
      ? {
          views: [...(kube?.views ?? []), ...(aws?.views ?? [])],
          errors: [...(kube?.errors ?? []), ...(aws?.errors ?? [])],
        }
      : undefined
  const result = runEngine({ ...input, knowledge, ...(live && { live }) }, inventories)
  const report = buildReport(result, options.config, knowledge)
  const notes = [
    ...(options.configChange ? [configChangeNote(options.configChange)] : []),
    ...(plan.kind === 'affected' ? [affectedNote(plan)] : []),
    ...report.notes,
  ]
  return {
    ...report,
    notes,
    scope:
      plan.kind === 'affected'
        ? {
            mode: 'affected',
            changed: [...plan.changed],
            evaluated: [...plan.units],
            ...(plan.unchanged && { unchanged: [...plan.unchanged] }),
          }
        : { mode: 'all', reason: plan.why },
  }
}

/** " (12 declarations, in scope.unchanged)", when the declarations were found. */
function unchangedCount(plan: Extract<ScopePlan, { kind: 'affected' }>): string {
  const count = plan.unchanged?.length
  return count
    ? ` (${count} ${count === 1 ? 'declaration' : 'declarations'}, in scope.unchanged)`
    : ''
}

/** What a report judged only by the change's reach says about the rest. */
function affectedNote(plan: Extract<ScopePlan, { kind: 'affected' }>): string {
  const listed =
    plan.units.slice(0, 5).join(', ') +
    (plan.units.length > 5 ? ` and ${plan.units.length - 5} more` : '')
  return plan.units.length === 0
    ? 'This change touches no file the gate reads: every cluster is unchanged by construction, and none was evaluated (scope: all evaluates the whole tree).'
    : `Evaluated what this change reaches, on both sides: ${listed}. Every other cluster${unchangedCount(plan)} is unchanged by construction and was not evaluated (scope: all evaluates the whole tree).`
}

/** The first note of a report whose change edits the gate's own configuration. */
function configChangeNote(change: ConfigChange): string {
  const what = change.changes.length > 0 ? change.changes.join('; ') : 'formatting only'
  return change.source !== 'head'
    ? `This change edits the gate's configuration (${change.file}: ${what}). config-source is base: the base commit's configuration decided this verdict; the edit applies once merged.`
    : `This change edits the gate's configuration (${change.file}: ${what}), and that edited configuration decided this verdict. Set config-source: base so that a change is judged by the configuration it is merged into.`
}

/**
 * What the EKS API says today over the embedded snapshot: its support calendar
 * (DescribeClusterVersions) and the add-on versions it offers; the report lists
 * the API among its knowledge sources.
 */
function withAwsFacts(
  knowledge: Knowledge,
  aws: { compatibility: AddonCompatibility; clusterVersions: readonly ClusterVersionRow[] },
  region: string,
  today: string,
): Knowledge {
  const withAddons =
    Object.keys(aws.compatibility).length === 0
      ? knowledge
      : mergeFacts(
          knowledge,
          { addonCompatibility: aws.compatibility },
          `EKS API DescribeAddonVersions (${region}, ${today})`,
        )
  if (aws.clusterVersions.length === 0) return withAddons
  const origin = `EKS API DescribeClusterVersions (${region}, ${today})`
  return mergeFacts(
    withAddons,
    clusterVersionFacts({ clusterVersions: aws.clusterVersions }, origin),
    origin,
  )
}

/** Reads the plan files named in the configuration (`FILE` or `ROOT_DIR=FILE`). */
function readTerraformPlans(
  entries: readonly string[],
  cwd: string,
  roots: readonly string[],
): { plans: TerraformPlan[]; problems: ReadProblem[] } {
  const plans: TerraformPlan[] = []
  const problems: ReadProblem[] = []
  for (const entry of entries) {
    const eq = entry.indexOf('=')
    const file = eq >= 0 ? entry.slice(eq + 1) : entry
    const root = eq >= 0 ? entry.slice(0, eq).replace(/\/$/, '') : undefined
    let text: string
    try {
      text = readContainedFile(file, cwd, roots, PLAN_LIMIT)
    } catch (error) {
      problems.push({
        at: { file, line: 1, column: 1 },
        message: `Could not read the plan file ${file}: ${(error as Error).message}`,
      })
      continue
    }
    const parsed = parseTerraformPlan(file, text, root)
    if (parsed.plan) plans.push(parsed.plan)
    if (parsed.problem) problems.push(parsed.problem)
  }
  return { plans, problems }
}

/** The embedded data with the user's knowledge files merged over it; a bad file stops the run (exit 2). */
async function withKnowledgeFiles(
  knowledge: Knowledge,
  files: readonly string[],
  read: (file: string) => string,
): Promise<Knowledge> {
  if (files.length === 0) return knowledge
  const { mergeKnowledgeFile } = await import('./knowledge/knowledge-file.js')
  return files.reduce((current, file) => {
    let text: string
    try {
      text = read(file)
    } catch (error) {
      throw new ConfigError(
        `Could not read the knowledge file ${file}: ${(error as Error).message}`,
      )
    }
    try {
      return mergeKnowledgeFile(current, file, text)
    } catch (error) {
      if (error instanceof KnowledgeFileError) throw new ConfigError(error.message)
      throw error
    }
  }, knowledge)
}

/** Every run without a kubeconfig skips this module entirely: it is loaded only when asked for. */
async function readLive(options: {
  kubeconfig: string
  context?: string
  allowExec?: boolean
}): Promise<{ views: LiveView[]; errors: string[] }> {
  try {
    const [{ readLiveCluster }, { liveView }] = await Promise.all([
      import('./live/kube.js'),
      import('./live/view.js'),
    ])
    return {
      views: [liveView(await readLiveCluster({ ...options, timeoutMs: LIVE_TIMEOUT_MS }))],
      errors: [],
    }
  } catch (error) {
    return { views: [], errors: [error instanceof Error ? error.message : String(error)] }
  }
}

/** AWS mode describes the clusters the head tree declares (by name), except those the kubeconfig already read. */
async function readAws(
  options: { region: string; endpoint?: string },
  inventory: Inventory,
  already: readonly LiveView[],
): Promise<{
  views: LiveView[]
  errors: string[]
  compatibility: AddonCompatibility
  clusterVersions: ClusterVersionRow[]
}> {
  const clusters = inventory.clusters
    .filter(
      (cluster) =>
        !cluster.name.includes(':') &&
        !cluster.name.includes('$') &&
        !already.some((view) => view.name === cluster.name),
    )
    .map((cluster) => ({
      name: cluster.name,
      ...(cluster.version.value && { version: formatKubeVersion(cluster.version.value) }),
    }))
  try {
    const { readEks } = await import('./live/aws.js')
    return await readEks({
      ...options,
      clusters,
      timeoutMs: LIVE_TIMEOUT_MS,
      deadlineMs: AWS_DEADLINE_MS,
    })
  } catch (error) {
    return {
      views: [],
      errors: [error instanceof Error ? error.message : String(error)],
      compatibility: {},
      clusterVersions: [],
    }
  }
}
