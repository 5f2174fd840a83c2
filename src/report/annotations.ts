import type { Severity } from '../model/finding.js'
import type { FindingJson, Report } from './report.js'

/** GitHub shows at most this many workflow-command annotations per level per step; the rest vanish silently. */
export const ANNOTATIONS_PER_LEVEL = 10

export interface Annotation {
  readonly level: Severity
  readonly message: string
  readonly title: string
  readonly file: string
  readonly line: number
  readonly column: number
}

export interface AnnotationPlan {
  readonly annotations: readonly Annotation[]
  /** Findings that deserved an annotation but did not fit: for the Checks API. */
  readonly rest: readonly Annotation[]
}

/**
 * Picks the annotations worth a reviewer's attention: findings that count
 * (new ones, and existing ones when they block), most severe first, capped
 * per level so none is dropped without us saying so.
 */
export function planAnnotations(report: Report): AnnotationPlan {
  const candidates = report.findings.filter(
    (finding) => !finding.suppressed && (finding.new || finding.blocking),
  )
  const perLevel: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  const annotations: Annotation[] = []
  const rest: Annotation[] = []
  for (const finding of candidates) {
    if (perLevel[finding.severity] >= ANNOTATIONS_PER_LEVEL) {
      rest.push(toAnnotation(finding))
      continue
    }
    perLevel[finding.severity]++
    annotations.push(toAnnotation(finding))
  }
  // The "N more" notice is itself a notice: make room for it.
  if (rest.length > 0 && perLevel.notice >= ANNOTATIONS_PER_LEVEL) {
    const last = annotations.map((a) => a.level).lastIndexOf('notice')
    rest.unshift(...annotations.splice(last, 1))
  }
  return { annotations, rest }
}

function toAnnotation(finding: FindingJson): Annotation {
  return {
    level: finding.severity,
    message: `${finding.message}\nRule ${finding.ruleId}: ${finding.docs}`,
    title: `eks-upgrade-gate: ${finding.ruleId}`,
    file: finding.file,
    line: finding.line,
    column: finding.column,
  }
}
