import { supportStatus, wayOut } from '../../knowledge/index.js'
import { formatKubeVersion } from '../../model/version.js'
import { defineRule, type RuleReport } from '../types.js'

export const versionUnknownToData = defineRule({
  meta: {
    id: 'version-unknown-to-data',
    family: 'tool',
    severity: 'warning',
    title: 'A version is newer than the EKS data the gate knows',
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
})
