import type { Attribute, Expr } from '../hcl/ast.js'
import type { ClusterDraft } from './draft.js'
import { linkOf, type Site } from './site.js'

/**
 * The `host` of the provider a Kubernetes-side resource uses (`provider =
 * helm.blue`, else the default configuration of its type): helm v2 nests it in
 * a `kubernetes { }` block, helm v3 in a `kubernetes = { }` object, the
 * kubernetes and kubectl providers set it directly.
 */
function providerHost(site: Site, type: string): Pick<Attribute, 'expression'> | undefined {
  const chosen = site.block.body.attributes.get('provider')?.expression.text.trim() ?? type
  const provider = site.instance.directory.providers.get(chosen)
  if (!provider) return undefined
  const direct = provider.body.attributes.get('host')
  if (direct) return direct
  const block = provider.body.blocks.find((b) => b.type === 'kubernetes')
  const inBlock = block?.body.attributes.get('host')
  if (inBlock) return inBlock
  const object = provider.body.attributes.get('kubernetes')?.expression
  const entry = object?.kind === 'object' ? object.entries.find((e) => e.key === 'host') : undefined
  return entry ? { expression: entry.value } : undefined
}

/**
 * A resource whose provider talks to one cluster belongs to that cluster, however
 * many the root declares: `attach` runs on it once the clusters are known. Returns
 * false when the provider names no cluster, so the caller places it by its file.
 */
export function attachThroughProvider(
  site: Site,
  type: string,
  attach: (cluster: ClusterDraft) => void,
): boolean {
  const host = providerHost(site, type)
  if (!host) return false
  const expression: Expr = host.expression
  site.out.attachments.push({
    root: site.root,
    link: linkOf(site, expression, site.instance.evaluateIn(site.expansion, expression)),
    what: `${site.block.labels[0]} ${site.block.labels[1] ?? ''}`,
    at: site.block.at,
    attach,
  })
  return true
}
