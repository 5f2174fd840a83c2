import { amiFamilySupport, kubeVersionFromRelease, releaseFamily } from '../knowledge/ami.js'
import { compareKubeVersions, formatKubeVersion } from '../model/version.js'
import { amiOf, effectiveVersion, pinned } from './helpers.js'
import { docsUrl, type Rule, type RuleContext } from './types.js'

function eachGroup(context: RuleContext) {
  return context.clusters.flatMap(({ head }) =>
    head.nodeGroups.map((group) => ({ cluster: head, group })),
  )
}

/** Node groups whose AMI family has `status` at their version, reported on the AMI type or family line. */
function familyFindings(
  context: RuleContext,
  status: 'unsupported' | 'last',
  message: (group: string, ami: string, version: string, reason: string) => string,
) {
  return eachGroup(context).flatMap(({ cluster, group }) => {
    const ami = amiOf(group)
    const version = effectiveVersion(group)
    if (!ami || !version) return []
    const support = amiFamilySupport(context.knowledge, ami, version)
    if (support.status !== status) return []
    const where = group.amiType.value ? group.amiType : group.amiFamily
    return [
      {
        message: message(group.name, ami, formatKubeVersion(version), support.reason),
        at: where.status === 'resolved' ? where.at : group.version.at,
        cluster: cluster.id,
        subject: `node-group:${group.name}`,
      },
    ]
  })
}

export const amiFamilyUnsupported: Rule = {
  meta: {
    id: 'ami-family-unsupported',
    family: 'amis',
    severity: 'error',
    title: 'No EKS AMI of the node group’s AMI type or family exists for its Kubernetes version',
    docs: docsUrl('ami-family-unsupported'),
  },
  check(context) {
    return familyFindings(
      context,
      'unsupported',
      (group, ami, version, reason) =>
        `Node group ${group} (${ami}) at Kubernetes ${version}: ${reason}. Move it to a supported family (AL2023 or Bottlerocket) before or with this version.`,
    )
  },
}

export const amiFamilyEndOfLife: Rule = {
  meta: {
    id: 'ami-family-end-of-life',
    family: 'amis',
    severity: 'warning',
    title: 'The node group runs the last Kubernetes version its AMI family is built for',
    docs: docsUrl('ami-family-end-of-life'),
  },
  check(context) {
    return familyFindings(
      context,
      'last',
      (group, ami, _version, reason) =>
        `Node group ${group} (${ami}): ${reason}. Migrate it to AL2023 or Bottlerocket before the next control-plane upgrade.`,
    )
  },
}

export const amiReleaseMismatch: Rule = {
  meta: {
    id: 'ami-release-mismatch',
    family: 'amis',
    severity: 'error',
    title: 'A pinned AMI release is for another Kubernetes minor than the node group’s version',
    docs: docsUrl('ami-release-mismatch'),
  },
  check(context) {
    return eachGroup(context).flatMap(({ cluster, group }) => {
      const version = pinned(group.version)
      const release = group.releaseVersion.status === 'resolved' ? group.releaseVersion.value : null
      if (
        !version ||
        !release ||
        group.version.note?.startsWith('from the AMI release') ||
        group.version.note?.startsWith('from releaseVersion')
      )
        return []
      const releaseMinor = kubeVersionFromRelease(release, releaseFamily(amiOf(group)))
      if (!releaseMinor || compareKubeVersions(releaseMinor, version) === 0) return []
      return [
        {
          message: `Node group ${group.name} is set to Kubernetes ${formatKubeVersion(version)} but pins the AMI release ${release}, which is built for ${formatKubeVersion(releaseMinor)}. Pin a ${formatKubeVersion(version)} release or drop the pin.`,
          at: group.releaseVersion.at,
          cluster: cluster.id,
          subject: `node-group:${group.name}`,
        },
      ]
    })
  },
}

export const amiCustomUnverified: Rule = {
  meta: {
    id: 'ami-custom-unverified',
    family: 'amis',
    severity: 'notice',
    title: 'A custom AMI cannot be checked against the node group’s Kubernetes version',
    docs: docsUrl('ami-custom-unverified'),
  },
  check(context) {
    return eachGroup(context).flatMap(({ cluster, group }) => {
      const id = group.amiId.status === 'resolved' ? group.amiId.value : null
      // Only when the version is known from elsewhere: an unknown version is already reported as unresolved.
      if (
        !id?.startsWith('ami-') ||
        group.version.status !== 'resolved' ||
        group.version.note?.startsWith('from the AMI')
      )
        return []
      return [
        {
          message: `Node group ${group.name} uses the custom AMI ${id}; the gate cannot verify it is built for Kubernetes ${formatKubeVersion(group.version.value!)}. Keep the minor in an AMI name filter or SSM parameter so it can be checked.`,
          at: group.amiId.at,
          cluster: cluster.id,
          subject: `node-group:${group.name}`,
        },
      ]
    })
  },
}

export const dockerRuntime: Rule = {
  meta: {
    id: 'docker-runtime',
    family: 'amis',
    severity: 'error',
    title: 'A node group uses the Docker runtime, which Kubernetes 1.24 removed',
    docs: docsUrl('docker-runtime'),
  },
  check(context) {
    return eachGroup(context).flatMap(({ cluster, group }) => {
      const runtime =
        group.containerRuntime?.status === 'resolved' ? group.containerRuntime.value : null
      const version = effectiveVersion(group)
      if (!runtime || !/docker/i.test(runtime) || !version) return []
      if (compareKubeVersions(version, { major: 1, minor: 24 }) < 0) return []
      return [
        {
          message: `Node group ${group.name} sets containerRuntime: ${runtime}, but dockershim was removed in Kubernetes 1.24 and EKS AMIs only ship containerd from 1.24. Use containerd.`,
          at: group.containerRuntime!.at,
          cluster: cluster.id,
          subject: `node-group:${group.name}`,
        },
      ]
    })
  },
}
