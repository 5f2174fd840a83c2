import path from 'node:path/posix'
import type { Attribute, Block, Body, HclFile } from './ast.js'
import { indexDirectory } from './directory.js'

/**
 * Turns a terragrunt.hcl into the root module Terragrunt generates: one
 * module call whose source is `terraform { source }` and whose arguments are
 * the `inputs` map, next to the file's locals. The module semantics (registry
 * eks module, local module) then apply unchanged.
 */
export function terragruntDirectory(file: HclFile) {
  const dir = path.dirname(file.path) === '.' ? '' : path.dirname(file.path)
  const terraform = file.body.blocks.find((block) => block.type === 'terraform')
  const source = terraform?.body.attributes.get('source')
  const inputs = file.body.attributes.get('inputs')
  const attributes = new Map<string, Attribute>()
  if (source) {
    // Terragrunt's `//` separates the repository from the module directory; for a local path it is just a slash.
    const expr =
      source.expression.kind === 'literal' &&
      typeof source.expression.value === 'string' &&
      !source.expression.value.includes('://') &&
      !source.expression.value.startsWith('git')
        ? { ...source.expression, value: source.expression.value.replace(/\/\/+/g, '/') }
        : source.expression
    attributes.set('source', { ...source, expression: expr })
  }
  if (inputs?.expression.kind === 'object') {
    for (const entry of inputs.expression.entries) {
      if (typeof entry.key === 'string')
        attributes.set(entry.key, { name: entry.key, at: entry.keyAt, expression: entry.value })
    }
  }
  const call: Block = {
    type: 'module',
    labels: ['terragrunt'],
    at: terraform?.at ?? inputs?.at ?? { file: file.path, line: 1, column: 1 },
    body: { attributes, blocks: [] },
  }
  const body: Body = {
    attributes: new Map(),
    blocks: [...file.body.blocks.filter((block) => block.type === 'locals'), call],
  }
  return indexDirectory(dir, [{ path: file.path, body, syntaxErrors: [] }])
}
