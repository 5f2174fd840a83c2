import {
  COMMENT_MARKER,
  commentContent,
  keepChecks,
  parseCommentKey,
  parseCommentMeta,
} from '../report/comment.js'
import type { GitHubClient } from './client.js'
import type { Repo } from './repo.js'
import { postedBy, tokenPoster } from './identity.js'

export type { CommentMode } from '../config/settings.js'
import type { CommentMode } from '../config/settings.js'

export type CommentOutcome =
  | { readonly action: 'created' | 'updated'; readonly url: string; readonly id: number }
  | { readonly action: 'unchanged'; readonly url: string; readonly id: number }
  | { readonly action: 'deleted'; readonly id: number }
  | { readonly action: 'skipped'; readonly why: string }

/**
 * Keeps one comment per gate on a pull request: found by its hidden marker and
 * key, and by its author being the token's user (someone quoting the marker is
 * not us), updated in place, left alone when nothing changed, and never
 * overwritten with the result of a run that started before the one that wrote
 * it. A comment from before keys existed is taken over by the first gate that
 * finds it. A comment that does not apply (`on-failure` and the gate passes,
 * `on-change` and the pull request touches nothing the gate read) is not
 * posted, and the gate's earlier one is deleted.
 */
export async function upsertComment(
  client: GitHubClient,
  repo: Repo,
  issueNumber: number,
  body: string,
  mode: CommentMode,
  /** Why the comment does not apply to this run, if it does not. */
  notApplicable?: string,
): Promise<CommentOutcome> {
  if (mode === 'off') return { action: 'skipped', why: 'comment: off' }
  if (mode === 'new') {
    const created = await client.rest.issues.createComment({
      ...repo,
      issue_number: issueNumber,
      body,
    })
    return { action: 'created', url: created.data.html_url, id: created.data.id }
  }
  const poster = await tokenPoster(client)
  const comments = await client.paginate(client.rest.issues.listComments, {
    ...repo,
    issue_number: issueNumber,
    per_page: 100,
  })
  const ours = comments.filter(
    (comment) => comment.body?.includes(COMMENT_MARKER) && postedBy(comment.user, poster),
  )
  const key = parseCommentKey(body)
  const keyOf = (comment: (typeof ours)[number]) => parseCommentKey(comment.body ?? '')
  const existing =
    ours.filter((comment) => keyOf(comment) === key).at(-1) ??
    ours.filter((comment) => keyOf(comment) === undefined).at(-1)
  const theirs = existing && parseCommentMeta(existing.body ?? '')
  const mine = parseCommentMeta(body)
  if (existing && theirs && mine && theirs.at > mine.at) {
    return {
      action: 'skipped',
      why: `the comment is from a newer run (${theirs.at}, head ${theirs.head.slice(0, 7)})`,
    }
  }
  if (notApplicable !== undefined) {
    if (!existing) return { action: 'skipped', why: notApplicable }
    await client.rest.issues.deleteComment({ ...repo, comment_id: existing.id })
    return { action: 'deleted', id: existing.id }
  }
  if (!existing) {
    const created = await client.rest.issues.createComment({
      ...repo,
      issue_number: issueNumber,
      body,
    })
    return { action: 'created', url: created.data.html_url, id: created.data.id }
  }
  body = keepChecks(existing.body ?? '', body)
  if (commentContent(existing.body ?? '') === commentContent(body))
    return { action: 'unchanged', url: existing.html_url, id: existing.id }
  const updated = await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body })
  return { action: 'updated', url: updated.data.html_url, id: updated.data.id }
}
