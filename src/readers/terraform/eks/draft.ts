import type { Declared } from '../../../model/declared.js'
import type { Addon, ApiUsage, Cluster, Component, NodeGroup } from '../../../model/inventory.js'
import type { SourceRef } from '../../../model/source.js'
import type { KubeVersion } from '../../../model/version.js'

/** A cluster being assembled from a root module's tree; node groups and add-ons attach later. */
export interface ClusterDraft {
  readonly id: string
  readonly name: string
  /** Resource or module address inside its root (`module.eks`, `aws_eks_cluster.this["a"]`). */
  readonly address: string
  readonly root: string
  readonly source: Cluster['source']
  readonly region?: string
  readonly account?: string
  readonly version: Declared<KubeVersion>
  readonly nodeGroups: NodeGroup[]
  readonly addons: Addon[]
  /** helm_release components whose provider is wired to this cluster. */
  readonly components: Component[]
  /** APIs of kubernetes_manifest / kubectl_manifest resources wired to this cluster. */
  readonly apis: ApiUsage[]
  /** Files those resources deploy (`file("${path.module}/x.yaml")`): they serve this cluster. */
  readonly deploys: string[]
}

/** How a node group, add-on or Fargate profile names its cluster. */
export type ClusterLink =
  | { readonly kind: 'address'; readonly address: string }
  | { readonly kind: 'name'; readonly name: string }
  | {
      readonly kind: 'unknown'
      readonly reason: string
      /** The module instance it is declared in: the one cluster declared around it is its. */
      readonly within?: string
    }

/** Something declared apart from its cluster (`aws_eks_node_group`, a node-group submodule call). */
export interface Attachment {
  readonly root: string
  readonly link: ClusterLink
  readonly what: string
  readonly at: SourceRef
  /**
   * It is an EKS part only if a module around it declares a cluster (an
   * autoscaling group with nothing EKS about it): otherwise it is left out.
   */
  readonly onlyInsideCluster?: true
  attach(cluster: ClusterDraft): void
}

export function toCluster(draft: ClusterDraft): Cluster {
  return {
    id: draft.id,
    name: draft.name,
    address: draft.address,
    source: draft.source,
    ...(draft.region && { region: draft.region }),
    ...(draft.account && { account: draft.account }),
    // `clusters/prod[prod.tfvars]` → `clusters/prod`: the root module the cluster is deployed from.
    home: draft.root.replace(/\[.*\]$/, '').replace(/^\.$/, ''),
    version: draft.version,
    nodeGroups: draft.nodeGroups,
    addons: draft.addons,
    components: draft.components,
    ...(draft.apis.length > 0 && { apis: draft.apis }),
    ...(draft.deploys.length > 0 && { deploys: draft.deploys }),
  }
}

/** What walking one root module yields, before node groups and add-ons are tied to clusters. */
export interface Extraction {
  readonly clusters: ClusterDraft[]
  readonly attachments: Attachment[]
  /** helm_release and manifest-resource contents not wired to a cluster: placed by file, like manifests. */
  readonly components: Component[]
  readonly nodeGroups: NodeGroup[]
  readonly apis: ApiUsage[]
}
