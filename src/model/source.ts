/** A place in the repository, 1-based, as GitHub annotations expect. */
export interface SourceRef {
  /** Path relative to the workspace root, with forward slashes. */
  readonly file: string
  readonly line: number
  readonly column: number
}

export function sourceRef(file: string, line: number, column = 1): SourceRef {
  return { file, line, column }
}

/**
 * Where a finding points that no file holds (a live read that failed before any
 * cluster matched, a cluster the head no longer has): reports say "no file" and
 * never invent a path.
 */
export const NOWHERE: SourceRef = { file: '', line: 0, column: 0 }
