import eksData from './eks-data.json' with { type: 'json' }
import {
  compareKubeVersions,
  formatKubeVersion,
  parseKubeVersion,
  type KubeVersion,
} from '../model/version.js'

export interface Lifecycle {
  readonly upstreamRelease: string
  readonly eksRelease: string
  readonly endOfStandardSupport: string
  readonly endOfExtendedSupport: string
  /** `primary` when read from AWS documentation, `secondary` when quoted by third parties. */
  readonly verification: string
  readonly sources: readonly string[]
}

export interface EksVersionInfo {
  readonly version: KubeVersion
  readonly lifecycle: Lifecycle
}

export interface SourceEntry {
  readonly repo?: string
  readonly path?: string
  readonly commit?: string
  readonly url?: string
  readonly note?: string
}

export interface Knowledge {
  /** When the embedded facts were compiled; shown in every report. */
  readonly dataDate: string
  /** Every EKS minor the dataset knows, oldest first. */
  readonly versions: readonly EksVersionInfo[]
  readonly sources: Readonly<Record<string, SourceEntry>>
}

interface RawDataset {
  dataDate: string
  versions: Array<{ version: string; lifecycle: Lifecycle }>
  sources: Record<string, SourceEntry>
}

const embedded: RawDataset = eksData
export function buildKnowledge(raw: RawDataset): Knowledge {
  const versions = raw.versions.map((entry) => {
    const version = parseKubeVersion(entry.version)
    if (!version) throw new Error(`knowledge data has an unreadable version "${entry.version}"`)
    return { version, lifecycle: entry.lifecycle }
  })
  versions.sort((a, b) => compareKubeVersions(a.version, b.version))
  return { dataDate: raw.dataDate, versions, sources: raw.sources }
}

export const embeddedKnowledge: Knowledge = buildKnowledge(embedded)

export function versionInfo(
  knowledge: Knowledge,
  version: KubeVersion,
): EksVersionInfo | undefined {
  return knowledge.versions.find((info) => compareKubeVersions(info.version, version) === 0)
}

export function knownRange(knowledge: Knowledge): string {
  const first = knowledge.versions[0]
  const last = knowledge.versions[knowledge.versions.length - 1]
  return first && last
    ? `${formatKubeVersion(first.version)}–${formatKubeVersion(last.version)}`
    : 'none'
}
