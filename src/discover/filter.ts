import { Minimatch } from 'minimatch'

/** Directories that never hold configuration a user maintains. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules', '.terragrunt-cache'])

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

/**
 * Whether the walk enters a directory (its path relative to the workspace);
 * `hidden` ones are skipped and reported. Of `.terraform/`, only `modules/` is
 * read: the modules `terraform init` installed, which modules.json lists.
 */
export function directoryVerdict(relativePath: string, filter: PathFilter): DirectoryVerdict {
  const segments = relativePath.split('/')
  const name = segments[segments.length - 1]!
  const installed = segments.indexOf('.terraform')
  if (installed >= 0 && installed < segments.length - 1)
    return segments[installed + 1] === 'modules' ? 'read' : 'skip'
  if (name === '.terraform') return 'read'
  if (SKIPPED_DIRECTORIES.has(name)) return 'skip'
  if (
    name.startsWith('.') &&
    !ALWAYS_READ_HIDDEN.has(name) &&
    !filter.hiddenDirectories?.includes(name)
  )
    return 'hidden'
  return 'read'
}

// In `.terraform/modules/`, only what the Terraform reader needs: module sources and
// the manifest of what was installed (never the charts or manifests a module ships).
const INSTALLED_MODULE_FILE = /(^|\/)\.terraform\/modules\/(modules\.json|.+\.tf(\.json)?)$/

// Test data is not production: eksctl's and Terraform modules' testdata, fixtures of
// test suites. Read only when an include glob names them.
const TEST_TREE = /(^|\/)(testdata|test_data|tests?\/fixtures)\//

/** Whether a path (relative, forward slashes) could hold something a reader wants. */
export function isCandidate(relativePath: string, filter: PathFilter): boolean {
  return whyNotRead(relativePath, filter) === null
}

/**
 * Why the gate does not read a path, in words for a finding; null when it does.
 * The walk asks for every file, so the reasons are constants, not built per call.
 */
export function whyNotRead(relativePath: string, filter: PathFilter): string | null {
  if (DEAD_FILE.test(relativePath)) return 'a backup or editor file name (.orig, .bak, ~)'
  if (!CANDIDATE.test(relativePath))
    return 'its name does not end in .tf, .tf.json, .tfvars, .hcl, .yaml, .yml or .json'
  const directories = relativePath.split('/').slice(0, -1)
  for (let i = 0; i < directories.length; i++) {
    const verdict = directoryVerdict(directories.slice(0, i + 1).join('/'), filter)
    if (verdict === 'hidden') return 'it is in a hidden directory (see hidden-directories)'
    if (verdict === 'skip') return 'it is in a directory the gate never reads'
  }
  const excluded = () => filter.exclude.some((glob) => matcher(glob).match(relativePath))
  if (/(^|\/)\.terraform\//.test(relativePath)) {
    if (!INSTALLED_MODULE_FILE.test(relativePath))
      return 'it is in a directory the gate never reads'
    return excluded() ? EXCLUDED : null
  }
  const included = filter.include.some((glob) => matcher(glob).match(relativePath))
  if (filter.include.length > 0 && !included) return 'no include glob matches it'
  if (TEST_TREE.test(relativePath) && !included)
    return 'it is test data (testdata/, tests/fixtures/)'
  return excluded() ? EXCLUDED : null
}

const EXCLUDED = 'an exclude glob matches it'

// Compiling a glob costs far more than matching it, and the walk matches every file.
const compiled = new Map<string, Minimatch>()
function matcher(glob: string): Minimatch {
  let found = compiled.get(glob)
  if (!found) compiled.set(glob, (found = new Minimatch(glob, { dot: true })))
  return found
}
