import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs'
import path from 'node:path'

/** A file the settings name could not be read; the message says why, never what it holds. */
export class ContainedFileError extends Error {
  override name = 'ContainedFileError'
}

/**
 * Reads a file that a setting names (plan-json, knowledge-file): only a regular
 * file, only below one of `roots` after symlinks are resolved, and only up to
 * `maxBytes`. The configuration file comes from the pull request, so without this
 * `/etc/passwd` could be quoted into a public comment, `/dev/zero` could fill the
 * memory and a FIFO could hang the job.
 */
export function readContainedFile(
  file: string,
  cwd: string,
  roots: readonly string[],
  maxBytes: number,
): string {
  const resolved = path.resolve(cwd, file)
  let real: string
  try {
    real = realpathSync(resolved)
  } catch {
    throw new ContainedFileError(`${file} does not exist`)
  }
  const inside = roots.some((root) => {
    let base: string
    try {
      base = realpathSync(root)
    } catch {
      return false
    }
    return real === base || real.startsWith(base + path.sep)
  })
  if (!inside)
    throw new ContainedFileError(
      `${file} is outside the repository${roots.length > 1 ? ' and the runner temp directory' : ''}; name a file inside it`,
    )
  // Opened before checking what it is, so it cannot be swapped in between, and
  // without blocking: opening a FIFO for reading would wait for a writer forever.
  const fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) throw new ContainedFileError(`${file} is not a regular file`)
    if (stat.size > maxBytes)
      throw new ContainedFileError(
        `${file} is ${Math.round(stat.size / 1_048_576)} MiB, over the ${Math.round(maxBytes / 1_048_576)} MiB limit`,
      )
    const buffer = Buffer.alloc(stat.size)
    let read = 0
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read)
      if (n === 0) break
      read += n
    }
    return buffer.subarray(0, read).toString('utf8')
  } finally {
    closeSync(fd)
  }
}
