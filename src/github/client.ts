import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type GitHubClient = ReturnType<typeof getOctokit>

/**
 * Octokit for GITHUB_API_URL (GitHub Enterprise and the tests' loopback server
 * alike), retrying server errors with backoff and waiting out short rate limits
 * twice before giving up, so a busy API never flips the gate's verdict, and
 * no call or wait holds the job longer than a minute; past `deadline`, every
 * call still running or yet to come is cut.
 */
export function createClient(token: string, deadline?: AbortSignal): GitHubClient {
  const client = getOctokit(
    token,
    {
      retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
      throttle: {
        onRateLimit: retryTwice('GitHub rate limit'),
        onSecondaryRateLimit: retryTwice('GitHub secondary rate limit'),
      },
    },
    retry,
    throttling,
  )
  // Every call has a deadline, and all of them one more: an API that never answers,
  // or answers slowly thousands of times, must not hold the job.
  client.hook.wrap('request', (request, options) => {
    const own = AbortSignal.timeout(REQUEST_TIMEOUT_MS)
    return request({
      ...options,
      request: { ...options.request, signal: deadline ? AbortSignal.any([own, deadline]) : own },
    })
  })
  return client
}

const REQUEST_TIMEOUT_MS = 30_000
/** Past this, a rate limit is not waited out: the rest is posted next run, the verdict stands. */
export const MAX_RATE_LIMIT_WAIT_S = 60

/** A throttling handler: waits out a short limit twice, never one that resets later than a minute. */
export function retryTwice(limit: string, warn: (message: string) => void = core.warning) {
  return (
    after: number,
    options: { method: string; url: string },
    _octokit: unknown,
    count: number,
  ): boolean => {
    if (after > MAX_RATE_LIMIT_WAIT_S) {
      warn(
        `${limit} on ${options.method} ${options.url}; it resets in ${after}s, longer than the gate waits (${MAX_RATE_LIMIT_WAIT_S}s): not retrying`,
      )
      return false
    }
    warn(`${limit} on ${options.method} ${options.url}; retrying in ${after}s`)
    return count < 2
  }
}
