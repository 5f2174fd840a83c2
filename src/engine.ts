import { runRules, pairClusters, type FixedFinding } from './rules/run-rules.js'
import type { GateConfig } from './config/gate-config.js'
import type { BaseDescription, TreeInput } from './discover/tree.js'
import type { Knowledge } from './knowledge/index.js'
import type { Finding } from './model/finding.js'
import { detectMoves, NO_MOVES, sameIdentity } from './model/identity.js'
import type { Inventory, ReadProblem } from './model/inventory.js'
import { resolved } from './model/declared.js'
import type { LiveContext, LiveView } from './model/live.js'
import {
  compareKubeVersions,
  formatKubeVersion,
  parseKubeVersion,
  type KubeVersion,
} from './model/version.js'
import { buildUpgradePlan, type UpgradePlan } from './plan/upgrade-plan.js'
import { skewRows, type SkewRow } from './plan/skew.js'
import { readInventory } from './readers/index.js'
import { ReadCache } from './readers/read-cache.js'
import type { TerraformReader } from './readers/terraform/load.js'
import { applyTerraformPlan, type TerraformPlan } from './readers/terraform/eks/terraform-plan.js'

/** Said when there is nothing to compare with; the CLI also says it first, on stderr. */
export const NO_BASE_NOTE = 'No base to compare with: every finding counts as new.'

export interface EngineInput {
  readonly head: TreeInput
  readonly base?: TreeInput & { readonly description: BaseDescription }
  /** Why a requested base could not be read; every finding then counts as new. */
  readonly baseUnavailable?: string
  readonly config: GateConfig
  readonly knowledge: Knowledge
  readonly today: string
  /** Loaded by the caller when either tree has Terraform files. */
  readonly terraform?: TerraformReader
  /** What was read already (Terraform parsed ahead, in parallel), shared by both trees. */
  readonly cache?: ReadCache
  /** `terraform show -json` plans: their before/after values win for the resources they cover. */
  readonly terraformPlans?: readonly TerraformPlan[]
  /** Plan files that could not be read. */
  readonly terraformPlanProblems?: readonly ReadProblem[]
  /** Live clusters (kubeconfig, AWS) when asked for: what they run, or why they could not be read. */
  readonly live?: { readonly views: readonly LiveView[]; readonly errors: readonly string[] }
  /** The trees hold only the directories a change affects (see planScope). */
  readonly partial?: boolean
}

export interface Transition {
  readonly cluster: string
  readonly name: string
  readonly from: string
  readonly to: string
  /** Where each part is on the base and the head, for the skew picture. */
  readonly skew: readonly SkewRow[]
}

export interface EngineResult {
  readonly head: Inventory
  readonly base?: Inventory
  readonly baseDescription?: BaseDescription
  readonly transitions: readonly Transition[]
  readonly findings: readonly Finding[]
  /** Findings of the base that the head no longer has. */
  readonly fixed: readonly FixedFinding[]
  readonly upgradePlans: readonly UpgradePlan[]
  readonly result: 'pass' | 'fail'
  readonly live?: LiveContext
  /** Things the reader of the report must know about the run itself. */
  readonly notes: readonly string[]
}

/** The head and base inventories, as the read stage models them. */
export interface ReadTrees {
  readonly head: Inventory
  readonly base?: Inventory
}

/** The read → model stage for both trees, plan values applied. Pure. */
export function readTrees(input: EngineInput): ReadTrees {
  const options = {
    varFiles: input.config.varFiles,
    assign: input.config.assign,
    ...(input.terraform && { terraform: input.terraform }),
    // The base read reuses what the head read parsed for every unchanged file.
    cache: input.cache ?? new ReadCache(),
    ...(input.partial && { partial: true }),
  }
  let head = readInventory(
    input.head.files,
    [...input.head.problems, ...(input.terraformPlanProblems ?? [])],
    options,
  )
  if (input.head.unread) head = { ...head, unread: input.head.unread }
  let base = input.base ? readInventory(input.base.files, input.base.problems, options) : undefined
  for (const plan of input.terraformPlans ?? [])
    ({ head, base } = applyTerraformPlan(head, base, plan))
  return base ? { head, base } : { head }
}

/**
 * read → model → rules → plan for the head tree and, when given, the base tree.
 * Pure. A caller that needed the inventories first (AWS mode asks the EKS API
 * about the declared clusters) hands them back in, so nothing is read twice.
 */
export function runEngine(input: EngineInput, trees: ReadTrees = readTrees(input)): EngineResult {
  const { head, base } = trees
  const sources = new Map(input.head.files.map((file) => [file.path, file.text]))

  const live: LiveContext | undefined = input.live
    ? {
        clusters: input.live.views.map((view) => ({
          view,
          ...matchLive(head, view, input.config.liveCluster),
        })),
        errors: input.live.errors,
      }
    : undefined
  // target-version: judge the clusters as if they were at the target, against
  // what the tree declares now ("what would break if we went to 1.33?").
  const target = input.config.targetVersion ? parseKubeVersion(input.config.targetVersion) : null
  const judged = target ? { head: atTarget(head, target), base: head } : { head, base }
  const moves =
    base && !target
      ? detectMoves(input.base?.files ?? [], input.head.files, head.moved ?? [])
      : NO_MOVES
  const { findings, fixed, untrustedSuppressions } = runRules({
    sources,
    ...(input.base && {
      baseSources: new Map(input.base.files.map((file) => [file.path, file.text])),
    }),
    moves,
    head: judged.head,
    ...(judged.base && { base: judged.base }),
    knowledge: input.knowledge,
    config: input.config,
    today: input.today,
    ...(target && { targetVersion: target }),
    ...(live && { live }),
  })

  const transitions: Transition[] = []
  const upgradePlans: UpgradePlan[] = []
  for (const { head: cluster, base: before } of pairClusters(judged.head, judged.base, moves)) {
    // The plan starts from what runs, when the live cluster says so.
    const liveVersion =
      live?.clusters.find((c) => c.clusterId === cluster.id)?.view.version ?? undefined
    const from = liveVersion ?? before?.version.value
    const to = cluster.version.value
    if (!from || !to || compareKubeVersions(from, to) === 0) continue
    transitions.push({
      cluster: cluster.id,
      name: cluster.name,
      from: formatKubeVersion(from),
      to: formatKubeVersion(to),
      skew: skewRows(cluster, before),
    })
    const plan = buildUpgradePlan(cluster, from, to, findings, input.knowledge)
    if (plan) upgradePlans.push(plan)
  }

  const notes: string[] = []
  // Finding nothing is not a pass in silence: a mistyped path looks exactly like it.
  const empty =
    !input.partial &&
    head.clusters.length === 0 &&
    (head.unassigned?.components.length ?? 0) === 0 &&
    (head.unassigned?.nodeGroups.length ?? 0) === 0
  if (empty)
    notes.push(
      `Nothing EKS-related was found in the ${head.filesScanned} ${head.filesScanned === 1 ? 'file' : 'files'} scanned: no cluster, node group or component. Check the path${input.config.failOnEmpty ? '' : ', or set fail-on-empty to fail the check when this happens'}.`,
    )
  if (untrustedSuppressions) {
    const listed = untrustedSuppressions
      .slice(0, 5)
      .map((at) => `${at.file}:${at.line}`)
      .join(', ')
    const more =
      untrustedSuppressions.length > 5 ? ` and ${untrustedSuppressions.length - 5} more` : ''
    notes.push(
      `Inline suppressions this change adds do not count yet (config-source: base): ${listed}${more}. They take effect once merged; to accept a finding now, add an ignore entry in a change of its own.`,
    )
  }
  if (input.baseUnavailable) notes.push(`${input.baseUnavailable}; every finding counts as new.`)
  if (input.base?.description.fetched)
    notes.push(
      `The base commit ${input.base.description.commit?.slice(0, 12) ?? input.base.description.ref} was not in this checkout (a shallow clone) and was fetched from origin.`,
    )
  if (!base && !input.baseUnavailable && !target) notes.push(NO_BASE_NOTE)
  const hidden = input.head.hiddenSkipped ?? []
  if (hidden.length > 0) {
    const listed =
      hidden.slice(0, 10).join(', ') + (hidden.length > 10 ? ` and ${hidden.length - 10} more` : '')
    notes.push(
      `Hidden directories were not read: ${listed}. List the real ones under hidden-directories in the configuration file.`,
    )
  }
  if (target) {
    notes.push(
      `target-version ${formatKubeVersion(target)}: findings show what would break at that version, compared with what the tree declares now.`,
    )
  }
  if (!input.base && base)
    notes.push(
      'The base is the "before" state of the plan: findings it already has count as existing.',
    )

  return {
    head,
    ...(base && { base }),
    ...(input.base && { baseDescription: input.base.description }),
    ...(live && { live }),
    transitions,
    findings,
    fixed,
    upgradePlans,
    result:
      findings.some((finding) => finding.blocking) || (empty && input.config.failOnEmpty)
        ? 'fail'
        : 'pass',
    notes,
  }
}

/**
 * The inventory as it would be at the target: every cluster below it moved
 * there (pointing at the line to edit), node groups that follow the control
 * plane moved along, pinned node groups and add-ons left as they are.
 */
function atTarget(inventory: Inventory, target: KubeVersion): Inventory {
  return {
    ...inventory,
    clusters: inventory.clusters.map((cluster) => {
      const current = cluster.version.value
      if (
        !current ||
        cluster.version.status !== 'resolved' ||
        compareKubeVersions(current, target) >= 0
      )
        return cluster
      return {
        ...cluster,
        version: {
          ...resolved(target, cluster.version.at, cluster.version.via),
          note: 'target-version',
        },
        nodeGroups: cluster.nodeGroups.map((group) =>
          group.version.status === 'unspecified' && group.version.value
            ? { ...group, version: { ...group.version, value: target } }
            : group,
        ),
      }
    }),
  }
}

/** Which declared cluster the live one is: named in the configuration, by EKS identity, or the only one. */
function matchLive(
  inventory: Inventory,
  view: LiveView | undefined,
  configured: string | undefined,
): { clusterId?: string } {
  if (!view) return {}
  const clusters = inventory.clusters
  const byConfig = configured
    ? clusters.find((c) => c.id === configured || c.name === configured)
    : undefined
  const byName = clusters.filter((c) => sameIdentity(c, view))
  const match =
    byConfig ?? (byName.length === 1 ? byName[0] : clusters.length === 1 ? clusters[0] : undefined)
  return match ? { clusterId: match.id } : {}
}
