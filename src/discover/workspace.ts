import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs'
import path from 'node:path'
import type { ReadProblem } from '../model/inventory.js'
import { decodeFile, gitBlobId, MAX_FILE_BYTES, tooLargeProblem } from './decode.js'
import { directoryVerdict, isCandidate, type PathFilter } from './filter.js'
import type { SourceFile } from './source-file.js'

export interface CollectedFiles {
  readonly files: SourceFile[]
  readonly problems: ReadProblem[]
  /** Hidden directories that were not read (see `hidden-directories`). */
  readonly hiddenSkipped: string[]
}

export interface WalkOptions {
  /** Prepended to every file name, so reports name paths from the repository root. */
  readonly prefix?: string
  /** Give each file its git blob id (needed only when a git base commit is read too). */
  readonly blobIds?: boolean
}

/**
 * Walks a directory on disk. Symlinks are followed only while they stay inside
 * the root (a link out of the workspace could read anything on the runner), and
 * each real directory is entered once so link loops end. File names are
 * `prefix` + the path below `root`, so reports can name paths from the
 * repository root while scanning only a part of it.
 */
export function collectWorkspaceFiles(
  root: string,
  filter: PathFilter,
  options: WalkOptions = {},
): CollectedFiles {
  const prefix = options.prefix ?? ''
  const realRoot = realpathSync.native(root)
  const files: SourceFile[] = []
  const problems: ReadProblem[] = []
  const hiddenSkipped: string[] = []
  const visited = new Set<string>()

  const inside = (real: string) => real === realRoot || real.startsWith(realRoot + path.sep)

  const walk = (dir: string, relDir: string) => {
    const realDir = realpathSync.native(dir)
    if (visited.has(realDir)) return
    visited.add(realDir)
    let entries: Dirent[]
    try {
      // Typed entries: no stat call for the thousands of files that are not candidates.
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
      )
    } catch (error) {
      problems.push({
        at: { file: relDir || '.', line: 1, column: 1 },
        message: `Could not list ${relDir || '.'}: ${(error as Error).message}`,
      })
      return
    }
    for (const entry of entries) {
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name
      try {
        visit(path.join(dir, entry.name), entry, rel)
      } catch (error) {
        // An entry that vanished or cannot be read costs that entry only.
        problems.push({
          at: { file: rel, line: 1, column: 1 },
          message: `Could not read ${rel}: ${(error as Error).message}`,
        })
      }
    }
  }

  const visit = (full: string, entry: Dirent, rel: string) => {
    let isDirectory = entry.isDirectory()
    let isFile = entry.isFile()
    if (entry.isSymbolicLink()) {
      let real: string
      try {
        real = realpathSync.native(full)
      } catch {
        if (isCandidate(rel, filter)) problems.push(linkProblem(rel, 'its target does not exist'))
        return
      }
      if (!inside(real)) {
        if (isCandidate(rel, filter) || statSafe(real)?.isDirectory())
          problems.push(linkProblem(rel, 'it points outside the workspace'))
        return
      }
      const target = statSync(real)
      isDirectory = target.isDirectory()
      isFile = target.isFile()
    }
    if (isDirectory) {
      const verdict = directoryVerdict(rel, filter)
      if (verdict === 'read') walk(full, rel)
      else if (verdict === 'hidden') hiddenSkipped.push(rel)
    } else if (isFile && isCandidate(rel, filter)) {
      // The size first: a 50 MB file is reported, never read into memory.
      const size = statSync(full).size
      if (size > MAX_FILE_BYTES) {
        problems.push(tooLargeProblem(rel, size))
        return
      }
      const bytes = readFileSync(full)
      const decoded = decodeFile(rel, bytes, options.blobIds ? gitBlobId(bytes) : undefined)
      if (decoded.file) files.push(decoded.file)
      if (decoded.problem) problems.push(decoded.problem)
    }
  }

  walk(root, prefix.replace(/\/+$/, ''))
  return { files, problems, hiddenSkipped }
}

function statSafe(target: string) {
  try {
    return statSync(target)
  } catch {
    return undefined
  }
}

function linkProblem(rel: string, why: string): ReadProblem {
  return {
    at: { file: rel, line: 1, column: 1 },
    message: `Did not follow the symlink ${rel}: ${why}`,
  }
}
