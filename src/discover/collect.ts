import { statSync } from 'node:fs'
import path from 'node:path'
import type { BaseDescription, TreeInput } from './tree.js'
import type { PathFilter } from './filter.js'
import { collectCommitFiles, fetchCommit, gitTopLevel, renamedSince, resolveCommit } from './git.js'
import { unreadOnHead } from './unread.js'
import { belowPrefix } from './walk-name.js'
import { collectWorkspaceFiles } from './workspace.js'

export type BaseSource =
  /** A git ref or SHA in the repository that holds the root. */
  | {
      readonly kind: 'git'
      readonly ref: string
      readonly fetchIfMissing: boolean
      /** The commit, when the caller already resolved the ref (resolveGitBase). */
      readonly resolved?: ResolvedBase
    }
  /** Another checkout of the same tree on disk. */
  | { readonly kind: 'dir'; readonly dir: string; readonly label?: string }

export interface CollectOptions {
  readonly root: string
  /** Prepended to every file name (the root's path inside the repository). */
  readonly prefix: string
  readonly filter: PathFilter
  readonly base?: BaseSource
  /**
   * Only these directories (walk names) and their subtrees, on both sides: the units
   * a change affects (planScope). Needs a git base.
   */
  readonly only?: readonly string[]
}

export interface CollectedTrees {
  readonly head: TreeInput
  readonly base?: TreeInput & { readonly description: BaseDescription }
  readonly baseUnavailable?: string
}

export interface ResolvedBase {
  readonly commit: string
  /** The checkout lacked it (a shallow clone) and it was fetched from origin. */
  readonly fetched: boolean
}

/**
 * The commit a git base names, fetched from origin when allowed and missing; or
 * why there is none. Called early when the configuration comes from the base.
 */
export function resolveGitBase(
  root: string,
  base: { readonly ref: string; readonly fetchIfMissing: boolean },
): ResolvedBase | { readonly error: string } {
  const { ref } = base
  if (!gitTopLevel(root))
    return { error: `Could not compare with ${ref}: ${root} is not inside a git repository` }
  let commit = resolveCommit(root, ref)
  const fetched = !commit && base.fetchIfMissing
  if (fetched) {
    const result = fetchCommit(root, ref)
    if (!result.ok)
      return { error: `Could not fetch the base commit ${ref} from origin (${result.message})` }
    // A SHA resolves directly; a branch name only exists as FETCH_HEAD after the fetch.
    commit = resolveCommit(root, ref) ?? resolveCommit(root, 'FETCH_HEAD')
  }
  if (!commit) return { error: `The base ${ref} is not a commit in this repository` }
  return { commit, fetched }
}

/** The discover stage: the only part of a check that touches the disk and git. */
export function collectTrees(options: CollectOptions): CollectedTrees {
  const head = options.only
    ? collectDirectories(options, options.only)
    : collectWorkspaceFiles(options.root, options.filter, {
        prefix: options.prefix,
        blobIds: options.base?.kind === 'git',
      })
  if (!options.base) return { head }
  if (options.base.kind === 'dir') {
    const dir = options.base.dir
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
      return { head, baseUnavailable: `The base directory ${dir} does not exist` }
    }
    return {
      head,
      base: {
        ...collectWorkspaceFiles(dir, options.filter, { prefix: options.prefix }),
        description: { ref: options.base.label ?? dir },
      },
    }
  }

  const { ref } = options.base
  const resolved = options.base.resolved ?? resolveGitBase(options.root, options.base)
  if ('error' in resolved) return { head, baseUnavailable: resolved.error }
  const { commit, fetched } = resolved
  try {
    // A head file read with a problem (not UTF-8) is read again from git, so the base
    // has the same problem and the finding counts as existing, not new on every PR.
    const troubled = new Set(head.problems.map((problem) => problem.at.file))
    const files = collectCommitFiles(
      options.root,
      commit,
      options.filter,
      options.prefix,
      head.files.filter((file) => !troubled.has(file.path)),
      options.only,
    )
    return {
      head: withUnread(options, head, files.files, () =>
        renamedSince(options.root, commit, options.prefix),
      ),
      base: { ...files, description: { ref, commit, ...(fetched && { fetched: true as const }) } },
    }
  } catch (error) {
    return {
      head,
      baseUnavailable: `Could not read the base commit ${ref}: ${(error as Error).message}`,
    }
  }
}

function withUnread(
  options: CollectOptions,
  head: TreeInput,
  base: TreeInput['files'],
  renames: () => ReadonlyMap<string, string>,
): TreeInput {
  const unread = unreadOnHead({
    filter: options.filter,
    base,
    head: head.files,
    troubled: new Set(head.problems.map((problem) => problem.at.file)),
    renames,
  })
  return unread.length > 0 ? { ...head, unread } : head
}

/** The workspace files of some directories and their subtrees, each file once. */
function collectDirectories(options: CollectOptions, dirs: readonly string[]): TreeInput {
  // A directory below another in the list is walked with it, once.
  const outermost = dirs.filter(
    (dir) => !dirs.some((other) => other !== dir && dir.startsWith(`${other}/`)),
  )
  const files: TreeInput['files'][number][] = []
  const problems: TreeInput['problems'][number][] = []
  const hiddenSkipped: string[] = []
  for (const dir of new Set(outermost)) {
    const full = path.join(options.root, belowPrefix(options.prefix, dir))
    // A directory the change deleted is read from the base alone.
    if (!statSync(full, { throwIfNoEntry: false })?.isDirectory()) continue
    const found = collectWorkspaceFiles(full, options.filter, { prefix: dir, blobIds: true })
    files.push(...found.files)
    problems.push(...found.problems)
    hiddenSkipped.push(...found.hiddenSkipped)
  }
  return { files, problems, hiddenSkipped }
}
