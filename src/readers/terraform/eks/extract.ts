import { inheritsControlPlane } from '../../../model/node-group.js'
import { unspecified, type Declared } from '../../../model/declared.js'
import type { NodeGroup } from '../../../model/inventory.js'
import type { SourceRef } from '../../../model/source.js'
import type { KubeVersion } from '../../../model/version.js'
import { declaredString, declaredVersion, versionFromAmi } from './declare.js'
import type { ClusterDraft, Extraction } from './draft.js'
import {
  addonVersion,
  classifyEksModule,
  eksInputNames,
  moduleInput,
  readAddonMap,
  readGroupCollection,
  type EksModuleSource,
} from './eks-module.js'
import { moduleSource } from '../hcl/directory.js'
import type { ModuleInstance } from '../hcl/module-instance.js'
import { groupVersion } from './node-version.js'
import { origin, truthy, type Value } from '../hcl/value.js'

const settled = (value: Value | undefined) =>
  value !== undefined && value.type !== 'unknown' && value.type !== 'error'
import { nodeImage } from './launch-template.js'
import { awsIdentity } from './aws-identity.js'
import { readHelmRelease } from './helm-release.js'
import { readManifestResource } from './manifest-resource.js'
import { readAutoscalingGroup } from './self-managed.js'
import { attachment, attr, clusterId, linkOf, text, type Site } from './site.js'

/**
 * Walks a root module instance and every local module below it, collecting
 * clusters (raw `aws_eks_cluster`, terraform-aws-modules/eks calls) and the
 * node groups, add-ons and Fargate profiles declared apart from them.
 */
export function extractInstance(instance: ModuleInstance, root: string, out: Extraction): void {
  const prefix = instance.address ? `${instance.address}.` : ''
  for (const [key, block] of instance.directory.resources) {
    const type = block.labels[0]!
    for (const expansion of instance.expand(block)) {
      const address = `${prefix}${key}${expansion.suffix}`
      const read = RESOURCE_READERS[type]
      if (read) read({ instance, block, expansion, address, root, out })
    }
  }
  for (const [name, call] of instance.directory.moduleCalls) {
    const eks = classifyEksModule(call)
    for (const expansion of instance.expand(call)) {
      const address = `${prefix}module.${name}${expansion.suffix}`
      const site = { instance, block: call, expansion, address, root, out }
      // The module's own code when the repository holds it (a local path, or installed
      // by `terraform init`); else what the gate knows of terraform-aws-modules/eks.
      const child = instance.child(name, call, expansion)
      if (child) extractInstance(child, root, out)
      else if (eks) readEksCall(site, eks)
      else readOtherModule(site)
    }
  }
}

const RESOURCE_READERS: Record<string, (site: Site) => void> = {
  aws_eks_cluster: readClusterResource,
  aws_eks_node_group: readNodeGroupResource,
  aws_eks_addon: readAddonResource,
  aws_eks_fargate_profile: readFargateResource,
  aws_autoscaling_group: readAutoscalingGroup,
  helm_release: readHelmRelease,
  kubernetes_manifest: readManifestResource,
  kubectl_manifest: readManifestResource,
}

function readClusterResource(site: Site): void {
  const version = attr(site, 'version')
  site.out.clusters.push({
    id: clusterId(site.root, site.address),
    name: text(attr(site, 'name')) ?? site.address,
    address: site.address,
    root: site.root,
    source: { kind: 'terraform', file: site.block.at.file, line: site.block.at.line },
    ...awsIdentity(site),
    version: declaredVersion(version?.value, version?.at, () =>
      unspecified(
        site.block.at,
        'version is not set: AWS creates the cluster at its current default version',
      ),
    ),
    nodeGroups: [],
    addons: [],
    components: [],
    apis: [],
    deploys: [],
  })
}

// What EKS does for a managed node group that leaves these unset.
const EKS_DEFAULT_AMI_TYPE =
  "EKS's default AMI type (AL2023 for new node groups from 1.30, AL2 before)"
const EKS_LATEST_RELEASE = 'EKS picks the latest AMI release for the version'

function readNodeGroupResource(site: Site): void {
  const name =
    text(attr(site, 'node_group_name')) ??
    text(attr(site, 'node_group_name_prefix')) ??
    site.address
  const amiTypeInput = attr(site, 'ami_type')
  const releaseInput = attr(site, 'release_version')
  const versionInput = attr(site, 'version')
  const at = site.block.at
  const amiType = declaredString(amiTypeInput?.value, amiTypeInput?.at, () =>
    unspecified(at, EKS_DEFAULT_AMI_TYPE),
  )
  const releaseVersion = declaredString(releaseInput?.value, releaseInput?.at, () =>
    unspecified(at, EKS_LATEST_RELEASE),
  )
  const customAmi = nodeImage(site)
  const amiId = customAmi
    ? declaredString(customAmi.value, customAmi.at, () => unspecified(at, 'the EKS-optimized AMI'))
    : unspecified<string>(at, 'the EKS-optimized AMI')
  site.out.attachments.push(
    attachment(site, 'cluster_name', `node group ${name}`, (cluster) => {
      const version = groupVersion({
        // EKS refuses a version beside a custom AMI, so a version that depends on
        // whether the AMI is set (the module's `var.ami_id != "" ? null : …`) is the AMI's.
        explicit: customAmi && !settled(versionInput?.value) ? undefined : versionInput?.value,
        release: releaseVersion,
        amiType: amiType.value,
        customAmi: customAmi ? (versionFromAmi(customAmi.value) ?? amiId) : undefined,
        cluster: cluster.version,
        at: versionInput?.at ?? at,
      })
      cluster.nodeGroups.push({
        name,
        kind: 'managed',
        at,
        version,
        amiType,
        amiFamily: unspecified(at, 'see the AMI type'),
        releaseVersion,
        amiId,
      })
    }),
  )
}

function readAddonResource(site: Site): void {
  const name = text(attr(site, 'addon_name')) ?? site.address
  const version = attr(site, 'addon_version')
  const at = site.block.at
  // resolve_conflicts (provider v4) set both; EKS's own default is NONE.
  const conflictPolicy = (name: string) => {
    const given = attr(site, name) ?? attr(site, 'resolve_conflicts')
    return declaredString(given?.value, given?.at, () =>
      unspecified(at, `${name} is not set: EKS's default, NONE`, 'NONE'),
    )
  }
  const resolveConflicts = {
    onCreate: conflictPolicy('resolve_conflicts_on_create'),
    onUpdate: conflictPolicy('resolve_conflicts_on_update'),
  }
  const configured = attr(site, 'configuration_values') !== undefined
  site.out.attachments.push(
    attachment(site, 'cluster_name', `add-on ${name}`, (cluster) => {
      cluster.addons.push({
        name,
        at,
        version: addonVersion(version?.value, () =>
          unspecified(at, 'EKS installs its default version for the cluster version'),
        ),
        resolveConflicts,
        configured,
      })
    }),
  )
}

function readFargateResource(site: Site): void {
  const name = text(attr(site, 'fargate_profile_name')) ?? site.address
  const at = site.block.at
  site.out.attachments.push(
    attachment(site, 'cluster_name', `Fargate profile ${name}`, (cluster) =>
      cluster.nodeGroups.push(fargateProfile(name, at, cluster.version)),
    ),
  )
}

export function fargateProfile(
  name: string,
  at: SourceRef,
  cluster: Declared<KubeVersion>,
): NodeGroup {
  const none = (what: string) => unspecified<string>(at, `Fargate manages the ${what}`)
  return {
    name,
    kind: 'fargate',
    at,
    version: inheritsControlPlane(cluster, at),
    amiType: none('AMI'),
    amiFamily: none('AMI'),
    releaseVersion: none('node release'),
    amiId: none('AMI'),
  }
}

// Inputs through which other EKS modules (cloudposse, aws-ia blueprints v4,
// in-house modules in other repositories) take the control-plane version.
const VERSION_INPUTS = [
  'cluster_version',
  'kubernetes_version',
  'eks_version',
  'eks_cluster_version',
  'k8s_version',
]

/**
 * A module from outside the repository that is not terraform-aws-modules/eks
 * but takes a Kubernetes version input: a cluster we can only see from the
 * outside — its version, not its node groups.
 */
function readOtherModule(site: Site): void {
  const source = moduleSource(site.block) ?? ''
  if (BLUEPRINTS_ADDONS.test(source)) return readBlueprintsAddons(site)
  if (NODE_GROUP_MODULE.test(source)) return readNodeGroupModule(site)
  // A module handed another module's cluster version (add-on and controller
  // modules: `cluster_version = module.eks.cluster_version`) consumes a cluster.
  const versionAttribute = VERSION_INPUTS.map((name) => site.block.body.attributes.get(name)).find(
    Boolean,
  )
  if (!versionAttribute || /\bmodule\./.test(versionAttribute.expression.text)) return
  const found = moduleInput(site.block, site.instance, site.expansion, VERSION_INPUTS)
  if (!found) return
  const name = moduleInput(site.block, site.instance, site.expansion, ['cluster_name', 'name'])
  site.out.clusters.push({
    id: clusterId(site.root, site.address),
    name: text(name) ?? site.address,
    address: site.address,
    root: site.root,
    source: { kind: 'terraform', file: site.block.at.file, line: site.block.at.line },
    ...awsIdentity(site),
    version: declaredVersion(found.value, found.at, () => unspecified(site.block.at, 'not set'), {
      listOfOne: true,
    }),
    nodeGroups: [],
    addons: [],
    components: [],
    apis: [],
    deploys: [],
  })
}

/** Modules that make node groups for a cluster they are given (cloudposse/eks-node-group and the like). */
const NODE_GROUP_MODULE = /node-?group/i

/**
 * A node-group module is not a cluster: its group attaches to the cluster its
 * `cluster_name` input names (a cluster module's output, a resource, or a name).
 */
function readNodeGroupModule(site: Site): void {
  const input = (names: readonly string[]) =>
    moduleInput(site.block, site.instance, site.expansion, names)
  const at = site.block.at
  const name = text(input(['node_group_name', 'name'])) ?? site.address
  // cloudposse takes kubernetes_version (and more) as a list of at most one.
  const single = (value: Value | undefined) =>
    value?.type === 'list' && value.items.length <= 1 ? value.items[0] : value
  const versionInput = input(['kubernetes_version', 'cluster_version'])
  const explicit = single(versionInput?.value)
  const amiTypeInput = input(['ami_type'])
  const releaseInput = input(['ami_release_version', 'release_version'])
  const amiType = declaredString(single(amiTypeInput?.value), amiTypeInput?.at, () =>
    unspecified(at, EKS_DEFAULT_AMI_TYPE),
  )
  const releaseVersion = declaredString(single(releaseInput?.value), releaseInput?.at, () =>
    unspecified(at, EKS_LATEST_RELEASE),
  )
  site.out.attachments.push(
    attachment(site, 'cluster_name', `node group module ${site.block.labels[0]}`, (cluster) => {
      cluster.nodeGroups.push({
        name,
        kind: 'managed',
        at,
        version: groupVersion({
          explicit,
          release: releaseVersion,
          amiType: amiType.value,
          customAmi: undefined,
          cluster: cluster.version,
          at: versionInput?.at ?? at,
        }),
        amiType,
        amiFamily: unspecified(at, 'see the AMI type'),
        releaseVersion,
        amiId: unspecified<string>(at, 'the EKS-optimized AMI'),
      })
    }),
  )
}

const BLUEPRINTS_ADDONS =
  /aws-ia\/(?:eks-blueprints-addons\/aws|terraform-aws-eks-blueprints-addons)/

/** aws-ia/eks-blueprints-addons: `eks_addons` are EKS managed add-ons of the cluster it is given. */
function readBlueprintsAddons(site: Site): void {
  const addons = moduleInput(site.block, site.instance, site.expansion, ['eks_addons'])
  if (!addons) return
  site.out.attachments.push(
    attachment(site, 'cluster_name', `add-ons of module ${site.block.labels[0]}`, (cluster) => {
      // The module resolves an add-on without a version through aws_eks_addon_version with most_recent = true.
      cluster.addons.push(...readAddonMap(addons, { major: 21 }))
    }),
  )
}

/** A terraform-aws-modules/eks call: the cluster with its node groups and add-ons, or a standalone submodule. */
function readEksCall(site: Site, source: EksModuleSource): void {
  const { instance, block: call, expansion } = site
  const names = eksInputNames(source.major)
  const input = (list: readonly string[]) => moduleInput(call, instance, expansion, list)
  const majorNote =
    source.major === null ? ' (module major not pinned: input names of every major accepted)' : ''

  // create = false (create_eks in v17): the module makes nothing.
  const create = input(['create', 'create_eks'])
  if (create && truthy(create.value) === false) return
  if (source.kind === 'cluster') {
    const versionInput = input(names.version)
    const version = declaredVersion(versionInput?.value, versionInput?.at, () =>
      unspecified(
        call.at,
        `${names.version.join(' / ')} is not set: the module creates the cluster at EKS's default version${majorNote}`,
      ),
    )
    const draft: ClusterDraft = {
      id: clusterId(site.root, site.address),
      name: text(input(names.name)) ?? site.address,
      address: site.address,
      root: site.root,
      source: { kind: 'terraform', file: call.at.file, line: call.at.line },
      ...awsIdentity(site),
      version,
      nodeGroups: [],
      addons: [],
      components: [],
      apis: [],
      deploys: [],
    }
    const defaults = (list: readonly string[]) => input(list)?.value
    draft.nodeGroups.push(
      ...readGroupCollection(
        input(names.managed),
        defaults(names.managedDefaults),
        'managed',
        source.major,
        version,
      ),
      // v17 takes worker_groups and worker_groups_launch_template side by side: read each.
      ...names.selfManaged.flatMap((name) =>
        readGroupCollection(
          input([name]),
          defaults(names.selfManagedDefaults),
          'self-managed',
          source.major,
          version,
        ),
      ),
      ...readGroupCollection(
        input(['fargate_profiles']),
        defaults(['fargate_profile_defaults']),
        'fargate',
        source.major,
        version,
      ).map((group) => fargateProfile(group.name, group.at, version)),
    )
    draft.addons.push(...readAddonMap(input(names.addons), source))
    site.out.clusters.push(draft)
    return
  }

  if (source.kind === 'other') return
  if (source.kind === 'node-groups' || source.kind === 'fargate') {
    // v17's submodules take the same maps as the cluster module, for a cluster they are given.
    const fargate = source.kind === 'fargate'
    const groups = input(fargate ? ['fargate_profiles'] : ['node_groups'])
    const defaults = input(fargate ? [] : ['node_groups_defaults'])?.value
    site.out.attachments.push(
      attachment(site, 'cluster_name', `module ${call.labels[0]}`, (cluster) => {
        const read = readGroupCollection(
          groups,
          defaults,
          fargate ? 'fargate' : 'managed',
          source.major ?? 17,
          cluster.version,
        )
        cluster.nodeGroups.push(
          ...(fargate ? read.map((g) => fargateProfile(g.name, g.at, cluster.version)) : read),
        )
      }),
    )
    return
  }
  // A node-group or Fargate submodule used on its own: its inputs describe one group.
  const entries = new Map<string, Value>()
  for (const [name, attribute] of call.body.attributes)
    entries.set(name, instance.evaluateIn(expansion, attribute.expression))
  const group: Value = { type: 'object', entries, origin: origin(call.at) }
  const kind =
    source.kind === 'eks-managed-node-group'
      ? 'managed'
      : source.kind === 'self-managed-node-group'
        ? 'self-managed'
        : 'fargate'
  const label = call.labels[0] ?? 'node group'
  const clusterName = call.body.attributes.get('cluster_name')
  site.out.attachments.push({
    root: site.root,
    link: linkOf(site, clusterName?.expression, entries.get('cluster_name')),
    what: `${kind} node group module ${label}`,
    at: call.at,
    attach(cluster) {
      const collection = {
        value: {
          type: 'object',
          entries: new Map([[label, group]]),
          origin: group.origin,
        } as Value,
        at: call.at,
      }
      const groups = readGroupCollection(collection, undefined, kind, source.major, cluster.version)
      cluster.nodeGroups.push(
        ...(kind === 'fargate'
          ? groups.map((g) => fargateProfile(g.name, g.at, cluster.version))
          : groups),
      )
    },
  })
}
