import type { TerraformMove } from './identity.js'
import type { Declared } from './declared.js'
import type { SourceRef } from './source.js'
import type { KubeVersion } from './version.js'

export type SourceKind =
  'eksctl' | 'terraform' | 'terraform-plan' | 'cloudformation' | 'kubernetes' | 'helm' | 'live'

export type NodeGroupKind = 'managed' | 'self-managed' | 'fargate' | 'karpenter' | 'auto-mode'

export interface NodeGroup {
  readonly name: string
  readonly kind: NodeGroupKind
  /** Where the node group is declared (its name or block). */
  readonly at: SourceRef
  readonly version: Declared<KubeVersion>
  readonly amiType: Declared<string>
  readonly amiFamily: Declared<string>
  readonly releaseVersion: Declared<string>
  readonly amiId: Declared<string>
  /** eksctl `containerRuntime` (dockerd, containerd), when declared. */
  readonly containerRuntime?: Declared<string>
  /** The scripts and settings its nodes boot with, where the configuration writes them. */
  readonly userData?: readonly UserData[]
}

/**
 * User data as written (eksctl overrideBootstrapCommand and preBootstrapCommands,
 * Karpenter `spec.userData`, terraform-aws-eks `pre_bootstrap_user_data`). `at`
 * is its first line when `block` (a YAML block scalar, whose lines are the
 * file's), else where the value is written.
 */
export interface UserData {
  readonly field: string
  readonly text: string
  readonly at: SourceRef
  readonly block: boolean
}

/** An EKS managed add-on (vpc-cni, coredns, kube-proxy, …). */
export interface Addon {
  readonly name: string
  readonly at: SourceRef
  readonly version: Declared<string>
  /**
   * What EKS does with fields another manager owns (kubectl-client-side-apply, a
   * Helm release) when it creates and when it updates the add-on: OVERWRITE takes
   * them over, PRESERVE keeps them (updates only), NONE fails. An `unspecified`
   * value is the default that applies (EKS's NONE, or the module's OVERWRITE).
   */
  readonly resolveConflicts?: {
    readonly onCreate: Declared<string>
    readonly onUpdate: Declared<string>
  }
  /** configuration_values (configurationValues) is set: settings OVERWRITE keeps. */
  readonly configured?: boolean
}

/** Something self-managed found in manifests or Helm (cluster-autoscaler, karpenter, …). */
export interface Component {
  readonly name: string
  readonly at: SourceRef
  readonly image?: string
  /** The Helm chart it comes from, when it does (its version is not the app's). */
  readonly chart?: string
  readonly version: Declared<string>
}

/** An apiVersion/kind a manifest or Helm template uses, for the removed-API rules. */
export interface ApiUsage {
  readonly apiVersion: string
  readonly kind: string
  readonly name?: string
  readonly at: SourceRef
}

export interface Cluster {
  /** Stable across base and head, e.g. `eksctl:clusters/prod.yaml:prod`. */
  readonly id: string
  readonly name: string
  /** Terraform: the address inside its root module (`module.eks`, `aws_eks_cluster.this`), to match plan files. */
  readonly address?: string
  readonly source: { readonly kind: SourceKind; readonly file: string; readonly line: number }
  /**
   * Its EKS identity beyond the name, when the source declares it as a literal
   * fact (eksctl `metadata.region`, the Terraform aws provider's region and
   * allowed account): two clusters of one name in two regions are two clusters.
   */
  readonly region?: string
  readonly account?: string
  /**
   * The directory the cluster is deployed from, when not its source file's: a Terraform
   * root module that calls a shared module. Manifests and charts below it belong to it.
   */
  readonly home?: string
  readonly version: Declared<KubeVersion>
  readonly nodeGroups: readonly NodeGroup[]
  readonly addons: readonly Addon[]
  readonly components: readonly Component[]
  /** APIs used by the manifests and templates tied to this cluster. */
  readonly apis?: readonly ApiUsage[]
  /**
   * Repository files its own configuration deploys to it (a Terraform
   * `kubernetes_manifest` of `file("…/nodeclass.yaml")` wired to it): they serve it.
   */
  readonly deploys?: readonly string[]
}

/** A file, or part of one, that the tool could not read. Never dropped silently. */
export interface ReadProblem {
  readonly at: SourceRef
  readonly message: string
}

/**
 * A file the base read that the head still has where the gate does not read it:
 * renamed to `main.tf.orig`, moved into a hidden directory, excluded by the
 * head's configuration. What it declares on the head is unchecked.
 */
export interface UnreadFile {
  /** Its path on the base. */
  readonly file: string
  /** Its path on the head. */
  readonly now: string
  /** Why the gate does not read it there. */
  readonly reason: string
}

export interface Inventory {
  readonly clusters: readonly Cluster[]
  /** Components, node classes and APIs that could not be tied to one cluster. */
  readonly unassigned?: Unassigned
  readonly problems: readonly ReadProblem[]
  /** How many files were looked at, for the report's footer. */
  readonly filesScanned: number
  /** Files that could serve several clusters: their contents were judged against each. */
  readonly ambiguous?: ReadonlyArray<{
    readonly file: string
    readonly clusters: readonly string[]
  }>
  /** Files the base read that the head keeps out of the gate's sight. */
  readonly unread?: readonly UnreadFile[]
  /** Terraform `moved {}` blocks of root modules: what an address was called before. */
  readonly moved?: readonly TerraformMove[]
}

export interface Unassigned {
  readonly components: readonly Component[]
  readonly nodeGroups: readonly NodeGroup[]
  readonly apis: readonly ApiUsage[]
}
