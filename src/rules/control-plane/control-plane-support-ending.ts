import { SUPPORT_NOTICE_DAYS, byPhase } from './support-helpers.js'
import { defineRule } from '../types.js'

export const controlPlaneSupportEnding = defineRule({
  meta: {
    id: 'control-plane-support-ending',
    family: 'control-plane',
    severity: 'notice',
    title: `The control-plane version leaves EKS standard support within ${SUPPORT_NOTICE_DAYS} days`,
  },
  check(context) {
    return byPhase(
      context,
      (phase, days) => phase === 'standard' && days !== undefined && days <= SUPPORT_NOTICE_DAYS,
      (v, status) =>
        `Kubernetes ${v} leaves EKS standard support on ${status.info!.lifecycle.endOfStandardSupport} (in ${status.daysToEndOfStandard} days); extended support costs extra after that.`,
    )
  },
})
