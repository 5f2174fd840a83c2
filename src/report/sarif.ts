import type { Severity } from '../model/finding.js'
import type { RuleMeta } from '../rules/types.js'
import type { FindingJson, Report } from './report.js'
import { ruleHelp } from './rule-help.js'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
}

/** A rule page as plain text: the same words without markdown's marks. */
function plain(markdown: string): string {
  return markdown
    .replace(/^```\w*\n?/gm, '')
    .replace(/^#+\s*/gm, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
}

/**
 * SARIF 2.1.0 for github/codeql-action/upload-sarif: one run, every rule with
 * its page as help, results with repository-relative locations and stable
 * fingerprints (so code scanning tracks an alert across commits). A finding no
 * file holds (a live read that failed) is a tool notification, never a result
 * on a made-up path; a suppression on the line is `inSource`, one in the
 * configuration file `external`.
 */
export function buildSarif(report: Report, rules: readonly RuleMeta[]): object {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))
  const located = report.findings.filter((finding) => finding.file !== '')
  const nowhere = report.findings.filter((finding) => finding.file === '')
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            semanticVersion: report.tool.version,
            informationUri: 'https://github.com/eks-upgrade-gate/eks-upgrade-gate',
            rules: rules.map((rule) => {
              const page = ruleHelp(rule.id)
              return {
                id: rule.id,
                name: rule.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
                shortDescription: { text: rule.title },
                fullDescription: { text: rule.title },
                helpUri: rule.docs,
                help: page
                  ? { text: plain(page), markdown: page }
                  : {
                      text: `${rule.title}. See ${rule.docs}`,
                      markdown: `${rule.title}. [Documentation](${rule.docs})`,
                    },
                defaultConfiguration: { level: LEVEL[rule.severity] },
                properties: { tags: ['eks', 'kubernetes', rule.family] },
              }
            }),
          },
        },
        automationDetails: { id: 'eks-upgrade-gate/' },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: nowhere.map((finding) => ({
              level: LEVEL[finding.severity],
              message: { text: finding.message },
              descriptor: { id: finding.ruleId },
            })),
          },
        ],
        results: located.map((finding) => result(finding, ruleIndex)),
        properties: { dataDate: report.tool.dataDate, result: report.summary.result },
      },
    ],
  }
}

function result(finding: FindingJson, ruleIndex: ReadonlyMap<string, number>): object {
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex.has(finding.ruleId) && { ruleIndex: ruleIndex.get(finding.ruleId) }),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: finding.file, uriBaseId: '%SRCROOT%' },
          region: {
            startLine: Math.max(1, finding.line),
            startColumn: Math.max(1, finding.column),
          },
        },
      },
    ],
    partialFingerprints: { 'eksUpgradeGate/v1': finding.fingerprint },
    ...(finding.suppressed && {
      suppressions: [
        {
          kind: finding.suppressedBy === 'inline' ? 'inSource' : 'external',
          justification: finding.suppressionReason ?? '',
        },
      ],
    }),
    properties: {
      new: finding.new,
      blocking: finding.blocking,
      ...(finding.cluster && { cluster: finding.cluster }),
    },
  }
}
