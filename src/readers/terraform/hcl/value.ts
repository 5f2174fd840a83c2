import type { SourceRef } from '../../../model/source.js'

/** Where a value came from: the place a user edits, and the references that led there. */
export interface Origin {
  readonly at: SourceRef
  /** Reference hops from the use site outwards: variable block, local, module output… */
  readonly via: readonly SourceRef[]
}

/** A data source or resource the value depends on, for extractors that know more (SSM paths, AMI filters). */
export interface DataRef {
  readonly type: string
  readonly name: string
  readonly key?: string | number
  readonly attribute?: string
  /**
   * The data source's own arguments, evaluated where they are declared (the
   * SSM parameter `name`, `aws_ami` name filters, `most_recent`): the minor
   * of a custom AMI often survives only there.
   */
  readonly arguments?: ReadonlyMap<string, Value>
}

/**
 * The result of evaluating an HCL expression statically. `unknown` is a value
 * only AWS knows at apply time; `error` is what Terraform would reject (and
 * what `try` skips). Both carry the reason and the expression text.
 */
export type Value =
  | { readonly t: 'string'; readonly v: string; readonly o: Origin }
  | { readonly t: 'number'; readonly v: number; readonly o: Origin; readonly raw?: string }
  | { readonly t: 'bool'; readonly v: boolean; readonly o: Origin }
  | { readonly t: 'null'; readonly o: Origin }
  | { readonly t: 'list'; readonly items: readonly Value[]; readonly o: Origin }
  | { readonly t: 'object'; readonly entries: ReadonlyMap<string, Value>; readonly o: Origin }
  | {
      readonly t: 'unknown'
      readonly why: string
      readonly expr: string
      readonly o: Origin
      readonly data?: DataRef
    }
  | { readonly t: 'error'; readonly why: string; readonly expr: string; readonly o: Origin }

export function origin(at: SourceRef, via: readonly SourceRef[] = []): Origin {
  return { at, via }
}

export const str = (v: string, o: Origin): Value => ({ t: 'string', v, o })
export const num = (v: number, o: Origin): Value => ({ t: 'number', v, o })
export const bool = (v: boolean, o: Origin): Value => ({ t: 'bool', v, o })
export const nul = (o: Origin): Value => ({ t: 'null', o })
export const list = (items: readonly Value[], o: Origin): Value => ({ t: 'list', items, o })
export const obj = (entries: ReadonlyMap<string, Value>, o: Origin): Value => ({
  t: 'object',
  entries,
  o,
})
export const unknown = (why: string, expr: string, o: Origin, data?: DataRef): Value =>
  data ? { t: 'unknown', why, expr, o, data } : { t: 'unknown', why, expr, o }
export const error = (why: string, expr: string, o: Origin): Value => ({ t: 'error', why, expr, o })

export function isKnown(value: Value): boolean {
  return value.t !== 'unknown' && value.t !== 'error'
}

/** Prepends reference hops to a value's origin (and to its elements', so selections keep the chain). */
export function through(value: Value, hops: readonly SourceRef[]): Value {
  if (hops.length === 0) return value
  return { ...value, o: { at: value.o.at, via: [...hops, ...value.o.via] } } as Value
}

/** The string Terraform would convert a primitive to; null for anything else. */
export function asString(value: Value): string | null {
  switch (value.t) {
    case 'string':
      return value.v
    case 'number':
      return value.raw ?? String(value.v)
    case 'bool':
      return String(value.v)
    default:
      return null
  }
}

export function asNumber(value: Value): number | null {
  if (value.t === 'number') return value.v
  if (value.t === 'string' && value.v.trim() !== '' && Number.isFinite(Number(value.v)))
    return Number(value.v)
  return null
}

export function truthy(value: Value): boolean | null {
  if (value.t === 'bool') return value.v
  if (value.t === 'string' && (value.v === 'true' || value.v === 'false')) return value.v === 'true'
  return null
}

/** The first unknown or error among values, which then decides an operation's result. */
export function firstUnsettled(values: readonly Value[]): Value | undefined {
  return (
    values.find((value) => value.t === 'error') ?? values.find((value) => value.t === 'unknown')
  )
}

/** Elements of a list, or values of an object (Terraform lets for and functions iterate both). */
export function elements(value: Value): readonly Value[] | null {
  if (value.t === 'list') return value.items
  if (value.t === 'object') return [...value.entries.values()]
  return null
}

/** A short human rendering, for messages and tests. */
export function show(value: Value): string {
  switch (value.t) {
    case 'string':
      return JSON.stringify(value.v)
    case 'number':
    case 'bool':
      return String(value.v)
    case 'null':
      return 'null'
    case 'list':
      return `[${value.items.map(show).join(', ')}]`
    case 'object':
      return `{${[...value.entries].map(([k, v]) => `${k} = ${show(v)}`).join(', ')}}`
    case 'unknown':
      return `(unknown: ${value.why})`
    case 'error':
      return `(error: ${value.why})`
  }
}

export function equalValues(a: Value, b: Value): boolean {
  if (a.t !== b.t) return false
  switch (a.t) {
    case 'string':
    case 'number':
    case 'bool':
      return a.v === (b as typeof a).v
    case 'null':
      return true
    case 'list': {
      const other = b as typeof a
      return (
        a.items.length === other.items.length &&
        a.items.every((item, i) => equalValues(item, other.items[i]!))
      )
    }
    case 'object': {
      const other = b as typeof a
      return (
        a.entries.size === other.entries.size &&
        [...a.entries].every(
          ([k, v]) => other.entries.has(k) && equalValues(v, other.entries.get(k)!),
        )
      )
    }
    default:
      return false
  }
}

/**
 * Where a computed value (template, arithmetic, format) should be edited:
 * when exactly one operand came through a reference, that operand's source
 * (`minor = 34` for `"1.${local.minor - 1}"`); otherwise the expression itself.
 */
export function combined(at: SourceRef, operands: readonly Value[]): Origin {
  const referenced = operands.filter((operand) => operand.o.via.length > 0)
  if (referenced.length === 1) return referenced[0]!.o
  return origin(at)
}
