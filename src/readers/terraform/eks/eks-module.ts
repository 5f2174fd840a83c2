import { nodeGroupWithoutAmi } from '../../../model/node-group.js'
import { unspecified, policy, type Declared } from '../../../model/declared.js'
import type { NodeGroup, NodeGroupKind } from '../../../model/inventory.js'
import type { SourceRef } from '../../../model/source.js'
import type { KubeVersion } from '../../../model/version.js'
import type { Block } from '../hcl/ast.js'
import { declaredString, declaredVersion, versionFromAmi } from './declare.js'
import { moduleSource } from '../hcl/directory.js'
import { groupVersion } from './node-version.js'
import type { Expansion, ExternalModules, ModuleInstance } from '../hcl/module-instance.js'
import { asString, origin, through, truthy, unknown, type Value } from '../hcl/value.js'

export type EksModuleKind =
  | 'cluster'
  | 'eks-managed-node-group'
  | 'self-managed-node-group'
  | 'fargate-profile'
  // v17's submodules, which take a whole map of groups or profiles.
  | 'node-groups'
  | 'fargate'
  | 'other'

export interface EksModuleSource {
  readonly kind: EksModuleKind
  /** terraform-aws-modules/eks major version, or null when the call does not pin one. */
  readonly major: number | null
  /** The exact release, when the call pins one (`version = "21.0.3"`, `?ref=v21.0.3`). */
  readonly exact?: readonly [number, number, number]
}

const EKS_MODULE =
  /(?:^|[/:])terraform-aws-modules\/(?:eks\/aws|terraform-aws-eks)(?:\.git)?(?:\/\/modules\/([a-z0-9_-]+))?/

/** Recognises terraform-aws-modules/eks (registry, git, Terragrunt tfr://) and its submodules. */
export function classifyEksSource(
  source: string,
  versionConstraint?: string,
): EksModuleSource | undefined {
  const match = EKS_MODULE.exec(source)
  if (!match) return undefined
  const sub = match[1]
  const kind: EksModuleKind =
    sub === undefined
      ? 'cluster'
      : sub === 'eks-managed-node-group' ||
          sub === 'self-managed-node-group' ||
          sub === 'fargate-profile' ||
          sub === 'fargate'
        ? sub
        : sub === 'node_groups'
          ? 'node-groups'
          : 'other'
  const pinned =
    /[?&](?:ref|version)=v?(\d+)/.exec(source)?.[1] ??
    (versionConstraint ? /(\d+)/.exec(versionConstraint)?.[1] : undefined)
  const exact =
    /[?&](?:ref|version)=v?(\d+)\.(\d+)\.(\d+)(?:$|&)/.exec(source) ??
    (versionConstraint ? /^\s*=?\s*v?(\d+)\.(\d+)\.(\d+)\s*$/.exec(versionConstraint) : null)
  return {
    kind,
    major: pinned === undefined ? null : Number(pinned),
    ...(exact && { exact: [Number(exact[1]), Number(exact[2]), Number(exact[3])] as const }),
  }
}

export function classifyEksModule(call: Block): EksModuleSource | undefined {
  const source = moduleSource(call)
  if (!source) return undefined
  const version = call.body.attributes.get('version')?.expression
  return classifyEksSource(
    source,
    version?.kind === 'literal' && typeof version.value === 'string' ? version.value : undefined,
  )
}

/** Which inputs a major reads; with an unknown major every spelling is accepted. */
export function eksInputNames(major: number | null) {
  const v21 = major !== null && major >= 21
  const v17 = major === 17 || (major !== null && major < 17)
  const any = major === null
  return {
    version: any
      ? ['kubernetes_version', 'cluster_version']
      : v21
        ? ['kubernetes_version']
        : ['cluster_version'],
    name: any ? ['name', 'cluster_name'] : v21 ? ['name'] : ['cluster_name'],
    addons: any ? ['addons', 'cluster_addons'] : v21 ? ['addons'] : ['cluster_addons'],
    managed: any
      ? ['eks_managed_node_groups', 'node_groups']
      : v17
        ? ['node_groups']
        : ['eks_managed_node_groups'],
    selfManaged: any
      ? ['self_managed_node_groups', 'worker_groups', 'worker_groups_launch_template']
      : v17
        ? ['worker_groups', 'worker_groups_launch_template']
        : ['self_managed_node_groups'],
    managedDefaults: any
      ? ['eks_managed_node_group_defaults', 'node_groups_defaults']
      : v17
        ? ['node_groups_defaults']
        : ['eks_managed_node_group_defaults'],
    selfManagedDefaults: any
      ? ['self_managed_node_group_defaults', 'workers_group_defaults']
      : v17
        ? ['workers_group_defaults']
        : ['self_managed_node_group_defaults'],
    groupVersion: any
      ? ['kubernetes_version', 'cluster_version', 'version']
      : v21
        ? ['kubernetes_version']
        : v17
          ? ['version']
          : ['cluster_version'],
  }
}

/** The first of `names` the call sets, evaluated in the caller with the expansion's bindings. */
export function moduleInput(
  call: Block,
  caller: ModuleInstance,
  expansion: Expansion,
  names: readonly string[],
): { value: Value; at: SourceRef } | undefined {
  for (const name of names) {
    const attribute = call.body.attributes.get(name)
    if (attribute)
      return { value: caller.evaluateIn(expansion, attribute.expression), at: attribute.at }
  }
  return undefined
}

/** `module.eks.cluster_version` and friends come straight from the call's inputs. */
export const eksModuleOutputs: ExternalModules = {
  output(call, caller, expansion, output, at) {
    const source = classifyEksModule(call)
    if (!source || source.kind !== 'cluster') return undefined
    const names = eksInputNames(source.major)
    const inputs: Record<string, readonly string[]> = {
      cluster_version: names.version,
      kubernetes_version: names.version,
      cluster_name: names.name,
      name: names.name,
      cluster_id: names.name,
    }
    const wanted = inputs[output]
    const input = wanted && moduleInput(call, caller, expansion, wanted)
    if (input) return through(input.value, [input.at])
    return unknown(
      `module output ${output} is computed by AWS or the module`,
      `module.${call.labels[0]}.${output}`,
      origin(at),
      // The module's version output is its cluster's: a group given it follows the control plane.
      wanted === names.version
        ? { type: 'aws_eks_cluster', name: 'this', attribute: 'version' }
        : undefined,
    )
  },
}

/** Reads a node-group map (or v17 list) of the module into node groups of a cluster. */
export function readGroupCollection(
  collection: { value: Value; at: SourceRef } | undefined,
  defaults: Value | undefined,
  kind: NodeGroupKind,
  major: number | null,
  cluster: Declared<KubeVersion>,
): NodeGroup[] {
  if (!collection || collection.value.type === 'null') return []
  const value = collection.value
  const entries: Array<[string, Value]> =
    value.type === 'object'
      ? [...value.entries]
      : value.type === 'list'
        ? value.items.map((item, i): [string, Value] => [String(i), item])
        : []
  if (value.type !== 'object' && value.type !== 'list') {
    // The whole map could not be evaluated: say so once, as an unresolved group.
    const version: Declared<KubeVersion> = declaredVersion(value, collection.at, () =>
      unspecified(collection.at, 'no node groups'),
    )
    return [
      nodeGroupWithoutAmi(
        { name: `(${kind} node groups)`, kind, at: collection.at, version },
        'unknown',
      ),
    ]
  }
  return (
    entries
      // `create = false` in a group (or the defaults) makes nothing, from v18 on.
      .filter(([, group]) => creates(group, defaults))
      .map(([key, group]) => readGroup(key, group, defaults, kind, major, cluster))
  )
}

function creates(group: Value, defaults: Value | undefined): boolean {
  for (const source of [group, defaults]) {
    const create = source?.type === 'object' ? source.entries.get('create') : undefined
    if (create && create.type !== 'null') return truthy(create) !== false
  }
  return true
}

function readGroup(
  key: string,
  group: Value,
  defaults: Value | undefined,
  kind: NodeGroupKind,
  major: number | null,
  cluster: Declared<KubeVersion>,
): NodeGroup {
  const at = group.origin.at
  const setting = (...names: string[]): Value | undefined => {
    for (const source of [group, defaults]) {
      if (source?.type !== 'object') continue
      for (const name of names) {
        const found = source.entries.get(name)
        if (found && found.type !== 'null') return through(found, source.origin.via)
      }
    }
    return undefined
  }
  const names = eksInputNames(major)
  const name = asString(setting('name') ?? { type: 'null', origin: group.origin }) ?? key
  const platform = asString(setting('platform') ?? { type: 'null', origin: group.origin })
  const amiType = declaredString(setting('ami_type'), undefined, () =>
    defaultAmiType(kind, major, platform, at),
  )
  const releaseVersion = declaredString(
    setting('ami_release_version', 'release_version'),
    undefined,
    () =>
      truthy(
        setting('use_latest_ami_release_version') ?? { type: 'null', origin: group.origin },
      ) === true
        ? policy(
            'latest',
            at,
            'use_latest_ami_release_version: the newest AMI release for the version, read from SSM at plan time',
          )
        : unspecified(
            at,
            kind === 'managed' ? 'EKS picks the latest AMI release for the version' : 'not set',
          ),
  )
  const amiValue = setting('ami_id')
  const amiId = declaredString(amiValue, undefined, () => unspecified(at, 'the EKS-optimized AMI'))
  const version = groupVersion({
    explicit: setting(...names.groupVersion),
    release: releaseVersion,
    amiType: amiType.value ?? platform,
    customAmi: amiValue ? (versionFromAmi(amiValue) ?? amiId) : undefined,
    cluster,
    at,
  })
  // User data the module puts around its own bootstrap (pointed at where it is written).
  const userData = ['pre_bootstrap_user_data', 'post_bootstrap_user_data'].flatMap((field) => {
    const value = setting(field)
    const text = value && asString(value)
    return text ? [{ field, text, at: value.origin.at, block: false }] : []
  })
  return {
    name,
    kind,
    at,
    version,
    amiType,
    amiFamily: unspecified(at, 'see the AMI type'),
    releaseVersion,
    amiId,
    ...(userData.length > 0 && { userData }),
  }
}

/** What the module (or EKS) uses when a group sets no ami_type. */
function defaultAmiType(
  kind: NodeGroupKind,
  major: number | null,
  platform: string | null,
  at: SourceRef,
): Declared<string> {
  if (kind === 'fargate') return unspecified(at, 'Fargate has no AMI')
  if (platform === 'bottlerocket')
    return unspecified(at, 'platform = "bottlerocket"', 'BOTTLEROCKET_x86_64')
  if (platform === 'windows')
    return unspecified(at, 'platform = "windows"', 'WINDOWS_CORE_2019_x86_64')
  if (major !== null && major >= 21)
    return unspecified(at, 'the module default from v21', 'AL2023_x86_64_STANDARD')
  if (major === null)
    return unspecified(
      at,
      'depends on the module major, which the call does not pin: AL2023 from v21, before that the EKS or module default',
    )
  if (kind === 'self-managed')
    return unspecified(at, 'the module default before v21 (an AL2 AMI)', 'AL2_x86_64')
  // Before v21 the module leaves ami_type to EKS, whose default moved to AL2023 with
  // Kubernetes 1.30 — for new groups only: an existing group keeps the type it was
  // created with, which the configuration does not say. So no value is guessed.
  return unspecified(
    at,
    "EKS's default when the group was created (AL2 before 1.30, AL2023 from 1.30); set ami_type to make it checkable",
  )
}

/** `cluster_addons` / `addons`: `{}` means the EKS default up to v20 and the most recent version from v21. */
export function readAddonMap(
  input: { value: Value; at: SourceRef } | undefined,
  module: Pick<EksModuleSource, 'major' | 'exact'>,
) {
  if (!input || input.value.type !== 'object') return []
  const { major, exact } = module
  // v21.0.0–v21.0.4 passed `try(each.value.addon_version, …)`, which is null for an
  // optional attribute: every add-on got EKS's default, most_recent or not.
  const nullVersion = exact !== undefined && exact[0] === 21 && exact[1] === 0 && exact[2] < 5
  return [...input.value.entries].map(([key, config]) => {
    const at = config.origin.at
    const get = (name: string) => (config.type === 'object' ? config.entries.get(name) : undefined)
    const name = asString(get('name') ?? { type: 'null', origin: config.origin }) ?? key
    const mostRecent = truthy(get('most_recent') ?? { type: 'null', origin: config.origin })
    const version = addonVersion(get('addon_version'), () => {
      if (nullVersion)
        return unspecified(
          at,
          `terraform-aws-modules/eks v${exact!.join('.')} leaves addon_version null: EKS installs its default version`,
        )
      if (mostRecent === true)
        return policy(
          'most_recent',
          get('most_recent')!.origin.at,
          'the newest add-on version for the cluster version, chosen at apply time',
        )
      if (major !== null && major >= 21 && mostRecent !== false)
        return policy(
          'most_recent',
          at,
          'terraform-aws-modules/eks v21 installs the most recent version by default',
        )
      if (major === null)
        return unspecified(
          at,
          'the EKS default version up to module v20, the most recent from v21 (the module major is not pinned)',
        )
      // v19 and v20 ask data.aws_eks_addon_version for the default; v18 leaves it to EKS.
      if (major >= 19)
        return policy(
          'default',
          at,
          'terraform-aws-modules/eks v19/v20 reads the default version for the cluster version at plan time',
        )
      return unspecified(at, 'EKS installs its default version for the cluster version')
    })
    // The module passes OVERWRITE unless the entry says otherwise (v19: resolve_conflicts for both).
    const conflictPolicy = (name: string) => {
      const given = get(name) ?? get('resolve_conflicts')
      return declaredString(given, undefined, () =>
        unspecified(
          at,
          `${name} is not set: terraform-aws-modules/eks passes OVERWRITE`,
          'OVERWRITE',
        ),
      )
    }
    return {
      name,
      at,
      version,
      resolveConflicts: {
        onCreate: conflictPolicy('resolve_conflicts_on_create'),
        onUpdate: conflictPolicy('resolve_conflicts_on_update'),
      },
      configured: get('configuration_values') !== undefined,
    }
  })
}

/** An add-on version: a literal, `data.aws_eks_addon_version` (decided at plan time), or absent. */
export function addonVersion(
  value: Value | undefined,
  whenAbsent: () => Declared<string>,
): Declared<string> {
  if (value && value.type === 'unknown' && value.data?.type === 'aws_eks_addon_version') {
    const mostRecent = truthy(
      value.data.arguments?.get('most_recent') ?? { type: 'null', origin: value.origin },
    )
    return policy(
      mostRecent ? 'most_recent' : 'default',
      value.origin.at,
      `data.aws_eks_addon_version.${value.data.name}: ${mostRecent ? 'the newest' : 'the default'} version for the cluster version, read at plan time`,
    )
  }
  return declaredString(value, undefined, whenAbsent)
}
