import { byPhase } from './support-helpers.js'
import { defineRule } from '../types.js'

export const controlPlaneEndOfSupport = defineRule({
  meta: {
    id: 'control-plane-end-of-support',
    family: 'control-plane',
    severity: 'error',
    title:
      'The control-plane version is past the end of EKS extended support (or never was offered)',
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
})
