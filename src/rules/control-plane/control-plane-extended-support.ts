import { byPhase } from './support-helpers.js'
import { defineRule } from '../types.js'

export const controlPlaneExtendedSupport = defineRule({
  meta: {
    id: 'control-plane-extended-support',
    family: 'control-plane',
    severity: 'warning',
    title: 'The control-plane version is in EKS extended support, which is billed extra',
  },
  check(context) {
    return byPhase(
      context,
      (phase) => phase === 'extended',
      (v, status) =>
        `Kubernetes ${v} left EKS standard support on ${status.info!.lifecycle.endOfStandardSupport}; extended support (billed per cluster-hour) ends on ${status.info!.lifecycle.endOfExtendedSupport}. Plan the upgrade.`,
    )
  },
})
