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
}

/** Merges every `.tf` file of a directory, as Terraform does: locals and variables may live in any of them. */
export function indexDirectory(dir: string, files: readonly HclFile[]): ModuleDirectory {
  const variables = new Map<string, Block>()
  const locals = new Map<string, Attribute>()
  const moduleCalls = new Map<string, Block>()
  const resources = new Map<string, Block>()
  const data = new Map<string, Block>()
  const outputs = new Map<string, Block>()
  for (const file of files) {
    for (const block of file.body.blocks) {
      const [first, second] = block.labels
      switch (block.type) {
        case 'variable':
          if (first) variables.set(first, block)
          break
        case 'locals':
          for (const [name, attribute] of block.body.attributes) locals.set(name, attribute)
          break
        case 'module':
          if (first) moduleCalls.set(first, block)
          break
        case 'resource':
          if (first && second) resources.set(`${first}.${second}`, block)
          break
        case 'data':
          if (first && second) data.set(`${first}.${second}`, block)
          break
        case 'output':
          if (first) outputs.set(first, block)
          break
      }
    }
  }
  return { dir, variables, locals, moduleCalls, resources, data, outputs }
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
