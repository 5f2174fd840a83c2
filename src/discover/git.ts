import { lstatSync, realpathSync } from 'node:fs'
import path from 'node:path'
import type { ReadProblem } from '../model/inventory.js'
import { decodeFile, MAX_FILE_BYTES, tooLargeProblem } from './decode.js'
import { catFileBatch, git, spawnSync } from './git-process.js'
import { belowPrefix, walkName } from './walk-name.js'
import { isCandidate, type PathFilter } from './filter.js'
import type { SourceFile } from './source-file.js'
import type { CollectedFiles } from './workspace.js'

/**
 * The working tree's top directory, found as git finds it (the nearest directory
 * above with a `.git` entry, a directory or a worktree's file) without running git.
 */
export function repositoryTop(dir: string): string | null {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (lstatSync(path.join(current, '.git'), { throwIfNoEntry: false })) return current
    if (path.dirname(current) === current) return null
  }
}

// Asked by several readers of one run (the base tree, the renames, the configuration
// at the base); a process runs git once per directory for it.
const topLevels = new Map<string, string | null>()

export function gitTopLevel(dir: string): string | null {
  const known = topLevels.get(dir)
  if (known !== undefined) return known
  let top: string | null
  try {
    top = git(dir, ['rev-parse', '--show-toplevel']).trim()
  } catch {
    top = null
  }
  topLevels.set(dir, top)
  return top
}

/** The commit a ref names, or null when the repository does not have it. */
export function resolveCommit(dir: string, ref: string): string | null {
  // A ref is never an option: `--output=…` or `--upload-pack=…` would be one to git.
  if (ref.startsWith('-')) return null
  try {
    return git(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim() || null
  } catch {
    return null
  }
}

/**
 * Fetches one commit from `origin`. actions/checkout clones with depth 1, so
 * the PR's base commit is usually missing; one shallow fetch is enough because
 * we read a tree, not history.
 */
export function fetchCommit(
  dir: string,
  sha: string,
): { ok: true } | { ok: false; message: string } {
  if (sha.startsWith('-'))
    return { ok: false, message: `"${sha}" is not a commit or ref (it would be read as an option)` }
  const result = spawnSync('git', ['fetch', '--no-tags', '--depth=1', 'origin', sha], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
  })
  if (result.status === 0) return { ok: true }
  const detail = (result.stderr || result.error?.message || 'unknown error')
    .trim()
    .split('\n')
    .pop()
  return { ok: false, message: detail ?? 'unknown error' }
}

/**
 * Base name → head name of the files git sees renamed between `commit` and the
 * working tree under `root`, named like the walk names them (`prefix` + path below
 * `root`). A rename out of `root` is named by its path from the repository top.
 */
export function renamedSince(
  root: string,
  commit: string,
  prefix = '',
): ReadonlyMap<string, string> {
  const top = gitTopLevel(root)
  if (!top) return new Map()
  const below = path.relative(realpathSync(top), realpathSync(root)).split(path.sep).join('/')
  // A rename out of `root` keeps its path from the repository top.
  const name = (full: string) =>
    !below
      ? walkName(prefix, full)
      : full.startsWith(`${below}/`)
        ? walkName(prefix, full.slice(below.length + 1))
        : full
  let out: string
  try {
    out = git(top, ['diff', '-M', '--name-status', '-z', '--diff-filter=R', commit, '--'])
  } catch {
    // Without renames, a hidden move is still reported, as the cluster being gone.
    return new Map()
  }
  const fields = out.split('\0')
  const renames = new Map<string, string>()
  // -z: `R<score>`, old path, new path, each NUL-terminated.
  for (let i = 0; i + 2 < fields.length; i += 3) {
    if (fields[i]!.startsWith('R')) renames.set(name(fields[i + 1]!), name(fields[i + 2]!))
  }
  return renames
}

/**
 * The text of `file` (a path on disk inside the repository) as it was at `commit`,
 * or null when the commit has no such file. Refuses what is not a file of the
 * repository or is larger than `limit` bytes, saying why.
 */
export function readCommitFile(
  repository: string,
  file: string,
  commit: string,
  limit: number,
): { text: string } | { missing: true } | { error: string } {
  const top = gitTopLevel(repository)
  if (!top) return { error: `${repository} is not inside a git repository` }
  const relative = path.relative(realpathSync(top), realPath(file)).split(path.sep).join('/')
  if (relative.startsWith('..')) return { error: `${file} is not inside the repository` }
  const [bytes] = catFileBatch(top, [`${commit}:${relative}`])
  if (!bytes) return { missing: true }
  if (bytes.byteLength > limit)
    return { error: `${relative} at the base commit is larger than ${limit} bytes` }
  return { text: bytes.toString('utf8') }
}

/** A path with its existing part resolved, as git names the top level: the file may exist only at the base. */
function realPath(file: string): string {
  const absolute = path.resolve(file)
  const parent = path.dirname(absolute)
  if (parent === absolute) return absolute
  try {
    return realpathSync(absolute)
  } catch {
    return path.join(realPath(parent), path.basename(absolute))
  }
}

/**
 * The texts of some files (paths below `root`) at `commit`, in order; undefined for
 * one the commit does not have. One `git cat-file --batch`, however many.
 */
export function readCommitTexts(
  root: string,
  commit: string,
  files: readonly string[],
): Array<string | undefined> {
  return catFileBatch(
    root,
    files.map((file) => `${commit}:./${file}`),
  ).map((bytes) => bytes?.toString('utf8'))
}

interface TreeEntry {
  readonly mode: string
  readonly type: string
  readonly object: string
  readonly size: number
  readonly path: string
}

/**
 * Reads the candidate files under `root` as they were at `commit`, straight
 * from the object database: no second checkout, one `git cat-file --batch`.
 * Paths are named like the workspace walk's: `prefix` + the path below `root`.
 */
export function collectCommitFiles(
  root: string,
  commit: string,
  filter: PathFilter,
  prefix = '',
  /** The head tree's files: one whose blob id matches is taken as is, not read again. */
  known: readonly SourceFile[] = [],
  /** Only these directories (walk names) and what is below them. */
  only?: readonly string[],
): CollectedFiles {
  if (only?.length === 0) return { files: [], problems: [], hiddenSkipped: [] }
  const unchanged = new Map(known.filter((f) => f.blob).map((f) => [`${f.path}\0${f.blob}`, f]))
  const top = gitTopLevel(root)
  if (!top) throw new Error(`${root} is not inside a git repository`)
  const below = path.relative(realpathSync(top), realpathSync(root)).split(path.sep).join('/')
  const listing = git(top, [
    'ls-tree',
    '-r',
    '-z',
    '--long',
    '--full-tree',
    commit,
    '--',
    ...(only
      ? only.map((dir) => {
          const inRoot = belowPrefix(prefix, dir)
          return below ? `${below}/${inRoot}` : inRoot
        })
      : [below || '.']),
  ])
  const files = []
  const problems: ReadProblem[] = []
  const wanted: TreeEntry[] = []
  for (const record of listing.split('\0')) {
    if (!record) continue
    const tab = record.indexOf('\t')
    const [mode, type, object, size] = record.slice(0, tab).split(/\s+/)
    const full = record.slice(tab + 1)
    const rel = walkName(prefix, below ? full.slice(below.length + 1) : full)
    if (!isCandidate(rel, filter)) continue
    if (mode === '120000') {
      // A link's target may not exist at that commit; the head walk reports links.
      problems.push({
        at: { file: rel, line: 1, column: 1 },
        message: `Did not follow the symlink ${rel} in the base commit`,
      })
      continue
    }
    if (type !== 'blob') continue
    const entry = { mode: mode!, type, object: object!, size: Number(size), path: rel }
    const same = unchanged.get(`${rel}\0${entry.object}`)
    if (same) files.push(same)
    else if (entry.size > MAX_FILE_BYTES) problems.push(tooLargeProblem(rel, entry.size))
    else wanted.push(entry)
  }
  for (const [entry, bytes] of readBlobs(top, wanted)) {
    const decoded = decodeFile(entry.path, bytes, entry.object)
    if (decoded.file) files.push(decoded.file)
    if (decoded.problem) problems.push(decoded.problem)
  }
  return { files, problems, hiddenSkipped: [] }
}

function readBlobs(cwd: string, entries: readonly TreeEntry[]): Array<[TreeEntry, Buffer]> {
  const blobs = catFileBatch(
    cwd,
    entries.map((entry) => entry.object),
  )
  return entries.map((entry, i) => [entry, blobs[i] ?? Buffer.alloc(0)])
}
