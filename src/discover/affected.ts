import path from 'node:path/posix'
import { isCandidate, type PathFilter } from './filter.js'

/** A local module call: the directory whose Terraform calls, and the one it calls. */
export interface ModuleCall {
  readonly from: string
  readonly to: string
}

/**
 * What a check must read to judge a change: everything (`all`, with why), or the
 * directories it affects. `units` are read with their whole subtree on both sides
 * (a root, and the manifests and charts its clusters own); `support` are the local
 * modules those call, read for their Terraform.
 */
export type ScopePlan =
  | { readonly kind: 'all'; readonly why: string }
  | {
      readonly kind: 'affected'
      readonly changed: readonly string[]
      readonly units: readonly string[]
      readonly support: readonly string[]
      /** The module calls of the tree, which also tell roots from modules. */
      readonly calls: readonly ModuleCall[]
      /** The Terraform files that declare a cluster (moduleGraph's grep). */
      readonly declaring?: readonly string[]
      /** Where the clusters not evaluated are declared (unchangedDeclarations), once known. */
      readonly unchanged?: readonly string[]
    }

// What Terraform reads in a directory: configuration and variable files.
const TERRAFORM = /\.(tf|tfvars)(\.json)?$/

/**
 * The affected set of a change (pure): the Terraform directories holding a changed
 * file, with every directory that calls one of them as a local module, transitively
 * (a module's change is its callers' change). A changed file the gate does not read
 * affects nothing. Anything whose reach is not a directory — eksctl, CloudFormation,
 * manifests, charts, values, the configuration, installed modules, Terragrunt — means
 * the whole tree, and says so.
 */
export function planScope(input: {
  readonly changed: readonly string[]
  readonly calls: readonly ModuleCall[]
  readonly filter: PathFilter
  /** The scanned directory's own name in the walk ('' for the repository top). */
  readonly top: string
}): ScopePlan {
  const why = untraceable(input.changed, input.filter)
  if (why) return { kind: 'all', why }
  const relevant = input.changed.filter((file) => isCandidate(file, input.filter))
  const directories = new Set(relevant.map(dirOf))
  const callers = edges(input.calls, 'to', 'from')
  const callees = edges(input.calls, 'from', 'to')
  const units = closure([...directories], callers)
  if (units.has(input.top))
    return { kind: 'all', why: 'the change reaches Terraform at the top of the tree' }
  const support = [...closure([...units], callees)].filter((dir) => !units.has(dir))
  if (support.includes(input.top))
    return { kind: 'all', why: 'an affected root calls the top of the tree as a module' }
  return {
    kind: 'affected',
    changed: relevant,
    units: [...units].sort(),
    support: support.sort(),
    calls: input.calls,
  }
}

/** Why a change cannot be traced to directories (a changed file that is not Terraform), if so. */
export function untraceable(changed: readonly string[], filter: PathFilter): string | undefined {
  const file = changed.find(
    (name) =>
      isCandidate(name, filter) && (!TERRAFORM.test(name) || /(^|\/)\.terraform\//.test(name)),
  )
  return file ? `${file} changed, and only Terraform changes are traced` : undefined
}

/**
 * Where the clusters a check of the affected set did not read are declared (pure):
 * each file that declares one (moduleGraph, mentionedOutside), as the unit a reader
 * reads it in — a Terraform file's root directories (its directory, or the roots that call it
 * as a module, transitively), an eksctl or CloudFormation file itself — leaving out
 * what was evaluated and what the filter excludes. Sorted, each once.
 */
export function unchangedDeclarations(input: {
  readonly declarations: readonly string[]
  readonly calls: readonly ModuleCall[]
  readonly evaluated: readonly string[]
  readonly filter: PathFilter
}): string[] {
  const callers = edges(input.calls, 'to', 'from')
  const read = (unit: string) =>
    input.evaluated.some((dir) => unit === dir || unit.startsWith(`${dir}/`))
  const units = new Set<string>()
  for (const file of input.declarations) {
    if (!isCandidate(file, input.filter)) continue
    const terraform = /\.(tf|hcl)(\.json)?$/.test(file)
    const found = terraform
      ? [...closure([dirOf(file)], callers)].filter((dir) => !callers.has(dir))
      : [file]
    for (const unit of found) if (!read(unit)) units.add(unit || '.')
  }
  return [...units].sort()
}

/** The module calls as a map from one end to the other ends. */
function edges(
  calls: readonly ModuleCall[],
  from: keyof ModuleCall,
  to: keyof ModuleCall,
): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const call of calls) map.set(call[from], [...(map.get(call[from]) ?? []), call[to]])
  return map
}

function closure(start: readonly string[], edges: ReadonlyMap<string, readonly string[]>) {
  const seen = new Set(start)
  const queue = [...start]
  while (queue.length > 0)
    for (const next of edges.get(queue.pop()!) ?? [])
      if (!seen.has(next)) {
        seen.add(next)
        queue.push(next)
      }
  return seen
}

/** `source = "../x"` in HCL, `"source": "./x"` in JSON: a local module call, the path captured. */
export const LOCAL_SOURCE = /"?source"?\s*[=:]\s*"(\.\.?\/[^"]*)"/g

/** A walk name's directory ('' at the top). */
export function dirOf(file: string): string {
  const dir = path.dirname(file)
  return dir === '.' ? '' : dir
}

/** `source = "../x"` in the file `file` names this directory, as walk names go. */
export function calledDirectory(file: string, source: string): string {
  const dir = path.normalize(path.join(dirOf(file), source))
  return dir === '.' ? '' : dir.replace(/\/+$/, '')
}
