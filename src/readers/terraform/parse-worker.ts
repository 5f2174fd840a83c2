import { parentPort } from 'node:worker_threads'
import type { SourceFile } from '../../discover/source-file.js'
import { loadHclParser } from './hcl/loader.js'
import { parseTerraformFile } from './parse-file.js'
import type { ParseJob, ParsedBatch } from './parse-pool.js'

// A parse pool thread (parse-pool.ts; bundled as dist/parse-worker.js): claims the
// next batch from the counter the threads share, parses it and sends it back, until
// none is left.
const parser = await loadHclParser()
parentPort?.once('message', ({ files, next, batch }: ParseJob) => {
  const counter = new Int32Array(next)
  for (;;) {
    const start = Atomics.add(counter, 0, batch)
    if (start >= files.length) break
    const slice: readonly SourceFile[] = files.slice(start, start + batch)
    const message: ParsedBatch = {
      start,
      parsed: slice.map((file) => parseTerraformFile(parser, file)),
    }
    parentPort?.postMessage(message)
  }
  parentPort?.postMessage({ done: true })
})
