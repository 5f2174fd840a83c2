import type { RemovedApi } from '../../knowledge/index.js'
import { type RuleContext } from '../types.js'

export function usages(context: RuleContext) {
  return context.clusters.flatMap(({ head }) =>
    (head.apis ?? []).map((api) => ({ cluster: head, api })),
  )
}

export function entryFor(
  removed: readonly RemovedApi[],
  apiVersion: string,
  kind: string,
): RemovedApi | undefined {
  return removed.find((entry) => entry.apiVersion === apiVersion && entry.kinds.includes(kind))
}

export function replacementText(entry: RemovedApi): string {
  if (entry.replacement) return `use ${entry.replacement} instead`
  return entry.notes ? entry.notes.replace(/\.$/, '') : 'it has no replacement'
}
