import { versionInfo } from '../knowledge/index.js'
import { compareAddonVersions, formatMinor, parseAddonVersion } from '../model/addon-version.js'
import { compareKubeVersions, formatKubeVersion } from '../model/version.js'
import { pinnedVersions } from './addon-helpers.js'
import { findAddon, transition } from './helpers.js'
import { docsUrl, type Rule } from './types.js'

export const vpcCniMinimum: Rule = {
  meta: {
    id: 'vpc-cni-minimum',
    family: 'addons',
    severity: 'error',
    title: 'The VPC CNI is older than the minimum for the cluster version',
    docs: docsUrl('vpc-cni-minimum'),
  },
  check({ clusters, knowledge }) {
    return clusters.flatMap(({ head }) => {
      const cp = head.version.value
      const facts = cp && versionInfo(knowledge, cp)?.addons.vpcCni
      const minimum = facts && parseAddonVersion(facts.minimum)
      if (!cp || !minimum) return []
      return [...pinnedVersions(head, 'vpc-cni'), ...pinnedVersions(head, 'aws-node')]
        .filter((pin) => compareAddonVersions(pin.version, minimum) < 0)
        .map((pin) => ({
          message: `${pin.label} is below ${facts.minimum}, the minimum for Kubernetes ${formatKubeVersion(cp)}${minimum.minor >= 12 ? ' (EKS: upgrade the VPC CNI to 1.12 or later before 1.26, or aws-node crashes)' : ''}. Upgrade the VPC CNI one minor at a time first.`,
          at: pin.at,
          cluster: head.id,
          subject: pin.subject,
        }))
    })
  },
}

export const vpcCniMinorJump: Rule = {
  meta: {
    id: 'vpc-cni-minor-jump',
    family: 'addons',
    severity: 'error',
    title: 'The VPC CNI moves more than one minor version in one change',
    docs: docsUrl('vpc-cni-minor-jump'),
  },
  check({ clusters }) {
    return clusters.flatMap(({ head, base }) => {
      const before = findAddon(base, 'vpc-cni')
      const after = findAddon(head, 'vpc-cni')
      const from =
        before?.version.status === 'resolved' && before.version.value
          ? parseAddonVersion(before.version.value)
          : null
      const to =
        after?.version.status === 'resolved' && after.version.value
          ? parseAddonVersion(after.version.value)
          : null
      if (!from || !to || to.major !== from.major || to.minor - from.minor <= 1) return []
      return [
        {
          message: `The VPC CNI moves from ${from.raw} to ${to.raw}; AWS supports updating it one minor version at a time. Go to ${from.major}.${from.minor + 1} first.`,
          at: after!.version.at,
          cluster: head.id,
          subject: 'addon:vpc-cni',
        },
      ]
    })
  },
}

export const corednsTooOld: Rule = {
  meta: {
    id: 'coredns-too-old',
    family: 'addons',
    severity: 'error',
    title: 'CoreDNS is older than 1.8.4, which bound service account tokens need',
    docs: docsUrl('coredns-too-old'),
  },
  check({ clusters, knowledge }) {
    return clusters.flatMap(({ head }) => {
      const cp = head.version.value
      const minimumText = (cp && versionInfo(knowledge, cp)?.addons.coredns.minimum) || '1.8.4'
      const minimum = parseAddonVersion(minimumText)!
      return pinnedVersions(head, 'coredns')
        .filter((pin) => compareAddonVersions(pin.version, minimum) < 0)
        .map((pin) => ({
          message: `${pin.label} is older than ${minimumText}; older CoreDNS cannot use the bound service account tokens Kubernetes 1.21+ issues. Upgrade CoreDNS.`,
          at: pin.at,
          cluster: head.id,
          subject: pin.subject,
        }))
    })
  },
}

export const corednsOutdated: Rule = {
  meta: {
    id: 'coredns-outdated',
    family: 'addons',
    severity: 'warning',
    title: 'CoreDNS is older than the minor EKS ships for the cluster version',
    docs: docsUrl('coredns-outdated'),
  },
  check({ clusters, knowledge }) {
    return clusters.flatMap(({ head }) => {
      const cp = head.version.value
      const facts = cp && versionInfo(knowledge, cp)?.addons.coredns
      const shipped = facts?.defaultImage ? parseAddonVersion(facts.defaultImage) : null
      if (!cp || !shipped) return []
      return pinnedVersions(head, 'coredns')
        .filter((pin) => pin.version.major === shipped.major && pin.version.minor < shipped.minor)
        .map((pin) => ({
          message: `${pin.label} is older than CoreDNS ${formatMinor(shipped)}, which EKS ships for Kubernetes ${formatKubeVersion(cp)}${facts!.latestAddon ? ` (latest seen: ${facts!.latestAddon})` : ''}. Move it with the cluster.`,
          at: pin.at,
          cluster: head.id,
          subject: pin.subject,
        }))
    })
  },
}

export const addonNotMoved: Rule = {
  meta: {
    id: 'addon-not-moved',
    family: 'addons',
    severity: 'warning',
    title: 'The control plane moves but pinned kube-proxy or CoreDNS versions stay behind',
    docs: docsUrl('addon-not-moved'),
  },
  check({ clusters, knowledge }) {
    return clusters.flatMap((pair) => {
      const move = transition(pair)
      if (!move || compareKubeVersions(move.to, move.from) <= 0) return []
      const facts = versionInfo(knowledge, move.to)?.addons
      return (['kube-proxy', 'coredns'] as const).flatMap((name) => {
        const before = findAddon(pair.base, name)
        const after = findAddon(pair.head, name)
        if (
          !after ||
          after.version.status !== 'resolved' ||
          before?.version.value !== after.version.value
        )
          return []
        const target =
          name === 'kube-proxy' ? facts?.kubeProxy.latestAddon : facts?.coredns.latestAddon
        return [
          {
            message: `The control plane of ${pair.head.name} moves to ${formatKubeVersion(move.to)} but the ${name} add-on stays pinned at ${after.version.value}; EKS does not update add-ons for you. ${target ? `Move it to ${target} (newest seen for ${formatKubeVersion(move.to)}) after the control plane.` : 'Move it to a version for the new minor after the control plane.'}`,
            at: after.version.at,
            cluster: pair.head.id,
            subject: `addon:${name}`,
          },
        ]
      })
    })
  },
}

export const addonIncompatible: Rule = {
  meta: {
    id: 'addon-incompatible',
    family: 'addons',
    severity: 'error',
    title: 'A pinned add-on version is not offered for the cluster version',
    docs: docsUrl('addon-incompatible'),
  },
  check({ clusters, knowledge }) {
    return clusters.flatMap(({ head }) => {
      const cp = head.version.value
      if (!cp) return []
      return head.addons.flatMap((addon) => {
        const offered = knowledge.addonCompatibility[addon.name]?.[formatKubeVersion(cp)]
        const pinnedVersion = addon.version.status === 'resolved' ? addon.version.value : null
        if (!offered || !pinnedVersion) return []
        const normalized = pinnedVersion.startsWith('v') ? pinnedVersion : `v${pinnedVersion}`
        // eksctl's bare 1.19.2 means any v1.19.2-eksbuild.N.
        const matches = offered.versions.some(
          (v) => v === normalized || v.startsWith(`${normalized}-`),
        )
        if (matches) return []
        return [
          {
            message: `The ${addon.name} add-on ${pinnedVersion} is not offered for Kubernetes ${formatKubeVersion(cp)}${offered.default ? `; the default there is ${offered.default}` : ''} (describe-addon-versions data).`,
            at: addon.version.at,
            cluster: head.id,
            subject: `addon:${addon.name}`,
          },
        ]
      })
    })
  },
}

export const addonFloating: Rule = {
  meta: {
    id: 'addon-floating',
    family: 'addons',
    severity: 'notice',
    title: 'An add-on version floats (latest / most_recent) and is decided at apply time',
    docs: docsUrl('addon-floating'),
  },
  check({ clusters }) {
    return clusters.flatMap(({ head }) =>
      head.addons
        .filter((addon) => addon.version.status === 'policy')
        .map((addon) => ({
          message: `The ${addon.name} add-on version is "${addon.version.value}": AWS decides it when the change is applied, so this review cannot see it. Pin it to make upgrades reviewable.`,
          at: addon.version.at,
          cluster: head.id,
          subject: `addon:${addon.name}`,
        })),
    )
  },
}
