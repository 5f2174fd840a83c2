import type * as ChildProcess from 'node:child_process'
import { createRequire } from 'node:module'

// node:child_process is loaded when git is first run: a check without a git base,
// the one-file run most of all, starts without it.
const load = createRequire(import.meta.url)
let processes: typeof ChildProcess | undefined
const child = () => (processes ??= load('node:child_process') as typeof ChildProcess)
const execFileSync: typeof ChildProcess.execFileSync = ((
  ...args: Parameters<typeof ChildProcess.execFileSync>
) => child().execFileSync(...args)) as typeof ChildProcess.execFileSync
export const spawnSync: typeof ChildProcess.spawnSync = ((
  ...args: Parameters<typeof ChildProcess.spawnSync>
) => child().spawnSync(...args)) as typeof ChildProcess.spawnSync
const spawn: typeof ChildProcess.spawn = ((...args: Parameters<typeof ChildProcess.spawn>) =>
  child().spawn(...args)) as typeof ChildProcess.spawn

/** git, run read-only; output as text. Throws with git's own message on failure. */
export function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  })
}

/** git, without blocking the event loop: for the calls that read the whole tree. */
export function gitAsync(
  cwd: string,
  args: string[],
): Promise<{ status: number | null; stdout: string }> {
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
 * What `git cat-file --batch` answers for each request (an object id, or
 * `REV:PATH`), in order: the object's bytes, or undefined when git has no such
 * object or it is not a blob. One process, however many.
 */
export function catFileBatch(cwd: string, requests: readonly string[]): Array<Buffer | undefined> {
  if (requests.length === 0) return []
  const result = spawnSync('git', ['cat-file', '--batch'], {
    cwd,
    input: requests.join('\n') + '\n',
    maxBuffer: 1024 * 1024 * 1024,
  })
  if (result.status !== 0)
    throw new Error(`git cat-file failed: ${result.stderr.toString().trim()}`)
  const out = result.stdout
  const blobs: Array<Buffer | undefined> = []
  let offset = 0
  for (const request of requests) {
    const headerEnd = out.indexOf(0x0a, offset)
    const header = out.subarray(offset, headerEnd).toString('utf8')
    offset = headerEnd + 1
    // `<object> missing` or `<object> ambiguous` carry no content.
    const [, type, sizeText] = header.split(' ')
    const size = Number(sizeText)
    if (!Number.isFinite(size)) {
      if (type === 'missing' || type === 'ambiguous') {
        blobs.push(undefined)
        continue
      }
      throw new Error(`git cat-file: unexpected answer "${header}" for ${request}`)
    }
    blobs.push(type === 'blob' ? out.subarray(offset, offset + size) : undefined)
    offset += size + 1
  }
  return blobs
}
