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
