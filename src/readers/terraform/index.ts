import path from 'node:path/posix'
import type { SourceFile } from '../../discover/source-file.js'
import type { ApiUsage, Cluster, Component, NodeGroup, ReadProblem } from '../../model/inventory.js'
import type { HclFile } from './hcl/ast.js'
import { ROOT_BUDGET, withinBudget } from './hcl/budget.js'
import {
  indexDirectory,
  localModuleDir,
  moduleSource,
  type ModuleDirectory,
} from './hcl/directory.js'
import { toCluster, type Attachment, type ClusterDraft } from './eks/draft.js'
import { eksModuleOutputs } from './eks/eks-module.js'
import { evaluate, type Scope } from './hcl/evaluate.js'
import { extractInstance } from './eks/extract.js'
import type { Extraction } from './eks/draft.js'
import type { TerraformMove } from '../../model/identity.js'
import type { HclParser } from './hcl/parse.js'
import type { ReadCache } from '../read-cache.js'
import { ModuleInstance, type Workspace } from './hcl/module-instance.js'
import { readModulesManifest } from './hcl/installed-modules.js'
import { isParsedFile, parseTerraformFile, PARSED } from './parse-file.js'
import { terragruntDirectory } from './hcl/terragrunt.js'
import { isJsonConfig, isModulesManifest, isTerragruntFile } from './files.js'
import { error, origin, through, type Value } from './hcl/value.js'

export interface TerraformOptions {
  /**
   * Extra tfvars files, as CI passes them with -var-file: `FILE` (applies to
   * the root module directory that contains it, or its nearest ancestor with
   * .tf files) or `ROOT_DIR=FILE`. Each file is a separate instance of its root.
   */
  readonly varFiles: readonly string[]
  /** Parsed files shared between the head and base reads (see read-cache.ts). */
  readonly cache?: ReadCache
}

export interface TerraformResult {
  readonly clusters: Cluster[]
  /** `moved {}` blocks of root modules. */
  readonly moved: TerraformMove[]
  readonly problems: ReadProblem[]
  readonly components: Component[]
  readonly nodeGroups: NodeGroup[]
  readonly apis: ApiUsage[]
}

/** Auto-loaded variable files, in the order Terraform applies them (later wins). */
function isAutoVarFile(file: string): boolean {
  const name = path.basename(file)
  return (
    name === 'terraform.tfvars' ||
    name === 'terraform.tfvars.json' ||
    name.endsWith('.auto.tfvars') ||
    name.endsWith('.auto.tfvars.json')
  )
}

/**
 * terraform.tfvars, then terraform.tfvars.json, then *.auto.tfvars(.json) by file
 * name in byte order (so "B.auto.tfvars" before "a.auto.tfvars"), as Terraform loads them.
 */
function autoVarFileOrder(a: string, b: string): number {
  const rank = (file: string) =>
    path.basename(file) === 'terraform.tfvars'
      ? 0
      : path.basename(file) === 'terraform.tfvars.json'
        ? 1
        : 2
  const x = path.basename(a)
  const y = path.basename(b)
  return rank(a) - rank(b) || (x < y ? -1 : x > y ? 1 : 0)
}

/** Reads every Terraform root module of a tree into clusters. Pure given a parser. */
export function readTerraform(
  files: readonly SourceFile[],
  parser: HclParser,
  options: TerraformOptions,
): TerraformResult {
  const problems: ReadProblem[] = []
  const parsed = new Map<string, HclFile>()
  for (const file of files) {
    if (!isParsedFile(file)) continue
    const read = () => parseTerraformFile(parser, file)
    const hcl = options.cache ? options.cache.remember(PARSED, file, read) : read()
    parsed.set(file.path, hcl)
    for (const syntax of hcl.syntaxErrors)
      problems.push({
        at: syntax.at,
        message: `${syntax.message} in ${file.path} at line ${syntax.at.line}; the block around it was skipped`,
      })
  }

  const byDir = new Map<string, HclFile[]>()
  // terraform.tfvars and *.auto.tfvars: what `terraform plan` loads by itself in a root.
  const autoVarFiles = new Map<string, string[]>()
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key)
    if (list) list.push(value)
    else map.set(key, [value])
  }
  for (const [file, hcl] of parsed) {
    if (file.endsWith('.tf') || isJsonConfig(file)) add(byDir, dirOf(file), hcl)
    else if (isAutoVarFile(file)) add(autoVarFiles, dirOf(file), file)
  }
  const directories = new Map<string, ModuleDirectory>(
    [...byDir].map(([dir, hcls]) => [dir, indexDirectory(dir, hcls)]),
  )
  const installed = new Map<string, ReadonlyMap<string, string>>()
  for (const file of files) {
    if (!isModulesManifest(file.path)) continue
    const manifest = readModulesManifest(file, problems)
    if (manifest) installed.set(manifest.root, manifest.dirs)
  }
  const workspace: Workspace = { directories, external: eksModuleOutputs, installed }

  const terragrunt = [...parsed]
    .filter(([file]) => isTerragruntFile(file))
    .map(([, hcl]) => terragruntDirectory(hcl))
  const called = new Set<string>()
  for (const directory of [...directories.values(), ...terragrunt]) {
    for (const call of directory.moduleCalls.values()) {
      const source = moduleSource(call)
      const target = source !== undefined ? localModuleDir(directory.dir, source) : undefined
      if (target !== undefined && target !== directory.dir) called.add(target)
    }
  }

  const moved: TerraformMove[] = []
  for (const [file, hcl] of parsed) {
    const root = dirOf(file)
    if (called.has(root) || !directories.has(root)) continue
    for (const block of hcl.body.blocks.filter((b) => b.type === 'moved')) {
      const from = block.body.attributes.get('from')?.expression.text
      const to = block.body.attributes.get('to')?.expression.text
      if (from && to) moved.push({ root, from, to })
    }
  }

  const explicit = assignVarFiles(options.varFiles, directories, parsed, problems)
  const extraction: Extraction = {
    clusters: [],
    attachments: [],
    components: [],
    nodeGroups: [],
    apis: [],
  }
  for (const directory of directories.values()) {
    // Installed copies are read through the calls that installed them, never as roots.
    if (called.has(directory.dir) || /(^|\/)\.terraform\//.test(directory.dir)) continue
    const autoFiles = (autoVarFiles.get(directory.dir) ?? []).sort(autoVarFileOrder)
    // A directory that no module in the tree calls is a root module, provider block
    // or not: `terraform plan` there applies its variables' defaults, so the gate does.
    const instances = explicit.get(directory.dir) ?? [undefined]
    for (const varFile of instances) {
      const tfvars = [...autoFiles, ...(varFile ? [varFile] : [])].map((file) => parsed.get(file)!)
      const inputs = tfvarsInputs(tfvars)
      const root = `${directory.dir || '.'}${varFile ? `[${varFile}]` : ''}`
      evaluateRoot(root, directory, problems, () =>
        extractInstance(new ModuleInstance(workspace, directory, '', inputs), root, extraction),
      )
    }
  }
  for (const directory of terragrunt) {
    const root = `${directory.dir || '.'}[terragrunt]`
    evaluateRoot(root, directory, problems, () =>
      extractInstance(new ModuleInstance(workspace, directory, '', new Map()), root, extraction),
    )
  }
  attach(extraction, problems)
  return {
    clusters: extraction.clusters.map(toCluster),
    moved,
    problems,
    components: extraction.components,
    nodeGroups: extraction.nodeGroups,
    apis: extraction.apis,
  }
}

/**
 * The evaluator turns every expression it cannot settle into an unknown or error
 * value; should it still throw (a bug), that costs this root module, never the
 * run: the rest of the repository is checked and the root is reported.
 */
function evaluateRoot(
  root: string,
  directory: ModuleDirectory,
  problems: ReadProblem[],
  run: () => void,
): void {
  try {
    withinBudget(ROOT_BUDGET, run, () => {
      throw new Error('the root module spent its evaluation budget outside any expression')
    })
  } catch (error) {
    const file = [...directory.variables.values(), ...directory.moduleCalls.values()][0]?.at.file
    problems.push({
      at: { file: file ?? `${directory.dir || '.'}/main.tf`, line: 1, column: 1 },
      message: `The Terraform root ${root} could not be evaluated (internal error: ${error instanceof Error ? error.message : String(error)}); its clusters were not checked. Please report this.`,
    })
  }
}

function dirOf(file: string): string {
  const dir = path.dirname(file)
  return dir === '.' ? '' : dir
}

const NO_REFERENCES: Scope = {
  variable: (name, at) =>
    error('tfvars files cannot refer to variables', `var.${name}`, origin(at)),
  local: (name, at) => error('tfvars files cannot refer to locals', `local.${name}`, origin(at)),
  moduleOutput: (name, _k, output, at) =>
    error('tfvars files cannot refer to modules', `module.${name}.${output}`, origin(at)),
  resourceAttribute: (type, name, _k, attribute, at) =>
    error('tfvars files cannot refer to resources', `${type}.${name}.${attribute}`, origin(at)),
  dataAttribute: (type, name, _k, attribute, at) =>
    error(
      'tfvars files cannot refer to data sources',
      `data.${type}.${name}.${attribute}`,
      origin(at),
    ),
  instanceKeys: () => undefined,
}

/** Later files win, as with Terraform's -var-file order. */
function tfvarsInputs(files: readonly HclFile[]): Map<string, () => Value> {
  const inputs = new Map<string, () => Value>()
  for (const file of files) {
    for (const [name, attribute] of file.body.attributes) {
      let cached: Value | undefined
      inputs.set(
        name,
        () => (cached ??= through(evaluate(attribute.expression, NO_REFERENCES), [])),
      )
    }
  }
  return inputs
}

function assignVarFiles(
  entries: readonly string[],
  directories: ReadonlyMap<string, ModuleDirectory>,
  parsed: ReadonlyMap<string, HclFile>,
  problems: ReadProblem[],
): Map<string, string[]> {
  const byRoot = new Map<string, string[]>()
  for (const entry of entries) {
    const eq = entry.indexOf('=')
    const file = path.normalize(eq >= 0 ? entry.slice(eq + 1) : entry)
    const at = { file, line: 1, column: 1 }
    // Only files of the scanned tree: an absolute or ../ path names nothing here (and
    // walking its parents up from "/" never reached the tree's top).
    if (path.isAbsolute(file) || file === '..' || file.startsWith('../')) {
      problems.push({
        at,
        message: `The var-files entry "${entry}" is outside the repository: name a tfvars file by its path from the repository root`,
      })
      continue
    }
    let root =
      eq >= 0
        ? path.normalize(entry.slice(0, eq)).replace(/^\.$/, '').replace(/\/$/, '')
        : dirOf(file)
    if (eq < 0) while (root && !directories.has(root) && dirOf(root) !== root) root = dirOf(root)
    if (!parsed.has(file)) {
      problems.push({
        at,
        message: `The var-files entry "${entry}" names ${file}, which is not a .tfvars file in the scanned tree`,
      })
      continue
    }
    if (!directories.has(root)) {
      problems.push({
        at,
        message: `The var-files entry "${entry}": no Terraform root module at "${root || '.'}" (write ROOT_DIR=FILE)`,
      })
      continue
    }
    byRoot.set(root, [...(byRoot.get(root) ?? []), file])
  }
  return byRoot
}

/** Ties node groups, add-ons and Fargate profiles to their clusters: by address, then by name, then the only cluster. */
function attach(extraction: Extraction, problems: ReadProblem[]): void {
  for (const item of extraction.attachments) {
    const cluster = findCluster(extraction.clusters, item)
    if (cluster) item.attach(cluster)
    else if (!item.onlyInsideCluster) {
      const why =
        item.link.kind === 'unknown'
          ? item.link.reason
          : item.link.kind === 'name'
            ? `no cluster named "${item.link.name}" is declared`
            : `${item.link.address} is not declared`
      problems.push({
        at: item.at,
        message: `Could not tell which cluster ${item.what} belongs to (${why}); its versions were not checked`,
      })
    }
  }
}

function findCluster(
  clusters: readonly ClusterDraft[],
  item: Attachment,
): ClusterDraft | undefined {
  const sameRoot = clusters.filter((cluster) => cluster.root === item.root)
  if (item.link.kind === 'address') {
    const address = item.link.address
    // A module address names the one cluster declared inside that module call.
    const inside = sameRoot.filter((cluster) => cluster.address.startsWith(`${address}.`))
    return (
      sameRoot.find((cluster) => cluster.address === address) ??
      (inside.length === 1 ? inside[0] : undefined) ??
      (sameRoot.length === 1 ? sameRoot[0] : undefined)
    )
  }
  if (item.link.kind === 'name') {
    const name = item.link.name
    const named = sameRoot.filter((cluster) => cluster.name === name)
    if (named.length === 1) return named[0]
    const anywhere = clusters.filter((cluster) => cluster.name === name)
    if (anywhere.length === 1) return anywhere[0]
  }
  if (item.link.kind === 'unknown' && item.link.within) {
    // module.eks.module.self_managed_node_group["a"] → module.eks → the root.
    for (let scope = item.link.within; scope; scope = enclosingModule(scope)) {
      const inside = sameRoot.filter((cluster) => cluster.address.startsWith(`${scope}.`))
      if (inside.length === 1) return inside[0]
      if (inside.length > 1) return undefined
    }
  }
  if (item.onlyInsideCluster) return undefined
  return sameRoot.length === 1 ? sameRoot[0] : undefined
}

function enclosingModule(address: string): string {
  const last = address.lastIndexOf('.module.')
  return last < 0 ? '' : address.slice(0, last)
}
