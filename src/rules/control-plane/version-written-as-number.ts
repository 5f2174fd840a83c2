import type { Declared } from '../../model/declared.js'
import { formatKubeVersion, type KubeVersion } from '../../model/version.js'
import { defineRule, type RuleReport } from '../types.js'

/** What the number becomes as a string: Terraform drops trailing zeros (1.30 → "1.3"). */
function shortest(written: string): string {
  return written.includes('.') ? written.replace(/0+$/, '').replace(/\.$/, '') : written
}

export const versionWrittenAsNumber = defineRule({
  meta: {
    id: 'version-written-as-number',
    family: 'control-plane',
    severity: 'error',
    title: 'A version is written as a number, so 1.30 becomes 1.3',
  },
  check({ clusters }) {
    return clusters.flatMap(({ head }) => {
      const reports: RuleReport[] = []
      const judge = (declared: Declared<KubeVersion>, what: string, subject: string) => {
        const written = declared.numberWritten
        if (written === undefined || declared.status !== 'resolved') return
        const sent = shortest(written)
        if (sent === written) return
        reports.push({
          message:
            declared.at.file.endsWith('.yaml') || declared.at.file.endsWith('.yml')
              ? `${what} is the unquoted YAML number ${written}, which YAML reads as ${sent}. Quote it: version: "${written}".`
              : `${what} is the number ${written}, and Terraform converts a number to its shortest form: it sends "${sent}", not "${written}" (the gate reads it as ${formatKubeVersion(declared.value)}). Quote it: "${written}".`,
          at: declared.at,
          cluster: head.id,
          subject,
        })
      }
      judge(head.version, `The version of cluster ${head.name}`, 'version')
      for (const group of head.nodeGroups)
        judge(group.version, `The version of node group ${group.name}`, `node-group:${group.name}`)
      return reports
    })
  },
})
