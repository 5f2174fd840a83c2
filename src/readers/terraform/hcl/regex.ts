/**
 * Terraform's regular expressions are Go's RE2. The patterns configurations use
 * (classes, groups, anchors, named groups) mean the same in JavaScript; a pattern
 * with anything whose meaning differs is refused here, so the caller can say
 * "not evaluated" instead of guessing.
 */
const LIMIT = 1_000

export type Compiled = { readonly regex: RegExp } | { readonly unsupported: string }

export function compileRe2(pattern: string, flags = ''): Compiled {
  if (pattern.length > LIMIT) return { unsupported: 'the pattern is too long to evaluate' }
  // RE2-only or differently-meant syntax: inline flags, \A \z \Q…\E, POSIX classes,
  // \C, \pN; and what RE2 lacks but JavaScript would accept (lookaround, backrefs).
  if (/\(\?(?!P<|:)|\\[AzQECpP]|\[\[:|\\[1-9]|\(\?[=!<]/.test(pattern))
    return { unsupported: 'the pattern uses RE2 syntax the gate does not evaluate' }
  try {
    return { regex: new RegExp(pattern.replace(/\(\?P</g, '(?<'), `u${flags}`) }
  } catch {
    return { unsupported: 'the pattern is not one the gate can read' }
  }
}

/** Go's replacement template ($1, ${1}, ${name}) as JavaScript's, or null when it differs. */
export function replacementTemplate(template: string): string | null {
  let out = ''
  for (let i = 0; i < template.length; i++) {
    const ch = template[i]!
    if (ch !== '$') {
      out += ch
      continue
    }
    const rest = template.slice(i + 1)
    const braced = /^\{(\w+)\}/.exec(rest)
    const bare = /^(\d+)(?!\w)/.exec(rest)
    if (rest.startsWith('$')) {
      out += '$$'
      i++
    } else if (braced) {
      out += /^\d+$/.test(braced[1]!) ? `$${braced[1]}` : `$<${braced[1]}>`
      i += braced[0].length
    } else if (bare) {
      out += `$${bare[1]}`
      i += bare[0].length
    } else {
      // Go reads "$1x" as the group named "1x", and a lone "$" as nothing.
      return null
    }
  }
  return out
}
