import * as core from '@actions/core'
import { readContainedFile } from '../discover/contained-file.js'
import { publishCheckRun } from '../github/checks.js'
import { describe, publishToPullRequest } from '../github/publish.js'
import type { Annotation } from '../report/annotations.js'
import { commentBody } from '../report/comment.js'
import { renderMarkdown } from '../report/markdown.js'
import { plural, type Report } from '../report/report.js'
import type { ActionInputs } from './inputs.js'
import { setOutput } from './runner-files.js'

/** All of publishing together: the verdict is already set, and this is all it may wait. */
const PUBLISH_DEADLINE_MS = 120_000

export async function publish(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  report: Report,
  rest: readonly Annotation[],
  links: { startedAt: string; blobUrl?: string; runUrl?: string },
): Promise<void> {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const canPost = inputs.token !== '' && owner && repo
  const problems: string[] = []
  // The deadline, Octokit and undici are made only for a run that posts.
  const deadline = canPost ? AbortSignal.timeout(PUBLISH_DEADLINE_MS) : undefined
  const client = deadline
    ? (await import('../github/client.js')).createClient(inputs.token, deadline)
    : undefined
  const repoRef = { owner: owner ?? '', repo: repo ?? '' }

  let restShown = false
  if (rest.length > 0 && client) {
    try {
      const headSha = report.pullRequest?.headSha ?? env.GITHUB_SHA ?? ''
      // A verdict this run did not compute (from-report) is shown, never asserted:
      // the check that gates the merge is the pull request's own run.
      const conclusion = inputs.fromReport
        ? 'neutral'
        : report.summary.result === 'fail'
          ? 'failure'
          : 'success'
      const check = await publishCheckRun(client, repoRef, {
        headSha,
        conclusion,
        title: inputs.fromReport
          ? `EKS upgrade gate: ${report.summary.result} (as reported by the pull request's run)`
          : `EKS upgrade gate: ${report.summary.result}`,
        summary: renderMarkdown(report, { maxLength: 60_000 }),
        annotations: rest,
      })
      core.info(
        `${rest.length} more ${plural(rest.length, 'annotation')} posted to the "EKS upgrade gate" check run in ${check.batches} ${check.batches === 1 ? 'batch' : 'batches'}: ${check.url}`,
      )
      restShown = true
    } catch (error) {
      problems.push(describe('create a check run for the remaining annotations', error))
    }
  }
  if (rest.length > 0 && !restShown) {
    core.notice(
      `${rest.length} more ${plural(rest.length, 'finding')} did not fit GitHub's limit of 10 annotations per level; the job summary lists every finding.`,
      { title: 'eks-upgrade-gate: more findings' },
    )
  }

  const pr = report.pullRequest
  if (client && pr && (inputs.comment !== 'off' || inputs.reviewComments)) {
    const body = commentBody(
      report,
      { head: pr.headSha, at: links.startedAt, key: inputs.commentKey },
      {
        ...(links.blobUrl && { blobUrl: links.blobUrl }),
        ...(links.runUrl && { moreUrl: links.runUrl }),
      },
    )
    const result = await publishToPullRequest(client, repoRef, pr, report, {
      commentBody: body,
      mode: inputs.comment,
      reviewComments: inputs.reviewComments,
      // The checked-out head, for suggestions; a published report's tree is not here.
      ...(!inputs.fromReport && { lineOf: headLines(inputs.workspace) }),
    })
    if (result.skipped) core.info(`Not updating the pull request: ${result.skipped}.`)
    if (result.comment?.action === 'deleted')
      core.info(`PR comment deleted: it no longer applies (comment: ${inputs.comment}).`)
    if (result.comment?.action === 'skipped') core.info(`No PR comment: ${result.comment.why}.`)
    if (result.comment && 'url' in result.comment) {
      core.info(`PR comment ${result.comment.action}: ${result.comment.url}`)
      setOutput('comment-url', result.comment.url, env)
    }
    if (result.review)
      core.info(
        `Review comments: ${result.review.posted} posted, ${result.review.kept} kept, ${result.review.removed} removed.`,
      )
    problems.push(...result.problems)
  }
  if (deadline?.aborted)
    problems.unshift(
      `stopped posting after ${PUBLISH_DEADLINE_MS / 1000} s (GitHub answered too slowly)`,
    )
  if (problems.length > 0) {
    // One warning, however many calls failed: the usual cause is one read-only token.
    core.warning(
      `The gate's result stands, but it ${problems.join('; ')}. On pull requests from forks the token is read-only: the job summary and annotations carry the full report, and the README shows the two-workflow setup that posts comments for forks.`,
      { title: 'eks-upgrade-gate: could not post to the pull request' },
    )
  }
}

/** Lines of the workspace's files (contained, size-capped), read once per file. */
function headLines(workspace: string): (file: string, line: number) => string | undefined {
  const files = new Map<string, string[] | null>()
  return (file, line) => {
    if (!files.has(file)) {
      try {
        files.set(
          file,
          readContainedFile(file, workspace, [workspace], 5 * 1024 * 1024).split(/\r?\n/),
        )
      } catch {
        files.set(file, null)
      }
    }
    return files.get(file)?.[line - 1]
  }
}
