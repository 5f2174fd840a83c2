import type { SourceRef } from '../../../model/source.js'
import type { Block } from './ast.js'
import { localModuleDir, moduleSource, type ModuleDirectory } from './directory.js'
import { evaluate, type Bindings, type Scope } from './evaluate.js'
import { convert, parseType } from './types.js'
import {
  asString,
  error,
  origin,
  staticError,
  str,
  through,
  truthy,
  unknown,
  type Value,
} from './value.js'

/** Arguments of a module call that are Terraform's, not the module's inputs. */
export const META_ARGUMENTS = new Set([
  'source',
  'version',
  'for_each',
  'count',
  'providers',
  'depends_on',
])

/** One expansion of a block with `for_each` or `count`. */
export interface Expansion {
  readonly key: string | number | undefined
  readonly bindings: Bindings
  /** `["prod"]`, `[0]`, or '' for a block without for_each/count. */
  readonly suffix: string
}

/** Modules Terraform does not read from this repository but whose outputs we understand (terraform-aws-modules/eks). */
export interface ExternalModules {
  output(
    call: Block,
    caller: ModuleInstance,
    expansion: Expansion,
    output: string,
    at: SourceRef,
  ): Value | undefined
}

export interface Workspace {
  readonly directories: ReadonlyMap<string, ModuleDirectory>
  readonly external: ExternalModules
  /** Per root module directory, the modules `terraform init` installed (modules.json). */
  readonly installed?: ReadonlyMap<string, ReadonlyMap<string, string>>
}

const MAX_DEPTH = 12

/**
 * A module directory evaluated with concrete inputs: the root module with its
 * tfvars, or a child called from a parent. Implements the evaluator's Scope
 * with caching and cycle detection, so every value is computed once.
 */
export class ModuleInstance implements Scope {
  private readonly variableCache = new Map<string, Value>()
  private readonly localCache = new Map<string, Value>()
  private readonly evaluating = new Set<string>()
  private readonly childCache = new Map<string, ModuleInstance | null>()

  constructor(
    readonly workspace: Workspace,
    readonly directory: ModuleDirectory,
    /** `''` for a root module, `module.eks` or `module.eks["a"].module.nodes` below it. */
    readonly address: string,
    /** Values for variables: tfvars for a root, the caller's arguments for a child. */
    private readonly inputs: ReadonlyMap<string, () => Value>,
    readonly depth = 0,
    /** The root module's directory and this instance's call key in it (`eks.node_group`), as modules.json names calls. */
    private readonly installedAs: { readonly root: string; readonly key: string } = {
      root: directory.dir,
      key: '',
    },
    /** The instance and module block that call this one; none for a root. */
    readonly caller?: { readonly instance: ModuleInstance; readonly call: Block },
  ) {}

  variable(name: string, at: SourceRef): Value {
    const cached = this.variableCache.get(name)
    if (cached) return cached
    const block = this.directory.variables.get(name)
    if (!block)
      return staticError(
        `variable "${name}" is not declared in ${this.directory.dir || '.'}`,
        `var.${name}`,
        origin(at),
      )
    return this.guarded(`var.${name}`, at, () => {
      const input = this.inputs.get(name)
      const fallback = block.body.attributes.get('default')
      const typeAttribute = block.body.attributes.get('type')
      const nullableAttribute = block.body.attributes.get('nullable')
      let value: Value
      if (input) value = input()
      else if (fallback) value = evaluate(fallback.expression, this)
      else {
        const where = this.address
          ? `the module call (${this.address})`
          : 'terraform.tfvars, a *.auto.tfvars file or the var-files setting'
        value = unknown(
          `variable "${name}" has no default and no value in ${where}`,
          `var.${name}`,
          origin(block.at),
        )
      }
      // nullable = false: a null given for the variable means its default.
      if (
        value.type === 'null' &&
        input &&
        fallback &&
        nullableAttribute &&
        truthy(evaluate(nullableAttribute.expression, this)) === false
      )
        value = evaluate(fallback.expression, this)
      if (typeAttribute)
        value = convert(value, parseType(typeAttribute.expression), (expr) => evaluate(expr, this))
      const result = through(value, [block.at])
      this.variableCache.set(name, result)
      return result
    })
  }

  local(name: string, at: SourceRef): Value {
    const cached = this.localCache.get(name)
    if (cached) return cached
    const attribute = this.directory.locals.get(name)
    if (!attribute)
      return staticError(
        `local "${name}" is not defined in ${this.directory.dir || '.'}`,
        `local.${name}`,
        origin(at),
      )
    return this.guarded(`local.${name}`, at, () => {
      const result = through(evaluate(attribute.expression, this), [attribute.at])
      this.localCache.set(name, result)
      return result
    })
  }

  /**
   * Computes the value named `key` unless it is already being computed further up:
   * then it refers to itself (a local, a variable's default, or a module input that
   * reads that module's own output), which is an error value, never endless recursion.
   */
  private guarded(key: string, at: SourceRef, compute: () => Value): Value {
    if (this.evaluating.has(key)) return error(`${key} refers to itself (a cycle)`, key, origin(at))
    this.evaluating.add(key)
    try {
      return compute()
    } finally {
      this.evaluating.delete(key)
    }
  }

  moduleOutput(
    name: string,
    key: string | number | undefined,
    output: string,
    at: SourceRef,
  ): Value {
    const call = this.directory.moduleCalls.get(name)
    const expr = `module.${name}.${output}`
    if (!call)
      return error(
        `module "${name}" is not called in ${this.directory.dir || '.'}`,
        expr,
        origin(at),
      )
    const expansion =
      this.expand(call).find((e) => e.key === key) ?? (key === undefined ? undefined : null)
    if (expansion === null)
      return error(`module.${name} has no instance [${JSON.stringify(key)}]`, expr, origin(at))
    if (!expansion)
      return unknown(`module.${name} has several instances; index it`, expr, origin(at))
    const address = key === undefined ? expr : `module.${name}[${JSON.stringify(key)}].${output}`
    return this.guarded(address, at, () => {
      const external = this.workspace.external.output(call, this, expansion, output, at)
      if (external) return external
      const child = this.child(name, call, expansion)
      if (!child)
        return unknown(
          `the outputs of module "${name}" (${moduleSource(call) ?? 'unknown source'}) are not read`,
          expr,
          origin(at),
        )
      return child.output(output, at)
    })
  }

  output(name: string, at: SourceRef): Value {
    const block = this.directory.outputs.get(name)
    if (!block)
      return error(
        `output "${name}" is not defined in ${this.directory.dir || '.'}`,
        name,
        origin(at),
      )
    const value = block.body.attributes.get('value')
    if (!value) return error(`output "${name}" has no value`, name, origin(block.at))
    return through(evaluate(value.expression, this), [block.at])
  }

  resourceAttribute(
    type: string,
    name: string,
    key: string | number | undefined,
    attribute: string,
    at: SourceRef,
  ): Value {
    const expr = `${type}.${name}.${attribute}`
    const block = this.directory.resources.get(`${type}.${name}`)
    if (!block)
      return staticError(
        `resource ${type}.${name} is not declared in ${this.directory.dir || '.'}`,
        expr,
        origin(at),
      )
    const expansions = this.expand(block)
    // count = 0 or an empty for_each: indexing it is an error, which try() catches.
    if (expansions.length === 0)
      return error(
        `${type}.${name} has no instances (count = 0 or an empty for_each)`,
        expr,
        origin(at),
      )
    const expansion =
      expansions.find((e) => e.key === key) ??
      (expansions.length === 1 && key === undefined ? expansions[0] : undefined)
    if (!expansion) return unknown(`${type}.${name} has no single instance here`, expr, origin(at))
    const declared = block.body.attributes.get(attribute)
    const computed = () =>
      unknown(`${expr} is computed by AWS`, expr, origin(at), {
        type,
        name,
        ...(expansion.key === undefined ? {} : { key: expansion.key }),
        attribute,
        module: this.address,
      })
    if (!declared) return computed()
    const value = evaluate(declared.expression, this, expansion.bindings)
    // An argument set to null is left to the provider, which computes many of
    // them (a launch template's `name` when `name_prefix` is used).
    if (value.type === 'null') return computed()
    return through(value, [declared.at])
  }

  instanceKeys(
    kind: 'resource' | 'data' | 'module',
    type: string,
    name: string,
  ): ReadonlyArray<string | number | undefined> | undefined {
    const block =
      kind === 'module'
        ? this.directory.moduleCalls.get(name)
        : (kind === 'data' ? this.directory.data : this.directory.resources).get(`${type}.${name}`)
    if (!block) return undefined
    const expansions = this.expand(block)
    const repeated = block.body.attributes.has('count') || block.body.attributes.has('for_each')
    // An undecided count or for_each: how many instances there are is not known.
    if (repeated && expansions.some((e) => e.key === undefined)) return undefined
    return expansions.map((e) => e.key)
  }

  dataAttribute(
    type: string,
    name: string,
    key: string | number | undefined,
    attribute: string,
    at: SourceRef,
  ): Value {
    const block = this.directory.data.get(`${type}.${name}`)
    if (block && this.expand(block).length === 0)
      return error(
        `data.${type}.${name} has no instances (count = 0 or an empty for_each)`,
        `data.${type}.${name}.${attribute}`,
        origin(at),
      )
    const ref = {
      type,
      name,
      attribute,
      ...(key !== undefined && { key }),
      ...(block && { arguments: this.dataArguments(block, key) }),
    }
    return unknown(
      `data.${type}.${name}.${attribute} is read from AWS at plan time`,
      `data.${type}.${name}.${attribute}`,
      origin(at),
      ref,
    )
  }

  /** A data block's arguments, plus `filter` blocks as `filter.<name>` lists of values. */
  private dataArguments(block: Block, key: string | number | undefined): Map<string, Value> {
    const expansions = this.expand(block)
    const expansion = expansions.find((e) => e.key === key) ?? expansions[0]
    const args = new Map<string, Value>()
    if (!expansion) return args
    for (const [name, attribute] of block.body.attributes) {
      if (!META_ARGUMENTS.has(name))
        args.set(name, evaluate(attribute.expression, this, expansion.bindings))
    }
    for (const filter of block.body.blocks.filter((b) => b.type === 'filter')) {
      const filterName = filter.body.attributes.get('name')
      const values = filter.body.attributes.get('values')
      const label = filterName
        ? asString(evaluate(filterName.expression, this, expansion.bindings))
        : null
      if (label && values)
        args.set(`filter.${label}`, evaluate(values.expression, this, expansion.bindings))
    }
    return args
  }

  /** The instances a block with `for_each` or `count` stands for; one when neither is known. */
  expand(block: Block, outer: Bindings = new Map()): Expansion[] {
    const forEach = block.body.attributes.get('for_each')
    const count = block.body.attributes.get('count')
    if (forEach) {
      const value = evaluate(forEach.expression, this, outer)
      // Terraform refuses a list (a tuple, `["a", "b"]`) before evaluating anything, so
      // nothing in the block has a value, not even through try().
      if (value.type === 'list' && !value.set) {
        const refused = staticError(
          'Terraform refuses for_each over a list: it takes a map or a set of strings (wrap it in toset())',
          forEach.expression.text,
          origin(forEach.at),
        )
        return [{ key: undefined, bindings: withBinding(outer, 'each', refused), suffix: '' }]
      }
      const entries: Array<[string, Value]> =
        value.type === 'object'
          ? [...value.entries]
          : value.type === 'list'
            ? value.items.map((item): [string, Value] => [asString(item) ?? '?', item])
            : []
      if (value.type !== 'object' && value.type !== 'list') {
        const each = unknown(
          `for_each is not known statically (${value.type === 'unknown' || value.type === 'error' ? value.reason : value.type})`,
          forEach.expression.text,
          origin(forEach.at),
        )
        return [{ key: undefined, bindings: withBinding(outer, 'each', each), suffix: '' }]
      }
      return entries.map(([k, v]) => ({
        key: k,
        bindings: withBinding(outer, 'each', {
          type: 'object',
          entries: new Map([
            ['key', str(k, v.origin)],
            ['value', v],
          ]),
          origin: v.origin,
        }),
        suffix: `[${JSON.stringify(k)}]`,
      }))
    }
    if (count) {
      const value = evaluate(count.expression, this, outer)
      if (
        value.type === 'number' &&
        Number.isInteger(value.value) &&
        value.value >= 0 &&
        value.value <= 1000
      ) {
        return Array.from({ length: value.value }, (_, i) => ({
          key: i,
          bindings: withBinding(outer, 'count', {
            type: 'object',
            entries: new Map([['index', { type: 'number', value: i, origin: value.origin }]]),
            origin: value.origin,
          }),
          suffix: value.value === 1 ? '[0]' : `[${i}]`,
        }))
      }
      // A feature flag we cannot decide: assume the resource exists, as the safe reading.
      const index = unknown(
        'count is not known statically',
        count.expression.text,
        origin(count.at),
      )
      return [
        {
          key: undefined,
          bindings: withBinding(outer, 'count', {
            type: 'object',
            entries: new Map([['index', index]]),
            origin: index.origin,
          }),
          suffix: '',
        },
      ]
    }
    return [{ key: undefined, bindings: outer, suffix: '' }]
  }

  /** The module instance a call makes, when its source is in the workspace (local or installed). */
  child(name: string, call: Block, expansion: Expansion): ModuleInstance | null {
    const cacheKey = `${name}${expansion.suffix}`
    const cached = this.childCache.get(cacheKey)
    if (cached !== undefined) return cached
    const source = moduleSource(call)
    const key = this.installedAs.key ? `${this.installedAs.key}.${name}` : name
    const local = source !== undefined ? localModuleDir(this.directory.dir, source) : undefined
    // A registry or git module `terraform init` installed is read like a local one.
    const dir = local ?? this.workspace.installed?.get(this.installedAs.root)?.get(key)
    const directory = dir !== undefined ? this.workspace.directories.get(dir) : undefined
    let child: ModuleInstance | null = null
    if (directory && this.depth < MAX_DEPTH) {
      const inputs = new Map<string, () => Value>()
      for (const [input, attribute] of call.body.attributes) {
        if (META_ARGUMENTS.has(input)) continue
        inputs.set(input, () => evaluate(attribute.expression, this, expansion.bindings))
      }
      const address = `${this.address ? `${this.address}.` : ''}module.${name}${expansion.suffix}`
      child = new ModuleInstance(
        this.workspace,
        directory,
        address,
        inputs,
        this.depth + 1,
        { root: this.installedAs.root, key },
        { instance: this, call },
      )
    }
    this.childCache.set(cacheKey, child)
    return child
  }

  /** Evaluates an expression of a block of this module, with the expansion's bindings. */
  evaluateIn(expansion: Expansion, expr: Parameters<typeof evaluate>[0]): Value {
    return evaluate(expr, this, expansion.bindings)
  }
}

function withBinding(outer: Bindings, name: string, value: Value): Bindings {
  const next = new Map(outer)
  next.set(name, value)
  return next
}
