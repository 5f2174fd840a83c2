import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
const get = (object: unknown, key: string): unknown =>
  typeof object === 'object' && object !== null
    ? (object as Record<string, unknown>)[key]
    : undefined

/** The commit a run should compare with, taken from the event that triggered it. */
export function baseCommitFromEvent(
  eventName: string,
  payload: Record<string, unknown>,
): string | undefined {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review':
    case 'pull_request_review_comment':
      return asSha(get(get(get(payload, 'pull_request'), 'base'), 'sha'))
    case 'merge_group':
      return asSha(get(get(payload, 'merge_group'), 'base_sha'))
    case 'push': {
      const before = asSha(get(payload, 'before'))
      // A new branch's push has before = 0000…: nothing to compare with.
      return before && !/^0+$/.test(before) ? before : undefined
    }
    default:
      return undefined
  }
}

/** The pull request a run reports on: its number and head commit (not the merge commit GITHUB_SHA names). */
export function pullRequestFromEvent(
  payload: Record<string, unknown>,
): { number: number; headSha: string } | undefined {
  const pr = get(payload, 'pull_request')
  const number = get(pr, 'number') ?? get(payload, 'number')
  const headSha = asSha(get(get(pr, 'head'), 'sha'))
  return typeof number === 'number' && headSha ? { number, headSha } : undefined
}

/**
 * For the workflow_run pattern, what the triggering event (trusted) says: the head
 * commit the earlier run checked and, when GitHub lists it, its pull request (it
 * does not for pull requests from forks: then only the report names one, and the
 * API must confirm it).
 */
export function workflowRunTarget(
  eventName: string,
  payload: Record<string, unknown>,
): { headSha: string; number?: number } | undefined {
  if (eventName !== 'workflow_run') return undefined
  const run = get(payload, 'workflow_run')
  const headSha = asSha(get(run, 'head_sha'))
  if (!headSha) return undefined
  const pulls = get(run, 'pull_requests')
  const number = Array.isArray(pulls) ? get(pulls[0], 'number') : undefined
  return typeof number === 'number' ? { headSha, number } : { headSha }
}

function asSha(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9a-f]{7,64}$/i.test(value) ? value : undefined
}

export function readEvent(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const file = env.GITHUB_EVENT_PATH
  if (!file) return {}
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  } catch (error) {
    core.warning(`Could not read the event payload ${file}: ${(error as Error).message}`)
    return {}
  }
}

export function blobUrlFor(
  env: NodeJS.ProcessEnv,
  headSha: string | undefined,
): string | undefined {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  const sha = headSha ?? env.GITHUB_SHA
  return env.GITHUB_REPOSITORY && sha ? `${server}/${env.GITHUB_REPOSITORY}/blob/${sha}` : undefined
}
