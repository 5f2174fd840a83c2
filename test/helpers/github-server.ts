import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  readonly method: string
  readonly path: string
  readonly body: unknown
  /** The Authorization header, to prove which token a call carried. */
  readonly authorization?: string
}

interface Comment {
  id: number
  body: string
  user: { login: string; type: string; id?: number }
  html_url: string
}

interface ReviewComment {
  id: number
  body: string
  path: string
  line: number
  user: { login: string; type?: string; id?: number }
}

/**
 * A GitHub REST API on 127.0.0.1, with just the endpoints the action uses and
 * realistic payloads. It keeps state (comments, reviews, check runs) so tests
 * see what a second run does, records every request, and can answer 403 as a
 * fork pull request's read-only token gets.
 */
export class GitHubFixture {
  readonly requests: RecordedRequest[] = []
  comments: Comment[] = []
  reviewComments: ReviewComment[] = []
  reviews: Array<{ id: number; body: string; comments: unknown[]; commit_id: string }> = []
  checkRuns: Array<{
    id: number
    name: string
    conclusion: string
    annotations: unknown[]
    updates: number
  }> = []
  /** The PR's head commit as GitHub sees it now. */
  headSha = ''
  /** The files of the PR with their patches. */
  files: Array<{ filename: string; patch: string; status: string }> = []
  readOnly = false
  /** Raw files the contents API serves, by `OWNER/REPO/PATH@REF`. */
  readonly contents = new Map<string, string>()
  /** Writes are never answered (an API that hangs). */
  hangWrites = false
  /** Writes get a 429 with this retry-after, in seconds. */
  writeRetryAfter: number | undefined
  private nextId = 1000
  private server: Server | undefined

  async start(): Promise<string> {
    this.server = createServer((req, res) => this.handle(req, res))
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    // A request left hanging (hangWrites) would keep close() waiting.
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    )
  }

  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET')
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    let raw = ''
    req.on('data', (chunk) => (raw += chunk))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost')
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined
      this.requests.push({
        method: req.method ?? 'GET',
        path: url.pathname,
        body,
        ...(req.headers.authorization && { authorization: req.headers.authorization }),
      })
      const file = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(url.pathname)
      if (req.method === 'GET' && file) {
        const text = this.contents.get(
          `${file[1]}/${file[2]}/${decodeURIComponent(file[3]!)}@${url.searchParams.get('ref')}`,
        )
        res.writeHead(text === undefined ? 404 : 200, {
          'content-type':
            text === undefined ? 'application/json' : 'application/vnd.github.raw; charset=utf-8',
        })
        res.end(text ?? JSON.stringify({ message: 'Not Found' }))
        return
      }
      const write = req.method !== 'GET'
      if (write && this.hangWrites) return
      if (write && this.writeRetryAfter !== undefined) {
        res.writeHead(429, {
          'content-type': 'application/json; charset=utf-8',
          'retry-after': String(this.writeRetryAfter),
        })
        res.end(JSON.stringify({ message: 'You have exceeded a secondary rate limit.' }))
        return
      }
      const [status, payload] = this.route(req.method ?? 'GET', url.pathname, body)
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-ratelimit-remaining': '4999',
        'x-github-media-type': 'github.v3',
      })
      res.end(payload === undefined ? '' : JSON.stringify(payload))
    })
  }

  private route(
    method: string,
    path: string,
    body: Record<string, unknown> | undefined,
  ): [number, unknown] {
    const forbidden: [number, unknown] = [
      403,
      {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
        status: '403',
      },
    ]
    const repo = '/repos/acme/infra'
    if (method === 'GET' && path === '/user') return forbidden // GITHUB_TOKEN is an installation token
    if (method === 'GET' && path === `${repo}/pulls/7`)
      return [
        200,
        {
          number: 7,
          state: 'open',
          head: { sha: this.headSha, ref: 'feature' },
          base: { sha: 'base', ref: 'main' },
        },
      ]
    if (method === 'GET' && path === `${repo}/pulls/7/files`)
      return [
        200,
        this.files.map((f) => ({ sha: 'x', additions: 1, deletions: 1, changes: 2, ...f })),
      ]
    if (method === 'GET' && path === `${repo}/issues/7/comments`) return [200, this.comments]
    if (method === 'GET' && path === `${repo}/pulls/7/comments`) return [200, this.reviewComments]
    if (this.readOnly && method !== 'GET') return forbidden
    if (method === 'POST' && path === `${repo}/issues/7/comments`) {
      const comment = {
        id: this.nextId++,
        body: String(body?.body),
        user: { login: 'github-actions[bot]', type: 'Bot', id: 41898282 },
        html_url: '',
      }
      comment.html_url = `https://github.com/acme/infra/pull/7#issuecomment-${comment.id}`
      this.comments.push(comment)
      return [201, comment]
    }
    const commentMatch = /^\/repos\/acme\/infra\/issues\/comments\/(\d+)$/.exec(path)
    if (method === 'DELETE' && commentMatch) {
      const index = this.comments.findIndex((c) => c.id === Number(commentMatch[1]))
      if (index < 0) return [404, { message: 'Not Found' }]
      this.comments.splice(index, 1)
      return [204, null]
    }
    if (method === 'PATCH' && commentMatch) {
      const comment = this.comments.find((c) => c.id === Number(commentMatch[1]))
      if (!comment) return [404, { message: 'Not Found' }]
      comment.body = String(body?.body)
      return [200, comment]
    }
    if (method === 'POST' && path === `${repo}/pulls/7/reviews`) {
      const review = {
        id: this.nextId++,
        body: String(body?.body),
        comments: (body?.comments as unknown[]) ?? [],
        commit_id: String(body?.commit_id),
      }
      this.reviews.push(review)
      for (const c of review.comments as Array<{ path: string; line: number; body: string }>) {
        this.reviewComments.push({
          id: this.nextId++,
          body: c.body,
          path: c.path,
          line: c.line,
          user: { login: 'github-actions[bot]', type: 'Bot', id: 41898282 },
        })
      }
      return [200, { id: review.id, state: 'COMMENTED' }]
    }
    const reviewCommentMatch = /^\/repos\/acme\/infra\/pulls\/comments\/(\d+)$/.exec(path)
    if (method === 'DELETE' && reviewCommentMatch) {
      this.reviewComments = this.reviewComments.filter(
        (c) => c.id !== Number(reviewCommentMatch[1]),
      )
      return [204, undefined]
    }
    if (method === 'POST' && path === `${repo}/check-runs`) {
      const output = body?.output as { annotations?: unknown[] }
      const run = {
        id: this.nextId++,
        name: String(body?.name),
        conclusion: String(body?.conclusion),
        annotations: [...(output?.annotations ?? [])],
        updates: 0,
      }
      this.checkRuns.push(run)
      return [201, { id: run.id, html_url: `https://github.com/acme/infra/runs/${run.id}` }]
    }
    const checkMatch = /^\/repos\/acme\/infra\/check-runs\/(\d+)$/.exec(path)
    if (method === 'PATCH' && checkMatch) {
      const run = this.checkRuns.find((r) => r.id === Number(checkMatch[1]))
      if (!run) return [404, { message: 'Not Found' }]
      run.annotations.push(...((body?.output as { annotations?: unknown[] })?.annotations ?? []))
      run.updates++
      return [200, { id: run.id }]
    }
    return [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }]
  }
}
