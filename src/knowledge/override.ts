import { compareKubeVersions, formatKubeVersion, parseKubeVersion } from '../model/version.js'
import {
  versionInfo,
  type AddonCompatibility,
  type AmiReleaseFacts,
  type EksVersionInfo,
  type Knowledge,
  type Lifecycle,
  type RemovedApi,
  type RemovedKubeletFlag,
  type SourceEntry,
  type UpgradeNote,
} from './index.js'

/** A knowledge file that cannot be used: the run stops with exit code 2 and this message. */
export class KnowledgeFileError extends Error {
  override name = 'KnowledgeFileError'
}

type Group<T> = Partial<Omit<T, 'sources'>> & { sources?: string[] }

/** One entry of a knowledge file's `versions:` (schema/knowledge.schema.json). */
export interface VersionFacts {
  version: string
  eksRelease?: string
  endOfStandardSupport?: string
  endOfExtendedSupport?: string
  lifecycle?: Group<Lifecycle>
  addons?: {
    [K in keyof EksVersionInfo['addons']]?: Group<NonNullable<EksVersionInfo['addons'][K]>>
  }
  amis?: Group<NonNullable<EksVersionInfo['amis']>>
  runtime?: Group<NonNullable<EksVersionInfo['runtime']>>
  upgradeNotes?: Array<Omit<UpgradeNote, 'sources'> & { sources?: string[] }>
}

/** A knowledge file, after its schema accepted it. */
export interface KnowledgeFacts {
  sources?: Record<string, SourceEntry>
  versions?: VersionFacts[]
  removedApis?: Array<
    Omit<RemovedApi, 'sources' | 'deprecatedIn' | 'replacement' | 'notes'> & {
      deprecatedIn?: string | null
      replacement?: string | null
      notes?: string | null
      sources?: string[]
    }
  >
  karpenter?: { matrix?: Knowledge['karpenter']['matrix'][number][]; sources?: string[] }
  amiReleases?: Record<string, AmiReleaseFacts>
  removedKubeletFlags?: Array<Omit<RemovedKubeletFlag, 'sources'> & { sources?: string[] }>
  addonCompatibility?: AddonCompatibility
}

/**
 * Facts over knowledge. A version the data does not know gets exactly the facts
 * given (its calendar dates are required); a known version keeps what the
 * facts leave out. Facts without sources are attributed to `origin`.
 */
export function mergeFacts(knowledge: Knowledge, facts: KnowledgeFacts, origin: string): Knowledge {
  const cite = (sources: string[] | undefined) => (sources?.length ? sources : [origin])
  let versions = [...knowledge.versions]
  ;(facts.versions ?? []).forEach((entry, index) => {
    const where = `${origin}, versions[${index}]`
    const version = parseKubeVersion(entry.version)
    if (!version) throw new KnowledgeFileError(`${where}: version must be like "1.37"`)
    const existing = versionInfo({ ...knowledge, versions }, version)
    const lifecycle = {
      upstreamRelease: '',
      ...existing?.lifecycle,
      ...defined({
        eksRelease: entry.eksRelease,
        endOfStandardSupport: entry.endOfStandardSupport,
        endOfExtendedSupport: entry.endOfExtendedSupport,
      }),
      ...entry.lifecycle,
      verification: entry.lifecycle?.verification ?? 'override',
      sources: cite(entry.lifecycle?.sources),
    } as Lifecycle
    for (const key of ['eksRelease', 'endOfStandardSupport', 'endOfExtendedSupport'] as const) {
      if (!lifecycle[key])
        throw new KnowledgeFileError(
          `${where}: ${key} is required for a version the data does not know (${formatKubeVersion(version)})`,
        )
    }
    const group = <T extends { sources: readonly string[] }>(
      current: T | undefined,
      given: Group<T> | undefined,
    ): T | undefined =>
      given ? ({ ...current, ...given, sources: cite(given.sources) } as unknown as T) : current
    const addons = entry.addons ?? {}
    const info: EksVersionInfo = {
      version,
      lifecycle,
      addons: defined({
        kubeProxy: group(existing?.addons.kubeProxy, addons.kubeProxy),
        coredns: group(existing?.addons.coredns, addons.coredns),
        vpcCni: group(existing?.addons.vpcCni, addons.vpcCni),
      }),
      ...defined({
        amis: group(existing?.amis, entry.amis),
        runtime: group(existing?.runtime, entry.runtime),
      }),
      upgradeNotes: [
        ...(existing?.upgradeNotes ?? []).filter(
          (note) => !entry.upgradeNotes?.some((given) => given.text === note.text),
        ),
        ...(entry.upgradeNotes ?? []).map((note) => ({ ...note, sources: cite(note.sources) })),
      ],
    }
    versions = [...versions.filter((v) => v !== existing), info].sort((a, b) =>
      compareKubeVersions(a.version, b.version),
    )
  })
  const apiKey = (api: { apiVersion: string; kinds: readonly string[] }) =>
    `${api.apiVersion} ${[...api.kinds].sort().join(',')}`
  const removedApis = (facts.removedApis ?? []).map((api): RemovedApi => ({
    deprecatedIn: null,
    replacement: null,
    notes: null,
    ...api,
    sources: cite(api.sources),
  }))
  const matrix = facts.karpenter?.matrix ?? []
  return {
    ...knowledge,
    versions,
    removedApis: [
      ...knowledge.removedApis.filter((api) => !removedApis.some((r) => apiKey(r) === apiKey(api))),
      ...removedApis,
    ],
    karpenter: matrix.length
      ? {
          matrix: [
            ...knowledge.karpenter.matrix.filter(
              (r) => !matrix.some((m) => m.release === r.release),
            ),
            ...matrix,
          ].sort((a, b) => compareRelease(a.release, b.release)),
          sources: [...knowledge.karpenter.sources, ...cite(facts.karpenter?.sources)],
        }
      : knowledge.karpenter,
    amiReleases: { ...knowledge.amiReleases, ...facts.amiReleases },
    removedKubeletFlags: [
      ...knowledge.removedKubeletFlags.filter(
        (old) => !facts.removedKubeletFlags?.some((flag) => flag.flag === old.flag),
      ),
      ...(facts.removedKubeletFlags ?? []).map((flag) => ({
        ...flag,
        sources: cite(flag.sources),
      })),
    ],
    addonCompatibility: mergeCompatibility(
      knowledge.addonCompatibility,
      facts.addonCompatibility ?? {},
    ),
    sources: { ...knowledge.sources, ...facts.sources },
    overrides: [...knowledge.overrides, origin],
  }
}

function mergeCompatibility(
  current: AddonCompatibility,
  given: AddonCompatibility,
): AddonCompatibility {
  const merged: Record<string, AddonCompatibility[string]> = { ...current }
  for (const [addon, byMinor] of Object.entries(given))
    merged[addon] = { ...current[addon], ...byMinor }
  return merged
}

function compareRelease(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d) return d
  }
  return 0
}

function defined<T extends Record<string, unknown>>(
  values: T,
): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: NonNullable<T[K]>
  }
}
