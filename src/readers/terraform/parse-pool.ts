import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import type { SourceFile } from '../../discover/source-file.js'
import type { HclFile } from './hcl/ast.js'
import type { HclParser } from './hcl/parse.js'
import { parseTerraformFile } from './parse-file.js'

/**
 * Below this many files the threads are not started unless asked for (--jobs): a
 * thread's start-up (its own bundle and tree-sitter) and the trees' way back cost
 * what it saves. Measured on 2 cores: no gain at 1,200 or 6,000 files, 20% of parsing
 * at 12,000.
 */
const POOL_THRESHOLD = 8_000
/** Threads by default, the main one included: one per core, at most four. */
const MAX_THREADS = 4
/** Files per claim: few messages, and batches small enough to share the tail. */
const BATCH = 32

/** What a parse thread is given once: every file, and the counter all threads claim batches from. */
export interface ParseJob {
  readonly files: readonly SourceFile[]
  readonly next: SharedArrayBuffer
  readonly batch: number
}

export type ParsedBatch = { readonly start: number; readonly parsed: HclFile[] }

/**
 * The parse thread's script, beside the bundle's entry points (dist/parse-worker.js;
 * the chunks are in dist/chunks/). Run from sources there is none, and every file is
 * parsed on the main thread, as with --jobs 1.
 */
function workerScript(): URL | undefined {
  const script = new URL('../parse-worker.js', import.meta.url)
  return import.meta.url.endsWith('.js') && existsSync(script) ? script : undefined
}

/**
 * Parses the files on `threads` threads, the main one included. Every thread claims
 * the next batch from one shared counter when it is done with the last, so the
 * threads never wait for each other; with threads, the main thread first does
 * `meanwhile` (the reading that needs no parse) and then joins. The result is in
 * the order of `files` whichever thread parsed what, so reports stay the same byte
 * for byte. A file a failed thread claimed but never returned is parsed on the main
 * thread.
 */
export async function parseInPool(
  files: readonly SourceFile[],
  parser: HclParser,
  /** Threads, the main one included; undefined: the default (one per core, large trees only). */
  threads: number | undefined,
  meanwhile: () => void = () => {},
): Promise<{
  readonly parsed: HclFile[]
  readonly threads: number
  /** Threads that stopped before the files ran out; the main thread parsed what they held. */
  readonly failed: number
}> {
  const results = new Array<HclFile | undefined>(files.length)
  const script = workerScript()
  const wanted =
    threads ?? (files.length >= POOL_THRESHOLD ? Math.min(availableParallelism(), MAX_THREADS) : 1)
  // Fewer files than a batch per thread keep the main thread to itself.
  const helpers = script && files.length >= 2 * BATCH ? wanted - 1 : 0
  const next = new Int32Array(new SharedArrayBuffer(4))
  const finished: Array<Promise<void>> = []
  let failed = 0
  if (helpers > 0) {
    const { Worker } = await import('node:worker_threads')
    const job: ParseJob = { files, next: next.buffer as SharedArrayBuffer, batch: BATCH }
    for (let index = 0; index < helpers; index++) {
      const worker = new Worker(script!)
      finished.push(
        new Promise<void>((resolve) => {
          let settled = false
          const settle = (done: boolean) => {
            if (settled) return
            settled = true
            if (!done) failed++
            resolve()
          }
          worker.on('message', (message: ParsedBatch | { done: true }) => {
            if ('done' in message) {
              void worker.terminate()
              settle(true)
            } else message.parsed.forEach((hcl, i) => (results[message.start + i] = hcl))
          })
          // What it claimed and never sent back is a hole the main thread fills.
          worker.once('error', () => settle(false))
          worker.once('exit', () => settle(false))
          worker.postMessage(job)
        }),
      )
    }
  }
  // Alone, the main thread reads those files when the inventory asks, not twice.
  if (helpers > 0) meanwhile()
  for (;;) {
    const start = Atomics.add(next, 0, BATCH)
    if (start >= files.length) break
    const end = Math.min(files.length, start + BATCH)
    for (let index = start; index < end; index++)
      results[index] = parseTerraformFile(parser, files[index]!)
  }
  await Promise.all(finished)
  // Array.from, not results.map: map skips the holes, the very slots to fill.
  const parsed = Array.from(
    results,
    (hcl, index) => hcl ?? parseTerraformFile(parser, files[index]!),
  )
  return { parsed, threads: 1 + helpers, failed }
}
