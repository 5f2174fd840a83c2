import { writeSync } from 'node:fs'

/**
 * Writes to a standard stream's file descriptor directly. process.stdout and
 * process.stderr load node:stream when first touched, 2–3 ms of a start that is
 * otherwise 25 ms; Node writes to files, pipes and terminals synchronously on
 * POSIX anyway, so the order and completeness of output are the same. A descriptor
 * someone made non-blocking (EAGAIN) gets the stream after all, for the rest; a
 * reader that went away (EPIPE, `| head`) gets nothing more.
 */
export function directWriter(fd: 1 | 2, stream: () => NodeJS.WriteStream): (text: string) => void {
  let fallback: NodeJS.WriteStream | undefined
  let closed = false
  return (text) => {
    if (closed) return
    if (fallback) {
      fallback.write(text)
      return
    }
    const bytes = Buffer.from(text)
    let offset = 0
    while (offset < bytes.length) {
      try {
        offset += writeSync(fd, bytes, offset)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'EAGAIN') {
          fallback = stream()
          fallback.write(bytes.subarray(offset))
          return
        }
        if (code === 'EPIPE') {
          closed = true
          return
        }
        throw error
      }
    }
  }
}
