import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import type { ReadProblem } from '../model/inventory.js'
import { decodeFile, MAX_FILE_BYTES, tooLargeProblem } from './decode.js'
import { directoryVerdict, isCandidate, type PathFilter } from './filter.js'
import type { SourceFile } from './source-file.js'

export interface CollectedFiles {
  readonly files: SourceFile[]
  readonly problems: ReadProblem[]
  /** Hidden directories that were not read (see `hidden-directories`). */
  readonly hiddenSkipped: string[]
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
  prefix = '',
): CollectedFiles {
  const realRoot = realpathSync(root)
  const files: SourceFile[] = []
  const problems: ReadProblem[] = []
  const hiddenSkipped: string[] = []
  const visited = new Set<string>()

  const inside = (real: string) => real === realRoot || real.startsWith(realRoot + path.sep)

  const walk = (dir: string, relDir: string) => {
    const realDir = realpathSync(dir)
    if (visited.has(realDir)) return
    visited.add(realDir)
    let entries: string[]
    try {
      entries = readdirSync(dir).sort()
    } catch (error) {
      problems.push({
        at: { file: relDir || '.', line: 1, column: 1 },
        message: `Could not list ${relDir || '.'}: ${(error as Error).message}`,
      })
      return
    }
    for (const name of entries) {
      const rel = relDir ? `${relDir}/${name}` : name
      try {
        visit(path.join(dir, name), name, rel)
      } catch (error) {
        // An entry that vanished or cannot be read costs that entry only.
        problems.push({
          at: { file: rel, line: 1, column: 1 },
          message: `Could not read ${rel}: ${(error as Error).message}`,
        })
      }
    }
  }

  const visit = (full: string, name: string, rel: string) => {
    let stat = lstatSync(full)
    if (stat.isSymbolicLink()) {
      let real: string
      try {
        real = realpathSync(full)
      } catch {
        if (isCandidate(rel, filter)) problems.push(linkProblem(rel, 'its target does not exist'))
        return
      }
      if (!inside(real)) {
        if (isCandidate(rel, filter) || statSafe(real)?.isDirectory())
          problems.push(linkProblem(rel, 'it points outside the workspace'))
        return
      }
      stat = statSync(real)
    }
    if (stat.isDirectory()) {
      const verdict = directoryVerdict(name, filter)
      if (verdict === 'read') walk(full, rel)
      else if (verdict === 'hidden') hiddenSkipped.push(rel)
    } else if (stat.isFile() && isCandidate(rel, filter)) {
      if (stat.size > MAX_FILE_BYTES) {
        problems.push(tooLargeProblem(rel, stat.size))
        return
      }
      const decoded = decodeFile(rel, readFileSync(full))
      if (decoded.file) files.push(decoded.file)
      else problems.push(decoded.problem)
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
