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
  while (i < n) {
    const ch = text[i]!
    if (ch === '\n') {
      out += ch
      row++
      lineStart = out.length
      i++
    } else if (ch === '#' || (ch === '/' && text[i + 1] === '/')) {
      const end = text.indexOf('\n', i)
      const stop = end < 0 ? n : end
      out += text.slice(i, stop)
      i = stop
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2)
      const stop = end < 0 ? n : end + 2
      for (const c of text.slice(i, stop)) {
        out += c
        if (c === '\n') {
          row++
          lineStart = out.length
        }
      }
      i = stop
    } else if (ch === '"') {
      // A quoted string, escapes included; interpolations are left as written.
      let j = i + 1
      while (j < n && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1
      out += text.slice(i, Math.min(j + 1, n))
      i = j + 1
    } else if (/\d/.test(ch) && !/[\w.]/.test(text[i - 1] ?? ' ')) {
      const match = /^(\d+)([eE][-+]?\d+)(?![\w.])/.exec(text.slice(i, i + 64))
      if (match) {
        const column = out.length - lineStart + match[1]!.length
        inserts.set(row, [...(inserts.get(row) ?? []), column])
        out += match[1] + INSERT + match[2]
        i += match[0].length
      } else {
        const digits = /^[\w.]+/.exec(text.slice(i))![0]
        out += digits
        i += digits.length
      }
    } else {
      out += ch
      i++
    }
  }
  return {
    text: out,
    shift: (r, column) => {
      let original = column
      for (const at of inserts.get(r) ?? []) if (column > at) original -= INSERT.length
      return original
    },
  }
}
