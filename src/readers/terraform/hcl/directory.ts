import type { Attribute, Block, HclFile } from './ast.js'

/** The Terraform configuration of one directory: what `terraform` loads as one module. */
export interface ModuleDirectory {
  /** Repository-relative directory, '' for the top. */
  readonly dir: string
  readonly variables: ReadonlyMap<string, Block>
  readonly locals: ReadonlyMap<string, Attribute>
  readonly moduleCalls: ReadonlyMap<string, Block>
  /** `type.name` → block */
  readonly resources: ReadonlyMap<string, Block>
  readonly data: ReadonlyMap<string, Block>
  readonly outputs: ReadonlyMap<string, Block>
  /** `helm`, or `helm.ALIAS` for an aliased provider block. */
  readonly providers: ReadonlyMap<string, Block>
}

/** `override.tf`, `*_override.tf` (and `.tf.json`): loaded last, merged into the blocks they name. */
export function isOverrideFile(path: string): boolean {
  return /(^|\/)(override|[^/]*_override)\.tf(\.json)?$/.test(path)
}

/**
 * Merges every `.tf` file of a directory, as Terraform does: locals and variables may
 * live in any of them, and override files are applied last — an override block's
 * arguments replace the same block's, its nested blocks replace those of their type,
 * and an override local replaces the local of its name.
 */
export function indexDirectory(dir: string, files: readonly HclFile[]): ModuleDirectory {
  const variables = new Map<string, Block>()
  const locals = new Map<string, Attribute>()
  const moduleCalls = new Map<string, Block>()
  const resources = new Map<string, Block>()
  const data = new Map<string, Block>()
  const outputs = new Map<string, Block>()
  const providers = new Map<string, Block>()
  const ordered = [
    ...files.filter((file) => !isOverrideFile(file.path)),
    ...files.filter((file) => isOverrideFile(file.path)),
  ]
  for (const file of ordered) {
    const override = isOverrideFile(file.path)
    const put = (map: Map<string, Block>, key: string, block: Block) => {
      const primary = map.get(key)
      map.set(key, override && primary ? merge(primary, block) : block)
    }
    for (const block of file.body.blocks) {
      const [first, second] = block.labels
      switch (block.type) {
        case 'variable':
          if (first) put(variables, first, block)
          break
        case 'locals':
          for (const [name, attribute] of block.body.attributes) locals.set(name, attribute)
          break
        case 'module':
          if (first) put(moduleCalls, first, block)
          break
        case 'resource':
          if (first && second) put(resources, `${first}.${second}`, block)
          break
        case 'data':
          if (first && second) put(data, `${first}.${second}`, block)
          break
        case 'output':
          if (first) put(outputs, first, block)
          break
        case 'provider': {
          const alias = block.body.attributes.get('alias')?.expression
          const name =
            alias?.kind === 'literal' && typeof alias.value === 'string'
              ? `${first}.${alias.value}`
              : first
          if (name) put(providers, name, block)
          break
        }
      }
    }
  }
  return { dir, variables, locals, moduleCalls, resources, data, outputs, providers }
}

function merge(primary: Block, override: Block): Block {
  const attributes = new Map(primary.body.attributes)
  for (const [name, attribute] of override.body.attributes) attributes.set(name, attribute)
  const replaced = new Set(override.body.blocks.map((block) => block.type))
  return {
    ...primary,
    body: {
      attributes,
      blocks: [
        ...primary.body.blocks.filter((block) => !replaced.has(block.type)),
        ...override.body.blocks,
      ],
    },
  }
}

/** A module call's `source`, when it is a string literal. */
export function moduleSource(call: Block): string | undefined {
  const expr = call.body.attributes.get('source')?.expression
  return expr?.kind === 'literal' && typeof expr.value === 'string' ? expr.value : undefined
}

/** `./modules/x` or `../..` relative to `dir`, or undefined for registry and remote sources. */
export function localModuleDir(dir: string, source: string): string | undefined {
  if (!source.startsWith('./') && !source.startsWith('../') && source !== '.' && source !== '..')
    return undefined
  const parts = dir ? dir.split('/') : []
  for (const segment of source.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') {
      if (parts.length === 0) return undefined
      parts.pop()
    } else {
      parts.push(segment)
    }
  }
  return parts.join('/')
}
