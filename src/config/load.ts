import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Settings } from './settings.js'
import {
  ConfigError,
  resolveConfig,
  type ConfigSide,
  type ConfigSource,
  type GateConfig,
} from './gate-config.js'
import { configChanges } from './changes.js'

export const DEFAULT_CONFIG_FILE = '.github/eks-upgrade-gate.yml'

/** The configuration file was changed by the change under review, and how. */
export interface ConfigChange {
  /** The file, as reports name it. */
  readonly file: string
  /** Whose configuration decided the verdict. */
  readonly source: ConfigSource
  /** One line per setting that differs: `fail-on: error → never`. */
  readonly changes: readonly string[]
}

export interface LoadedConfig {
  readonly config: GateConfig
  /** Present when the head's configuration file differs from the base's. */
  readonly change?: ConfigChange
}

export interface ConfigOrigin {
  /** head (default): the tree's own file decides; base: the base commit's does. */
  readonly source?: ConfigSide
  /**
   * Reads a file (a path on disk) as the base commit has it: its text, or null
   * when the base has no such file. Absent when there is no git base.
   */
  readonly readBase?: (file: string) => string | null
  /** A configuration file from another repository (`OWNER/REPO/PATH@REF`): it decides. */
  readonly external?: { readonly name: string; readonly text: string }
}

/**
 * Reads the configuration file (explicit, or the default one when it exists)
 * and merges it with the overrides. An explicit file that is missing is an
 * error: silently ignoring it would run the gate with rules the user turned off.
 * `relativeTo` is where reports name the file from (workspace or current directory).
 *
 * With `source: base`, the base commit's file decides, so a pull request cannot
 * lower the bar it is judged by; either way a file the change edits is reported.
 */
export function loadConfig(
  inputs: Settings,
  explicitFile: string | undefined,
  searchDirs: readonly string[],
  relativeTo: string,
  origin: ConfigOrigin = {},
): LoadedConfig {
  if (origin.external) {
    const { name, text } = origin.external
    return { config: { ...resolveConfig(inputs, { path: name, text }), configSource: 'external' } }
  }
  const source = origin.source ?? 'head'
  const display = (file: string) => {
    const relative = path.relative(relativeTo, file).split(path.sep).join('/')
    return relative && !relative.startsWith('..') ? relative : file
  }
  const candidates =
    explicitFile !== undefined
      ? [explicitFile]
      : searchDirs.map((dir) => path.join(dir, DEFAULT_CONFIG_FILE))
  const onDisk = candidates.find((file) => existsSync(file) && statSync(file).isFile())
  if (explicitFile !== undefined && !onDisk && source === 'head')
    throw new ConfigError(`The configuration file ${explicitFile} does not exist`)
  const head = onDisk ? { file: onDisk, text: readFileSync(onDisk, 'utf8') } : undefined

  if (!origin.readBase) {
    if (source === 'base')
      throw new ConfigError(
        'config-source base reads the configuration from the base commit, but there is no base to read it from: compare with a base commit (a pull request, or base-ref / --base)',
      )
    return { config: resolve(inputs, head, display) }
  }
  const readBase = origin.readBase
  const base = candidates
    .map((file) => ({ file, text: readBase(file) }))
    .find((found): found is { file: string; text: string } => found.text !== null)
  if (explicitFile !== undefined && !base && source === 'base')
    throw new ConfigError(
      `The configuration file ${explicitFile} does not exist in the base commit`,
    )

  const decided = source === 'base' ? base : head
  const config = { ...resolve(inputs, decided, display, source), configSource: source }
  if ((head?.text ?? null) === (base?.text ?? null)) return { config }
  const other = source === 'base' ? head : base
  let otherConfig: GateConfig | string
  try {
    otherConfig = resolve(inputs, other, display)
  } catch (error) {
    otherConfig = (error as Error).message
  }
  const before = source === 'base' ? config : otherConfig
  const after = source === 'base' ? otherConfig : config
  return {
    config,
    change: {
      file: display((head ?? base)!.file),
      source,
      changes: configChanges(before, after, { added: !base, deleted: !head }),
    },
  }
}

function resolve(
  inputs: Settings,
  file: { file: string; text: string } | undefined,
  display: (file: string) => string,
  source: ConfigSource = 'head',
): GateConfig {
  if (!file) return resolveConfig(inputs)
  const name = display(file.file)
  return resolveConfig(inputs, {
    path: source === 'base' ? `${name} (base commit)` : name,
    text: file.text,
  })
}
