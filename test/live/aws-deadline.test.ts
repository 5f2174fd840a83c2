import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readEks } from '../../src/live/aws.js'

// An EKS API on 127.0.0.1 that answers every call, slowly: 40 clusters of a few calls
// each would take minutes; the read stops at its deadline with what it has.
describe('AWS mode against an EKS API that answers slowly', () => {
  let server: Server
  let endpoint: string
  const saved = { ...process.env }
  beforeAll(async () => {
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_EC2_METADATA_DISABLED: 'true',
    })
    server = createServer((req, res) => {
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' })
        const name = /^\/clusters\/([^/]+)$/.exec(req.url ?? '')?.[1]
        res.end(
          JSON.stringify(
            name
              ? { cluster: { name, version: '1.31', status: 'ACTIVE' } }
              : { clusterVersions: [], nodegroups: [], addons: [] },
          ),
        )
      }, 150)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    process.env = saved
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  it('stops at the overall deadline and names the clusters it did not describe', async () => {
    const clusters = Array.from({ length: 40 }, (_, i) => ({ name: `c${i}` }))
    const started = Date.now()
    const result = await readEks({
      region: 'eu-west-1',
      endpoint,
      clusters,
      timeoutMs: 1_000,
      deadlineMs: 1_500,
    })
    expect(Date.now() - started).toBeLessThan(3_000)
    expect(result.views.length).toBeGreaterThan(0)
    expect(result.views.length).toBeLessThan(40)
    const stopped = result.errors.find((e) => e.includes('stopped at its 1.5 s deadline'))
    expect(stopped).toContain('not described: ')
    expect(stopped).toContain('c39')
  })
})
