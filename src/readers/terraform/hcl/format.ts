import { numberText } from './number.js'
import { asNumber, asNumberText, asString, type Value } from './value.js'

type Failure = { readonly reason: string; readonly unknown?: true }

// %[flags][width][.precision]verb, as Terraform's format() (Go's fmt, through cty) reads it.
const VERB = /%([-+ #0]*)(\d*)(?:\.(\d*))?([a-zA-Z%])/g

/**
 * Terraform's format(): %s %v %q %d %f %t %% with flags, widths and precision.
 * Anything whose result could differ from Terraform's (%e/%g, a rounding tie in
 * %f) is unknown, never a guess; what Terraform refuses (%d of 1.5, too few
 * arguments) is a failure.
 */
export function formatString(pattern: string, args: readonly Value[]): string | Failure {
  let next = 0
  let failure: Failure | undefined
  const fail = (reason: string, unknown?: true) => {
    failure ??= unknown ? { reason, unknown } : { reason }
    return ''
  }
  const text = pattern.replace(
    VERB,
    (_m, flags: string, widthText: string, precisionText: string | undefined, verb: string) => {
      if (verb === '%') return '%'
      const arg = args[next++]
      if (!arg) return fail('format() has more verbs than arguments')
      const precision = precisionText === undefined ? undefined : Number(precisionText || '0')
      let body: string
      switch (verb) {
        case 's':
        case 'v': {
          const value = asString(arg)
          if (value === null) return fail(`format() %${verb} needs a primitive value`)
          body = precision === undefined ? value : [...value].slice(0, precision).join('')
          break
        }
        case 'q': {
          const value = asString(arg)
          if (value === null) return fail('format() %q needs a string')
          body = JSON.stringify(value)
          break
        }
        case 't': {
          if (arg.type !== 'bool') return fail('format() %t needs a bool')
          body = String(arg.value)
          break
        }
        case 'd': {
          const n = asNumber(arg)
          if (n === null) return fail('format() %d needs a number')
          if (!Number.isInteger(n)) return fail('format() %d needs a whole number')
          const digits = numberText(Math.abs(n))
          if (digits === null) return fail('the number is too large to format exactly', true)
          body = (n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + digits
          break
        }
        case 'f': {
          const exact = asNumberText(arg)
          if (exact === null) return fail('format() %f needs a number')
          const fixed = toFixedExact(exact, precision ?? 6)
          if (fixed === null)
            return fail(`rounding ${exact} to ${precision ?? 6} places is a tie`, true)
          body = !fixed.startsWith('-') && flags.includes('+') ? `+${fixed}` : fixed
          break
        }
        default:
          return fail(`format() %${verb} is not evaluated statically`, true)
      }
      const width = Number(widthText || '0')
      if ([...body].length >= width) return body
      const pad = width - [...body].length
      if (flags.includes('-')) return body + ' '.repeat(pad)
      if (flags.includes('0') && 'df'.includes(verb)) {
        const sign = /^[-+ ]/.test(body) ? body[0]! : ''
        return sign + '0'.repeat(pad) + body.slice(sign.length)
      }
      return ' '.repeat(pad) + body
    },
  )
  if (!failure && next < args.length) failure = { reason: 'format() has more arguments than verbs' }
  return failure ?? text
}

/**
 * An exact decimal rounded to `places`, or null on a tie (the digits after the
 * cut are exactly 5000…): Terraform rounds its binary value, whose side of the
 * tie cannot be told from the decimal.
 */
function toFixedExact(decimal: string, places: number): string | null {
  const negative = decimal.startsWith('-')
  const [whole = '0', fraction = ''] = decimal.replace(/^-/, '').split('.')
  const kept = fraction.slice(0, places).padEnd(places, '0')
  const rest = fraction.slice(places)
  if (/^50*$/.test(rest)) return null
  let digits = BigInt(whole + kept)
  if (rest !== '' && rest[0]! >= '5') digits += 1n
  const text = digits.toString().padStart(places + 1, '0')
  const body = places === 0 ? text : `${text.slice(0, -places)}.${text.slice(-places)}`
  return negative && /[1-9]/.test(body) ? `-${body}` : body
}
