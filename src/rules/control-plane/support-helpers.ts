import { supportStatus } from '../../knowledge/index.js'
import { formatKubeVersion } from '../../model/version.js'
import { type RuleContext, type RuleReport } from '../types.js'

/** Days before the end of standard support from which the gate gives notice. */
export const SUPPORT_NOTICE_DAYS = 90

export type Phase = ReturnType<typeof supportStatus>['phase']

export function byPhase(
  context: RuleContext,
  wanted: (phase: Phase, days: number | undefined) => boolean,
  message: (text: string, info: ReturnType<typeof supportStatus>) => string,
): RuleReport[] {
  return context.clusters.flatMap(({ head }) => {
    const version = head.version.value
    if (!version || head.version.status !== 'resolved') return []
    const status = supportStatus(context.knowledge, version, context.today)
    if (!wanted(status.phase, status.daysToEndOfStandard)) return []
    return [
      {
        message: message(formatKubeVersion(version), status),
        at: head.version.at,
        cluster: head.id,
        subject: 'version',
      },
    ]
  })
}
