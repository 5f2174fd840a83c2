/** An add-on or image version: `v1.19.2-eksbuild.1`, eksctl's bare `1.19.2`, `v1.29.0-minimal-eksbuild.1`. */
export interface AddonVersion {
  readonly major: number
  readonly minor: number
  readonly patch: number
  readonly suffix: string
  readonly raw: string
}

const ADDON_VERSION = /^v?(\d+)\.(\d+)(?:\.(\d+))?([-+].*)?$/

export function parseAddonVersion(text: string): AddonVersion | null {
  const match = ADDON_VERSION.exec(text.trim())
  if (!match) return null
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3] ?? 0),
    suffix: match[4] ?? '',
    raw: text.trim(),
  }
}

/** Orders by major, minor, patch; suffixes (eksbuild numbers) are not compared. */
export function compareAddonVersions(a: AddonVersion, b: AddonVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch
}

export function formatMinor(version: AddonVersion): string {
  return `${version.major}.${version.minor}`
}
