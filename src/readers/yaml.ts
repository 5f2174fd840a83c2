import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  Scalar,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml'
import type { SourceFile } from '../discover/source-file.js'
import type { ReadProblem } from '../model/inventory.js'
import { sourceRef, type SourceRef } from '../model/source.js'

/** One YAML document with what is needed to turn nodes back into file positions. */
export interface YamlDoc {
  readonly file: string
  readonly text: string
  readonly doc: Document.Parsed
  readonly lines: LineCounter
  /** 0-based index of the document in a multi-document file. */
  readonly index: number
}

export interface ParsedYaml {
  readonly docs: readonly YamlDoc[]
  readonly problems: readonly ReadProblem[]
}

/**
 * Parses every document of a file. A document with syntax errors becomes a
 * problem naming the file and line, and the other documents are still read.
 */
export function parseYaml(file: SourceFile): ParsedYaml {
  const lines = new LineCounter()
  const docs: YamlDoc[] = []
  const problems: ReadProblem[] = []
  // uniqueKeys off: a duplicated key is a lint issue, not a reason to lose the file.
  const parsed = parseAllDocuments(file.text, {
    lineCounter: lines,
    uniqueKeys: false,
    prettyErrors: false,
  })
  const all = Array.isArray(parsed) ? parsed : [parsed]
  all.forEach((doc, index) => {
    const error = doc.errors[0]
    if (error) {
      const pos = lines.linePos(error.pos[0])
      const detail = error.message.split('\n')[0]!
      // The parser gives up on pathological nesting by running out of stack: say what it means.
      const message = /call stack/i.test(detail)
        ? `${file.path} nests too deeply to read (given up at line ${pos.line}); flatten it, or leave it out with the exclude setting if it is not configuration`
        : `YAML syntax error in ${file.path} at line ${pos.line}: ${detail}`
      problems.push({ at: sourceRef(file.path, pos.line, pos.col), message })
      return
    }
    docs.push({ file: file.path, text: file.text, doc, lines, index })
  })
  return { docs, problems }
}

export function refAt(ctx: YamlDoc, offset: number): SourceRef {
  const pos = ctx.lines.linePos(offset)
  return sourceRef(ctx.file, pos.line, pos.col)
}

export function nodeRef(
  ctx: YamlDoc,
  node: Node | null | undefined,
  fallback?: SourceRef,
): SourceRef {
  if (node?.range) return refAt(ctx, node.range[0])
  return fallback ?? sourceRef(ctx.file, 1, 1)
}

/** Follows an alias to its anchored node (never expands anything else). */
export function deref(ctx: YamlDoc, node: unknown): Node | null {
  if (isAlias(node)) return (node.resolve(ctx.doc) as Node | undefined) ?? null
  return (node as Node | null | undefined) ?? null
}

/**
 * Looks up `key` in a mapping, honouring `<<: *anchor` merge keys the way
 * YAML 1.1 tools (eksctl included) do: own keys win over merged ones.
 */
export function getPair(
  ctx: YamlDoc,
  map: unknown,
  key: string,
  depth = 0,
  seen = new Set<Node>(),
): Pair<Node, Node | null> | undefined {
  const target = deref(ctx, map)
  // Each merged mapping is searched once, so nested merge-key aliases stay linear.
  if (!isMap(target) || depth > 8 || seen.has(target)) return undefined
  seen.add(target)
  const items = (target as YAMLMap<Node, Node | null>).items
  const own = items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key)
  if (own) return own
  for (const pair of items) {
    if (!isScalar(pair.key) || pair.key.value !== '<<') continue
    const source = deref(ctx, pair.value)
    const sources = isSeq(source) ? source.items : [source]
    for (const merged of sources) {
      const found = getPair(ctx, merged, key, depth + 1, seen)
      if (found) return found
    }
  }
  return undefined
}

export function getNode(ctx: YamlDoc, map: unknown, key: string): Node | null {
  const pair = getPair(ctx, map, key)
  return pair ? deref(ctx, pair.value) : null
}

/**
 * The text of a scalar as written. Plain scalars come from the source, so
 * `1.30` stays "1.30" instead of becoming the float 1.3. Returns null for
 * mappings, sequences and nulls.
 */
export function scalarText(ctx: YamlDoc, node: Node | null): string | null {
  if (!isScalar(node) || node.value === null) return null
  if (node.type === Scalar.PLAIN && node.range)
    return ctx.text.slice(node.range[0], node.range[1]).trim()
  return String(node.value)
}

/**
 * A scalar's text with where its first line is: a block scalar (`|`, `>`) starts
 * on the line after its indicator, so each of its lines is a line of the file.
 */
export function writtenText(
  ctx: YamlDoc,
  field: string,
  node: Node | null,
): { field: string; text: string; at: SourceRef; block: boolean } | undefined {
  const text = scalarText(ctx, node)
  if (text === null || !isScalar(node)) return undefined
  // A folded scalar's lines are joined, so only a literal one maps line for line.
  const below = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED
  const at = nodeRef(ctx, node)
  return {
    field,
    text,
    block: node.type === Scalar.BLOCK_LITERAL,
    at: below ? { ...at, line: at.line + 1, column: 1 } : at,
  }
}

/**
 * Whether a double-quoted scalar may hold an escape (`"Cluster\x43onfig"`): the only
 * way YAML lets a value differ from the text a cheap `includes` test looks for.
 * Linear: each match stops at the next quote.
 */
export function hasQuotedEscape(text: string): boolean {
  return /"[^"]*\\/.test(text)
}

/** The source text of any node, for "could not evaluate `…`" messages. */
export function sourceText(ctx: YamlDoc, node: Node | null): string {
  if (!node?.range) return ''
  return ctx.text.slice(node.range[0], node.range[1]).trim()
}

export function seqItems(ctx: YamlDoc, node: Node | null): Node[] {
  const target = deref(ctx, node)
  if (!isSeq(target)) return []
  return target.items.map((item) => deref(ctx, item)).filter((item): item is Node => item !== null)
}
