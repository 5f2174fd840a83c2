import type * as Crypto from 'node:crypto'
import { createRequire } from 'node:module'

// node:crypto costs a start-up (8 ms) that runs which hash nothing never pay:
// loaded on the first hash, not when the bundle starts.
const load = createRequire(import.meta.url)
let crypto: typeof Crypto | undefined

/** `crypto.createHash(algorithm)`, with node:crypto loaded on first use. */
export function hash(algorithm: string): Crypto.Hash {
  return (crypto ??= load('node:crypto') as typeof Crypto).createHash(algorithm)
}
