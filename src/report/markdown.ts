import type { FindingJson, Report } from './report.js'
import { describeDeclared, plural, verdictLine } from './report.js'

export interface MarkdownOptions {
  /** `https://github.com/o/r/blob/<sha>` to link file:line; plain text when absent. */
  readonly blobUrl?: string
}

const ICON = { error: '🔴', warning: '🟠', notice: '🔵' } as const

/** The report as GitHub-flavoured markdown: verdict first, then what to fix, then context. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const out: string[] = []
  const failed = report.summary.result === 'fail'
  out.push(`## ${failed ? '❌' : '✅'} EKS upgrade gate: ${verdictLine(report)}`, '')

  if (report.clusters.length > 0) {
    out.push(
      '| Cluster | Control plane | Node groups | Add-ons | Declared in |',
      '|---|---|---|---|---|',
    )
    for (const cluster of report.clusters) {
      const transition = report.transitions.find((t) => t.cluster === cluster.id)
      const version = transition
        ? `**${transition.from} → ${transition.to}**`
        : escapeCell(describeDeclared(cluster.version))
      out.push(
        `| ${escapeCell(cluster.name)} | ${version} | ${cluster.nodeGroups.length} | ${cluster.addons.length} | ${where(cluster.version.file, cluster.version.line, options)} |`,
      )
    }
    out.push('')
  } else {
    out.push('No EKS cluster declarations were found.', '')
  }

  const active = report.findings.filter((finding) => !finding.suppressed)
  const fresh = active.filter((finding) => finding.new)
  const existing = active.filter((finding) => !finding.new)
  if (fresh.length > 0) {
    out.push(`### New findings (${fresh.length})`, '', ...findingTable(fresh, options), '')
  }
  if (existing.length > 0) {
    out.push(
      `<details><summary>Existing findings, already on the base branch (${existing.length})</summary>`,
      '',
      ...findingTable(existing, options),
      '',
      '</details>',
      '',
    )
  }

  const suppressed = report.findings.filter((finding) => finding.suppressed)
  if (suppressed.length > 0) {
    out.push(
      `<details><summary>Suppressed findings (${suppressed.length})</summary>`,
      '',
      '| | Where | Finding | Reason |',
      '|---|---|---|---|',
      ...suppressed.map(
        (finding) =>
          `| ${ICON[finding.severity]} \`${finding.ruleId}\` | ${where(finding.file, finding.line, options)} | ${escapeCell(finding.message)} | ${escapeCell(finding.suppressionReason ?? '')} |`,
      ),
      '',
      '</details>',
      '',
    )
  }

  for (const plan of report.plan) {
    out.push(`### Upgrade plan: ${escapeCell(plan.name)} ${plan.from} → ${plan.to}`, '')
    for (const [hop, steps] of groupByHop(plan.steps)) {
      out.push(
        `**${hop ?? 'Before you start'}**`,
        '',
        ...steps.map((step) => `- [ ] ${step.text}`),
        '',
      )
    }
  }

  for (const note of report.notes) out.push(`> [!NOTE]`, `> ${note}`, '')

  out.push(
    `<sub>${report.tool.name} ${report.tool.version} · EKS data as of ${report.tool.dataDate} · ` +
      `${report.summary.filesScanned} ${plural(report.summary.filesScanned, 'file')} scanned` +
      `${report.summary.suppressed > 0 ? ` · ${report.summary.suppressed} suppressed` : ''}` +
      `${report.base ? ` · compared with ${escapeCell(report.base.ref)}` : ''}</sub>`,
  )
  return out.join('\n') + '\n'
}

function findingTable(findings: readonly FindingJson[], options: MarkdownOptions): string[] {
  return [
    '| | Where | Finding | Rule |',
    '|---|---|---|---|',
    ...findings.map(
      (finding) =>
        `| ${ICON[finding.severity]} ${finding.severity} | ${where(finding.file, finding.line, options)} | ${escapeCell(finding.message)} | [\`${finding.ruleId}\`](${finding.docs}) |`,
    ),
  ]
}

function where(file: string, line: number, options: MarkdownOptions): string {
  const label = `\`${escapeCell(file)}:${line}\``
  if (!options.blobUrl) return label
  const encoded = file.split('/').map(encodeURIComponent).join('/')
  return `[${label}](${options.blobUrl}/${encoded}#L${line})`
}

/** Table cells cannot hold pipes or newlines; messages may contain both. */
export function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

/** Steps in order, grouped under their hop ("1.30 → 1.31"); pre-flight steps first, under no hop. */
export function groupByHop<T extends { readonly hop?: string }>(
  steps: readonly T[],
): Array<[string | undefined, T[]]> {
  const groups: Array<[string | undefined, T[]]> = []
  for (const step of steps) {
    const last = groups[groups.length - 1]
    if (last && last[0] === step.hop) last[1].push(step)
    else groups.push([step.hop, [step]])
  }
  return groups
}
