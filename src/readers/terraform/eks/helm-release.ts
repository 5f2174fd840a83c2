import { componentFromChart } from '../../k8s/components.js'
import type { Expr } from '../hcl/ast.js'
import { asString, type Value } from '../hcl/value.js'
import { deployedFiles } from './deployed-files.js'
import { attachThroughProvider } from './provider-wiring.js'
import { attr, text, type Site } from './site.js'

/**
 * A `helm_release` of a known chart. Its `version` is the chart's, not the
 * app's (except Karpenter, whose charts share the app version); the app
 * version comes from an `image.tag` set or values entry when there is one.
 */
export function readHelmRelease(site: Site): void {
  const chart = text(attr(site, 'chart'))
  if (!chart) return
  const version = attr(site, 'version')
  const at = site.block.at
  const tag = helmImageTag(site)
  const component = componentFromChart(
    chart,
    version ? (asString(version.value) ?? undefined) : undefined,
    tag ? (asString(tag.value) ?? undefined) : undefined,
    at,
    tag?.value.origin.at ?? version?.value.origin.at,
  )
  if (!component) return
  const deploys = deployedFiles(site, 'values')
  const wired = attachThroughProvider(site, 'helm', (cluster) => {
    cluster.components.push(component)
    cluster.deploys.push(...deploys)
  })
  if (!wired) site.out.components.push(component)
}

function helmImageTag(site: Site): { value: Value } | undefined {
  const evaluate = (expr: Expr) => site.instance.evaluateIn(site.expansion, expr)
  for (const block of site.block.body.blocks.filter((b) => b.type === 'set')) {
    const name = block.body.attributes.get('name')
    const value = block.body.attributes.get('value')
    if (name && value && asString(evaluate(name.expression)) === 'image.tag')
      return { value: evaluate(value.expression) }
  }
  const setList = attr(site, 'set')
  for (const item of setList && setList.value.type === 'list' ? setList.value.items : []) {
    if (
      item.type === 'object' &&
      asString(item.entries.get('name') ?? { type: 'null', origin: item.origin }) === 'image.tag' &&
      item.entries.get('value')
    )
      return { value: item.entries.get('value')! }
  }
  // values = [yamlencode({ image = { tag = "v1.30.1" } })]: read the object yamlencode is given.
  const values = site.block.body.attributes.get('values')
  const items = values?.expression.kind === 'tuple' ? values.expression.items : []
  for (const item of items) {
    if (item.kind !== 'call' || item.name !== 'yamlencode' || !item.args[0]) continue
    const object = site.instance.evaluateIn(site.expansion, item.args[0])
    const image = object.type === 'object' ? object.entries.get('image') : undefined
    const tagValue = image?.type === 'object' ? image.entries.get('tag') : undefined
    if (tagValue) return { value: tagValue }
  }
  return undefined
}
