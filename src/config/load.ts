import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { ConfigError, resolveConfig, type ConfigOverrides, type GateConfig } from './schema.js'

export const DEFAULT_CONFIG_FILE = '.github/eks-upgrade-gate.yml'

/**
 * Reads the configuration file (explicit, or the default one when it exists)
 * and merges it with the overrides. An explicit file that is missing is an
 * error: silently ignoring it would run the gate with rules the user turned off.
 */
export function loadConfig(
  overrides: ConfigOverrides,
  explicitFile: string | undefined,
  searchDirs: readonly string[],
): GateConfig {
  if (explicitFile !== undefined) {
    if (!existsSync(explicitFile) || !statSync(explicitFile).isFile()) {
      throw new ConfigError(`The configuration file ${explicitFile} does not exist`)
    }
    return resolveConfig(overrides, {
      path: explicitFile,
      text: readFileSync(explicitFile, 'utf8'),
    })
  }
  for (const dir of searchDirs) {
    const candidate = path.join(dir, DEFAULT_CONFIG_FILE)
    if (existsSync(candidate))
      return resolveConfig(overrides, { path: candidate, text: readFileSync(candidate, 'utf8') })
  }
  return resolveConfig(overrides)
}
