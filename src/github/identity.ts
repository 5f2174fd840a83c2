import type { GitHubClient } from './client.js'

/** Who the token posts as: an account id when GitHub tells it, else the Actions bot. */
export type Poster =
  { readonly kind: 'account'; readonly id: number } | { readonly kind: 'actions-bot' }

interface Author {
  readonly id?: number
  readonly login?: string
  readonly type?: string
}

/**
 * GITHUB_TOKEN cannot call GET /user; it posts as the github-actions[bot] app
 * account. Any other token (a PAT, an app) says who it is.
 */
export async function tokenPoster(client: GitHubClient): Promise<Poster> {
  try {
    return { kind: 'account', id: (await client.rest.users.getAuthenticated()).data.id }
  } catch {
    return { kind: 'actions-bot' }
  }
}

/**
 * Whether a comment is the gate's: written by the token's own account — matched by
 * id, or for GITHUB_TOKEN by the bot account (type Bot, login github-actions[bot]) —
 * never by a login alone, which a person named "github-actions" could hold. A
 * marker in someone else's comment does not make it ours.
 */
export function postedBy(author: Author | null | undefined, poster: Poster): boolean {
  if (!author) return false
  return poster.kind === 'account'
    ? author.id === poster.id
    : author.type === 'Bot' && author.login === 'github-actions[bot]'
}
