import type { KnowledgeFacts } from './override.js'

/** One row of `aws eks describe-cluster-versions` (CLI JSON: dates as text; SDK: Date objects). */
export interface ClusterVersionRow {
  readonly clusterVersion?: string
  readonly releaseDate?: string | Date
  readonly endOfStandardSupportDate?: string | Date
  readonly endOfExtendedSupportDate?: string | Date
  readonly status?: string
  readonly versionStatus?: string
  readonly kubernetesPatchVersion?: string
}

export function isDescribeClusterVersions(
  value: unknown,
): value is { clusterVersions: ClusterVersionRow[] } {
  const rows = (value as { clusterVersions?: unknown } | null)?.clusterVersions
  return (
    Array.isArray(rows) &&
    rows.every(
      (row) =>
        typeof row === 'object' &&
        row !== null &&
        typeof (row as ClusterVersionRow).clusterVersion === 'string',
    )
  )
}

/**
 * The support calendar as the EKS API states it, as knowledge facts. The API's
 * instants (`2024-09-25T17:00:00-07:00`) are the AWS calendar's days in UTC
 * (2024-09-26). A row without all three dates says nothing about its calendar.
 */
export function clusterVersionFacts(
  data: { clusterVersions: readonly ClusterVersionRow[] },
  source: string,
): KnowledgeFacts {
  const versions = data.clusterVersions.flatMap((row) => {
    const eksRelease = day(row.releaseDate)
    const endOfStandardSupport = day(row.endOfStandardSupportDate)
    const endOfExtendedSupport = day(row.endOfExtendedSupportDate)
    const minor = /^1\.\d+$/.exec(row.clusterVersion ?? '')?.[0]
    if (!minor || !eksRelease || !endOfStandardSupport || !endOfExtendedSupport) return []
    return [
      {
        version: minor,
        lifecycle: {
          eksRelease,
          endOfStandardSupport,
          endOfExtendedSupport,
          verification: 'eks-api',
          sources: [source],
        },
      },
    ]
  })
  return { versions }
}

function day(value: string | Date | undefined): string | undefined {
  if (value === undefined) return undefined
  const time = value instanceof Date ? value.getTime() : Date.parse(value)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10)
}
