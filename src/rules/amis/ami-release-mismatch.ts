import { kubeVersionFromRelease, releaseFamily } from '../../knowledge/ami.js'
import { compareKubeVersions, formatKubeVersion } from '../../model/version.js'
import { amiOf, pinned } from '../helpers.js'
import { eachGroup } from './helpers.js'
import { defineRule } from '../types.js'

export const amiReleaseMismatch = defineRule({
  meta: {
    id: 'ami-release-mismatch',
    family: 'amis',
    severity: 'error',
    title: 'A pinned AMI release is for another Kubernetes minor than the node group’s version',
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
})
