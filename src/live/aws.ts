import {
  DescribeAddonCommand,
  DescribeAddonVersionsCommand,
  DescribeClusterCommand,
  DescribeClusterVersionsCommand,
  DescribeNodegroupCommand,
  EKSClient,
  ListAddonsCommand,
  ListNodegroupsCommand,
} from '@aws-sdk/client-eks'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import type { ClusterVersionRow } from '../knowledge/cluster-versions.js'
import type { AddonCompatibility } from '../knowledge/index.js'
import { parseAddonVersion } from '../model/addon-version.js'
import { parseKubeVersion } from '../model/version.js'
import type { LiveComponent, LiveNodeGroup, LiveView } from '../model/live.js'
import { arnIdentity } from './snapshot.js'

export interface AwsOptions {
  readonly region: string
  /** For tests and private endpoints; AWS's own otherwise. */
  readonly endpoint?: string
  /** The declared EKS clusters to describe, with the version each will run (for DescribeAddonVersions). */
  readonly clusters: ReadonlyArray<{ readonly name: string; readonly version?: string }>
  readonly timeoutMs: number
  /** The whole read: many clusters of slow answers stop here, with what was read so far. */
  readonly deadlineMs: number
}

export interface AwsResult {
  readonly views: LiveView[]
  readonly errors: string[]
  /** What AWS offers today for the add-ons in use, at the version each cluster goes to. */
  readonly compatibility: AddonCompatibility
  /** The EKS support calendar as the API states it today (DescribeClusterVersions). */
  readonly clusterVersions: ClusterVersionRow[]
}

// DescribeClusterVersions answers a few dozen rows; a runaway paginator stops here.
const MAX_VERSION_PAGES = 5

const OS_OF_AMI_TYPE: ReadonlyArray<[RegExp, string]> = [
  [/^AL2023_/, 'Amazon Linux 2023'],
  [/^AL2_/, 'Amazon Linux 2'],
  [/^BOTTLEROCKET_/, 'Bottlerocket'],
  [/^WINDOWS_/, 'Windows'],
]

/**
 * Read-only EKS API calls (DescribeClusterVersions, DescribeCluster,
 * ListNodegroups/DescribeNodegroup, ListAddons/DescribeAddon, DescribeAddonVersions) with the default credential
 * chain (what aws-actions/configure-aws-credentials sets up). Each cluster
 * becomes a live view; failures become messages that name the IAM action.
 */
export async function readEks(options: AwsOptions): Promise<AwsResult> {
  const client = new EKSClient({
    region: options.region,
    ...(options.endpoint && { endpoint: options.endpoint }),
    maxAttempts: 2,
    requestHandler: new NodeHttpHandler({
      connectionTimeout: options.timeoutMs,
      requestTimeout: options.timeoutMs,
    }),
  })
  const deadline = AbortSignal.timeout(options.deadlineMs)
  const send = ((command: Parameters<EKSClient['send']>[0]) =>
    client.send(command, { abortSignal: deadline })) as EKSClient['send']
  const views: LiveView[] = []
  const errors: string[] = []
  const compatibility: Record<string, Record<string, { default?: string; versions: string[] }>> = {}
  const clusterVersions: ClusterVersionRow[] = []
  try {
    try {
      let nextToken: string | undefined
      for (let page = 0; page < MAX_VERSION_PAGES; page++) {
        const answer = await send(
          new DescribeClusterVersionsCommand({ includeAll: true, ...(nextToken && { nextToken }) }),
        )
        clusterVersions.push(...(answer.clusterVersions ?? []))
        nextToken = answer.nextToken
        if (!nextToken) break
      }
    } catch (error) {
      errors.push(
        `${describe(error, 'eks:DescribeClusterVersions', '', options.region)}; the support calendar is the embedded data's`,
      )
    }
    for (const [index, { name, version: target }] of options.clusters.entries()) {
      if (deadline.aborted) {
        const left = options.clusters.slice(index).map((cluster) => cluster.name)
        errors.push(
          `The EKS API read stopped at its ${options.deadlineMs / 1000} s deadline; not described: ${left.join(', ')}`,
        )
        break
      }
      let described
      try {
        described = (await send(new DescribeClusterCommand({ name }))).cluster
      } catch (error) {
        errors.push(describe(error, 'eks:DescribeCluster', name, options.region))
        continue
      }
      const problems: string[] = []
      const nodeGroups: LiveNodeGroup[] = []
      try {
        const names =
          (await send(new ListNodegroupsCommand({ clusterName: name }))).nodegroups ?? []
        for (const nodegroupName of names) {
          const group = (
            await send(new DescribeNodegroupCommand({ clusterName: name, nodegroupName }))
          ).nodegroup
          const version = parseKubeVersion(group?.version ?? '')
          const os = OS_OF_AMI_TYPE.find(([pattern]) => pattern.test(group?.amiType ?? ''))?.[1]
          nodeGroups.push({
            name: nodegroupName,
            kind: 'managed',
            nodes: group?.scalingConfig?.desiredSize ?? 0,
            oldest: version,
            newest: version,
            osImages: os ? [os] : [],
            kernels: [],
            runtimes: [],
          })
        }
      } catch (error) {
        problems.push(
          describe(error, 'eks:ListNodegroups and eks:DescribeNodegroup', name, options.region),
        )
      }
      const components: LiveComponent[] = []
      try {
        const addons = (await send(new ListAddonsCommand({ clusterName: name }))).addons ?? []
        for (const addonName of addons) {
          const addon = (await send(new DescribeAddonCommand({ clusterName: name, addonName })))
            .addon
          const component = addonName === 'vpc-cni' ? 'aws-node' : addonName
          if (addon?.addonVersion)
            components.push({
              name: component,
              image: `${addonName} add-on ${addon.addonVersion}`,
              version: parseAddonVersion(addon.addonVersion),
            })
          const kubernetesVersion = target ?? described?.version
          if (!kubernetesVersion) continue
          const offered = await send(
            new DescribeAddonVersionsCommand({ addonName, kubernetesVersion }),
          )
          for (const entry of offered.addons ?? []) {
            const table = (compatibility[entry.addonName ?? addonName] ??= {})
            const row = (table[kubernetesVersion] ??= { versions: [] })
            for (const v of entry.addonVersions ?? []) {
              if (!v.addonVersion) continue
              row.versions.push(v.addonVersion)
              if (
                v.compatibilities?.some(
                  (c) => c.clusterVersion === kubernetesVersion && c.defaultVersion,
                )
              )
                row.default = v.addonVersion
            }
          }
        }
      } catch (error) {
        problems.push(
          describe(
            error,
            'eks:ListAddons, eks:DescribeAddon and eks:DescribeAddonVersions',
            name,
            options.region,
          ),
        )
      }
      const { account } = arnIdentity(described?.arn)
      views.push({
        name,
        region: options.region,
        ...(account && { account }),
        context: `aws:${options.region}`,
        version: parseKubeVersion(described?.version ?? ''),
        nodeGroups,
        components,
        problems,
      })
    }
  } finally {
    client.destroy()
  }
  return { views, errors, compatibility, clusterVersions }
}

function describe(error: unknown, action: string, cluster: string, region: string): string {
  const name = (error as { name?: string } | null)?.name ?? ''
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
  if (name === 'CredentialsProviderError' || /credential/i.test(message))
    return `No AWS credentials for ${action} (${message}); set them up with aws-actions/configure-aws-credentials`
  if (name === 'AccessDeniedException' || /not authorized|AccessDenied/i.test(message))
    return `AWS denied ${action}${cluster ? ` on cluster ${cluster}` : ''}: the role needs ${action} (read-only)`
  if (name === 'ResourceNotFoundException')
    return `No EKS cluster named ${cluster} in ${region} (${action})`
  if (name === 'TimeoutError' || /timeout|ETIMEDOUT|ECONNREFUSED/i.test(message))
    return `The EKS API did not answer${cluster ? ` for cluster ${cluster}` : ''} (${action}: ${message})`
  return `${action} failed${cluster ? ` for cluster ${cluster}` : ''}: ${message}`
}
