import { inheritsControlPlane } from '../../../model/node-group.js'
import { kubeVersionFromRelease, releaseFamily } from '../../../knowledge/ami.js'
import { resolved, unresolved, type Declared } from '../../../model/declared.js'
import type { SourceRef } from '../../../model/source.js'
import type { KubeVersion } from '../../../model/version.js'
import { declaredVersion } from './declare.js'
import type { Value } from '../hcl/value.js'

export interface GroupVersionInputs {
  /** An explicit version setting, if the group has one. */
  readonly explicit: Value | undefined
  readonly release: Declared<string>
  /** AMI type (AL2023_x86_64_STANDARD, BOTTLEROCKET_…) or platform, to read release versions right. */
  readonly amiType: string | null
  /** A custom AMI: its minor when the SSM path or name filter tells, else the AMI id as declared. */
  readonly customAmi: Declared<KubeVersion> | Declared<string> | undefined
  readonly cluster: Declared<KubeVersion>
  readonly at: SourceRef
}

/**
 * A node group's Kubernetes version, in the order EKS applies them: an
 * explicit version; else the minor of a pinned AMI release (AL2/AL2023 and
 * Windows only — Bottlerocket releases are OS versions); else a custom AMI's
 * minor when its name or SSM path carries it; else the control plane's.
 */
export function groupVersion(inputs: GroupVersionInputs): Declared<KubeVersion> {
  // `version = aws_eks_cluster.this.version` with the cluster's version left to AWS: the control plane's.
  const explicit = inputs.explicit
  if (
    explicit?.type === 'unknown' &&
    explicit.data?.type === 'aws_eks_cluster' &&
    explicit.data.attribute === 'version'
  )
    return inheritsControlPlane(inputs.cluster, inputs.at)
  if (inputs.explicit && inputs.explicit.type !== 'null')
    return declaredVersion(inputs.explicit, undefined, () =>
      inheritsControlPlane(inputs.cluster, inputs.at),
    )
  if (inputs.release.status === 'resolved' && inputs.release.value) {
    const version = kubeVersionFromRelease(inputs.release.value, releaseFamily(inputs.amiType))
    if (version)
      return {
        ...resolved(version, inputs.release.at, inputs.release.via),
        note: `from the AMI release ${inputs.release.value}`,
      }
  }
  if (inputs.customAmi) {
    const ami = inputs.customAmi
    if (ami.status === 'resolved' && typeof ami.value === 'object' && ami.value !== null)
      return ami as Declared<KubeVersion>
    if (ami.status === 'resolved' || ami.status === 'unresolved') {
      const text = typeof ami.value === 'string' ? ami.value : (ami.expression ?? '')
      return unresolved(
        ami.at,
        text,
        'custom AMI: its Kubernetes version is not in its id, name filter or SSM path',
      )
    }
  }
  return inheritsControlPlane(inputs.cluster, inputs.at)
}
