import type { ErrorObject } from 'ajv'
import { parse } from 'yaml'
import { addonCompatibilityFrom, isDescribeAddonVersions } from './addon-versions.js'
import { clusterVersionFacts, isDescribeClusterVersions } from './cluster-versions.js'
import type { Knowledge } from './index.js'
import { KnowledgeFileError, mergeFacts, type KnowledgeFacts } from './override.js'
import { knowledgeValidator } from './validator.js'

// Loaded only when a run is given knowledge files: the schema's compiled check is
// larger than most of the gate.

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
  const check = knowledgeValidator()
  if (!check(data)) throw new KnowledgeFileError(describe(file, check.errors?.[0], data))
  return mergeFacts(knowledge, data as KnowledgeFacts, file)
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
