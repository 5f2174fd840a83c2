import type { SkewRow } from '../plan/skew.js'
import { escapeCell } from './markdown.js'
import type { Report } from './report.js'

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const
// Past this many columns the oldest minors share one, past this many rows the rest
// are counted: a picture, not a spreadsheet.
const MAX_COLUMNS = 6
const MAX_ROWS = 25

const minor = (text: string) => Number(text.split('.')[1])

// What a cell says for the findings that most often stand in a picture; the rule id otherwise.
const SHORT: Readonly<Record<string, (row: SkewRow, from: string, to: string) => string>> = {
  'control-plane-skips-minor': () => 'one minor at a time',
  'control-plane-downgrade': () => 'cannot go down',
  'managed-node-group-behind-control-plane': (row, from) =>
    `stuck at ${row.base ?? row.head ?? '?'} — must match ${from} first`,
  'node-group-skew': () => 'beyond the skew policy',
  'node-group-newer-than-control-plane': () => 'newer than the control plane',
  'ami-family-unsupported': (row) => `no AMI for ${row.head ?? 'its version'}`,
  'ami-family-end-of-life': () => 'AMI family end of life',
  'addon-not-moved': (_row, _from, to) => `left behind at ${to}`,
  'kube-proxy-skew': () => 'beyond the skew policy',
  'addon-incompatible': () => 'not offered for this version',
  'vpc-cni-minimum': () => 'below the minimum',
}

/** The subject prefix a finding about this part carries (its fingerprint's third field). */
function subjectOf(row: SkewRow): string {
  switch (row.part) {
    case 'control-plane':
      return 'version'
    case 'node-group':
      return `node-group:${row.name}`
    case 'addon':
      return `addon:${row.name}`
    case 'component':
      return `component:${row.name}`
  }
}

const PART_LABEL = (row: SkewRow) =>
  row.part === 'control-plane'
    ? '**Control plane**'
    : row.part === 'node-group'
      ? `${escapeCell(row.name)} (${row.kind ?? 'node group'})`
      : `${escapeCell(row.name)} (${row.part === 'addon' ? 'add-on' : 'component'})`

/**
 * A cluster's version change as a table GitHub renders in comments and summaries:
 * a row per part (control plane, node groups, add-ons, components), a column per
 * minor from the oldest part to the target, `base` and **head** where each part is
 * on either side, then its versions and what it needs — the findings about it and
 * the version the plan names.
 */
export function skewPicture(report: Report, cluster: string): string[] {
  const transition = report.transitions.find((t) => t.cluster === cluster)
  if (!transition?.skew?.length) return []
  const rows = transition.skew
  const minors = rows.flatMap((row) => [row.baseMinor, row.headMinor]).filter((m) => m !== null)
  const major = transition.to.split('.')[0]
  const low = Math.min(...minors.map(minor), minor(transition.from))
  const high = Math.max(...minors.map(minor), minor(transition.to))
  const first = Math.max(low, high - MAX_COLUMNS + 1)
  const columns = Array.from({ length: high - first + 1 }, (_, i) => first + i)
  const header = columns.map((m, i) =>
    i === 0 && low < first ? `≤ ${major}.${m}` : `${major}.${m}`,
  )
  // A part older than the first column is shown in it.
  const column = (text: string | null) => (text === null ? null : Math.max(first, minor(text)))

  // Findings by their subject and each `:`-prefix of it (node-group:ng:--flag is about node-group:ng).
  const about = new Map<string, Report['findings']>()
  for (const finding of report.findings) {
    if (finding.cluster !== cluster || finding.suppressed || !(finding.new || finding.blocking))
      continue
    const parts = (finding.fingerprint.split('|')[2] ?? '').split(':')
    for (let i = 1; i <= parts.length; i++) {
      const key = parts.slice(0, i).join(':')
      const list = about.get(key)
      if (list) list.push(finding)
      else about.set(key, [finding])
    }
  }
  const plan = report.plan.find((p) => p.cluster === cluster)
  const lines = [
    `| Part | ${header.join(' | ')} | Version (base → head) | Needs |`,
    `|---|${columns.map(() => ':-:').join('|')}|---|---|`,
  ]
  for (const row of rows.slice(0, MAX_ROWS)) {
    const cells = columns.map((m) => {
      const base = column(row.baseMinor) === m
      const head = column(row.headMinor) === m
      return base && head ? 'base · **head**' : head ? '**head**' : base ? 'base' : ''
    })
    const versions =
      row.base === row.head
        ? escapeCell(row.head ?? 'not set')
        : `${escapeCell(row.base ?? 'new')} → ${escapeCell(row.head ?? 'not set')}`
    const findings = about.get(subjectOf(row)) ?? []
    const needs = [
      ...[...new Map(findings.map((f) => [f.ruleId, f])).values()].map(
        (f) =>
          `${ICON[f.severity]} [${SHORT[f.ruleId]?.(row, transition.from, transition.to) ?? f.ruleId}](${f.docs})`,
      ),
      ...(plan?.steps
        .filter((s) => s.subject === row.name && s.version && row.part === 'addon')
        .slice(-1)
        .map((s) => `want ${escapeCell(s.version!)}`) ?? []),
    ]
    lines.push(
      `| ${PART_LABEL(row)} | ${cells.join(' | ')} | ${versions} | ${needs.join(', ') || '✓'} |`,
    )
  }
  if (rows.length > MAX_ROWS)
    lines.push(
      `| ${rows.length - MAX_ROWS} more parts |${columns.map(() => ' |').join('')} | see the findings |`,
    )
  return [
    `#### Skew: ${escapeCell(transition.name)} ${transition.from} → ${transition.to}`,
    '',
    ...lines,
    '',
  ]
}
