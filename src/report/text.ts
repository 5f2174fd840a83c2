import { groupByHop } from './markdown.js'
import { describeDeclared, plural, verdictLine, type Report } from './report.js'
import { visibleStrings } from './untrusted.js'

/**
 * Terminal output: clusters, then findings as `file:line:col severity message [rule]`,
 * then the verdict. Every string from the repository is made visible first, so none
 * can break a line (see untrusted.ts).
 */
export function renderText(untrusted: Report): string {
  const report = visibleStrings(untrusted)
  const lines: string[] = []
  const base = report.base
    ? ` · base ${report.base.ref}${report.base.commit ? ` (${report.base.commit.slice(0, 12)})` : ''}`
    : ''
  lines.push(
    `${report.tool.name} ${report.tool.version} · EKS data ${report.tool.dataDate}${report.tool.knowledgeFiles ? ` + ${report.tool.knowledgeFiles.join(', ')}` : ''}${base}`,
    '',
  )

  lines.push(`Clusters (${report.clusters.length})`)
  if (report.clusters.length === 0) lines.push('  none found')
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
  for (const finding of report.findings) {
    const status = finding.suppressed
      ? `suppressed (${finding.suppressionReason ?? 'no reason'})`
      : finding.new
        ? 'new'
        : 'existing'
    lines.push(
      `  ${finding.file ? `${finding.file}:${finding.line}:${finding.column}` : '(no file: live cluster)'}  ${finding.severity}  ${status}  ${finding.message}  [${finding.ruleId}]`,
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
  const { summary } = report
  lines.push(
    '',
    `${summary.result === 'fail' ? 'FAIL' : 'PASS'}: ${verdictLine(report)}. ` +
      `${summary.filesScanned} ${plural(summary.filesScanned, 'file')} scanned.`,
  )
  return lines.join('\n') + '\n'
}
