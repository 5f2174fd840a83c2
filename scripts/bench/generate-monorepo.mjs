// Generates the benchmark monorepo: 200 cluster roots (Terraform with modules and
// tfvars, or eksctl; each with a Helm chart and manifests) among unrelated files,
// as two git commits (base, then head with a few upgrades). Deterministic: the same
// seed gives byte-identical trees, so figures can be compared run to run.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const ROOTS = 200
const TOTAL_FILES = 10_000

/** mulberry32: a tiny seeded PRNG, so the tree never depends on Math.random. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Versions current when the data was taken, so a cluster nobody touches passes quietly.
const MINORS = ['1.34', '1.35', '1.36']
const VPC_CNI = {
  1.34: 'v1.20.4-eksbuild.1',
  1.35: 'v1.20.4-eksbuild.1',
  1.36: 'v1.20.4-eksbuild.1',
}
const COREDNS = {
  1.34: 'v1.13.2-eksbuild.7',
  1.35: 'v1.14.2-eksbuild.4',
  1.36: 'v1.14.3-eksbuild.11',
}
const KUBE_PROXY = {
  1.34: 'v1.34.6-eksbuild.13',
  1.35: 'v1.35.3-eksbuild.13',
  1.36: 'v1.36.0-eksbuild.14',
}

function next(minor) {
  return MINORS[Math.min(MINORS.indexOf(minor) + 1, MINORS.length - 1)]
}

const wrapperModule = {
  'modules/eks-cluster/main.tf': `module "eks" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 20.8"

  cluster_name    = var.name
  cluster_version = var.kubernetes_version

  eks_managed_node_groups = {
    for name, group in var.node_groups : name => {
      instance_types = group.instance_types
      ami_type       = "AL2023_x86_64_STANDARD"
    }
  }

  cluster_addons = {
    vpc-cni    = { addon_version = var.addon_versions["vpc-cni"] }
    coredns    = { addon_version = var.addon_versions["coredns"] }
    kube-proxy = { addon_version = var.addon_versions["kube-proxy"] }
  }
}
`,
  'modules/eks-cluster/variables.tf': `variable "name" {
  type = string
}

variable "kubernetes_version" {
  type = string
}

variable "node_groups" {
  type = map(object({ instance_types = list(string) }))
}

variable "addon_versions" {
  type = map(string)
}
`,
  'modules/eks-cluster/outputs.tf': `output "cluster_name" {
  value = module.eks.cluster_name
}
`,
}

function terraformRoot(name, minor, wrapped) {
  const files = {}
  files['versions.tf'] = `terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.40"
    }
  }
}
`
  files['providers.tf'] = `provider "aws" {
  region = var.region
}
`
  files['variables.tf'] = `variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "cluster_version" {
  type        = string
  description = "EKS control plane version"
}

variable "node_groups" {
  type = map(object({ instance_types = list(string) }))
  default = {
    general = { instance_types = ["m6i.large"] }
    batch   = { instance_types = ["c6i.xlarge"] }
  }
}
`
  files['terraform.tfvars'] = `region          = "eu-west-1"
cluster_version = "${minor}"
`
  files['outputs.tf'] = `output "cluster" {
  value = "${name}"
}
`
  if (wrapped) {
    files['main.tf'] = `module "cluster" {
  source = "../../modules/eks-cluster"

  name               = "${name}"
  kubernetes_version = var.cluster_version
  node_groups        = var.node_groups
  addon_versions     = local.addon_versions
}
`
    files['addons.tf'] = `locals {
  addon_versions = {
    "vpc-cni"    = "${VPC_CNI[minor]}"
    "coredns"    = "${COREDNS[minor]}"
    "kube-proxy" = "${KUBE_PROXY[minor]}"
  }
}
`
    files['iam.tf'] = `resource "aws_iam_role" "ci" {
  name = "${name}-ci"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [] })
}
`
  } else {
    files['main.tf'] = `module "eks" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 20.8"

  cluster_name    = "${name}"
  cluster_version = var.cluster_version

  eks_managed_node_groups = {
    for name, group in var.node_groups : name => {
      instance_types = group.instance_types
      ami_type       = "AL2023_x86_64_STANDARD"
    }
  }

  cluster_addons = local.cluster_addons
}
`
    files['addons.tf'] = `locals {
  cluster_addons = {
    vpc-cni    = { addon_version = "${VPC_CNI[minor]}" }
    coredns    = { addon_version = "${COREDNS[minor]}" }
    kube-proxy = { addon_version = "${KUBE_PROXY[minor]}" }
  }
}
`
    files['iam.tf'] = `resource "aws_iam_role" "ci" {
  name = "${name}-ci"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [] })
}
`
  }
  return files
}

function eksctlRoot(name, minor) {
  return {
    'cluster.yaml': `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: ${name}
  region: eu-west-1
  version: "${minor}"
managedNodeGroups:
  - name: general
    instanceType: m6i.large
    amiFamily: AmazonLinux2023
  - name: batch
    instanceType: c6i.xlarge
    amiFamily: AmazonLinux2023
addons:
  - name: vpc-cni
    version: ${VPC_CNI[minor]}
  - name: coredns
    version: ${COREDNS[minor]}
  - name: kube-proxy
    version: ${KUBE_PROXY[minor]}
`,
    'README.md': `# ${name}\n\neksctl-managed cluster.\n`,
  }
}

function platformFiles(name, minor, rand) {
  const autoscaler = `${minor}.${Math.floor(rand() * 3)}`
  return {
    'charts/platform/Chart.yaml': `apiVersion: v2
name: platform
version: 0.1.${Math.floor(rand() * 50)}
dependencies:
  - name: cluster-autoscaler
    version: 9.43.2
    repository: https://kubernetes.github.io/autoscaler
`,
    'charts/platform/values.yaml': `cluster-autoscaler:
  autoDiscovery:
    clusterName: ${name}
  image:
    tag: v${autoscaler}
replicaCount: 2
`,
    'charts/platform/values-prod.yaml': `replicaCount: 3
resources:
  limits:
    memory: 512Mi
`,
    'charts/platform/templates/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
spec:
  replicas: {{ .Values.replicaCount }}
`,
    'k8s/app.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: apps
spec:
  replicas: 3
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: nginx:1.27
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: apps
spec:
  selector: { app: web }
  ports: [{ port: 80 }]
`,
    'k8s/pdb.yaml': `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
  namespace: apps
spec:
  minAvailable: 1
  selector:
    matchLabels: { app: web }
`,
    'k8s/namespace.yaml': `apiVersion: v1
kind: Namespace
metadata:
  name: apps
  labels:
    team: ${name}
`,
    'k8s/network-policy.yaml': `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: apps
spec:
  podSelector: {}
  policyTypes: [Ingress]
`,
    'k8s/hpa.yaml': `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
  namespace: apps
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
  minReplicas: 3
  maxReplicas: 10
`,
  }
}

function unrelatedFile(index, rand) {
  const kind = index % 7
  const words = () =>
    Array.from({ length: 40 }, () => Math.floor(rand() * 1e6).toString(36)).join(' ')
  switch (kind) {
    case 0:
      return [`svc/service-${index}/main.go`, `package main\n\n// ${words()}\nfunc main() {}\n`]
    case 1:
      return [`docs/page-${index}.md`, `# Page ${index}\n\n${words()}\n`]
    case 2:
      return [
        `svc/service-${index}/package.json`,
        JSON.stringify({ name: `svc-${index}`, version: '1.0.0' }, null, 2) + '\n',
      ]
    case 3:
      return [`tools/script_${index}.py`, `# ${words()}\nprint("${index}")\n`]
    case 4:
      return [
        `assets/icon-${index}.png`,
        Buffer.from(Array.from({ length: 512 }, () => Math.floor(rand() * 256))),
      ]
    case 5:
      return [`ci/pipeline-${index}.yml`, `stages:\n  - build\nbuild:\n  script: make ${index}\n`]
    default:
      return [
        `svc/service-${index}/config.json`,
        JSON.stringify({ retries: index % 5, note: words() }) + '\n',
      ]
  }
}

/** Writes the tree for one commit; `upgraded` roots are one minor ahead. */
function treeFiles(upgraded, seed, roots = ROOTS, totalFiles = TOTAL_FILES) {
  const rand = random(seed)
  const files = new Map(Object.entries(wrapperModule))
  for (let i = 0; i < roots; i++) {
    const env = ['dev', 'staging', 'prod', 'sandbox'][i % 4]
    const name = `${env}-${String(i).padStart(3, '0')}`
    const base = MINORS[i % 2]
    const minor = upgraded.has(i) ? next(base) : base
    const dir = `clusters/${name}`
    const root = i % 4 === 3 ? eksctlRoot(name, minor) : terraformRoot(name, minor, i % 2 === 0)
    for (const [file, text] of Object.entries(root)) files.set(`${dir}/${file}`, text)
    for (const [file, text] of Object.entries(platformFiles(name, base, rand)))
      files.set(`${dir}/${file}`, text)
  }
  const unrelatedRand = random(seed ^ 0x5eed)
  for (let i = 0; files.size < totalFiles; i++) {
    const [file, content] = unrelatedFile(i, unrelatedRand)
    files.set(file, content)
  }
  return files
}

function writeTree(dir, files) {
  for (const [file, content] of files) {
    const target = path.join(dir, file)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, content)
  }
}

function git(dir, ...args) {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@example.invalid',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@example.invalid',
      GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
      GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
    },
  }).trim()
}

/**
 * Creates the repository in `dir` (which must be empty) and returns its facts:
 * the base commit, the relevant files of the head tree, and the total file count.
 */
export function generateMonorepo(dir, options = {}) {
  const { seed = 8, roots = ROOTS, totalFiles = TOTAL_FILES } = options
  const baseFiles = treeFiles(new Set(), seed, roots, totalFiles)
  // One root in ten upgrades by a minor in the pull request.
  const upgraded = new Set(Array.from({ length: roots }, (_, i) => i).filter((i) => i % 10 === 1))
  const headFiles = treeFiles(upgraded, seed, roots, totalFiles)
  mkdirSync(dir, { recursive: true })
  git(dir, 'init', '--quiet', '--initial-branch=main')
  writeTree(dir, baseFiles)
  git(dir, 'add', '--all')
  git(dir, 'commit', '--quiet', '--message', 'base')
  const base = git(dir, 'rev-parse', 'HEAD')
  writeTree(dir, headFiles)
  git(dir, 'add', '--all')
  git(dir, 'commit', '--quiet', '--message', 'head: upgrade one cluster in ten')
  const relevant = [...headFiles.keys()].filter(isRelevant)
  return { base, files: headFiles.size, relevant, upgraded: upgraded.size }
}

/**
 * A pull request of one line on `generateMonorepo`'s base: a worktree at `into`
 * where one Terraform root's terraform.tfvars moves its cluster a minor ahead.
 * Returns the tfvars file it changed.
 */
export function oneLineChange(dir, base, into) {
  git(dir, 'worktree', 'add', '--quiet', '--detach', into, base)
  // dev-000 is a Terraform root (i % 4 === 0) through the wrapper module.
  const file = 'clusters/dev-000/terraform.tfvars'
  const target = path.join(into, file)
  const text = readFileSync(target, 'utf8')
  const [, minor] = /cluster_version = "(1\.\d+)"/.exec(text)
  writeFileSync(target, text.replace(`"${minor}"`, `"${next(minor)}"`))
  git(into, 'commit', '--quiet', '--all', '--message', 'one line')
  return file
}

/** The files the gate has to parse: Terraform, eksctl, Helm and manifests (by name, as a user counts them). */
function isRelevant(file) {
  return /\.(tf|tfvars)$/.test(file) || (file.startsWith('clusters/') && /\.ya?ml$/.test(file))
}
