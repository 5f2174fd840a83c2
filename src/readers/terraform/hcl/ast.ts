import type { SourceRef } from '../../../model/source.js'

/**
 * HCL as this project needs it: expressions and bodies with positions,
 * independent of tree-sitter (whose nodes live in wasm memory and must be
 * freed). Every node keeps its source text for "could not evaluate `…`".
 */
interface Base {
  readonly at: SourceRef
  readonly text: string
}

export type Expr =
  | (Base & { readonly kind: 'literal'; readonly value: string | number | boolean | null })
  | (Base & { readonly kind: 'template'; readonly parts: ReadonlyArray<string | Expr> })
  | (Base & { readonly kind: 'tuple'; readonly items: readonly Expr[] })
  | (Base & { readonly kind: 'object'; readonly entries: ReadonlyArray<ObjectEntry> })
  | (Base & { readonly kind: 'variable'; readonly name: string })
  | (Base & { readonly kind: 'attr'; readonly target: Expr; readonly name: string })
  | (Base & { readonly kind: 'index'; readonly target: Expr; readonly key: Expr })
  /**
   * `target[*].a[0]` or `target.*.a`: `steps` applied to each element of the
   * target (a list, one value, or every instance of a resource or module).
   */
  | (Base & { readonly kind: 'splat'; readonly target: Expr; readonly steps: readonly SplatStep[] })
  | (Base & {
      readonly kind: 'call'
      readonly name: string
      readonly args: readonly Expr[]
      readonly expand: boolean
    })
  | (Base & {
      readonly kind: 'conditional'
      readonly test: Expr
      readonly then: Expr
      readonly otherwise: Expr
    })
  | (Base & {
      readonly kind: 'binary'
      readonly op: string
      readonly left: Expr
      readonly right: Expr
    })
  | (Base & { readonly kind: 'unary'; readonly op: string; readonly operand: Expr })
  | (Base & {
      readonly kind: 'for'
      readonly keyVar?: string
      readonly valueVar: string
      readonly collection: Expr
      /** Object form: `{ for k, v in x : keyExpr => value }`. */
      readonly keyExpr?: Expr
      readonly value: Expr
      readonly condition?: Expr
      readonly grouping: boolean
    })
  | (Base & { readonly kind: 'unsupported'; readonly reason: string })

export interface ObjectEntry {
  /** A bare identifier or a literal string key is known statically. */
  readonly key: string | Expr
  readonly keyAt: SourceRef
  readonly value: Expr
}

export type SplatStep =
  { readonly kind: 'attr'; readonly name: string } | { readonly kind: 'index'; readonly key: Expr }

export interface Attribute {
  readonly name: string
  readonly at: SourceRef
  readonly expression: Expr
}

export interface Block {
  readonly type: string
  readonly labels: readonly string[]
  readonly at: SourceRef
  readonly body: Body
}

export interface Body {
  readonly attributes: ReadonlyMap<string, Attribute>
  readonly blocks: readonly Block[]
}

export interface HclFile {
  readonly path: string
  readonly body: Body
  /** Where tree-sitter had to recover; everything else in the file is still read. */
  readonly syntaxErrors: ReadonlyArray<{ readonly at: SourceRef; readonly message: string }>
}
