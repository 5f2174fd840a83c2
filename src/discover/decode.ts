import { hash } from '../model/digest.js'
import type { ReadProblem } from '../model/inventory.js'
import type { SourceFile } from './source-file.js'

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false })

/** Larger files are not configuration a person edits; reading them would only cost time. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024

/** A file (maybe with a problem worth knowing, like bytes that are not UTF-8), or why there is none. */
export type Decoded =
  { file: SourceFile; problem?: ReadProblem } | { file?: undefined; problem: ReadProblem }

/**
 * Turns raw bytes into a SourceFile, or a problem that says why not. Shared by
 * the workspace walk and the git base reader so both trees obey the same rules.
 */
export function decodeFile(path: string, bytes: Uint8Array, blob?: string): Decoded {
  const at = { file: path, line: 1, column: 1 }
  if (bytes.byteLength > MAX_FILE_BYTES) return { problem: tooLargeProblem(path, bytes.byteLength) }
  const head = bytes.subarray(0, 8000)
  if (head.includes(0))
    return { problem: { at, message: `Skipped ${path}: it looks like a binary file` } }
  let text: string
  let problem: ReadProblem | undefined
  try {
    text = strict.decode(bytes)
  } catch {
    // Latin-1 or a stray byte: read the rest, and say the replaced bytes may hide a version.
    text = lenient.decode(bytes)
    problem = {
      at,
      message: `${path} is not valid UTF-8: bytes that are not were read as \uFFFD, so a version written with them cannot be checked; save the file as UTF-8`,
    }
  }
  // CRLF is normalised so columns and raw scalar text never carry a stray \r.
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n')
  const file = blob ? { path, text, blob } : { path, text }
  return problem ? { file, problem } : { file }
}

/** The id git gives these bytes as a blob (`git hash-object`), to match files with a commit's tree. */
export function gitBlobId(bytes: Uint8Array): string {
  return hash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex')
}

export function tooLargeProblem(path: string, size: number): ReadProblem {
  const mib = (size / 1024 / 1024).toFixed(1)
  return {
    at: { file: path, line: 1, column: 1 },
    message: `Skipped ${path}: ${mib} MiB is over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit for a configuration file`,
  }
}
