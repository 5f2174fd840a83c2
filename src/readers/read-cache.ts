import type { SourceFile } from '../discover/source-file.js'

/**
 * Remembers what was read from each file, so that reading the base tree does not
 * parse again the files the head tree already parsed: in a pull request almost
 * every file is the same in both. A result is reused only for the same path with
 * the same text (what a git blob id identifies), so it is exactly what reading
 * again would give. Comparing the texts costs far less than hashing them, and it
 * works the same for a base read from git and a base directory on disk.
 */
export class ReadCache {
  private readonly entries = new Map<string, { readonly text: string; readonly value: unknown }>()
  /** How many reads were answered from the cache (for tests and the benchmark). */
  hits = 0

  /** `kind` names the reading (and anything besides the file that it depends on). */
  remember<T>(kind: string, file: SourceFile, read: () => T): T {
    const key = `${kind}\0${file.path}`
    const entry = this.entries.get(key)
    if (entry && entry.text === file.text) {
      this.hits++
      return entry.value as T
    }
    const value = read()
    this.entries.set(key, { text: file.text, value })
    return value
  }
}
