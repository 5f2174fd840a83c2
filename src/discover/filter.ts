import { minimatch } from 'minimatch'

/** Directories that never hold configuration a user maintains. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules', '.terraform', '.terragrunt-cache'])

// Editor and backup leftovers (`main.tf.sav`, `values.yaml.bak`) are not configuration.
const DEAD_FILE = /\.(sav|bak|orig|old|tmp|swp)$|~$/i

const CANDIDATE = /\.(ya?ml|json|tf|tfvars|hcl)$/i

export interface PathFilter {
  readonly include: readonly string[]
  readonly exclude: readonly string[]
}

export function isSkippedDirectory(name: string): boolean {
  return SKIPPED_DIRECTORIES.has(name)
}

/** Whether a path (relative, forward slashes) could hold something a reader wants. */
export function isCandidate(relativePath: string, filter: PathFilter): boolean {
  if (!CANDIDATE.test(relativePath) || DEAD_FILE.test(relativePath)) return false
  if (relativePath.split('/').some((segment) => SKIPPED_DIRECTORIES.has(segment))) return false
  const options = { dot: true }
  if (
    filter.include.length > 0 &&
    !filter.include.some((glob) => minimatch(relativePath, glob, options))
  )
    return false
  return !filter.exclude.some((glob) => minimatch(relativePath, glob, options))
}
