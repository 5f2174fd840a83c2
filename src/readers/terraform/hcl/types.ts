import type { Expr } from './ast.js'
import { exactNumberText, numberText } from './number.js'
import {
  asString,
  bool,
  error,
  list,
  num,
  obj,
  str,
  through,
  type Origin,
  type Value,
} from './value.js'

/** A variable's `type` constraint, as Terraform reads it. */
export type TypeSpec =
  | { readonly kind: 'string' | 'number' | 'bool' | 'any' }
  | { readonly kind: 'list' | 'set' | 'map'; readonly element: TypeSpec }
  | { readonly kind: 'tuple'; readonly elements: readonly TypeSpec[] }
  | {
      readonly kind: 'object'
      readonly attributes: ReadonlyMap<string, Attribute>
    }

interface Attribute {
  readonly type: TypeSpec
  readonly optional: boolean
  /** `optional(type, default)`: the default's expression, evaluated when the attribute is absent. */
  readonly default?: Expr
}

const ANY: TypeSpec = { kind: 'any' }

/** Reads a type expression; an expression we do not understand is `any` (no conversion). */
export function parseType(expr: Expr): TypeSpec {
  if (expr.kind === 'variable') {
    if (expr.name === 'string' || expr.name === 'number' || expr.name === 'bool')
      return { kind: expr.name }
    return ANY
  }
  if (expr.kind !== 'call') return ANY
  const [first] = expr.args
  switch (expr.name) {
    case 'list':
    case 'set':
    case 'map':
      return first ? { kind: expr.name, element: parseType(first) } : ANY
    case 'tuple':
      return first?.kind === 'tuple' ? { kind: 'tuple', elements: first.items.map(parseType) } : ANY
    case 'object': {
      if (first?.kind !== 'object') return ANY
      const attributes = new Map<string, Attribute>()
      for (const entry of first.entries) {
        if (typeof entry.key !== 'string') return ANY
        const value = entry.value
        if (value.kind === 'call' && value.name === 'optional' && value.args[0]) {
          attributes.set(entry.key, {
            type: parseType(value.args[0]),
            optional: true,
            ...(value.args[1] && { default: value.args[1] }),
          })
        } else {
          attributes.set(entry.key, { type: parseType(value), optional: false })
        }
      }
      return { kind: 'object', attributes }
    }
    default:
      return ANY
  }
}

/**
 * Converts a value to a type as Terraform converts a variable's value: "30" to 30
 * for number, 1.30 to "1.3" for string, "true" to true for bool, object
 * attributes the type does not declare dropped, optional ones defaulted, sets
 * sorted and without duplicates. What Terraform would refuse is an error value.
 * Unknown values and nulls pass through.
 */
export function convert(
  value: Value,
  type: TypeSpec,
  evaluateDefault: (expr: Expr) => Value,
): Value {
  if (
    type.kind === 'any' ||
    value.type === 'unknown' ||
    value.type === 'error' ||
    value.type === 'null'
  )
    return value
  const fail = (what: string) =>
    error(`a ${describe(value)} cannot be converted to ${what}`, '', value.origin)
  switch (type.kind) {
    case 'string': {
      if (value.type === 'string') return value
      if (value.type === 'number' || value.type === 'bool') {
        const text = asString(value)
        if (text === null) return fail('string exactly')
        return value.type === 'number' && value.written !== undefined
          ? { type: 'string', value: text, origin: value.origin, written: value.written }
          : str(text, value.origin)
      }
      return fail('string')
    }
    case 'number': {
      if (value.type === 'number') return value
      if (value.type === 'string') {
        const text = exactNumberText(value.value)
        return text === null ? fail('number') : num(Number(text), value.origin, text)
      }
      return fail('number')
    }
    case 'bool': {
      if (value.type === 'bool') return value
      if (value.type === 'string' && (value.value === 'true' || value.value === 'false'))
        return bool(value.value === 'true', value.origin)
      return fail('bool')
    }
    case 'list':
    case 'set': {
      if (value.type !== 'list') return fail(type.kind)
      const items: Value[] = []
      for (const item of value.items) {
        const converted = convert(through(item, value.origin.via), type.element, evaluateDefault)
        if (converted.type === 'error') return converted
        items.push(converted)
      }
      return type.kind === 'set' ? setOf(items, value.origin) : list(items, value.origin)
    }
    case 'tuple': {
      if (value.type !== 'list' || value.items.length !== type.elements.length) return fail('tuple')
      return list(
        value.items.map((item, i) => convert(item, type.elements[i]!, evaluateDefault)),
        value.origin,
      )
    }
    case 'map': {
      if (value.type !== 'object') return fail('map')
      const entries = new Map<string, Value>()
      for (const [key, item] of value.entries) {
        const converted = convert(item, type.element, evaluateDefault)
        if (converted.type === 'error') return converted
        entries.set(key, converted)
      }
      return obj(entries, value.origin)
    }
    case 'object': {
      if (value.type !== 'object') return fail('object')
      const entries = new Map<string, Value>()
      for (const [key, attribute] of type.attributes) {
        const given = value.entries.get(key)
        if (given === undefined || given.type === 'null') {
          if (!attribute.optional && given === undefined)
            return error(`attribute "${key}" is required`, '', value.origin)
          const fallback = attribute.default ? evaluateDefault(attribute.default) : undefined
          entries.set(
            key,
            fallback
              ? convert(fallback, attribute.type, evaluateDefault)
              : (given ?? { type: 'null', origin: value.origin }),
          )
          continue
        }
        const converted = convert(given, attribute.type, evaluateDefault)
        if (converted.type === 'error') return converted
        entries.set(key, converted)
      }
      return obj(entries, value.origin)
    }
  }
}

/** A set value: a list marked as a set, its elements distinct and in Terraform's order. */
export function setOf(items: readonly Value[], origin: Origin): Value {
  return { type: 'list', items: asSet(items), origin, set: true }
}

/** A set's elements: distinct, strings in lexical order and numbers by value. */
export function asSet(items: readonly Value[]): Value[] {
  const key = (value: Value) => `${value.type}:${asString(value) ?? JSON.stringify(value.type)}`
  const seen = new Map<string, Value>()
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item)
  return [...seen.values()].sort((a, b) => {
    if (a.type === 'number' && b.type === 'number') return a.value - b.value
    const x = asString(a) ?? ''
    const y = asString(b) ?? ''
    return x < y ? -1 : x > y ? 1 : 0
  })
}

function describe(value: Value): string {
  if (value.type === 'number') return `number (${numberText(value.value) ?? value.value})`
  return value.type === 'list' ? 'list' : value.type === 'object' ? 'object' : value.type
}
