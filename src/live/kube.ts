import http from 'node:http'
import https from 'node:https'
import { KubeConfig } from '@kubernetes/client-node'
import { arnIdentity, clusterNameFrom, type LiveSnapshot } from './snapshot.js'

export interface LiveOptions {
  /** Path of a kubeconfig file. */
  readonly kubeconfig: string
  readonly context?: string
  /** Per request; an unreachable API server fails within this. */
  readonly timeoutMs: number
  /** Let a user whose credentials come from a command (exec, auth-provider) run it. */
  readonly allowExec?: boolean
}

/** Reading the cluster failed as a whole: the message says why and what to do. */
export class LiveReadError extends Error {
  override name = 'LiveReadError'
}

/** The RBAC a read needs, for 401/403 messages (docs/live-readonly-clusterrole.yaml grants it). */
const NEEDS: Record<string, string> = {
  '/version': 'get /version (non-resource URL)',
  '/api/v1/nodes': 'list nodes',
  daemonsets: 'list daemonsets (apps) in kube-system',
  deployments: 'list deployments (apps) in kube-system and karpenter',
}

/**
 * Reads a live cluster through its kubeconfig, read-only: GET requests only,
 * each bounded by a timeout. Credentials (tokens, client keys, exec plugin
 * output) stay inside the HTTP client and are never logged. A failed read of
 * one resource becomes a problem in the snapshot; failing to reach the API
 * at all throws LiveReadError.
 */
export async function readLiveCluster(options: LiveOptions): Promise<LiveSnapshot> {
  const kc = new KubeConfig()
  try {
    kc.loadFromFile(options.kubeconfig)
    if (options.context) {
      if (!kc.getContextObject(options.context))
        throw new Error(
          `it has no context "${options.context}" (contexts: ${
            kc
              .getContexts()
              .map((c) => c.name)
              .join(', ') || 'none'
          })`,
        )
      kc.setCurrentContext(options.context)
    }
  } catch (error) {
    throw new LiveReadError(`Could not load the kubeconfig: ${scrub((error as Error).message)}`)
  }
  // An exec plugin is a command the kubeconfig's author chose: refused unless allowed.
  const user = kc.getCurrentUser()
  if (user && (user.exec || user.authProvider) && options.allowExec === false)
    throw new LiveReadError(
      `The kubeconfig's user ${user.name} gets its credentials by running a command (${user.exec ? `exec: ${user.exec.command}` : `auth-provider: ${user.authProvider.name}`}); refused, since whoever wrote the file would choose the command. Set kubeconfig-exec: true if the kubeconfig is yours (aws eks update-kubeconfig writes such a user).`,
    )
  const cluster = kc.getCurrentCluster()
  if (!cluster?.server)
    throw new LiveReadError('The kubeconfig has no current cluster with a server URL')
  const context = kc.getCurrentContext()

  const get = async (path: string): Promise<unknown> => {
    const url = new URL(path, cluster.server.endsWith('/') ? cluster.server : `${cluster.server}/`)
    const requestOptions: https.RequestOptions = {
      method: 'GET',
      headers: { accept: 'application/json' },
    }
    try {
      await kc.applyToHTTPSOptions(requestOptions)
    } catch (error) {
      throw new LiveReadError(
        `Could not authenticate with the kubeconfig: ${scrub((error as Error).message)}`,
      )
    }
    return request(url, requestOptions, options.timeoutMs)
  }

  const problems: string[] = []
  let gitVersion: string | undefined
  try {
    gitVersion = ((await get('version')) as { gitVersion?: string }).gitVersion
  } catch (error) {
    // The first request tells whether the API can be reached at all.
    throw error instanceof HttpError
      ? new LiveReadError(describeHttp(error, NEEDS['/version']!))
      : error
  }
  const nodes: Array<LiveSnapshot['nodes'][number]> = []
  try {
    const list = (await get('api/v1/nodes')) as {
      items?: Array<{
        metadata?: { name?: string; labels?: Record<string, string> }
        status?: { nodeInfo?: Record<string, string> }
      }>
    }
    for (const item of list.items ?? []) {
      const info = item.status?.nodeInfo ?? {}
      nodes.push({
        name: item.metadata?.name ?? '?',
        labels: item.metadata?.labels ?? {},
        kubeletVersion: info.kubeletVersion ?? '',
        osImage: info.osImage ?? '',
        kernelVersion: info.kernelVersion ?? '',
        containerRuntimeVersion: info.containerRuntimeVersion ?? '',
      })
    }
  } catch (error) {
    problems.push(describeFailure(error, NEEDS['/api/v1/nodes']!))
  }
  const workloads: Array<LiveSnapshot['workloads'][number]> = []
  const lists: Array<['DaemonSet' | 'Deployment', string, string]> = [
    ['DaemonSet', 'kube-system', 'apis/apps/v1/namespaces/kube-system/daemonsets'],
    ['Deployment', 'kube-system', 'apis/apps/v1/namespaces/kube-system/deployments'],
    ['Deployment', 'karpenter', 'apis/apps/v1/namespaces/karpenter/deployments'],
  ]
  for (const [kind, namespace, path] of lists) {
    try {
      const list = (await get(path)) as {
        items?: Array<{
          metadata?: { name?: string }
          spec?: { template?: { spec?: { containers?: Array<{ image?: string }> } } }
        }>
      }
      for (const item of list.items ?? []) {
        workloads.push({
          kind,
          namespace,
          name: item.metadata?.name ?? '?',
          images: (item.spec?.template?.spec?.containers ?? [])
            .map((c) => c.image ?? '')
            .filter(Boolean),
        })
      }
    } catch (error) {
      // No karpenter namespace is normal.
      if (namespace === 'karpenter' && error instanceof HttpError && error.status === 404) continue
      problems.push(
        describeFailure(error, NEEDS[kind === 'DaemonSet' ? 'daemonsets' : 'deployments']!),
      )
    }
  }
  return {
    name: clusterNameFrom(cluster.name),
    ...arnIdentity(cluster.name),
    context,
    ...(gitVersion && { gitVersion }),
    nodes,
    workloads,
    problems,
  }
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly path: string,
  ) {
    super(`HTTP ${status} for GET ${path}`)
  }
}

function request(url: URL, options: https.RequestOptions, timeoutMs: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'http:' ? http : https
    const req = client.request(url, { ...options, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        if ((res.statusCode ?? 0) >= 400)
          return reject(new HttpError(res.statusCode ?? 0, url.pathname))
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')))
        } catch {
          reject(
            new LiveReadError(
              `The API server answered GET ${url.pathname} with something that is not JSON`,
            ),
          )
        }
      })
    })
    // A hard deadline, not only an idle one: a server that trickles a byte every few
    // seconds must not hold the gate past what the message promises.
    const late = () =>
      req.destroy(
        new LiveReadError(
          `The API server ${url.host} did not answer within ${timeoutMs / 1000}s (GET ${url.pathname}); is it reachable from this runner?`,
        ),
      )
    const deadline = setTimeout(late, timeoutMs)
    req.on('close', () => clearTimeout(deadline))
    req.on('timeout', late)
    req.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error instanceof LiveReadError ? error : new LiveReadError(describeNetwork(error, url)),
      ),
    )
    req.end()
  })
}

function describeNetwork(error: NodeJS.ErrnoException, url: URL): string {
  const code = error.code ?? ''
  if (code === 'ECONNREFUSED') return `The API server ${url.host} refused the connection`
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return `The API server host ${url.hostname} could not be resolved`
  if (
    /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|TLS|SSL/i.test(code) ||
    /certificate/i.test(error.message)
  ) {
    return `TLS with ${url.host} failed (${code || scrub(error.message)}): the kubeconfig's certificate-authority-data does not match the server`
  }
  return `Could not reach the API server ${url.host} (${code || scrub(error.message)})`
}

function describeHttp(error: HttpError, needs: string): string {
  if (error.status === 401)
    return `The API server rejected the credentials (401 for GET ${error.path}): the token or client certificate in the kubeconfig is invalid or expired`
  if (error.status === 403)
    return `Forbidden (403 for GET ${error.path}): the identity needs "${needs}"; docs/live-readonly-clusterrole.yaml has a read-only ClusterRole with every permission the gate uses`
  return `The API server answered ${error.status} for GET ${error.path}`
}

function describeFailure(error: unknown, needs: string): string {
  if (error instanceof HttpError) return describeHttp(error, needs)
  return error instanceof Error ? scrub(error.message) : String(error)
}

/** Messages may quote kubeconfig text; keep anything that looks like a secret out of logs. */
function scrub(text: string): string {
  return text
    .replace(
      /(token|password|client-key-data|client-certificate-data)[=:]\s*\S+/gi,
      '$1=[redacted]',
    )
    .replace(/eyJ[\w-]+\.[\w-]+\.[\w-]+/g, '[redacted]')
}
