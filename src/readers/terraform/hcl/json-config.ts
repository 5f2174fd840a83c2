import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser'
import { sourceRef, type SourceRef } from '../../../model/source.js'
import type { SourceFile } from '../../../discover/source-file.js'
import type { Attribute, Block, Body, Expr, HclFile } from './ast.js'
import { parseHcl, type HclParser } from './parse.js'

// Block types whose first one or two levels of keys are labels.
const LABELS: Record<string, number> = {
  resource: 2,
  data: 2,
  module: 1,
  variable: 1,
  output: 1,
  provider: 1,
  locals: 0,
  terraform: 0,
  moved: 0,
  import: 0,
  check: 1,
}

// JSON has no block syntax: without a provider schema, these keys are taken as
// nested blocks (what the EKS readers look into), every other key as an attribute.
const NESTED_BLOCKS = new Set([
  'dynamic',
  'content',
  'launch_template',
  'launch_template_specification',
  'mixed_instances_policy',
  'filter',
  'tag',
  'set',
  'scaling_config',
  'vpc_config',
  'validation',
  'lifecycle',
])

/**
 * Reads a `.tf.json` file into the same blocks and expressions as native HCL:
 * strings are templates (`"${var.v}"`), except where Terraform takes them
 * literally (a variable's default, a module's source and version) or as a type
 * (a variable's `type`). Positions point at each key's line.
 */
export function parseJsonConfig(parser: HclParser, file: SourceFile): HclFile {
  const tree = readJson(file, 'one JSON object of blocks')
  if ('failed' in tree) return tree.failed
  const reader = new JsonReader(file, tree.at, parser)
  const blocks: Block[] = []
  for (const [key, value, keyAt] of reader.properties(tree.root)) {
    const depth = LABELS[key]
    if (depth === undefined) continue
    blocks.push(...reader.labelled(key, value, depth, [], keyAt))
  }
  return { path: file.path, body: { attributes: new Map(), blocks }, syntaxErrors: reader.errors }
}

/**
 * A JSON tfvars file (`terraform.tfvars.json`, `*.auto.tfvars.json`, a JSON
 * var-file): one attribute per top-level key, values literal (never templates),
 * numbers with their text so 1.30 converts to "1.3" as Terraform converts it.
 */
export function parseJsonTfvars(file: SourceFile): HclFile {
  const tree = readJson(file, 'one object of variable values')
  if ('failed' in tree) return tree.failed
  const reader = new JsonReader(file, tree.at)
  const attributes = new Map<string, Attribute>()
  for (const [name, value, at] of reader.properties(tree.root))
    attributes.set(name, { name, at, expression: reader.expr(value, at, true) })
  return { path: file.path, body: { attributes, blocks: [] }, syntaxErrors: [] }
}

type JsonTree =
  { readonly root: Node; readonly at: (offset: number) => SourceRef } | { readonly failed: HclFile }

function readJson(file: SourceFile, holds: string): JsonTree {
  const at = positions(file)
  const failed = (offset: number, message: string): JsonTree => ({
    failed: {
      path: file.path,
      body: { attributes: new Map(), blocks: [] },
      syntaxErrors: [{ at: at(offset), message }],
    },
  })
  // The parser and the reader recurse per level: 100,000 brackets would end the run.
  const deep = nestingPast(file.text, MAX_JSON_NESTING)
  if (deep >= 0) return failed(deep, `the JSON nests more than ${MAX_JSON_NESTING} levels deep`)
  const errors: ParseError[] = []
  const root = parseTree(file.text, errors, { disallowComments: true, allowTrailingComma: false })
  if (errors.length === 0 && root?.type === 'object') return { root, at }
  const first = errors[0]
  return failed(
    first?.offset ?? 0,
    first
      ? `${file.path} is not valid JSON (${printParseErrorCode(first.error)})`
      : `${file.path} must hold ${holds}`,
  )
}

const MAX_JSON_NESTING = 256

/** The offset where JSON brackets first nest deeper than `max`, or -1. Strings are skipped. */
function nestingPast(text: string, max: number): number {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return -1
}

function positions(file: SourceFile): (offset: number) => SourceRef {
  const starts = [0]
  for (let i = 0; i < file.text.length; i++) if (file.text[i] === '\n') starts.push(i + 1)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (starts[mid]! <= offset) low = mid
      else high = mid - 1
    }
    return sourceRef(file.path, low + 1, offset - starts[low]! + 1)
  }
}

class JsonReader {
  readonly errors: Array<{ at: SourceRef; message: string }> = []

  constructor(
    private readonly file: SourceFile,
    private readonly at: (offset: number) => SourceRef,
    /** Needed for templates; literal-only files (tfvars) have none. */
    private readonly parser?: HclParser,
  ) {}

  /** An object's properties, without `"//"` comments. */
  *properties(node: Node): Generator<[string, Node, SourceRef]> {
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? []
      if (!key || !value || key.value === '//') continue
      yield [String(key.value), value, this.at(key.offset)]
    }
  }

  /** `"resource": {"TYPE": {"NAME": {…}}}`: the labels, then one block per body (an array holds several). */
  labelled(type: string, node: Node, depth: number, labels: string[], at: SourceRef): Block[] {
    if (depth === 0)
      return (node.type === 'array' ? (node.children ?? []) : [node])
        .filter((item) => item.type === 'object')
        .map((item) => ({ type, labels, at, body: this.body(item, type) }))
    if (node.type !== 'object') return []
    return [...this.properties(node)].flatMap(([label, value, keyAt]) =>
      this.labelled(type, value, depth - 1, [...labels, label], depth === 1 ? keyAt : at),
    )
  }

  body(node: Node, blockType: string): Body {
    const attributes = new Map<string, Attribute>()
    const blocks: Block[] = []
    for (const [name, value, at] of this.properties(node)) {
      const nested = value.type === 'object' || value.type === 'array'
      if (nested && NESTED_BLOCKS.has(name)) {
        // `"dynamic": {"tag": {"for_each": …, "content": {…}}}` has a label level.
        blocks.push(...this.labelled(name, value, name === 'dynamic' ? 1 : 0, [], at))
        continue
      }
      const literal =
        (blockType === 'variable' && name === 'default') ||
        (blockType === 'module' && (name === 'source' || name === 'version'))
      const expression =
        blockType === 'variable' && name === 'type' && value.type === 'string'
          ? this.hcl(String(value.value), at, false)
          : this.expr(value, at, literal)
      attributes.set(name, { name, at, expression })
    }
    return { attributes, blocks }
  }

  expr(node: Node, at: SourceRef, literal: boolean): Expr {
    const text = this.file.text.slice(node.offset, node.offset + node.length)
    const here = this.at(node.offset)
    switch (node.type) {
      case 'string':
        return literal || !/[$%]\{/.test(String(node.value))
          ? { kind: 'literal', value: String(node.value), at: here, text }
          : this.hcl(String(node.value), here, true)
      case 'number':
        return { kind: 'literal', value: Number(node.value), at: here, text }
      case 'boolean':
        return { kind: 'literal', value: Boolean(node.value), at: here, text }
      case 'null':
        return { kind: 'literal', value: null, at: here, text }
      case 'array':
        return {
          kind: 'tuple',
          items: (node.children ?? []).map((item) => this.expr(item, at, literal)),
          at: here,
          text,
        }
      default:
        return {
          kind: 'object',
          entries: [...this.properties(node)].map(([key, value, keyAt]) => ({
            key,
            keyAt,
            value: this.expr(value, keyAt, literal),
          })),
          at: here,
          text,
        }
    }
  }

  /** A JSON string read as HCL: a template (`"1.${var.minor}"`), or a type expression. */
  hcl(source: string, at: SourceRef, template: boolean): Expr {
    const text = template ? `x = "${escapeForHcl(source)}"\n` : `x = ${source}\n`
    const parsed = this.parser && parseHcl(this.parser, { path: this.file.path, text })
    const attribute = parsed?.body.attributes.get('x')
    if (!attribute || parsed!.syntaxErrors.length > 0) {
      this.errors.push({
        at,
        message: `${this.file.path}: ${JSON.stringify(source)} is not a valid Terraform ${template ? 'template' : 'type'} (check its \${ } and quotes)`,
      })
      // Never the raw text as a value: what Terraform would make of it is not known.
      return {
        kind: 'unsupported',
        reason: `${JSON.stringify(source)} is not a valid ${template ? 'template' : 'type'}`,
        at,
        text: JSON.stringify(source),
      }
    }
    return relocate(attribute.expression, at)
  }
}

/** A JSON string's characters as the inside of an HCL quoted template (interpolations kept). */
function escapeForHcl(text: string): string {
  // Control characters are what must be escaped here.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\\"\n\r\t\u0000-\u001f]/g, (ch) => {
    switch (ch) {
      case '\\':
        return '\\\\'
      case '"':
        return '\\"'
      case '\n':
        return '\\n'
      case '\r':
        return '\\r'
      case '\t':
        return '\\t'
      default:
        return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
    }
  })
}

/** Every position in a parsed string's expression is the string's own place in the JSON file. */
function relocate<T>(value: T, at: SourceRef): T {
  if (Array.isArray(value)) return value.map((item) => relocate(item, at)) as T
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value))
    out[key] = key === 'at' || key === 'keyAt' ? at : relocate(item, at)
  return out as T
}
