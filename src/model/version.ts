/**
 * A Kubernetes minor version. Always parsed from text: eksctl's unquoted
 * `version: 1.30` is the YAML float 1.3, so callers must hand us the raw
 * scalar source, never a number.
 */
export interface KubeVersion {
  readonly major: number
  readonly minor: number
}

// Accepts what people write for a Kubernetes version: 1.30, "v1.30", 1.30.2,
// and release strings that start with one (1.29.3-20240531, v1.30.0-eks-abc).
const KUBE_VERSION = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+][0-9A-Za-z.-]*)?$/

export function parseKubeVersion(text: string): KubeVersion | null {
  const match = KUBE_VERSION.exec(text.trim())
  if (!match) return null
  const major = Number(match[1])
  const minor = Number(match[2])
  if (!Number.isSafeInteger(major) || !Number.isSafeInteger(minor)) return null
  return { major, minor }
}

export function formatKubeVersion(version: KubeVersion): string {
  return `${version.major}.${version.minor}`
}

/** Negative when a < b, 0 when equal, positive when a > b. */
export function compareKubeVersions(a: KubeVersion, b: KubeVersion): number {
  return a.major !== b.major ? a.major - b.major : a.minor - b.minor
}

/**
 * How many minors `to` is ahead of `from` (negative when behind). Only
 * meaningful within one major, which is all Kubernetes has ever had; across
 * majors we return ±Infinity so every skew check fails loudly.
 */
export function minorDistance(from: KubeVersion, to: KubeVersion): number {
  if (from.major !== to.major) return to.major > from.major ? Infinity : -Infinity
  return to.minor - from.minor
}

export function addMinors(version: KubeVersion, minors: number): KubeVersion {
  return { major: version.major, minor: version.minor + minors }
}
