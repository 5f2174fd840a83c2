import { amiFamilySupport } from '../knowledge/ami.js'
import { newestKnown, versionInfo, vpcCniFloor, type Knowledge } from '../knowledge/index.js'
import { compareAddonVersions, parseAddonVersion } from '../model/addon-version.js'
import type { Finding } from '../model/finding.js'
import type { Addon, Cluster, NodeGroup } from '../model/inventory.js'
import type { SourceRef } from '../model/source.js'
import {
  addMinors,
  compareKubeVersions,
  formatKubeVersion,
  minorDistance,
  type KubeVersion,
} from '../model/version.js'

export type PlanStepKind =
  'preflight' | 'control-plane' | 'addon' | 'node-group' | 'component' | 'review'

export interface PlanStep {
  readonly kind: PlanStepKind
  /** The hop this step belongs to, e.g. "1.29 → 1.30"; absent for pre-flight. */
  readonly hop?: string
  readonly text: string
  /** What it names: an add-on, node group or component. */
  readonly subject?: string
  /** The version to move to, when the data names one. */
  readonly version?: string
  /** Where to edit: the line that holds the value, or (declared: false) where to add it. */
  readonly file?: string
  readonly line?: number
  readonly declared?: boolean
}

/** A step's place to edit: the value's own line when written, else the block to add it to. */
function editAt(
  value: { readonly status: string; readonly at: SourceRef },
  owner: SourceRef,
): Pick<PlanStep, 'file' | 'line' | 'declared'> {
  const written = value.status === 'resolved' || value.status === 'policy'
  const at = written ? value.at : owner
  return { file: at.file, line: at.line, declared: written }
}

export interface UpgradePlan {
  readonly cluster: string
  readonly name: string
  readonly from: string
  readonly to: string
  readonly steps: readonly PlanStep[]
}

const CORE_ADDONS = ['kube-proxy', 'coredns', 'vpc-cni'] as const

/**
 * The safe order for a version change (DESIGN §5): clear the blockers, then
 * for every minor on the way — control plane, add-ons to versions for the new
 * minor (named from the data), node groups onto AMIs of the new minor, then
 * components. Managed node groups move every hop because EKS refuses the
 * next control-plane upgrade until they match.
 */
export function buildUpgradePlan(
  cluster: Cluster,
  from: KubeVersion,
  to: KubeVersion,
  findings: readonly Finding[],
  knowledge: Knowledge,
): UpgradePlan | null {
  if (compareKubeVersions(to, from) <= 0) return null
  const steps: PlanStep[] = findings
    // The hops below already answer a skipped minor; every other error must be cleared first.
    .filter(
      (f) =>
        f.cluster === cluster.id &&
        f.severity === 'error' &&
        !f.suppressed &&
        f.ruleId !== 'control-plane-skips-minor',
    )
    .map((finding) => ({
      kind: 'preflight',
      text: `Resolve first: ${finding.message} (${finding.file}:${finding.line})`,
    }))

  for (let i = 0; i < minorDistance(from, to); i++) {
    const next = addMinors(from, i + 1)
    // A typo like 1.99 must not plan 60 hops: stop where the data ends and say so
    // (version-unknown-to-data reports the version itself).
    if (compareKubeVersions(next, newestKnown(knowledge)) > 0) {
      steps.push({
        kind: 'review',
        hop: `${formatKubeVersion(addMinors(from, i))} → ${formatKubeVersion(to)}`,
        text: `Plan the rest when the EKS data knows ${formatKubeVersion(next)}: the data ends at ${formatKubeVersion(newestKnown(knowledge))}; check the version, or add newer versions with a knowledge-file`,
      })
      break
    }
    const hop = `${formatKubeVersion(addMinors(from, i))} → ${formatKubeVersion(next)}`
    const nextText = formatKubeVersion(next)
    const facts = versionInfo(knowledge, next)
    steps.push({
      kind: 'control-plane',
      hop,
      text: `Upgrade the control plane of ${cluster.name} to ${nextText}`,
      version: nextText,
      ...editAt(cluster.version, cluster.version.at),
    })
    for (const note of facts?.upgradeNotes ?? []) {
      if (note.severity === 'blocking' || note.severity === 'warning')
        steps.push({ kind: 'review', hop, text: `Check before ${nextText}: ${note.text}` })
    }
    for (const name of CORE_ADDONS) {
      const addon = cluster.addons.find((a) => a.name === name)
      // An add-on the configuration does not manage is added to the cluster's block.
      const where = addon
        ? editAt(addon.version, addon.at)
        : { file: cluster.source.file, line: cluster.source.line, declared: false }
      steps.push(
        ...addonStep(cluster, name, next, hop, knowledge).map((step) => ({ ...step, ...where })),
      )
    }
    for (const group of cluster.nodeGroups) {
      // A group that follows the control plane has nothing of its own to edit: its block is where it rolls.
      const where =
        group.version.status === 'resolved'
          ? editAt(group.version, group.at)
          : { file: group.at.file, line: group.at.line }
      steps.push({ ...nodeGroupStep(group, next, hop, knowledge), ...where })
    }
    // One step however many places name the autoscaler (a chart dependency and its values).
    const autoscaler = cluster.components.find((c) => c.name === 'cluster-autoscaler')
    if (autoscaler) {
      steps.push({
        kind: 'component',
        hop,
        subject: 'cluster-autoscaler',
        text: `Move cluster-autoscaler to a v${nextText}.x image (its minor must match the cluster's)`,
        ...editAt(autoscaler.version, autoscaler.at),
      })
    }
  }
  return {
    cluster: cluster.id,
    name: cluster.name,
    from: formatKubeVersion(from),
    to: formatKubeVersion(to),
    steps,
  }
}

function addonStep(
  cluster: Cluster,
  name: (typeof CORE_ADDONS)[number],
  next: KubeVersion,
  hop: string,
  knowledge: Knowledge,
): PlanStep[] {
  const addon: Addon | undefined = cluster.addons.find((a) => a.name === name)
  const facts = versionInfo(knowledge, next)?.addons
  const nextText = formatKubeVersion(next)
  if (addon?.version.status === 'policy') {
    return [
      {
        kind: 'addon',
        hop,
        subject: name,
        text: `${name} (${addon.version.value}) picks its ${nextText} version when applied`,
      },
    ]
  }
  if (name === 'vpc-cni') {
    const minimum = vpcCniFloor(knowledge, next)?.minimum
    const pinned =
      addon?.version.status === 'resolved' && addon.version.value
        ? parseAddonVersion(addon.version.value)
        : null
    const min = minimum ? parseAddonVersion(minimum) : null
    if (pinned && min && compareAddonVersions(pinned, min) < 0) {
      return [
        {
          kind: 'addon',
          hop,
          subject: name,
          version: minimum,
          text: `Update vpc-cni to at least ${minimum} one minor at a time, before the control plane`,
        },
      ]
    }
    return []
  }
  const target = name === 'kube-proxy' ? facts?.kubeProxy?.latestAddon : facts?.coredns?.latestAddon
  if (!addon && !target) return []
  const label = addon ? `Update the ${name} add-on` : `Update ${name}`
  return [
    {
      kind: 'addon',
      hop,
      subject: name,
      ...(target && { version: target }),
      text: target
        ? `${label} to ${target} (newest seen for ${nextText})`
        : `${label} to a version for ${nextText}`,
    },
  ]
}

function nodeGroupStep(
  group: NodeGroup,
  next: KubeVersion,
  hop: string,
  knowledge: Knowledge,
): PlanStep {
  const nextText = formatKubeVersion(next)
  if (group.kind === 'fargate') {
    return {
      kind: 'node-group',
      hop,
      subject: group.name,
      text: `Restart the pods of Fargate profile ${group.name} so they run on ${nextText}`,
    }
  }
  const ami = group.amiType.value ?? group.amiFamily.value
  const support = ami ? amiFamilySupport(knowledge, ami, next) : { status: 'unknown' as const }
  if (support.status === 'unsupported') {
    return {
      kind: 'node-group',
      hop,
      subject: group.name,
      text: `Migrate node group ${group.name} from ${ami} to AL2023 or Bottlerocket: ${support.reason}`,
    }
  }
  const facts = versionInfo(knowledge, next)?.amis
  const bottlerocket = ami !== null && /bottlerocket/i.test(ami)
  const release =
    ami && /AL2023|AmazonLinux2023/i.test(ami) ? (facts?.al2023LatestRelease ?? null) : null
  const how =
    group.kind === 'managed' ? 'Upgrade managed node group' : 'Roll self-managed node group'
  // Without a declared AMI type the group keeps whatever it was created with, possibly AL2.
  const unknownFamily =
    !ami && compareKubeVersions(next, knowledge.al2LastMinor) > 0
      ? ` (its AMI type is not declared: if it runs AL2, migrate it to AL2023 first, AL2 has no ${nextText} AMI)`
      : ''
  // What the release ships, when the changelog data knows it: containerd 2 and a new kernel are what change under workloads.
  const ships = release ? knowledge.amiReleases[release]?.al2023 : undefined
  const contents = ships
    ? [
        ships.containerd && `containerd ${ships.containerd}`,
        ships.kernel && `kernel ${ships.kernel}`,
      ]
        .filter(Boolean)
        .join(', ')
    : ''
  const detail = release
    ? ` (AL2023 AMI release ${release}${contents ? `: ${contents}` : ''})`
    : bottlerocket
      ? ` (Bottlerocket aws-k8s-${nextText} variant)`
      : unknownFamily
  return {
    kind: 'node-group',
    hop,
    subject: group.name,
    ...(release && { version: release }),
    text: `${how} ${group.name} to ${nextText}${detail}`,
  }
}
