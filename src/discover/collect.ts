import { statSync } from 'node:fs'
import type { BaseDescription, TreeInput } from './tree.js'
import type { PathFilter } from './filter.js'
import { collectCommitFiles, fetchCommit, gitTopLevel, resolveCommit } from './git.js'
import { collectWorkspaceFiles } from './workspace.js'

export type BaseSource =
  /** A git ref or SHA in the repository that holds the root. */
  | { readonly kind: 'git'; readonly ref: string; readonly fetchIfMissing: boolean }
  /** Another checkout of the same tree on disk. */
  | { readonly kind: 'dir'; readonly dir: string; readonly label?: string }

export interface CollectOptions {
  readonly root: string
  /** Prepended to every file name (the root's path inside the repository). */
  readonly prefix: string
  readonly filter: PathFilter
  readonly base?: BaseSource
}

export interface CollectedTrees {
  readonly head: TreeInput
  readonly base?: TreeInput & { readonly description: BaseDescription }
  readonly baseUnavailable?: string
}

/** The discover stage: the only part of a check that touches the disk and git. */
export function collectTrees(options: CollectOptions): CollectedTrees {
  const head = collectWorkspaceFiles(options.root, options.filter, {
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
  if (!gitTopLevel(options.root)) {
    return {
      head,
      baseUnavailable: `Could not compare with ${ref}: ${options.root} is not inside a git repository`,
    }
  }
  let commit = resolveCommit(options.root, ref)
  const fetched = !commit && options.base.fetchIfMissing
  if (fetched) {
    const fetched = fetchCommit(options.root, ref)
    if (!fetched.ok)
      return {
        head,
        baseUnavailable: `Could not fetch the base commit ${ref} from origin (${fetched.message})`,
      }
    // A SHA resolves directly; a branch name only exists as FETCH_HEAD after the fetch.
    commit = resolveCommit(options.root, ref) ?? resolveCommit(options.root, 'FETCH_HEAD')
  }
  if (!commit)
    return { head, baseUnavailable: `The base ${ref} is not a commit in this repository` }
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
    )
    return {
      head,
      base: { ...files, description: { ref, commit, ...(fetched && { fetched: true as const }) } },
    }
  } catch (error) {
    return {
      head,
      baseUnavailable: `Could not read the base commit ${ref}: ${(error as Error).message}`,
    }
  }
}
