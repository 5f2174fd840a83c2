import { inheritsControlPlane, nodeGroupWithoutAmi } from '../../../model/node-group.js'
import { policy, resolved, unresolved, type Declared } from '../../../model/declared.js'
import type { Addon, Cluster, Inventory, NodeGroup, ReadProblem } from '../../../model/inventory.js'
import { sourceRef, type SourceRef } from '../../../model/source.js'
import { parseKubeVersion, type KubeVersion } from '../../../model/version.js'

/** One `resource_changes` entry of `terraform show -json`, reduced to what matters for EKS. */
export interface PlannedResource {
  readonly address: string
  readonly type: 'aws_eks_cluster' | 'aws_eks_node_group' | 'aws_eks_addon'
  readonly actions: readonly string[]
  readonly before: Readonly<Record<string, unknown>> | null
  readonly after: Readonly<Record<string, unknown>> | null
  readonly afterUnknown: Readonly<Record<string, unknown>>
}

export interface TerraformPlan {
  readonly file: string
  /** The root module directory the plan was made in, when the user said so (`ROOT=FILE`). */
  readonly root?: string
  readonly resources: readonly PlannedResource[]
}

const TYPES = new Set(['aws_eks_cluster', 'aws_eks_node_group', 'aws_eks_addon'])

/** Reads a `terraform show -json` plan. Anything that is not one is a problem, never a crash. */
export function parseTerraformPlan(
  file: string,
  text: string,
  root?: string,
): { plan?: TerraformPlan; problem?: ReadProblem } {
  const at = sourceRef(file, 1)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return {
      problem: {
        at,
        message: `The plan file ${file} is not valid JSON (${(error as Error).message}); create it with "terraform show -json plan.out > ${file}"`,
      },
    }
  }
  const changes = (json as { resource_changes?: unknown })?.resource_changes
  if (
    typeof json !== 'object' ||
    json === null ||
    !('format_version' in json) ||
    (changes !== undefined && !Array.isArray(changes))
  ) {
    return {
      problem: {
        at,
        message: `The plan file ${file} is not the output of "terraform show -json" (no format_version / resource_changes)`,
      },
    }
  }
  const resources: PlannedResource[] = []
  for (const change of (changes ?? []) as Array<Record<string, unknown>>) {
    if (
      change.mode !== 'managed' ||
      typeof change.type !== 'string' ||
      !TYPES.has(change.type) ||
      typeof change.address !== 'string'
    )
      continue
    const detail = (change.change ?? {}) as Record<string, unknown>
    resources.push({
      address: change.address,
      type: change.type as PlannedResource['type'],
      actions: Array.isArray(detail.actions) ? (detail.actions as string[]) : [],
      before: isRecord(detail.before) ? detail.before : null,
      after: isRecord(detail.after) ? detail.after : null,
      afterUnknown: isRecord(detail.after_unknown) ? detail.after_unknown : {},
    })
  }
  return { plan: { file, ...(root !== undefined && { root }), resources } }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export interface PlannedInventories {
  readonly head: Inventory
  readonly base?: Inventory
}

/**
 * Plan values win over static reading for the resources they cover: `after`
 * becomes the head version, `before` the base version (what runs today), and
 * `after_unknown` means AWS picks the default. Declarations keep pointing at
 * the line a user edits; plan-only clusters point at the plan file.
 */
export function applyTerraformPlan(
  head: Inventory,
  base: Inventory | undefined,
  plan: TerraformPlan,
): PlannedInventories {
  const headClusters = [...head.clusters]
  const baseClusters = base ? [...base.clusters] : []
  const planAt = sourceRef(plan.file, 1)
  for (const resource of plan.resources.filter((r) => r.type === 'aws_eks_cluster')) {
    const index = matchCluster(headClusters, resource.address, plan.root)
    const current = index >= 0 ? headClusters[index]! : undefined
    const at = current?.version.at ?? planAt
    const after = plannedVersion(resource, 'after', at)
    const before = plannedVersion(resource, 'before', at)
    const cluster: Cluster = current
      ? { ...current, version: after ?? current.version }
      : {
          id: `terraform-plan:${plan.file}:${resource.address}`,
          name:
            stringField(resource.after, 'name') ??
            stringField(resource.before, 'name') ??
            resource.address,
          address: resource.address,
          source: { kind: 'terraform-plan', file: plan.file, line: 1 },
          version:
            after ??
            unresolved(planAt, resource.address, 'the plan has no version for this cluster'),
          nodeGroups: [],
          addons: [],
          components: [],
        }
    const deleted = resource.actions.length === 1 && resource.actions[0] === 'delete'
    const withChildren = applyChildren(cluster, plan, resource.address, 'after', deleted)
    if (index >= 0) headClusters.splice(index, 1, ...(deleted ? [] : [withChildren]))
    else if (!deleted) headClusters.push(withChildren)
    if (before) {
      const baseIndex = baseClusters.findIndex((c) => c.id === cluster.id)
      const prior =
        baseIndex >= 0
          ? baseClusters[baseIndex]!
          : { ...cluster, nodeGroups: cluster.nodeGroups.map((g) => ({ ...g })) }
      const updated = applyChildren(
        { ...prior, version: before },
        plan,
        resource.address,
        'before',
        false,
      )
      if (baseIndex >= 0) baseClusters[baseIndex] = updated
      else baseClusters.push(updated)
    }
  }
  return {
    head: { ...head, clusters: headClusters },
    ...((base || baseClusters.length > 0) && {
      base: {
        clusters: baseClusters,
        problems: base?.problems ?? [],
        filesScanned: base?.filesScanned ?? 0,
      },
    }),
  }
}

/** A static cluster whose address is the plan resource's, or the module that contains it. */
function matchCluster(
  clusters: readonly Cluster[],
  address: string,
  root: string | undefined,
): number {
  let best = -1
  let bestLength = -1
  clusters.forEach((cluster, i) => {
    if (
      !cluster.address ||
      (root !== undefined &&
        !cluster.id.startsWith(`terraform:${root}:`) &&
        !cluster.id.startsWith(`terraform:${root}[`))
    )
      return
    const plain = address.replace(/\[[^\]]*\]$/, '')
    const exact = cluster.address === address || cluster.address === plain
    const inside = address.startsWith(`${cluster.address}.`)
    if ((exact || inside) && cluster.address.length > bestLength) {
      best = i
      bestLength = cluster.address.length
    }
  })
  return best
}

function plannedVersion(
  resource: PlannedResource,
  side: 'before' | 'after',
  at: SourceRef,
): Declared<KubeVersion> | undefined {
  const values = side === 'after' ? resource.after : resource.before
  if (side === 'after' && resource.afterUnknown.version === true)
    return policy<KubeVersion>(
      null,
      at,
      'the plan leaves version to AWS (after_unknown): EKS picks its default',
      'default',
    )
  const text = stringField(values, 'version')
  if (!text) return undefined
  const version = parseKubeVersion(text)
  return version
    ? { ...resolved(version, at), note: `from the plan (${side})` }
    : unresolved(at, text, `the plan's ${side} version is not a Kubernetes version`)
}

function plannedNodeGroup(name: string, at: SourceRef, version: Declared<KubeVersion>): NodeGroup {
  return nodeGroupWithoutAmi({ name, kind: 'managed', at, version }, 'not in the plan')
}

function stringField(
  values: Readonly<Record<string, unknown>> | null,
  key: string,
): string | undefined {
  const value = values?.[key]
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** Node groups and add-ons inside the cluster's module (or naming it) take the plan's values too. */
function applyChildren(
  cluster: Cluster,
  plan: TerraformPlan,
  clusterAddress: string,
  side: 'before' | 'after',
  deleted: boolean,
): Cluster {
  if (deleted) return cluster
  const scope =
    cluster.address &&
    !cluster.address.startsWith('aws_eks_cluster') &&
    !cluster.address.includes('.aws_eks_cluster.')
      ? `${cluster.address}.`
      : clusterAddress.replace(/aws_eks_cluster\..*$/, '')
  const belongs = (resource: PlannedResource) =>
    resource.address.startsWith(scope) ||
    stringField(side === 'after' ? resource.after : resource.before, 'cluster_name') ===
      cluster.name
  const nodeGroups: NodeGroup[] = [...cluster.nodeGroups]
  const addons: Addon[] = [...cluster.addons]
  for (const resource of plan.resources) {
    if (resource.type === 'aws_eks_cluster' || !belongs(resource)) continue
    const values = side === 'after' ? resource.after : resource.before
    if (!values) continue
    if (resource.type === 'aws_eks_node_group') {
      const key = /\["([^"]+)"\]\.aws_eks_node_group/.exec(resource.address)?.[1]
      const name = stringField(values, 'node_group_name') ?? key ?? resource.address
      const i = nodeGroups.findIndex(
        (g) => g.name === key || g.name === name || name.startsWith(`${g.name}-`),
      )
      const at = i >= 0 ? nodeGroups[i]!.version.at : sourceRef(plan.file, 1)
      const planned = plannedVersion(resource, side, at)
      if (i >= 0) nodeGroups[i] = { ...nodeGroups[i]!, ...(planned && { version: planned }) }
      else
        nodeGroups.push(
          plannedNodeGroup(name, at, planned ?? inheritsControlPlane(cluster.version, at)),
        )
    } else {
      const name = stringField(values, 'addon_name') ?? resource.address
      const text = stringField(values, 'addon_version')
      const i = addons.findIndex((a) => a.name === name)
      const at = i >= 0 ? addons[i]!.version.at : sourceRef(plan.file, 1)
      if (!text) continue
      const version = { ...resolved(text, at), note: `from the plan (${side})` }
      if (i >= 0) addons[i] = { ...addons[i]!, version }
      else addons.push({ name, at, version })
    }
  }
  return { ...cluster, nodeGroups, addons }
}
