import { supportStatus, wayOut } from '../knowledge/index.js'
import { formatKubeVersion } from '../model/version.js'
import { docsUrl, type Rule, type RuleContext, type RuleReport } from './types.js'

/** Days before the end of standard support from which the gate gives notice. */
export const SUPPORT_NOTICE_DAYS = 90

type Phase = ReturnType<typeof supportStatus>['phase']

function byPhase(
  context: RuleContext,
  wanted: (phase: Phase, days: number | undefined) => boolean,
  message: (text: string, info: ReturnType<typeof supportStatus>) => string,
): RuleReport[] {
  return context.clusters.flatMap(({ head }) => {
    const version = head.version.value
    if (!version || head.version.status !== 'resolved') return []
    const status = supportStatus(context.knowledge, version, context.today)
    if (!wanted(status.phase, status.daysToEndOfStandard)) return []
    return [
      {
        message: message(formatKubeVersion(version), status),
        at: head.version.at,
        cluster: head.id,
        subject: 'version',
      },
    ]
  })
}

export const controlPlaneEndOfSupport: Rule = {
  meta: {
    id: 'control-plane-end-of-support',
    family: 'control-plane',
    severity: 'error',
    title:
      'The control-plane version is past the end of EKS extended support (or never was offered)',
    docs: docsUrl('control-plane-end-of-support'),
  },
  check(context) {
    return byPhase(
      context,
      (phase) => phase === 'ended' || phase === 'unknown-older',
      (v, status) =>
        status.info
          ? `Kubernetes ${v} left EKS extended support on ${status.info.lifecycle.endOfExtendedSupport}: AWS upgrades such control planes automatically. Upgrade to a supported version, one minor at a time.`
          : `Kubernetes ${v} is older than any version EKS still offers. Upgrade to a supported version, one minor at a time.`,
    )
  },
}

export const controlPlaneExtendedSupport: Rule = {
  meta: {
    id: 'control-plane-extended-support',
    family: 'control-plane',
    severity: 'warning',
    title: 'The control-plane version is in EKS extended support, which is billed extra',
    docs: docsUrl('control-plane-extended-support'),
  },
  check(context) {
    return byPhase(
      context,
      (phase) => phase === 'extended',
      (v, status) =>
        `Kubernetes ${v} left EKS standard support on ${status.info!.lifecycle.endOfStandardSupport}; extended support (billed per cluster-hour) ends on ${status.info!.lifecycle.endOfExtendedSupport}. Plan the upgrade.`,
    )
  },
}

export const controlPlaneSupportEnding: Rule = {
  meta: {
    id: 'control-plane-support-ending',
    family: 'control-plane',
    severity: 'notice',
    title: `The control-plane version leaves EKS standard support within ${SUPPORT_NOTICE_DAYS} days`,
    docs: docsUrl('control-plane-support-ending'),
  },
  check(context) {
    return byPhase(
      context,
      (phase, days) => phase === 'standard' && days !== undefined && days <= SUPPORT_NOTICE_DAYS,
      (v, status) =>
        `Kubernetes ${v} leaves EKS standard support on ${status.info!.lifecycle.endOfStandardSupport} (in ${status.daysToEndOfStandard} days); extended support costs extra after that.`,
    )
  },
}

export const versionUnknownToData: Rule = {
  meta: {
    id: 'version-unknown-to-data',
    family: 'tool',
    severity: 'warning',
    title: 'A version is newer than the EKS data the gate knows',
    docs: docsUrl('version-unknown-to-data'),
  },
  check(context) {
    const versions = context.clusters.flatMap(({ head }) => [
      {
        declared: head.version,
        label: `the control plane of ${head.name}`,
        subject: 'version',
        cluster: head.id,
      },
      ...head.nodeGroups.map((group) => ({
        declared: group.version,
        label: `node group ${group.name}`,
        subject: `node-group:${group.name}`,
        cluster: head.id,
      })),
    ])
    const reports: RuleReport[] = versions.flatMap(({ declared, label, subject, cluster }) => {
      if (declared.status !== 'resolved' || !declared.value) return []
      if (supportStatus(context.knowledge, declared.value, context.today).phase !== 'unknown-newer')
        return []
      return [
        {
          message: `Kubernetes ${formatKubeVersion(declared.value)} (${label}) is not in the EKS data, so its rules could not be checked. ${wayOut(context.knowledge)}`,
          at: declared.at,
          cluster,
          subject,
        },
      ]
    })
    return reports
  },
}
