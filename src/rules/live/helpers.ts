import type { SourceRef } from '../../model/source.js'
import { type KubeVersion } from '../../model/version.js'
import type { LiveNodeGroup, LiveView } from '../../model/live.js'
import { type ClusterPair, type RuleContext, type RuleReport } from '../types.js'

export interface Matched {
  readonly pair: ClusterPair
  readonly view: LiveView
  /** The control-plane version after the change: declared head, else what runs. */
  readonly after: KubeVersion | null
  readonly at: SourceRef
}

/** Every live cluster tied to a declared one, with the version it goes to. */
export function matched(context: RuleContext): Matched[] {
  return (context.live?.clusters ?? []).flatMap(({ view, clusterId }) => {
    const pair = context.clusters.find((p) => p.head.id === clusterId)
    if (!pair) return []
    const declared = pair.head.version.status === 'resolved' ? pair.head.version.value : null
    return [{ pair, view, after: declared ?? view.version, at: pair.head.version.at }]
  })
}

/** A live node group's finding points at the declared group of that name, else at the cluster. */
export function groupAt(m: Matched, group: LiveNodeGroup): SourceRef {
  return m.pair.head.nodeGroups.find((g) => g.name === group.name)?.at ?? m.at
}

/** One report per live node group matching `test`, for the rules that only look at nodes. */
export function perGroup(
  context: RuleContext,
  applies: (m: Matched) => boolean,
  test: (group: LiveNodeGroup) => boolean,
  message: (group: LiveNodeGroup, m: Matched) => string,
  tag: string,
): RuleReport[] {
  return matched(context).flatMap((m) =>
    applies(m)
      ? m.view.nodeGroups.filter(test).map((group) => ({
          message: message(group, m),
          at: groupAt(m, group),
          cluster: m.pair.head.id,
          subject: `live:node-group:${group.name}:${tag}`,
        }))
      : [],
  )
}
