import { describe, expect, it } from 'vitest'
import { MAX_RATE_LIMIT_WAIT_S, retryTwice } from '../../src/github/client.js'

describe('rate limits never hold the job', () => {
  const call = { method: 'POST', url: '/repos/acme/infra/issues/7/comments' }

  it('waits out a short limit twice, then gives up', () => {
    const said: string[] = []
    const handler = retryTwice('GitHub rate limit', (m) => said.push(m))
    expect(handler(5, call, undefined, 0)).toBe(true)
    expect(handler(5, call, undefined, 1)).toBe(true)
    expect(handler(5, call, undefined, 2)).toBe(false)
    expect(said[0]).toBe(
      'GitHub rate limit on POST /repos/acme/infra/issues/7/comments; retrying in 5s',
    )
  })

  it('does not wait for a limit that resets in an hour (a 429 retry-after of 3600)', () => {
    const said: string[] = []
    expect(retryTwice('GitHub rate limit', (m) => said.push(m))(3600, call, undefined, 0)).toBe(
      false,
    )
    expect(said[0]).toContain(
      `resets in 3600s, longer than the gate waits (${MAX_RATE_LIMIT_WAIT_S}s)`,
    )
  })
})
