import type { Inventory } from '../../model/inventory.js'
import { sourceRef, type SourceRef } from '../../model/source.js'
import { defineRule } from '../types.js'

/**
 * Why the head does not show what `file` (a base path) declares, when it is not a
 * deletion: the file cannot be read, or it is kept where the gate does not read it.
 */
export function hiddenOnHead(
  inventory: Inventory,
  file: string,
): { at: SourceRef; why: string } | undefined {
  const problem = inventory.problems.find((p) => p.at.file === file)
  if (problem)
    return { at: problem.at, why: `which the gate cannot read on the head (${problem.message})` }
  const unread = inventory.unread?.find((entry) => entry.file === file)
  if (!unread) return undefined
  return {
    at: sourceRef(unread.now, 1, 1),
    why:
      unread.now === file
        ? `which the head's configuration no longer reads (${unread.reason})`
        : `which this change moved to ${unread.now}, where the gate does not read it (${unread.reason})`,
  }
}

/**
 * The file that declared a cluster on the base is kept from the gate on the head:
 * padded past the size cap, made binary, broken, renamed to `main.tf.orig`, moved
 * into a hidden directory or excluded. Whatever it now says went unchecked, so the
 * change must not pass on that.
 */
export const clusterUnreadable = defineRule({
  meta: {
    id: 'cluster-unreadable',
    family: 'tool',
    severity: 'error',
    title: 'The file that declared a cluster on the base is not read on the head',
  },
  check({ removed = [], inventory }) {
    return removed.flatMap((cluster) => {
      const hidden = hiddenOnHead(inventory, cluster.source.file)
      return hidden
        ? [
            {
              message: `Cluster ${cluster.name} was declared in ${cluster.source.file} on the base, ${hidden.why}; what it now declares is unchecked. If the cluster still exists, keep its configuration where the gate reads it (a .tf, .yaml or .json name; include or hidden-directories in the configuration); if it is gone, delete the file.`,
              at: hidden.at,
              subject: `unreadable:${cluster.id}`,
            },
          ]
        : []
    })
  },
})
