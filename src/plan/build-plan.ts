import type { Finding } from '../model/finding.js'
import type { Cluster } from '../model/inventory.js'
import {
  addMinors,
  compareKubeVersions,
  formatKubeVersion,
  minorDistance,
  type KubeVersion,
} from '../model/version.js'

export type PlanStepKind = 'preflight' | 'control-plane' | 'node-groups'

export interface PlanStep {
  readonly kind: PlanStepKind
  /** The hop this step belongs to, e.g. "1.29 → 1.30"; absent for pre-flight. */
  readonly hop?: string
  readonly text: string
}

export interface ClusterPlan {
  readonly cluster: string
  readonly name: string
  readonly from: string
  readonly to: string
  readonly steps: readonly PlanStep[]
}

/**
 * The safe order for a version change: clear the blockers, then for every
 * minor on the way move the control plane first and the node groups after it.
 */
export function buildClusterPlan(
  cluster: Cluster,
  from: KubeVersion,
  to: KubeVersion,
  findings: readonly Finding[],
): ClusterPlan | null {
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

  const hops = minorDistance(from, to)
  for (let i = 0; i < hops; i++) {
    const hopFrom = addMinors(from, i)
    const hopTo = addMinors(from, i + 1)
    const hop = `${formatKubeVersion(hopFrom)} → ${formatKubeVersion(hopTo)}`
    steps.push({
      kind: 'control-plane',
      hop,
      text: `Upgrade the control plane of ${cluster.name} to ${formatKubeVersion(hopTo)}`,
    })
    const groups = cluster.nodeGroups
      .filter((group) => group.kind !== 'fargate')
      .map((group) => group.name)
    if (groups.length > 0) {
      steps.push({
        kind: 'node-groups',
        hop,
        text: `Upgrade node groups ${groups.join(', ')} to ${formatKubeVersion(hopTo)}`,
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
