import { minimatch } from 'minimatch'
import type { Finding } from '../model/finding.js'
import type { SourceRef } from '../model/source.js'

/** An `ignore` entry of the configuration file. */
export interface IgnoreEntry {
  /** A rule id, or `*` for every rule. */
  readonly rule: string
  /** Glob on the cluster id or name. */
  readonly cluster?: string
  /** Glob on the file path. */
  readonly file?: string
  readonly reason: string
  /** YYYY-MM-DD; from that day on the entry no longer applies. */
  readonly expires?: string
  /** Where the entry is written, for the suppression-expired finding. */
  readonly at: SourceRef
}

export interface InlineDirective {
  readonly rules: readonly string[]
  readonly reason: string
}

const MARKER = 'eks-upgrade-gate:ignore'

/**
 * `# eks-upgrade-gate:ignore RULE[,RULE] -- reason` in HCL (#, //) or YAML (#),
 * read in one pass: a pull request controls these lines, and a backtracking
 * pattern took seconds on a line of spaces (hours on a 5 MiB one).
 */
function directiveOf(line: string): InlineDirective | undefined {
  const at = line.indexOf(MARKER)
  if (at < 0) return undefined
  const before = line.slice(0, at).trimEnd()
  if (!before.endsWith('#') && !before.endsWith('//')) return undefined
  const rest = line.slice(at + MARKER.length)
  if (!/^\s/.test(rest)) return undefined
  const separator = rest.search(/\s--/)
  const rulesText = separator < 0 ? rest : rest.slice(0, separator)
  if (!/^[A-Za-z0-9*,\s-]*$/.test(rulesText)) return undefined
  const rules = rulesText.split(/[\s,]+/).filter(Boolean)
  if (rules.length === 0) return undefined
  const reason = separator < 0 ? '' : rest.slice(separator + 3).trim()
  return { rules, reason: reason || 'no reason given' }
}

/**
 * The inline suppressions of one file, by the lines they cover: the
 * directive's own line (a trailing comment) and the line below it.
 */
export function inlineDirectives(text: string): Map<number, InlineDirective> {
  const byLine = new Map<number, InlineDirective>()
  if (!text.includes('eks-upgrade-gate:ignore')) return byLine
  text.split('\n').forEach((line, index) => {
    const directive = directiveOf(line)
    if (!directive) return
    byLine.set(index + 1, directive)
    byLine.set(index + 2, directive)
  })
  return byLine
}

/**
 * Marks findings suppressed by inline directives (in head files) or active
 * configuration entries. Expired entries suppress nothing and are returned so
 * the report can say so. Suppressed findings stay in the report, counted.
 */
export function applySuppressions(
  findings: readonly Finding[],
  sources: ReadonlyMap<string, string>,
  entries: readonly IgnoreEntry[],
  today: string,
  clusterNames: ReadonlyMap<string, string>,
  /** When given, an inline directive counts only if this says the base has it too. */
  trusted?: (file: string, directive: InlineDirective) => boolean,
): { findings: Finding[]; untrusted: SourceRef[] } {
  const directives = new Map<string, Map<number, InlineDirective>>()
  const directivesOf = (file: string) => {
    let found = directives.get(file)
    if (!found) directives.set(file, (found = inlineDirectives(sources.get(file) ?? '')))
    return found
  }
  const active = entries.filter((entry) => !isExpired(entry, today))
  const untrusted: SourceRef[] = []
  const judged = findings.map((finding): Finding => {
    const inline = directivesOf(finding.file).get(finding.line)
    const applies = inline && (inline.rules.includes(finding.ruleId) || inline.rules.includes('*'))
    if (applies && trusted && !trusted(finding.file, inline)) {
      untrusted.push({ file: finding.file, line: finding.line, column: finding.column })
    } else if (applies) {
      return {
        ...finding,
        suppressed: true,
        suppressionReason: inline.reason,
        suppressedBy: 'inline',
      }
    }
    const entry = active.find((candidate) => matches(candidate, finding, clusterNames))
    return entry
      ? { ...finding, suppressed: true, suppressionReason: entry.reason, suppressedBy: 'config' }
      : finding
  })
  return { findings: judged, untrusted }
}

/** The same directive, wherever it is written: its rules and its reason. */
export function directiveKey(directive: InlineDirective): string {
  return `${[...directive.rules].sort().join(',')}\0${directive.reason}`
}

export function isExpired(entry: IgnoreEntry, today: string): boolean {
  return entry.expires !== undefined && today >= entry.expires
}

function matches(
  entry: IgnoreEntry,
  finding: Finding,
  clusterNames: ReadonlyMap<string, string>,
): boolean {
  if (entry.rule !== '*' && entry.rule !== finding.ruleId) return false
  if (entry.file && !minimatch(finding.file, entry.file, { dot: true })) return false
  if (entry.cluster) {
    const id = finding.cluster
    if (!id) return false
    const name = clusterNames.get(id) ?? ''
    if (
      !minimatch(id, entry.cluster, { dot: true }) &&
      !minimatch(name, entry.cluster, { dot: true })
    )
      return false
  }
  return true
}
