import {
  compareKubeVersions,
  formatKubeVersion,
  parseKubeVersion,
  type KubeVersion,
} from '../model/version.js'
import eksData from './eks-data.json' with { type: 'json' }

export interface Lifecycle {
  readonly upstreamRelease?: string
  readonly eksRelease: string
  readonly endOfStandardSupport: string
  readonly endOfExtendedSupport: string
  /** `primary` when read from AWS documentation, `secondary` when quoted by others, `eks-api` from DescribeClusterVersions, `override` from a knowledge file (unless it says). */
  readonly verification: string
  readonly sources: readonly string[]
}

/**
 * What the data knows of each add-on at one minor. A group or field left out is
 * not known: a version added by a knowledge file gets exactly the facts it gives,
 * never another version's, and the rules and the plan say "not known" instead.
 */
export interface AddonFacts {
  readonly kubeProxy?: {
    readonly latestAddon?: string | null
    readonly selfManagedImage?: string | null
    readonly tagStyle?: 'plain' | 'minimal' | 'default-or-minimal'
    readonly sources: readonly string[]
  }
  readonly coredns?: {
    readonly defaultImage?: string | null
    readonly latestAddon?: string | null
    readonly minimum?: string
    readonly sources: readonly string[]
  }
  readonly vpcCni?: {
    readonly minimum?: string
    readonly latestAddon?: string | null
    /** The oldest release the VPC CNI maintainers recommend for this minor; null past their table. */
    readonly recommended?: string | null
    readonly sources: readonly string[]
  }
}

export interface AmiFacts {
  readonly al2?: boolean
  readonly al2023?: boolean
  readonly bottlerocket?: boolean
  readonly windows?: readonly string[]
  readonly al2023LatestRelease?: string | null
  readonly al2LastRelease?: string | null
  readonly defaultManagedNodeGroupAmi?: string
  readonly sources: readonly string[]
}

export interface RuntimeFacts {
  readonly dockershim?: boolean
  readonly containerdMinimum?: string | null
  readonly containerd2Required?: boolean
  readonly cgroupV1KubeletFails?: boolean
  readonly sources: readonly string[]
}

export interface UpgradeNote {
  readonly severity: 'blocking' | 'warning' | 'info'
  readonly text: string
  readonly sources: readonly string[]
}

export interface EksVersionInfo {
  readonly version: KubeVersion
  readonly lifecycle: Lifecycle
  readonly addons: AddonFacts
  readonly amis?: AmiFacts
  readonly runtime?: RuntimeFacts
  readonly upgradeNotes: readonly UpgradeNote[]
}

/** What one EKS-optimized AMI release ships, per OS (from the amazon-eks-ami changelog). */
export interface AmiReleaseFacts {
  readonly al2023?: { readonly containerd?: string; readonly kernel?: string }
  readonly al2?: { readonly containerd?: string; readonly kernel?: string }
}

export interface FamilyRange {
  readonly family: string
  readonly min: string
  readonly max: string | null
}

export interface SourceEntry {
  /** When the source said it; `dateIs` says whether that is a commit, publication, check or reading date. */
  readonly date?: string
  readonly dateIs?: 'commit' | 'published' | 'read' | 'checked'
  readonly repo?: string
  readonly path?: string
  readonly commit?: string
  readonly url?: string
  readonly note?: string
}

/** An apiVersion Kubernetes stops serving for some kinds (kubernetes/website deprecation guide, pluto). */
export interface RemovedApi {
  readonly apiVersion: string
  readonly kinds: readonly string[]
  readonly deprecatedIn: string | null
  readonly removedIn: string | null
  readonly replacement: string | null
  readonly notes: string | null
  readonly sources: readonly string[]
}

export interface RemovedKubeletFlag {
  readonly flag: string
  readonly removedIn: string
  /** The text that means the kubelet flag, where the bare name could mean something else. */
  readonly match?: string
  readonly sources: readonly string[]
}

/** Add-on versions EKS offers per cluster minor, from `aws eks describe-addon-versions`. */
export type AddonCompatibility = Readonly<
  Record<
    string,
    Readonly<Record<string, { readonly default?: string; readonly versions: readonly string[] }>>
  >
>

export interface Knowledge {
  /** When the embedded facts were compiled; shown in every report. */
  readonly dataDate: string
  /** Every EKS minor the dataset knows, oldest first. */
  readonly versions: readonly EksVersionInfo[]
  readonly al2LastMinor: KubeVersion
  /** Amazon Linux 2 EKS AMIs: no new releases (and no patches) since this date, and the final release. */
  readonly al2EndOfLife: { readonly noPatchesSince: string; readonly finalRelease: string }
  readonly familyRanges: readonly FamilyRange[]
  readonly karpenter: {
    /** Each Karpenter minor release and the Kubernetes minors it supports, oldest first. */
    readonly matrix: ReadonlyArray<{
      readonly release: string
      readonly minKubernetes: string
      readonly maxKubernetes: string
    }>
    readonly sources: readonly string[]
  }
  /** Where the VPC CNI maintainers' recommended-version table stops, and its source. */
  readonly vpcCniRecommended: { readonly through: string; readonly sources: readonly string[] }
  readonly eksctlDefaultVersion: KubeVersion
  readonly addonCompatibility: AddonCompatibility
  readonly removedApis: readonly RemovedApi[]
  /** kubelet flags Kubernetes removed: a kubelet given one does not start. */
  readonly removedKubeletFlags: readonly RemovedKubeletFlag[]
  /** EKS-optimized AMI releases by release version (`1.36.2-20260714`): what each ships. */
  readonly amiReleases: Readonly<Record<string, AmiReleaseFacts>>
  /** Knowledge files merged over the embedded data, for the report. */
  readonly overrides: readonly string[]
  readonly sources: Readonly<Record<string, SourceEntry>>
}

type RawVersion = Omit<EksVersionInfo, 'version'> & { version: string }

export interface RawDataset {
  dataDate: string
  policy: { eksctlDefaultVersion: string }
  families: {
    al2LastMinor: string
    al2NoPatchesSince: string
    al2FinalRelease: string
    ranges: FamilyRange[]
  }
  components: {
    karpenter: Knowledge['karpenter']
    vpcCniRecommended: Knowledge['vpcCniRecommended']
  }
  versions: RawVersion[]
  sources: Record<string, SourceEntry>
  addonCompatibility?: AddonCompatibility
  removedApis: RemovedApi[]
  amiReleases?: Record<string, AmiReleaseFacts>
  removedKubeletFlags?: RemovedKubeletFlag[]
}

function version(text: string, what: string): KubeVersion {
  const parsed = parseKubeVersion(text)
  if (!parsed) throw new Error(`knowledge data has an unreadable ${what} "${text}"`)
  return parsed
}

export function buildKnowledge(raw: RawDataset): Knowledge {
  const versions = raw.versions.map(
    (entry) => ({ ...entry, version: version(entry.version, 'version') }) as EksVersionInfo,
  )
  versions.sort((a, b) => compareKubeVersions(a.version, b.version))
  return {
    dataDate: raw.dataDate,
    versions,
    al2LastMinor: version(raw.families.al2LastMinor, 'AL2 last minor'),
    al2EndOfLife: {
      noPatchesSince: raw.families.al2NoPatchesSince,
      finalRelease: raw.families.al2FinalRelease,
    },
    familyRanges: raw.families.ranges,
    karpenter: raw.components.karpenter,
    vpcCniRecommended: raw.components.vpcCniRecommended,
    eksctlDefaultVersion: version(raw.policy.eksctlDefaultVersion, 'eksctl default'),
    addonCompatibility: raw.addonCompatibility ?? {},
    removedApis: raw.removedApis,
    amiReleases: raw.amiReleases ?? {},
    removedKubeletFlags: raw.removedKubeletFlags ?? [],
    overrides: [],
    sources: raw.sources,
  }
}

export const embeddedKnowledge: Knowledge = buildKnowledge(eksData as unknown as RawDataset)

export function versionInfo(knowledge: Knowledge, v: KubeVersion): EksVersionInfo | undefined {
  return knowledge.versions.find((info) => compareKubeVersions(info.version, v) === 0)
}

/**
 * The VPC CNI floor at \`v\`: the version's own, or else the one the nearest older
 * version states. A floor only rises (EKS's 1.12 before 1.26 holds for every later
 * minor), so carrying it forward can never pass what the version itself would fail;
 * \`from\` says which version stated it.
 */
export function vpcCniFloor(
  knowledge: Knowledge,
  v: KubeVersion,
): { readonly minimum: string; readonly from: KubeVersion } | undefined {
  for (let i = knowledge.versions.length - 1; i >= 0; i--) {
    const info = knowledge.versions[i]!
    const minimum = info.addons.vpcCni?.minimum
    if (compareKubeVersions(info.version, v) <= 0 && minimum) return { minimum, from: info.version }
  }
  return undefined
}

export function newestKnown(knowledge: Knowledge): KubeVersion {
  return knowledge.versions[knowledge.versions.length - 1]!.version
}

export function oldestKnown(knowledge: Knowledge): KubeVersion {
  return knowledge.versions[0]!.version
}

export function knownRange(knowledge: Knowledge): string {
  return `${formatKubeVersion(oldestKnown(knowledge))}–${formatKubeVersion(newestKnown(knowledge))}`
}

export type SupportPhase = 'standard' | 'extended' | 'ended' | 'unknown-newer' | 'unknown-older'

export interface SupportStatus {
  readonly phase: SupportPhase
  readonly info?: EksVersionInfo
  /** Days until the end of standard support (negative once past). */
  readonly daysToEndOfStandard?: number
}

/** Where a version stands on the EKS calendar on `today` (YYYY-MM-DD). */
export function supportStatus(knowledge: Knowledge, v: KubeVersion, today: string): SupportStatus {
  const info = versionInfo(knowledge, v)
  if (!info)
    return {
      phase: compareKubeVersions(v, newestKnown(knowledge)) > 0 ? 'unknown-newer' : 'unknown-older',
    }
  const daysToEndOfStandard = daysBetween(today, info.lifecycle.endOfStandardSupport)
  if (today >= info.lifecycle.endOfExtendedSupport)
    return { phase: 'ended', info, daysToEndOfStandard }
  if (today >= info.lifecycle.endOfStandardSupport)
    return { phase: 'extended', info, daysToEndOfStandard }
  return { phase: 'standard', info, daysToEndOfStandard }
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/** How a reader can extend the data without a release, for messages about unknown versions. */
export function wayOut(knowledge: Knowledge): string {
  return (
    `The embedded EKS data (as of ${knowledge.dataDate}) knows ${knownRange(knowledge)}: ` +
    'add newer versions with a knowledge-file (input, --knowledge-file or config), ' +
    '(the saved output of "aws eks describe-cluster-versions --output json" is one), or run with AWS credentials (aws-region), which reads the calendar from the EKS API.'
  )
}
