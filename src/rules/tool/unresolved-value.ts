import { shortText, type Declared } from '../../model/declared.js'
import type { Cluster } from '../../model/inventory.js'
import { defineRule } from '../types.js'

/** Every version-bearing value of a cluster, with a label a person understands. */
function declaredValues(cluster: Cluster): Array<[string, string, Declared<unknown>]> {
  return [
    ['the control-plane version', 'version', cluster.version],
    ...cluster.nodeGroups.flatMap((group): Array<[string, string, Declared<unknown>]> => [
      [
        `the version of node group ${group.name}`,
        `node-group:${group.name}:version`,
        group.version,
      ],
      [
        `the release version of node group ${group.name}`,
        `node-group:${group.name}:release`,
        group.releaseVersion,
      ],
      [
        `the AMI family of node group ${group.name}`,
        `node-group:${group.name}:ami-family`,
        group.amiFamily,
      ],
      [
        `the AMI type of node group ${group.name}`,
        `node-group:${group.name}:ami-type`,
        group.amiType,
      ],
    ]),
    ...cluster.addons.map((addon): [string, string, Declared<unknown>] => [
      `the version of add-on ${addon.name}`,
      `addon:${addon.name}`,
      addon.version,
    ]),
    ...cluster.components.map((component): [string, string, Declared<unknown>] => [
      `the version of ${component.name}`,
      `component:${component.name}`,
      component.version,
    ]),
  ]
}

/** A value the tool could not evaluate is said out loud, never silently dropped. */
export const unresolvedValue = defineRule({
  meta: {
    id: 'unresolved-value',
    family: 'tool',
    severity: 'notice',
    title: 'A version could not be resolved statically, so the rules could not check it',
  },
  check({ clusters }) {
    return clusters.flatMap(({ head }) =>
      declaredValues(head)
        .filter(([, , declared]) => declared.status === 'unresolved')
        .map(([label, subject, declared]) => ({
          message:
            `Could not resolve ${label} in cluster ${head.name}` +
            (declared.expression ? ` from \`${shortText(declared.expression)}\`` : '') +
            (declared.note ? ` (${shortText(declared.note, 400)})` : '') +
            '; the version rules skipped it.',
          at: declared.at,
          cluster: head.id,
          subject,
        })),
    )
  },
})
