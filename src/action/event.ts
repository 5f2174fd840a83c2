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

/** For the workflow_run pattern: the head commit of the run that produced the report. */
export function workflowRunHeadSha(
  eventName: string,
  payload: Record<string, unknown>,
): string | undefined {
  return eventName === 'workflow_run'
    ? asSha(get(get(payload, 'workflow_run'), 'head_sha'))
    : undefined
}

function asSha(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9a-f]{7,64}$/i.test(value) ? value : undefined
}
