import type { AddonVersion } from './addon-version.js'
import type { NodeGroupKind } from './inventory.js'
import type { KubeVersion } from './version.js'

export interface LiveNodeGroup {
  readonly name: string
  readonly kind: NodeGroupKind
  readonly nodes: number
  /** Oldest and newest kubelet minors among the group's nodes. */
  readonly oldest: KubeVersion | null
  readonly newest: KubeVersion | null
  readonly osImages: readonly string[]
  readonly kernels: readonly string[]
  readonly runtimes: readonly string[]
}

export interface LiveComponent {
  readonly name: string
  readonly image: string
  readonly version: AddonVersion | null
}

/** A live cluster in the terms the rules use. */
export interface LiveView {
  readonly name: string
  /** Where it runs, when the kubeconfig's ARN or the EKS API says so. */
  readonly region?: string
  readonly account?: string
  readonly context: string
  readonly version: KubeVersion | null
  readonly nodeGroups: readonly LiveNodeGroup[]
  readonly components: readonly LiveComponent[]
  readonly problems: readonly string[]
}

export interface LiveContext {
  /** Each live cluster read (kubeconfig, AWS), with the declared cluster it is when that could be told. */
  readonly clusters: ReadonlyArray<{ readonly view: LiveView; readonly clusterId?: string }>
  /** Why a live source could not be read at all. */
  readonly errors: readonly string[]
}
