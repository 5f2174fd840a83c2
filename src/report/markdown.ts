import type { UpgradePlan } from '../plan/upgrade-plan.js'
import type { FindingJson, Report } from './report.js'
import { describeDeclared, foundNothing, plural, verdictLine } from './report.js'
import { skewPicture } from './skew.js'

// Fixed findings are good news, not a to-do list: a short list is enough.
const FIXED_ROWS = 20

export interface MarkdownOptions {
  /** `https://github.com/o/r/blob/<sha>` to link file:line; plain text when absent. */
  readonly blobUrl?: string
  /** Characters the channel accepts (65,536 for a PR comment); cut honestly beyond. */
  readonly maxLength?: number
  /** Where the uncut report is (the run's job summary), for the "N more" line. */
  readonly moreUrl?: string
}

const ICON = { error: '🔴', warning: '🟠', notice: '🔵' } as const

/** The report as GitHub-flavoured markdown: verdict first, then what to fix, then context. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const full = render(report, options, { rows: Infinity, steps: Infinity, clusters: Infinity })
  const max = options.maxLength
  if (max === undefined || full.length <= max) return full
  // Too long for the channel (65,536 characters for a comment): keep the verdict and
  // what to fix first, cut tables and plan steps, and say exactly what was cut.
  const total = {
    rows: report.findings.length,
    steps: report.plan.reduce((n, plan) => n + plan.steps.length, 0),
    clusters: report.clusters.length,
  }
  let limits = { rows: total.rows, steps: total.steps, clusters: Math.min(total.clusters, 50) }
  for (let attempt = 0; attempt < 40; attempt++) {
    const text = render(report, options, limits)
    if (text.length <= max) return text
    limits = {
      rows: Math.floor(limits.rows * 0.7),
      steps: Math.floor(limits.steps * 0.7),
      clusters: Math.floor(limits.clusters * 0.7),
    }
  }
  return render(report, options, { rows: 0, steps: 0, clusters: 0 }).slice(0, max)
}

interface Limits {
  readonly rows: number
  readonly steps: number
  readonly clusters: number
}

/** Above this many clusters, those the change leaves alone collapse into one line. */
const COLLAPSE_OVER = 5
/** Declarations listed in the collapsed "not evaluated" section; the JSON report has them all. */
const MAX_UNCHANGED_LISTED = 100
/** Skew pictures per report: more clusters than that moving at once is a list, not pictures. */
const MAX_PICTURES = 10

function render(report: Report, options: MarkdownOptions, limits: Limits): string {
  const out: string[] = []
  const failed = report.summary.result === 'fail'
  // Nothing found is a warning, not a green tick: a mistyped path looks just like it.
  const empty = foundNothing(report)
  out.push(`## ${failed ? '❌' : empty ? '⚠️' : '✅'} EKS upgrade gate: ${verdictLine(report)}`, '')
  // What the reader must know about the run itself (no base, nothing found) comes first.
  for (const note of report.notes) out.push(`> [!NOTE]`, `> ${escapeCell(note)}`, '')
  let rowsLeft = limits.rows
  let stepsLeft = limits.steps
  const take = <T>(items: readonly T[]): T[] => {
    const kept = items.slice(0, Math.max(0, rowsLeft))
    rowsLeft -= kept.length
    return kept
  }

  // In a repository of many clusters the ones this change leaves alone are one line.
  const changedIds = new Set([
    ...report.transitions.map((t) => t.cluster),
    ...report.findings.flatMap((f) => (f.new && !f.suppressed && f.cluster ? [f.cluster] : [])),
  ])
  const changed = (id: string) => changedIds.has(id)
  const listed =
    report.clusters.length > COLLAPSE_OVER
      ? report.clusters.filter((cluster) => changed(cluster.id))
      : report.clusters
  const unchanged = report.clusters.length - listed.length
  const shownClusters = listed.slice(0, limits.clusters)
  if (report.clusters.length > 0) {
    out.push(
      '| Cluster | Control plane | Node groups | Add-ons | Declared in |',
      '|---|---|---|---|---|',
    )
    for (const cluster of shownClusters) {
      const transition = report.transitions.find((t) => t.cluster === cluster.id)
      const version = transition
        ? `**${transition.from} → ${transition.to}**`
        : escapeCell(describeDeclared(cluster.version))
      out.push(
        `| ${escapeCell(cluster.name)} | ${version} | ${cluster.nodeGroups.length} | ${cluster.addons.length} | ${where(cluster.version.file, cluster.version.line, options)} |`,
      )
    }
    out.push('')
    if (unchanged > 0) {
      const ids = new Set(listed.map((c) => c.id))
      const old = report.findings.filter(
        (f) => !f.suppressed && f.cluster !== null && !ids.has(f.cluster),
      ).length
      out.push(
        `${unchanged} ${plural(unchanged, 'cluster')} unchanged by this pull request${old > 0 ? `, with ${old} existing ${plural(old, 'finding')}` : ''}.`,
        '',
      )
    }
    for (const cluster of shownClusters.slice(0, MAX_PICTURES))
      out.push(...skewPicture(report, cluster.id))
  } else {
    out.push(
      report.scope?.mode === 'affected'
        ? 'The change reaches no cluster declaration; every cluster is unchanged.'
        : 'No EKS cluster declarations were found.',
      '',
    )
  }

  out.push(...notEvaluated(report, Math.min(limits.clusters, MAX_UNCHANGED_LISTED)))

  const active = report.findings.filter((finding) => !finding.suppressed)
  const fresh = active.filter((finding) => finding.new)
  const existing = active.filter((finding) => !finding.new)
  const suppressed = report.findings.filter((finding) => finding.suppressed)
  const shownFresh = take(fresh)
  const shownExisting = take(existing)
  const shownSuppressed = take(suppressed)
  if (fresh.length > 0) {
    out.push(`### New findings (${fresh.length})`, '', ...findingTable(shownFresh, options), '')
  }
  if (existing.length > 0) {
    out.push(
      `<details><summary>Existing findings, already on the base branch (${existing.length})</summary>`,
      '',
      ...findingTable(shownExisting, options),
      '',
      '</details>',
      '',
    )
  }
  if (suppressed.length > 0) {
    out.push(
      `<details><summary>Suppressed findings (${suppressed.length})</summary>`,
      '',
      '| | Where | Finding | Reason |',
      '|---|---|---|---|',
      ...shownSuppressed.map(
        (finding) =>
          `| ${ICON[finding.severity]} \`${finding.ruleId}\` | ${where(finding.file, finding.line, options)} | ${escapeCell(finding.message)} | ${escapeCell(finding.suppressionReason ?? '')} |`,
      ),
      '',
      '</details>',
      '',
    )
  }

  const fixed = report.fixed ?? []
  if (fixed.length > 0) {
    const shownFixed = fixed.slice(0, FIXED_ROWS)
    out.push(
      `<details><summary>✅ Fixed by this change (${fixed.length})</summary>`,
      '',
      '| | Where | Finding |',
      '|---|---|---|',
      ...shownFixed.map(
        (finding) =>
          `| ${ICON[finding.severity]} \`${finding.ruleId}\` | ${finding.file ? escapeCell(`${finding.file}:${finding.line}`) : 'no file'} (base) | ${escapeCell(finding.message)} |`,
      ),
      ...(fixed.length > shownFixed.length
        ? ['', `${fixed.length - shownFixed.length} more in the JSON report.`]
        : []),
      '',
      '</details>',
      '',
    )
  }

  let stepsCut = 0
  for (const plan of report.plan) {
    if (stepsLeft <= 0) {
      stepsCut += plan.steps.length
      continue
    }
    out.push(`### Upgrade plan: ${escapeCell(plan.name)} ${plan.from} → ${plan.to}`, '')
    for (const [hop, steps] of groupByHop(plan.steps)) {
      const shown = steps.slice(0, Math.max(0, stepsLeft))
      stepsLeft -= shown.length
      stepsCut += steps.length - shown.length
      if (shown.length === 0) continue
      // Actions are boxes to tick; release notes are what to read before the hop, apart.
      const actions = shown.filter((step) => step.kind !== 'review')
      const notes = shown.filter((step) => step.kind === 'review')
      out.push(`**${hop ?? 'Before you start'}**`, '')
      if (actions.length > 0)
        out.push(
          ...actions.map((step) => `- [ ] ${escapeCell(step.text)}${stepPlace(step, options)}`),
          '',
        )
      if (notes.length > 0)
        out.push(
          `Review before this hop:`,
          '',
          ...notes.map(
            (step) => `- ${escapeCell(step.text.replace(/^Check before [\d.]+: /, ''))}`,
          ),
          '',
        )
    }
  }

  const rowsCut =
    fresh.length -
    shownFresh.length +
    existing.length -
    shownExisting.length +
    suppressed.length -
    shownSuppressed.length
  const clustersCut = listed.length - shownClusters.length
  if (rowsCut + stepsCut + clustersCut > 0) {
    const parts = [
      rowsCut > 0 ? `${rowsCut} more ${plural(rowsCut, 'finding')}` : '',
      stepsCut > 0 ? `${stepsCut} more plan ${plural(stepsCut, 'step')}` : '',
      clustersCut > 0 ? `${clustersCut} more ${plural(clustersCut, 'cluster')}` : '',
    ].filter(Boolean)
    const where = options.moreUrl ? `[the job summary](${options.moreUrl})` : 'the job summary'
    out.push(
      `> [!IMPORTANT]`,
      `> ${parts.join(', ')} did not fit here: ${where} and the JSON report have all of them.`,
      '',
    )
  }

  out.push(
    `<sub>${report.tool.name} ${report.tool.version} · EKS data as of ${report.tool.dataDate}` +
      `${report.tool.knowledgeFiles ? ` + ${report.tool.knowledgeFiles.map(escapeCell).join(', ')}` : ''} · ` +
      `${report.summary.filesScanned} ${plural(report.summary.filesScanned, 'file')} scanned` +
      `${report.summary.suppressed > 0 ? ` · ${report.summary.suppressed} suppressed` : ''}` +
      `${report.base ? ` · compared with ${escapeCell(report.base.ref)}` : ''}</sub>`,
  )
  return out.join('\n') + '\n'
}

/**
 * The clusters a check of the affected set did not read, where they are declared:
 * collapsed, since a pull request of one root in a monorepo leaves hundreds alone.
 */
function notEvaluated(report: Report, shown: number): string[] {
  const unchanged = report.scope?.unchanged ?? []
  if (unchanged.length === 0) return []
  const more = unchanged.length - Math.min(shown, unchanged.length)
  return [
    '<details>',
    `<summary>${unchanged.length} more cluster ${plural(unchanged.length, 'declaration')} unchanged by this pull request, not evaluated</summary>`,
    '',
    ...unchanged.slice(0, shown).map((unit) => `- ${codeSpan(unit)}`),
    ...(more > 0 ? [`- and ${more} more (all in the JSON report's \`scope.unchanged\`)`] : []),
    '',
    'Nothing they are read from changed, so none of their findings can be new (`scope: all` evaluates them too).',
    '</details>',
    '',
  ]
}

function findingTable(findings: readonly FindingJson[], options: MarkdownOptions): string[] {
  // One row per line and severity: two rules on one line are one thing to edit, and
  // advice the first already gave (the same sentence) is not repeated.
  const rows = new Map<string, FindingJson[]>()
  for (const finding of findings) {
    const key = `${finding.file}:${finding.line}:${finding.severity}`
    rows.set(key, [...(rows.get(key) ?? []), finding])
  }
  return [
    '| | Where | Finding | Rule |',
    '|---|---|---|---|',
    ...[...rows.values()].map((row) => {
      const [first] = row as [FindingJson, ...FindingJson[]]
      const said = new Set<string>()
      const messages = row.map((finding) =>
        sentences(finding.message)
          .filter((sentence) => !said.has(sentence) && (said.add(sentence), true))
          .join(' '),
      )
      return `| ${ICON[first.severity]} ${first.severity} | ${where(first.file, first.line, options)} | ${messages.filter(Boolean).map(escapeCell).join('<br>')} | ${row.map((finding) => `[\`${finding.ruleId}\`](${finding.docs})`).join(' ')} |`
    }),
  ]
}

/** A message's sentences, to tell advice already given on the same line. */
function sentences(message: string): string[] {
  return message.split(/(?<=[.!?])\s+(?=[A-Z])/)
}

/** Where a plan step's value is edited: its line, or where to add it. */
function stepPlace(step: UpgradePlan['steps'][number], options: MarkdownOptions): string {
  if (!step.file || !step.line) return ''
  const at = where(step.file, step.line, options)
  return step.declared === false ? ` · not set yet: add it at ${at}` : ` · ${at}`
}

/**
 * Text as a code span, whatever backticks it holds: the fence is one longer than
 * its longest run (CommonMark), so nothing in it ends the span; HTML and mentions
 * are inert inside one already. Pipes and newlines still break a table row.
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|')
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

function where(file: string, line: number, options: MarkdownOptions): string {
  if (file === '') return 'no file'
  const label = codeSpan(`${file}:${line}`)
  if (!options.blobUrl) return label
  const encoded = file.split('/').map(encodeURIComponent).join('/')
  return `[${label}](${options.blobUrl}/${encoded}#L${line})`
}

/**
 * Text from the repository, made inert for a comment, summary or review: no HTML
 * (an unclosed `<!--` would hide the rest, `<details>` forge structure), no
 * @mentions or #references that notify people, no pipes or newlines that break a
 * table or start a forged "## ✅" line.
 */
export function escapeCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/#(?=\d)/g, '#&#8203;')
    .replace(/@(?=[A-Za-z0-9])/g, '@&#8203;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ')
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
