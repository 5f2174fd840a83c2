import type { SourceRef } from '../../../model/source.js'
import type { Block, Expr } from '../hcl/ast.js'
import type { Expansion, ModuleInstance } from '../hcl/module-instance.js'
import { asString, type Value } from '../hcl/value.js'
import type { Attachment, ClusterDraft, ClusterLink, Extraction } from './draft.js'

/** One expanded block (resource or module call) being read, with where its findings go. */
export interface Site {
  readonly instance: ModuleInstance
  readonly block: Block
  readonly expansion: Expansion
  readonly address: string
  readonly root: string
  readonly out: Extraction
}

export function attr(site: Site, name: string): { value: Value; at: SourceRef } | undefined {
  const attribute = site.block.body.attributes.get(name)
  return attribute
    ? { value: site.instance.evaluateIn(site.expansion, attribute.expression), at: attribute.at }
    : undefined
}

export function text(input: { value: Value } | undefined): string | null {
  return input ? asString(input.value) : null
}

export function clusterId(root: string, address: string): string {
  return `terraform:${root}:${address}`
}

/** `aws_eks_cluster.this.name` (or `.id`) names the cluster by address; anything else by its evaluated name. */
export function linkOf(site: Site, expr: Expr | undefined, value: Value | undefined): ClusterLink {
  // `aws_eks_cluster.NAME[KEY].ATTR`: the steps from the root name outwards.
  const steps: Expr[] = []
  for (
    let node = expr;
    node;
    node = node.kind === 'attr' || node.kind === 'index' ? node.target : undefined
  )
    steps.unshift(node)
  const [root, resource, maybeIndex] = steps
  // `aws_eks_cluster.blue.name` links to that resource, not to an attribute name: with
  // two clusters in one root they are two clusters. `module.eks_cluster.eks_cluster_id`
  // links to the cluster that module call declares.
  const kind =
    root?.kind === 'variable' && (root.name === 'aws_eks_cluster' || root.name === 'module')
      ? root.name
      : undefined
  if (kind && resource?.kind === 'attr') {
    const prefix = site.instance.address ? `${site.instance.address}.` : ''
    const key =
      maybeIndex?.kind === 'index'
        ? site.instance.evaluateIn(site.expansion, maybeIndex.key)
        : undefined
    const suffix = key
      ? key.type === 'number'
        ? `[${key.value}]`
        : `[${JSON.stringify(asString(key))}]`
      : ''
    return { kind: 'address', address: `${prefix}${kind}.${resource.name}${suffix}` }
  }
  return linkOfValue(value)
}

/** The cluster a value names: its name, the cluster resource its computed id comes from, or a data source that looks one up. */
function linkOfValue(value: Value | undefined): ClusterLink {
  const name = value ? asString(value) : null
  if (name) return { kind: 'name', name }
  const ref = value?.type === 'unknown' ? value.data : undefined
  // `data.aws_eks_cluster.x.endpoint` (or `_auth`'s token): the cluster its `name` argument looks up.
  const lookedUp = ref?.arguments?.get('name')
  if ((ref?.type === 'aws_eks_cluster' || ref?.type === 'aws_eks_cluster_auth') && lookedUp) {
    const link = linkOfValue(lookedUp)
    if (link.kind !== 'unknown') return link
  }
  // The cluster's computed id or ARN, passed down through module inputs: that resource.
  if (ref?.type === 'aws_eks_cluster' && ref.module !== undefined) {
    const key =
      ref.key === undefined
        ? ''
        : typeof ref.key === 'number'
          ? `[${ref.key}]`
          : `[${JSON.stringify(ref.key)}]`
    return {
      kind: 'address',
      address: `${ref.module ? `${ref.module}.` : ''}aws_eks_cluster.${ref.name}${key}`,
    }
  }
  return {
    kind: 'unknown',
    reason:
      value && (value.type === 'unknown' || value.type === 'error')
        ? value.reason
        : 'cluster_name is not set',
  }
}

export function attachment(
  site: Site,
  field: string,
  what: string,
  attach: (cluster: ClusterDraft) => void,
): Attachment {
  const attribute = site.block.body.attributes.get(field)
  const value = attribute
    ? site.instance.evaluateIn(site.expansion, attribute.expression)
    : undefined
  return {
    root: site.root,
    link: linkOf(site, attribute?.expression, value),
    what,
    at: site.block.at,
    attach,
  }
}
