import { LOCAL_SOURCE } from './affected.js'
import { gitAsync } from './git-process.js'
import { belowPrefix, walkName } from './walk-name.js'

// What a change is, as git sees it: the questions the affected set asks. Each reads
// the index or the whole tree in git's own time, so they run without blocking.

/**
 * The tracked files under `root` that differ between `commit` and the working tree
 * (committed or not), named as the walk names them. From git's index: it costs the
 * change, not the repository.
 */
export async function changedSince(
  root: string,
  commit: string,
  prefix = '',
  /** Only what the commits since `commit` change (a CI checkout): no index refresh. */
  commitsOnly = false,
): Promise<string[]> {
  const { status, stdout } = await gitAsync(root, [
    'diff',
    '--name-only',
    '-z',
    '--no-renames',
    '--relative',
    commit,
    ...(commitsOnly ? ['HEAD'] : []),
    '--',
  ])
  if (status !== 0) throw new Error(`git diff against ${commit} failed`)
  return stdout
    .split('\0')
    .filter(Boolean)
    .map((name) => walkName(prefix, name))
}

/**
 * The untracked files under `root` (not ignored), named as the walk names them. Git
 * walks the whole tree for this, so it runs beside the evaluation, not before it.
 */
export async function untrackedFiles(root: string, prefix = ''): Promise<string[]> {
  const { stdout } = await gitAsync(root, [
    'ls-files',
    '--others',
    '--exclude-standard',
    '-z',
    '--',
    '.',
  ])
  return stdout
    .split('\0')
    .filter(Boolean)
    .map((name) => walkName(prefix, name))
}

// What declares an EKS cluster, as the readers know it: in Terraform an
// `aws_eks_cluster` resource or the terraform-aws-modules EKS module; elsewhere an
// eksctl ClusterConfig or a CloudFormation AWS::EKS::Cluster (fixed strings, in the
// spellings YAML and JSON files use). Found by the greps that read the tree anyway,
// so a check of the affected set lists what it did not read at no extra pass.
const TERRAFORM_DECLARATION =
  'resource[[:space:]]+"aws_eks_cluster"|"aws_eks_cluster"[[:space:]]*:|terraform-aws-modules/eks/aws'
const DECLARATION_STRINGS = [
  'kind: ClusterConfig',
  'kind: "ClusterConfig"',
  "kind: 'ClusterConfig'",
  '"kind": "ClusterConfig"',
  '"kind":"ClusterConfig"',
  'AWS::EKS::Cluster',
]

/** Where the whole-tree greps look: a git working tree under `root`, its walk names below `prefix`. */
export interface GrepScope {
  readonly root: string
  readonly prefix: string
  /**
   * Search what the index holds instead of the files: a CI checkout's change is its
   * commits (files a step writes are build output), and reading blobs from the pack
   * costs a third less than opening every file.
   */
  readonly committed: boolean
}

/**
 * The local module sources (`source = "../modules/eks"`) of the Terraform in the
 * tree, as [file, source] pairs, and the Terraform files that declare a cluster, by
 * one `git grep`.
 */
export async function moduleGraph(
  tree: GrepScope,
): Promise<{ sources: Array<[string, string]>; declaring: string[] }> {
  const { root, prefix } = tree
  const { stdout } = await gitAsync(root, [
    'grep',
    ...(tree.committed ? ['--cached'] : []),
    '-I',
    '-z',
    '-o',
    '-E',
    `"?source"?[[:space:]]*[=:][[:space:]]*"\\.\\.?/[^"]*"|${TERRAFORM_DECLARATION}`,
    '--',
    '*.tf',
    '*.tf.json',
    '*.hcl',
  ])
  const sources: Array<[string, string]> = []
  const declaring = new Set<string>()
  for (const line of stdout.split('\n').filter(Boolean)) {
    const [file, match] = line.split('\0') as [string, string]
    const source = [...match.matchAll(LOCAL_SOURCE)][0]?.[1]
    if (source) sources.push([walkName(prefix, file), source])
    else declaring.add(walkName(prefix, file))
  }
  return { sources, declaring: [...declaring] }
}

/**
 * The tracked files under `root`, outside `skip` (walk names), that contain one of
 * `needles` or have one as a directory name in their path: what could tie a file the
 * change did not touch to a cluster it affects. With `declarations`, also the YAML
 * and JSON files there that declare a cluster, from the same pass. Reads the whole
 * tree, so it runs beside the evaluation.
 */
export async function mentionedOutside(
  tree: GrepScope,
  needles: readonly string[],
  skip: readonly string[],
  declarations = false,
): Promise<{ mentions: string[]; declaring: string[] }> {
  const { root, prefix } = tree
  const markers = declarations ? DECLARATION_STRINGS : []
  if (needles.length === 0 && markers.length === 0) return { mentions: [], declaring: [] }
  const excludes = skip.map((dir) => `:(exclude,glob)${belowPrefix(prefix, dir)}/**`)
  const kinds = ['*.yaml', '*.yml', '*.json', '*.tf', '*.hcl']
  const dirs = needles.filter((needle) => /^[\w.-]+$/.test(needle))
  const [content, paths] = await Promise.all([
    gitAsync(root, [
      'grep',
      ...(tree.committed ? ['--cached'] : []),
      '-I',
      '-z',
      '-o',
      '-F',
      ...[...needles, ...markers].flatMap((n) => ['-e', n]),
      '--',
      ...kinds,
      ...excludes,
    ]),
    dirs.length === 0
      ? Promise.resolve({ stdout: '' })
      : gitAsync(root, [
          'ls-files',
          '-z',
          '--',
          ...dirs.map((n) => `:(glob)**/${n}/**`),
          ...excludes,
        ]),
  ])
  const mentions = new Set<string>()
  const declaring = new Set<string>()
  for (const line of content.stdout.split('\n').filter(Boolean)) {
    const [file, match] = line.split('\0') as [string, string]
    if (!markers.includes(match)) mentions.add(walkName(prefix, file))
    else if (!/\.(tf|hcl)$/.test(file)) declaring.add(walkName(prefix, file))
  }
  for (const file of paths.stdout.split('\0').filter(Boolean)) mentions.add(walkName(prefix, file))
  return { mentions: [...mentions], declaring: [...declaring] }
}
