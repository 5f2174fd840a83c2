import type { RemovedApi } from '../knowledge/index.js'
import { compareKubeVersions, formatKubeVersion, parseKubeVersion } from '../model/version.js'
import { docsUrl, type Rule, type RuleContext } from './types.js'

function usages(context: RuleContext) {
  return context.clusters.flatMap(({ head }) =>
    (head.apis ?? []).map((api) => ({ cluster: head, api })),
  )
}

function entryFor(
  removed: readonly RemovedApi[],
  apiVersion: string,
  kind: string,
): RemovedApi | undefined {
  return removed.find((entry) => entry.apiVersion === apiVersion && entry.kinds.includes(kind))
}

function replacementText(entry: RemovedApi): string {
  if (entry.replacement) return `use ${entry.replacement} instead`
  return entry.notes ? entry.notes.replace(/\.$/, '') : 'it has no replacement'
}

/** Manifests and Helm templates using an apiVersion the cluster's version no longer serves. */
export const apiRemoved: Rule = {
  meta: {
    id: 'api-removed',
    family: 'components',
    severity: 'error',
    title: 'A manifest or Helm template uses an API the cluster version no longer serves',
    docs: docsUrl('api-removed'),
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
}

/** Manifests using an apiVersion that is deprecated (still served) at the cluster's version. */
export const apiDeprecated: Rule = {
  meta: {
    id: 'api-deprecated',
    family: 'components',
    severity: 'warning',
    title: 'A manifest or Helm template uses an API deprecated at the cluster version',
    docs: docsUrl('api-deprecated'),
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
}
