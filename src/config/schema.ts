import { isSeq, LineCounter, parseDocument } from 'yaml'
import type { IgnoreEntry } from './suppression.js'
import { SEVERITIES, type Severity } from '../model/finding.js'
import { RULES } from '../rules/index.js'
import { formatKubeVersion, parseKubeVersion } from '../model/version.js'

export const FAIL_ON_LEVELS = ['error', 'warning', 'notice', 'never'] as const
export type FailOn = (typeof FAIL_ON_LEVELS)[number]
export type RuleSetting = Severity | 'off'

/** Everything that decides what the gate checks and when it fails; validated once. */
export interface GateConfig {
  readonly failOn: FailOn
  readonly failOnExisting: boolean
  readonly include: readonly string[]
  readonly exclude: readonly string[]
  /** Per-rule severity overrides, or `off`. */
  readonly rules: Readonly<Record<string, RuleSetting>>
  /** tfvars files CI passes with -var-file: `FILE` or `ROOT_DIR=FILE`, from the repository root. */
  readonly varFiles: readonly string[]
  /** `terraform show -json` plan files: `FILE` or `ROOT_DIR=FILE`, from the repository root. */
  readonly planJson: readonly string[]
  /** Hidden directory names to read (`.karpenter`); others are skipped and listed. */
  readonly hiddenDirectories: readonly string[]
  /** Suppressions with a reason and an optional expiry. */
  readonly ignore: readonly IgnoreEntry[]
  /** Check and plan an upgrade to this version that the change has not made ("1.33"). */
  readonly targetVersion?: string
  /** Knowledge files (YAML/JSON, or describe-addon-versions output) merged over the embedded data. */
  readonly knowledgeFiles: readonly string[]
  /** The declared cluster (id or name) a live cluster is, when the names do not tell. */
  readonly liveCluster?: string
  /** Which cluster manifests and Helm files under a path belong to, where it is not the nearest one. */
  readonly assign: ReadonlyArray<{ readonly paths: string; readonly cluster: string }>
}

export const DEFAULT_CONFIG: GateConfig = {
  failOn: 'error',
  failOnExisting: false,
  include: [],
  exclude: [],
  rules: {},
  varFiles: [],
  planJson: [],
  hiddenDirectories: [],
  ignore: [],
  knowledgeFiles: [],
  assign: [],
}

/** Settings that can come from action inputs / CLI flags; undefined means "not given". */
export interface ConfigOverrides {
  readonly failOn?: string
  readonly failOnExisting?: string | boolean
  readonly varFiles?: readonly string[]
  readonly planJson?: readonly string[]
  readonly targetVersion?: string
  readonly knowledgeFiles?: readonly string[]
  readonly liveCluster?: string
  /** Where overrides came from, so messages name what the user typed. */
  readonly origin?: 'action' | 'cli'
}

/** Bad configuration: the run stops with exit code 2 and this message. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

const FILE_KEYS = [
  'fail-on',
  'fail-on-existing',
  'include',
  'exclude',
  'rules',
  'var-files',
  'plan-json',
  'hidden-directories',
  'ignore',
  'target-version',
  'knowledge-file',
  'assign',
  'live-cluster',
] as const

/**
 * Merges defaults < config file < inputs, validating every value with a
 * message that says where it came from and what is allowed.
 */
export function resolveConfig(
  overrides: ConfigOverrides,
  file?: { path: string; text: string },
): GateConfig {
  const fromFile = file ? parseConfigFile(file.path, file.text) : {}
  const name = (setting: string) =>
    overrides.origin === 'cli' ? `--${setting}` : `the ${setting} input`
  const failOn =
    overrides.failOn !== undefined
      ? parseFailOn(overrides.failOn, name('fail-on'))
      : fromFile.failOn
  const failOnExisting =
    overrides.failOnExisting !== undefined
      ? parseBoolean(overrides.failOnExisting, name('fail-on-existing'))
      : fromFile.failOnExisting
  return {
    ...DEFAULT_CONFIG,
    ...fromFile,
    ...(failOn !== undefined && { failOn }),
    ...(failOnExisting !== undefined && { failOnExisting }),
    ...(overrides.varFiles !== undefined &&
      overrides.varFiles.length > 0 && { varFiles: [...overrides.varFiles] }),
    ...(overrides.planJson !== undefined &&
      overrides.planJson.length > 0 && { planJson: [...overrides.planJson] }),
    ...(overrides.liveCluster !== undefined &&
      overrides.liveCluster.trim() !== '' && { liveCluster: overrides.liveCluster.trim() }),
    ...(overrides.targetVersion !== undefined && {
      targetVersion: parseTarget(overrides.targetVersion, name('target-version')),
    }),
    ...(overrides.knowledgeFiles !== undefined &&
      overrides.knowledgeFiles.length > 0 && { knowledgeFiles: [...overrides.knowledgeFiles] }),
  }
}

function parseConfigFile(path: string, text: string): Partial<GateConfig> {
  let raw: unknown
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false })
  try {
    if (doc.errors[0]) throw doc.errors[0]
    raw = doc.toJS({ maxAliasCount: 50 })
  } catch (error) {
    throw new ConfigError(`${path} is not valid YAML: ${(error as Error).message.split('\n')[0]}`)
  }
  // Where each `ignore` entry is written, so an expired one can be pointed at.
  const ignoreNode = doc.get('ignore', true)
  const entryLines = isSeq(ignoreNode)
    ? ignoreNode.items.map(
        (item) => lines.linePos((item as { range?: [number] }).range?.[0] ?? 0).line,
      )
    : []
  if (raw === null || raw === undefined) return {}
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw new ConfigError(
      `${path} must be a mapping of settings (see the README's "Configuration file")`,
    )
  const entries = raw as Record<string, unknown>
  const unknown = Object.keys(entries).filter(
    (key) => !(FILE_KEYS as readonly string[]).includes(key),
  )
  if (unknown.length > 0) {
    throw new ConfigError(
      `${path}: unknown setting ${unknown.map((k) => `"${k}"`).join(', ')}; allowed: ${FILE_KEYS.join(', ')}`,
    )
  }
  const where = (key: string) => `"${key}" in ${path}`
  const config: { -readonly [K in keyof GateConfig]?: GateConfig[K] } = {}
  if (entries['fail-on'] !== undefined)
    config.failOn = parseFailOn(entries['fail-on'], where('fail-on'))
  if (entries['fail-on-existing'] !== undefined)
    config.failOnExisting = parseBoolean(entries['fail-on-existing'], where('fail-on-existing'))
  if (entries.include !== undefined) config.include = parseGlobs(entries.include, where('include'))
  if (entries.exclude !== undefined) config.exclude = parseGlobs(entries.exclude, where('exclude'))
  if (entries.rules !== undefined) config.rules = parseRules(entries.rules, where('rules'))
  if (entries['var-files'] !== undefined)
    config.varFiles = parseGlobs(entries['var-files'], where('var-files'))
  if (entries['target-version'] !== undefined)
    config.targetVersion = parseTarget(entries['target-version'], where('target-version'))
  if (entries['knowledge-file'] !== undefined)
    config.knowledgeFiles = parseGlobs(entries['knowledge-file'], where('knowledge-file'))
  if (entries['live-cluster'] !== undefined)
    config.liveCluster = String(entries['live-cluster']).trim()
  if (entries.assign !== undefined) config.assign = parseAssign(entries.assign, where('assign'))
  if (entries.ignore !== undefined)
    config.ignore = parseIgnore(entries.ignore, where('ignore'), path, entryLines)
  if (entries['plan-json'] !== undefined)
    config.planJson = parseGlobs(entries['plan-json'], where('plan-json'))
  if (entries['hidden-directories'] !== undefined) {
    config.hiddenDirectories = parseGlobs(
      entries['hidden-directories'],
      where('hidden-directories'),
    ).map((name) => name.replace(/\/+$/, ''))
  }
  return config
}

export function parseFailOn(value: unknown, where: string): FailOn {
  const text = String(value).trim().toLowerCase()
  if ((FAIL_ON_LEVELS as readonly string[]).includes(text)) return text as FailOn
  throw new ConfigError(
    `${where} must be one of ${FAIL_ON_LEVELS.join(', ')} (got "${String(value)}")`,
  )
}

export function parseBoolean(value: unknown, where: string): boolean {
  if (typeof value === 'boolean') return value
  const text = String(value).trim().toLowerCase()
  if (text === 'true') return true
  if (text === 'false') return false
  throw new ConfigError(`${where} must be true or false (got "${String(value)}")`)
}

function parseGlobs(value: unknown, where: string): string[] {
  const list = typeof value === 'string' ? [value] : value
  if (
    !Array.isArray(list) ||
    !list.every((item) => typeof item === 'string' && item.trim() !== '')
  ) {
    throw new ConfigError(
      `${where} must be a glob or a list of globs, e.g. ["clusters/**", "!**/testdata/**"]`,
    )
  }
  return list.map((item) => item.trim())
}

function parseRules(value: unknown, where: string): Record<string, RuleSetting> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(
      `${where} must map rule ids to a severity or "off", e.g. { node-group-skew: warning }`,
    )
  }
  const known = RULES.map((rule) => rule.meta.id)
  const settings: Record<string, RuleSetting> = {}
  for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
    if (!known.includes(id))
      throw new ConfigError(`${where}: unknown rule "${id}"; rules are: ${known.join(', ')}`)
    const text = String(setting).trim().toLowerCase()
    if (text !== 'off' && !(SEVERITIES as readonly string[]).includes(text)) {
      throw new ConfigError(
        `${where}: rule "${id}" must be set to ${[...SEVERITIES, 'off'].join(', ')} (got "${String(setting)}")`,
      )
    }
    settings[id] = text as RuleSetting
  }
  return settings
}

function parseIgnore(
  value: unknown,
  where: string,
  file: string,
  lines: readonly number[],
): IgnoreEntry[] {
  const example =
    '[{ rule: node-group-skew, cluster: "*prod*", reason: "retiring this group", expires: 2027-01-31 }]'
  if (!Array.isArray(value))
    throw new ConfigError(`${where} must be a list of entries like ${example}`)
  const known = RULES.map((rule) => rule.meta.id)
  return value.map((item, index) => {
    const entry = `${where}, entry ${index + 1}`
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      throw new ConfigError(`${entry} must be a mapping like ${example}`)
    const fields = item as Record<string, unknown>
    const unknownKeys = Object.keys(fields).filter(
      (key) => !['rule', 'cluster', 'file', 'reason', 'expires'].includes(key),
    )
    if (unknownKeys.length > 0)
      throw new ConfigError(
        `${entry}: unknown key ${unknownKeys.map((k) => `"${k}"`).join(', ')}; allowed: rule, cluster, file, reason, expires`,
      )
    const rule = String(fields.rule ?? '').trim()
    if (rule !== '*' && !known.includes(rule))
      throw new ConfigError(
        `${entry}: unknown rule "${rule}"; rules are: ${known.join(', ')} (or "*")`,
      )
    const reason = typeof fields.reason === 'string' ? fields.reason.trim() : ''
    if (!reason)
      throw new ConfigError(
        `${entry}: a reason is required, so the suppression explains itself in every report`,
      )
    const expires =
      fields.expires instanceof Date
        ? fields.expires.toISOString().slice(0, 10)
        : fields.expires === undefined
          ? undefined
          : String(fields.expires).trim()
    if (expires !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(expires))
      throw new ConfigError(`${entry}: expires must be a date like 2027-01-31 (got "${expires}")`)
    const glob = (key: 'cluster' | 'file') =>
      typeof fields[key] === 'string' && (fields[key] as string).trim()
        ? { [key]: (fields[key] as string).trim() }
        : {}
    return {
      rule,
      reason,
      ...glob('cluster'),
      ...glob('file'),
      ...(expires !== undefined && { expires }),
      at: { file, line: lines[index] ?? 1, column: 1 },
    }
  })
}

function parseTarget(value: unknown, where: string): string {
  // YAML reads `target-version: 1.30` as the number 1.3; insist on a string there.
  if (typeof value === 'number')
    throw new ConfigError(
      `${where} must be quoted ("${value}" reads as the number ${value}): write "1.30", not 1.30`,
    )
  const version = parseKubeVersion(String(value))
  if (!version)
    throw new ConfigError(
      `${where} must be a Kubernetes version like 1.33 (got "${String(value)}")`,
    )
  return formatKubeVersion(version)
}

function parseAssign(value: unknown, where: string): Array<{ paths: string; cluster: string }> {
  const example = '[{ paths: "apps/prod/**", cluster: prod }]'
  if (!Array.isArray(value)) throw new ConfigError(`${where} must be a list like ${example}`)
  return value.map((item, index) => {
    const entry = item as Record<string, unknown> | null
    if (
      typeof entry?.paths !== 'string' ||
      typeof entry.cluster !== 'string' ||
      !entry.paths.trim() ||
      !entry.cluster.trim()
    ) {
      throw new ConfigError(
        `${where}, entry ${index + 1} needs paths (a glob) and cluster (an id or name), e.g. ${example}`,
      )
    }
    return { paths: entry.paths.trim(), cluster: entry.cluster.trim() }
  })
}
