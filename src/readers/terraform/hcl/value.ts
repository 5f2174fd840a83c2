import type { SourceRef } from '../../../model/source.js'
import { spend } from './budget.js'
import { exactNumberText, numberText } from './number.js'

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
  /** The module instance that declares it (`module.eks`), '' for the root; for a resource. */
  readonly module?: string
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
  | {
      readonly type: 'string'
      readonly value: string
      readonly origin: Origin
      /** The number literal it was converted from (a `string` variable given 1.30). */
      readonly written?: string
    }
  | {
      readonly type: 'number'
      readonly value: number
      readonly origin: Origin
      /** Its exact decimal text, as Terraform converts it to a string (`1.3` for 1.30). */
      readonly text?: string
      /** The literal as written (`1.30`), where the number came straight from one. */
      readonly written?: string
    }
  | { readonly type: 'bool'; readonly value: boolean; readonly origin: Origin }
  | { readonly type: 'null'; readonly origin: Origin }
  | {
      readonly type: 'list'
      readonly items: readonly Value[]
      readonly origin: Origin
      /** A set (toset(), a set(...) type): the only list for_each accepts. */
      readonly set?: true
    }
  | {
      readonly type: 'object'
      readonly entries: ReadonlyMap<string, Value>
      readonly origin: Origin
    }
  | {
      readonly type: 'unknown'
      readonly reason: string
      readonly expression: string
      readonly origin: Origin
      readonly data?: DataRef
      /**
       * The values it is one of, when only a condition is unknown (`c ? a : b`):
       * an extractor may still know what all of them have in common.
       */
      readonly either?: readonly Value[]
      /**
       * A template with unknown parts: its text where known and the unknowns
       * themselves (`"amazon-eks-node-${aws_eks_cluster.this.version}-v*"`).
       */
      readonly parts?: ReadonlyArray<string | Value>
    }
  | {
      readonly type: 'error'
      readonly reason: string
      readonly expression: string
      readonly origin: Origin
      /**
       * Terraform refuses the configuration before evaluating anything (a reference
       * to an undeclared variable or local): `try` and `can` do not catch it.
       */
      readonly static?: true
    }

export function origin(at: SourceRef, via: readonly SourceRef[] = []): Origin {
  return { at, via }
}

export const str = (value: string, origin: Origin): Value => {
  spend(1 + (value.length >> 6))
  return { type: 'string', value, origin }
}
export const num = (value: number, origin: Origin, text?: string): Value =>
  text === undefined ? { type: 'number', value, origin } : { type: 'number', value, origin, text }
export const bool = (value: boolean, origin: Origin): Value => ({ type: 'bool', value, origin })
export const list = (items: readonly Value[], origin: Origin): Value => {
  spend(1 + items.length)
  return { type: 'list', items, origin }
}
/** Terraform iterates maps and objects by key in byte order, whatever order they were written in. */
export const obj = (entries: ReadonlyMap<string, Value>, origin: Origin): Value => {
  spend(1 + entries.size)
  return {
    type: 'object',
    entries: new Map([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    origin,
  }
}
export const unknown = (
  reason: string,
  expression: string,
  origin: Origin,
  data?: DataRef,
): Value =>
  data
    ? { type: 'unknown', reason, expression, origin, data }
    : { type: 'unknown', reason, expression, origin }
export const error = (reason: string, expression: string, origin: Origin): Value => ({
  type: 'error',
  reason,
  expression,
  origin,
})

/** An error Terraform reports while validating, before any `try` runs. */
export const staticError = (reason: string, expression: string, origin: Origin): Value => ({
  type: 'error',
  reason,
  expression,
  origin,
  static: true,
})

/** Prepends reference hops to a value's origin (and to its elements', so selections keep the chain). */
export function through(value: Value, hops: readonly SourceRef[]): Value {
  if (hops.length === 0) return value
  return { ...value, origin: { at: value.origin.at, via: [...hops, ...value.origin.via] } } as Value
}

/** The string Terraform would convert a primitive to; null for anything else. */
export function asString(value: Value): string | null {
  switch (value.type) {
    case 'string':
      return value.value
    case 'number':
      return value.text ?? numberText(value.value)
    case 'bool':
      return String(value.value)
    default:
      return null
  }
}

export function asNumber(value: Value): number | null {
  if (value.type === 'number') return value.value
  if (value.type === 'string' && exactNumberText(value.value) !== null) return Number(value.value)
  return null
}

/** The exact decimal text of a number, or of a string Terraform would convert to one. */
export function asNumberText(value: Value): string | null {
  if (value.type === 'number') return value.text ?? numberText(value.value)
  if (value.type === 'string') return exactNumberText(value.value)
  return null
}

export function truthy(value: Value): boolean | null {
  if (value.type === 'bool') return value.value
  if (value.type === 'string' && (value.value === 'true' || value.value === 'false'))
    return value.value === 'true'
  return null
}

/** The first unknown or error among values, which then decides an operation's result. */
export function firstUnsettled(values: readonly Value[]): Value | undefined {
  return (
    values.find((value) => value.type === 'error') ??
    values.find((value) => value.type === 'unknown')
  )
}

/** Elements of a list, or values of an object (Terraform lets for and functions iterate both). */
export function elements(value: Value): readonly Value[] | null {
  if (value.type === 'list') return value.items
  if (value.type === 'object') return [...value.entries.values()]
  return null
}

/** A short human rendering, for messages and tests. */
export function show(value: Value): string {
  switch (value.type) {
    case 'string':
      return JSON.stringify(value.value)
    case 'number':
    case 'bool':
      return String(value.value)
    case 'null':
      return 'null'
    case 'list':
      return `[${value.items.map(show).join(', ')}]`
    case 'object':
      return `{${[...value.entries].map(([k, v]) => `${k} = ${show(v)}`).join(', ')}}`
    case 'unknown':
      return `(unknown: ${value.reason})`
    case 'error':
      return `(error: ${value.reason})`
  }
}

export function equalValues(a: Value, b: Value): boolean {
  if (a.type !== b.type) return false
  switch (a.type) {
    case 'string':
    case 'number':
    case 'bool':
      return a.value === (b as typeof a).value
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
  const referenced = operands.filter((operand) => operand.origin.via.length > 0)
  if (referenced.length === 1) return referenced[0]!.origin
  return origin(at)
}
