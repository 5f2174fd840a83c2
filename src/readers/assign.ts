import path from 'node:path/posix'
import { Minimatch } from 'minimatch'
import type { SourceFile } from '../discover/source-file.js'
import { followsControlPlane } from '../model/node-group.js'
import type { ApiUsage, Cluster, Component, NodeGroup } from '../model/inventory.js'
import { covers } from './deploy-path.js'
import type { Deploy } from './types.js'

/** `paths` → `cluster` (id or name): where a manifest's cluster is not the nearest one. */
export interface Assignment {
  readonly paths: string
  readonly cluster: string
}

/** A file no one cluster could be told for: its contents were judged against each candidate. */
export interface AmbiguousFile {
  readonly file: string
  /** Names of the clusters it could serve. */
  readonly clusters: readonly string[]
}

type Placed = { components: Component[]; nodeGroups: NodeGroup[]; apis: ApiUsage[] }

// Judging a file against every cluster of a 200-cluster monorepo would multiply
// the work for no verdict a user could act on; past this, it stays unassigned.
const MAX_CANDIDATES = 12

/**
 * `$EKS_CLUSTER_NAME` and `${EKS_CLUSTER_NAME}` are one placeholder: the same
 * cluster name however a file spells it.
 */
export function clusterNameKey(name: string): string {
  return name.replace(/\$\{(\w+)\}/g, '$$$1')
}

// Where files that serve a cluster name it: Karpenter discovery tags and node role
// names, Helm values (karpenter settings.clusterName, cluster-autoscaler
// autoDiscovery.clusterName, aws-load-balancer-controller clusterName), container
// flags (--cluster-name, cluster-autoscaler's ASG tag discovery), the EKS tags and
// Argo CD destinations.
const NAME = String.raw`["']?([$\w{}.-]+)["']?`
const HINTS: readonly RegExp[] = [
  new RegExp(String.raw`karpenter\.sh/discovery["']?\s*[:=]\s*${NAME}`, 'g'),
  new RegExp(String.raw`\bcluster[-_]?[nN]ame["']?\s*[:=]\s*${NAME}`, 'g'),
  new RegExp(String.raw`\bKarpenterNode(?:Role|InstanceProfile)-([$\w{}.-]+)`, 'g'),
  new RegExp(String.raw`k8s\.io/cluster-autoscaler/((?!enabled\b)[$\w{}.-]+)`, 'g'),
  new RegExp(String.raw`kubernetes\.io/cluster/([$\w{}.-]+)`, 'g'),
  // An Argo CD Application's destination cluster, by the name it was registered under.
  // The keys before `name:` are bounded ({0,3}: server, namespace): an open-ended
  // repetition made a file of many `destination:` lines quadratic (seconds for 300 KB).
  new RegExp(
    String.raw`\bdestination:[ \t]*\n(?:[ \t]+(?!name:)\w+:.*\n){0,3}?[ \t]+name:[ \t]*${NAME}`,
    'g',
  ),
]

/** The cluster names a file's text says it serves. */
export function clusterHints(text: string): Set<string> {
  const names = new Set<string>()
  for (const pattern of HINTS)
    for (const match of text.matchAll(pattern)) if (match[1]) names.add(clusterNameKey(match[1]))
  return names
}

/**
 * eksctl files that only add node groups to a cluster another file creates
 * (`eksctl create nodegroup -f`, the same `metadata.name`, no version of their
 * own) are parts of that cluster, not clusters.
 */
export function mergeEksctlParts(clusters: Cluster[]): Cluster[] {
  const eksctl = clusters.filter((cluster) => cluster.source.kind === 'eksctl')
  const owners = new Map<string, Cluster[]>()
  for (const cluster of eksctl.filter((c) => c.version.status !== 'unspecified')) {
    const key = clusterNameKey(cluster.name)
    owners.set(key, [...(owners.get(key) ?? []), cluster])
  }
  const parts = new Map<string, Cluster[]>()
  for (const cluster of eksctl.filter((c) => c.version.status === 'unspecified')) {
    const owner = owners.get(clusterNameKey(cluster.name))
    if (owner?.length === 1) parts.set(owner[0]!.id, [...(parts.get(owner[0]!.id) ?? []), cluster])
  }
  const merged = new Set([...parts.values()].flat().map((part) => part.id))
  return clusters
    .filter((cluster) => !merged.has(cluster.id))
    .map((cluster) => {
      const extra = parts.get(cluster.id)
      if (!extra) return cluster
      return {
        ...cluster,
        nodeGroups: [
          ...cluster.nodeGroups,
          ...extra.flatMap((part) =>
            part.nodeGroups.map((group) => followsControlPlane(group, cluster.version)),
          ),
        ],
        addons: [...cluster.addons, ...extra.flatMap((part) => part.addons)],
      }
    })
}

/**
 * Ties components, Karpenter node classes and API usages to their cluster
 * (DESIGN §2), by the first of these that decides:
 * 1. the configuration's `assign` entries;
 * 2. a cluster whose own Terraform deploys the file (a `kubernetes_manifest` of
 *    `file(…)`, a `helm_release` values file, through a provider wired to it);
 * 3. the nearest cluster declared in the same or an ancestor directory;
 * 4. the one cluster the file names (a discovery tag, a clusterName);
 * 5. the clusters of the files that deploy it (a Flux Kustomization's `path`, an
 *    Argo CD Application's `source.path`, kustomize `resources`);
 * 6. the one cluster a directory of its path is named after (`clusters/prod/`);
 * 7. the only cluster.
 * A file that could still serve several is attached to each candidate, so its
 * problems are judged against the worst of them (the rule runner keeps one finding).
 */
export function assign(
  clusters: Cluster[],
  placed: Placed & { deploys?: readonly Deploy[] },
  rules: readonly Assignment[],
  files: readonly SourceFile[],
  /** Part of the tree was read: only certain decisions (steps 1–6) are made. */
  partial = false,
) {
  const decide = decider(clusters, rules, files, placed.deploys ?? [], partial)
  const owners = new Map<string, Placed>(
    clusters.map((c) => [c.id, { components: [], nodeGroups: [], apis: [] }]),
  )
  const unassigned: Placed = { components: [], nodeGroups: [], apis: [] }
  const ambiguous = new Map<string, AmbiguousFile>()
  const place = <K extends keyof Placed>(kind: K, items: Placed[K]) => {
    for (const item of items) {
      const { clusters: found, certain } = decide(item.at.file)
      if (found.length === 0) (unassigned[kind] as unknown[]).push(item)
      if (!certain && found.length > 1 && !ambiguous.has(item.at.file))
        ambiguous.set(item.at.file, { file: item.at.file, clusters: found.map((c) => c.name) })
      for (const owner of found) (owners.get(owner.id)![kind] as unknown[]).push(item)
    }
  }
  place('components', placed.components)
  place('nodeGroups', placed.nodeGroups)
  place('apis', placed.apis)
  return {
    clusters: clusters.map((cluster) => {
      const extra = owners.get(cluster.id)!
      return {
        ...cluster,
        components: [...cluster.components, ...extra.components],
        nodeGroups: [
          ...cluster.nodeGroups,
          ...extra.nodeGroups.map((g) => followsControlPlane(g, cluster.version)),
        ],
        apis: [...(cluster.apis ?? []), ...extra.apis],
      }
    }),
    unassigned,
    ambiguous: [...ambiguous.values()],
  }
}

/**
 * The clusters a file serves, decided once per file (every add-on of a values file
 * shares it). `certain` when the repository says so (a file deployed to two
 * clusters serves both); otherwise the clusters are candidates, judged for the worst.
 */
function decider(
  clusters: readonly Cluster[],
  rules: readonly Assignment[],
  files: readonly SourceFile[],
  deploys: readonly Deploy[],
  partial: boolean,
): (file: string) => { clusters: readonly Cluster[]; certain: boolean } {
  const texts = new Map(files.map((file) => [file.path, file.text]))
  const dirOf = (file: string) => (path.dirname(file) === '.' ? '' : path.dirname(file))
  const byDir = new Map<string, Cluster[]>()
  for (const cluster of clusters) {
    const dir = cluster.home ?? dirOf(cluster.source.file)
    byDir.set(dir, [...(byDir.get(dir) ?? []), cluster])
  }
  const matchers = rules.map((rule) => ({
    rule,
    matcher: new Minimatch(rule.paths, { dot: true }),
  }))
  const byName = new Map<string, Cluster[]>()
  for (const cluster of clusters) {
    const key = clusterNameKey(cluster.name)
    byName.set(key, [...(byName.get(key) ?? []), cluster])
  }
  const nearest = (file: string): Cluster | undefined => {
    // The closest directory at or above the file that declares clusters decides.
    for (let dir = dirOf(file); ; dir = dir.includes('/') ? path.dirname(dir) : '') {
      const here = byDir.get(dir)
      if (here) return here.length === 1 ? here[0] : undefined
      if (dir === '') return undefined
    }
  }
  const named = (file: string): Cluster[] => {
    const hints = clusterHints(texts.get(file) ?? '')
    return clusters.filter((cluster) => hints.has(clusterNameKey(cluster.name)))
  }
  const namedByPath = (file: string): Cluster[] => {
    const segments = new Set(dirOf(file).split('/'))
    return [...segments].flatMap((segment) => byName.get(segment) ?? [])
  }
  // An `assign` entry decides, even when it names no declared cluster (then: none).
  const assigned = (file: string): readonly Cluster[] | undefined => {
    const rule = matchers.find(({ matcher }) => matcher.match(file))?.rule
    if (!rule) return undefined
    const owner =
      clusters.find((c) => c.id === rule.cluster) ?? clusters.find((c) => c.name === rule.cluster)
    return owner ? [owner] : []
  }
  const only = (candidates: Cluster[]) => (candidates.length === 1 ? candidates : [])
  const nonEmpty = (candidates: readonly Cluster[]) =>
    candidates.length > 0 ? candidates : undefined
  const nearestOne = (file: string) => {
    const near = nearest(file)
    return near ? [near] : []
  }
  const deployedBy = (file: string) =>
    clusters.filter((c) => c.deploys?.some((d) => covers(d, file)))
  const definite = new Map<string, readonly Cluster[]>()
  const decided = new Map<string, { clusters: readonly Cluster[]; certain: boolean }>()
  // The clusters a file serves for certain (steps 1–6), or none; `visiting` breaks
  // kustomizations that include each other.
  const certain = (file: string, visiting: Set<string>): readonly Cluster[] => {
    const known = definite.get(file)
    if (known) return known
    const steps = [
      () => deployedBy(file),
      () => nearestOne(file),
      () => only(named(file)),
      () => viaDeployers(file, visiting),
      () => only(namedByPath(file)),
    ]
    let found = assigned(file)
    for (const step of steps) found ??= nonEmpty(step())
    found ??= []
    definite.set(file, found)
    return found
  }
  const viaDeployers = (file: string, visiting: Set<string>): readonly Cluster[] => {
    if (visiting.has(file)) return []
    const inner = new Set(visiting).add(file)
    const served = new Set<Cluster>()
    for (const deploy of deploys)
      if (deploy.at.file !== file && covers(deploy.path, file))
        for (const cluster of certain(deploy.at.file, inner)) served.add(cluster)
    return [...served]
  }
  return (file) => {
    const known = decided.get(file)
    if (known) return known
    const sure = certain(file, new Set())
    let decision: { clusters: readonly Cluster[]; certain: boolean }
    if (sure.length > 0 || assigned(file)) decision = { clusters: sure, certain: true }
    else if (partial) decision = { clusters: [], certain: false }
    else if (clusters.length === 1) decision = { clusters, certain: true }
    else {
      const hinted = named(file)
      const candidates = hinted.length > 1 ? hinted : clusters
      // Judging a file against every cluster of a 200-cluster monorepo is no verdict a user can act on.
      decision = { clusters: candidates.length > MAX_CANDIDATES ? [] : candidates, certain: false }
    }
    decided.set(file, decision)
    return decision
  }
}
