import { compareKubeVersions } from '../../model/version.js'
import { perGroup } from './helpers.js'
import { defineRule } from '../types.js'

export const liveContainerRuntime = defineRule({
  meta: {
    id: 'live-container-runtime',
    family: 'live',
    severity: 'error',
    title: 'Nodes run the Docker runtime, which Kubernetes 1.24 removed',
  },
  check(context) {
    return perGroup(
      context,
      (m) => m.after !== null && compareKubeVersions(m.after, { major: 1, minor: 24 }) >= 0,
      (group) => group.runtimes.some((runtime) => runtime.startsWith('docker://')),
      (group) =>
        `${group.kind} group ${group.name} runs ${group.runtimes.join(', ')} (live); dockershim is gone from Kubernetes 1.24: replace these nodes with containerd ones.`,
      'docker',
    )
  },
})
