import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SourceFile } from '../../src/discover/source-file.js'
import { formatKubeVersion } from '../../src/model/version.js'
import { loadHclParser } from '../../src/readers/terraform/hcl/loader.js'
import { readTerraform } from '../../src/readers/terraform/index.js'
import { REPO_ROOT } from '../helpers/fixtures.js'

/**
 * The differential suite: every case's local.cluster_version as the real Terraform
 * CLI computed it (scripts/terraform-oracle/ask-terraform.mjs wrote the golden
 * answers), against the version the gate reports for a cluster that uses it. The
 * gate may say "unresolved" (README says when), never a different value, never crash.
 */
interface Case {
  readonly name: string
  readonly files: Record<string, string>
  readonly varFiles?: string[]
  readonly terraform: { readonly value?: string | null; readonly rejected?: string }
}

const golden = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'test/terraform-oracle/golden.json'), 'utf8'),
) as { terraform: string; cases: Case[] }

// What the cases add: a cluster whose version is the expression under test.
const CLUSTER = `provider "aws" {
  region = "eu-west-1"
}

resource "aws_eks_cluster" "this" {
  name     = "c"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  version  = local.cluster_version
  vpc_config {
    subnet_ids = []
  }
}
`

type Outcome =
  | { readonly kind: 'same'; readonly value: string }
  | { readonly kind: 'unresolved'; readonly note: string }
  | { readonly kind: 'unspecified' }
  | { readonly kind: 'different'; readonly gate: string; readonly terraform: string }
  | { readonly kind: 'crash'; readonly error: string }

async function judge(item: Case): Promise<Outcome> {
  const files: SourceFile[] = Object.entries({ ...item.files, 'eks.tf': CLUSTER }).map(
    ([path, text]) => ({ path: `case/${path}`, text }),
  )
  let clusters
  try {
    clusters = readTerraform(files, await loadHclParser(), {
      varFiles: (item.varFiles ?? []).map((file) => `case/${file}`),
    }).clusters
  } catch (error) {
    return { kind: 'crash', error: String(error) }
  }
  const expected = item.terraform.rejected !== undefined ? undefined : item.terraform.value
  const version = clusters.find((cluster) => cluster.name === 'c')?.version
  if (!version) return { kind: 'crash', error: 'the cluster was not found' }
  const terraformSays =
    expected === undefined ? `(rejected: ${item.terraform.rejected})` : String(expected)
  switch (version.status) {
    case 'resolved': {
      const gate = formatKubeVersion(version.value)
      return gate === expected
        ? { kind: 'same', value: gate }
        : { kind: 'different', gate, terraform: terraformSays }
    }
    case 'unspecified':
      // Only null is "not set": Terraform then leaves the version to AWS.
      return expected === null
        ? { kind: 'unspecified' }
        : { kind: 'different', gate: 'unspecified', terraform: terraformSays }
    default:
      return { kind: 'unresolved', note: version.note ?? '' }
  }
}

/** What counts as a version EKS accepts: MAJOR.MINOR, no leading zeros, nothing around it. */
const resolvable = (item: Case) =>
  item.terraform.value !== undefined &&
  item.terraform.value !== null &&
  /^[1-9]\d*\.(?:0|[1-9]\d*)$/.test(item.terraform.value)

describe(`Terraform ${golden.terraform} as the oracle: ${golden.cases.length} cases`, async () => {
  const cases = golden.cases
  const outcomes = await Promise.all(cases.map(async (item) => [item, await judge(item)] as const))

  it('never reports a value Terraform would not send, and never crashes', () => {
    const wrong = outcomes
      .filter(([, outcome]) => outcome.kind === 'different' || outcome.kind === 'crash')
      .map(([item, outcome]) => `${item.name}: ${JSON.stringify(outcome)}`)
    expect(wrong).toEqual([])
  })

  it('resolves at least 95% of the cases Terraform resolves to a version', () => {
    const candidates = outcomes.filter(([item]) => resolvable(item))
    const same = candidates.filter(([, outcome]) => outcome.kind === 'same')
    const missed = candidates
      .filter(([, outcome]) => outcome.kind !== 'same')
      .map(([item, outcome]) => `${item.name}: ${JSON.stringify(outcome)}`)
    expect(same.length / candidates.length, missed.join('\n')).toBeGreaterThanOrEqual(0.95)
  })
})
