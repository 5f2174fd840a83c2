/** A file handed to the readers: already read, already decoded, path relative to the root. */
export interface SourceFile {
  /** Forward-slash path relative to the scanned root. */
  readonly path: string
  readonly text: string
}
