import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Settings } from './settings.js'
import { ConfigError, resolveConfig, type GateConfig } from './gate-config.js'

export const DEFAULT_CONFIG_FILE = '.github/eks-upgrade-gate.yml'

/**
 * Reads the configuration file (explicit, or the default one when it exists)
 * and merges it with the overrides. An explicit file that is missing is an
 * error: silently ignoring it would run the gate with rules the user turned off.
 * `relativeTo` is where reports name the file from (workspace or current directory).
 */
export function loadConfig(
  inputs: Settings,
  explicitFile: string | undefined,
  searchDirs: readonly string[],
  relativeTo: string,
): GateConfig {
  const read = (file: string) => {
    const relative = path.relative(relativeTo, file).split(path.sep).join('/')
    const display = relative && !relative.startsWith('..') ? relative : file
    return resolveConfig(inputs, { path: display, text: readFileSync(file, 'utf8') })
  }
  if (explicitFile !== undefined) {
    if (!existsSync(explicitFile) || !statSync(explicitFile).isFile()) {
      throw new ConfigError(`The configuration file ${explicitFile} does not exist`)
    }
    return read(explicitFile)
  }
  for (const dir of searchDirs) {
    const candidate = path.join(dir, DEFAULT_CONFIG_FILE)
    if (existsSync(candidate)) return read(candidate)
  }
  return resolveConfig(inputs)
}
