import { amiFamilyFromHint } from '../../../knowledge/ami.js'
import { unresolved, unspecified, type Declared } from '../../../model/declared.js'
import type { SourceRef } from '../../../model/source.js'
import type { KubeVersion } from '../../../model/version.js'
import { asString, type Value } from '../hcl/value.js'
import { agreed, amiHints, declaredString, versionFromAmi } from './declare.js'
import { nodeImage } from './launch-template.js'
import { groupVersion } from './node-version.js'
import { attr, text, type Site } from './site.js'

const CLUSTER_TAG = /^kubernetes\.io\/cluster\/(.+)$/

/**
 * An `aws_autoscaling_group` is a self-managed node group when its instances
 * boot an EKS-optimized AMI (an SSM path or AMI name filter with the minor) or
 * it carries the `kubernetes.io/cluster/NAME` tag nodes need. Its Kubernetes
 * version is its AMI's: a group whose image cannot be followed is unresolved,
 * never assumed to match the control plane.
 */
export function readAutoscalingGroup(site: Site): void {
  const image = nodeImage(site)
  const fromAmi = image ? versionFromAmi(image.value) : null
  const clusterName = clusterTag(site)
  // Without an EKS AMI or the tag, a group inside a module that declares a cluster
  // (a vendored terraform-aws-eks with a custom AMI id) is that cluster's.
  const onlyInsideCluster = !eksAmi(image?.value) && clusterName === undefined
  if (onlyInsideCluster && !site.instance.address) return
  const at = site.block.at
  const name = text(attr(site, 'name')) ?? text(attr(site, 'name_prefix')) ?? site.address
  const amiId: Declared<string> = image
    ? declaredString(image.value, image.at, () =>
        unspecified(at, 'the launch template sets no image'),
      )
    : unresolved(
        at,
        site.address,
        'the launch template or configuration of this group could not be followed',
      )
  const hint = image ? familyHint(image.value) : undefined
  const family = hint?.family ?? null
  const amiFamily: Declared<string> = hint
    ? unspecified(hint.at, `from the AMI ${hint.text}`, hint.family)
    : unspecified(at, 'a self-managed group: see its AMI')
  site.out.attachments.push({
    root: site.root,
    link:
      clusterName !== undefined
        ? { kind: 'name', name: clusterName }
        : {
            kind: 'unknown',
            reason: 'the group has no kubernetes.io/cluster/NAME tag',
            within: site.instance.address,
          },
    what: `self-managed node group ${name}`,
    ...(onlyInsideCluster && { onlyInsideCluster }),
    at,
    attach(cluster) {
      const version: Declared<KubeVersion> = groupVersion({
        explicit: undefined,
        release: unspecified(at, 'a self-managed group runs the AMI it is given'),
        amiType: family,
        customAmi: fromAmi ?? amiId,
        cluster: cluster.version,
        at,
      })
      cluster.nodeGroups.push({
        name,
        kind: 'self-managed',
        at,
        version,
        amiType: unspecified(at, 'a self-managed group has no EKS AMI type; see its AMI family'),
        amiFamily,
        releaseVersion: unspecified(at, 'a self-managed group runs the AMI it is given'),
        amiId,
      })
    },
  })
}

/** An EKS-optimized AMI, even when which of several it is (and so its minor) is not known. */
function eksAmi(value: Value | undefined): boolean {
  if (!value) return false
  if (value.type === 'unknown' && value.either) return value.either.some(eksAmi)
  return versionFromAmi(value) !== null
}

function familyHint(value: Value): { text: string; family: string; at: SourceRef } | undefined {
  if (value.type === 'unknown' && value.either)
    return agreed(value.either, familyHint, (hint) => hint.family) ?? undefined
  for (const hint of amiHints(value)) {
    const text = asString(hint)
    const family = text ? amiFamilyFromHint(text) : null
    if (text && family) return { text, family, at: hint.origin.at }
  }
  return undefined
}

/** The cluster named by a static `tag { key = "kubernetes.io/cluster/NAME" }` block or `tags` list entry. */
function clusterTag(site: Site): string | undefined {
  for (const block of site.block.body.blocks) {
    if (block.type !== 'tag') continue
    const key = block.body.attributes.get('key')
    const value = key && asString(site.instance.evaluateIn(site.expansion, key.expression))
    const match = value ? CLUSTER_TAG.exec(value) : null
    if (match) return match[1]
  }
  const tags = attr(site, 'tags')?.value
  for (const item of tags?.type === 'list' ? tags.items : []) {
    const key = item.type === 'object' ? item.entries.get('key') : undefined
    const match = key ? CLUSTER_TAG.exec(asString(key) ?? '') : null
    if (match) return match[1]
  }
  return undefined
}
