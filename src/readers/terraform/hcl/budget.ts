/**
 * How much work one expression may make the evaluator do. A pull request controls
 * the expressions: three nested `for`s over range(1000) are a billion values, and a
 * `join` of joins a string past what memory holds. Values that are built spend
 * units (an element, an entry, 64 characters of a string); an expression that spends
 * more than its budget is an error value, so the version it feeds is unresolved,
 * with the reason, and the rest of the run goes on.
 */
export const EXPRESSION_BUDGET = 2_000_000

/** Everything the expressions of one root module may spend together. */
export const ROOT_BUDGET = 20_000_000

/** Thrown where an evaluation runs out; caught by the outermost evaluation it belongs to. */
class BudgetSpent extends Error {
  override name = 'BudgetSpent'
}

let remaining = Number.POSITIVE_INFINITY

/** JavaScript giving up on a value's size or on the stack: the whole expression is lost. */
const EXHAUSTED = /Invalid (string|array) length|call stack/i

/**
 * Whether an error must reach the outermost evaluation instead of being absorbed
 * where it was thrown (a function catching its own failures must not keep going).
 */
export function isExhaustion(error: unknown): boolean {
  return (
    error instanceof BudgetSpent || (error instanceof RangeError && EXHAUSTED.test(error.message))
  )
}

/** Spends `units` of the current evaluation's budget; throws when it runs out. */
export function spend(units: number): void {
  remaining -= units
  if (remaining < 0) throw new BudgetSpent('spent')
}

/**
 * Runs `run` with at most `units` to spend (never more than what the enclosing
 * evaluation has left, which is charged what this one spends). When it runs out, or
 * the engine gives up on a value (a string or array over its length limit, the call
 * stack), `spent` says what to return instead, given the reason.
 */
export function withinBudget<T>(units: number, run: () => T, spent: (reason: string) => T): T {
  const outer = remaining
  const start = Math.min(outer, units)
  remaining = start
  try {
    return run()
  } catch (error) {
    if (error instanceof BudgetSpent)
      return spent(
        start < units
          ? 'the expressions of this module took all the work the gate allows for one module'
          : `the expression builds more than the gate evaluates for one expression (${units.toLocaleString('en-US')} list elements, map entries or 64-character pieces of strings)`,
      )
    if (isExhaustion(error))
      return spent(
        `the expression builds a value too large to evaluate (${(error as Error).message})`,
      )
    throw error
  } finally {
    remaining = outer - (start - remaining)
  }
}
