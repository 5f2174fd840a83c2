import { defineRule } from '../types.js'

/** Version-bearing things the gate could not tie to a cluster are said, not dropped. */
export const unassignedComponent = defineRule({
  meta: {
    id: 'unassigned-component',
    family: 'tool',
    severity: 'notice',
    title: 'A component, node class or deprecated API could not be tied to one cluster',
  },
  check({ inventory, knowledge }) {
    const unassigned = inventory.unassigned
    if (!unassigned) return []
    const how =
      inventory.clusters.length === 0
        ? 'no cluster is declared in the files the gate read; check the path, or add an assign entry to the configuration file'
        : 'several clusters are declared and none in its directory or above; add an assign entry to the configuration file'
    const tracked = unassigned.apis.filter((api) =>
      knowledge.removedApis.some(
        (entry) => entry.apiVersion === api.apiVersion && entry.kinds.includes(api.kind),
      ),
    )
    return [
      ...unassigned.components.map((component) => ({
        message: `Could not tell which cluster ${component.name} (${component.image ?? component.chart ?? component.version.value}) belongs to: ${how}.`,
        at: component.at,
        subject: `component:${component.at.file}:${component.name}`,
      })),
      ...unassigned.nodeGroups.map((group) => ({
        message: `Could not tell which cluster the Karpenter node class ${group.name} belongs to: ${how}.`,
        at: group.at,
        subject: `node-class:${group.at.file}:${group.name}`,
      })),
      ...tracked.map((api) => ({
        message: `Could not tell which cluster ${api.kind} ${api.name ?? ''} (${api.apiVersion}, deprecated or removed in some version) belongs to: ${how}.`,
        at: api.at,
        subject: `api:${api.at.file}:${api.kind}:${api.name ?? ''}`,
      })),
    ]
  },
})
