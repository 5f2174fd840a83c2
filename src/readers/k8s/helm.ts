import path from 'node:path/posix'
import { isMap } from 'yaml'
import type { SourceFile } from '../../discover/source-file.js'
import type { Component } from '../../model/inventory.js'
import type { ReaderResult } from '../types.js'
import { getNode, nodeRef, parseYaml, scalarText, seqItems } from '../yaml.js'
import { componentFromChart } from './components.js'
import { componentForChart, mentionsComponent } from '../../model/components.js'
import { componentsInValues } from './values.js'

export function isChartFile(file: SourceFile): boolean {
  return path.basename(file.path) === 'Chart.yaml'
}

export function isValuesFile(file: SourceFile): boolean {
  return /^values[\w.-]*\.ya?ml$/i.test(path.basename(file.path))
}

/** `Chart.yaml`: a known chart's app version (never its chart version), and known dependencies. */
export function readChart(file: SourceFile): ReaderResult {
  const parsed = parseYaml(file)
  const components: Component[] = []
  for (const ctx of parsed.docs) {
    const root = ctx.doc.contents
    if (!isMap(root)) continue
    const nameNode = getNode(ctx, root, 'name')
    const name = scalarText(ctx, nameNode)
    const appVersionNode = getNode(ctx, root, 'appVersion')
    const versionNode = getNode(ctx, root, 'version')
    if (name) {
      const component = componentFromChart(
        name,
        scalarText(ctx, versionNode) ?? undefined,
        scalarText(ctx, appVersionNode) ?? undefined,
        nodeRef(ctx, nameNode),
        nodeRef(ctx, appVersionNode ?? versionNode ?? nameNode),
      )
      if (component) components.push(component)
    }
    for (const dependency of seqItems(ctx, getNode(ctx, root, 'dependencies'))) {
      const depName = getNode(ctx, dependency, 'name')
      const depVersion = getNode(ctx, dependency, 'version')
      const text = scalarText(ctx, depName)
      const component = text
        ? componentFromChart(
            text,
            scalarText(ctx, depVersion) ?? undefined,
            undefined,
            nodeRef(ctx, depName),
            nodeRef(ctx, depVersion ?? depName),
          )
        : undefined
      if (component) components.push(component)
    }
  }
  return { clusters: [], problems: [...parsed.problems], components }
}

/** A values file: component images, tied to the chart of the same directory when there is one. */
export function readValues(
  file: SourceFile,
  chartOf: (dir: string) => string | undefined,
): ReaderResult {
  const chart = chartOf(path.dirname(file.path))
  // Cheap test first: values that name no tracked image, of a chart that is not one, hold nothing.
  if (!mentionsComponent(file.text) && !(chart && componentForChart(chart)))
    return { clusters: [], problems: [] }
  const parsed = parseYaml(file)
  const components = parsed.docs.flatMap((ctx) =>
    ctx.doc.contents ? componentsInValues(ctx, ctx.doc.contents, chart) : [],
  )
  return { clusters: [], problems: [...parsed.problems], components }
}

/** Chart names by directory, read cheaply from every Chart.yaml (`name:` at the top level). */
export function chartNames(files: readonly SourceFile[]): Map<string, string> {
  const names = new Map<string, string>()
  for (const file of files) {
    if (!isChartFile(file)) continue
    const name = /^name:\s*["']?([\w.-]+)["']?\s*$/m.exec(file.text)?.[1]
    if (name) names.set(path.dirname(file.path), name)
  }
  return names
}
