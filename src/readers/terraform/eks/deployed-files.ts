import path from 'node:path/posix'
import { repositoryPath } from '../../deploy-path.js'
import type { Expr } from '../hcl/ast.js'
import type { Site } from './site.js'

/**
 * Repository files an attribute reads with `file()` / `templatefile()`: a
 * manifest or values file a resource deploys. Terraform resolves a bare path
 * from the working directory (the root module), `${path.module}/…` from the
 * module's own directory and `${path.root}/…` from the root's; anything
 * computed is not followed.
 */
export function deployedFiles(site: Site, attribute: string): string[] {
  const expression = site.block.body.attributes.get(attribute)?.expression
  if (!expression) return []
  const rootDir = site.root.replace(/\[.*\]$/, '').replace(/^\.$/, '')
  const dirs = { module: site.instance.directory.dir, root: rootDir }
  const found: string[] = []
  visit(expression, (call) => {
    const target = call.args[0] && filePath(call.args[0], dirs)
    if (target !== undefined) found.push(target)
  })
  return found
}

type Call = Extract<Expr, { kind: 'call' }>

function visit(expr: Expr, onFileCall: (call: Call) => void, depth = 0): void {
  // Attribute expressions are small; the bound keeps a hostile nesting cheap.
  if (depth > 32) return
  const next = (child: Expr) => visit(child, onFileCall, depth + 1)
  switch (expr.kind) {
    case 'call':
      if (expr.name === 'file' || expr.name === 'templatefile') onFileCall(expr)
      else expr.args.forEach(next)
      return
    case 'tuple':
      expr.items.forEach(next)
      return
    case 'object':
      expr.entries.forEach((entry) => next(entry.value))
      return
    case 'conditional':
      next(expr.then)
      next(expr.otherwise)
      return
    case 'template':
      expr.parts.forEach((part) => typeof part !== 'string' && next(part))
      return
    default:
      return
  }
}

function filePath(arg: Expr, dirs: { module: string; root: string }): string | undefined {
  if (arg.kind === 'literal' && typeof arg.value === 'string')
    return repositoryPath(arg.value, dirs.root)
  if (arg.kind !== 'template') return undefined
  const [first, ...rest] = arg.parts
  if (rest.some((part) => typeof part !== 'string')) return undefined
  const tail = rest.join('')
  if (typeof first === 'string') return repositoryPath(first + tail, dirs.root)
  const which =
    first?.kind === 'attr' && first.target.kind === 'variable' && first.target.name === 'path'
      ? first.name
      : undefined
  if (which !== 'module' && which !== 'root') return undefined
  return repositoryPath(path.join('.', tail.replace(/^\//, '')), dirs[which])
}
