import { configIsTrusted, type GateConfig } from '../config/gate-config.js'
import {
  applySuppressions,
  directiveKey,
  inlineDirectives,
  isExpired,
  type InlineDirective,
} from '../config/suppression.js'
import type { Knowledge } from '../knowledge/index.js'
import { severityRank, type Finding, type Severity } from '../model/finding.js'
import type { Cluster, Inventory } from '../model/inventory.js'
import { matchClusters, movedPath, NO_MOVES, type Moves } from '../model/identity.js'
import type { SourceRef } from '../model/source.js'
import type { KubeVersion } from '../model/version.js'
import { RULES } from './index.js'
import type { LiveContext } from '../model/live.js'
import type { ClusterPair, Rule, RuleContext, RuleReport } from './types.js'

export interface RuleRunInput {
  readonly head: Inventory
  /** The same tree at the PR's base commit; absent when there is nothing to compare. */
  readonly base?: Inventory
  readonly knowledge: Knowledge
  readonly config: GateConfig
  readonly today: string
  readonly targetVersion?: KubeVersion
  readonly rules?: readonly Rule[]
  readonly live?: LiveContext
  /** Head file texts, for inline `eks-upgrade-gate:ignore` directives. */
  readonly sources?: ReadonlyMap<string, string>
  /** Base file texts: with the configuration from the base, its inline directives are the ones that count. */
  readonly baseSources?: ReadonlyMap<string, string>
  /** What moved between base and head: moved things keep their findings' identity. */
  readonly moves?: Moves
}

export function pairClusters(head: Inventory, base?: Inventory, moves?: Moves): ClusterPair[] {
  return pairsOf(head, matchClusters(head, base, moves))
}

function pairsOf(head: Inventory, matched: ReadonlyMap<string, Cluster>): ClusterPair[] {
  return head.clusters.map((cluster) => {
    const before = matched.get(cluster.id)
    return before ? { head: cluster, base: before } : { head: cluster }
  })
}

/**
 * Runs every enabled rule over head (paired with base) and over base alone;
 * a head finding whose fingerprint base also produced is `existing`, every
 * other one is `new`. Without a base, everything is new.
 */
export function runRules(input: RuleRunInput): {
  findings: Finding[]
  fixed: FixedFinding[]
  /** Inline suppressions the change adds that do not count (configuration from the base). */
  untrustedSuppressions?: SourceRef[]
} {
  const rules = (input.rules ?? RULES).filter((rule) => input.config.rules[rule.meta.id] !== 'off')
  const context = (inventory: Inventory, clusters: ClusterPair[]): RuleContext => ({
    clusters,
    inventory,
    knowledge: input.knowledge,
    today: input.today,
    ...(input.targetVersion && { targetVersion: input.targetVersion }),
  })
  const expired = input.config.ignore.filter((entry) => isExpired(entry, input.today))
  const matched = matchClusters(input.head, input.base, input.moves)
  const paired = new Set(matched.values())
  const removed = (input.base?.clusters ?? []).filter((cluster) => !paired.has(cluster))
  const headContext = {
    ...context(input.head, pairsOf(input.head, matched)),
    ...(removed.length > 0 && { removed }),
    expiredSuppressions: expired,
    ...(input.live && { live: input.live }),
  }
  const baseContext = input.base ? context(input.base, pairClusters(input.base)) : undefined

  // A base finding is named as the head names it: its cluster by the head cluster it
  // is (moved, renamed module), the files in its subject by their head paths.
  const headIdOf = new Map([...matched].map(([id, before]) => [before.id, id]))
  const moves = input.moves ?? NO_MOVES
  const existing = new Map<string, { rule: Rule; report: RuleReport }>()
  if (baseContext) {
    for (const rule of rules) {
      for (const report of rule.check(baseContext))
        existing.set(
          fingerprint(rule, {
            ...report,
            // A base cluster no head cluster is (removed, or replaced in place by a
            // new name or region) matches nothing, even where the head reuses its id.
            ...(report.cluster !== undefined && {
              cluster: headIdOf.get(report.cluster) ?? `replaced:${report.cluster}`,
            }),
            subject: report.subject
              .split(':')
              .map((part) => movedPath(moves, part))
              .join(':'),
          }),
          { rule, report },
        )
    }
  }

  const severityOf = (rule: Rule): Severity => {
    const setting = input.config.rules[rule.meta.id]
    return setting && setting !== 'off' ? setting : rule.meta.severity
  }
  const findings: Finding[] = []
  for (const rule of rules) {
    const severity = severityOf(rule)
    for (const report of rule.check(headContext)) {
      const print = fingerprint(rule, report)
      findings.push({
        ruleId: rule.meta.id,
        severity,
        message: report.message,
        file: report.at.file,
        line: report.at.line,
        column: report.at.column,
        ...(report.cluster !== undefined && { cluster: report.cluster }),
        fingerprint: print,
        ...(report.suggestion && { suggestion: report.suggestion }),
        new: baseContext ? !existing.has(print) : true,
        suppressed: false,
        blocking: false,
        docs: rule.meta.docs,
      })
    }
  }
  // Before worstCase keeps one of a file's duplicates: the others are not fixed.
  const present = new Set(findings.map((finding) => finding.fingerprint))
  const names = new Map(input.head.clusters.map((cluster) => [cluster.id, cluster.name]))
  worstCase(findings, input.head)
  const suppressions = applySuppressions(
    findings,
    input.sources ?? new Map(),
    input.config.ignore,
    input.today,
    names,
    configIsTrusted(input.config)
      ? directivesOnBase(input.baseSources ?? new Map(), input.moves ?? NO_MOVES)
      : undefined,
  )
  const judged = suppressions.findings.map((finding) => ({
    ...finding,
    blocking: blocks(finding, input.config),
  }))
  // What the base had and the head no longer has: cured by the change.
  const fixed: FixedFinding[] = [...existing]
    .filter(([print]) => !present.has(print))
    .map(([, { rule, report }]) => ({
      ruleId: rule.meta.id,
      severity: severityOf(rule),
      message: report.message,
      file: report.at.file,
      line: report.at.line,
      ...(report.cluster !== undefined && { cluster: report.cluster }),
    }))
  return {
    findings: sortFindings(judged),
    fixed,
    ...(suppressions.untrusted.length > 0 && { untrustedSuppressions: suppressions.untrusted }),
  }
}

/**
 * With the configuration from the base, an inline suppression counts only if the
 * base's version of the file (followed through renames) has the same directive:
 * one the change adds takes effect once it is merged.
 */
function directivesOnBase(
  baseSources: ReadonlyMap<string, string>,
  moves: Moves,
): (file: string, directive: InlineDirective) => boolean {
  const baseName = new Map([...moves.files].map(([from, to]) => [to, from]))
  const keys = new Map<string, Set<string>>()
  return (file, directive) => {
    const name = baseName.get(file) ?? file
    let found = keys.get(name)
    if (!found) {
      found = new Set([...inlineDirectives(baseSources.get(name) ?? '').values()].map(directiveKey))
      keys.set(name, found)
    }
    return found.has(directiveKey(directive))
  }
}

/** A base finding the head no longer has, where the base had it. */
export interface FixedFinding {
  readonly ruleId: string
  readonly severity: Severity
  readonly message: string
  readonly file: string
  readonly line: number
  readonly cluster?: string
}

/**
 * A file that could serve several clusters was judged against each: keep one
 * finding per problem (a new one first), saying which clusters and how to settle it.
 */
function worstCase(findings: Finding[], head: Inventory): void {
  const ambiguous = new Map((head.ambiguous ?? []).map((entry) => [entry.file, entry.clusters]))
  if (ambiguous.size === 0) return
  const kept = new Map<string, number>()
  const drop = new Set<number>()
  findings.forEach((finding, index) => {
    const candidates = ambiguous.get(finding.file)
    if (!candidates) return
    const key = [finding.ruleId, finding.file, finding.line, finding.column].join('|')
    const previous = kept.get(key)
    if (previous === undefined || (!findings[previous]!.new && finding.new)) {
      if (previous !== undefined) drop.add(previous)
      kept.set(key, index)
    } else drop.add(index)
    findings[index] = {
      ...finding,
      message: `${finding.message} This file is not tied to one cluster, so it was judged against each it could serve (${candidates.join(', ')}); an assign entry for ${finding.file} in the configuration file says which.`,
    }
  })
  for (const index of [...drop].sort((a, b) => b - a)) findings.splice(index, 1)
}

function fingerprint(rule: Rule, report: RuleReport): string {
  return [rule.meta.id, report.cluster ?? '', report.subject].join('|')
}

/** New before existing, then by severity, then by place, so the worst new problem is first. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      Number(b.new) - Number(a.new) ||
      severityRank(b.severity) - severityRank(a.severity) ||
      byCodeUnit(a.file, b.file) ||
      a.line - b.line ||
      byCodeUnit(a.ruleId, b.ruleId),
  )
}

// Not localeCompare: that follows the machine's locale (LANG), and under da_DK
// clusters/aa.yaml sorts after clusters/z.yaml, so one change got its findings in
// another order on another runner.
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Whether a finding should fail the check under the configured threshold. */
export function blocks(finding: Finding, config: GateConfig): boolean {
  if (config.failOn === 'never' || finding.suppressed) return false
  if (!finding.new && !config.failOnExisting) return false
  return severityRank(finding.severity) >= severityRank(config.failOn)
}
