import { hash } from '../model/digest.js'
import { escapeCell, renderMarkdown, type MarkdownOptions } from './markdown.js'
import type { FindingJson, Report } from './report.js'

/** Finds the one sticky comment; never changes, so old comments are found by new versions. */
export const COMMENT_MARKER = '<!-- eks-upgrade-gate:comment -->'
const META = /<!-- eks-upgrade-gate:meta head=([0-9a-f]*) at=([0-9TZ:.-]*) -->/
const KEY = /<!-- eks-upgrade-gate:key ([A-Za-z0-9._:/@+=-]{1,120}) -->/

/**
 * A comment key as it can stand inside an HTML comment: anything but letters,
 * digits and `._:/@+=-` becomes `-`, and a long key its hash.
 */
export function commentKey(text: string): string {
  const safe = text.replace(/[^A-Za-z0-9._:/@+=-]/g, '-')
  return safe.length <= 120 ? safe : hash('sha256').update(text).digest('hex').slice(0, 32)
}

/** The key a comment of ours carries; undefined for one written before keys existed. */
export function parseCommentKey(body: string): string | undefined {
  return KEY.exec(body)?.[1]
}

/** GitHub rejects comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536

export interface CommentMeta {
  readonly head: string
  /** When the run started (ISO): a run never overwrites a comment from a later one. */
  readonly at: string
  /** Which gate's comment it is (commentKey). */
  readonly key?: string
}

export function commentBody(
  report: Report,
  meta: CommentMeta,
  options: Omit<MarkdownOptions, 'maxLength'>,
): string {
  const key =
    meta.key === undefined ? '' : `<!-- eks-upgrade-gate:key ${commentKey(meta.key)} -->\n`
  const header = `${COMMENT_MARKER}\n${key}<!-- eks-upgrade-gate:meta head=${meta.head} at=${meta.at} -->\n`
  return (
    header + renderMarkdown(report, { ...options, maxLength: COMMENT_LIMIT - header.length - 16 })
  )
}

export function parseCommentMeta(body: string): CommentMeta | undefined {
  const match = META.exec(body)
  return match ? { head: match[1]!, at: match[2]! } : undefined
}

/**
 * The comment to post, with the plan's boxes ticked that were ticked in the one
 * it replaces: a person's progress survives a push. A step is known by its plan,
 * hop and text — not by the file:line after it, which moves.
 */
export function keepChecks(previous: string, next: string): string {
  const keys = (body: string) => {
    let plan = ''
    let hop = ''
    return body.split('\n').map((line) => {
      if (line.startsWith('### ')) plan = line
      else if (/^\*\*.+\*\*$/.test(line)) hop = line
      const item = /^- \[([ xX])\] (.*?)(?: · .*)?$/.exec(line)
      return item ? { ticked: item[1] !== ' ', key: `${plan}\n${hop}\n${item[2]}` } : undefined
    })
  }
  const ticked = new Set(keys(previous).flatMap((item) => (item?.ticked ? [item.key] : [])))
  if (ticked.size === 0) return next
  const lines = next.split('\n')
  keys(next).forEach((item, index) => {
    if (item && !item.ticked && ticked.has(item.key))
      lines[index] = lines[index]!.replace('- [ ] ', '- [x] ')
  })
  return lines.join('\n')
}

/** The body without the meta line, to tell whether an update would change anything. */
export function commentContent(body: string): string {
  return body.replace(META, '')
}

const REVIEW_MARKER = /<!-- eks-upgrade-gate:review ([0-9a-f]{16}) -->/

/**
 * One review comment for the findings on one line. Its id covers exactly
 * those findings, so a re-run recognises it, and a change in what the line
 * breaks replaces it.
 */
export function reviewCommentBody(findings: readonly FindingJson[], lineText?: string): string {
  const id = hash('sha256')
    .update(
      findings
        .map((finding) => finding.fingerprint)
        .sort()
        .join('\n'),
    )
    .digest('hex')
    .slice(0, 16)
  const parts = findings.map((finding) => {
    const icon = finding.severity === 'error' ? '🔴' : finding.severity === 'warning' ? '🟠' : '🔵'
    return `${icon} **${finding.severity}** · [\`${finding.ruleId}\`](${finding.docs})\n\n${escapeCell(finding.message)}`
  })
  return `<!-- eks-upgrade-gate:review ${id} -->\n${parts.join('\n\n---\n\n')}${suggestionBlock(findings, lineText)}`
}

/**
 * A suggestion GitHub can apply: the line with the first finding's literal fix,
 * when the line holds the text to replace exactly once. One per line, however
 * many findings it has; none where the line could break the block.
 */
function suggestionBlock(findings: readonly FindingJson[], lineText: string | undefined): string {
  const fix = findings.find((finding) => finding.suggestion)?.suggestion
  if (!fix || lineText === undefined || fix.from === '' || lineText.includes('`')) return ''
  const at = lineText.indexOf(fix.from)
  if (at < 0 || lineText.indexOf(fix.from, at + 1) >= 0) return ''
  const fixed = lineText.slice(0, at) + fix.to + lineText.slice(at + fix.from.length)
  return `\n\n\`\`\`suggestion\n${fixed}\n\`\`\``
}

export function reviewCommentId(body: string): string | undefined {
  return REVIEW_MARKER.exec(body)?.[1]
}
