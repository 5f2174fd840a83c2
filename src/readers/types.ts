import type { ApiUsage, Cluster, Component, NodeGroup, ReadProblem } from '../model/inventory.js'

/**
 * What a reader finds in one file: clusters it declares, and things that
 * belong to a cluster declared elsewhere (components, Karpenter node classes,
 * API usages), which are tied to their cluster after every file is read.
 */
export interface ReaderResult {
  readonly clusters: Cluster[]
  readonly problems: ReadProblem[]
  readonly components?: Component[]
  readonly nodeGroups?: NodeGroup[]
  readonly apis?: ApiUsage[]
}
