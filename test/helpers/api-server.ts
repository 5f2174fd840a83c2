import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  readonly method: string
  readonly url: string
  readonly body: string
}

/**
 * A loopback HTTP server standing in for api.github.com: records every
 * request, so tests can prove what the action sent and that it sent it nowhere else.
 */
export class RecordingServer {
  readonly requests: RecordedRequest[] = []
  private server: Server | undefined

  async start(
    handler: (request: RecordedRequest) => { status: number; body?: unknown } = () => ({
      status: 404,
    }),
  ): Promise<string> {
    this.server = createServer((req, res) => {
      let body = ''
      req.on('data', (chunk) => (body += chunk))
      req.on('end', () => {
        const request = { method: req.method ?? 'GET', url: req.url ?? '/', body }
        this.requests.push(request)
        const answer = handler(request)
        res.writeHead(answer.status, { 'content-type': 'application/json' })
        res.end(answer.body === undefined ? '' : JSON.stringify(answer.body))
      })
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    const { port } = this.server.address() as AddressInfo
    return `http://127.0.0.1:${port}`
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    )
  }
}
