import { reviewCommentBody, reviewCommentId } from '../report/comment.js'
import { linesInPatch } from '../report/diff.js'
import type { FindingJson, Report } from '../report/report.js'
import type { GitHubClient } from './client.js'
import type { Repo } from './repo.js'
import { postedBy, tokenPoster } from './identity.js'

/** More inline comments per review trip GitHub's abuse detection. */
export const REVIEW_COMMENTS_PER_REVIEW = 30

export interface ReviewOutcome {
  readonly posted: number
  readonly kept: number
  readonly removed: number
  /** Lines with findings that did not fit this review. */
  readonly notPosted: number
}

/**
 * Inline review comments for new findings on lines the pull request changes:
 * one comment per line (however many rules flag it), at most 30 per review,
 * never twice on re-runs, and ours that no longer match are removed.
 */
export async function publishReviewComments(
  client: GitHubClient,
  repo: Repo,
  pullNumber: number,
  headSha: string,
  report: Report,
  lineOf: (file: string, line: number) => string | undefined = () => undefined,
): Promise<ReviewOutcome> {
  const files = await client.paginate(client.rest.pulls.listFiles, {
    ...repo,
    pull_number: pullNumber,
    per_page: 100,
  })
  const diffLines = new Map(files.map((file) => [file.filename, linesInPatch(file.patch ?? '')]))
  const byLine = new Map<string, FindingJson[]>()
  for (const finding of report.findings) {
    if (!finding.new || finding.suppressed || !diffLines.get(finding.file)?.has(finding.line))
      continue
    const key = `${finding.file}:${finding.line}`
    byLine.set(key, [...(byLine.get(key) ?? []), finding])
  }
  const wanted = new Map(
    [...byLine.values()].map((findings) => [
      reviewCommentBody(findings, lineOf(findings[0]!.file, findings[0]!.line)),
      findings[0]!,
    ]),
  )
  const wantedIds = new Set([...wanted.keys()].map((body) => reviewCommentId(body)!))

  const existing = await client.paginate(client.rest.pulls.listReviewComments, {
    ...repo,
    pull_number: pullNumber,
    per_page: 100,
  })
  // Only our own: a pull request's author can pre-post the marker (so ours would never
  // be posted) and other people's comments must never be deleted.
  const poster = await tokenPoster(client)
  const ours = existing.filter(
    (comment) => reviewCommentId(comment.body) !== undefined && postedBy(comment.user, poster),
  )
  const already = new Set(ours.map((comment) => reviewCommentId(comment.body)!))

  let removed = 0
  for (const comment of ours) {
    if (wantedIds.has(reviewCommentId(comment.body)!)) continue
    await client.rest.pulls.deleteReviewComment({ ...repo, comment_id: comment.id })
    removed++
  }

  const toPost = [...wanted].filter(([body]) => !already.has(reviewCommentId(body)!))
  const batch = toPost.slice(0, REVIEW_COMMENTS_PER_REVIEW)
  if (batch.length > 0) {
    const rest = toPost.length - batch.length
    await client.rest.pulls.createReview({
      ...repo,
      pull_number: pullNumber,
      commit_id: headSha,
      event: 'COMMENT',
      body: `EKS upgrade gate: findings on ${batch.length} changed line${batch.length === 1 ? '' : 's'}.${rest > 0 ? ` ${rest} more are in the job summary.` : ''}`,
      comments: batch.map(([body, finding]) => ({
        path: finding.file,
        line: finding.line,
        side: 'RIGHT' as const,
        body,
      })),
    })
  }
  return {
    posted: batch.length,
    kept: wanted.size - toPost.length,
    removed,
    notPosted: toPost.length - batch.length,
  }
}
