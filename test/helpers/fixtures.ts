import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { SourceFile } from '../../src/discover/source-file.js'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const FIXTURES = path.join(REPO_ROOT, 'fixtures')

/** A fixture file as the readers receive it, named by its path under fixtures/. */
export function fixtureFile(relative: string): SourceFile {
  return { path: relative, text: readFileSync(path.join(FIXTURES, relative), 'utf8') }
}

/** The 1-based line of the first line of `file` containing `needle` (so tests do not hard-code numbers). */
export function lineOf(file: SourceFile, needle: string, occurrence = 1): number {
  const lines = file.text.split('\n')
  let seen = 0
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.includes(needle) && ++seen === occurrence) return i + 1
  }
  throw new Error(`"${needle}" not found in ${file.path}`)
}
