/**
 * Text from the repository under review (cluster and file names, expressions,
 * messages quoting them) is untrusted: on a fork it is a stranger's. Written to a
 * terminal or to the runner's stdout, a line break in it would start a new line the
 * runner reads as a workflow command (`::add-mask::`, `::stop-commands::`, a forged
 * `::error`), an ANSI escape would repaint the terminal, and bidirectional controls
 * would show reviewers other text than is there. Each becomes visible instead.
 */
// C0 controls (tab kept), DEL, C1 controls, bidi embeddings/overrides/isolates, the
// line and paragraph separators.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g

/** One line of plain text: every control character shown as an escape (`\n`, `\u001b`). */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, (ch) =>
    ch === '\n'
      ? '\\n'
      : ch === '\r'
        ? '\\r'
        : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/** A copy of a value with every string in it made visible (for renderers of plain text). */
export function visibleStrings<T>(value: T): T {
  if (typeof value === 'string') return visibleText(value) as T
  if (Array.isArray(value)) return value.map(visibleStrings) as T
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, visibleStrings(item)]),
    ) as T
  return value
}
