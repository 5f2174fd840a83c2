import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { readLiveCluster } from '../../src/live/kube.js'
import type { Report } from '../../src/report/report.js'
import { shippedCli } from '../helpers/shipped.js'
import { TempRepo } from '../helpers/git-repo.js'
import { KubeFixture } from '../helpers/kube-server.js'
import { runAction } from '../helpers/runner.js'

const TOKEN = 'k8s-aws-v1.c2VjcmV0LXRva2VuLXZhbHVl'

function eks(version: string): string {
  return `provider "aws" {}

module "eks" {
  source          = "terraform-aws-modules/eks/aws"
  version         = "~> 20.0"
  cluster_name    = "prod"
  cluster_version = "${version}"

  eks_managed_node_groups = {
    general = {}
    legacy  = { cluster_version = "1.28" }
  }
}
`
}

describe('the live cluster, through a kubeconfig, against a Kubernetes API on 127.0.0.1', () => {
  const kube = new KubeFixture()
  let server: string
  let repo: TempRepo
  let base: string

  beforeAll(async () => {
    server = await kube.start()
    repo = new TempRepo()
    repo.write({ 'infra/main.tf': eks('1.29') })
    base = repo.commit('base')
    repo.write({ 'infra/main.tf': eks('1.30') })
    repo.commit('head: 1.30')
  })
  afterAll(async () => {
    await kube.stop()
    repo.cleanup()
  })
  afterEach(() => (kube.requests.length = 0))

  // Asynchronous: the fixture API server answers from this process.
  const cli = async (kubeconfig: string, ...extra: string[]) => {
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
        '--kubeconfig',
        kubeconfig,
        ...extra,
      ],
      { cwd: repo.dir },
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
    return { status, stdout, stderr, report: JSON.parse(stdout) as Report }
  }

  it('judges the change against what runs: node skew, kube-proxy, aws-node, Docker, old kernels', async () => {
    const { status, report, stdout, stderr } = await cli(kube.kubeconfig(server))
    expect(status).toBe(1)
    expect(report.live?.clusters[0]).toMatchObject({
      name: 'prod',
      version: '1.29',
      cluster: 'terraform:infra:module.eks',
    })
    const live = report.findings.filter((f) => f.ruleId.startsWith('live-'))
    expect(live.map((f) => `${f.ruleId} ${f.severity}`).sort()).toEqual([
      'live-addon-versions error',
      'live-addon-versions error',
      'live-container-runtime error',
      'live-kernel warning',
      'live-node-skew error',
      'live-node-skew error',
    ])
    const skew = live.filter((f) => f.ruleId === 'live-node-skew')
    const legacy = skew.find((f) => f.message.includes('group legacy'))!
    expect(legacy.message).toContain(
      '2 nodes of managed group legacy run kubelet 1.26 (live); with the control plane at 1.30 they would be 4 minors behind',
    )
    expect(
      skew.some((f) =>
        f.message.includes('1 node of self-managed group docker-ng runs kubelet 1.23'),
      ),
    ).toBe(true)
    // The legacy group's finding points at its declaration; the plan starts from what runs.
    expect(legacy.line).toBe(11)
    expect(report.plan[0]).toMatchObject({ from: '1.29', to: '1.30' })
    // Read-only, and the token never leaves the HTTP client.
    expect(new Set(kube.requests.map((r) => r.method))).toEqual(new Set(['GET']))
    expect(kube.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true)
    expect(stdout + stderr).not.toContain(TOKEN)
  })

  it('says AL2 nodes block an upgrade past 1.32 (target-version)', async () => {
    const { report } = await cli(kube.kubeconfig(server), '--target-version', '1.33')
    const al2 = report.findings.filter((f) => f.ruleId === 'live-al2-nodes').map((f) => f.message)
    expect(al2).toHaveLength(2)
    expect(al2).toContainEqual(
      expect.stringContaining(
        'managed group legacy runs Amazon Linux 2 (live), which has no 1.33 AMI',
      ),
    )
    expect(al2).toContainEqual(
      expect.stringContaining('self-managed group docker-ng runs Amazon Linux 2 (live)'),
    )
  })

  it('a 403 names the missing RBAC permission; the static checks still run', async () => {
    kube.respond((p) =>
      p === '/api/v1/nodes'
        ? [403, { kind: 'Status', code: 403, reason: 'Forbidden', message: 'nodes is forbidden' }]
        : p === '/version'
          ? [200, { gitVersion: 'v1.29.8-eks-a737599' }]
          : [200, { items: [] }],
    )
    const { status, report } = await cli(kube.kubeconfig(server))
    kube.reset()
    const unavailable = report.findings.filter((f) => f.ruleId === 'live-unavailable')
    expect(unavailable.map((f) => f.message)).toEqual([
      expect.stringContaining(
        'Forbidden (403 for GET /api/v1/nodes): the identity needs "list nodes"; docs/live-readonly-clusterrole.yaml',
      ),
    ])
    expect(
      report.findings.some((f) => f.ruleId === 'managed-node-group-behind-control-plane'),
    ).toBe(true)
    expect(status).toBe(1)
  })

  it('a broken kubeconfig is a finding, not a crash', async () => {
    const broken = path.join(repo.dir, '..', `broken-${Date.now()}.yaml`)
    writeFileSync(broken, 'clusters: [unclosed\n  token: super-secret\n')
    const { status, report, stdout, stderr } = await cli(broken)
    expect(report.live).toEqual({
      clusters: [],
      errors: [expect.stringContaining('Could not load the kubeconfig')],
    })
    expect(report.findings.find((f) => f.ruleId === 'live-unavailable')?.message).toContain(
      'The static checks still ran',
    )
    expect(stdout + stderr).not.toContain('super-secret')
    expect(status).toBe(1)
  })

  it('an API server that does not answer fails the read within the timeout', async () => {
    const silent = new KubeFixture().respond(() => 'hang')
    const url = await silent.start()
    const started = Date.now()
    await expect(
      readLiveCluster({ kubeconfig: silent.kubeconfig(url), timeoutMs: 300 }),
    ).rejects.toThrow(
      /did not answer within 0.3s \(GET \/version\); is it reachable from this runner\?/,
    )
    expect(Date.now() - started).toBeLessThan(5_000)
    await silent.stop()
  })

  it('a server that trickles bytes is cut at the deadline, not kept alive by each byte', async () => {
    const trickle = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      const timer = setInterval(() => res.write(' '), 50)
      res.on('close', () => clearInterval(timer))
    })
    await new Promise<void>((resolve) => trickle.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(trickle.address() as AddressInfo).port}`
    const kubeconfig = new KubeFixture().kubeconfig(url)
    const started = Date.now()
    await expect(readLiveCluster({ kubeconfig, timeoutMs: 300 })).rejects.toThrow(
      /did not answer within 0.3s \(GET \/version\)/,
    )
    expect(Date.now() - started).toBeLessThan(2_000)
    trickle.closeAllConnections()
    await new Promise<void>((resolve) => trickle.close(() => resolve()))
  })

  it('a TLS failure says the certificate authority does not match', async () => {
    const tls = new KubeFixture()
    const url = await tls.start(true)
    await expect(
      readLiveCluster({ kubeconfig: tls.kubeconfig(url), timeoutMs: 5_000 }),
    ).rejects.toThrow(/TLS with 127\.0\.0\.1:\d+ failed .*certificate-authority-data/)
    await tls.stop()
  })

  it('the action reads a kubeconfig given as content (a secret) and removes it afterwards', async () => {
    const content = `apiVersion: v1
kind: Config
clusters: [{ name: prod, cluster: { server: "${server}", insecure-skip-tls-verify: true } }]
contexts: [{ name: prod, context: { cluster: prod, user: ci } }]
current-context: prod
users: [{ name: ci, user: { token: ${TOKEN} } }]
`
    const run = await runAction({
      workspace: repo.dir,
      event: {
        pull_request: {
          number: 7,
          base: { sha: base },
          head: { sha: repo.git('rev-parse', 'HEAD') },
        },
      },
      inputs: { kubeconfig: content },
    })
    expect(run.code).toBe(1)
    // `::add-mask::` lines are the runner's masking protocol, consumed and never shown.
    const shown = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))
    expect(shown.join('\n')).not.toContain(TOKEN)
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`)
    expect(run.summary).toContain('live-node-skew')
    expect(kube.requests.length).toBeGreaterThan(0)
    expect(
      readdirSync(run.runnerTemp).filter((name) => name.startsWith('eks-upgrade-gate-kube-')),
    ).toEqual([])
  })

  it('the action refuses a kubeconfig whose user runs a command, and one inside the workspace', async () => {
    const marker = path.join(repo.dir, 'exec-ran')
    const content = `apiVersion: v1
kind: Config
clusters: [{ name: prod, cluster: { server: "${server}", insecure-skip-tls-verify: true } }]
contexts: [{ name: prod, context: { cluster: prod, user: ci } }]
current-context: prod
users: [{ name: ci, user: { exec: { apiVersion: client.authentication.k8s.io/v1beta1, command: touch, args: ["${marker}"] } } }]
`
    const event = {
      pull_request: {
        number: 7,
        base: { sha: base },
        head: { sha: repo.git('rev-parse', 'HEAD') },
      },
    }
    const refused = await runAction({ workspace: repo.dir, event, inputs: { kubeconfig: content } })
    expect(refused.summary).toContain('gets its credentials by running a command (exec: touch)')
    expect(existsSync(marker)).toBe(false)
    // The static checks still ran and decide the verdict.
    expect(refused.code).toBe(1)

    writeFileSync(path.join(repo.dir, 'kubeconfig.yaml'), content)
    const inWorkspace = await runAction({
      workspace: repo.dir,
      event,
      inputs: { kubeconfig: 'kubeconfig.yaml' },
    })
    expect(inWorkspace.code).toBe(2)
    expect(inWorkspace.stdout + inWorkspace.stderr).toContain(
      'the kubeconfig input points inside the workspace (kubeconfig.yaml)',
    )
    expect(existsSync(marker)).toBe(false)
  })
})
