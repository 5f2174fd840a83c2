import type { Cluster, Inventory } from './inventory.js'

/**
 * What moved between the base and the head, so that a cluster (and its
 * findings) that only moved is the same cluster: files and directories that
 * git would call renamed, and Terraform `moved {}` blocks.
 */
export interface Moves {
  /** Base path → head path. */
  readonly files: ReadonlyMap<string, string>
  /** Base directory → head directory, derived from the file renames. */
  readonly directories: ReadonlyMap<string, string>
  /** `moved { from = module.a  to = module.b }` in a root module (head side). */
  readonly addresses: readonly TerraformMove[]
}

export interface TerraformMove {
  /** The root module directory that declares the block ('' for the repository root). */
  readonly root: string
  readonly from: string
  readonly to: string
}

export const NO_MOVES: Moves = { files: new Map(), directories: new Map(), addresses: [] }

interface Text {
  readonly path: string
  readonly text: string
}

/**
 * Renames as `git diff -M` sees the common cases: a file gone from the base and
 * one new in the head with the same text, else the same name when that pairs
 * them one to one (a moved file edited on the way). Directories follow: when
 * `a/prod/main.tf` became `b/prod/main.tf`, `a/prod` became `b/prod`. Pure.
 */
export function detectMoves(
  base: readonly Text[],
  head: readonly Text[],
  addresses: readonly TerraformMove[] = [],
): Moves {
  const headPaths = new Set(head.map((file) => file.path))
  const basePaths = new Set(base.map((file) => file.path))
  const gone = base.filter((file) => !headPaths.has(file.path))
  const added = head.filter((file) => !basePaths.has(file.path))
  const files = new Map<string, string>()
  const taken = new Set<string>()
  const byText = groupBy(added, (file) => file.text)
  for (const file of gone) {
    const same = (byText.get(file.text) ?? []).filter((candidate) => !taken.has(candidate.path))
    if (same.length === 1) {
      files.set(file.path, same[0]!.path)
      taken.add(same[0]!.path)
    }
  }
  const name = (file: Text) => file.path.slice(file.path.lastIndexOf('/') + 1)
  const goneByName = groupBy(
    gone.filter((file) => !files.has(file.path)),
    name,
  )
  const addedByName = groupBy(
    added.filter((file) => !taken.has(file.path)),
    name,
  )
  for (const [key, from] of goneByName) {
    const to = addedByName.get(key)
    if (from.length === 1 && to?.length === 1) files.set(from[0]!.path, to[0]!.path)
  }
  const headDirectories = new Set<string>()
  for (const file of head)
    for (let dir = file.path; dir.includes('/');)
      headDirectories.add((dir = dir.slice(0, dir.lastIndexOf('/'))))
  return { files, directories: directoryMoves(files, headDirectories), addresses }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const group = groups.get(key(item))
    if (group) group.push(item)
    else groups.set(key(item), [item])
  }
  return groups
}

/**
 * The directory move a file move implies: `clusters/prod/main.tf` → `envs/prod/main.tf`
 * moved `clusters/prod` to `envs/prod`, and `clusters` to `envs` when the head has no
 * `clusters` left. Kept only when every file agrees.
 */
function directoryMoves(
  files: ReadonlyMap<string, string>,
  headDirectories: ReadonlySet<string>,
): Map<string, string> {
  const seen = new Map<string, Set<string>>()
  for (const [from, to] of files) {
    const a = from.split('/')
    const b = to.split('/')
    if (a[a.length - 1] !== b[b.length - 1]) continue
    a.pop()
    b.pop()
    // clusters/a/main.tf → moved/a/main.tf moved clusters/a, not clusters: a directory
    // the head still has did not move, so the generalisation stops below it.
    while (
      a.length > 1 &&
      b.length > 1 &&
      a[a.length - 1] === b[b.length - 1] &&
      !headDirectories.has(a.slice(0, -1).join('/'))
    ) {
      a.pop()
      b.pop()
    }
    if (a.join('/') === b.join('/')) continue
    if (a.length === 0) continue
    const key = a.join('/')
    seen.set(key, (seen.get(key) ?? new Set()).add(b.join('/')))
  }
  const directories = new Map<string, string>()
  for (const [from, targets] of seen)
    if (targets.size === 1) directories.set(from, [...targets][0]!)
  return directories
}

/** A base path as the head names it. */
export function movedPath(moves: Moves, file: string): string {
  return moves.files.get(file) ?? underMovedDirectory(moves, file, file.split('/').length - 1)
}

function movedDirectory(moves: Moves, dir: string): string {
  if (!dir || dir === '.') return dir
  return underMovedDirectory(moves, dir, dir.split('/').length) || '.'
}

/** `path` with its longest moved leading directory (of at most `levels` segments) replaced. */
function underMovedDirectory(moves: Moves, path: string, levels: number): string {
  const parts = path.split('/')
  for (let i = levels; i > 0; i--) {
    const to = moves.directories.get(parts.slice(0, i).join('/'))
    if (to !== undefined) return [to, ...parts.slice(i)].filter(Boolean).join('/')
  }
  return path
}

/**
 * A base cluster id as the head would write it: `terraform:ROOT[tfvars]:ADDRESS`
 * with the root directory moved and `moved {}` applied to the address,
 * `eksctl:FILE:NAME` and `cloudformation:FILE:ID` with the file moved.
 */
export function movedClusterId(moves: Moves, id: string): string {
  const [kind, location, ...rest] = id.split(':')
  if (kind === undefined || location === undefined) return id
  let address = rest.join(':')
  if (kind === 'terraform') {
    const root = /^(.*?)(\[.*\])?$/.exec(location)!
    const dir = movedDirectory(moves, root[1]!)
    for (const move of moves.addresses) {
      if ((move.root || '.') !== dir) continue
      if (
        address === move.from ||
        address.startsWith(`${move.from}.`) ||
        address.startsWith(`${move.from}[`)
      )
        address = move.to + address.slice(move.from.length)
    }
    return [kind, `${dir}${root[2] ?? ''}`, address].join(':')
  }
  return [kind, movedPath(moves, location), address].join(':')
}

/** `eu-west-1`, `us-gov-west-1`: a region as a literal fact, not a template placeholder. */
export function isAwsRegion(text: string): boolean {
  return /^[a-z]{2}(-[a-z]+)+-\d+$/.test(text)
}

type Identity = Pick<Cluster, 'name' | 'region' | 'account'>

/** Region and account agree unless both are declared and differ. */
function samePlace(a: Identity, b: Identity): boolean {
  const agree = (x: string | undefined, y: string | undefined) => !x || !y || x === y
  return agree(a.region, b.region) && agree(a.account, b.account)
}

/** Two clusters of one name are one cluster unless both say where and they differ. */
export function sameIdentity(a: Identity, b: Identity): boolean {
  return a.name === b.name && samePlace(a, b)
}

/** Whether a cluster's name is its own (an EKS name), not a stand-in such as its address. */
function namedCluster(cluster: Cluster): boolean {
  return cluster.name !== '' && cluster.name !== cluster.address
}

/**
 * Which base cluster each head cluster is: the same id once moves are applied,
 * unless its EKS identity changed there (renamed, or another region: replaced);
 * else the one cluster of the same EKS identity (name, and region and account
 * where declared) on each side: a module renamed without `moved {}`, a root
 * moved and edited. A renamed cluster is a new one.
 */
export function matchClusters(
  head: Inventory,
  base: Inventory | undefined,
  moves: Moves = NO_MOVES,
): Map<string, Cluster> {
  const matched = new Map<string, Cluster>()
  if (!base) return matched
  const baseById = new Map(
    base.clusters.map((cluster) => [movedClusterId(moves, cluster.id), cluster]),
  )
  const used = new Set<string>()
  for (const cluster of head.clusters) {
    const before = baseById.get(cluster.id)
    // Same place, other EKS identity (renamed, or another region): Terraform and eksctl
    // would create another cluster, so it is one. A name only known at apply time agrees.
    const same =
      before &&
      (namedCluster(before) && namedCluster(cluster)
        ? sameIdentity(before, cluster)
        : samePlace(before, cluster))
    if (before && same) {
      matched.set(cluster.id, before)
      used.add(before.id)
    }
  }
  const unmatchedBase = base.clusters.filter(
    (cluster) => !used.has(cluster.id) && namedCluster(cluster),
  )
  const unmatchedHead = head.clusters.filter(
    (cluster) => !matched.has(cluster.id) && namedCluster(cluster),
  )
  for (const cluster of unmatchedHead) {
    const same = unmatchedBase.filter((before) => sameIdentity(before, cluster))
    const rivals =
      same.length === 1 ? unmatchedHead.filter((other) => sameIdentity(same[0]!, other)) : []
    if (same.length === 1 && rivals.length === 1) matched.set(cluster.id, same[0]!)
  }
  return matched
}
