import type { Cluster } from '../../../src/model/inventory.js'
import { versionWrittenAsNumber as rule } from '../../../src/rules/control-plane/version-written-as-number.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

/** A cluster whose version (and node group ng's) the source wrote as the number `written`. */
const writtenAs = (written: string | undefined, group?: string): Cluster => {
  const cluster = clusterOf({ version: '1.3', groups: [{ name: 'ng', version: '1.3' }] })
  const mark = <T extends { numberWritten?: string }>(value: T): T =>
    written === undefined ? value : { ...value, numberWritten: written }
  return {
    ...cluster,
    version: group ? cluster.version : mark(cluster.version),
    nodeGroups: cluster.nodeGroups.map((g) =>
      group === g.name ? { ...g, version: mark(g.version) } : g,
    ),
  }
}

testRule(rule, {
  valid: [
    { name: 'a version written as a string', context: contextOf(writtenAs(undefined)) },
    {
      name: 'a number without a trailing zero (1.29 stays "1.29")',
      context: contextOf(writtenAs('1.3')),
    },
  ],
  invalid: [
    {
      name: 'version = 1.30 in Terraform: sent as "1.3", on the number',
      context: contextOf(writtenAs('1.30')),
      findings: [
        {
          at: 'version',
          subject: 'version',
          message: ['it sends "1.3", not "1.30"', 'Quote it: "1.30"'],
        },
      ],
    },
    {
      name: 'a node group version 1.30',
      context: contextOf(writtenAs('1.30', 'ng')),
      findings: [
        { at: 'nodeGroup:ng.version', subject: 'node-group:ng', message: 'node group ng' },
      ],
    },
  ],
})
