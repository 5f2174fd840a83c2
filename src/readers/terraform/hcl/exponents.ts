/**
 * The tree-sitter HCL grammar reads an exponent only after a fraction (`1.5e3`), so
 * `1e3` makes it drop the whole block around it, although HCL allows it. Before
 * parsing, such literals outside strings and comments get a `.0` (`1.0e3`, the same
 * number); `shift` maps a column of the rewritten text back to the original one.
 */
export interface Rewritten {
  readonly text: string
  /** Original column (0-based) of a column on a 0-based row of the rewritten text. */
  shift(row: number, column: number): number
}

const INSERT = '.0'

export function fixExponents(text: string): Rewritten {
  // Quick test first: most files have no exponent at all.
  if (!/\d[eE][-+]?\d/.test(text)) return { text, shift: (_row, column) => column }
  let out = ''
  let row = 0
  let lineStart = 0
  const inserts = new Map<number, number[]>()
  let i = 0
  const n = text.length
  const copy = (stop: number) => {
    for (; i < stop; i++) {
      out += text[i]
      if (text[i] === '\n') {
        row++
        lineStart = out.length
      }
    }
  }
  /** Expression text up to the `}` that closes an interpolation (or the end when `closing` is false). */
  const expression = (closing: boolean) => {
    let depth = 0
    while (i < n) {
      const ch = text[i]!
      if (closing && ch === '}' && depth === 0) return
      if (ch === '{') depth++
      else if (ch === '}') depth--
      if (ch === '#' || (ch === '/' && text[i + 1] === '/')) {
        const end = text.indexOf('\n', i)
        copy(end < 0 ? n : end)
      } else if (ch === '/' && text[i + 1] === '*') {
        const end = text.indexOf('*/', i + 2)
        copy(end < 0 ? n : end + 2)
      } else if (ch === '"') {
        quoted()
      } else if (ch === '<' && text[i + 1] === '<') {
        heredoc()
      } else if (/\d/.test(ch) && !/[\w.]/.test(text[i - 1] ?? ' ')) {
        const match = /^(\d+)([eE][-+]?\d+)(?![\w.])/.exec(text.slice(i, i + 64))
        if (match) {
          const column = out.length - lineStart + match[1]!.length
          inserts.set(row, [...(inserts.get(row) ?? []), column])
          out += match[1] + INSERT + match[2]
          i += match[0].length
        } else copy(i + /^[\w.]+/.exec(text.slice(i))![0].length)
      } else copy(i + 1)
    }
  }
  /** One character of template text: an escape, or a `${…}` / `%{…}` whose inside is an expression. */
  const templateStep = () => {
    const ch = text[i]
    const next = text[i + 1]
    if ((ch === '$' || ch === '%') && next === ch && text[i + 2] === '{') copy(i + 3)
    else if ((ch === '$' || ch === '%') && next === '{') {
      copy(i + 2)
      expression(true)
      copy(Math.min(i + 1, n))
    } else copy(i + 1)
  }
  /** A quoted string, escapes kept. */
  const quoted = () => {
    copy(i + 1)
    while (i < n && text[i] !== '"' && text[i] !== '\n') {
      if (text[i] === '\\') copy(Math.min(i + 2, n))
      else templateStep()
    }
    copy(Math.min(i + 1, n))
  }
  /** `<<EOT` / `<<-EOT` up to the line that is only the marker: its text is a template. */
  const heredoc = () => {
    const marker = /^<<-?([A-Za-z_][\w-]*)\r?\n/.exec(text.slice(i, i + 256))
    if (!marker) return copy(i + 2)
    copy(i + marker[0].length)
    const end = new RegExp(`^[ \\t]*${marker[1]}[ \\t]*\\r?$`)
    while (i < n) {
      const lineEnd = text.indexOf('\n', i)
      const line = text.slice(i, lineEnd < 0 ? n : lineEnd)
      if (end.test(line)) return copy(i + line.length)
      const stop = lineEnd < 0 ? n : lineEnd + 1
      while (i < stop) templateStep()
    }
  }
  expression(false)
  return {
    text: out,
    shift: (r, column) => {
      let original = column
      for (const at of inserts.get(r) ?? []) if (column > at) original -= INSERT.length
      return original
    },
  }
}
