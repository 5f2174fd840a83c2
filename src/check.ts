import { readContainedFile } from './discover/contained-file.js'
import type { GateConfig } from './config/gate-config.js'
import { ConfigError } from './config/gate-config.js'
import { collectTrees, type BaseSource } from './discover/collect.js'
import { readTrees, runEngine } from './engine.js'
import type { AddonCompatibility, Knowledge } from './knowledge/index.js'
import { clusterVersionFacts, type ClusterVersionRow } from './knowledge/cluster-versions.js'
import { KnowledgeFileError, mergeFacts, mergeKnowledgeFile } from './knowledge/override.js'
import type { Inventory, ReadProblem } from './model/inventory.js'
import type { LiveView } from './model/live.js'
import { formatKubeVersion } from './model/version.js'
import { parseTerraformPlan, type TerraformPlan } from './readers/terraform/eks/terraform-plan.js'
import { loadHclParser } from './readers/terraform/hcl/loader.js'
import { isTerraformFile } from './readers/terraform/index.js'
import { buildReport, type Report } from './report/report.js'

/** An unreachable API server fails the live read within this, per request. */
const LIVE_TIMEOUT_MS = 10_000
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
}

/** One full check, shared by the CLI and the action: collect, run the pure engine, build the report. */
export async function runCheck(options: CheckOptions): Promise<Report> {
  const trees = collectTrees({
    root: options.root,
    prefix: options.prefix,
    filter: {
      include: options.config.include,
      exclude: options.config.exclude,
      hiddenDirectories: options.config.hiddenDirectories,
    },
    ...(options.base && { base: options.base }),
  })
  // A base that is not there would silently turn every existing finding into a new
  // one (a typo such as origin/mian, a clone without the commit): that is a broken
  // setup, exit 2, not a verdict.
  if (trees.baseUnavailable)
    throw new ConfigError(
      `${trees.baseUnavailable}. Compare with a branch, tag or SHA this repository has (git fetch it first${options.base?.kind === 'git' && !options.base.fetchIfMissing ? ', or add --fetch-base' : ''}), or leave the base out to check the tree alone.`,
    )
  const roots = options.fileRoots ?? [options.cwd]
  let knowledge = withKnowledgeFiles(
    options.knowledge,
    options.config.knowledgeFiles,
    options.cwd,
    roots,
  )
  const { plans: terraformPlans, problems: terraformPlanProblems } = readTerraformPlans(
    options.config.planJson,
    options.cwd,
    roots,
  )
  const needsHcl = [trees.head, trees.base].some((tree) => tree?.files.some(isTerraformFile))
  const hcl = needsHcl ? await loadHclParser() : undefined
  const input = {
    ...(hcl && { hcl }),
    terraformPlans,
    terraformPlanProblems,
    ...trees,
    config: options.config,
    knowledge,
    today: options.today,
  }
  const inventories = readTrees(input)
  const seconds = LIVE_TIMEOUT_MS / 1000
  if (options.live)
    options.progress?.(
      `reading the live cluster${options.live.context ? ` (context ${options.live.context})` : ''}; each request gives up after ${seconds} s`,
    )
  const kube = options.live ? await readLive(options.live) : undefined
  if (options.aws)
    options.progress?.(
      `asking the EKS API in ${options.aws.region} about the declared clusters; each call gives up after ${seconds} s and is retried once`,
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
  return buildReport(result, options.config, knowledge)
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
function withKnowledgeFiles(
  knowledge: Knowledge,
  files: readonly string[],
  cwd: string,
  roots: readonly string[],
): Knowledge {
  return files.reduce((current, file) => {
    let text: string
    try {
      text = readContainedFile(file, cwd, roots, KNOWLEDGE_LIMIT)
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
    return await readEks({ ...options, clusters, timeoutMs: LIVE_TIMEOUT_MS })
  } catch (error) {
    return {
      views: [],
      errors: [error instanceof Error ? error.message : String(error)],
      compatibility: {},
      clusterVersions: [],
    }
  }
}
