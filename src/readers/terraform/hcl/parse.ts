import type * as TreeSitter from 'web-tree-sitter'
import { sourceRef, type SourceRef } from '../../../model/source.js'
import type { SourceFile } from '../../../discover/source-file.js'
import { fixExponents } from './exponents.js'
import type { Attribute, Block, Body, Expr, HclFile, ObjectEntry, SplatStep } from './ast.js'

type Node = TreeSitter.Node

/** A ready tree-sitter parser for HCL/Terraform; synchronous once loaded (see hcl-loader.ts). */
export interface HclParser {
  parse(text: string): TreeSitter.Tree | null
}

/** Parses one file into the project's HCL AST. Syntax errors are collected, never thrown. */
export function parseHcl(parser: HclParser, file: SourceFile): HclFile {
  const source = fixExponents(file.text)
  const tree = parser.parse(source.text)
  if (!tree)
    return {
      path: file.path,
      body: emptyBody(),
      syntaxErrors: [{ at: sourceRef(file.path, 1), message: 'the parser gave up on this file' }],
    }
  try {
    const converter = new Converter(file.path, source.text, source.shift)
    const root = tree.rootNode
    const bodyNode = root.namedChildren.find((child) => child?.type === 'body')
    // A top-level block that contains a syntax error is dropped whole: tree-sitter's
    // recovery can regroup what follows, and a wrong version is worse than none.
    const body = bodyNode ? converter.body(bodyNode, true) : emptyBody()
    if (root.hasError) converter.collectErrors(root)
    return { path: file.path, body, syntaxErrors: converter.errors }
  } finally {
    tree.delete()
  }
}

function emptyBody(): Body {
  return { attributes: new Map(), blocks: [] }
}

const BINARY_OPERATORS = new Set([
  '*',
  '/',
  '%',
  '+',
  '-',
  '>',
  '>=',
  '<',
  '<=',
  '==',
  '!=',
  '&&',
  '||',
])

/**
 * How deep expressions and blocks may nest. Real configuration stays far below;
 * a pull request nesting 5,000 brackets would otherwise exhaust the stack. The
 * part below the bound is an unsupported expression: that value is unresolved.
 */
const MAX_NESTING = 256

class Converter {
  readonly errors: Array<{ at: SourceRef; message: string }> = []
  private nesting = 0

  constructor(
    private readonly file: string,
    private readonly source: string,
    private readonly shift: (row: number, column: number) => number = (_r, column) => column,
  ) {}

  at(node: Node): SourceRef {
    const { row, column } = node.startPosition
    return sourceRef(this.file, row + 1, this.shift(row, column) + 1)
  }

  collectErrors(node: Node): void {
    if (this.errors.length >= 20) return
    if (node.isError || node.isMissing) {
      const what = node.isMissing
        ? `missing "${node.type}"`
        : `unexpected "${firstLine(node.text)}"`
      this.errors.push({ at: this.at(node), message: `HCL syntax error: ${what}` })
      return
    }
    if (!node.hasError) return
    for (const child of node.children) if (child) this.collectErrors(child)
  }

  body(node: Node, skipBroken = false): Body {
    if (this.nesting >= MAX_NESTING) {
      this.errors.push({
        at: this.at(node),
        message: `blocks nest more than ${MAX_NESTING} levels deep`,
      })
      return emptyBody()
    }
    this.nesting++
    try {
      return this.bodyOf(node, skipBroken)
    } finally {
      this.nesting--
    }
  }

  private bodyOf(node: Node, skipBroken: boolean): Body {
    const attributes = new Map<string, Attribute>()
    const blocks: Block[] = []
    for (const child of named(node)) {
      if (skipBroken && child.hasError) continue
      if (child.type === 'attribute') {
        const [name, value] = named(child)
        if (!name || !value) continue
        attributes.set(name.text, {
          name: name.text,
          at: this.at(child),
          expression: this.expression(value),
        })
      } else if (child.type === 'block') {
        const parts = named(child)
        const type = parts[0]?.text ?? ''
        const labels = parts
          .slice(1)
          .filter((part) => part.type === 'string_lit' || part.type === 'identifier')
          .map((part) => (part.type === 'string_lit' ? stringContent(part) : part.text))
        const inner = parts.find((part) => part.type === 'body')
        blocks.push({
          type,
          labels,
          at: this.at(child),
          body: inner ? this.body(inner) : emptyBody(),
        })
      }
    }
    return { attributes, blocks }
  }

  expression(node: Node): Expr {
    if (this.nesting >= MAX_NESTING)
      return this.unsupported(node, `an expression nested more than ${MAX_NESTING} levels deep`)
    this.nesting++
    try {
      return this.expressionOf(node)
    } finally {
      this.nesting--
    }
  }

  private expressionOf(node: Node): Expr {
    if (node.type !== 'expression') return this.term([node])
    const children = node.children.filter(isNode)
    const conditional =
      children.length === 1 && children[0]!.type === 'conditional' ? children[0]! : undefined
    if (conditional) {
      const [test, then, otherwise] = named(conditional).filter(
        (child) => child.type === 'expression',
      )
      if (!test || !then || !otherwise) return this.unsupported(node, 'an incomplete conditional')
      return {
        kind: 'conditional',
        test: this.expression(test),
        then: this.expression(then),
        otherwise: this.expression(otherwise),
        at: this.at(node),
        text: node.text,
      }
    }
    return this.term(children, node)
  }

  /** An `_expr_term`, which tree-sitter inlines: a primary followed by attribute, index and splat suffixes. */
  term(nodes: Node[], whole?: Node): Expr {
    const parts = nodes.filter((node) => node.type !== 'comment')
    if (parts.length === 0) return this.unsupported(whole ?? nodes[0]!, 'an empty expression')
    let index: number
    let expr: Expr
    const first = parts[0]!
    const text = (end: Node) => this.source.slice(first.startIndex, end.endIndex)
    if (first.type === '(') {
      const inner = parts.find((part) => part.type === 'expression')
      const close = parts.findIndex((part) => part.type === ')')
      expr = inner ? this.expression(inner) : this.unsupported(first, 'empty parentheses')
      index = close >= 0 ? close + 1 : parts.length
    } else {
      expr = this.primary(first)
      index = 1
    }
    for (; index < parts.length; index++) {
      const suffix = parts[index]!
      const at = this.at(first)
      if (suffix.type === 'get_attr') {
        const name = named(suffix)[0]?.text ?? ''
        expr = { kind: 'attr', target: expr, name, at, text: text(suffix) }
      } else if (suffix.type === 'index') {
        expr = { kind: 'index', target: expr, key: this.indexKey(suffix), at, text: text(suffix) }
      } else if (suffix.type === 'splat') {
        expr = this.splat(expr, suffix, at, text)
      } else if (suffix.isError || suffix.isMissing) {
        break
      }
    }
    return expr
  }

  /** The key of an `[expr]` or legacy `.0` index suffix. */
  indexKey(suffix: Node): Expr {
    const inner = named(suffix)[0]
    if (inner?.type === 'legacy_index') {
      const digits = inner.text.replace(/^\./, '')
      return { kind: 'literal', value: Number(digits), at: this.at(inner), text: digits }
    }
    const keyNode = inner && named(inner).find((child) => child.type === 'expression')
    return keyNode ? this.expression(keyNode) : this.unsupported(suffix, 'an empty index')
  }

  /**
   * `[*]` applies every following attribute and index step to each element;
   * `.*` only the attribute steps (HCL: `x.*.id[0]` is the first id), so an
   * index after it applies to the resulting list.
   */
  splat(target: Expr, node: Node, at: SourceRef, text: (end: Node) => string): Expr {
    const [kind] = named(node)
    const full = kind?.type === 'full_splat'
    const suffixes = kind ? named(kind) : []
    const steps: SplatStep[] = []
    let rest = suffixes.length
    for (const [i, suffix] of suffixes.entries()) {
      if (suffix.type === 'get_attr')
        steps.push({ kind: 'attr', name: named(suffix)[0]?.text ?? '' })
      else if (suffix.type === 'index' && full)
        steps.push({ kind: 'index', key: this.indexKey(suffix) })
      else {
        rest = i
        break
      }
    }
    const last = rest > 0 ? suffixes[rest - 1]! : (kind ?? node)
    let expr: Expr = { kind: 'splat', target, steps, at, text: text(last) }
    for (const suffix of suffixes.slice(rest)) {
      expr =
        suffix.type === 'get_attr'
          ? {
              kind: 'attr',
              target: expr,
              name: named(suffix)[0]?.text ?? '',
              at,
              text: text(suffix),
            }
          : { kind: 'index', target: expr, key: this.indexKey(suffix), at, text: text(suffix) }
    }
    return expr
  }

  primary(node: Node): Expr {
    const at = this.at(node)
    const text = node.text
    switch (node.type) {
      case 'literal_value':
        return this.literal(named(node)[0] ?? node)
      case 'template_expr':
        return this.template(named(node)[0] ?? node)
      case 'collection_value':
        return this.collection(named(node)[0] ?? node)
      case 'variable_expr':
        return { kind: 'variable', name: text, at, text }
      case 'function_call': {
        const [name, args] = named(node)
        const argNodes = args ? named(args).filter((child) => child.type === 'expression') : []
        const expand = args ? named(args).some((child) => child.type === 'ellipsis') : false
        return {
          kind: 'call',
          name: name?.text ?? '',
          args: argNodes.map((arg) => this.expression(arg)),
          expand,
          at,
          text,
        }
      }
      case 'for_expr':
        return this.forExpr(named(node)[0] ?? node)
      case 'operation':
        return this.operation(named(node)[0] ?? node)
      case 'expression':
        return this.expression(node)
      default:
        return this.unsupported(node, `"${node.type}"`)
    }
  }

  literal(node: Node): Expr {
    const at = this.at(node)
    const text = node.text
    switch (node.type) {
      case 'numeric_lit':
        return { kind: 'literal', value: Number(text), at, text }
      case 'bool_lit':
        return { kind: 'literal', value: text === 'true', at, text }
      case 'null_lit':
        return { kind: 'literal', value: null, at, text }
      case 'string_lit':
        return {
          kind: 'literal',
          value: unescape(
            this.pieces(node)
              .filter((p) => typeof p === 'string')
              .join(''),
          ),
          at,
          text,
        }
      default:
        return this.unsupported(node, `literal "${node.type}"`)
    }
  }

  template(node: Node): Expr {
    const parts: Array<string | Expr> = []
    const heredoc = node.type === 'heredoc_template'
    for (const piece of this.pieces(node)) {
      if (typeof piece === 'string') {
        parts.push(heredoc ? piece : unescape(piece))
      } else if (piece.type === 'template_interpolation') {
        const inner = named(piece).find((part) => part.type === 'expression')
        if (inner) parts.push(this.expression(inner))
      } else {
        return this.unsupported(node, 'a template directive (%{ if } / %{ for })')
      }
    }
    if (heredoc && named(node)[0]?.text === '<<-') dedent(parts)
    const at = this.at(node)
    if (parts.every((part) => typeof part === 'string'))
      return { kind: 'literal', value: parts.join(''), at, text: node.text }
    return { kind: 'template', parts, at, text: node.text }
  }

  /**
   * A string's or heredoc's content: literal text (read from the source, because
   * the grammar drops whitespace between tokens as an extra: " 1.30" would lose
   * its space and a heredoc its last line break) and the interpolations in it.
   */
  pieces(node: Node): Array<string | Node> {
    const children = node.children.filter(isNode)
    const heredoc = node.type === 'heredoc_template'
    const markers = children.filter((child) =>
      heredoc
        ? child.type === 'heredoc_identifier'
        : child.type === 'quoted_template_start' || child.type === 'quoted_template_end',
    )
    if (markers.length < 2) return [stringContent(node)]
    let start = markers[0]!.endIndex
    let end = markers[markers.length - 1]!.startIndex
    if (heredoc) {
      // The content starts on the line after the opening marker and ends with the
      // line break before the closing one.
      const lineEnd = this.source.indexOf('\n', start)
      start = lineEnd < 0 ? start : lineEnd + 1
      end = this.source.lastIndexOf('\n', end - 1) + 1
      if (end < start) end = start
    }
    const pieces: Array<string | Node> = []
    let cursor = start
    for (const child of children) {
      if (child.type !== 'template_interpolation' && child.type !== 'template_directive') continue
      pieces.push(this.source.slice(cursor, child.startIndex), child)
      cursor = child.endIndex
    }
    pieces.push(this.source.slice(cursor, end))
    return pieces.filter((piece) => piece !== '')
  }

  collection(node: Node): Expr {
    const at = this.at(node)
    if (node.type === 'tuple') {
      const items = named(node)
        .filter((child) => child.type === 'expression')
        .map((child) => this.expression(child))
      return { kind: 'tuple', items, at, text: node.text }
    }
    if (node.type === 'object') {
      const entries: ObjectEntry[] = []
      for (const elem of named(node)) {
        if (elem.type !== 'object_elem') continue
        const keyNode = elem.childForFieldName('key')
        const valueNode = elem.childForFieldName('val')
        if (!keyNode || !valueNode) continue
        entries.push({
          key: this.objectKey(keyNode),
          keyAt: this.at(keyNode),
          value: this.expression(valueNode),
        })
      }
      return { kind: 'object', entries, at, text: node.text }
    }
    return this.unsupported(node, `collection "${node.type}"`)
  }

  /** `{ coredns = {} }`: a bare identifier key is the string "coredns", not a variable. */
  objectKey(node: Node): string | Expr {
    const children = named(node)
    if (children.length === 1 && children[0]!.type === 'variable_expr') return children[0]!.text
    const expr = this.expression(node)
    return expr.kind === 'literal' && typeof expr.value === 'string' ? expr.value : expr
  }

  forExpr(node: Node): Expr {
    const at = this.at(node)
    const parts = named(node)
    const intro = parts.find((part) => part.type === 'for_intro')
    const condition = parts.find((part) => part.type === 'for_cond')
    const bodies = parts.filter((part) => part.type === 'expression')
    if (!intro || bodies.length === 0) return this.unsupported(node, 'an incomplete for expression')
    const identifiers = named(intro)
      .filter((part) => part.type === 'identifier')
      .map((part) => part.text)
    const collection = named(intro).find((part) => part.type === 'expression')
    if (!collection || identifiers.length === 0)
      return this.unsupported(node, 'an incomplete for expression')
    const [keyVar, valueVar] = identifiers.length === 2 ? identifiers : [undefined, identifiers[0]!]
    const conditionExpr = condition && named(condition).find((part) => part.type === 'expression')
    const isObject = node.type === 'for_object_expr'
    return {
      kind: 'for',
      ...(keyVar !== undefined && { keyVar }),
      valueVar: valueVar!,
      collection: this.expression(collection),
      ...(isObject && { keyExpr: this.expression(bodies[0]!) }),
      value: this.expression(isObject ? (bodies[1] ?? bodies[0]!) : bodies[0]!),
      ...(conditionExpr && { condition: this.expression(conditionExpr) }),
      grouping: parts.some((part) => part.type === 'ellipsis'),
      at,
      text: node.text,
    }
  }

  operation(node: Node): Expr {
    const at = this.at(node)
    const children = node.children.filter(isNode).filter((child) => child.type !== 'comment')
    if (node.type === 'unary_operation') {
      const [op, ...rest] = children
      return {
        kind: 'unary',
        op: op?.type ?? '-',
        operand: this.term(rest, node),
        at,
        text: node.text,
      }
    }
    // The operator is the anonymous child between the two inlined operand terms.
    let depth = 0
    const split = children.findIndex((child, i) => {
      if (child.type === '(') depth++
      if (child.type === ')') depth--
      return i > 0 && depth === 0 && !child.isNamed && BINARY_OPERATORS.has(child.type)
    })
    if (split <= 0) return this.unsupported(node, 'an operation')
    return {
      kind: 'binary',
      op: children[split]!.type,
      left: this.term(children.slice(0, split), node),
      right: this.term(children.slice(split + 1), node),
      at,
      text: node.text,
    }
  }

  unsupported(node: Node, reason: string): Expr {
    return { kind: 'unsupported', reason, at: this.at(node), text: node.text }
  }
}

function isNode(node: Node | null): node is Node {
  return node !== null
}

function named(node: Node): Node[] {
  return node.namedChildren.filter(isNode)
}

function stringContent(node: Node): string {
  return named(node)
    .filter((child) => child.type === 'template_literal')
    .map((child) => child.text)
    .join('')
}

/** HCL string escapes: \n \r \t \" \\ \uNNNN \UNNNNNNNN, and the $${ / %%{ template escapes. */
function unescape(text: string): string {
  return text
    .replace(/\\(["\\nrt]|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})/g, (_, ch: string) =>
      ch.length > 1
        ? String.fromCodePoint(parseInt(ch.slice(1), 16))
        : (({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[ch] ?? ch),
    )
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{')
}

/** `<<-EOT`: Terraform removes the indentation the lines share. */
function dedent(parts: Array<string | Expr>): void {
  const text = parts.map((part) => (typeof part === 'string' ? part : '\u0000')).join('')
  const indents = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => /^[ \t]*/.exec(line)![0].length)
  const strip = indents.length > 0 ? Math.min(...indents) : 0
  if (strip === 0) return
  let lineStart = true
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (typeof part !== 'string') {
      lineStart = false
      continue
    }
    parts[i] = part
      .split('\n')
      .map((line, index) =>
        index > 0 || lineStart
          ? line.slice(Math.min(strip, /^[ \t]*/.exec(line)![0].length))
          : line,
      )
      .join('\n')
    lineStart = part.endsWith('\n')
  }
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? ''
  return line.length > 60 ? `${line.slice(0, 57)}...` : line
}
