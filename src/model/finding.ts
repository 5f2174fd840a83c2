export const SEVERITIES = ['error', 'warning', 'notice'] as const
export type Severity = (typeof SEVERITIES)[number]

/** Higher is more severe; used for `fail-on` thresholds and sorting. */
export function severityRank(severity: Severity): number {
  return severity === 'error' ? 3 : severity === 'warning' ? 2 : 1
}

export interface Finding {
  readonly ruleId: string
  readonly severity: Severity
  readonly message: string
  readonly file: string
  readonly line: number
  readonly column: number
  /** Cluster id, when the finding belongs to one. */
  readonly cluster?: string
  /**
   * Identifies "the same problem" across base and head, independent of line
   * numbers and wording: rule + cluster + subject (node group name, file, …).
   */
  readonly fingerprint: string
  /** Introduced by the change under review (true when there is no base to compare). */
  readonly new: boolean
  readonly suppressed: boolean
  /** Whether it fails the check under the configured fail-on (decided once, by the rule runner). */
  readonly blocking: boolean
  readonly suppressionReason?: string
  /** Where the suppression is: a comment on the line (`inline`), or the configuration file. */
  readonly suppressedBy?: 'inline' | 'config'
  /** A literal fix on its line (review comments post it as a suggestion). */
  readonly suggestion?: { readonly from: string; readonly to: string }
  readonly docs: string
}
