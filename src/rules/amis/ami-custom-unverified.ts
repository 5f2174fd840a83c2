import { formatKubeVersion } from '../../model/version.js'
import { eachGroup } from './helpers.js'
import { defineRule } from '../types.js'

export const amiCustomUnverified = defineRule({
  meta: {
    id: 'ami-custom-unverified',
    family: 'amis',
    severity: 'notice',
    title: 'A custom AMI cannot be checked against the node group’s Kubernetes version',
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
})
