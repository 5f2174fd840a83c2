import { isMap, isSeq, type Node } from 'yaml'
import type { Component } from '../../model/inventory.js'
import { deref, getNode, nodeRef, scalarText, type YamlDoc } from '../yaml.js'
import { componentFromChart, componentFromImage } from './components.js'
import { componentForChart } from '../../model/components.js'

/**
 * Component images in Helm values: `image: repo:tag` strings, maps with
 * `repository` + `tag`, and the split fields of the aws-vpc-cni chart
 * (`image.account/region/domain/tag`), tied to the chart when one is known.
 */
export function componentsInValues(
  ctx: YamlDoc,
  root: Node,
  chart: string | undefined,
): Component[] {
  const found: Component[] = []
  // Aliases point at shared nodes: visiting each node once keeps an alias bomb linear.
  const seen = new Set<Node>()
  // `chart` is the chart these values are for: the file's own chart, or a dependency
  // whose name keys a section of an umbrella chart's values (`cluster-autoscaler: {image: …}`).
  const visit = (node: Node | null, depth: number, chart: string | undefined) => {
    const target = deref(ctx, node)
    if (depth > 12 || !target || seen.has(target)) return
    seen.add(target)
    if (isSeq(target)) {
      for (const item of target.items) visit(item as Node, depth + 1, chart)
      return
    }
    if (!isMap(target)) return
    for (const pair of target.items) {
      const key = scalarText(ctx, pair.key as Node)
      const value = deref(ctx, pair.value)
      if (key === 'image') {
        const text = scalarText(ctx, value)
        if (text) {
          const component = componentFromImage(text, nodeRef(ctx, value))
          if (component) found.push(component)
          continue
        }
        const fromMap = imageMap(ctx, value, chart)
        if (fromMap) {
          found.push(fromMap)
          continue
        }
      }
      visit(value, depth + 1, depth === 0 && key && componentForChart(key) ? key : chart)
    }
  }
  visit(root, 0, chart)
  return found
}

function imageMap(
  ctx: YamlDoc,
  node: Node | null,
  chart: string | undefined,
): Component | undefined {
  if (!isMap(node)) return undefined
  const tagNode = getNode(ctx, node, 'tag')
  const tag = scalarText(ctx, tagNode)
  const repository = scalarText(ctx, getNode(ctx, node, 'repository'))
  const registry = scalarText(ctx, getNode(ctx, node, 'registry'))
  if (repository) {
    const full = `${registry ? `${registry}/` : ''}${repository}${tag ? `:${tag}` : ''}`
    const component = componentFromImage(full, nodeRef(ctx, tagNode ?? node))
    if (component) return component
  }
  // Split fields, as the aws-vpc-cni chart has them: only the chart says what the image is.
  if (tag && chart && componentForChart(chart))
    return componentFromChart(chart, undefined, tag, nodeRef(ctx, tagNode), nodeRef(ctx, tagNode))
  return undefined
}
