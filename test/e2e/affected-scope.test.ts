import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { eksctlCluster, TempRepo } from '../helpers/git-repo.js'
import { checkAgainst } from '../helpers/change.js'
import { random } from '../helpers/random.js'

// The affected-set shortcut must never change a verdict: on generated repositories
// and random edits, the default scope and `--scope all` give the same result, the
// same new findings at the same places. Seeded, so a failure names its case.

const MINORS = ['1.29', '1.30', '1.31', '1.32', '1.33']
const pick = <T>(rand: () => number, items: readonly T[]): T =>
  items[Math.floor(rand() * items.length)]!
const bump = (minor: string, by: number) =>
  MINORS[Math.min(MINORS.indexOf(minor) + by, MINORS.length - 1)]!

// flowcontrol v1beta3 is gone in 1.32, PodSecurityPolicy in 1.25: findings that
// appear when a cluster's version moves, on files the change does not touch.
const flowSchema = (name: string) =>
  `apiVersion: flowcontrol.apiserver.k8s.io/v1beta3\nkind: FlowSchema\nmetadata:\n  name: ${name}\nspec:\n  priorityLevelConfiguration:\n    name: workload-low\n`
const autoscalerValues = (minor: string) => `cluster-autoscaler:\n  image:\n    tag: v${minor}.0\n`
const chart =
  'apiVersion: v2\nname: platform\nversion: 0.1.0\ndependencies:\n  - name: cluster-autoscaler\n    version: 9.43.2\n    repository: https://kubernetes.github.io/autoscaler\n'

function terraformRoot(name: string, minor: string, wrapped: boolean): Record<string, string> {
  return {
    'variables.tf': 'variable "cluster_version" {\n  type = string\n}\n',
    'terraform.tfvars': `cluster_version = "${minor}"\n`,
    'iam.tf': `resource "aws_iam_role" "ci" {\n  name = "${name}-ci"\n}\n`,
    'main.tf': wrapped
      ? `module "cluster" {\n  source  = "../../modules/eks"\n  name    = "${name}"\n  version = var.cluster_version\n}\n`
      : `module "eks" {\n  source          = "terraform-aws-modules/eks/aws"\n  version         = "~> 20.0"\n  cluster_name    = "${name}"\n  cluster_version = var.cluster_version\n  eks_managed_node_groups = {\n    general = { ami_type = "AL2023_x86_64_STANDARD" }\n  }\n}\n`,
  }
}

const sharedModule = (addon: string) => ({
  'modules/eks/variables.tf':
    'variable "name" {\n  type = string\n}\nvariable "version" {\n  type = string\n}\n',
  'modules/eks/main.tf': `module "eks" {\n  source          = "terraform-aws-modules/eks/aws"\n  version         = "~> 20.0"\n  cluster_name    = var.name\n  cluster_version = var.version\n  cluster_addons = {\n    coredns = { addon_version = "${addon}" }\n  }\n}\n`,
})

interface Root {
  readonly name: string
  readonly kind: 'terraform' | 'wrapped' | 'eksctl'
  readonly minor: string
}

function repository(rand: () => number): { roots: Root[]; files: Record<string, string> } {
  const files: Record<string, string> = {
    ...sharedModule('v1.11.1-eksbuild.8'),
    'README.md': '# infra\n',
  }
  const roots: Root[] = []
  const count = 6 + Math.floor(rand() * 8)
  for (let i = 0; i < count; i++) {
    const kind = pick(rand, ['terraform', 'wrapped', 'eksctl'] as const)
    const root = {
      name: `c${i}-${pick(rand, ['dev', 'prod', 'stage'])}`,
      kind,
      minor: pick(rand, MINORS.slice(0, 4)),
    }
    roots.push(root)
    const dir = `clusters/${root.name}`
    const own =
      kind === 'eksctl'
        ? { 'cluster.yaml': eksctlCluster(root.name, root.minor) }
        : terraformRoot(root.name, root.minor, kind === 'wrapped')
    for (const [file, text] of Object.entries(own)) files[`${dir}/${file}`] = text
    if (rand() < 0.5) files[`${dir}/k8s/flow.yaml`] = flowSchema(`${root.name}-flow`)
    if (rand() < 0.5) {
      files[`${dir}/charts/platform/Chart.yaml`] = chart
      files[`${dir}/charts/platform/values.yaml`] = autoscalerValues(root.minor)
    }
  }
  // A shared manifest that names one cluster, far from it.
  if (rand() < 0.5) {
    const named = pick(rand, roots).name
    files['platform/karpenter.yaml'] =
      `apiVersion: karpenter.k8s.aws/v1\nkind: EC2NodeClass\nmetadata:\n  name: ${named}\nspec:\n  amiFamily: AL2\n  amiSelectorTerms:\n    - alias: al2@latest\n  subnetSelectorTerms:\n    - tags:\n        karpenter.sh/discovery: ${named}\n`
  }
  return { roots, files }
}

type Edit = (repo: TempRepo, roots: Root[], rand: () => number) => string

/** The roots an earlier edit of the same case has not deleted or moved. */
const present = (repo: TempRepo, roots: Root[]) =>
  roots.filter((root) => existsSync(path.join(repo.dir, 'clusters', root.name)))

const EDITS: readonly Edit[] = [
  // The one-line pull request: a tfvars version moves one or two minors.
  (repo, roots, rand) => {
    const root = pick(rand, roots.filter((r) => r.kind !== 'eksctl').concat(roots[0]!))
    const to = bump(root.minor, 1 + Math.floor(rand() * 2))
    if (root.kind === 'eksctl')
      repo.write({ [`clusters/${root.name}/cluster.yaml`]: eksctlCluster(root.name, to) })
    else repo.write({ [`clusters/${root.name}/terraform.tfvars`]: `cluster_version = "${to}"\n` })
    return `${root.name} → ${to}`
  },
  (repo) => {
    repo.write(sharedModule('v1.8.7-eksbuild.10'))
    return 'the shared module pins an older CoreDNS'
  },
  (repo, roots, rand) => {
    const root = pick(rand, roots)
    repo.write({ [`clusters/${root.name}/k8s/flow.yaml`]: flowSchema(`${root.name}-edited`) })
    return `a manifest of ${root.name}`
  },
  (repo, roots, rand) => {
    const root = pick(rand, roots.filter((r) => r.kind !== 'eksctl').concat(roots[0]!))
    if (root.kind !== 'eksctl')
      repo.write({
        [`clusters/${root.name}/iam.tf`]: `resource "aws_iam_role" "ci" {\n  name = "${root.name}-deploy"\n}\n`,
      })
    return `an IAM-only edit in ${root.name}`
  },
  (repo) => {
    repo.write({ 'README.md': '# infra\n\nNotes.\n' })
    return 'the README'
  },
  (repo, roots, rand) => {
    const root = pick(rand, roots)
    repo.git('rm', '-r', '-q', `clusters/${root.name}`)
    return `${root.name} deleted`
  },
  (repo, roots, rand) => {
    const root = pick(rand, roots)
    mkdirSync(path.join(repo.dir, 'moved'), { recursive: true })
    repo.git('mv', `clusters/${root.name}`, `moved/${root.name}`)
    return `${root.name} moved`
  },
  (repo, _roots, rand) => {
    const minor = pick(rand, MINORS)
    const files = terraformRoot('added', minor, false)
    repo.write(
      Object.fromEntries(
        Object.entries(files).map(([file, text]) => [`clusters/added/${file}`, text]),
      ),
    )
    return `a new root at ${minor}`
  },
]

// Around EKS support boundaries, so date-dependent findings come and go.
const DATES = ['2025-03-23', '2025-07-23', '2025-11-26', '2026-03-23', '2026-06-01', '2026-12-01']

function check(
  repo: TempRepo,
  base: string,
  date: string,
  scope: 'affected' | 'all',
  change: 'worktree' | 'commits' = 'worktree',
) {
  const { status, report } = checkAgainst(repo, base, date, ['--scope', scope, '--change', change])
  return {
    status,
    result: report.summary.result,
    newFindings: report.findings
      .filter((f) => f.new)
      .map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.severity}${f.blocking ? ' blocking' : ''}`)
      .sort(),
    scope: report.scope?.mode,
    clusters: report.clusters.length,
    unchanged: report.scope?.unchanged,
  }
}

describe('judging only what a change reaches gives the verdict of judging everything', () => {
  let repo: TempRepo | undefined
  afterEach(() => repo?.cleanup())

  it('on seeded random repositories and edits: same verdict, same new findings, same places', () => {
    const modes = new Map<string, number>()
    for (let seed = 1; seed <= 36; seed++) {
      const rand = random(seed)
      const { roots, files } = repository(rand)
      repo?.cleanup()
      repo = new TempRepo('eug-scope-')
      const base = repo.write(files).commit('base')
      const edits = Array.from({ length: 1 + Math.floor(rand() * 2) }, () => {
        const left = present(repo!, roots)
        // The one-line version change is the pull request most often made: weighted so.
        const edit = rand() < 0.4 ? EDITS[0]! : pick(rand, EDITS)
        return left.length > 0 ? edit(repo!, left, rand) : 'nothing left'
      })
      repo.commit('change')
      const date = pick(rand, DATES)
      // Every edit is committed, so both views of the change agree; the action's
      // (commits) reads git's index, a developer's (worktree) the files.
      const fast = check(repo, base, date, 'affected', seed % 2 === 0 ? 'commits' : 'worktree')
      const full = check(repo, base, date, 'all')
      modes.set(fast.scope ?? '?', (modes.get(fast.scope ?? '?') ?? 0) + 1)
      if (fast.scope === 'affected' && fast.newFindings.length > 0)
        modes.set('affected with new findings', (modes.get('affected with new findings') ?? 0) + 1)
      const label = `seed ${seed} (${edits.join('; ')}, ${date})`
      const same = (run: typeof fast) => ({ ...run, scope: undefined, clusters: 0, unchanged: 0 })
      expect(same(fast), label).toEqual(same(full))
      // Every cluster is accounted for: evaluated, or listed where it is declared
      // (each root and eksctl file here declares one).
      if (fast.scope === 'affected')
        expect(fast.clusters + fast.unchanged!.length, label).toBe(full.clusters)
    }
    // Both paths were taken: the shortcut, and the whole tree when it could not be used.
    expect(modes.get('affected') ?? 0).toBeGreaterThan(4)
    expect(modes.get('all') ?? 0).toBeGreaterThan(4)
    expect(
      modes.get('affected with new findings') ?? 0,
      JSON.stringify([...modes]),
    ).toBeGreaterThan(3)
  }, 180_000)

  it('a one-line tfvars change is judged on its root alone, with the findings of a full check', () => {
    repo = new TempRepo('eug-scope-one-')
    const files: Record<string, string> = {}
    for (const [name, minor] of [
      ['blue', '1.31'],
      ['green', '1.31'],
    ] as const)
      for (const [file, text] of Object.entries(terraformRoot(name, minor, false)))
        files[`clusters/${name}/${file}`] = text
    files['clusters/blue/k8s/flow.yaml'] = flowSchema('blue-flow')
    const base = repo.write(files).commit('base')
    repo
      .write({ 'clusters/blue/terraform.tfvars': 'cluster_version = "1.32"\n' })
      .commit('blue to 1.32')
    const fast = check(repo, base, '2026-06-01', 'affected')
    expect(fast.scope).toBe('affected')
    expect(fast.newFindings).toContain('api-removed clusters/blue/k8s/flow.yaml:1 error blocking')
    // green is not read, and is reported where it is declared, as unchanged.
    expect(fast).toMatchObject({ clusters: 1, unchanged: ['clusters/green'] })
    const full = check(repo, base, '2026-06-01', 'all')
    expect(full).toMatchObject({ clusters: 2, unchanged: undefined })
    const same = (run: typeof fast) => ({ ...run, scope: undefined, clusters: 0, unchanged: 0 })
    expect(same(fast)).toEqual(same(full))
  })

  it('a file elsewhere that names an affected cluster sends the check to the whole tree; a module of its own does not', () => {
    repo = new TempRepo('eug-scope-mention-')
    const files: Record<string, string> = { ...sharedModule('v1.11.3-eksbuild.1') }
    for (const name of ['blue', 'green'])
      for (const [file, text] of Object.entries(terraformRoot(name, '1.31', true)))
        files[`clusters/${name}/${file}`] = text
    // The module blue calls says whose it is: read with blue anyway, so no tie.
    files['modules/eks/README.yaml'] = 'owner: blue team\n'
    const base = repo.write(files).commit('base')
    repo.write({ 'clusters/blue/terraform.tfvars': 'cluster_version = "1.32"\n' }).commit('blue')
    expect(checkAgainst(repo, base, '2026-06-01').report.scope).toMatchObject({
      mode: 'affected',
      evaluated: ['clusters/blue'],
      unchanged: ['clusters/green'],
    })
    // Somewhere else, a file names blue: it could tie that cluster to what was not read.
    repo.git('checkout', '-q', '-b', 'with-app', base)
    const withApp = repo.write({ 'platform/apps.yaml': 'destination: blue\n' }).commit('app')
    repo.write({ 'clusters/blue/terraform.tfvars': 'cluster_version = "1.32"\n' }).commit('blue')
    const { report } = checkAgainst(repo, withApp, '2026-06-01')
    expect(report.scope).toEqual({
      mode: 'all',
      reason: 'platform/apps.yaml names a cluster or directory the change affects',
    })
  })
})
