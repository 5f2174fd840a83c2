import type { Annotation } from '../report/annotations.js'
import type { GitHubClient } from './client.js'
import type { Repo } from './repo.js'

/** The Checks API takes at most 50 annotations per request; later requests append. */
export const CHECK_ANNOTATIONS_PER_REQUEST = 50
const SUMMARY_LIMIT = 65_535
/**
 * Each batch is a write request, which the throttling plugin spaces about a second
 * apart to stay under GitHub's secondary rate limit; past 500 annotations (10 writes)
 * nobody reads them one by one anyway. The check run's summary says how many were left.
 */
export const MAX_CHECK_ANNOTATIONS = 500

const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' } as const

export interface CheckRunInput {
  readonly headSha: string
  readonly conclusion: 'success' | 'failure' | 'neutral'
  readonly title: string
  readonly summary: string
  readonly annotations: readonly Annotation[]
}

/**
 * One check run carrying every annotation that did not fit the 10-per-level
 * workflow-command limit, sent in batches of 50.
 */
export async function publishCheckRun(
  client: GitHubClient,
  repo: Repo,
  input: CheckRunInput,
): Promise<{ url: string; batches: number }> {
  const sent = input.annotations.slice(0, MAX_CHECK_ANNOTATIONS)
  const left = input.annotations.length - sent.length
  const batches: Annotation[][] = []
  for (let i = 0; i < sent.length; i += CHECK_ANNOTATIONS_PER_REQUEST)
    batches.push(sent.slice(i, i + CHECK_ANNOTATIONS_PER_REQUEST))
  const note = left > 0 ? `\n\n${left} more findings are not annotated: see the job summary.` : ''
  const summary =
    input.summary.length + note.length > SUMMARY_LIMIT
      ? `${input.summary.slice(0, SUMMARY_LIMIT - 40 - note.length)}\n\n…cut: see the job summary${note}`
      : input.summary + note
  const output = (batch: readonly Annotation[]) => ({
    title: input.title,
    summary,
    annotations: batch
      .filter((a) => a.file !== '')
      .map((a) => ({
        path: a.file,
        start_line: a.line,
        end_line: a.line,
        annotation_level: LEVEL[a.level],
        message: a.message,
        title: a.title,
      })),
  })
  const created = await client.rest.checks.create({
    ...repo,
    name: 'EKS upgrade gate',
    head_sha: input.headSha,
    status: 'completed',
    conclusion: input.conclusion,
    output: output(batches[0] ?? []),
  })
  for (const batch of batches.slice(1)) {
    await client.rest.checks.update({
      ...repo,
      check_run_id: created.data.id,
      output: output(batch),
    })
  }
  return { url: created.data.html_url ?? '', batches: Math.max(1, batches.length) }
}
