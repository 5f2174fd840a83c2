import { inheritsControlPlane, nodeGroupWithoutAmi } from '../model/node-group.js'
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml'
import type { SourceFile } from '../discover/source-file.js'
import { resolved, unresolved, unspecified, type Declared } from '../model/declared.js'
import type { Addon, Cluster, NodeGroup } from '../model/inventory.js'
import type { SourceRef } from '../model/source.js'
import { parseKubeVersion, type KubeVersion } from '../model/version.js'
import { kubeVersionFromRelease, releaseFamily } from '../knowledge/ami.js'
import type { ReaderResult } from './types.js'
import { getNode, nodeRef, parseYaml, scalarText, sourceText, type YamlDoc } from './yaml.js'

/** CloudFormation templates and CDK synth output (YAML or JSON) that declare EKS. */
export function mayBeCloudFormation(file: SourceFile): boolean {
  return (
    /\.(ya?ml|json|template)$/i.test(file.path) &&
    (file.text.includes('AWS::EKS::') || file.text.includes('Custom::AWSCDK-EKS-Cluster'))
  )
}

type Value = {
  text: string | null
  at: SourceRef
  via: SourceRef[]
  unresolved?: string
  ref?: string
}

/**
 * `AWS::EKS::Cluster` Version, `AWS::EKS::Nodegroup` Version / ReleaseVersion /
 * AmiType, `AWS::EKS::Addon` AddonVersion, Fargate profiles, and CDK's
 * `Custom::AWSCDK-EKS-Cluster`. `!Ref` to a parameter reads its Default;
 * other intrinsics (`!Sub`, `!If`, `Fn::ImportValue`) are unresolved.
 */
export function readCloudFormation(file: SourceFile): ReaderResult {
  const parsed = parseYaml(file)
  const clusters: Cluster[] = []
  for (const ctx of parsed.docs) {
    const resources = getNode(ctx, ctx.doc.contents, 'Resources')
    if (!isMap(resources)) continue
    const parameters = getNode(ctx, ctx.doc.contents, 'Parameters')
    const value = (node: Node | null, fallback: SourceRef): Value | undefined =>
      resolveIntrinsic(ctx, node, parameters, fallback)
    const byLogicalId = new Map<
      string,
      { cluster: Cluster; nodeGroups: NodeGroup[]; addons: Addon[] }
    >()
    // A resource is pointed at by its logical id, the line that names it.
    const entries = (resources as YAMLMap<Node, Node>).items.map((pair) => ({
      id: scalarText(ctx, pair.key) ?? '',
      node: pair.value as Node,
      at: nodeRef(ctx, pair.key),
    }))
    for (const { id, node, at } of entries) {
      const type = scalarText(ctx, getNode(ctx, node, 'Type'))
      const props = getNode(ctx, node, 'Properties')
      if (type === 'AWS::EKS::Cluster' || type === 'Custom::AWSCDK-EKS-Cluster') {
        const config = type === 'AWS::EKS::Cluster' ? props : getNode(ctx, props, 'Config')
        const versionValue = value(
          getNode(ctx, config, type === 'AWS::EKS::Cluster' ? 'Version' : 'version'),
          at,
        )
        const nameValue = value(
          getNode(ctx, config, type === 'AWS::EKS::Cluster' ? 'Name' : 'name'),
          at,
        )
        const cluster: Cluster = {
          id: `cloudformation:${file.path}:${id}`,
          name: nameValue?.text ?? id,
          source: { kind: 'cloudformation', file: file.path, line: at.line },
          version: kubeVersion(versionValue, () =>
            unspecified(at, 'Version is not set: EKS creates the cluster at its default version'),
          ),
          nodeGroups: [],
          addons: [],
          components: [],
        }
        byLogicalId.set(id, { cluster, nodeGroups: [], addons: [] })
      }
    }
    const ownerOf = (
      props: Node | null,
    ): { cluster: Cluster; nodeGroups: NodeGroup[]; addons: Addon[] } | undefined => {
      const clusterName = value(getNode(ctx, props, 'ClusterName'), nodeRef(ctx, props))
      if (clusterName?.ref && byLogicalId.has(clusterName.ref))
        return byLogicalId.get(clusterName.ref)
      const byName = [...byLogicalId.values()].find(
        (entry) => clusterName?.text && entry.cluster.name === clusterName.text,
      )
      return byName ?? (byLogicalId.size === 1 ? [...byLogicalId.values()][0] : undefined)
    }
    for (const { id, node, at } of entries) {
      const type = scalarText(ctx, getNode(ctx, node, 'Type'))
      const props = getNode(ctx, node, 'Properties')
      const owner =
        type?.startsWith('AWS::EKS::') && type !== 'AWS::EKS::Cluster' ? ownerOf(props) : undefined
      if (!owner) continue
      if (type === 'AWS::EKS::Nodegroup') {
        const amiType = stringValue(
          value(getNode(ctx, props, 'AmiType'), at),
          at,
          "EKS's default AMI type",
        )
        const release = stringValue(
          value(getNode(ctx, props, 'ReleaseVersion'), at),
          at,
          'the latest AMI release for the version',
        )
        const explicit = value(getNode(ctx, props, 'Version'), at)
        const releaseMinor =
          release.status === 'resolved' && release.value
            ? kubeVersionFromRelease(release.value, releaseFamily(amiType.value))
            : null
        const inherited = inheritsControlPlane(owner.cluster.version, at)
        const version = explicit
          ? kubeVersion(explicit, () => inherited)
          : releaseMinor
            ? {
                ...resolved(releaseMinor, release.at),
                note: `from the AMI release ${release.value}`,
              }
            : inherited
        const name = value(getNode(ctx, props, 'NodegroupName'), at)?.text ?? id
        owner.nodeGroups.push({
          name,
          kind: 'managed',
          at,
          version,
          amiType,
          amiFamily: unspecified(at, 'see the AMI type'),
          releaseVersion: release,
          amiId: unspecified(at, 'the EKS-optimized AMI'),
        })
      } else if (type === 'AWS::EKS::Addon') {
        const name = value(getNode(ctx, props, 'AddonName'), at)?.text ?? id
        owner.addons.push({
          name,
          at,
          version: stringValue(
            value(getNode(ctx, props, 'AddonVersion'), at),
            at,
            'EKS installs its default version for the cluster version',
          ),
        })
      } else if (type === 'AWS::EKS::FargateProfile') {
        const name = value(getNode(ctx, props, 'FargateProfileName'), at)?.text ?? id
        owner.nodeGroups.push(
          nodeGroupWithoutAmi(
            { name, kind: 'fargate', at, version: inheritsControlPlane(owner.cluster.version, at) },
            'Fargate manages the AMI',
          ),
        )
      }
    }
    for (const entry of byLogicalId.values())
      clusters.push({ ...entry.cluster, nodeGroups: entry.nodeGroups, addons: entry.addons })
  }
  return { clusters, problems: [...parsed.problems] }
}

/** A scalar, `!Ref Param` / `{ Ref: Param }` (its Default), or an intrinsic we cannot evaluate. */
function resolveIntrinsic(
  ctx: YamlDoc,
  node: Node | null,
  parameters: Node | null,
  fallback: SourceRef,
): Value | undefined {
  if (!node) return undefined
  const at = nodeRef(ctx, node, fallback)
  const tag = isScalar(node) ? node.tag : undefined
  const refName =
    tag === '!Ref'
      ? scalarText(ctx, node)
      : isMap(node)
        ? scalarText(ctx, getNode(ctx, node, 'Ref'))
        : null
  if (refName) {
    const parameter = getNode(ctx, parameters, refName)
    if (!parameter)
      return {
        text: null,
        at,
        via: [],
        ref: refName,
        unresolved: `Ref ${refName} is not a parameter`,
      }
    const defaultNode = getNode(ctx, parameter, 'Default')
    const text = scalarText(ctx, defaultNode)
    if (text === null)
      return {
        text: null,
        at,
        via: [],
        ref: refName,
        unresolved: `parameter ${refName} has no Default: it is set when the stack is deployed`,
      }
    return { text, at: nodeRef(ctx, defaultNode, at), via: [at, nodeRef(ctx, parameter)] }
  }
  if (tag && tag !== '!!str')
    return {
      text: null,
      at,
      via: [],
      unresolved: `${tag} is evaluated by CloudFormation at deploy time`,
    }
  if (isMap(node)) {
    const intrinsic = (node as YAMLMap<Node, Node>).items
      .map((pair) => scalarText(ctx, pair.key))
      .find((key) => key?.startsWith('Fn::'))
    return {
      text: null,
      at,
      via: [],
      unresolved: `${intrinsic ?? 'a mapping'} is evaluated by CloudFormation at deploy time`,
    }
  }
  const text = scalarText(ctx, node)
  return text === null
    ? { text: null, at, via: [], unresolved: sourceText(ctx, node) }
    : { text, at, via: [] }
}

function kubeVersion(
  value: Value | undefined,
  whenAbsent: () => Declared<KubeVersion>,
): Declared<KubeVersion> {
  if (!value) return whenAbsent()
  if (value.text === null)
    return unresolved(
      value.at,
      value.ref ? `!Ref ${value.ref}` : '',
      value.unresolved ?? 'not a plain value',
    )
  const version = parseKubeVersion(value.text)
  return version
    ? resolved(version, value.at, value.via)
    : unresolved(value.at, value.text, `"${value.text}" is not a Kubernetes version`)
}

function stringValue(value: Value | undefined, at: SourceRef, absent: string): Declared<string> {
  if (!value) return unspecified(at, absent)
  if (value.text === null)
    return unresolved(
      value.at,
      value.ref ? `!Ref ${value.ref}` : '',
      value.unresolved ?? 'not a plain value',
    )
  return resolved(value.text, value.at, value.via)
}
