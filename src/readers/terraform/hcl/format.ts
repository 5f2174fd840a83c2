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
const MAX_WIDTH = 100_000

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
      // Terraform pads to any width; a version never needs more, and memory would run out.
      if (Number(widthText || '0') > MAX_WIDTH || (precision ?? 0) > MAX_WIDTH)
        return fail(`format() widths and precisions above ${MAX_WIDTH} are not evaluated`, true)
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
          // A tie is decided by the side of it Terraform's binary value falls on, which
          // is known only for a number parsed straight from its text (a literal or string).
          const parsed =
            arg.type === 'string' || (arg.type === 'number' && arg.written !== undefined)
          const fixed = toFixedExact(exact, precision ?? 6, parsed ? binarySide(exact) : null)
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
 * An exact decimal rounded to `places`. On a tie (the digits after the cut are
 * exactly 5000…) Terraform rounds its binary value: `side` says whether that is
 * above (1), below (-1) or exactly (0, then half to even, as Go does) the
 * decimal; null when that is not known, and so is the result.
 */
function toFixedExact(decimal: string, places: number, side: -1 | 0 | 1 | null): string | null {
  const negative = decimal.startsWith('-')
  const [whole = '0', fraction = ''] = decimal.replace(/^-/, '').split('.')
  const kept = fraction.slice(0, places).padEnd(places, '0')
  const rest = fraction.slice(places)
  let digits = BigInt(whole + kept)
  if (/^50*$/.test(rest)) {
    if (side === null) return null
    // The magnitude's side: a negative value above its decimal is nearer zero.
    const away = (negative ? -side : side) as -1 | 0 | 1
    if (away > 0 || (away === 0 && digits % 2n === 1n)) digits += 1n
  } else if (rest !== '' && rest[0]! >= '5') digits += 1n
  const text = digits.toString().padStart(places + 1, '0')
  const body = places === 0 ? text : `${text.slice(0, -places)}.${text.slice(-places)}`
  return negative && /[1-9]/.test(body) ? `-${body}` : body
}

/** Terraform (cty) parses numbers into 512-bit binary floats, rounding to nearest even. */
const PRECISION = 512

/**
 * Whether the nearest 512-bit binary float to a decimal is above (1), below
 * (-1) or exactly (0) it: N / 10^k is scaled by 2^s to a 512-bit integer
 * mantissa, and the remainder says which way rounding went.
 */
export function binarySide(decimal: string): -1 | 0 | 1 {
  const negative = decimal.startsWith('-')
  const [whole = '0', fraction = ''] = decimal.replace(/^-/, '').split('.')
  const numerator = BigInt(whole + fraction)
  if (numerator === 0n) return 0
  const denominator = 10n ** BigInt(fraction.length)
  const bits = (n: bigint) => n.toString(2).length
  let shift = PRECISION - (bits(numerator) - bits(denominator))
  const scaled = (s: number) => (s >= 0 ? numerator << BigInt(s) : numerator)
  // Dividing by 2^-s for a negative shift is the same as multiplying the denominator.
  const quotient = (s: number) =>
    s >= 0 ? scaled(s) / denominator : numerator / (denominator << BigInt(-s))
  while (bits(quotient(shift)) > PRECISION) shift--
  while (bits(quotient(shift)) < PRECISION) shift++
  const top = shift >= 0 ? scaled(shift) : numerator
  const bottom = shift >= 0 ? denominator : denominator << BigInt(-shift)
  const remainder = top % bottom
  if (remainder === 0n) return 0
  const twice = remainder * 2n
  const mantissa = top / bottom
  const up = twice > bottom || (twice === bottom && mantissa % 2n === 1n)
  const side = up ? 1 : -1
  return (negative ? -side : side) as -1 | 1
}
