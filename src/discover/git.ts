import type * as ChildProcess from 'node:child_process'
import { createRequire } from 'node:module'
import { lstatSync, realpathSync } from 'node:fs'
import path from 'node:path'
import type { ReadProblem } from '../model/inventory.js'
import { decodeFile, MAX_FILE_BYTES, tooLargeProblem } from './decode.js'
import { isCandidate, type PathFilter } from './filter.js'
import type { SourceFile } from './source-file.js'
import type { CollectedFiles } from './workspace.js'

// node:child_process is loaded when git is first run: a check without a git base,
// the one-file run most of all, starts without it.
const load = createRequire(import.meta.url)
let processes: typeof ChildProcess | undefined
const child = () => (processes ??= load('node:child_process') as typeof ChildProcess)
const execFileSync: typeof ChildProcess.execFileSync = ((
  ...args: Parameters<typeof ChildProcess.execFileSync>
) => child().execFileSync(...args)) as typeof ChildProcess.execFileSync
const spawnSync: typeof ChildProcess.spawnSync = ((
  ...args: Parameters<typeof ChildProcess.spawnSync>
) => child().spawnSync(...args)) as typeof ChildProcess.spawnSync
const spawn: typeof ChildProcess.spawn = ((...args: Parameters<typeof ChildProcess.spawn>) =>
  child().spawn(...args)) as typeof ChildProcess.spawn

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

/** git, run read-only; output as text. Throws with git's own message on failure. */
function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  })
}

export function gitTopLevel(dir: string): string | null {
  try {
    return git(dir, ['rev-parse', '--show-toplevel']).trim()
  } catch {
    return null
  }
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
  const namePrefix = prefix.replace(/\/+$/, '')
  const name = (full: string) => {
    const inRoot = !below
      ? full
      : full.startsWith(`${below}/`)
        ? full.slice(below.length + 1)
        : null
    if (inRoot === null) return full
    return namePrefix ? `${namePrefix}/${inRoot}` : inRoot
  }
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
  const object = `${commit}:${relative}`
  const probe = spawnSync('git', ['cat-file', '-s', object], { cwd: top, encoding: 'utf8' })
  if (probe.status !== 0) return { missing: true }
  if (Number(probe.stdout.trim()) > limit)
    return { error: `${relative} at the base commit is larger than ${limit} bytes` }
  const blob = spawnSync('git', ['cat-file', 'blob', object], { cwd: top, encoding: 'utf8' })
  if (blob.status !== 0) return { missing: true }
  return { text: blob.stdout }
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

/** `name` below `root` as the walk names it: `prefix` + its path below `root`. */
function walkName(prefix: string, name: string): string {
  const trimmed = prefix.replace(/\/+$/, '')
  return trimmed ? `${trimmed}/${name}` : name
}

/**
 * The tracked files under `root` that differ between `commit` and the working tree
 * (committed or not), named as the walk names them. From git's index: it costs the
 * change, not the repository.
 */
export async function changedSince(
  root: string,
  commit: string,
  prefix = '',
  /** Only what the commits since `commit` change (a CI checkout): no index refresh. */
  commitsOnly = false,
): Promise<string[]> {
  const { status, stdout } = await gitAsync(root, [
    'diff',
    '--name-only',
    '-z',
    '--no-renames',
    '--relative',
    commit,
    ...(commitsOnly ? ['HEAD'] : []),
    '--',
  ])
  if (status !== 0) throw new Error(`git diff against ${commit} failed`)
  return stdout
    .split('\0')
    .filter(Boolean)
    .map((name) => walkName(prefix, name))
}

/**
 * The untracked files under `root` (not ignored), named as the walk names them. Git
 * walks the whole tree for this, so it runs beside the evaluation, not before it.
 */
export async function untrackedFiles(root: string, prefix = ''): Promise<string[]> {
  const { stdout } = await gitAsync(root, [
    'ls-files',
    '--others',
    '--exclude-standard',
    '-z',
    '--',
    '.',
  ])
  return stdout
    .split('\0')
    .filter(Boolean)
    .map((name) => walkName(prefix, name))
}

/** git, without blocking the event loop: for the calls that read the whole tree. */
function gitAsync(cwd: string, args: string[]): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    const chunks: Buffer[] = []
    const errors: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => errors.push(chunk))
    child.on('error', reject)
    child.on('close', (status) =>
      status === 0 || status === 1
        ? resolve({ status, stdout: Buffer.concat(chunks).toString('utf8') })
        : reject(
            new Error(`git ${args[0]} failed: ${Buffer.concat(errors).toString('utf8').trim()}`),
          ),
    )
  })
}

/**
 * The local module sources (`source = "../modules/eks"`) of the Terraform under
 * `root` in the working tree, as [file, source] pairs, by one `git grep`.
 */
export async function localModuleSources(
  root: string,
  prefix = '',
): Promise<Array<[string, string]>> {
  const { stdout } = await gitAsync(root, [
    'grep',
    '-I',
    '-z',
    '-o',
    '-E',
    '"?source"?[[:space:]]*[=:][[:space:]]*"\\.\\.?/[^"]*"',
    '--',
    '*.tf',
    '*.tf.json',
    '*.hcl',
  ])
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [file, match] = line.split('\0') as [string, string]
      return [walkName(prefix, file), /"(\.\.?\/[^"]*)"$/.exec(match)![1]!]
    })
}

/**
 * A tracked file under `root`, outside `skip` (walk names), that contains one of
 * `needles` or has one as a directory name in its path: what could tie a file the
 * change did not touch to a cluster it affects. Reads the whole tree, so it runs
 * beside the evaluation.
 */
export async function mentionedOutside(
  root: string,
  needles: readonly string[],
  skip: readonly string[],
  prefix = '',
): Promise<string | undefined> {
  if (needles.length === 0) return undefined
  const trimmed = prefix.replace(/\/+$/, '')
  const below = (dir: string) => (trimmed ? dir.slice(trimmed.length + 1) : dir)
  const excludes = skip.map((dir) => `:(exclude,glob)${below(dir)}/**`)
  const kinds = ['*.yaml', '*.yml', '*.json', '*.tf', '*.hcl']
  const dirs = needles.filter((needle) => /^[\w.-]+$/.test(needle))
  const [content, paths] = await Promise.all([
    gitAsync(root, [
      'grep',
      '-I',
      '-l',
      '-F',
      ...needles.flatMap((n) => ['-e', n]),
      '--',
      ...kinds,
      ...excludes,
    ]),
    dirs.length === 0
      ? Promise.resolve({ stdout: '' })
      : gitAsync(root, [
          'ls-files',
          '-z',
          '--',
          ...dirs.map((n) => `:(glob)**/${n}/**`),
          ...excludes,
        ]),
  ])
  const hit = content.stdout.split('\n')[0] || paths.stdout.split('\0')[0]
  return hit ? walkName(prefix, hit) : undefined
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
  if (files.length === 0) return []
  const result = spawnSync('git', ['cat-file', '--batch'], {
    cwd: root,
    input: files.map((file) => `${commit}:./${file}`).join('\n') + '\n',
    maxBuffer: 1024 * 1024 * 1024,
  })
  if (result.status !== 0) return files.map(() => undefined)
  const out = result.stdout
  const texts: Array<string | undefined> = []
  let offset = 0
  for (let i = 0; i < files.length; i++) {
    const headerEnd = out.indexOf(0x0a, offset)
    const header = out.subarray(offset, headerEnd).toString('utf8')
    offset = headerEnd + 1
    const [, type, size] = header.split(' ')
    if (type !== 'blob') {
      texts.push(undefined)
      continue
    }
    texts.push(out.subarray(offset, offset + Number(size)).toString('utf8'))
    offset += Number(size) + 1
  }
  return texts
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
  const namePrefix = prefix.replace(/\/+$/, '')
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
          const inRoot = namePrefix ? dir.slice(namePrefix.length + 1) : dir
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
    const inRoot = below ? full.slice(below.length + 1) : full
    const rel = namePrefix ? `${namePrefix}/${inRoot}` : inRoot
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
  if (entries.length === 0) return []
  const input = entries.map((entry) => entry.object).join('\n') + '\n'
  const result = spawnSync('git', ['cat-file', '--batch'], {
    cwd,
    input,
    maxBuffer: 1024 * 1024 * 1024,
  })
  if (result.status !== 0)
    throw new Error(`git cat-file failed: ${result.stderr.toString().trim()}`)
  const out = result.stdout
  const blobs: Array<[TreeEntry, Buffer]> = []
  let offset = 0
  for (const entry of entries) {
    const headerEnd = out.indexOf(0x0a, offset)
    const header = out.subarray(offset, headerEnd).toString('utf8')
    const size = Number(header.split(' ')[2])
    if (!Number.isFinite(size))
      throw new Error(`git cat-file: unexpected answer "${header}" for ${entry.path}`)
    blobs.push([entry, out.subarray(headerEnd + 1, headerEnd + 1 + size)])
    offset = headerEnd + 1 + size + 1
  }
  return blobs
}
