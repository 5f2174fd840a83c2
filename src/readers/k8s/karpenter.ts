import { policy, resolved, unspecified } from '../../model/declared.js'
import type { NodeGroup, UserData } from '../../model/inventory.js'
import type { SourceRef } from '../../model/source.js'

/** A field as a reader found it: its text and where it is written. */
export interface Written {
  readonly text: string
  readonly at: SourceRef
}

const FAMILIES: Record<string, string> = {
  al2: 'AL2',
  al2023: 'AL2023',
  bottlerocket: 'Bottlerocket',
  windows2019: 'Windows2019',
  windows2022: 'Windows2022',
  windows2025: 'Windows2025',
}

/**
 * A Karpenter EC2NodeClass, whether a YAML manifest or a Terraform
 * `kubernetes_manifest` declares it: nodes follow the control plane; the AMI
 * family (`amiFamily`, else the `amiSelectorTerms` alias) and a date-pinned
 * alias matter.
 */
export function karpenterNodeClass(input: {
  readonly name: string
  readonly at: SourceRef
  readonly amiFamily?: Written
  readonly alias?: Written
  readonly userData?: UserData
}): NodeGroup {
  const { name, at, amiFamily, alias, userData } = input
  const [aliasFamily, aliasVersion] = alias ? alias.text.split('@') : []
  const familyText =
    amiFamily?.text ?? (aliasFamily ? (FAMILIES[aliasFamily.toLowerCase()] ?? aliasFamily) : null)
  const familyAt = amiFamily?.at ?? alias?.at ?? at
  const none = (note: string) => unspecified<string>(at, note)
  return {
    name,
    kind: 'karpenter',
    at,
    version: unspecified(at, 'Karpenter launches nodes at the control-plane version'),
    amiType: none('Karpenter picks the AMI from amiFamily / amiSelectorTerms'),
    amiFamily: familyText ? resolved(familyText, familyAt) : none('not set'),
    releaseVersion:
      aliasVersion === undefined || !alias
        ? none('no alias')
        : aliasVersion === 'latest'
          ? policy('latest', alias.at, `${alias.text}: the newest AMI when nodes launch`)
          : resolved(aliasVersion, alias.at),
    amiId: none('selected by amiSelectorTerms'),
    ...(userData && { userData: [userData] }),
  }
}
