import { RULES } from '../rules/index.js'
import { renderMarkdown } from './markdown.js'
import type { Report } from './report.js'
import { buildSarif } from './sarif.js'
import { renderText } from './text.js'

/**
 * Every way a report can be written, by the name users give it (`--format`,
 * and the action's sarif-file). One registry, so a format added here exists
 * everywhere.
 */
export const FORMATS = {
  text: (report: Report) => renderText(report),
  json: (report: Report) => JSON.stringify(report, null, 2) + '\n',
  markdown: (report: Report) => renderMarkdown(report),
  sarif: (report: Report) =>
    JSON.stringify(
      buildSarif(
        report,
        RULES.map((rule) => rule.meta),
      ),
      null,
      2,
    ) + '\n',
} as const satisfies Record<string, (report: Report) => string>

export type Format = keyof typeof FORMATS
export const FORMAT_NAMES = Object.keys(FORMATS) as Format[]

export function isFormat(name: string): name is Format {
  return Object.hasOwn(FORMATS, name)
}
