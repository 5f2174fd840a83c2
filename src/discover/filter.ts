import { Minimatch } from 'minimatch'

/** Directories that never hold configuration a user maintains. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules', '.terraform', '.terragrunt-cache'])

// Editor and backup leftovers (`main.tf.sav`, `values.yaml.bak`) are not configuration.
const DEAD_FILE = /\.(sav|bak|orig|old|tmp|swp)$|~$/i

const CANDIDATE = /\.(ya?ml|json|tf|tfvars|hcl)$/i

// Hidden directories are often dead copies (`.notused/`, `.old/`); the ones
// that are real (`.karpenter/`) are listed in `hidden-directories`.
const ALWAYS_READ_HIDDEN = new Set(['.github'])

export interface PathFilter {
  readonly include: readonly string[]
  readonly exclude: readonly string[]
  /** Hidden directory names to read anyway (`.karpenter`). */
  readonly hiddenDirectories?: readonly string[]
}

export type DirectoryVerdict = 'read' | 'skip' | 'hidden'

/** Whether the walk enters a directory; `hidden` ones are skipped and reported. */
export function directoryVerdict(name: string, filter: PathFilter): DirectoryVerdict {
  if (SKIPPED_DIRECTORIES.has(name)) return 'skip'
  if (
    name.startsWith('.') &&
    !ALWAYS_READ_HIDDEN.has(name) &&
    !filter.hiddenDirectories?.includes(name)
  )
    return 'hidden'
  return 'read'
}

// Test data is not production: eksctl's and Terraform modules' testdata, fixtures of
// test suites. Read only when an include glob names them.
const TEST_TREE = /(^|\/)(testdata|test_data|tests?\/fixtures)\//

/** Whether a path (relative, forward slashes) could hold something a reader wants. */
export function isCandidate(relativePath: string, filter: PathFilter): boolean {
  if (!CANDIDATE.test(relativePath) || DEAD_FILE.test(relativePath)) return false
  const directories = relativePath.split('/').slice(0, -1)
  if (directories.some((segment) => directoryVerdict(segment, filter) !== 'read')) return false
  const included = filter.include.some((glob) => matcher(glob).match(relativePath))
  if (filter.include.length > 0 && !included) return false
  if (TEST_TREE.test(relativePath) && !included) return false
  return !filter.exclude.some((glob) => matcher(glob).match(relativePath))
}

// Compiling a glob costs far more than matching it, and the walk matches every file.
const compiled = new Map<string, Minimatch>()
function matcher(glob: string): Minimatch {
  let found = compiled.get(glob)
  if (!found) compiled.set(glob, (found = new Minimatch(glob, { dot: true })))
  return found
}
