import { parse } from 'yaml'
import { formatKubeVersion, parseKubeVersion } from '../model/version.js'
import { addonCompatibilityFrom, isDescribeAddonVersions } from './addon-versions.js'
import { newestKnown, versionInfo, type EksVersionInfo, type Knowledge } from './index.js'

/** A knowledge file that cannot be used: the run stops with exit code 2 and this message. */
export class KnowledgeFileError extends Error {
  override name = 'KnowledgeFileError'
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * Merges a knowledge file over the data: either the raw output of
 * `aws eks describe-addon-versions --output json` (add-on compatibility), or
 * `versions:` entries that add or correct EKS versions, e.g.
 *
 *   versions:
 *     - version: "1.37"
 *       eksRelease: 2026-10-01
 *       endOfStandardSupport: 2027-12-01
 *       endOfExtendedSupport: 2028-12-01
 *
 * A new version starts from the newest known one's facts (AMIs, add-on rules),
 * with Amazon Linux 2 off.
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
  if (isDescribeAddonVersions(data)) {
    const table = addonCompatibilityFrom(data)
    return {
      ...knowledge,
      addonCompatibility: { ...knowledge.addonCompatibility, ...table },
      overrides: [...knowledge.overrides, `${file} (add-on versions)`],
    }
  }
  const entries = (data as { versions?: unknown } | null)?.versions
  if (!Array.isArray(entries)) {
    throw new KnowledgeFileError(
      `knowledge file ${file} must have a "versions:" list, or be the output of "aws eks describe-addon-versions --output json"`,
    )
  }
  let versions = [...knowledge.versions]
  entries.forEach((raw, index) => {
    const where = `knowledge file ${file}, versions[${index}]`
    if (typeof raw !== 'object' || raw === null)
      throw new KnowledgeFileError(
        `${where} must be a mapping with version, eksRelease, endOfStandardSupport, endOfExtendedSupport`,
      )
    const entry = raw as Record<string, unknown>
    if (typeof entry.version === 'number')
      throw new KnowledgeFileError(
        `${where}: quote the version ("${entry.version}" reads as a number)`,
      )
    const version = parseKubeVersion(String(entry.version ?? ''))
    if (!version)
      throw new KnowledgeFileError(
        `${where}: version must be like "1.37" (got "${String(entry.version)}")`,
      )
    const date = (key: string): string | undefined => {
      const value = entry[key]
      if (value === undefined) return undefined
      const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value)
      if (!DATE.test(text))
        throw new KnowledgeFileError(
          `${where}: ${key} must be a date like 2027-12-01 (got "${text}")`,
        )
      return text
    }
    const existing = versionInfo({ ...knowledge, versions }, version)
    const template = existing ?? versionInfo(knowledge, newestKnown(knowledge))!
    const lifecycle = {
      ...(existing
        ? existing.lifecycle
        : {
            upstreamRelease: '',
            eksRelease: '',
            endOfStandardSupport: '',
            endOfExtendedSupport: '',
          }),
      ...pick({
        eksRelease: date('eksRelease'),
        endOfStandardSupport: date('endOfStandardSupport'),
        endOfExtendedSupport: date('endOfExtendedSupport'),
      }),
      verification: 'override',
      sources: [file],
    }
    for (const key of ['eksRelease', 'endOfStandardSupport', 'endOfExtendedSupport'] as const) {
      if (!lifecycle[key])
        throw new KnowledgeFileError(
          `${where}: ${key} is required for a version the data does not know (${formatKubeVersion(version)})`,
        )
    }
    const info: EksVersionInfo = {
      ...template,
      version,
      lifecycle,
      amis: existing
        ? template.amis
        : { ...template.amis, al2: false, al2LastRelease: null, al2023LatestRelease: null },
      upgradeNotes: existing ? template.upgradeNotes : [],
    }
    versions = [...versions.filter((v) => v !== existing), info].sort(
      (a, b) => a.version.major - b.version.major || a.version.minor - b.version.minor,
    )
  })
  return { ...knowledge, versions, overrides: [...knowledge.overrides, file] }
}

function pick<T extends Record<string, string | undefined>>(
  values: T,
): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<
    Record<keyof T, string>
  >
}
