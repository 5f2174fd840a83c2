import type { ReadProblem, UnreadFile } from '../model/inventory.js'
import type { SourceFile } from './source-file.js'

/** The files of one tree as the discover stage collected them. */
export interface TreeInput {
  readonly files: readonly SourceFile[]
  readonly problems: readonly ReadProblem[]
  /** Hidden directories the walk did not enter, to say so in the report. */
  readonly hiddenSkipped?: readonly string[]
  /** Files the base read that this tree keeps where the gate does not read them. */
  readonly unread?: readonly UnreadFile[]
}

export interface BaseDescription {
  /** What the user asked for: a ref, a SHA or a directory. */
  readonly ref: string
  /** The resolved commit, when the base came from git. */
  readonly commit?: string
  /** The checkout lacked the commit (a shallow clone) and it was fetched from origin. */
  readonly fetched?: true
}
