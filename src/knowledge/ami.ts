import { parseKubeVersion, type KubeVersion } from '../model/version.js'

// Where EKS AMI names and SSM parameter paths carry the Kubernetes minor
// (shared/data eks_versions.json "formats" and "ssm_parameters"):
//   /aws/service/eks/optimized-ami/1.30/amazon-linux-2023/x86_64/standard/recommended/image_id
//   /aws/service/bottlerocket/aws-k8s-1.30/x86_64/latest/image_id
//   /aws/service/ami-windows-latest/Windows_Server-2022-English-Core-EKS_Optimized-1.30/image_id
//   /aws/service/canonical/ubuntu/eks/22.04/1.30/stable/current/amd64/hvm/ebs-gp3/ami-id
//   amazon-eks-node-1.30-v20240514, amazon-eks-node-al2023-x86_64-standard-1.30-v*
//   amazon-eks-gpu-node-1.29-*, amazon-eks-arm64-node-1.29-*, bottlerocket-aws-k8s-1.30-x86_64-*
const PATTERNS: readonly RegExp[] = [
  /optimized-ami\/(\d+\.\d+)\//,
  /aws-k8s-(\d+\.\d+)(?:[-/]|$)/,
  /EKS_Optimized-(\d+\.\d+)(?:\/|-|$)/,
  /canonical\/ubuntu\/eks(?:-pro)?\/\d+\.\d+\/(\d+\.\d+)\//,
  /ubuntu-eks(?:-pro)?\/k8s_(\d+\.\d+)\//,
  /amazon-eks-(?:gpu-|arm64-)?node-(\d+\.\d+)-/,
  /amazon-eks-node-al2023-[a-z0-9_]+-[a-z]+-(?:\d+-)?(\d+\.\d+)-/,
]

/** The Kubernetes minor an AMI name (filter) or SSM parameter path names, if any. */
export function kubeVersionFromAmiHint(text: string): KubeVersion | null {
  for (const pattern of PATTERNS) {
    const match = pattern.exec(text)
    if (match) return parseKubeVersion(match[1]!)
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
