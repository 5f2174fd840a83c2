import path from 'node:path'
import type { SourceFile } from '../../../discover/source-file.js'
import { sourceRef, type SourceRef } from '../../../model/source.js'

type Problem = { readonly at: SourceRef; readonly message: string }

/** Module directories `terraform init` installed for one root: call key (`eks.node_group`) → directory. */
export interface InstalledModules {
  readonly root: string
  readonly dirs: ReadonlyMap<string, string>
}

/**
 * Reads modules.json as tflint does: each call's key (module names from the
 * root, joined by dots) and the directory its source was installed in. A Dir
 * outside the repository is left out (a pull request may carry this file too).
 */
export function readModulesManifest(
  file: SourceFile,
  problems: Problem[],
): InstalledModules | undefined {
  const root = file.path.replace(/(^|\/)\.terraform\/modules\/modules\.json$/, '')
  let data: unknown
  try {
    data = JSON.parse(file.text)
  } catch (error) {
    problems.push({
      at: sourceRef(file.path, 1),
      message: `${file.path} is not valid JSON (${(error as Error).message}); installed modules there are not read`,
    })
    return undefined
  }
  const modules = (data as { Modules?: unknown } | null)?.Modules
  if (!Array.isArray(modules)) {
    problems.push({
      at: sourceRef(file.path, 1),
      message: `${file.path} has no "Modules" list; installed modules there are not read`,
    })
    return undefined
  }
  const dirs = new Map<string, string>()
  for (const entry of modules as Array<{ Key?: unknown; Dir?: unknown }>) {
    if (typeof entry?.Key !== 'string' || typeof entry.Dir !== 'string' || entry.Key === '')
      continue
    const dir = path.posix.normalize(path.posix.join(root || '.', entry.Dir.replaceAll('\\', '/')))
    if (path.posix.isAbsolute(entry.Dir) || dir === '..' || dir.startsWith('../')) continue
    dirs.set(entry.Key, dir === '.' ? '' : dir)
  }
  return { root, dirs }
}
