import { isExhaustion } from './budget.js'
import type { Expr } from './ast.js'
import { formatString } from './format.js'
import { numberText } from './number.js'
import { compileRe2, replacementTemplate } from './regex.js'
import { setOf } from './types.js'
import {
  combined,
  asNumber,
  asString,
  bool,
  elements,
  equalValues,
  error,
  firstUnsettled,
  list,
  num,
  obj,
  staticError,
  str,
  through,
  truthy,
  unknown,
  type Origin,
  type Value,
} from './value.js'

type Call = Extract<Expr, { kind: 'call' }>
type Impl = (args: Value[], call: Call, here: Origin) => Value

/**
 * The Terraform functions real EKS configurations use around versions. Each
 * takes evaluated arguments (only `try` and `can` evaluate lazily). Functions
 * that pick one of their arguments return it with its own origin, so the
 * annotation lands on the picked value's line.
 */
export function callFunction(call: Call, ev: (expr: Expr) => Value, here: Origin): Value {
  const name = call.name.replace(/^provider::[^:]+::/, '')
  if (name === 'try') {
    for (const arg of call.args) {
      const value = ev(arg)
      if (value.type !== 'error' || value.static) return value
    }
    return error('every try() argument failed', call.text, here)
  }
  if (name === 'can') {
    const value = call.args[0] ? ev(call.args[0]) : error('can needs an argument', call.text, here)
    if (value.type === 'error' && value.static) return value
    return value.type === 'unknown'
      ? unknown(value.reason, call.text, here)
      : bool(value.type !== 'error', here)
  }
  const impl = FUNCTIONS[name]
  if (!impl) return unknown(`the function ${name}() is not evaluated statically`, call.text, here)
  let args = call.args.map(ev)
  if (call.expand && args.length > 0) {
    const last = args[args.length - 1]!
    const spread = elements(last)
    if (!spread)
      return last.type === 'unknown' || last.type === 'error'
        ? settle(last, call, here)
        : error('... needs a list', call.text, here)
    args = [...args.slice(0, -1), ...spread]
  }
  try {
    return impl(args, call, here)
  } catch (thrown) {
    if (isExhaustion(thrown)) throw thrown
    // An implementation that cannot cope with these arguments (element() with none)
    // costs this value, as unknown: an error would let try() pick a fallback that
    // Terraform might not.
    return unknown(`${name}() could not be evaluated with these arguments`, call.text, here)
  }
}

function settle(value: Value, call: Call, here: Origin): Value {
  if (value.type === 'unknown') return unknown(value.reason, call.text, here, value.data)
  const failed = value as Extract<Value, { type: 'error' }>
  return (failed.static ? staticError : error)(failed.reason, call.text, here)
}

/** Most functions need every argument known: the first unknown or error decides. */
function strict(impl: Impl): Impl {
  return (args, call, here) => {
    const unsettled = firstUnsettled(args)
    return unsettled ? settle(unsettled, call, here) : impl(args, call, here)
  }
}

const stringOp = (fn: (...texts: string[]) => string): Impl =>
  strict((args, call, here) => {
    const texts = args.map(asString)
    if (texts.some((t) => t === null)) return error(`${call.name}() needs strings`, call.text, here)
    return str(fn(...(texts as string[])), combined(call.at, args))
  })

const FUNCTIONS: Record<string, Impl> = {
  format: strict((args, call, here) => {
    const [spec, ...rest] = args
    const pattern = spec && asString(spec)
    if (pattern === null || pattern === undefined)
      return error('format() needs a format string', call.text, here)
    const text = formatString(pattern, rest)
    if (typeof text !== 'string')
      return text.unknown
        ? unknown(text.reason, call.text, here)
        : error(text.reason, call.text, here)
    return str(text, combined(call.at, rest))
  }),
  join: strict((args, call, here) => {
    const [sep, ...lists] = args
    const parts = lists.flatMap((l) => elements(l) ?? [])
    // An element AWS decides (a random suffix, an ARN) makes the joined text unknown, not wrong.
    const unsettled = firstUnsettled(parts)
    if (unsettled) return settle(unsettled, call, here)
    const texts = parts.map(asString)
    if (!sep || asString(sep) === null || texts.some((t) => t === null))
      return error('join() needs a separator and lists of strings', call.text, here)
    return str(texts.join(asString(sep)!), combined(call.at, parts))
  }),
  split: strict((args, call, here) => {
    const [sep, text] = args.map(asString)
    if (sep == null || text == null) return error('split() needs two strings', call.text, here)
    return list(
      text.split(sep).map((part) => str(part, here)),
      here,
    )
  }),
  lower: stringOp((s) => s!.toLowerCase()),
  upper: stringOp((s) => s!.toUpperCase()),
  trimspace: stringOp((s) => s!.trim()),
  trimprefix: stringOp((s, p) => (s!.startsWith(p!) ? s!.slice(p!.length) : s!)),
  trimsuffix: stringOp((s, p) => (p && s!.endsWith(p) ? s!.slice(0, -p.length) : s!)),
  trim: stringOp((s, chars) => {
    const set = new Set(chars)
    let a = 0
    let b = s!.length
    while (a < b && set.has(s![a]!)) a++
    while (b > a && set.has(s![b - 1]!)) b--
    return s!.slice(a, b)
  }),
  replace: strict((args, call, here) => {
    const [text, search, replacement] = args.map(asString)
    if (text == null || search == null || replacement == null)
      return error('replace() needs three strings', call.text, here)
    if (search.length > 1 && search.startsWith('/') && search.endsWith('/')) {
      const compiled = compileRe2(search.slice(1, -1), 'g')
      const template = replacementTemplate(replacement)
      if ('unsupported' in compiled || template === null)
        return unknown(
          'unsupported' in compiled ? compiled.unsupported : 'the replacement is not evaluated',
          call.text,
          here,
        )
      return str(text.replace(compiled.regex, template), combined(call.at, args))
    }
    return str(text.split(search).join(replacement), combined(call.at, args))
  }),
  regex: strict((args, call, here) => {
    const matches = regexMatches(args, call, here, false)
    return Array.isArray(matches) ? matches[0]! : matches
  }),
  regexall: strict((args, call, here) => {
    const matches = regexMatches(args, call, here, true)
    return Array.isArray(matches) ? list(matches, here) : matches
  }),
  jsondecode: strict((args, call, here) => {
    const text = asString(args[0]!)
    if (text === null) return error('jsondecode() needs a string', call.text, here)
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch {
      return error('jsondecode() got text that is not JSON', call.text, here)
    }
    return fromJson(data, args[0]!.origin)
  }),
  substr: strict((args, call, here) => {
    const text = asString(args[0]!)
    const offset = asNumber(args[1]!)
    const length = asNumber(args[2]!)
    if (text === null || offset === null || length === null)
      return error('substr() needs a string and two numbers', call.text, here)
    const start = offset < 0 ? text.length + offset : offset
    return str(
      length < 0 ? text.slice(start) : text.slice(start, start + length),
      combined(call.at, args),
    )
  }),
  startswith: strict((args, _call, here) =>
    bool((asString(args[0]!) ?? '').startsWith(asString(args[1]!) ?? '\u0000'), here),
  ),
  endswith: strict((args, _call, here) =>
    bool((asString(args[0]!) ?? '').endsWith(asString(args[1]!) ?? '\u0000'), here),
  ),
  strcontains: strict((args, _call, here) =>
    bool((asString(args[0]!) ?? '').includes(asString(args[1]!) ?? '\u0000'), here),
  ),
  // Sensitivity changes how Terraform prints a value, not the value.
  sensitive: (args, call, here) =>
    args.length === 1 ? args[0]! : error('sensitive() takes one argument', call.text, here),
  nonsensitive: (args, call, here) =>
    args.length === 1 ? args[0]! : error('nonsensitive() takes one argument', call.text, here),
  tostring: strict((args, call, here) => {
    const value = args[0]!
    if (value.type === 'null') return value
    const text = asString(value)
    return text === null
      ? error('tostring() needs a primitive', call.text, here)
      : str(text, value.origin)
  }),
  tonumber: strict((args, call, here) => {
    const value = args[0]!
    if (value.type === 'null') return value
    const n = asNumber(value)
    return n === null
      ? error('tonumber() cannot convert this', call.text, here)
      : num(n, value.origin)
  }),
  tobool: strict((args, call, here) => {
    const b = truthy(args[0]!)
    return b === null
      ? error('tobool() cannot convert this', call.text, here)
      : bool(b, args[0]!.origin)
  }),
  tolist: strict((args, call, here) => listOf(args[0]!, call, here)),
  toset: strict((args, call, here) => {
    const items = elements(args[0]!)
    // Distinct and sorted, as Terraform orders a set's elements.
    return items && args[0]!.type === 'list'
      ? setOf(items, args[0]!.origin)
      : error('toset() needs a list', call.text, here)
  }),
  tomap: strict((args, call, here) =>
    args[0]!.type === 'object' ? args[0]! : error('tomap() needs an object', call.text, here),
  ),
  concat: strict((args, call, here) => {
    const items: Value[] = []
    for (const arg of args) {
      const parts = elements(arg)
      if (!parts || arg.type === 'object') return error('concat() needs lists', call.text, here)
      items.push(...parts.map((p) => through(p, arg.origin.via)))
    }
    return list(items, here)
  }),
  merge: (args, call, here) => {
    // Unknown arguments make merge unknown only for keys they could define; keep it simple and strict.
    const unsettled = firstUnsettled(args)
    if (unsettled) return settle(unsettled, call, here)
    const entries = new Map<string, Value>()
    for (const arg of args) {
      if (arg.type === 'null') continue
      if (arg.type !== 'object') return error('merge() needs objects', call.text, here)
      for (const [k, v] of arg.entries) entries.set(k, through(v, arg.origin.via))
    }
    return obj(entries, here)
  },
  lookup: (args, call, here) => {
    const [map, key, fallback] = args
    if (!map || !key) return error('lookup() needs a map and a key', call.text, here)
    const unsettled = firstUnsettled([map, key])
    if (unsettled) return settle(unsettled, call, here)
    const k = asString(key)
    if (map.type !== 'object' || k === null)
      return error('lookup() needs a map and a string key', call.text, here)
    const found = map.entries.get(k)
    if (found) return through(found, map.origin.via)
    return fallback ?? error(`"${k}" is not in the map`, call.text, here)
  },
  coalesce: (args, call, here) => {
    for (const arg of args) {
      if (arg.type === 'unknown' || arg.type === 'error') return settle(arg, call, here)
      if (arg.type !== 'null' && !(arg.type === 'string' && arg.value === '')) return arg
    }
    return error('coalesce() found no non-empty argument', call.text, here)
  },
  coalescelist: (args, call, here) => {
    for (const arg of args) {
      if (arg.type === 'unknown' || arg.type === 'error') return settle(arg, call, here)
      const items = elements(arg)
      if (items && items.length > 0) return arg
    }
    return error('coalescelist() found no non-empty list', call.text, here)
  },
  element: strict((args, call, here) => {
    const items = elements(args[0]!)
    const index = asNumber(args[1]!)
    if (index !== null && !Number.isInteger(index))
      return error('element() needs a whole-number index', call.text, here)
    if (!items || index === null || items.length === 0)
      return error('element() needs a non-empty list and an index', call.text, here)
    return through(
      items[((index % items.length) + items.length) % items.length]!,
      args[0]!.origin.via,
    )
  }),
  one: strict((args, call, here) => {
    const items = elements(args[0]!)
    if (!items || items.length > 1)
      return error('one() needs a list of at most one element', call.text, here)
    return items[0] ? through(items[0], args[0]!.origin.via) : { type: 'null', origin: here }
  }),
  length: strict((args, call, here) => {
    const value = args[0]!
    if (value.type === 'string') return num([...value.value].length, here)
    const items = elements(value)
    return items
      ? num(items.length, here)
      : error('length() needs a string, list or map', call.text, here)
  }),
  keys: strict((args, call, here) =>
    args[0]!.type === 'object'
      ? list(
          [...args[0]!.entries.keys()].sort().map((k) => str(k, here)),
          here,
        )
      : error('keys() needs a map', call.text, here),
  ),
  values: strict((args, call, here) => {
    const value = args[0]!
    if (value.type !== 'object') return error('values() needs a map', call.text, here)
    const sorted = [...value.entries]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, v]) => through(v, value.origin.via))
    return list(sorted, here)
  }),
  contains: strict((args, call, here) => {
    const items = elements(args[0]!)
    return items
      ? bool(
          items.some((item) => equalValues(item, args[1]!)),
          here,
        )
      : error('contains() needs a list', call.text, here)
  }),
  flatten: strict((args, _call, here) => {
    const out: Value[] = []
    const walk = (value: Value) => {
      if (value.type === 'list') value.items.forEach(walk)
      else out.push(value)
    }
    walk(args[0]!)
    return list(out, here)
  }),
  distinct: strict((args, call, here) => distinctList(args[0]!, call, here)),
  compact: strict((args, call, here) => {
    const items = elements(args[0]!)
    if (!items) return error('compact() needs a list', call.text, here)
    // Whether an unknown element is empty is not known, so neither is the result.
    const unsettled = firstUnsettled(items)
    if (unsettled) return settle(unsettled, call, here)
    return list(
      items.filter(
        (item) => item.type !== 'null' && !(item.type === 'string' && item.value === ''),
      ),
      here,
    )
  }),
  reverse: strict((args, call, here) => {
    const items = elements(args[0]!)
    return items
      ? list([...items].reverse(), here)
      : error('reverse() needs a list', call.text, here)
  }),
  sort: strict((args, call, here) => {
    const items = elements(args[0]!)
    if (!items) return error('sort() needs a list', call.text, here)
    return list(
      [...items].sort((a, b) => ((asString(a) ?? '') < (asString(b) ?? '') ? -1 : 1)),
      here,
    )
  }),
  slice: strict((args, call, here) => {
    const items = elements(args[0]!)
    const from = asNumber(args[1]!)
    const to = asNumber(args[2]!)
    if (!items || from === null || to === null)
      return error('slice() needs a list and two indexes', call.text, here)
    return list(items.slice(from, to), here)
  }),
  zipmap: strict((args, call, here) => {
    const keys = elements(args[0]!)
    const vals = elements(args[1]!)
    if (!keys || !vals) return error('zipmap() needs two lists', call.text, here)
    const entries = new Map<string, Value>()
    keys.forEach((key, i) => {
      const k = asString(key)
      if (k !== null && vals[i]) entries.set(k, vals[i]!)
    })
    return obj(entries, here)
  }),
  range: strict((args, call, here) => {
    const n = args.map(asNumber)
    if (n.some((x) => x === null) || n.length === 0)
      return error('range() needs numbers', call.text, here)
    const [start, end, step] = n.length === 1 ? [0, n[0]!, 1] : [n[0]!, n[1]!, n[2] ?? 1]
    const out: Value[] = []
    for (let i = start!; step! > 0 ? i < end! : i > end!; i += step!) {
      if (out.length > 1024) return error('range() is too long', call.text, here)
      out.push(num(i, here))
    }
    return list(out, here)
  }),
  max: strict((args, call, here) => numeric(args, call, here, (...n) => Math.max(...n))),
  min: strict((args, call, here) => numeric(args, call, here, (...n) => Math.min(...n))),
  floor: strict((args, call, here) => numeric(args, call, here, Math.floor)),
  ceil: strict((args, call, here) => numeric(args, call, here, Math.ceil)),
  abs: strict((args, call, here) => numeric(args, call, here, Math.abs)),
}

function numeric(args: Value[], call: Call, here: Origin, fn: (...n: number[]) => number): Value {
  const n = args.map(asNumber)
  if (n.some((x) => x === null)) return error(`${call.name}() needs numbers`, call.text, here)
  return num(fn(...(n as number[])), combined(call.at, args))
}

function listOf(value: Value, call: Call, here: Origin): Value {
  const items = elements(value)
  return items && value.type === 'list'
    ? value
    : error(`${call.name}() needs a list`, call.text, here)
}

/** regex()/regexall(): each match as Terraform returns it (the string, a list of groups, or named groups). */
function regexMatches(args: Value[], call: Call, here: Origin, all: boolean): Value[] | Value {
  const [pattern, text] = args.map(asString)
  if (pattern == null || text == null)
    return error(`${call.name}() needs two strings`, call.text, here)
  const compiled = compileRe2(pattern, 'g')
  if ('unsupported' in compiled) return unknown(compiled.unsupported, call.text, here)
  const at = combined(call.at, args)
  const results: Value[] = []
  for (const match of text.matchAll(compiled.regex)) {
    const groups = match.slice(1)
    const named = match.groups ? Object.entries(match.groups) : []
    if (named.length > 0 && named.length !== groups.length)
      return error('a pattern cannot mix named and unnamed groups', call.text, here)
    results.push(
      named.length > 0
        ? obj(new Map(named.map(([name, v]) => [name, str(v ?? '', at)])), at)
        : groups.length > 0
          ? list(
              groups.map((v) => str(v ?? '', at)),
              at,
            )
          : str(match[0], at),
    )
    if (!all) break
    if (match[0] === '') compiled.regex.lastIndex++
  }
  if (!all && results.length === 0) return error('the pattern did not match', call.text, here)
  return results
}

/** A decoded JSON value as an HCL value, all of it at the jsondecode() argument. */
function fromJson(data: unknown, at: Origin): Value {
  if (data === null) return { type: 'null', origin: at }
  if (typeof data === 'string') return str(data, at)
  if (typeof data === 'boolean') return bool(data, at)
  if (typeof data === 'number') {
    const text = numberText(data)
    return text === null ? unknown('a JSON number too precise to use', '', at) : num(data, at, text)
  }
  if (Array.isArray(data))
    return list(
      data.map((item) => fromJson(item, at)),
      at,
    )
  return obj(
    new Map(Object.entries(data as Record<string, unknown>).map(([k, v]) => [k, fromJson(v, at)])),
    at,
  )
}

function distinctList(value: Value, call: Call, here: Origin): Value {
  const items = elements(value)
  if (!items || value.type === 'object')
    return error(`${call.name}() needs a list`, call.text, here)
  const out: Value[] = []
  for (const item of items) if (!out.some((seen) => equalValues(seen, item))) out.push(item)
  return list(out, value.origin)
}
