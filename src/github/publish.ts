import type { GitHubClient } from './client.js'
import { statusOf, type Repo } from './repo.js'
import { upsertComment, type CommentMode, type CommentOutcome } from './comment.js'
import { publishReviewComments, type ReviewOutcome } from './review.js'
import type { Report } from '../report/report.js'

export interface PullRequestRef {
  readonly number: number
  readonly headSha: string
}

export interface PullRequestPublication {
  readonly comment?: CommentOutcome
  readonly review?: ReviewOutcome
  /** Why something could not be posted; the verdict never depends on these. */
  readonly problems: string[]
  /** Why nothing was posted on purpose (a newer commit, comment: off). */
  readonly skipped?: string
}

/**
 * Posts the sticky comment and, when asked, review comments. A run for an
 * older head commit posts nothing: the run for the newer commit will. Every
 * failure is collected, never thrown — posting is a courtesy, the check's
 * conclusion is the gate.
 */
export async function publishToPullRequest(
  client: GitHubClient,
  repo: Repo,
  pr: PullRequestRef,
  report: Report,
  options: {
    readonly commentBody: string
    readonly mode: CommentMode
    readonly reviewComments: boolean
    /** A line of the head tree as it is, for suggestions. */
    readonly lineOf?: (file: string, line: number) => string | undefined
  },
): Promise<PullRequestPublication> {
  const problems: string[] = []
  try {
    const current = await client.rest.pulls.get({ ...repo, pull_number: pr.number })
    if (current.data.head.sha !== pr.headSha) {
      return {
        problems,
        skipped: `pull request #${pr.number} has a newer head (${current.data.head.sha.slice(0, 7)}) than this run (${pr.headSha.slice(0, 7)}); its own run will report`,
      }
    }
  } catch (error) {
    // Without the pull request's own word on its head, nothing is posted: the number
    // may come from an untrusted report, and a wrong one would land on another thread.
    return { problems: [describe('read the pull request', error)] }
  }

  let comment: CommentOutcome | undefined
  try {
    comment = await upsertComment(
      client,
      repo,
      pr.number,
      options.commentBody,
      options.mode,
      await notApplicable(client, repo, pr.number, report, options.mode),
    )
  } catch (error) {
    problems.push(describe('post the PR comment', error))
  }

  let review: ReviewOutcome | undefined
  if (options.reviewComments) {
    try {
      review = await publishReviewComments(
        client,
        repo,
        pr.number,
        pr.headSha,
        report,
        options.lineOf,
      )
    } catch (error) {
      problems.push(describe('post review comments', error))
    }
  }
  return { ...(comment && { comment }), ...(review && { review }), problems }
}

/** Why this run's comment does not apply under its mode, if it does not. */
async function notApplicable(
  client: GitHubClient,
  repo: Repo,
  pullNumber: number,
  report: Report,
  mode: CommentMode,
): Promise<string | undefined> {
  if (mode === 'on-failure')
    return report.summary.result === 'fail' ? undefined : 'comment: on-failure, and the gate passed'
  if (mode !== 'on-change') return undefined
  const changed = await client.paginate(client.rest.pulls.listFiles, {
    ...repo,
    pull_number: pullNumber,
    per_page: 100,
  })
  const read = filesRead(report)
  return changed.some((file) => read.has(file.filename))
    ? undefined
    : 'comment: on-change, and the pull request changes no file the gate read'
}

/** Every file the report names: where clusters, node groups, add-ons, components and findings are. */
function filesRead(report: Report): Set<string> {
  return new Set([
    ...report.clusters.flatMap((cluster) => [
      cluster.source.file,
      cluster.version.file,
      ...cluster.nodeGroups.map((group) => group.file),
      ...cluster.addons.map((addon) => addon.file),
      ...cluster.components.map((component) => component.file),
    ]),
    ...report.unassigned.components.map((component) => component.file),
    ...report.findings.map((finding) => finding.file),
    ...(report.tool.knowledgeFiles ?? []),
  ])
}

export function describe(what: string, error: unknown): string {
  const status = statusOf(error)
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
  return status
    ? `could not ${what} (HTTP ${status}: ${message})`
    : `could not ${what} (${message})`
}
