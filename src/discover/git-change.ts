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

/**
 * The local module sources (`source = "../modules/eks"`) of the Terraform under
 * `root` in the working tree, as [file, source] pairs, by one `git grep`.
 */
export async function localModuleSources(
  root: string,
  prefix = '',
): Promise<Array<[string, string]>> {
  const { stdout } = await gitAsync(root, [
    'grep',
    '-I',
    '-z',
    '-o',
    '-E',
    '"?source"?[[:space:]]*[=:][[:space:]]*"\\.\\.?/[^"]*"',
    '--',
    '*.tf',
    '*.tf.json',
    '*.hcl',
  ])
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [file, match] = line.split('\0') as [string, string]
      return [walkName(prefix, file), [...match.matchAll(LOCAL_SOURCE)][0]![1]!]
    })
}

/**
 * A tracked file under `root`, outside `skip` (walk names), that contains one of
 * `needles` or has one as a directory name in its path: what could tie a file the
 * change did not touch to a cluster it affects. Reads the whole tree, so it runs
 * beside the evaluation.
 */
export async function mentionedOutside(
  root: string,
  needles: readonly string[],
  skip: readonly string[],
  prefix = '',
): Promise<string | undefined> {
  if (needles.length === 0) return undefined
  const excludes = skip.map((dir) => `:(exclude,glob)${belowPrefix(prefix, dir)}/**`)
  const kinds = ['*.yaml', '*.yml', '*.json', '*.tf', '*.hcl']
  const dirs = needles.filter((needle) => /^[\w.-]+$/.test(needle))
  const [content, paths] = await Promise.all([
    gitAsync(root, [
      'grep',
      '-I',
      '-l',
      '-F',
      ...needles.flatMap((n) => ['-e', n]),
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
  const hit = content.stdout.split('\n')[0] || paths.stdout.split('\0')[0]
  return hit ? walkName(prefix, hit) : undefined
}

/**
 * The tracked files under `root` that declare an EKS cluster as the readers know
 * them — an `aws_eks_cluster` resource, the terraform-aws-modules EKS module, an
 * eksctl ClusterConfig, a CloudFormation `AWS::EKS::Cluster` — by one `git grep`:
 * what a check of the affected set lists as unchanged without reading it.
 */
export async function clusterDeclarations(root: string, prefix = ''): Promise<string[]> {
  const markers = [
    'resource[[:space:]]+"aws_eks_cluster"',
    '"aws_eks_cluster"[[:space:]]*:',
    'terraform-aws-modules/eks/aws',
    'kind:[[:space:]]*["\']?ClusterConfig',
    '"kind"[[:space:]]*:[[:space:]]*"ClusterConfig"',
    'AWS::EKS::Cluster',
  ]
  const { stdout } = await gitAsync(root, [
    'grep',
    '-I',
    '-l',
    '-z',
    '-E',
    ...markers.flatMap((marker) => ['-e', marker]),
    '--',
    '*.tf',
    '*.tf.json',
    '*.hcl',
    '*.yaml',
    '*.yml',
    '*.json',
  ])
  return stdout
    .split('\0')
    .filter(Boolean)
    .map((name) => walkName(prefix, name))
}
