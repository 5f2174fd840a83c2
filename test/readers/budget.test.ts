import { describe, expect, it } from 'vitest'
import { spend, withinBudget } from '../../src/readers/terraform/hcl/budget.js'

const spending = (units: number) => () => {
  for (let i = 0; i < units; i++) spend(1)
  return `spent ${units}`
}

describe('the evaluation budget', () => {
  it('lets an evaluation spend up to its budget, and turns more into the fallback with the reason', () => {
    expect(withinBudget(100, spending(100), (why) => why)).toBe('spent 100')
    expect(withinBudget(100, spending(101), (why) => why)).toMatch(
      /builds more than the gate evaluates for one expression \(100 list elements/,
    )
  })

  it('charges what an inner evaluation spends to the one around it, and caps it by what is left', () => {
    const outer = withinBudget(
      150,
      () => {
        const first = withinBudget(100, spending(100), () => 'inner ran out')
        const second = withinBudget(100, spending(60), (why) => why)
        return [first, second]
      },
      () => ['outer ran out'],
    )
    expect(outer[0]).toBe('spent 100')
    expect(outer[1]).toMatch(/took all the work the gate allows for one module/)
  })

  it('a value too large for JavaScript is the fallback too, never a crash', () => {
    const result = withinBudget(
      100,
      () => 'x'.repeat(2 ** 30),
      (why) => why,
    )
    expect(result).toMatch(/too large to evaluate \(Invalid string length\)/)
  })
})
