import { versionInfo } from '../../knowledge/index.js'
import { formatKubeVersion } from '../../model/version.js'
import { amiOf, effectiveVersion } from '../helpers.js'
import { defineRule } from '../types.js'
import { eachGroup, isAl2023 } from './helpers.js'

const minor = (text: string) => text.split('.').slice(0, 2).map(Number) as [number, number]
const older = (a: string, b: string) => {
  const [x, y] = [minor(a), minor(b)]
  return x[0] < y[0] || (x[0] === y[0] && x[1] < y[1])
}

export const amiContainerdTooOld = defineRule({
  meta: {
    id: 'ami-containerd-too-old',
    family: 'amis',
    severity: 'error',
    title: 'A pinned AMI release ships a containerd older than its Kubernetes version needs',
  },
  check(context) {
    return eachGroup(context).flatMap(({ cluster, group }) => {
      const version = effectiveVersion(group)
      const ami = amiOf(group)
      const release = group.releaseVersion.status === 'resolved' ? group.releaseVersion.value : null
      const needs = version && versionInfo(context.knowledge, version)?.runtime?.containerdMinimum
      if (!version || !ami || !release || !needs) return []
      const os = isAl2023(ami) ? 'al2023' : /^(AL2_|AmazonLinux2$|AL2$)/i.test(ami) ? 'al2' : null
      // A release version (1.36.2-20260714), or a Karpenter alias's date (v20260714) at the group's minor.
      const date = /^v(\d{8})$/.exec(release)?.[1]
      const prefix = `${formatKubeVersion(version)}.`
      const key = date
        ? Object.keys(context.knowledge.amiReleases).find(
            (k) => k.startsWith(prefix) && k.endsWith(`-${date}`),
          )
        : release
      const shipped = os && key ? context.knowledge.amiReleases[key]?.[os]?.containerd : undefined
      if (!shipped || !older(shipped, needs)) return []
      return [
        {
          message: `Node group ${group.name} pins the AMI release ${key} (${release === key ? 'its release version' : `alias ${release}`}), which ships containerd ${shipped}; Kubernetes ${formatKubeVersion(version)} needs containerd ${needs} or newer (1.35 was the last kubelet to run on containerd 1.x, KEP-4033). Pin a newer release or drop the pin.`,
          at: group.releaseVersion.at,
          cluster: cluster.id,
          subject: `node-group:${group.name}`,
        },
      ]
    })
  },
})
