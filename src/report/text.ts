import * as util from 'node:util'
import { groupByHop } from './markdown.js'
import { describeDeclared, plural, verdictLine, type FindingJson, type Report } from './report.js'
import { visibleStrings } from './untrusted.js'

export interface TextOptions {
  /**
   * A terminal: findings grouped by cluster, every line wrapped at word boundaries to
   * `columns` by `wrap` (wrap-ansi, which the CLI loads only for a terminal: its
   * Unicode tables cost a start-up that piped and CI output never needs).
   */
  readonly width?: { readonly columns: number; readonly wrap: WrapText }
  /** ANSI colour for severities and the verdict (a terminal that wants it). */
  readonly color?: boolean
  /** The verdict and the new findings only. */
  readonly quiet?: boolean
}

/** Wraps text at word boundaries to `columns`, keeping ANSI styles intact. */
export type WrapText = (text: string, columns: number) => string

type Style = Parameters<typeof util.styleText>[0]

/**
 * Terminal output: clusters, then findings as `file:line:col severity message [rule]`,
 * then the verdict. Every string from the repository is made visible first, so none
 * can break a line (see untrusted.ts).
 */
export function renderText(untrusted: Report, options: TextOptions = {}): string {
  const report = visibleStrings(untrusted)
  // We decide when to colour (a terminal, NO_COLOR, --no-color); Node before 20.12 has no styleText.
  const paint = (style: Style, text: string) =>
    options.color && typeof util.styleText === 'function'
      ? util.styleText(style, text, { validateStream: false })
      : text
  const severity = (finding: Pick<FindingJson, 'severity'>) =>
    paint(
      finding.severity === 'error' ? 'red' : finding.severity === 'warning' ? 'yellow' : 'blue',
      finding.severity,
    )
  const { summary } = report
  const verdict =
    `${summary.result === 'fail' ? paint(['bold', 'red'], 'FAIL') : paint(['bold', 'green'], 'PASS')}: ${verdictLine(report)}. ` +
    `${summary.filesScanned} ${plural(summary.filesScanned, 'file')} scanned.`
  const finish = (lines: string[]) =>
    (options.width
      ? lines.flatMap((line) => wrap(line, options.width!.columns, options.width!.wrap))
      : lines
    ).join('\n') + '\n'
  if (options.quiet) {
    const fresh = report.findings.filter((f) => f.new && !f.suppressed)
    return finish([
      ...fresh.map((f) => `${place(f)}  ${severity(f)}  ${f.message}  [${f.ruleId}]`),
      verdict,
    ])
  }
  const lines: string[] = []
  const base = report.base
    ? ` · base ${report.base.ref}${report.base.commit ? ` (${report.base.commit.slice(0, 12)})` : ''}`
    : ''
  lines.push(
    `${report.tool.name} ${report.tool.version} · EKS data ${report.tool.dataDate}${report.tool.knowledgeFiles ? ` + ${report.tool.knowledgeFiles.join(', ')}` : ''}${base}`,
    '',
  )

  lines.push(`Clusters (${report.clusters.length})`)
  if (report.clusters.length === 0)
    lines.push(
      report.scope?.mode === 'affected' ? '  none that the change reaches' : '  none found',
    )
  const unchanged = report.scope?.unchanged ?? []
  if (unchanged.length > 0)
    lines.push(
      `  + ${unchanged.length} unchanged, not evaluated: ${unchanged.slice(0, 3).join(', ')}${unchanged.length > 3 ? ` and ${unchanged.length - 3} more` : ''}`,
    )
  for (const cluster of report.clusters) {
    const transition = report.transitions.find((t) => t.cluster === cluster.id)
    const version = transition
      ? `${transition.from} → ${transition.to}`
      : describeDeclared(cluster.version)
    lines.push(
      `  ${cluster.name}  ${version}  ${cluster.version.file}:${cluster.version.line}  [${cluster.id}]`,
    )
    for (const group of cluster.nodeGroups) {
      lines.push(
        `    ${group.kind} node group ${group.name}: ${describeDeclared(group.version)}  ${group.version.file}:${group.version.line}`,
      )
    }
    for (const addon of cluster.addons) {
      lines.push(
        `    add-on ${addon.name}: ${describeDeclared(addon.version)}  ${addon.version.file}:${addon.version.line}`,
      )
    }
  }
  lines.push('')

  lines.push(`Findings (${report.findings.length})`)
  if (report.findings.length === 0) lines.push('  none')
  const status = (finding: FindingJson) =>
    finding.suppressed
      ? `suppressed (${finding.suppressionReason ?? 'no reason'})`
      : finding.new
        ? paint('bold', 'new')
        : 'existing'
  if (options.width) {
    // A person at a terminal reads by cluster: a heading each, the message on its own lines.
    const names = new Map(report.clusters.map((c) => [c.id, c.name]))
    const groups = new Map<string, FindingJson[]>()
    for (const finding of report.findings) {
      const name = (finding.cluster && names.get(finding.cluster)) || 'not tied to a cluster'
      groups.set(name, [...(groups.get(name) ?? []), finding])
    }
    for (const [name, findings] of groups) {
      lines.push(`  ${name}`)
      for (const finding of findings)
        lines.push(
          `    ${severity(finding)}  ${status(finding)}  ${place(finding)}`,
          `      ${finding.message}  [${finding.ruleId}]`,
        )
    }
  } else {
    for (const finding of report.findings)
      lines.push(
        `  ${place(finding)}  ${finding.severity}  ${status(finding)}  ${finding.message}  [${finding.ruleId}]`,
      )
  }

  const fixed = report.fixed ?? []
  if (fixed.length > 0) {
    lines.push('', `Fixed by this change (${fixed.length})`)
    for (const finding of fixed)
      lines.push(
        `  ${finding.file}:${finding.line}  ${finding.severity}  ${finding.message}  [${finding.ruleId}]`,
      )
  }

  for (const plan of report.plan) {
    lines.push('', `Upgrade plan for ${plan.name}: ${plan.from} → ${plan.to}`)
    for (const [hop, steps] of groupByHop(plan.steps)) {
      lines.push(
        `  ${hop ?? 'Before you start'}`,
        ...steps.map(
          (step) =>
            `    - ${step.text}${step.file && step.line ? (step.declared === false ? `  (not set yet: add it at ${step.file}:${step.line})` : `  (${step.file}:${step.line})`) : ''}`,
        ),
      )
    }
  }

  for (const note of report.notes) lines.push('', `Note: ${note}`)
  lines.push('', verdict)
  return finish(lines)
}

/** Where a finding is, or that no file holds it. */
function place(finding: FindingJson): string {
  return finding.file ? `${finding.file}:${finding.line}:${finding.column}` : '(no file)'
}

/** One line wrapped at word boundaries to `width`, continuation lines indented under it. */
function wrap(line: string, width: number, wrapAnsi: WrapText): string[] {
  const indent = /^ */.exec(line)![0].length
  const hang = line.trimStart().startsWith('- ') ? indent + 2 : indent + (indent > 0 ? 2 : 0)
  const room = Math.max(20, width - hang)
  const [first, ...rest] = wrapAnsi(line.slice(indent), Math.max(20, width - indent)).split('\n')
  const tail = rest.join(' ')
  return [
    ' '.repeat(indent) + first,
    ...(tail
      ? wrapAnsi(tail, room)
          .split('\n')
          .map((part) => ' '.repeat(hang) + part)
      : []),
  ]
}
