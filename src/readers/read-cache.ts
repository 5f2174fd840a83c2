import type { SourceFile } from '../discover/source-file.js'

/**
 * Remembers what was read from each file, so that reading the base tree does not
 * parse again the files the head tree already parsed: in a pull request almost
 * every file is the same in both. A result is reused only for the same path with
 * the same text (what a git blob id identifies), so it is exactly what reading
 * again would give. Comparing the texts costs far less than hashing them, and it
 * works the same for a base read from git and a base directory on disk. A path
 * keeps its two latest texts: a changed file's head and base versions, which a
 * parse ahead (src/readers/terraform/load.ts) stores before either read asks.
 */
export class ReadCache {
  private readonly entries = new Map<
    string,
    Array<{ readonly text: string; readonly value: unknown }>
  >()
  /** How many reads were answered from the cache (for tests and the benchmark). */
  hits = 0

  /** `kind` names the reading (and anything besides the file that it depends on). */
  remember<T>(kind: string, file: SourceFile, read: () => T): T {
    const key = `${kind}\0${file.path}`
    const versions = this.entries.get(key)
    const entry = versions?.find((version) => version.text === file.text)
    if (entry) {
      this.hits++
      return entry.value as T
    }
    const value = read()
    const kept = { text: file.text, value }
    this.entries.set(key, versions ? [versions.at(-1)!, kept] : [kept])
    return value
  }
}
