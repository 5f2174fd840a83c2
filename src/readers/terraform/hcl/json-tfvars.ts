import { sourceRef, type SourceRef } from '../../../model/source.js'
import type { SourceFile } from '../../../discover/source-file.js'
import type { Attribute, Expr, HclFile } from './ast.js'

/** `terraform.tfvars.json`, `*.auto.tfvars.json` and JSON var-files: variable values as JSON. */
export function isJsonTfvars(path: string): boolean {
  return path.endsWith('.tfvars.json')
}

/**
 * A JSON tfvars file as the HCL layer reads it: one attribute per top-level key,
 * pointing at the key's line (where a user edits the value). JSON numbers keep
 * their text, so 1.30 converts to "1.3" as Terraform converts it.
 */
export function parseJsonTfvars(file: SourceFile): HclFile {
  let data: unknown
  try {
    data = JSON.parse(file.text)
  } catch (error) {
    return fail(file, `not valid JSON (${(error as Error).message})`)
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return fail(file, 'a JSON tfvars file must hold one object of variable values')
  const attributes = new Map<string, Attribute>()
  const lines = file.text.split('\n')
  for (const [name, value] of Object.entries(data as Record<string, unknown>)) {
    const needle = JSON.stringify(name)
    const index = lines.findIndex((line) => line.includes(needle))
    const at = sourceRef(file.path, index + 1 || 1, (lines[index]?.indexOf(needle) ?? 0) + 1)
    const literal = numberTexts(file.text, name)
    attributes.set(name, { name, at, expression: toExpr(value, at, literal) })
  }
  return { path: file.path, body: { attributes, blocks: [] }, syntaxErrors: [] }
}

function fail(file: SourceFile, message: string): HclFile {
  return {
    path: file.path,
    body: { attributes: new Map(), blocks: [] },
    syntaxErrors: [{ at: sourceRef(file.path, 1, 1), message: `${file.path} is ${message}` }],
  }
}

/** The source text of a top-level number (`"v": 1.30`), which JSON.parse reduces to 1.3. */
function numberTexts(text: string, name: string): string | undefined {
  const escaped = JSON.stringify(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`${escaped}\\s*:\\s*(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)\\s*[,}\\n]`).exec(
    text,
  )?.[1]
}

function toExpr(value: unknown, at: SourceRef, numberText?: string): Expr {
  const text = JSON.stringify(value) ?? 'null'
  if (value === null || typeof value === 'string' || typeof value === 'boolean')
    return { kind: 'literal', value, at, text }
  if (typeof value === 'number')
    // The text found by the key's name is used only if it is this number (a nested key
    // of the same name could come first); the value never depends on the search.
    return {
      kind: 'literal',
      value,
      at,
      text: numberText !== undefined && Number(numberText) === value ? numberText : String(value),
    }
  if (Array.isArray(value))
    return { kind: 'tuple', items: value.map((item) => toExpr(item, at)), at, text }
  return {
    kind: 'object',
    entries: Object.entries(value as Record<string, unknown>).map(([key, item]) => ({
      key,
      keyAt: at,
      value: toExpr(item, at),
    })),
    at,
    text,
  }
}
