import type { SourceRef } from './source.js'

interface Where {
  /** The place a user edits to change this value. */
  readonly at: SourceRef
  /** How the value got there, outermost first (module input → variable → tfvars line). */
  readonly via: readonly SourceRef[]
  readonly expression?: string
  /** Why a value is unresolved, which policy or default applies, or what it inherits. */
  readonly note?: string
  /**
   * The number as written, when the source gave a number where a version string
   * belongs (Terraform `version = 1.30`, eksctl's unquoted YAML float).
   */
  readonly numberWritten?: string
}

/**
 * A value as the source declares it. The status decides what `value` can be, so a
 * rule that has checked `status === 'resolved'` has a value, with no second check:
 * - resolved: a literal, or an expression the tool evaluated fully
 * - policy: decided by AWS at apply time (`latest`, `default`); `value` names the policy
 * - unresolved: an expression the tool cannot evaluate statically; `expression` keeps its text
 * - unspecified: absent, so a tool/module/AWS default applies; `note` says which
 */
export type Declared<T> =
  | (Where & { readonly status: 'resolved'; readonly value: T })
  | (Where & { readonly status: 'policy'; readonly value: T | null; readonly note: string })
  | (Where & {
      readonly status: 'unresolved'
      readonly value: null
      readonly expression: string
      readonly note: string
    })
  | (Where & { readonly status: 'unspecified'; readonly value: T | null; readonly note: string })

export function resolved<T>(value: T, at: SourceRef, via: readonly SourceRef[] = []): Declared<T> {
  return { value, status: 'resolved', at, via }
}

/** `expression` keeps the word the user wrote (`latest`, `auto`) when `value` cannot hold it. */
export function policy<T>(
  value: T | null,
  at: SourceRef,
  note: string,
  expression?: string,
): Declared<T> {
  return expression === undefined
    ? { value, status: 'policy', at, via: [], note }
    : { value, status: 'policy', at, via: [], note, expression }
}

export function unresolved<T>(at: SourceRef, expression: string, note: string): Declared<T> {
  return { value: null, status: 'unresolved', at, via: [], expression, note }
}

/** Absent from the source; `value` is the default that applies when the tool knows it. */
export function unspecified<T>(at: SourceRef, note: string, value: T | null = null): Declared<T> {
  return { value, status: 'unspecified', at, via: [], note }
}

/**
 * Text a value or expression shows in a message, cut to `max` characters: a
 * pull request can make one megabytes long (format("%.100000f", …)).
 */
export function shortText(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`
}
