import { compareKubeVersions } from '../../model/version.js'
import { effectiveVersion } from '../helpers.js'
import { eachGroup } from './helpers.js'
import { defineRule } from '../types.js'

export const dockerRuntime = defineRule({
  meta: {
    id: 'docker-runtime',
    family: 'amis',
    severity: 'error',
    title: 'A node group uses the Docker runtime, which Kubernetes 1.24 removed',
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
})
