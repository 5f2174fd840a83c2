import { compareKubeVersions } from '../../model/version.js'
import { perGroup } from './helpers.js'
import { defineRule } from '../types.js'

// containerd 1.x: Kubernetes 1.35 is the last minor to support it (KEP-4033; the
// Kubernetes v1.35 release announcement, 2025-12-17): 1.36 needs containerd 2.0+.
const CONTAINERD_1 = /^containerd:\/\/v?1\./

export const liveContainerRuntime = defineRule({
  meta: {
    id: 'live-container-runtime',
    family: 'live',
    severity: 'error',
    title:
      'Nodes run a container runtime the cluster version no longer supports (Docker from 1.24, containerd 1.x from 1.36)',
  },
  check(context) {
    return [
      ...perGroup(
        context,
        (m) => m.after !== null && compareKubeVersions(m.after, { major: 1, minor: 24 }) >= 0,
        (group) => group.runtimes.some((runtime) => runtime.startsWith('docker://')),
        (group) =>
          `${group.kind} group ${group.name} runs ${group.runtimes.join(', ')} (live); dockershim is gone from Kubernetes 1.24: replace these nodes with containerd ones.`,
        'docker',
      ),
      ...perGroup(
        context,
        (m) => m.after !== null && compareKubeVersions(m.after, { major: 1, minor: 36 }) >= 0,
        (group) => group.runtimes.some((runtime) => CONTAINERD_1.test(runtime)),
        (group) =>
          `${group.kind} group ${group.name} runs ${group.runtimes.join(', ')} (live); Kubernetes 1.35 was the last version to support containerd 1.x, and 1.36 needs containerd 2.0 or later: move these nodes to an AMI release that ships containerd 2 before the upgrade.`,
        'containerd-1',
      ),
    ]
  },
})
