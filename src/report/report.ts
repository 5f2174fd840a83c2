import type { GateConfig } from '../config/gate-config.js'
import type { EngineResult, Transition } from '../engine.js'
import type { LiveContext } from '../model/live.js'
import type { Knowledge } from '../knowledge/index.js'
import { shortText, type Declared } from '../model/declared.js'
import type { Finding } from '../model/finding.js'
import type { Cluster, Component } from '../model/inventory.js'
import { formatKubeVersion, type KubeVersion } from '../model/version.js'
import type { UpgradePlan } from '../plan/upgrade-plan.js'

import pkg from '../../package.json' with { type: 'json' }

export const TOOL_NAME = pkg.name
export const TOOL_VERSION = pkg.version

/** The `Declared` shape of the JSON report. */
export interface DeclaredJson {
  value: string | null
  status: Declared<unknown>['status']
  file: string
  line: number
  expression?: string
  note?: string
  via?: Array<{ file: string; line: number }>
}

export interface ClusterJson {
  id: string
  name: string
  /** Where it runs, when the configuration declares it (absent in older reports). */
  region?: string
  account?: string
  source: { kind: string; file: string; line: number }
  version: DeclaredJson
  nodeGroups: Array<{
    name: string
    kind: string
    file: string
    line: number
    version: DeclaredJson
    amiType: DeclaredJson
    amiFamily: DeclaredJson
    releaseVersion: DeclaredJson
    amiId: DeclaredJson
  }>
  addons: Array<{ name: string; file: string; line: number; version: DeclaredJson }>
  components: Array<{
    name: string
    file: string
    line: number
    version: DeclaredJson
    image?: string
  }>
}

export interface FindingJson {
  ruleId: string
  severity: Finding['severity']
  message: string
  file: string
  line: number
  column: number
  cluster: string | null
  new: boolean
  suppressed: boolean
  suppressionReason?: string
  suppressedBy?: 'inline' | 'config'
  /** A literal fix on the line: `from`, written there once, becomes `to`. */
  suggestion?: { from: string; to: string }
  /** Stable across commits: rule, cluster and subject (what review comments and SARIF track). */
  fingerprint: string
  blocking: boolean
  docs: string
}

interface Counts {
  errors: number
  warnings: number
  notices: number
}

/** The JSON report (`--format json`, schemaVersion 1): every renderer works from this. */
export interface Report {
  schemaVersion: 1
  tool: { name: string; version: string; dataDate: string; knowledgeFiles?: string[] }
  base: { ref: string; commit: string | null } | null
  /** The pull request the run was for, so a later workflow can publish this report to it. */
  pullRequest?: { number: number; headSha: string }
  clusters: ClusterJson[]
  transitions: Transition[]
  findings: FindingJson[]
  /** The live clusters read (kubeconfig, AWS), and what could not be read. */
  live?: {
    clusters: Array<{
      name: string
      context: string
      version: string | null
      cluster: string | null
      nodeGroups: Array<{
        name: string
        kind: string
        nodes: number
        kubelet: string | null
        osImages: string[]
      }>
      problems: string[]
    }>
    errors: string[]
  }
  /** Components and Karpenter node classes that could not be tied to a cluster. */
  unassigned: { components: ClusterJson['components']; nodeClasses: string[] }
  /** Findings of the base that the head no longer has: fixed by the change (absent in older reports). */
  fixed?: Array<{
    ruleId: string
    severity: Finding['severity']
    message: string
    file: string
    line: number
    cluster: string | null
  }>
  plan: UpgradePlan[]
  summary: Counts & {
    new: Counts
    suppressed: number
    filesScanned: number
    failOn: string
    result: 'pass' | 'fail'
  }
  notes: string[]
  /** What was evaluated: the whole tree, or the directories the change affects. */
  scope?: {
    mode: 'all' | 'affected'
    reason?: string
    changed?: string[]
    evaluated?: string[]
    /** Where the clusters that were not evaluated are declared: unchanged by construction. */
    unchanged?: string[]
  }
}

export function buildReport(
  result: EngineResult,
  config: GateConfig,
  knowledge: Knowledge,
): Report {
  const live = result.findings.filter((finding) => !finding.suppressed)
  return {
    schemaVersion: 1,
    tool: {
      name: TOOL_NAME,
      version: TOOL_VERSION,
      dataDate: knowledge.dataDate,
      ...(knowledge.overrides.length > 0 && { knowledgeFiles: [...knowledge.overrides] }),
    },
    base: result.baseDescription
      ? { ref: result.baseDescription.ref, commit: result.baseDescription.commit ?? null }
      : null,
    clusters: result.head.clusters.map(clusterJson),
    transitions: [...result.transitions],
    ...(result.live && { live: liveJson(result.live) }),
    unassigned: {
      components: (result.head.unassigned?.components ?? []).map(componentJson),
      nodeClasses: (result.head.unassigned?.nodeGroups ?? []).map(
        (group) => `${group.name} (${group.at.file}:${group.at.line})`,
      ),
    },
    findings: result.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      cluster: finding.cluster ?? null,
      new: finding.new,
      suppressed: finding.suppressed,
      fingerprint: finding.fingerprint,
      ...(finding.suppressionReason !== undefined && {
        suppressionReason: finding.suppressionReason,
      }),
      ...(finding.suppressedBy && { suppressedBy: finding.suppressedBy }),
      ...(finding.suggestion && { suggestion: finding.suggestion }),
      blocking: finding.blocking,
      docs: finding.docs,
    })),
    fixed: result.fixed.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      file: finding.file,
      line: finding.line,
      cluster: finding.cluster ?? null,
    })),
    plan: [...result.upgradePlans],
    summary: {
      ...count(live),
      new: count(live.filter((finding) => finding.new)),
      suppressed: result.findings.length - live.length,
      filesScanned: result.head.filesScanned,
      failOn: config.failOn,
      result: result.result,
    },
    notes: [...result.notes],
  }
}

function count(findings: readonly Finding[]): Counts {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    notices: findings.filter((f) => f.severity === 'notice').length,
  }
}

function declaredJson(declared: Declared<unknown>): DeclaredJson {
  const value =
    declared.value === null
      ? null
      : isKubeVersion(declared.value)
        ? formatKubeVersion(declared.value)
        : String(declared.value)
  return {
    value,
    status: declared.status,
    file: declared.at.file,
    line: declared.at.line,
    ...(declared.expression !== undefined && { expression: declared.expression }),
    ...(declared.note !== undefined && { note: declared.note }),
    ...(declared.via.length > 0 && {
      via: declared.via.map((ref) => ({ file: ref.file, line: ref.line })),
    }),
  }
}

function isKubeVersion(value: unknown): value is KubeVersion {
  return typeof value === 'object' && value !== null && 'major' in value && 'minor' in value
}

function clusterJson(cluster: Cluster): ClusterJson {
  return {
    id: cluster.id,
    name: cluster.name,
    ...(cluster.region && { region: cluster.region }),
    ...(cluster.account && { account: cluster.account }),
    source: { ...cluster.source },
    version: declaredJson(cluster.version),
    nodeGroups: cluster.nodeGroups.map((group) => ({
      name: group.name,
      kind: group.kind,
      file: group.at.file,
      line: group.at.line,
      version: declaredJson(group.version),
      amiType: declaredJson(group.amiType),
      amiFamily: declaredJson(group.amiFamily),
      releaseVersion: declaredJson(group.releaseVersion),
      amiId: declaredJson(group.amiId),
    })),
    addons: cluster.addons.map((addon) => ({
      name: addon.name,
      file: addon.at.file,
      line: addon.at.line,
      version: declaredJson(addon.version),
    })),
    components: cluster.components.map(componentJson),
  }
}

/** "1.30", "latest (policy)", "unresolved: ${VERSION}": how a declared value reads in a table. */
export function describeDeclared(value: DeclaredJson): string {
  switch (value.status) {
    case 'resolved':
      return value.value ?? '?'
    case 'policy':
      return `${value.value ?? value.expression ?? 'policy'} (decided at apply time)`
    case 'unresolved':
      return `unresolved${value.expression ? ` \`${shortText(value.expression)}\`` : ''}`
    case 'unspecified':
      return value.value
        ? `${value.value} (${value.note ?? 'default'})`
        : `not set (${value.note ?? 'default applies'})`
  }
}

/**
 * Nothing EKS-related was found: a mistyped path looks exactly like it. Not so when
 * only what the change reaches was evaluated: the rest is there, unchanged.
 */
export function foundNothing(report: Report): boolean {
  return (
    report.scope?.mode !== 'affected' &&
    report.clusters.length === 0 &&
    report.unassigned.components.length === 0 &&
    report.unassigned.nodeClasses.length === 0
  )
}

export function verdictLine(report: Report): string {
  const { summary } = report
  const blocking = report.findings.filter((finding) => finding.blocking)
  if (foundNothing(report) && blocking.length === 0)
    return summary.result === 'fail'
      ? 'nothing EKS-related was found (fail-on-empty)'
      : 'nothing EKS-related was found: check the path'
  if (summary.result === 'fail') {
    return `${blocking.length} ${plural(blocking.length, 'finding')} at or above "${summary.failOn}" block this change`
  }
  if (report.findings.length === 0) return 'no findings'
  return `nothing blocks this change (${summary.errors} ${plural(summary.errors, 'error')}, ${summary.warnings} ${plural(summary.warnings, 'warning')}, ${summary.notices} ${plural(summary.notices, 'notice')}; fail-on: ${summary.failOn})`
}

export function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`
}

function componentJson(component: Component): ClusterJson['components'][number] {
  return {
    name: component.name,
    file: component.at.file,
    line: component.at.line,
    version: declaredJson(component.version),
    ...(component.image !== undefined && { image: component.image }),
    ...(component.chart !== undefined && { chart: component.chart }),
  }
}

function liveJson(live: LiveContext): NonNullable<Report['live']> {
  return {
    clusters: live.clusters.map(({ view, clusterId }) => ({
      name: view.name,
      context: view.context,
      version: view.version ? formatKubeVersion(view.version) : null,
      cluster: clusterId ?? null,
      nodeGroups: view.nodeGroups.map((g) => ({
        name: g.name,
        kind: g.kind,
        nodes: g.nodes,
        kubelet: g.oldest
          ? g.newest && formatKubeVersion(g.newest) !== formatKubeVersion(g.oldest)
            ? `${formatKubeVersion(g.oldest)}–${formatKubeVersion(g.newest)}`
            : formatKubeVersion(g.oldest)
          : null,
        osImages: [...g.osImages],
      })),
      problems: [...view.problems],
    })),
    errors: [...live.errors],
  }
}
