import { amiOf } from '../helpers.js'
import { defineRule } from '../types.js'
import { eachGroup, isAl2023, userDataLines } from './helpers.js'

// A call of the AL2 bootstrap script: `/etc/eks/bootstrap.sh my-cluster`, `bash bootstrap.sh`.
const BOOTSTRAP_SH = /(^|[\s;&|'"(/])bootstrap\.sh\b/

export const al2023BootstrapScript = defineRule({
  meta: {
    id: 'al2023-bootstrap-script',
    family: 'amis',
    severity: 'error',
    title: 'An Amazon Linux 2023 node group boots with bootstrap.sh, which AL2023 does not have',
  },
  check(context) {
    return eachGroup(context).flatMap(({ cluster, group }) => {
      const ami = amiOf(group)
      if (!ami || !isAl2023(ami)) return []
      const call = userDataLines(group).find((line) => BOOTSTRAP_SH.test(line.text))
      if (!call) return []
      return [
        {
          message: `Node group ${group.name} runs ${ami}, but its user data calls bootstrap.sh: Amazon Linux 2023 has no /etc/eks/bootstrap.sh, nodeadm configures the node from a NodeConfig (apiVersion: node.eks.aws/v1alpha1) in the user data instead, so these nodes will not join. Replace the call with a NodeConfig.`,
          at: call.at,
          cluster: cluster.id,
          subject: `node-group:${group.name}`,
        },
      ]
    })
  },
})
