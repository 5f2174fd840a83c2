import { spawn } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src/report/report.js'
import { shippedCli } from '../helpers/shipped.js'
import { TempRepo } from '../helpers/git-repo.js'

/** The EKS REST API on 127.0.0.1, answering like AWS for one cluster, recording every request. */
class EksFixture {
  readonly requests: Array<{ method: string; path: string; authorization: boolean }> = []
  denyAddons = false
  private server: Server | undefined

  async start(): Promise<string> {
    const json = (
      res: import('node:http').ServerResponse,
      status: number,
      body: unknown,
      type?: string,
    ) => {
      res.writeHead(status, {
        'content-type': 'application/json',
        ...(type && { 'x-amzn-errortype': type }),
      })
      res.end(JSON.stringify(body))
    }
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost')
      this.requests.push({
        method: req.method ?? '',
        path: url.pathname,
        authorization: String(req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256'),
      })
      const p = url.pathname
      // The calendar as the API states it; here it differs from the embedded data
      // (1.30's standard support "ends" 2024-08-01), so the report shows whose it used.
      const day = (text: string) => Date.parse(`${text}T00:00:00Z`) / 1000
      if (p === '/cluster-versions')
        return json(res, 200, {
          clusterVersions: [
            {
              clusterVersion: '1.30',
              clusterType: 'eks',
              releaseDate: day('2024-05-23'),
              endOfStandardSupportDate: day('2024-08-01'),
              endOfExtendedSupportDate: day('2025-08-01'),
              status: 'EXTENDED_SUPPORT',
              versionStatus: 'EXTENDED_SUPPORT',
            },
          ],
        })
      if (p === '/clusters/prod')
        return json(res, 200, {
          cluster: { name: 'prod', version: '1.29', status: 'ACTIVE', platformVersion: 'eks.12' },
        })
      if (p === '/clusters/missing')
        return json(
          res,
          404,
          { message: 'No cluster found for name: missing.' },
          'ResourceNotFoundException',
        )
      if (p === '/clusters/prod/node-groups')
        return json(res, 200, { nodegroups: ['general', 'legacy'] })
      if (p === '/clusters/prod/node-groups/general')
        return json(res, 200, {
          nodegroup: {
            nodegroupName: 'general',
            version: '1.29',
            releaseVersion: '1.29.8-20240917',
            amiType: 'AL2023_x86_64_STANDARD',
            scalingConfig: { desiredSize: 3 },
          },
        })
      if (p === '/clusters/prod/node-groups/legacy')
        return json(res, 200, {
          nodegroup: {
            nodegroupName: 'legacy',
            version: '1.26',
            releaseVersion: '1.26.15-20240514',
            amiType: 'AL2_x86_64',
            scalingConfig: { desiredSize: 2 },
          },
        })
      if (this.denyAddons && p.startsWith('/clusters/prod/addons'))
        return json(
          res,
          403,
          { message: 'User is not authorized to perform: eks:ListAddons' },
          'AccessDeniedException',
        )
      if (p === '/clusters/prod/addons') return json(res, 200, { addons: ['kube-proxy'] })
      if (p === '/clusters/prod/addons/kube-proxy')
        return json(res, 200, {
          addon: { addonName: 'kube-proxy', addonVersion: 'v1.29.0-eksbuild.1', status: 'ACTIVE' },
        })
      if (p === '/addons/supported-versions')
        return json(res, 200, {
          addons: [
            {
              addonName: 'kube-proxy',
              addonVersions: [
                {
                  addonVersion: 'v1.30.0-eksbuild.3',
                  compatibilities: [{ clusterVersion: '1.30', defaultVersion: true }],
                },
              ],
            },
          ],
        })
      return json(res, 404, { message: `no route ${p}` }, 'ResourceNotFoundException')
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()))
  }
}

const TF = (v: string) => `provider "aws" {}

module "eks" {
  source          = "terraform-aws-modules/eks/aws"
  version         = "~> 20.0"
  cluster_name    = "prod"
  cluster_version = "${v}"
  cluster_addons = {
    kube-proxy = { addon_version = "v1.29.0-eksbuild.1" }
  }
}

module "other" {
  source          = "terraform-aws-modules/eks/aws"
  version         = "~> 20.0"
  cluster_name    = "missing"
  cluster_version = "1.30"
}
`

describe('AWS mode against an EKS API on 127.0.0.1', () => {
  const eks = new EksFixture()
  let endpoint: string
  let repo: TempRepo
  let base: string

  beforeAll(async () => {
    endpoint = await eks.start()
    repo = new TempRepo()
    repo.write({ 'main.tf': TF('1.29') })
    base = repo.commit('base')
    repo.write({ 'main.tf': TF('1.30') })
    repo.commit('head')
  })
  afterAll(async () => {
    await eks.stop()
    repo.cleanup()
  })

  const run = async () => {
    // Explicit credentials only: the default chain must never go looking on the network.
    const env = {
      PATH: process.env.PATH,
      HOME: repo.dir,
      AWS_ACCESS_KEY_ID: 'AKIAFIXTURE',
      AWS_SECRET_ACCESS_KEY: 'fixture-secret',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: '/dev/null',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    }
    const child = spawn(
      process.execPath,
      [
        shippedCli(),
        'check',
        '.',
        '--base',
        base,
        '--format',
        'json',
        '--evaluation-date',
        '2024-08-15',
        '--aws-region',
        'eu-west-1',
        '--aws-endpoint',
        endpoint,
      ],
      { cwd: repo.dir, env },
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c) => (stdout += c))
    child.stderr.on('data', (c) => (stderr += c))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    return { code, stdout, stderr, report: JSON.parse(stdout) as Report }
  }

  it('describes the declared clusters read-only and judges the change against them', async () => {
    eks.requests.length = 0
    const { code, report, stdout, stderr } = await run()
    expect(code).toBe(1)
    expect(report.live?.clusters.map((c) => [c.name, c.version, c.cluster])).toEqual([
      ['prod', '1.29', 'terraform:.:module.eks'],
    ])
    expect(report.live?.errors).toEqual([
      expect.stringContaining('No EKS cluster named missing in eu-west-1'),
    ])
    const legacy = report.findings.find((f) => f.ruleId === 'live-node-skew')
    expect(legacy?.message).toContain(
      '2 nodes of managed group legacy run kubelet 1.26 (live); with the control plane at 1.30 they would be 4 minors behind',
    )
    // DescribeAddonVersions says what AWS offers for 1.30: the pinned 1.29 kube-proxy is not among it.
    expect(report.findings.find((f) => f.ruleId === 'addon-incompatible')?.message).toContain(
      'the default there is v1.30.0-eksbuild.3',
    )
    // DescribeClusterVersions is preferred to the snapshot, and the report says so.
    expect(eks.requests.map((r) => r.path)).toContain('/cluster-versions')
    expect(report.tool.knowledgeFiles).toEqual([
      'EKS API DescribeAddonVersions (eu-west-1, 2024-08-15)',
      'EKS API DescribeClusterVersions (eu-west-1, 2024-08-15)',
    ])
    expect(
      report.findings.find((f) => f.ruleId === 'control-plane-extended-support'),
    ).toMatchObject({
      file: 'main.tf',
      line: 7,
      message: expect.stringContaining('left EKS standard support on 2024-08-01'),
    })
    expect(new Set(eks.requests.map((r) => r.method))).toEqual(new Set(['GET']))
    expect(eks.requests.every((r) => r.authorization)).toBe(true)
    expect(stdout + stderr).not.toContain('fixture-secret')
    // What waits on the network says so first, with the deadline it keeps.
    expect(stderr).toContain(
      'eks-upgrade-gate: asking the EKS API in eu-west-1 about the declared clusters; each call gives up after 10 s',
    )
  })

  it('names the missing IAM action on AccessDenied; the rest still runs', async () => {
    eks.denyAddons = true
    const { report } = await run()
    eks.denyAddons = false
    expect(
      report.findings.find(
        (f) => f.ruleId === 'live-unavailable' && f.message.includes('AWS denied'),
      )?.message,
    ).toContain('the role needs eks:ListAddons, eks:DescribeAddon and eks:DescribeAddonVersions')
    expect(report.findings.some((f) => f.ruleId === 'live-node-skew')).toBe(true)
  })
})
