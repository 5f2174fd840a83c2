import type { ErrorObject } from 'ajv'
import schema from '../../schema/config.schema.json' with { type: 'json' }
import type { IgnoreEntry } from './suppression.js'
import { configValidators, type SchemaCheck } from './validators.js'

/** Bad configuration: the run stops with exit code 2 and this message. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

export const FAIL_ON_LEVELS = ['error', 'warning', 'notice', 'never'] as const
export type FailOn = (typeof FAIL_ON_LEVELS)[number]
export type RuleSetting = 'error' | 'warning' | 'notice' | 'off'
export type CommentMode = 'update' | 'on-failure' | 'on-change' | 'new' | 'off'

/**
 * Where raw settings come from. It only changes how messages name a setting
 * (`--fail-on`, `the fail-on input`, `"fail-on" in .github/eks-upgrade-gate.yml`):
 * every edge is validated by the same schema, so they cannot disagree.
 */
export type SettingSource =
  | { readonly kind: 'cli' }
  | { readonly kind: 'action' }
  | { readonly kind: 'file'; readonly path: string; readonly ignoreLines: readonly number[] }

/** Every setting, validated and in the engine's terms; absent means "not given here". */
export interface Settings {
  failOn?: FailOn
  failOnExisting?: boolean
  failOnEmpty?: boolean
  include?: string[]
  exclude?: string[]
  rules?: Record<string, RuleSetting>
  varFiles?: string[]
  planJson?: string[]
  hiddenDirectories?: string[]
  ignore?: IgnoreEntry[]
  targetVersion?: string
  knowledgeFiles?: string[]
  liveCluster?: string
  assign?: Array<{ paths: string; cluster: string }>
  evaluationDate?: string
  comment?: CommentMode
  reviewComments?: boolean
}

/**
 * Validates raw settings against schema/config.schema.json — the whole file for
 * the configuration file, `definitions.inputs` for action inputs and CLI flags —
 * and converts them. Edges only collect raw values (text from inputs and flags,
 * YAML values from the file); nothing else decides what is valid.
 */
export function validateSettings(raw: Record<string, unknown>, source: SettingSource): Settings {
  const values = source.kind === 'file' ? raw : trimmed(raw)
  // Nothing given is valid (the schema requires nothing), and needs no validator: a
  // CLI run without settings never loads them (see lazyCommonJs in the build).
  if (Object.keys(values).length === 0) return convert(values, source)
  const validators = configValidators()
  const check: SchemaCheck = source.kind === 'file' ? validators.file : validators.inputs
  if (!check(values)) throw new ConfigError(describe(check.errors?.at(-1), values, source))
  return convert(values, source)
}

/** Text from inputs and flags: surrounding blanks are never meant. */
function trimmed(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(raw)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [
        key,
        typeof value === 'string'
          ? value.trim()
          : Array.isArray(value)
            ? value.map((v) => (typeof v === 'string' ? v.trim() : v))
            : value,
      ]),
  )
}

const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).map((item) => String(item).trim())

function convert(values: Record<string, unknown>, source: SettingSource): Settings {
  const settings: Settings = {}
  const text = (key: string) => String(values[key]).trim()
  for (const key of Object.keys(values)) {
    const value = values[key]
    switch (key) {
      case 'fail-on':
        settings.failOn = value as FailOn
        break
      case 'fail-on-existing':
        settings.failOnExisting = value === true || value === 'true'
        break
      case 'fail-on-empty':
        settings.failOnEmpty = value === true || value === 'true'
        break
      case 'review-comments':
        settings.reviewComments = value === true || value === 'true'
        break
      case 'include':
        settings.include = list(value)
        break
      case 'exclude':
        settings.exclude = list(value)
        break
      case 'var-files':
        settings.varFiles = list(value)
        break
      case 'plan-json':
        settings.planJson = list(value)
        break
      case 'knowledge-file':
        settings.knowledgeFiles = list(value)
        break
      case 'hidden-directories':
        settings.hiddenDirectories = list(value).map((name) => name.replace(/\/+$/, ''))
        break
      case 'target-version':
        settings.targetVersion = text(key).replace(/^v/, '')
        break
      case 'live-cluster':
        settings.liveCluster = text(key)
        break
      case 'evaluation-date':
        settings.evaluationDate = text(key)
        break
      case 'comment':
        settings.comment = value as CommentMode
        break
      case 'rules':
        settings.rules = value as Record<string, RuleSetting>
        break
      case 'assign':
        settings.assign = (value as Array<{ paths: string; cluster: string }>).map((entry) => ({
          paths: entry.paths.trim(),
          cluster: entry.cluster.trim(),
        }))
        break
      case 'ignore':
        settings.ignore = ignoreEntries(value as Array<Record<string, string>>, source)
        break
    }
  }
  return settings
}

function ignoreEntries(
  entries: Array<Record<string, string>>,
  source: SettingSource,
): IgnoreEntry[] {
  const file = source.kind === 'file' ? source : { path: '', ignoreLines: [] }
  return entries.map((fields, index) => ({
    rule: fields.rule!.trim(),
    reason: fields.reason!.trim(),
    ...(fields.cluster !== undefined && { cluster: fields.cluster.trim() }),
    ...(fields.file !== undefined && { file: fields.file.trim() }),
    ...(fields.expires !== undefined && { expires: fields.expires.trim() }),
    at: { file: file.path, line: file.ignoreLines[index] ?? 1, column: 1 },
  }))
}

const IGNORE_EXAMPLE =
  '[{ rule: node-group-skew, cluster: "*prod*", reason: "retiring this group", expires: 2027-01-31 }]'
const ASSIGN_EXAMPLE = '[{ paths: "apps/prod/**", cluster: prod }]'

/** The schema's verdict, said in the words of the place the user typed the value. */
function describe(
  error: ErrorObject | undefined,
  values: Record<string, unknown>,
  source: SettingSource,
): string {
  const { definitions, properties } = schema
  const [key = '', ...rest] = (error?.instancePath ?? '').split('/').slice(1).map(unescapePointer)
  const name =
    source.kind === 'cli'
      ? `--${key}`
      : source.kind === 'action'
        ? `the ${key} input`
        : `"${key}" in ${source.path}`
  const got = (value: unknown) => `(got "${String(value)}")`
  const value = at(values, error?.instancePath ?? '')
  if (!error) return `${name} is not valid`
  if (key === '') {
    if (source.kind !== 'file')
      return `unknown setting "${String(error.params.additionalProperty)}"`
    if (error.keyword === 'additionalProperties')
      return `${source.path}: unknown setting "${String(error.params.additionalProperty)}"; allowed: ${Object.keys(properties).join(', ')}`
    return `${source.path} must be a mapping of settings (see the README's "Configuration file")`
  }
  // Inside a list entry: name it by its position, as a person counts.
  const entry = /^\d+$/.test(rest[0] ?? '') ? `${name}, entry ${Number(rest[0]) + 1}` : name
  // The setting's type, as the schema names it (the property's $ref), whatever part failed.
  const property =
    (schema.definitions.inputs.properties as Record<string, { $ref?: string }>)[key] ??
    (properties as Record<string, { $ref?: string }>)[key]
  const definition = property?.$ref?.split('/').at(-1) ?? ''
  switch (key) {
    case 'rules':
      if (error.keyword === 'propertyNames' || definition === 'ruleId')
        return `${name}: unknown rule "${String(error.params.propertyName ?? rest[0])}"; rules are: ${definitions.ruleId.enum.join(', ')}`
      if (error.keyword === 'type')
        return `${name} must map rule ids to a severity or "off", e.g. { node-group-skew: warning }`
      return `${name}: rule "${rest[0]}" must be set to ${definitions.ruleSetting.enum.join(', ')} ${got(value)}`
    case 'ignore':
      if (rest.length === 0) return `${name} must be a list of entries like ${IGNORE_EXAMPLE}`
      if (error.keyword === 'required' && error.params.missingProperty === 'reason')
        return `${entry}: a reason is required, so the suppression explains itself in every report`
      if (error.keyword === 'additionalProperties')
        return `${entry}: unknown key "${String(error.params.additionalProperty)}"; allowed: ${Object.keys(properties.ignore.items.properties).join(', ')}`
      if (rest[1] === 'rule' || error.params.missingProperty === 'rule')
        return `${entry}: unknown rule "${String(value ?? '')}"; rules are: ${definitions.ruleId.enum.join(', ')} (or "*")`
      if (rest[1] === 'expires')
        return `${entry}: expires must be a date like 2027-01-31 ${got(value)}`
      return `${entry} must be a mapping like ${IGNORE_EXAMPLE}`
    case 'assign':
      if (rest.length === 0) return `${name} must be a list like ${ASSIGN_EXAMPLE}`
      return `${entry} needs paths (a glob) and cluster (an id or name), e.g. ${ASSIGN_EXAMPLE}`
  }
  switch (definition) {
    case 'failOn':
      return `${name} must be one of ${definitions.failOn.enum.join(', ')} ${got(value)}`
    case 'comment':
      return `${name} must be update, on-failure, on-change, new or off ${got(value)}`
    case 'boolean':
      return `${name} must be true or false ${got(value)}`
    case 'date':
      return `${name} must be a date like 2026-11-21 ${got(value)}`
    case 'kubeVersion':
      // YAML reads `target-version: 1.30` as the number 1.3; insist on a string there.
      return typeof value === 'number'
        ? `${name} must be quoted ("${value}" reads as the number ${value}): write "1.30", not 1.30`
        : `${name} must be a Kubernetes version like 1.33 ${got(value)}`
    case 'globs':
    case 'rootFiles':
      return `${name} must be a glob or a list of globs, e.g. ["clusters/**", "!**/testdata/**"]`
    default:
      return `${name} must be a non-empty text ${got(value)}`
  }
}

const unescapePointer = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~')

function at(values: unknown, pointer: string): unknown {
  let current = values
  for (const segment of pointer.split('/').slice(1).map(unescapePointer)) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[segment]
  }
  return current
}
