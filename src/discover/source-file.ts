/** A file handed to the readers: already read, already decoded, path relative to the root. */
export interface SourceFile {
  /** Forward-slash path relative to the scanned root. */
  readonly path: string
  readonly text: string
  /**
   * The git blob id of the bytes the file was read from, when known: the base
   * reader takes a file whose blob is unchanged from the head tree as it is,
   * without asking git for its content again.
   */
  readonly blob?: string
}
