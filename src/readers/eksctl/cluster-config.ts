import { isAwsRegion } from '../../model/identity.js'
import { inheritsControlPlane } from '../../model/node-group.js'
import { kubeVersionFromRelease, releaseFamily } from '../../knowledge/ami.js'
import { isAlias, isMap, isScalar, Scalar, type Node, type Pair } from 'yaml'
import type { SourceFile } from '../../discover/source-file.js'
import { policy, resolved, unresolved, unspecified, type Declared } from '../../model/declared.js'
import type { Addon, Cluster, NodeGroup, NodeGroupKind, UserData } from '../../model/inventory.js'
import type { SourceRef } from '../../model/source.js'
import { parseKubeVersion, type KubeVersion } from '../../model/version.js'
import {
  deref,
  getNode,
  getPair,
  nodeRef,
  parseYaml,
  scalarText,
  seqItems,
  hasQuotedEscape,
  sourceText,
  writtenText,
  type YamlDoc,
} from '../yaml.js'

import type { ReaderResult } from '../types.js'

export type { ReaderResult }

/** Cheap test before parsing: most YAML in a repository is not eksctl config. */
export function mayBeEksctl(file: SourceFile): boolean {
  // eksctl -f parses JSON as YAML. `kind: "Cluster\x43onfig"` is ClusterConfig to a
  // YAML parser, so a file with an escape in a double-quoted scalar is parsed too.
  return (
    /\.(ya?ml|json)$/i.test(file.path) &&
    (file.text.includes('ClusterConfig') || hasQuotedEscape(file.text))
  )
}

// eksctl treats these `version` values as "pick for me".
const VERSION_POLICIES = new Set(['latest', 'auto', 'default'])

// `v1.19.2-eksbuild.1`, or eksctl's bare `1.19.2` meaning the newest eksbuild of it.
const ADDON_VERSION = /^v?\d+\.\d+(\.\d+)?(-[0-9A-Za-z.-]+)?$/

export function readEksctl(file: SourceFile): ReaderResult {
  const parsed = parseYaml(file)
  const clusters: Cluster[] = []
  for (const ctx of parsed.docs) {
    const root = ctx.doc.contents
    if (!isMap(root)) continue
    const kind = scalarText(ctx, getNode(ctx, root, 'kind'))
    const apiVersion = scalarText(ctx, getNode(ctx, root, 'apiVersion')) ?? ''
    if (kind !== 'ClusterConfig' || (apiVersion !== '' && !apiVersion.startsWith('eksctl.io/')))
      continue
    clusters.push(readClusterConfig(ctx, root))
  }
  return { clusters, problems: [...parsed.problems] }
}

function readClusterConfig(ctx: YamlDoc, root: Node): Cluster {
  const rootRef = nodeRef(ctx, root)
  const metadata = getNode(ctx, root, 'metadata')
  const metadataRef = nodeRef(ctx, metadata, rootRef)
  const name = scalarText(ctx, getNode(ctx, metadata, 'name')) ?? `document ${ctx.index + 1}`
  const version = readVersion(ctx, metadata, 'version', metadataRef, () =>
    unspecified<KubeVersion>(
      metadataRef,
      'metadata.version is not set: eksctl creates the cluster at its own default version',
    ),
  )
  const inherited = (at: SourceRef) => inheritsControlPlane(version, at)
  const region = scalarText(ctx, getNode(ctx, metadata, 'region'))

  const nodeGroups = [
    ...seqItems(ctx, getNode(ctx, root, 'managedNodeGroups')).map((node) =>
      readNodeGroup(ctx, node, 'managed', inherited),
    ),
    ...seqItems(ctx, getNode(ctx, root, 'nodeGroups')).map((node) =>
      readNodeGroup(ctx, node, 'self-managed', inherited),
    ),
    ...seqItems(ctx, getNode(ctx, root, 'fargateProfiles')).map((node) =>
      readFargateProfile(ctx, node, inherited),
    ),
  ]
  const addons = seqItems(ctx, getNode(ctx, root, 'addons')).map((node) => readAddon(ctx, node))

  return {
    id: `eksctl:${ctx.file}:${name}`,
    name,
    source: { kind: 'eksctl', file: ctx.file, line: rootRef.line },
    ...(region && isAwsRegion(region) && { region }),
    version,
    nodeGroups,
    addons,
    components: [],
  }
}

/** Reads a Kubernetes version key, keeping the raw scalar so `1.30` is not 1.3. */
function readVersion(
  ctx: YamlDoc,
  parent: Node | null,
  key: string,
  parentRef: SourceRef,
  whenAbsent: () => Declared<KubeVersion>,
): Declared<KubeVersion> {
  const value = valueOf(ctx, getPair(ctx, parent, key), parentRef)
  if (!value || (isScalar(value.node) && value.node.value === null)) return whenAbsent()
  const { node, at, via } = value
  const text = scalarText(ctx, node)
  if (text === null) {
    return unresolved(at, sourceText(ctx, node), `${key} is not a plain value`)
  }
  if (VERSION_POLICIES.has(text.toLowerCase())) {
    return policy<KubeVersion>(null, at, `"${text}": eksctl picks the version when it runs`, text)
  }
  const version = parseKubeVersion(text)
  if (!version)
    return unresolved(at, text, `"${text}" is not a Kubernetes version (a template placeholder?)`)
  // An unquoted 1.30 is a YAML float: say so (the version-written-as-number rule).
  const plainNumber = isScalar(node) && typeof node.value === 'number' && node.type === Scalar.PLAIN
  const found = resolved(version, at, via)
  return plainNumber ? { ...found, numberWritten: text } : found
}

/**
 * A key's value as eksctl sees it: an alias (`version: *current`) is the anchored
 * value, which is where a user edits it, reached via the alias.
 */
function valueOf(
  ctx: YamlDoc,
  pair: Pair<Node, Node | null> | undefined,
  parentRef: SourceRef,
): { node: Node; at: SourceRef; via: SourceRef[] } | undefined {
  if (!pair || pair.value === null) return undefined
  const node = deref(ctx, pair.value)
  if (!node) return undefined
  const aliased = isAlias(pair.value)
  return {
    node,
    at: nodeRef(ctx, node, parentRef),
    via: aliased ? [nodeRef(ctx, pair.value, parentRef)] : [],
  }
}

function readString(
  ctx: YamlDoc,
  parent: Node | null,
  key: string,
  parentRef: SourceRef,
  absentNote: string,
  absentValue: string | null = null,
): Declared<string> {
  const value = valueOf(ctx, getPair(ctx, parent, key), parentRef)
  if (!value) return unspecified(parentRef, absentNote, absentValue)
  const { node, at, via } = value
  const text = scalarText(ctx, node)
  if (text === null) return unresolved(at, sourceText(ctx, node), `${key} is not a plain value`)
  return resolved(text, at, via)
}

function readNodeGroup(
  ctx: YamlDoc,
  node: Node,
  kind: NodeGroupKind,
  inherited: (at: SourceRef) => Declared<KubeVersion>,
): NodeGroup {
  const nameNode = getNode(ctx, node, 'name')
  const at = nodeRef(ctx, nameNode ?? node)
  const name = scalarText(ctx, nameNode) ?? `(unnamed ${kind} node group)`
  const amiFamily = readString(
    ctx,
    node,
    'amiFamily',
    at,
    "eksctl's default AMI family applies",
    'AmazonLinux2023',
  )
  const releaseVersion =
    kind === 'managed'
      ? readString(
          ctx,
          node,
          'releaseVersion',
          at,
          'the latest AMI release for the node group version',
        )
      : unspecified<string>(at, 'self-managed node groups have no release version')
  const ami = readString(ctx, node, 'ami', at, 'eksctl resolves the EKS-optimized AMI')
  const amiId =
    ami.value !== null && !ami.value.startsWith('ami-')
      ? policy(ami.value, ami.at, `eksctl resolves the AMI ("${ami.value}")`)
      : ami

  const explicit = getPair(ctx, node, 'version')
  let version: Declared<KubeVersion>
  if (explicit) {
    version = readVersion(ctx, node, 'version', at, () => inherited(at))
  } else if (releaseVersion.status === 'resolved') {
    version =
      versionFromRelease(releaseVersion.value, releaseVersion.at, amiFamily.value) ?? inherited(at)
  } else if (amiId.status === 'resolved') {
    version = unresolved(
      amiId.at,
      amiId.value,
      'custom AMI: its Kubernetes version cannot be read from the AMI id',
    )
  } else {
    version = inherited(at)
  }
  return {
    name,
    kind,
    at,
    version,
    amiType: unspecified(at, 'eksctl derives the AMI type from amiFamily and the instance type'),
    amiFamily,
    releaseVersion,
    amiId,
    ...(getPair(ctx, node, 'containerRuntime') && {
      containerRuntime: readString(ctx, node, 'containerRuntime', at, 'not set'),
    }),
    ...userData(ctx, node),
  }
}

/** What the nodes boot with: eksctl's override of the bootstrap command, and the commands run before it. */
function userData(ctx: YamlDoc, node: Node): { userData?: UserData[] } {
  const found = [
    writtenText(ctx, 'overrideBootstrapCommand', getNode(ctx, node, 'overrideBootstrapCommand')),
    ...seqItems(ctx, getNode(ctx, node, 'preBootstrapCommands')).map((item) =>
      writtenText(ctx, 'preBootstrapCommands', item),
    ),
  ].filter((entry) => entry !== undefined)
  return found.length > 0 ? { userData: found } : {}
}

function versionFromRelease(
  release: string,
  at: SourceRef,
  amiFamily: string | null,
): Declared<KubeVersion> | null {
  // Ubuntu and other families have no EKS release versions; AL2/AL2023 and Windows carry the minor.
  const family = releaseFamily(amiFamily ?? 'AmazonLinux2023')
  const version = family === 'unknown' ? null : kubeVersionFromRelease(release, family)
  return version ? { ...resolved(version, at), note: `from releaseVersion ${release}` } : null
}

function readFargateProfile(
  ctx: YamlDoc,
  node: Node,
  inherited: (at: SourceRef) => Declared<KubeVersion>,
): NodeGroup {
  const nameNode = getNode(ctx, node, 'name')
  const at = nodeRef(ctx, nameNode ?? node)
  const none = (what: string) => unspecified<string>(at, `Fargate manages the ${what}`)
  return {
    name: scalarText(ctx, nameNode) ?? '(unnamed Fargate profile)',
    kind: 'fargate',
    at,
    version: inherited(at),
    amiType: none('AMI'),
    amiFamily: none('AMI'),
    releaseVersion: none('node release'),
    amiId: none('AMI'),
  }
}

function readAddon(ctx: YamlDoc, node: Node): Addon {
  const nameNode = getNode(ctx, node, 'name')
  const at = nodeRef(ctx, nameNode ?? node)
  const name = scalarText(ctx, nameNode) ?? '(unnamed add-on)'
  const declared = readString(
    ctx,
    node,
    'version',
    at,
    'EKS installs its default version for the cluster version',
  )
  let version = declared
  if (declared.status === 'resolved') {
    if (declared.value.toLowerCase() === 'latest') {
      version = policy(
        'latest',
        declared.at,
        'eksctl installs the latest version for the cluster version',
      )
    } else if (!ADDON_VERSION.test(declared.value)) {
      version = unresolved(
        declared.at,
        declared.value,
        `"${declared.value}" is not an add-on version (a template placeholder?)`,
      )
    }
  }
  // eksctl's resolveConflicts serves create and update alike; eksctl passes none by default.
  const written = readString(ctx, node, 'resolveConflicts', at, 'not set')
  const conflicts =
    written.status === 'unspecified'
      ? unspecified(at, "resolveConflicts is not set: eksctl's default, none", 'none')
      : written
  return {
    name,
    at,
    version,
    resolveConflicts: { onCreate: conflicts, onUpdate: conflicts },
    configured: getPair(ctx, node, 'configurationValues') !== undefined,
  }
}
