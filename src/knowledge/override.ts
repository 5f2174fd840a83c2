import type { ErrorObject } from 'ajv'
import { parse } from 'yaml'
import { configValidators } from '../config/validators.js'
import { compareKubeVersions, formatKubeVersion, parseKubeVersion } from '../model/version.js'
import { addonCompatibilityFrom, isDescribeAddonVersions } from './addon-versions.js'
import { clusterVersionFacts, isDescribeClusterVersions } from './cluster-versions.js'
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
 * Merges a knowledge file over the data. It is one of: the raw output of
 * `aws eks describe-cluster-versions` or `aws eks describe-addon-versions`
 * (`--output json`), or a file of schema/knowledge.schema.json — the format of
 * the embedded data itself — that adds or corrects versions, add-on, AMI and
 * runtime facts, upgrade notes, removed APIs and Karpenter releases.
 */
export function mergeKnowledgeFile(knowledge: Knowledge, file: string, text: string): Knowledge {
  let data: unknown
  try {
    data = parse(text, { maxAliasCount: 50 })
  } catch (error) {
    throw new KnowledgeFileError(
      `knowledge file ${file} is not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`,
    )
  }
  if (isDescribeAddonVersions(data))
    return mergeFacts(
      knowledge,
      { addonCompatibility: addonCompatibilityFrom(data) },
      `${file} (add-on versions)`,
    )
  if (isDescribeClusterVersions(data))
    return mergeFacts(knowledge, clusterVersionFacts(data, file), `${file} (cluster versions)`)
  const check = configValidators().knowledge
  if (!check(data)) throw new KnowledgeFileError(describe(file, check.errors?.[0], data))
  return mergeFacts(knowledge, data as KnowledgeFacts, file)
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

/** The schema's first complaint, named by its place in the file (versions[0].lifecycle.eksRelease). */
function describe(file: string, error: ErrorObject | undefined, data: unknown): string {
  const where = `knowledge file ${file}`
  if (!error) return `${where} is not valid`
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return `${where} must be a mapping with "versions:" (schema/knowledge.schema.json), or the output of "aws eks describe-cluster-versions" or "aws eks describe-addon-versions" (--output json)`
  const steps = error.instancePath.split('/').slice(1)
  const place = steps
    .map((step) =>
      /^\d+$/.test(step) ? `[${step}]` : `.${step.replace(/~1/g, '/').replace(/~0/g, '~')}`,
    )
    .join('')
    .replace(/^\./, '')
  const value = steps.reduce<unknown>(
    (node, step) => (node as Record<string, unknown> | undefined)?.[step],
    data,
  )
  const at = place ? `${where}, ${place}` : where
  const got = ` (got ${JSON.stringify(value)?.slice(0, 80) ?? 'nothing'})`
  switch (error.keyword) {
    case 'additionalProperties':
      return `${at}: unknown key "${String(error.params.additionalProperty)}" (see schema/knowledge.schema.json)`
    case 'required':
      return `${at}: ${String(error.params.missingProperty)} is required`
    case 'format':
      return `${at} must be a date like 2027-12-01${got}`
    case 'pattern':
    case 'type':
      if (
        typeof value === 'number' &&
        /(^|\.)(version|minKubernetes|maxKubernetes|deprecatedIn|removedIn)$/.test(place)
      )
        return `${at}: quote the version ("${value}" reads as a number; write "1.30", not 1.30)`
      return `${at} ${error.message ?? 'is not valid'}${got}`
    case 'enum':
      return `${at} must be one of ${(error.params.allowedValues as unknown[]).join(', ')}${got}`
    default:
      return `${at} ${error.message ?? 'is not valid'}${got}`
  }
}
