import path from 'node:path/posix'
import type { GateConfig } from './config/gate-config.js'
import {
  calledDirectory,
  dirOf,
  LOCAL_SOURCE,
  planScope,
  unchangedDeclarations,
  untraceable,
  type ModuleCall,
  type ScopePlan,
} from './discover/affected.js'
import type { BaseSource } from './discover/collect.js'
import { isCandidate, type PathFilter } from './discover/filter.js'
import { readCommitTexts } from './discover/git.js'
import { belowPrefix } from './discover/walk-name.js'
import {
  type GrepScope,
  changedSince,
  mentionedOutside,
  moduleGraph,
  untrackedFiles,
} from './discover/git-change.js'
import type { Inventory } from './model/inventory.js'

export type Scope = 'affected' | 'all'

export interface ScopeInput {
  readonly scope: Scope
  readonly root: string
  readonly prefix: string
  readonly filter: PathFilter
  readonly base?: BaseSource
  readonly config: GateConfig
  /** Something outside the tree decides findings too (a live cluster, AWS, a configuration edit). */
  readonly global?: string
  /**
   * commits: the change is what the commits since the base change (a CI checkout,
   * where files a step writes are build output); worktree: uncommitted and untracked
   * files count too (a developer's tree).
   */
  readonly change: ChangeSource
}

export type ChangeSource = 'commits' | 'worktree'

/**
 * Whether this check can judge only what the change affects, and what that is
 * (planScope over git's view of the change). Everything that can make a finding new
 * on a cluster the change does not touch — a setting, a target version, the live
 * cluster, a plan file, failing on existing findings — evaluates the whole tree.
 */
async function scopeOf(
  input: ScopeInput,
  git: GrepScope,
  /** Told the changed files as soon as they are known to be traceable. */
  traceable: (changed: readonly string[]) => void,
): Promise<ScopePlan> {
  const all = (why: string): ScopePlan => ({ kind: 'all', why })
  if (input.scope === 'all') return all('scope: all')
  const base = input.base
  if (base?.kind !== 'git' || !base.resolved) return all('there is no git base to compare with')
  const config = input.config
  if (input.global) return all(input.global)
  const setting = (
    [
      ['target-version', config.targetVersion !== undefined],
      ['fail-on-existing', config.failOnExisting],
      ['fail-on-empty', config.failOnEmpty],
      ['plan-json', config.planJson.length > 0],
      ['var-files', config.varFiles.length > 0],
      ['knowledge-file', config.knowledgeFiles.length > 0],
      ['assign', config.assign.length > 0],
    ] as const
  ).find(([, set]) => set)?.[0]
  if (setting) return all(`${setting} is set, which can change findings anywhere in the tree`)
  const commit = base.resolved.commit
  // The module graph is asked of git at once; it is needed only if the change is traceable.
  const graph = moduleGraph(git)
  graph.catch(() => undefined)
  const changed = await changedSince(input.root, commit, input.prefix, input.change === 'commits')
  const why = untraceable(changed, input.filter)
  if (why) return all(why)
  traceable(changed)
  const top = input.prefix.replace(/\/+$/, '')
  let found: Awaited<typeof graph>
  try {
    found = await graph
  } catch (error) {
    return all(`the module graph could not be read (${(error as Error).message})`)
  }
  const calls: ModuleCall[] = found.sources.map(([file, source]) => ({
    from: dirOf(file),
    to: calledDirectory(file, source),
  }))
  // A changed file's calls on the base too: the base side of its root needs those modules.
  const configuration = changed.filter((name) => /\.tf(\.json)?$/.test(name))
  const before = readCommitTexts(
    input.root,
    commit,
    configuration.map((file) => belowPrefix(input.prefix, file)),
  )
  configuration.forEach((file, index) => {
    for (const [, source] of before[index]?.matchAll(LOCAL_SOURCE) ?? [])
      calls.push({ from: dirOf(file), to: calledDirectory(file, source!) })
  })
  const plan = planScope({ changed, calls, filter: input.filter, top })
  return plan.kind === 'affected' ? { ...plan, declaring: found.declaring } : plan
}

/** The whole-tree questions of an affected-set check, asked while it evaluates. */
interface PendingChecks {
  readonly untracked: Promise<string[]>
  /** The directories read: the affected units and what supports them. */
  readonly read: readonly string[]
  /** Names searched for outside the affected directories. */
  readonly needles: ReadonlySet<string>
  /**
   * The first file outside the affected directories that names one, and the YAML
   * and JSON files that declare a cluster.
   */
  readonly mention: Promise<{ mention?: string; declaring: string[] }>
}

/** The search for the changed directories' names, asked as soon as the change is known. */
interface EarlySearch {
  readonly needles: ReadonlySet<string>
  readonly found: Promise<{ mentions: string[]; declaring: string[] }>
}

/**
 * Searches the tree for the names of the changed files' directories, and for cluster
 * declarations, before the plan is made: the slowest whole-tree question, so it runs
 * beside the module graph's grep. The affected directories hold these (and their
 * callers, searched for later if named differently); hits inside them are dropped
 * once they are known.
 */
function searchSoon(changed: readonly string[], filter: PathFilter, git: GrepScope): EarlySearch {
  const dirs = [...new Set(changed.filter((file) => isCandidate(file, filter)).map(dirOf))]
  const needles = new Set(dirs.map((dir) => path.basename(dir)))
  const found = mentionedOutside(git, [...needles], dirs, true)
  found.catch(() => undefined)
  return { needles, found }
}

/**
 * Starts the checks that read the whole tree (git, on the other core): untracked
 * files, and files outside the affected directories that name them.
 */
function startChecks(
  plan: Extract<ScopePlan, { kind: 'affected' }>,
  git: GrepScope,
  /** Already asked (untrackedSoon), so it overlapped the planning too. */
  untracked: Promise<string[]>,
  early: EarlySearch,
): PendingChecks {
  const needles = new Set(plan.units.map((dir) => path.basename(dir)))
  // Read by the check itself, so the searches for mentions leave them out.
  const read = [...plan.units, ...plan.support]
  const outside = (file: string) => !read.some((dir) => file.startsWith(`${dir}/`))
  const later = [...needles].filter((needle) => !early.needles.has(needle))
  const mention = Promise.all([early.found, mentionedOutside(git, later, read)]).then(
    ([first, second]) => {
      const mention = [...first.mentions, ...second.mentions].find(outside)
      return { ...(mention && { mention }), declaring: first.declaring }
    },
  )
  mention.catch(() => undefined)
  return { untracked, read, needles: new Set([...early.needles, ...needles]), mention }
}

/** The untracked files, asked of git at the start: the slowest question, asked first. */
function untrackedSoon(root: string, prefix: string): Promise<string[]> {
  const pending = untrackedFiles(root, prefix)
  // Not awaited when the plan is the whole tree; its failure then matters to no one.
  pending.catch(() => undefined)
  return pending
}

/**
 * Why the affected directories, once read, do not hold all that decides their
 * clusters' findings — so the whole tree must be read after all — or undefined.
 * A file they hold that serves no cluster of theirs for certain, a file elsewhere
 * that names one of their clusters or directories, Terraform that deploys files, an
 * untracked file: each can tie their clusters to what was not read.
 */
async function whyNotLocal(
  trees: readonly Inventory[],
  pending: PendingChecks,
  filter: PathFilter,
  git: GrepScope,
): Promise<string | undefined> {
  const untracked = (await pending.untracked).find((file) => isCandidate(file, filter))
  if (untracked) return `${untracked} is not tracked by git, so the change cannot be traced`
  for (const tree of trees) {
    const loose = tree.unassigned
    const undecided = [
      ...(loose?.components ?? []),
      ...(loose?.nodeGroups ?? []),
      ...(loose?.apis ?? []),
    ][0]
    if (undecided)
      return `${undecided.at.file} serves no cluster of the affected directories for certain`
    if (tree.ambiguous?.[0]) return `${tree.ambiguous[0].file} could serve several clusters`
    const deploying = tree.clusters.find((cluster) => (cluster.deploys?.length ?? 0) > 0)
    if (deploying) return `cluster ${deploying.name} deploys files of the repository`
  }
  const names = new Set<string>()
  for (const tree of trees) for (const cluster of tree.clusters) names.add(cluster.name)
  if ([...names, ...pending.needles].some((name) => /[${}]/.test(name) || name.length < 3))
    return 'a cluster name is a placeholder or too short to trace'
  const more = [...names].filter((name) => !pending.needles.has(name))
  const [first, second] = await Promise.all([
    pending.mention,
    mentionedOutside(git, more, pending.read),
  ])
  const mention = first.mention ?? second.mentions[0]
  return mention ? `${mention} names a cluster or directory the change affects` : undefined
}

/**
 * Reads what the change reaches (`read` with the directories), or the whole tree
 * (`read` with none) when it cannot be traced or what was read reaches further;
 * says which it was. The whole-tree questions to git run beside the first read.
 */
export async function readInScope<R extends { inventories: { head: Inventory; base?: Inventory } }>(
  input: ScopeInput,
  read: (only?: readonly string[]) => Promise<R>,
): Promise<{ plan: ScopePlan; read: R }> {
  const traced = input.scope !== 'all' && input.base?.kind === 'git'
  // Asked first, since it is the slowest; a checkout's change is its commits alone.
  const untracked = traced
    ? input.change === 'worktree'
      ? untrackedSoon(input.root, input.prefix)
      : Promise.resolve([])
    : undefined
  // The greps read the index for a checkout's commits, the files for a working tree.
  const git = { root: input.root, prefix: input.prefix, committed: input.change === 'commits' }
  let early: EarlySearch | undefined
  const plan = await scopeOf(input, git, (changed) => {
    early = searchSoon(changed, input.filter, git)
  })
  if (plan.kind !== 'affected' || !untracked || !early) return { plan, read: await read() }
  const pending = startChecks(plan, git, untracked, early)
  const partial = await read(pending.read)
  const { head, base } = partial.inventories
  const why = await whyNotLocal(base ? [head, base] : [head], pending, input.filter, git)
  if (why) return { plan: { kind: 'all', why }, read: await read() }
  // Where the clusters not read are declared, from the greps the plan and checks made.
  const unchanged = unchangedDeclarations({
    declarations: [...(plan.declaring ?? []), ...(await pending.mention).declaring],
    calls: plan.calls,
    evaluated: plan.units,
    filter: input.filter,
  })
  return { plan: { ...plan, unchanged }, read: partial }
}
