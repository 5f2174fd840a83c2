import { versionInfo, type Knowledge } from './index.js'
import { parseKubeVersion, type KubeVersion } from '../model/version.js'

// Where EKS AMI names and SSM parameter paths carry the Kubernetes minor
// (shared/data eks_versions.json "formats" and "ssm_parameters"):
//   /aws/service/eks/optimized-ami/1.30/amazon-linux-2023/x86_64/standard/recommended/image_id
//   /aws/service/bottlerocket/aws-k8s-1.30/x86_64/latest/image_id
//   /aws/service/ami-windows-latest/Windows_Server-2022-English-Core-EKS_Optimized-1.30/image_id
//   /aws/service/canonical/ubuntu/eks/22.04/1.30/stable/current/amd64/hvm/ebs-gp3/ami-id
//   amazon-eks-node-1.30-v20240514, amazon-eks-node-al2023-x86_64-standard-1.30-v*
//   amazon-eks-gpu-node-1.29-*, amazon-eks-arm64-node-1.29-*, bottlerocket-aws-k8s-1.30-x86_64-*
const MINOR = String.raw`(\d+\.\d+|\{control-plane\})`
const PATTERNS: readonly RegExp[] = [
  String.raw`optimized-ami\/${MINOR}\/`,
  String.raw`aws-k8s-${MINOR}(?:[-/]|$)`,
  String.raw`EKS_Optimized-${MINOR}(?:\/|-|$)`,
  String.raw`canonical\/ubuntu\/eks(?:-pro)?\/\d+\.\d+\/${MINOR}\/`,
  String.raw`ubuntu-eks(?:-pro)?\/k8s_${MINOR}\/`,
  String.raw`amazon-eks-(?:gpu-|arm64-)?node-${MINOR}-`,
  String.raw`amazon-eks-node-al2023-[a-z0-9_]+-[a-z]+-(?:\d+-)?${MINOR}-`,
].map((source) => new RegExp(source))

/**
 * Stands in an AMI name or SSM path for a minor that is the cluster's own
 * (`amazon-eks-node-${aws_eks_cluster.this.version}-v*`): known to follow it.
 */
export const CONTROL_PLANE_MINOR = '{control-plane}'

/** The Kubernetes minor an AMI name (filter) or SSM parameter path names, if any. */
export function kubeVersionFromAmiHint(text: string): KubeVersion | 'control-plane' | null {
  for (const pattern of PATTERNS) {
    const match = pattern.exec(text)
    if (match)
      return match[1] === CONTROL_PLANE_MINOR ? 'control-plane' : parseKubeVersion(match[1]!)
  }
  return null
}

// `1.29.3-20240531` (AL2, AL2023) or Windows `1.31-2024.11.12`. Bottlerocket's
// `1.20.0-fcf71a47` is an OS release and must never match.
const LINUX_RELEASE = /^(\d+\.\d+)\.\d+-\d{8}$/
const WINDOWS_RELEASE = /^(\d+\.\d+)-\d{4}\.\d{2}\.\d{2}$/

/** The Kubernetes minor of an EKS AMI release version, or null when the family's releases do not carry one. */
export function kubeVersionFromRelease(
  release: string,
  family: 'linux' | 'windows' | 'bottlerocket' | 'unknown',
): KubeVersion | null {
  if (family === 'bottlerocket') return null
  const match =
    (family === 'windows' ? WINDOWS_RELEASE : LINUX_RELEASE).exec(release) ??
    (family === 'unknown' ? WINDOWS_RELEASE.exec(release) : null)
  return match ? parseKubeVersion(match[1]!) : null
}

/** The release-version family of an EKS managed node group AMI type or eksctl amiFamily. */
export function releaseFamily(
  amiTypeOrFamily: string | null,
): 'linux' | 'windows' | 'bottlerocket' | 'unknown' {
  if (amiTypeOrFamily === null) return 'unknown'
  const value = amiTypeOrFamily.toLowerCase()
  if (value.startsWith('bottlerocket')) return 'bottlerocket'
  if (value.startsWith('windows')) return 'windows'
  if (value.startsWith('al2') || value.startsWith('amazonlinux')) return 'linux'
  return 'unknown'
}

/** Amazon Linux 2 in a managed node group AMI type, eksctl or Karpenter amiFamily spelling. */
export function isAmazonLinux2(typeOrFamily: string): boolean {
  return /^(AL2_|AmazonLinux2$|AL2$)/i.test(typeOrFamily.trim())
}

export type AmiSupport =
  | { readonly status: 'ok' }
  /** The last Kubernetes minor the family is built for: works, but the next upgrade needs a new family. */
  | { readonly status: 'last'; readonly reason: string }
  | { readonly status: 'unsupported'; readonly reason: string }
  | { readonly status: 'unknown' }

function minor(text: string): KubeVersion {
  return parseKubeVersion(text)!
}

function cmp(a: KubeVersion, b: KubeVersion): number {
  return a.major !== b.major ? a.major - b.major : a.minor - b.minor
}

const fmt = (v: KubeVersion) => `${v.major}.${v.minor}`

/**
 * Whether EKS publishes AMIs of a managed node group AMI type (AL2_x86_64…)
 * or eksctl amiFamily (AmazonLinux2…) for a Kubernetes version. AL2 stops at
 * 1.32 (end of life; cgroup v1, which the 1.35+ kubelet refuses by default);
 * Ubuntu and Windows releases have their own ranges (eksctl).
 */
export function amiFamilySupport(
  knowledge: Knowledge,
  typeOrFamily: string,
  v: KubeVersion,
): AmiSupport {
  const name = typeOrFamily.trim()
  const info = versionInfo(knowledge, v)
  // Managed node group AMI types, eksctl amiFamily and Karpenter amiFamily spellings.
  if (isAmazonLinux2(name)) {
    const last = knowledge.al2LastMinor
    if (cmp(v, last) > 0) {
      return {
        status: 'unsupported',
        reason: `Amazon Linux 2 AMIs are not built for Kubernetes ${fmt(v)}: ${fmt(last)} is the last (AL2 reached end of life, and its cgroup v1 is refused by the 1.35+ kubelet)`,
      }
    }
    if (cmp(v, last) === 0)
      return {
        status: 'last',
        reason: `Kubernetes ${fmt(v)} is the last version with Amazon Linux 2 AMIs`,
      }
    return { status: 'ok' }
  }
  const windows = /^(?:WINDOWS_(?:CORE|FULL)_|WindowsServer|Windows)(\d{4})/i.exec(name)?.[1]
  if (windows) {
    const range = knowledge.familyRanges.find((r) => r.family === `WindowsServer${windows}`)
    if (range && cmp(v, minor(range.min)) < 0)
      return {
        status: 'unsupported',
        reason: `Windows Server ${windows} EKS AMIs start at Kubernetes ${range.min}`,
      }
    if (!info?.amis?.windows) return { status: 'unknown' }
    return info.amis.windows.includes(windows)
      ? { status: 'ok' }
      : {
          status: 'unsupported',
          reason: `no Windows Server ${windows} EKS AMI is published for Kubernetes ${fmt(v)}`,
        }
  }
  const range = knowledge.familyRanges.find((r) => r.family.toLowerCase() === name.toLowerCase())
  if (range) {
    if (cmp(v, minor(range.min)) < 0)
      return {
        status: 'unsupported',
        reason: `${range.family} EKS images start at Kubernetes ${range.min}`,
      }
    if (range.max && cmp(v, minor(range.max)) > 0)
      return {
        status: 'unsupported',
        reason: `${range.family} EKS images end at Kubernetes ${range.max}`,
      }
    return { status: 'ok' }
  }
  if (/^(AL2023_|AmazonLinux2023$|AL2023$)/i.test(name))
    return info?.amis?.al2023 === undefined
      ? { status: 'unknown' }
      : info.amis.al2023
        ? { status: 'ok' }
        : { status: 'unsupported', reason: `no AL2023 EKS AMI for ${fmt(v)}` }
  if (/^bottlerocket/i.test(name))
    return info?.amis?.bottlerocket === undefined
      ? { status: 'unknown' }
      : info.amis.bottlerocket
        ? { status: 'ok' }
        : { status: 'unsupported', reason: `no Bottlerocket aws-k8s-${fmt(v)} variant` }
  return { status: 'unknown' }
}

// The AMI family an EKS AMI name (filter) or SSM path names, in eksctl's spelling.
const FAMILY_HINTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/amazon-linux-2023|amazon-eks-node-al2023-/, 'AmazonLinux2023'],
  [/amazon-linux-2(?:-gpu|-arm64)?\/|amazon-eks-(?:gpu-|arm64-)?node-(?:\d|\{)/, 'AmazonLinux2'],
  [/bottlerocket/i, 'Bottlerocket'],
  [/Windows_Server-(\d{4})/, 'WindowsServer$1'],
  [/ubuntu/i, 'Ubuntu'],
]

/** The AMI family an AMI name (filter) or SSM parameter path names, if it names one. */
export function amiFamilyFromHint(text: string): string | null {
  for (const [pattern, family] of FAMILY_HINTS) {
    const match = pattern.exec(text)
    if (match) return family.replace('$1', match[1] ?? '')
  }
  return null
}
