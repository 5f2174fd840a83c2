import type { UnreadFile } from '../model/inventory.js'
import { whyNotRead, type PathFilter } from './filter.js'
import type { SourceFile } from './source-file.js'

export interface UnreadInput {
  readonly filter: PathFilter
  readonly base: readonly SourceFile[]
  readonly head: readonly SourceFile[]
  /** Paths the head could not read: they are reported as problems already. */
  readonly troubled: ReadonlySet<string>
  /** Base name → head name for the files git saw renamed; asked only when needed. */
  readonly renames: () => ReadonlyMap<string, string>
}

/**
 * The base files the head still has where the gate does not read them: renamed
 * to `main.tf.orig`, into a hidden directory, to a name without an extension. A pull request that hides a cluster this way
 * must not pass because the gate stopped looking.
 */
export function unreadOnHead(input: UnreadInput): UnreadFile[] {
  const read = new Set(input.head.map((file) => file.path))
  const gone = input.base.filter((file) => !read.has(file.path) && !input.troubled.has(file.path))
  if (gone.length === 0) return []
  const renames = input.renames()
  const unread: UnreadFile[] = []
  for (const file of gone) {
    const now = renames.get(file.path)
    const reason = now === undefined ? null : whyNotRead(now, input.filter)
    if (now !== undefined && reason) unread.push({ file: file.path, now, reason })
  }
  return unread
}
