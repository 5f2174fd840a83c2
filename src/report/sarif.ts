import type { Severity } from '../model/finding.js'
import type { RuleMeta } from '../rules/types.js'
import type { Report } from './report.js'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
}

/**
 * SARIF 2.1.0 for github/codeql-action/upload-sarif: one run, every rule with
 * its help link, results with repository-relative locations and stable
 * fingerprints (so code scanning tracks an alert across commits).
 */
export function buildSarif(report: Report, rules: readonly RuleMeta[]): object {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))
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
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
              shortDescription: { text: rule.title },
              fullDescription: { text: rule.title },
              helpUri: rule.docs,
              help: {
                text: `${rule.title}. See ${rule.docs}`,
                markdown: `${rule.title}. [Documentation](${rule.docs})`,
              },
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: { tags: ['eks', 'kubernetes', rule.family] },
            })),
          },
        },
        automationDetails: { id: 'eks-upgrade-gate/' },
        results: report.findings.map((finding) => ({
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
            suppressions: [{ kind: 'external', justification: finding.suppressionReason ?? '' }],
          }),
          properties: {
            new: finding.new,
            blocking: finding.blocking,
            ...(finding.cluster && { cluster: finding.cluster }),
          },
        })),
        properties: { dataDate: report.tool.dataDate, result: report.summary.result },
      },
    ],
  }
}
