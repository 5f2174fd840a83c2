import type { Inventory, ReadProblem } from '../../model/inventory.js'
import { defineRule } from '../types.js'

/** The head's problem reading `file`, if it could not read it. */
export function unreadableProblem(inventory: Inventory, file: string): ReadProblem | undefined {
  return inventory.problems.find((problem) => problem.at.file === file)
}

/**
 * The file that declared a cluster on the base cannot be read on the head (padded
 * past the size cap, made binary, broken): whatever it now says went unchecked, so
 * the change must not pass on that.
 */
export const clusterUnreadable = defineRule({
  meta: {
    id: 'cluster-unreadable',
    family: 'tool',
    severity: 'error',
    title: 'The file that declared a cluster on the base cannot be read on the head',
  },
  check({ removed = [], inventory }) {
    return removed.flatMap((cluster) => {
      const problem = unreadableProblem(inventory, cluster.source.file)
      return problem
        ? [
            {
              message: `Cluster ${cluster.name} was declared in ${cluster.source.file} on the base, which the gate cannot read on the head (${problem.message}); what it now declares is unchecked. Fix the file so the gate can read it.`,
              at: problem.at,
              subject: `unreadable:${cluster.id}`,
            },
          ]
        : []
    })
  },
})
