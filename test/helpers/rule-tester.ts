import { describe, expect, it } from 'vitest'
import type { Cluster } from '../../src/model/inventory.js'
import type { SourceRef } from '../../src/model/source.js'
import type { Rule, RuleContext, RuleReport } from '../../src/rules/types.js'

type GroupField =
  'version' | 'amiType' | 'amiFamily' | 'releaseVersion' | 'amiId' | 'containerRuntime'

/**
 * Where a finding must point, named by what the user edits in the case's own input:
 * - `version`: the cluster's control-plane version
 * - `nodeGroup:NAME`: the node group's declaration; `nodeGroup:NAME.FIELD` one of its values
 * - `addon:NAME`, `component:NAME`: that add-on's or component's version
 * - a SourceRef (file and line, column optional) for anything else: files, config entries
 */
export type Locator =
  | 'version'
  | `nodeGroup:${string}`
  | `nodeGroup:${string}.${GroupField}`
  | `addon:${string}`
  | `component:${string}`
  | (Pick<SourceRef, 'file' | 'line'> & { column?: number })

export interface ExpectedFinding {
  /** Where it points: what the user must edit. */
  readonly at: Locator
  /** The cluster (by name) the locator is looked up in and the finding names; default: the first. */
  readonly cluster?: string | null
  /** What it is about; with the rule and cluster it is the finding's identity across commits. */
  readonly subject: string
  /** Text the message contains (a string), or matches (a RegExp). */
  readonly message: string | RegExp | ReadonlyArray<string | RegExp>
}

export interface ValidCase {
  readonly name: string
  readonly context: RuleContext
}

export interface InvalidCase extends ValidCase {
  /** Every finding the rule must report, in order: nothing more, nothing less. */
  readonly findings: readonly ExpectedFinding[]
}

function clusterNamed(context: RuleContext, name: string | undefined): Cluster {
  const heads = context.clusters.map((pair) => pair.head)
  const found = name === undefined ? heads[0] : heads.find((cluster) => cluster.name === name)
  if (!found) throw new Error(`the case has no head cluster ${name ?? ''}`)
  return found
}

function resolve(context: RuleContext, expected: ExpectedFinding): SourceRef & { column?: number } {
  const { at } = expected
  if (typeof at !== 'string') return at as SourceRef
  const cluster = clusterNamed(context, expected.cluster ?? undefined)
  if (at === 'version') return cluster.version.at
  const [kind, rest] = at.split(/:(.*)/s) as [string, string]
  const fail = () => {
    throw new Error(`${at} is not in cluster ${cluster.name}`)
  }
  if (kind === 'nodeGroup') {
    const [name, field] = rest.split('.') as [string, GroupField | undefined]
    const group = cluster.nodeGroups.find((g) => g.name === name) ?? fail()
    if (!field) return group.at
    return (group[field] ?? fail()).at
  }
  if (kind === 'addon') return (cluster.addons.find((a) => a.name === rest) ?? fail()).version.at
  if (kind === 'component')
    return (cluster.components.find((c) => c.name === rest) ?? fail()).version.at
  throw new Error(`unknown locator ${at}`)
}

function expectMatches(report: RuleReport, expected: ExpectedFinding, context: RuleContext): void {
  const where = resolve(context, expected)
  const point = `${report.at.file}:${report.at.line}${where.column === undefined ? '' : `:${report.at.column}`}`
  expect(point, `${expected.subject} points at the wrong place`).toBe(
    `${where.file}:${where.line}${where.column === undefined ? '' : `:${where.column}`}`,
  )
  expect(report.subject).toBe(expected.subject)
  for (const text of [expected.message].flat()) {
    if (typeof text === 'string') expect(report.message).toContain(text)
    else expect(report.message).toMatch(text)
  }
  const cluster = expected.cluster === null ? undefined : clusterNamed(context, expected.cluster).id
  expect(report.cluster).toBe(cluster)
}

/**
 * Runs a rule over valid cases (no findings) and invalid ones (exactly the findings
 * listed, each where it must point), as ESLint's RuleTester does: a rule whose finding
 * moves to another line, or whose identity changes, fails its own test.
 */
export function testRule(
  rule: Rule,
  cases: { readonly valid: readonly ValidCase[]; readonly invalid: readonly InvalidCase[] },
): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expect(rule.check(c.context)).toEqual([])
      })
    })
    describe('invalid', () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expect(c.findings.length, 'an invalid case lists at least one finding').toBeGreaterThan(0)
        const reports = rule.check(c.context)
        expect(
          reports.map((r) => `${r.subject} @ ${r.at.file}:${r.at.line}`),
          'the rule reports exactly the findings listed',
        ).toHaveLength(c.findings.length)
        reports.forEach((report, index) => expectMatches(report, c.findings[index]!, c.context))
      })
    })
  })
}
