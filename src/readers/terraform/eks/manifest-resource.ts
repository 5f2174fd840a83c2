import { unresolved } from '../../../model/declared.js'
import type { ApiUsage, Component, NodeGroup } from '../../../model/inventory.js'
import type { SourceRef } from '../../../model/source.js'
import { followsControlPlane } from '../../../model/node-group.js'
import { karpenterNodeClass, type Written } from '../../k8s/karpenter.js'
import { readManifests } from '../../k8s/manifests.js'
import type { Expr } from '../hcl/ast.js'
import { asString, type Value } from '../hcl/value.js'
import { deployedFiles } from './deployed-files.js'
import { attachThroughProvider } from './provider-wiring.js'
import type { Site } from './site.js'

interface Contents {
  readonly components: Component[]
  readonly nodeGroups: NodeGroup[]
  readonly apis: ApiUsage[]
}

const NOTHING: Contents = { components: [], nodeGroups: [], apis: [] }

// The attribute holding the object and the provider type each resource uses.
const RESOURCES: Record<string, { attribute: string; provider: string }> = {
  kubernetes_manifest: { attribute: 'manifest', provider: 'kubernetes' },
  kubectl_manifest: { attribute: 'yaml_body', provider: 'kubectl' },
}

/**
 * A Kubernetes object Terraform applies (`kubernetes_manifest`, the kubectl
 * provider's `kubectl_manifest`): the API it uses, a Karpenter EC2NodeClass, a
 * workload's images, as a manifest file would give them. It belongs to the
 * cluster its provider connects to; a file it reads (`file("…/x.yaml")`) serves
 * that cluster too.
 */
export function readManifestResource(site: Site): void {
  const { attribute, provider } = RESOURCES[site.block.labels[0]!]!
  const expression = site.block.body.attributes.get(attribute)?.expression
  if (!expression) return
  const found = contents(site, expression)
  const deploys = deployedFiles(site, attribute)
  const wired = attachThroughProvider(site, provider, (cluster) => {
    cluster.components.push(...found.components)
    cluster.nodeGroups.push(...found.nodeGroups.map((g) => followsControlPlane(g, cluster.version)))
    cluster.apis.push(...found.apis)
    cluster.deploys.push(...deploys)
  })
  if (!wired) {
    site.out.components.push(...found.components)
    site.out.nodeGroups.push(...found.nodeGroups)
    site.out.apis.push(...found.apis)
  }
}

function contents(site: Site, expression: Expr): Contents {
  const yaml =
    expression.kind === 'call' && expression.name === 'yamldecode'
      ? expression.args[0]
      : site.block.labels[0] === 'kubectl_manifest'
        ? expression
        : undefined
  if (yaml) return yamlContents(site, yaml)
  return objectContents(site.instance.evaluateIn(site.expansion, expression), expression.at)
}

/**
 * YAML text written in the configuration (a heredoc, with `${…}` holes): read as
 * a manifest at the lines it occupies. A hole Terraform fills at apply time
 * leaves what it is part of unresolved, never its placeholder as a value.
 */
function yamlContents(site: Site, expression: Expr): Contents {
  const value = site.instance.evaluateIn(site.expansion, expression)
  const holes: Value[] = []
  const text =
    value.type === 'string'
      ? value.value
      : value.type === 'unknown' && value.parts
        ? value.parts
            .map((part) => (typeof part === 'string' ? part : hole(holes.push(part) - 1)))
            .join('')
        : undefined
  if (text === undefined) return NOTHING
  const heredoc = /^<<(-?)/.exec(expression.text)
  // A heredoc's lines are the file's (after the `<<EOT` line), indented as written,
  // so the manifest is read in place; a quoted string is one place, the expression's.
  const indent = heredoc?.[1] ? commonIndent(expression.text) : ''
  const inPlace = heredoc
    ? '\n'.repeat(expression.at.line) +
      text
        .split('\n')
        .map((line) => (line === '' || /^(---|\.\.\.)/.test(line) ? line : indent + line))
        .join('\n')
    : text
  const read = readManifests({ path: expression.at.file, text: inPlace })
  const found: Contents = {
    components: (read.components ?? []).map((c) => withHoles(c, holes)),
    nodeGroups: (read.nodeGroups ?? []).map((g) => withHoles(g, holes)),
    apis: (read.apis ?? []).filter((api) => !HOLE.test(api.apiVersion) && !HOLE.test(api.kind)),
  }
  if (heredoc) return found
  const here = <T extends object>(item: T) => pointedAt(item, expression.at)
  return {
    components: found.components.map(here),
    nodeGroups: found.nodeGroups.map(here),
    apis: found.apis.map(here),
  }
}

const hole = (index: number) => `__terraform_hole_${index}__`
const HOLE = /__terraform_hole_(\d+)__/
const HOLES = new RegExp(HOLE.source, 'g')

function commonIndent(source: string): string {
  const body = source
    .split('\n')
    .slice(1, -1)
    .filter((line) => line.trim() !== '')
  const widths = body.map((line) => /^[ \t]*/.exec(line)![0])
  return widths.reduce((a, b) => (b.length < a.length ? b : a), widths[0] ?? '')
}

type Field = { status?: string; value?: unknown; at?: SourceRef } | undefined

/**
 * Every declared field of a component or node class whose value holds a hole
 * becomes unresolved, with the hole's expression and reason; plain text (an
 * image reference) shows the hole as it is written, `${…}`.
 */
function withHoles<T extends object>(item: T, holes: readonly Value[]): T {
  const out: Record<string, unknown> = { ...(item as Record<string, unknown>) }
  for (const [key, field] of Object.entries(item) as Array<[string, unknown]>) {
    if (typeof field === 'string') {
      out[key] = field.replace(
        HOLES,
        (_, index: string) => `\${${expressionOf(holes[Number(index)])}}`,
      )
      continue
    }
    const declared = field as Field
    const match =
      declared?.status && typeof declared.value === 'string' ? HOLE.exec(declared.value) : null
    const cause = match ? holes[Number(match[1])] : undefined
    if (declared?.at && (cause?.type === 'unknown' || cause?.type === 'error'))
      out[key] = unresolved(declared.at, cause.expression, cause.reason)
  }
  return out as T
}

function expressionOf(value: Value | undefined): string {
  return value?.type === 'unknown' || value?.type === 'error' ? value.expression : '…'
}

/** The item, and each declared field of it, pointing at one place. */
function pointedAt<T extends object>(item: T, at: SourceRef): T {
  const out: Record<string, unknown> = { ...(item as Record<string, unknown>) }
  for (const [key, field] of Object.entries(item) as Array<[string, Field]>) {
    if (key === 'at') out[key] = at
    else if (field?.status && field.at) out[key] = { ...field, at }
  }
  return out as T
}

/** `manifest = { apiVersion = …, kind = …, spec = { … } }`: the object Terraform sends. */
function objectContents(manifest: Value, at: SourceRef): Contents {
  const field = (value: Value | undefined, name: string) =>
    value?.type === 'object' ? value.entries.get(name) : undefined
  const written = (value: Value | undefined): Written | undefined => {
    const text = value ? asString(value) : null
    return text === null ? undefined : { text, at: value!.origin.at }
  }
  const apiVersion = written(field(manifest, 'apiVersion'))
  const kind = written(field(manifest, 'kind'))
  if (!apiVersion || !kind) return NOTHING
  const name = written(field(field(manifest, 'metadata'), 'name'))?.text
  const apis: ApiUsage[] = [
    {
      apiVersion: apiVersion.text,
      kind: kind.text,
      ...(name !== undefined && { name }),
      at: apiVersion.at,
    },
  ]
  if (!apiVersion.text.startsWith('karpenter.k8s.aws/') || kind.text !== 'EC2NodeClass')
    return { ...NOTHING, apis }
  const spec = field(manifest, 'spec')
  const terms = field(spec, 'amiSelectorTerms')
  const aliasValue = (terms?.type === 'list' ? terms.items : [])
    .map((term) => field(term, 'alias'))
    .find((alias) => alias !== undefined)
  const familyValue = field(spec, 'amiFamily')
  const amiFamily = written(familyValue)
  const alias = written(aliasValue)
  const userData = written(field(spec, 'userData'))
  const group = karpenterNodeClass({
    name: name ?? 'EC2NodeClass',
    at,
    ...(amiFamily && { amiFamily }),
    ...(alias && { alias }),
    ...(userData && { userData: { field: 'userData', ...userData, block: false } }),
  })
  // A family or alias Terraform computes is unresolved, never taken for "not set".
  const unsettled = (value: Value | undefined) =>
    value && (value.type === 'unknown' || value.type === 'error') ? value : undefined
  const family = unsettled(familyValue) ?? (amiFamily ? undefined : unsettled(aliasValue))
  const release = unsettled(aliasValue)
  return {
    ...NOTHING,
    apis,
    nodeGroups: [
      {
        ...group,
        ...(family && {
          amiFamily: unresolved<string>(family.origin.at, family.expression, family.reason),
        }),
        ...(release && {
          releaseVersion: unresolved<string>(release.origin.at, release.expression, release.reason),
        }),
      },
    ],
  }
}
