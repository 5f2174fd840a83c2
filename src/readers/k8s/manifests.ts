import { isMap, parse as parseYamlText, type Node } from 'yaml'
import type { SourceFile } from '../../discover/source-file.js'
import type { ApiUsage, Component, NodeGroup } from '../../model/inventory.js'
import type { SourceRef } from '../../model/source.js'
import type { Deploy, ReaderResult } from '../types.js'
import { repositoryPath } from '../deploy-path.js'
import {
  getNode,
  hasQuotedEscape,
  nodeRef,
  parseYaml,
  scalarText,
  seqItems,
  writtenText,
  type YamlDoc,
} from '../yaml.js'
import { componentFromChart, componentFromImage } from './components.js'
import { mentionsComponent } from '../../model/components.js'
import { componentsInValues } from './values.js'
import { karpenterNodeClass } from './karpenter.js'

/** Cheap test: Kubernetes objects say `apiVersion:` and `kind:`; eksctl and CloudFormation have their own readers. */
export function mayBeManifest(file: SourceFile): boolean {
  return (
    /\.ya?ml$/i.test(file.path) &&
    ((file.text.includes('apiVersion') && file.text.includes('kind')) ||
      hasQuotedEscape(file.text)) &&
    !file.text.includes('kind: ClusterConfig') &&
    !file.text.includes('AWSTemplateFormatVersion')
  )
}

/**
 * Kubernetes manifests (multi-document, `List` kinds): the APIs they use,
 * the component images of workloads, Karpenter EC2NodeClasses, and Flux
 * HelmRelease / Argo CD Application Helm specs. Helm templates (`{{ }}`) are
 * scanned for apiVersion/kind lines without rendering them.
 */
export function readManifests(file: SourceFile): ReaderResult {
  // Most manifests of a monorepo hold nothing a rule checks: no tracked component and
  // only GA APIs. Kubernetes removes only alpha and beta API versions (its deprecation
  // policy keeps a GA version for the whole major release), so such a file is not parsed.
  // An escape in a double-quoted scalar (`"v1\x62eta1"`) hides what these tests look for.
  if (
    !PRE_RELEASE_API.test(file.text) &&
    !mentionsComponent(file.text) &&
    !GITOPS_API.test(file.text) &&
    !hasQuotedEscape(file.text)
  )
    return { clusters: [], problems: [] }
  if (file.text.includes('{{')) return { clusters: [], problems: [], apis: scanTemplate(file) }
  const parsed = parseYaml(file)
  const out = {
    components: [] as Component[],
    nodeGroups: [] as NodeGroup[],
    apis: [] as ApiUsage[],
    deploys: [] as Deploy[],
  }
  for (const ctx of parsed.docs) visitObject(ctx, ctx.doc.contents as Node | null, out, 0)
  return { clusters: [], problems: [...parsed.problems], ...out }
}

const PRE_RELEASE_API = /\bv\d+(?:alpha|beta)\d+\b/
// Flux and Argo CD objects say which paths of the repository they deploy (GA APIs too).
const GITOPS_API = /\b(?:kustomize|helm)\.toolkit\.fluxcd\.io\/|\bargoproj\.io\//

type Out = {
  components: Component[]
  nodeGroups: NodeGroup[]
  apis: ApiUsage[]
  deploys: Deploy[]
}

function visitObject(ctx: YamlDoc, node: Node | null, out: Out, depth: number): void {
  if (!isMap(node) || depth > 4) return
  const apiVersion = scalarText(ctx, getNode(ctx, node, 'apiVersion'))
  const kind = scalarText(ctx, getNode(ctx, node, 'kind'))
  if (!apiVersion || !kind) return
  const name = scalarText(ctx, getNode(ctx, getNode(ctx, node, 'metadata'), 'name')) ?? undefined
  out.apis.push({
    apiVersion,
    kind,
    ...(name !== undefined && { name }),
    at: nodeRef(ctx, getNode(ctx, node, 'apiVersion')),
  })
  if (kind === 'List' || kind.endsWith('List')) {
    for (const item of seqItems(ctx, getNode(ctx, node, 'items')))
      visitObject(ctx, item, out, depth + 1)
    return
  }
  const spec = getNode(ctx, node, 'spec')
  if (apiVersion.startsWith('karpenter.k8s.aws/') && kind === 'EC2NodeClass')
    out.nodeGroups.push(nodeClass(ctx, name ?? 'EC2NodeClass', spec, nodeRef(ctx, node)))
  else if (apiVersion.startsWith('kustomize.toolkit.fluxcd.io/') && kind === 'Kustomization')
    out.deploys.push(...deployed(ctx, [getNode(ctx, spec, 'path')]))
  else if (apiVersion.startsWith('helm.toolkit.fluxcd.io/') && kind === 'HelmRelease') {
    out.components.push(...fluxRelease(ctx, spec))
    out.deploys.push(...fluxChartPath(ctx, spec))
  } else if (apiVersion.startsWith('argoproj.io/') && kind === 'Application') {
    out.components.push(...argoApplication(ctx, spec))
    out.deploys.push(
      ...deployed(
        ctx,
        argoSources(ctx, spec).map((s) => getNode(ctx, s, 'path')),
      ),
    )
  } else
    for (const container of containers(ctx, node, kind)) {
      const image = getNode(ctx, container, 'image')
      const text = scalarText(ctx, image)
      const component = text ? componentFromImage(text, nodeRef(ctx, image)) : undefined
      if (component) out.components.push(component)
    }
}

/** Containers of a workload's pod template, whatever the workload kind. */
function containers(ctx: YamlDoc, object: Node, kind: string): Node[] {
  const spec = getNode(ctx, object, 'spec')
  const podSpec =
    kind === 'Pod'
      ? spec
      : kind === 'CronJob'
        ? getNode(
            ctx,
            getNode(ctx, getNode(ctx, getNode(ctx, spec, 'jobTemplate'), 'spec'), 'template'),
            'spec',
          )
        : getNode(ctx, getNode(ctx, spec, 'template'), 'spec')
  return [
    ...seqItems(ctx, getNode(ctx, podSpec, 'containers')),
    ...seqItems(ctx, getNode(ctx, podSpec, 'initContainers')),
  ]
}

/** A Karpenter EC2NodeClass from its YAML. */
function nodeClass(ctx: YamlDoc, name: string, spec: Node | null, at: SourceRef): NodeGroup {
  const written = (node: Node | null) => {
    const text = scalarText(ctx, node)
    return text === null ? undefined : { text, at: nodeRef(ctx, node) }
  }
  const alias = seqItems(ctx, getNode(ctx, spec, 'amiSelectorTerms'))
    .map((term) => getNode(ctx, term, 'alias'))
    .find((node) => node !== null)
  const amiFamily = written(getNode(ctx, spec, 'amiFamily'))
  const aliasText = written(alias ?? null)
  const userData = writtenText(ctx, 'userData', getNode(ctx, spec, 'userData'))
  return karpenterNodeClass({
    name,
    at,
    ...(amiFamily && { amiFamily }),
    ...(aliasText && { alias: aliasText }),
    ...(userData && { userData }),
  })
}

/** Flux `HelmRelease`: chart name and version, and an image tag in its values. */
function fluxRelease(ctx: YamlDoc, spec: Node | null): Component[] {
  const chartSpec = getNode(ctx, getNode(ctx, spec, 'chart'), 'spec')
  const chartNode = getNode(ctx, chartSpec, 'chart')
  const chart = scalarText(ctx, chartNode)
  if (!chart) return []
  const versionNode = getNode(ctx, chartSpec, 'version')
  return helmComponent(
    ctx,
    chart,
    versionNode,
    getNode(ctx, spec, 'values'),
    nodeRef(ctx, chartNode),
  )
}

/** Argo CD `Application`: `spec.source(s)` with a chart, its targetRevision, and helm values/parameters. */
function argoApplication(ctx: YamlDoc, spec: Node | null): Component[] {
  return argoSources(ctx, spec).flatMap((source) => {
    const chartNode = getNode(ctx, source, 'chart')
    const chart = scalarText(ctx, chartNode)
    if (!chart) return []
    const helm = getNode(ctx, source, 'helm')
    const parameters = seqItems(ctx, getNode(ctx, helm, 'parameters'))
    const tagParameter = parameters.find(
      (p) => scalarText(ctx, getNode(ctx, p, 'name')) === 'image.tag',
    )
    if (tagParameter) {
      const value = getNode(ctx, tagParameter, 'value')
      const component = componentFromChart(
        chart,
        undefined,
        scalarText(ctx, value) ?? undefined,
        nodeRef(ctx, chartNode),
        nodeRef(ctx, value),
      )
      return component ? [component] : []
    }
    const valuesObject = getNode(ctx, helm, 'valuesObject')
    const valuesText = scalarText(ctx, getNode(ctx, helm, 'values'))
    return helmComponent(
      ctx,
      chart,
      getNode(ctx, source, 'targetRevision'),
      valuesObject,
      nodeRef(ctx, chartNode),
      valuesText,
    )
  })
}

function argoSources(ctx: YamlDoc, spec: Node | null): Node[] {
  return [getNode(ctx, spec, 'source'), ...seqItems(ctx, getNode(ctx, spec, 'sources'))].filter(
    (s): s is Node => s !== null,
  )
}

/** Repository paths (Flux and Argo CD take them from the repository root) that an object deploys. */
function deployed(ctx: YamlDoc, nodes: ReadonlyArray<Node | null>): Deploy[] {
  return nodes.flatMap((node) => {
    const text = scalarText(ctx, node)
    const target = text === null ? undefined : repositoryPath(text, '')
    return target === undefined ? [] : [{ path: target, at: nodeRef(ctx, node) }]
  })
}

/** A Flux HelmRelease of a chart kept in a Git repository (`chart: ./charts/app`). */
function fluxChartPath(ctx: YamlDoc, spec: Node | null): Deploy[] {
  const chartSpec = getNode(ctx, getNode(ctx, spec, 'chart'), 'spec')
  const source = scalarText(ctx, getNode(ctx, getNode(ctx, chartSpec, 'sourceRef'), 'kind'))
  return source === 'GitRepository' || source === 'Bucket'
    ? deployed(ctx, [getNode(ctx, chartSpec, 'chart')])
    : []
}

function helmComponent(
  ctx: YamlDoc,
  chart: string,
  versionNode: Node | null,
  values: Node | null,
  at: SourceRef,
  valuesText?: string | null,
): Component[] {
  const fromValues = values
    ? componentsInValues(ctx, values, chart)
    : valuesText
      ? componentsInValuesText(valuesText, chart, at)
      : []
  if (fromValues.length > 0) return fromValues
  const version = scalarText(ctx, versionNode) ?? undefined
  const component = componentFromChart(
    chart,
    version,
    undefined,
    at,
    versionNode ? nodeRef(ctx, versionNode) : at,
  )
  return component ? [component] : []
}

/** Values given as a YAML string (Argo `helm.values: |`): positions are the string's. */
function componentsInValuesText(text: string, chart: string, at: SourceRef): Component[] {
  try {
    const values = parseYamlText(text, { maxAliasCount: 50 }) as unknown
    const tag = (values as { image?: { tag?: unknown } } | null)?.image?.tag
    if (typeof tag !== 'string' && typeof tag !== 'number') return []
    const component = componentFromChart(chart, undefined, String(tag), at, at)
    return component ? [component] : []
  } catch {
    return []
  }
}

const API_LINE = /^\s*apiVersion:\s*["']?([\w.-]+\/[\w.-]+|v\d[\w]*)["']?\s*$/
const KIND_LINE = /^\s*kind:\s*["']?(\w+)["']?\s*$/

/** apiVersion/kind pairs of a Helm template, found line by line: templates are not YAML until rendered. */
export function scanTemplate(file: SourceFile): ApiUsage[] {
  const lines = file.text.split('\n')
  const usages: ApiUsage[] = []
  lines.forEach((line, index) => {
    const api = API_LINE.exec(line)
    if (!api) return
    for (let next = index + 1; next < Math.min(lines.length, index + 6); next++) {
      const kind = KIND_LINE.exec(lines[next]!)
      if (kind) {
        usages.push({
          apiVersion: api[1]!,
          kind: kind[1]!,
          at: { file: file.path, line: index + 1, column: line.indexOf('apiVersion') + 1 },
        })
        return
      }
    }
  })
  for (let index = 0; index < lines.length; index++) {
    const kind = KIND_LINE.exec(lines[index]!)
    if (!kind || usages.some((u) => u.at.line < index + 1 && index + 1 - u.at.line < 6)) continue
    const api = lines
      .slice(index + 1, index + 6)
      .map((l) => API_LINE.exec(l))
      .find(Boolean)
    if (api)
      usages.push({
        apiVersion: api[1]!,
        kind: kind[1]!,
        at: { file: file.path, line: index + 1, column: 1 },
      })
  }
  return usages
}
