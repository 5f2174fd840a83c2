/** The commit a run should compare with, taken from the event that triggered it. */
export function baseCommitFromEvent(
  eventName: string,
  payload: Record<string, unknown>,
): string | undefined {
  const get = (object: unknown, key: string): unknown =>
    typeof object === 'object' && object !== null
      ? (object as Record<string, unknown>)[key]
      : undefined
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

function asSha(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9a-f]{7,64}$/i.test(value) ? value : undefined
}
