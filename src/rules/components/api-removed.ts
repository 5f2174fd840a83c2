import { compareKubeVersions, formatKubeVersion, parseKubeVersion } from '../../model/version.js'
import { entryFor, replacementText, usages } from './api-helpers.js'
import { defineRule } from '../types.js'

/** Manifests and Helm templates using an apiVersion the cluster's version no longer serves. */
export const apiRemoved = defineRule({
  meta: {
    id: 'api-removed',
    family: 'components',
    severity: 'error',
    title: 'A manifest or Helm template uses an API the cluster version no longer serves',
  },
  check(context) {
    return usages(context).flatMap(({ cluster, api }) => {
      const version = cluster.version.value
      const entry = entryFor(context.knowledge.removedApis, api.apiVersion, api.kind)
      const removedIn = entry?.removedIn ? parseKubeVersion(entry.removedIn) : null
      if (!version || !entry || !removedIn || compareKubeVersions(version, removedIn) < 0) return []
      return [
        {
          message: `${api.kind}${api.name ? ` ${api.name}` : ''} uses ${api.apiVersion}, which Kubernetes ${entry.removedIn} removed; cluster ${cluster.name} is at ${formatKubeVersion(version)}: ${replacementText(entry)}.`,
          at: api.at,
          cluster: cluster.id,
          subject: `api:${api.at.file}:${api.kind}:${api.name ?? ''}:${api.apiVersion}`,
        },
      ]
    })
  },
})
