import type { ApiUsage, Cluster, Component, NodeGroup, ReadProblem } from '../model/inventory.js'
import type { SourceRef } from '../model/source.js'

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
  /** Files and directories this file deploys, so they serve the cluster it serves. */
  readonly deploys?: Deploy[]
}

/**
 * A repository path (a file, or a directory and all below it) that a GitOps object
 * or kustomization deploys: Flux `Kustomization.spec.path`, an Argo CD Application's
 * `source.path`, kustomize `resources`. The file that says so is `at.file`.
 */
export interface Deploy {
  readonly path: string
  readonly at: SourceRef
}
