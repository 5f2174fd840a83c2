// What the publishing modules need of the GitHub API without loading its client:
// Octokit, its plugins and undici are a megabyte of bundle, read only by a run that
// posts (src/action/publish.ts imports src/github/client.ts when it does).

export interface Repo {
  readonly owner: string
  readonly repo: string
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}
