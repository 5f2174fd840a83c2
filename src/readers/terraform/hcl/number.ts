/**
 * Terraform numbers are arbitrary-precision decimals, and a number converted to a
 * string is its shortest exact form: `1.30` is "1.3", `1e3` is "1000", `0.1 + 0.2` is
 * "0.3". JavaScript doubles get the last one wrong (0.30000000000000004), so numbers
 * carry their exact decimal text, and arithmetic on it is done in decimal here.
 */

/** A decimal: `digits × 10^-scale`. */
interface Decimal {
  readonly digits: bigint
  readonly scale: number
}

// The number syntax of HCL literals, tfvars and tonumber(): no hex, no "Infinity".
const DECIMAL = /^([-+]?)(\d+)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/

/** Limits that keep a hostile literal (1e999999) from building a huge bigint. */
const MAX_EXPONENT = 400

function parse(text: string): Decimal | null {
  const match = DECIMAL.exec(text.trim())
  if (!match) return null
  const [, sign, whole, fraction = '', exponentText = '0'] = match
  const exponent = Number(exponentText)
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > MAX_EXPONENT) return null
  let digits = BigInt(`${whole}${fraction}`)
  let scale = fraction.length - exponent
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale)
    scale = 0
  }
  return { digits: sign === '-' ? -digits : digits, scale }
}

function format(decimal: Decimal): string {
  let { digits, scale } = decimal
  // The shortest form: no trailing zeros after the point.
  while (scale > 0 && digits % 10n === 0n) {
    digits /= 10n
    scale--
  }
  const negative = digits < 0n
  const text = (negative ? -digits : digits).toString().padStart(scale + 1, '0')
  const body = scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`
  return negative && digits !== 0n ? `-${body}` : body
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale)
  return [
    a.digits * 10n ** BigInt(scale - a.scale),
    b.digits * 10n ** BigInt(scale - b.scale),
    scale,
  ]
}

/** The exact text of a literal or converted string, or null if it is not a decimal number. */
export function exactNumberText(text: string): string | null {
  const decimal = parse(text)
  return decimal ? format(decimal) : null
}

/**
 * The text Terraform converts a JavaScript number to, when that is certain: integers
 * and numbers whose shortest double form has at most 15 significant digits (so it
 * is the decimal the double came from). Null otherwise.
 */
export function numberText(value: number): string | null {
  if (!Number.isFinite(value)) return null
  if (Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER) return String(value)
  const text = String(value)
  const decimal = parse(text)
  if (!decimal) return null
  const significant = (decimal.digits < 0n ? -decimal.digits : decimal.digits)
    .toString()
    .replace(/0+$/, '')
  return significant.length <= 15 ? format(decimal) : null
}

export type Operator = '+' | '-' | '*' | '/' | '%'

/**
 * `a op b` on exact decimal texts: the exact result's text, or null when the
 * result has no finite decimal form (1/3) or an operand is not a number.
 * Division by zero is the caller's to report.
 */
export function decimalArithmetic(a: string, op: Operator, b: string): string | null {
  const x = parse(a)
  const y = parse(b)
  if (!x || !y) return null
  switch (op) {
    case '+':
    case '-': {
      const [p, q, scale] = align(x, y)
      return format({ digits: op === '+' ? p + q : p - q, scale })
    }
    case '*':
      return format({ digits: x.digits * y.digits, scale: x.scale + y.scale })
    case '%': {
      // Terraform's % keeps the dividend's sign, like JavaScript's.
      const [p, q, scale] = align(x, y)
      return q === 0n ? null : format({ digits: p % q, scale })
    }
    case '/': {
      const [p, q] = align(x, y)
      if (q === 0n) return null
      // p / q terminates when q, reduced, has no prime factors but 2 and 5.
      const divisor = gcd(p < 0n ? -p : p, q < 0n ? -q : q)
      let denominator = (q < 0n ? -q : q) / (divisor === 0n ? 1n : divisor)
      let twos = 0
      let fives = 0
      while (denominator % 2n === 0n) {
        denominator /= 2n
        twos++
      }
      while (denominator % 5n === 0n) {
        denominator /= 5n
        fives++
      }
      if (denominator !== 1n) return null
      const scale = Math.max(twos, fives)
      return format({ digits: (p * 10n ** BigInt(scale)) / q, scale })
    }
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b]
  return a
}
