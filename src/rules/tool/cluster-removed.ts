import { NOWHERE } from '../../model/source.js'
import { formatKubeVersion } from '../../model/version.js'
import { defineRule } from '../types.js'
import { hiddenOnHead } from './cluster-unreadable.js'

/**
 * A cluster the base declares and the head does not: deleted on purpose, or moved
 * where the gate does not look (a skipped directory, another extension). Either
 * way the reviewer should see it; an unreadable file is cluster-unreadable's.
 */
export const clusterRemoved = defineRule({
  meta: {
    id: 'cluster-removed',
    family: 'tool',
    severity: 'warning',
    title: 'A cluster the base declares is gone from the head',
  },
  check({ removed = [], inventory }) {
    return removed
      .filter((cluster) => !hiddenOnHead(inventory, cluster.source.file))
      .map((cluster) => ({
        message: `Cluster ${cluster.name}${cluster.version.value ? ` (${formatKubeVersion(cluster.version.value)})` : ''}, declared on the base at ${cluster.source.file}:${cluster.source.line}, is not in the head. If the change deletes it, this is expected; if its configuration moved where the gate does not read (a skipped or hidden directory, a renamed file), it is no longer checked: add an include glob.`,
        at: NOWHERE,
        subject: `removed:${cluster.id}`,
      }))
  },
})
