import type { SourceRef } from '../../../model/source.js'
import type { Expr } from './ast.js'
import { EXPRESSION_BUDGET, spend, withinBudget } from './budget.js'
import { callFunction } from './functions.js'
import { decimalArithmetic, exactNumberText } from './number.js'
import {
  combined,
  asNumber,
  asNumberText,
  asString,
  bool,
  equalValues,
  error,
  firstUnsettled,
  list,
  num,
  obj,
  origin,
  staticError,
  str,
  through,
  truthy,
  unknown,
  type Value,
} from './value.js'

/** What an expression can refer to; a module instance implements it. */
export interface Scope {
  variable(name: string, at: SourceRef): Value
  local(name: string, at: SourceRef): Value
  /** `module.NAME[key].OUTPUT` */
  moduleOutput(name: string, key: string | number | undefined, output: string, at: SourceRef): Value
  /** `TYPE.NAME[key].ATTR` of a managed resource. */
  resourceAttribute(
    type: string,
    name: string,
    key: string | number | undefined,
    attribute: string,
    at: SourceRef,
  ): Value
  /** `data.TYPE.NAME[key].ATTR` */
  dataAttribute(
    type: string,
    name: string,
    key: string | number | undefined,
    attribute: string,
    at: SourceRef,
  ): Value
  /**
   * The instance keys of `TYPE.NAME`, `data.TYPE.NAME` or `module.NAME` (undefined
   * for one without count/for_each), or undefined when it is not declared.
   */
  instanceKeys(
    kind: 'resource' | 'data' | 'module',
    type: string,
    name: string,
  ): ReadonlyArray<string | number | undefined> | undefined
}

/** Names bound by `for`, `each` and `count`, innermost last. */
export type Bindings = ReadonlyMap<string, Value>

const NO_BINDINGS: Bindings = new Map()

type Step =
  { readonly kind: 'attr'; readonly name: string } | { readonly kind: 'index'; readonly key: Expr }

/** Evaluates an expression statically. Never throws: what cannot be known becomes `unknown` or `error`. */
export function evaluate(
  expr: Expr,
  scope: Scope,
  bindings: Bindings = NO_BINDINGS,
  depth = 0,
): Value {
  // The outermost evaluation (an attribute, a local, a variable) holds the budget.
  if (depth === 0)
    return withinBudget(
      EXPRESSION_BUDGET,
      () => evaluateAt(expr, scope, bindings, 0),
      (reason) => unknown(reason, expr.text, origin(expr.at)),
    )
  return evaluateAt(expr, scope, bindings, depth)
}

function evaluateAt(expr: Expr, scope: Scope, bindings: Bindings, depth: number): Value {
  const here = origin(expr.at)
  if (depth > 200) return error('the expression is nested too deeply', expr.text, here)
  const ev = (inner: Expr, extra: Bindings = bindings) => evaluate(inner, scope, extra, depth + 1)
  switch (expr.kind) {
    case 'literal':
      if (expr.value === null) return { type: 'null', origin: here }
      if (typeof expr.value === 'number') {
        const text = exactNumberText(expr.text)
        return text === null
          ? error(`the number ${expr.text} is out of range`, expr.text, here)
          : { type: 'number', value: Number(text), origin: here, text, written: expr.text }
      }
      if (typeof expr.value === 'boolean') return bool(expr.value, here)
      return str(expr.value, here)
    case 'template': {
      // "${x}" alone is x itself, unconverted (HCL; the 0.11 style for lists and maps).
      const [only] = expr.parts
      if (expr.parts.length === 1 && typeof only !== 'string') return ev(only!)
      const parts = expr.parts.map((part) => (typeof part === 'string' ? part : ev(part)))
      const values = parts.filter((part): part is Value => typeof part !== 'string')
      const unsettled = firstUnsettled(values)
      if (unsettled?.type === 'unknown' && !values.some((v) => v.type === 'error')) {
        const known = parts.map((part) =>
          typeof part === 'string' || part.type === 'unknown' ? part : asString(part),
        )
        if (known.every((part) => part !== null))
          return {
            ...(carry(unsettled, expr) as Extract<Value, { type: 'unknown' }>),
            parts: known as Array<string | Value>,
          }
      }
      if (unsettled) return carry(unsettled, expr)
      const texts = parts.map((part) => (typeof part === 'string' ? part : asString(part)))
      if (texts.some((text) => text === null))
        return error('a template interpolates a value that is not a string', expr.text, here)
      return str(texts.join(''), combined(expr.at, values))
    }
    case 'tuple':
      return list(
        expr.items.map((item) => ev(item)),
        here,
      )
    case 'object': {
      const entries = new Map<string, Value>()
      for (const entry of expr.entries) {
        let key = entry.key
        if (typeof key !== 'string') {
          const keyValue = ev(key)
          const text = asString(keyValue)
          if (text === null)
            return keyValue.type === 'unknown' || keyValue.type === 'error'
              ? carry(keyValue, expr)
              : error('an object key is not a string', expr.text, here)
          key = text
        }
        entries.set(key, ev(entry.value))
      }
      return obj(entries, here)
    }
    case 'variable':
    case 'attr':
    case 'index':
      return traverse(expr, scope, bindings, depth)
    case 'splat':
      return splat(expr, scope, bindings, depth)
    case 'call':
      return callFunction(expr, (inner) => ev(inner), here)
    case 'conditional': {
      const test = ev(expr.test)
      const decided = truthy(test)
      if (decided !== null) return ev(decided ? expr.then : expr.otherwise)
      if (test.type === 'error') return carry(test, expr)
      // An undecidable condition is harmless when both branches agree.
      const then = ev(expr.then)
      const otherwise = ev(expr.otherwise)
      if (equalValues(then, otherwise)) return then
      return {
        type: 'unknown',
        // The test's own reason says why it is not known (an apply-time value, a bound).
        reason: `it depends on \`${expr.test.text}\`${test.type === 'unknown' ? `, and ${test.reason}` : ''}`,
        expression: expr.text,
        origin: here,
        either: [then, otherwise],
      }
    }
    case 'unary': {
      const operand = ev(expr.operand)
      if (firstUnsettled([operand])) return carry(operand, expr)
      if (expr.op === '!') {
        const b = truthy(operand)
        return b === null ? error('! needs a bool', expr.text, here) : bool(!b, operand.origin)
      }
      const text = asNumberText(operand)
      if (text === null) return error('- needs a number', expr.text, here)
      const negated = decimalArithmetic('0', '-', text)!
      return num(Number(negated), operand.origin, negated)
    }
    case 'binary':
      return binary(expr, ev(expr.left), ev(expr.right))
    case 'for':
      return forExpression(expr, ev, bindings)
    case 'unsupported':
      return unknown(`${expr.reason} is not supported`, expr.text, here)
  }
}

function binary(expr: Extract<Expr, { kind: 'binary' }>, left: Value, right: Value): Value {
  const here = origin(expr.at)
  // && and || decide early when one side settles it, as Terraform's short circuit would.
  if (expr.op === '&&' || expr.op === '||') {
    const l = truthy(left)
    const r = truthy(right)
    if (expr.op === '&&' && (l === false || r === false)) return bool(false, here)
    if (expr.op === '||' && (l === true || r === true)) return bool(true, here)
    if (l !== null && r !== null) return bool(expr.op === '&&' ? l && r : l || r, here)
  }
  const unsettled = firstUnsettled([left, right])
  if (unsettled) return carry(unsettled, expr)
  const at = combined(expr.at, [left, right])
  if (expr.op === '==' || expr.op === '!=') {
    const same =
      equalValues(left, right) ||
      (asString(left) !== null &&
        asString(left) === asString(right) &&
        left.type !== 'bool' &&
        right.type !== 'bool' &&
        left.type === right.type)
    return bool(expr.op === '==' ? same : !same, at)
  }
  if (expr.op === '&&' || expr.op === '||') return error(`${expr.op} needs bools`, expr.text, here)
  const a = asNumber(left)
  const b = asNumber(right)
  const aText = asNumberText(left)
  const bText = asNumberText(right)
  if (a === null || b === null || aText === null || bText === null)
    return error(`${expr.op} needs numbers`, expr.text, here)
  switch (expr.op) {
    case '+':
    case '-':
    case '*':
    case '/':
    case '%': {
      if ((expr.op === '/' || expr.op === '%') && b === 0)
        return error('division by zero', expr.text, here)
      // In decimal, as Terraform computes: 0.1 + 0.2 is 0.3, not 0.30000000000000004.
      const text = decimalArithmetic(aText, expr.op, bText)
      return text === null
        ? unknown(
            `${aText} ${expr.op} ${bText} has no exact decimal value to convert`,
            expr.text,
            here,
          )
        : num(Number(text), at, text)
    }
    case '>':
      return bool(a > b, at)
    case '>=':
      return bool(a >= b, at)
    case '<':
      return bool(a < b, at)
    case '<=':
      return bool(a <= b, at)
    default:
      return error(`unknown operator ${expr.op}`, expr.text, here)
  }
}

function forExpression(
  expr: Extract<Expr, { kind: 'for' }>,
  ev: (inner: Expr, extra?: Bindings) => Value,
  bindings: Bindings,
): Value {
  const here = origin(expr.at)
  const collection = ev(expr.collection)
  if (firstUnsettled([collection])) return carry(collection, expr)
  const pairs: Array<[Value, Value]> =
    collection.type === 'object'
      ? [...collection.entries].map(([k, v]) => [str(k, v.origin), v])
      : collection.type === 'list'
        ? collection.items.map((v, i) => [num(i, v.origin), v])
        : []
  if (collection.type !== 'object' && collection.type !== 'list')
    return error('for needs a list or a map', expr.text, here)
  const items: Value[] = []
  const entries = new Map<string, Value>()
  for (const [key, value] of pairs) {
    spend(1)
    const scope = new Map(bindings)
    if (expr.keyVar !== undefined) scope.set(expr.keyVar, key)
    scope.set(expr.valueVar, value)
    if (expr.condition) {
      const keep = ev(expr.condition, scope)
      const decided = truthy(keep)
      if (decided === false) continue
      if (decided === null)
        return keep.type === 'error'
          ? carry(keep, expr)
          : unknown(`the for condition \`${expr.condition.text}\` is not known`, expr.text, here)
    }
    const result = ev(expr.value, scope)
    if (expr.keyExpr) {
      const keyValue = ev(expr.keyExpr, scope)
      const text = asString(keyValue)
      if (text === null)
        return keyValue.type === 'unknown' || keyValue.type === 'error'
          ? carry(keyValue, expr)
          : error('a for key is not a string', expr.text, here)
      if (expr.grouping) {
        const group = entries.get(text)
        entries.set(
          text,
          list([...(group && group.type === 'list' ? group.items : []), result], here),
        )
      } else {
        entries.set(text, result)
      }
    } else {
      items.push(result)
    }
  }
  return expr.keyExpr ? obj(entries, here) : list(items, here)
}

/** Resolves `var.x`, `local.y`, `module.m.out`, `aws_x.n.attr`, `data.type.n.attr`, `each.value.k` and applies the rest. */
function traverse(expr: Expr, scope: Scope, bindings: Bindings, depth: number): Value {
  const steps: Step[] = []
  let root: Expr = expr
  while (root.kind === 'attr' || root.kind === 'index') {
    steps.unshift(
      root.kind === 'attr' ? { kind: 'attr', name: root.name } : { kind: 'index', key: root.key },
    )
    root = root.target
  }
  const here = origin(expr.at)
  const ev = (inner: Expr) => evaluate(inner, scope, bindings, depth + 1)
  if (root.kind !== 'variable')
    return applySteps(evaluate(root, scope, bindings, depth + 1), steps, expr, ev)

  const name = root.name
  const bound = bindings.get(name)
  if (bound) return applySteps(bound, steps, expr, ev)

  const attrAt = (i: number) =>
    steps[i]?.kind === 'attr' ? (steps[i] as { name: string }).name : undefined
  const keyAt = (
    i: number,
  ): { key: string | number | undefined; consumed: number; value?: Value } => {
    const step = steps[i]
    if (step?.kind !== 'index') return { key: undefined, consumed: 0 }
    const keyValue = ev(step.key)
    const key = keyValue.type === 'number' ? keyValue.value : asString(keyValue)
    return key === null ? { key: undefined, consumed: 1, value: keyValue } : { key, consumed: 1 }
  }

  switch (name) {
    case 'var':
    case 'local': {
      const first = attrAt(0)
      if (!first) return error(`${name} needs an attribute`, expr.text, here)
      const value = name === 'var' ? scope.variable(first, root.at) : scope.local(first, root.at)
      return applySteps(value, steps.slice(1), expr, ev)
    }
    case 'module': {
      const moduleName = attrAt(0)
      if (!moduleName) return error('module needs a name', expr.text, here)
      const { key, consumed, value: badKey } = keyAt(1)
      if (badKey) return carry(badKey, expr)
      const output = attrAt(1 + consumed)
      if (!output) return unknown('a whole module object is not evaluated', expr.text, here)
      return applySteps(
        scope.moduleOutput(moduleName, key, output, root.at),
        steps.slice(2 + consumed),
        expr,
        ev,
      )
    }
    case 'data': {
      const type = attrAt(0)
      const dataName = attrAt(1)
      if (!type || !dataName) return error('data needs a type and a name', expr.text, here)
      const { key, consumed, value: badKey } = keyAt(2)
      if (badKey) return carry(badKey, expr)
      const attribute = attrAt(2 + consumed)
      if (!attribute)
        return unknown(`data.${type}.${dataName} is read at plan time`, expr.text, here, {
          type: `data.${type}`,
          name: dataName,
        })
      return applySteps(
        scope.dataAttribute(type, dataName, key, attribute, root.at),
        steps.slice(3 + consumed),
        expr,
        ev,
      )
    }
    case 'path':
    case 'terraform':
    case 'dependency':
    case 'include':
      return unknown(`${name}.* is only known when Terraform runs`, expr.text, here)
    case 'each':
    case 'count':
    case 'self':
      return error(`${name} is not available here`, expr.text, here)
    default: {
      if (!name.includes('_')) return error(`unknown name "${name}"`, expr.text, here)
      const resourceName = attrAt(0)
      if (!resourceName)
        return unknown(`a whole resource collection is not evaluated`, expr.text, here)
      const { key, consumed, value: badKey } = keyAt(1)
      if (badKey) return carry(badKey, expr)
      const attribute = attrAt(1 + consumed)
      if (!attribute)
        return unknown(
          `the whole ${name}.${resourceName} object is not evaluated`,
          expr.text,
          here,
          { type: name, name: resourceName },
        )
      return applySteps(
        scope.resourceAttribute(name, resourceName, key, attribute, root.at),
        steps.slice(2 + consumed),
        expr,
        ev,
      )
    }
  }
}

/**
 * `x[*].a` / `x.*.a`: the steps applied to each element. A resource, data
 * source or module target stands for its instances, in key order; a list for
 * its items; null for none; any other value for a list of itself (as HCL does).
 */
function splat(
  expr: Extract<Expr, { kind: 'splat' }>,
  scope: Scope,
  bindings: Bindings,
  depth: number,
): Value {
  const here = origin(expr.at)
  const ev = (inner: Expr) => evaluate(inner, scope, bindings, depth + 1)
  const steps = expr.steps as readonly Step[]
  const instances = instancesOf(expr.target, scope, bindings)
  if (instances) {
    const items = instances.keys.map((key) => {
      const target: Expr =
        key === undefined
          ? expr.target
          : {
              kind: 'index',
              target: expr.target,
              key: { kind: 'literal', value: key, at: expr.at, text: JSON.stringify(key) },
              at: expr.at,
              text: `${expr.target.text}[${JSON.stringify(key)}]`,
            }
      let chain = target
      for (const step of steps)
        chain =
          step.kind === 'attr'
            ? { kind: 'attr', target: chain, name: step.name, at: expr.at, text: expr.text }
            : { kind: 'index', target: chain, key: step.key, at: expr.at, text: expr.text }
      return ev(chain)
    })
    return list(items, here)
  }
  const target = ev(expr.target)
  if (target.type === 'unknown' || target.type === 'error') return carry(target, expr)
  if (target.type === 'null') return list([], here)
  const items = target.type === 'list' ? target.items : [target]
  return list(
    items.map((item) => applySteps(item, steps, expr, ev)),
    here,
  )
}

/** The instances a splat's target names when it is a whole resource, data source or module. */
function instancesOf(
  target: Expr,
  scope: Scope,
  bindings: Bindings,
): { keys: ReadonlyArray<string | number | undefined> } | undefined {
  const names: string[] = []
  let root: Expr = target
  while (root.kind === 'attr') {
    names.unshift(root.name)
    root = root.target
  }
  if (root.kind !== 'variable' || bindings.has(root.name)) return undefined
  const keys =
    root.name === 'data' && names.length === 2
      ? scope.instanceKeys('data', names[0]!, names[1]!)
      : root.name === 'module' && names.length === 1
        ? scope.instanceKeys('module', 'module', names[0]!)
        : root.name.includes('_') && names.length === 1
          ? scope.instanceKeys('resource', root.name, names[0]!)
          : undefined
  return keys ? { keys } : undefined
}

/** Attribute and index steps into a value: the selected element keeps its own origin and the container's hops. */
function applySteps(
  start: Value,
  steps: readonly Step[],
  expr: Expr,
  ev: (inner: Expr) => Value,
): Value {
  let current = start
  for (const step of steps) {
    if (current.type === 'unknown' || current.type === 'error') return current
    let key: string | number
    if (step.kind === 'attr') {
      key = step.name
    } else {
      const keyValue = ev(step.key)
      if (keyValue.type === 'unknown' || keyValue.type === 'error') return carry(keyValue, expr)
      const text = keyValue.type === 'number' ? keyValue.value : asString(keyValue)
      if (text === null)
        return error('an index is not a string or number', expr.text, origin(expr.at))
      key = text
    }
    const next = select(current, key)
    if (!next) {
      const what = typeof key === 'number' ? `index ${key}` : `"${key}"`
      return error(`${what} does not exist in ${describe(current)}`, expr.text, origin(expr.at))
    }
    current = through(next, current.origin.via)
  }
  return current
}

function select(container: Value, key: string | number): Value | undefined {
  if (container.type === 'object') return container.entries.get(String(key))
  if (container.type === 'list') {
    const index = typeof key === 'number' ? key : Number(key)
    return Number.isInteger(index) && index >= 0 ? container.items[index] : undefined
  }
  return undefined
}

function describe(value: Value): string {
  if (value.type === 'object')
    return `an object with keys ${[...value.entries.keys()].map((k) => `"${k}"`).join(', ') || '(none)'}`
  if (value.type === 'list') return `a list of ${value.items.length}`
  return `a ${value.type}`
}

/** An unknown or error keeps its reason but is reported for the whole expression. */
function carry(value: Value, expr: Expr): Value {
  if (value.type === 'unknown') return unknown(value.reason, expr.text, origin(expr.at), value.data)
  if (value.type === 'error')
    return (value.static ? staticError : error)(value.reason, expr.text, origin(expr.at))
  return value
}
