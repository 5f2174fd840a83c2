import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

type Handler = (path: string) => [number, unknown] | 'hang'

const node = (
  name: string,
  labels: Record<string, string>,
  kubelet: string,
  osImage: string,
  kernel: string,
  runtime: string,
) => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: {
    name,
    labels: { 'kubernetes.io/os': 'linux', 'topology.kubernetes.io/zone': 'eu-west-1a', ...labels },
  },
  status: {
    nodeInfo: {
      kubeletVersion: kubelet,
      kubeProxyVersion: kubelet,
      osImage,
      kernelVersion: kernel,
      containerRuntimeVersion: runtime,
      architecture: 'amd64',
      operatingSystem: 'linux',
    },
  },
})

const workload = (kind: string, name: string, image: string) => ({
  apiVersion: 'apps/v1',
  kind,
  metadata: { name, namespace: 'kube-system', labels: { 'k8s-app': name } },
  spec: { template: { spec: { containers: [{ name, image }] } } },
})

/** Responses shaped like an EKS 1.29 cluster with mixed node versions, an AL2 group and a Docker node. */
export const EKS_CLUSTER: Record<string, unknown> = {
  '/version': {
    major: '1',
    minor: '29+',
    gitVersion: 'v1.29.8-eks-a737599',
    platform: 'linux/amd64',
  },
  '/api/v1/nodes': {
    kind: 'NodeList',
    apiVersion: 'v1',
    items: [
      node(
        'ip-10-0-1-10.eu-west-1.compute.internal',
        { 'eks.amazonaws.com/nodegroup': 'general' },
        'v1.29.8-eks-a737599',
        'Amazon Linux 2023.5.20240819',
        '6.1.102-111.182.amzn2023.x86_64',
        'containerd://1.7.20',
      ),
      node(
        'ip-10-0-2-10.eu-west-1.compute.internal',
        { 'eks.amazonaws.com/nodegroup': 'legacy' },
        'v1.26.15-eks-1552ad0',
        'Amazon Linux 2',
        '5.10.223-212.873.amzn2.x86_64',
        'containerd://1.7.11',
      ),
      node(
        'ip-10-0-2-11.eu-west-1.compute.internal',
        { 'eks.amazonaws.com/nodegroup': 'legacy' },
        'v1.27.16-eks-2f46c53',
        'Amazon Linux 2',
        '5.10.223-212.873.amzn2.x86_64',
        'containerd://1.7.11',
      ),
      node(
        'ip-10-0-3-10.eu-west-1.compute.internal',
        { 'alpha.eksctl.io/nodegroup-name': 'docker-ng' },
        'v1.23.17-eks-8ccc7ba',
        'Amazon Linux 2',
        '4.14.336-257.562.amzn2.x86_64',
        'docker://20.10.25',
      ),
    ],
  },
  '/apis/apps/v1/namespaces/kube-system/daemonsets': {
    kind: 'DaemonSetList',
    items: [
      workload(
        'DaemonSet',
        'kube-proxy',
        '602401143452.dkr.ecr.eu-west-1.amazonaws.com/eks/kube-proxy:v1.26.15-minimal-eksbuild.2',
      ),
      workload(
        'DaemonSet',
        'aws-node',
        '602401143452.dkr.ecr.eu-west-1.amazonaws.com/amazon-k8s-cni:v1.11.4-eksbuild.1',
      ),
    ],
  },
  '/apis/apps/v1/namespaces/kube-system/deployments': {
    kind: 'DeploymentList',
    items: [
      workload(
        'Deployment',
        'coredns',
        '602401143452.dkr.ecr.eu-west-1.amazonaws.com/eks/coredns:v1.11.1-eksbuild.4',
      ),
    ],
  },
}

/**
 * A Kubernetes API on 127.0.0.1 (HTTP, or HTTPS with a throwaway self-signed
 * certificate) that records every request, so tests prove the gate only reads.
 */
export class KubeFixture {
  readonly requests: Array<{ method: string; path: string; authorization?: string }> = []
  private server: Server | undefined
  private static readonly eks: Handler = (p) =>
    p in EKS_CLUSTER
      ? [200, EKS_CLUSTER[p]]
      : [404, { kind: 'Status', status: 'Failure', reason: 'NotFound', code: 404 }]
  private handler: Handler = KubeFixture.eks
  private temp = mkdtempSync(path.join(os.tmpdir(), 'eug-kube-'))

  respond(handler: Handler): this {
    this.handler = handler
    return this
  }

  /** Back to serving the EKS cluster above. */
  reset(): this {
    this.handler = KubeFixture.eks
    return this
  }

  async start(tls = false): Promise<string> {
    const listener = (req: IncomingMessage, res: ServerResponse) => {
      const url = new URL(req.url ?? '/', 'http://localhost')
      this.requests.push({
        method: req.method ?? '',
        path: url.pathname,
        ...(req.headers.authorization && { authorization: req.headers.authorization }),
      })
      const answer = this.handler(url.pathname)
      if (answer === 'hang') return
      res.writeHead(answer[0], { 'content-type': 'application/json' })
      res.end(JSON.stringify(answer[1]))
    }
    if (tls) {
      const key = path.join(this.temp, 'key.pem')
      const cert = path.join(this.temp, 'cert.pem')
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-keyout',
          key,
          '-out',
          cert,
          '-days',
          '1',
          '-subj',
          '/CN=127.0.0.1',
        ],
        { stdio: 'ignore' },
      )
      this.server = createHttpsServer(
        { key: readFileSync(key), cert: readFileSync(cert) },
        listener,
      )
    } else {
      this.server = createHttpServer(listener)
    }
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    return `${tls ? 'https' : 'http'}://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  /** A kubeconfig for the server with a bearer token (which must never show up in any output). */
  kubeconfig(
    server: string,
    token = 'k8s-aws-v1.c2VjcmV0LXRva2VuLXZhbHVl',
    cluster = 'arn:aws:eks:eu-west-1:123456789012:cluster/prod',
  ): string {
    const file = path.join(
      this.temp,
      `kubeconfig-${this.requests.length}-${Math.random().toString(36).slice(2)}`,
    )
    writeFileSync(
      file,
      `apiVersion: v1
kind: Config
clusters:
  - name: ${cluster}
    cluster:
      server: ${server}${server.startsWith('http:') ? '\n      insecure-skip-tls-verify: true' : ''}
contexts:
  - name: ${cluster}
    context:
      cluster: ${cluster}
      user: ci
current-context: ${cluster}
users:
  - name: ci
    user:
      token: ${token}
`,
    )
    return file
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections?.()
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    )
    rmSync(this.temp, { recursive: true, force: true })
  }
}
