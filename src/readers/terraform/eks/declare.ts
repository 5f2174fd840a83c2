import { CONTROL_PLANE_MINOR, kubeVersionFromAmiHint } from '../../../knowledge/ami.js'
import {
  resolved,
  shortText,
  unresolved,
  unspecified,
  type Declared,
} from '../../../model/declared.js'
import type { SourceRef } from '../../../model/source.js'
import { formatKubeVersion, parseKubeVersion, type KubeVersion } from '../../../model/version.js'
import { asString, elements, through, type Value } from '../hcl/value.js'

/** The chain shown for a value: the attribute that used it, then the hops to where it is written. */
function viaOf(value: Value, attributeAt: SourceRef | undefined): SourceRef[] {
  const sameLine =
    attributeAt &&
    attributeAt.file === value.origin.at.file &&
    attributeAt.line === value.origin.at.line
  return [...(attributeAt && !sameLine ? [attributeAt] : []), ...value.origin.via]
}

function unsettled<T>(value: Value, what: string): Declared<T> | undefined {
  if (value.type === 'unknown') return unresolved(value.origin.at, value.expression, value.reason)
  if (value.type === 'error')
    return unresolved(
      value.origin.at,
      value.expression,
      `Terraform would reject it: ${value.reason}`,
    )
  if (value.type === 'list' || value.type === 'object')
    return unresolved(
      value.origin.at,
      '',
      `${what} is a ${value.type === 'list' ? 'list' : 'map'}, not a single value`,
    )
  return undefined
}

// What the EKS API takes as a version: MAJOR.MINOR, exactly ("v1.30", "1.30.0" and
// " 1.30" are refused), so nothing looser may count as a resolved value.
const EKS_VERSION = /^[1-9]\d*\.(?:0|[1-9]\d*)$/

/**
 * A Kubernetes version from an evaluated value, exactly as Terraform passes it
 * to a string argument (the number 1.30 becomes "1.3"). `null` means "not set".
 * `listOfOne` accepts a list wrapping it, as some community modules take it.
 */
export function declaredVersion(
  value: Value | undefined,
  attributeAt: SourceRef | undefined,
  whenAbsent: () => Declared<KubeVersion>,
  options: { readonly listOfOne?: boolean } = {},
): Declared<KubeVersion> {
  if (!value || value.type === 'null') return whenAbsent()
  const single =
    options.listOfOne && value.type === 'list' && value.items.length === 1
      ? through(value.items[0]!, value.origin.via)
      : value
  const settled = unsettled<KubeVersion>(single, 'the version')
  if (settled) return settled
  const text = asString(single)
  if (text === null)
    return unresolved(
      single.origin.at,
      '',
      'the version is a number the gate cannot convert to text exactly: write it as a quoted string, e.g. "1.31"',
    )
  const version = EKS_VERSION.test(text) ? parseKubeVersion(text) : null
  if (!version)
    return unresolved(
      single.origin.at,
      text,
      `"${shortText(text)}" is not a version EKS accepts (MAJOR.MINOR, such as 1.31)`,
    )
  const declared = resolved(version, single.origin.at, viaOf(single, attributeAt))
  // A number literal used as a version is sent in its shortest form: 1.30 is "1.3".
  return (single.type === 'number' || single.type === 'string') && single.written !== undefined
    ? { ...declared, numberWritten: single.written }
    : declared
}

/** A plain string setting (AMI type, release version, add-on version). */
export function declaredString(
  value: Value | undefined,
  attributeAt: SourceRef | undefined,
  whenAbsent: () => Declared<string>,
): Declared<string> {
  if (!value || value.type === 'null') return whenAbsent()
  const settled = unsettled<string>(value, 'the value')
  if (settled) return settled
  return resolved(asString(value)!, value.origin.at, viaOf(value, attributeAt))
}

/**
 * The Kubernetes minor of a custom AMI, when it survives in the AMI's SSM
 * parameter path or name filter (`/aws/service/eks/optimized-ami/1.30/…`,
 * `amazon-eks-node-1.30-v*`). Null when the AMI id tells nothing.
 */
export function versionFromAmi(value: Value): Declared<KubeVersion> | null {
  // `ami_id == "" ? <SSM path> : ami_id`: known when every branch names the same minor.
  if (value.type === 'unknown' && value.either)
    return agreed(value.either, versionFromAmi, (v) =>
      v.value ? formatKubeVersion(v.value) : v.status,
    )
  for (const candidate of amiHints(value)) {
    const text = asString(candidate)
    const version = text ? kubeVersionFromAmiHint(text) : null
    if (version === 'control-plane')
      return unspecified(
        candidate.origin.at,
        `the AMI ${text!.replace(CONTROL_PLANE_MINOR, '<cluster version>')} follows the control-plane version`,
      )
    if (version)
      return {
        ...resolved(version, candidate.origin.at, candidate.origin.via),
        note: `from the AMI ${text}`,
      }
  }
  return null
}

/**
 * What every branch of an undecidable conditional says, when they all say the
 * same (`same` names what must agree), else null.
 */
export function agreed<T>(
  branches: readonly Value[],
  read: (branch: Value) => T | null | undefined,
  same: (found: T) => string,
): T | null {
  const found = branches.map(read)
  const [first] = found
  return first != null && found.every((f) => f != null && same(f) === same(first)) ? first : null
}

/** What may name an AMI's version and family: the id itself, or its data source's SSM path and name filters. */
export function amiHints(value: Value): Value[] {
  const hints: Value[] = []
  if (value.type === 'string') hints.push(value)
  if (value.type === 'unknown' && value.data?.arguments) {
    for (const [name, argument] of value.data.arguments) {
      if (name === 'name' || name === 'name_regex' || name.startsWith('filter.'))
        hints.push(...(elements(argument) ?? [argument]).map(withHoles))
    }
  }
  return hints
}

/**
 * A name filter with unknown parts as text: the cluster's own version stands as
 * CONTROL_PLANE_MINOR (a v18/v19 module filter when the cluster version is left
 * to AWS), anything else as `*`.
 */
function withHoles(value: Value): Value {
  if (value.type !== 'unknown' || !value.parts) return value
  const text = value.parts
    .map((part) =>
      typeof part === 'string'
        ? part
        : part.type === 'unknown' &&
            part.data?.type === 'aws_eks_cluster' &&
            part.data.attribute === 'version'
          ? CONTROL_PLANE_MINOR
          : '*',
    )
    .join('')
  return { type: 'string', value: text, origin: value.origin }
}
