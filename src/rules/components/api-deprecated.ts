import { compareKubeVersions, parseKubeVersion } from '../../model/version.js'
import { entryFor, replacementText, usages } from './api-helpers.js'
import { defineRule } from '../types.js'

/** Manifests using an apiVersion that is deprecated (still served) at the cluster's version. */
export const apiDeprecated = defineRule({
  meta: {
    id: 'api-deprecated',
    family: 'components',
    severity: 'warning',
    title: 'A manifest or Helm template uses an API deprecated at the cluster version',
  },
  check(context) {
    return usages(context).flatMap(({ cluster, api }) => {
      const version = cluster.version.value
      const entry = entryFor(context.knowledge.removedApis, api.apiVersion, api.kind)
      const deprecatedIn = entry?.deprecatedIn ? parseKubeVersion(entry.deprecatedIn) : null
      const removedIn = entry?.removedIn ? parseKubeVersion(entry.removedIn) : null
      if (!version || !entry || !deprecatedIn || compareKubeVersions(version, deprecatedIn) < 0)
        return []
      if (removedIn && compareKubeVersions(version, removedIn) >= 0) return []
      const when = entry.removedIn
        ? `Kubernetes ${entry.removedIn} removes it`
        : 'a future version removes it'
      return [
        {
          message: `${api.kind}${api.name ? ` ${api.name}` : ''} uses ${api.apiVersion}, deprecated since ${entry.deprecatedIn}; ${when}: ${replacementText(entry)} before cluster ${cluster.name} gets there.`,
          at: api.at,
          cluster: cluster.id,
          subject: `api:${api.at.file}:${api.kind}:${api.name ?? ''}:${api.apiVersion}`,
        },
      ]
    })
  },
})
