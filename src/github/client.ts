import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type GitHubClient = ReturnType<typeof getOctokit>

/**
 * Octokit for GITHUB_API_URL (GitHub Enterprise and the tests' loopback server
 * alike), retrying server errors with backoff and waiting out rate limits
 * twice before giving up, so a busy API never flips the gate's verdict.
 */
export function createClient(token: string): GitHubClient {
  return getOctokit(
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
}

/** A throttling handler that warns, then lets the plugin wait and retry twice. */
function retryTwice(limit: string) {
  return (
    after: number,
    options: { method: string; url: string },
    _octokit: unknown,
    count: number,
  ): boolean => {
    core.warning(`${limit} on ${options.method} ${options.url}; retrying in ${after}s`)
    return count < 2
  }
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

export interface Repo {
  readonly owner: string
  readonly repo: string
}
