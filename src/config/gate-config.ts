import { isSeq, LineCounter, parseDocument } from 'yaml'
import type { IgnoreEntry } from './suppression.js'
import {
  ConfigError,
  validateSettings,
  type FailOn,
  type RuleSetting,
  type Settings,
} from './settings.js'

export { ConfigError } from './settings.js'

/**
 * Whose configuration file decides: the tree under review's, its base commit's, or
 * one in another repository (`config-file: OWNER/REPO/PATH@REF`).
 */
export type ConfigSource = ConfigSide | 'external'

/** What the config-source input chooses between. */
export type ConfigSide = 'head' | 'base'

/** Everything that decides what the gate checks and when it fails; validated once. */
export interface GateConfig {
  readonly failOn: FailOn
  readonly failOnExisting: boolean
  /** Fail, rather than warn, when nothing EKS-related is found. */
  readonly failOnEmpty: boolean
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
  /**
   * base or external: the file came from where the change cannot edit it, and only
   * what the base also has counts (inline suppressions, knowledge files), so the
   * change cannot lower its own bar.
   */
  readonly configSource?: ConfigSource
}

export const DEFAULT_CONFIG: GateConfig = {
  failOn: 'error',
  failOnExisting: false,
  failOnEmpty: false,
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

export const GATE_KEYS = [
  'failOn',
  'failOnExisting',
  'failOnEmpty',
  'include',
  'exclude',
  'rules',
  'varFiles',
  'planJson',
  'hiddenDirectories',
  'ignore',
  'targetVersion',
  'knowledgeFiles',
  'liveCluster',
  'assign',
] as const satisfies ReadonlyArray<keyof GateConfig & keyof Settings>

/** The settings of GateConfig, taken from validated Settings (inputs or file). */
function gateSettings(settings: Settings): Partial<GateConfig> {
  return Object.fromEntries(
    GATE_KEYS.flatMap((key) => (settings[key] === undefined ? [] : [[key, settings[key]]])),
  )
}

/**
 * Merges defaults < config file < inputs. `inputs` are already validated (by
 * validateSettings at the edge that collected them); the file is validated here,
 * by the same schema.
 */
export function resolveConfig(inputs: Settings, file?: { path: string; text: string }): GateConfig {
  const fromFile = file ? readConfigFile(file.path, file.text) : {}
  // An empty list given as an input means "not given": the file's list stands.
  const given = gateSettings(inputs)
  for (const key of ['varFiles', 'planJson', 'knowledgeFiles'] as const) {
    if (given[key]?.length === 0) delete given[key]
  }
  return { ...DEFAULT_CONFIG, ...gateSettings(fromFile), ...given }
}

/** Parses the configuration file's YAML, then validates it with the schema. */
export function readConfigFile(path: string, text: string): Settings {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false })
  let raw: unknown
  try {
    if (doc.errors[0]) throw doc.errors[0]
    raw = doc.toJS({ maxAliasCount: 50 })
  } catch (error) {
    throw new ConfigError(`${path} is not valid YAML: ${(error as Error).message.split('\n')[0]}`)
  }
  if (raw === null || raw === undefined) return {}
  // Where each `ignore` entry is written, so an expired one can be pointed at.
  const ignoreNode = doc.get('ignore', true)
  const ignoreLines = isSeq(ignoreNode)
    ? ignoreNode.items.map(
        (item) => lines.linePos((item as { range?: [number] }).range?.[0] ?? 0).line,
      )
    : []
  return validateSettings(raw as Record<string, unknown>, { kind: 'file', path, ignoreLines })
}

/** Whether the configuration came from where the change under review cannot edit it. */
export function configIsTrusted(config: GateConfig): boolean {
  return config.configSource === 'base' || config.configSource === 'external'
}
