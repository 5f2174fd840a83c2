import type { Knowledge } from '../knowledge/index.js'
import type { Severity } from '../model/finding.js'
import type { Cluster, Inventory } from '../model/inventory.js'
import type { SourceRef } from '../model/source.js'
import type { KubeVersion } from '../model/version.js'
import type { LiveContext } from '../model/live.js'

export type RuleFamily =
  'control-plane' | 'nodes' | 'amis' | 'addons' | 'components' | 'live' | 'tool'

export interface RuleMeta {
  /** Stable; used in config, inline suppressions, SARIF and docs/rules/<id>.md. */
  readonly id: string
  readonly family: RuleFamily
  readonly severity: Severity
  /** One line for the README table and SARIF `shortDescription`. */
  readonly title: string
  readonly docs: string
}

/** A head cluster and, when the change under review had one, the same cluster at base. */
export interface ClusterPair {
  readonly head: Cluster
  readonly base?: Cluster
}

export interface RuleContext {
  readonly clusters: readonly ClusterPair[]
  readonly inventory: Inventory
  readonly knowledge: Knowledge
  /** ISO date the evaluation is for; rules never read the clock. */
  readonly today: string
  readonly targetVersion?: KubeVersion
  /** Base clusters no head cluster is: deleted by the change, or hidden from the gate. */
  readonly removed?: readonly Cluster[]
  /** The live cluster, when one was read (and which declared cluster it is). */
  readonly live?: LiveContext
  /** Configuration suppressions whose expiry date has passed. */
  readonly expiredSuppressions?: ReadonlyArray<{
    readonly rule: string
    readonly reason: string
    readonly expires?: string
    readonly at: SourceRef
  }>
}

export interface RuleReport {
  readonly message: string
  readonly at: SourceRef
  readonly cluster?: string
  /**
   * What the report is about (node group name, add-on, file): with the rule
   * and cluster it recognises the same problem in base and head.
   */
  readonly subject: string
  /** A literal fix on the reported line: this text, written there once, becomes `to`. */
  readonly suggestion?: Suggestion
}

export interface Suggestion {
  readonly from: string
  readonly to: string
}

export interface Rule {
  readonly meta: RuleMeta
  check(context: RuleContext): RuleReport[]
}

const DOCS_BASE = 'https://github.com/eks-upgrade-gate/eks-upgrade-gate/blob/main/docs/rules'

/** The rule's page, docs/rules/<id>.md: derived from the id, so it cannot be mistyped. */
export function docsUrl(id: string): string {
  return `${DOCS_BASE}/${id}.md`
}

/**
 * Declares a rule (as typescript-eslint's RuleCreator does): its meta without
 * the docs URL, which follows from the id, and its check.
 */
export function defineRule(rule: {
  readonly meta: Omit<RuleMeta, 'docs'>
  readonly check: Rule['check']
}): Rule {
  return { meta: { ...rule.meta, docs: docsUrl(rule.meta.id) }, check: rule.check }
}
