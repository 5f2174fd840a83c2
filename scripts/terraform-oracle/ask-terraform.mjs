#!/usr/bin/env node
// Asks the real Terraform CLI what every corpus case's local.cluster_version becomes
// when a string argument such as aws_eks_cluster.version receives it, and writes the
// answers to test/terraform-oracle/golden.json (committed: CI needs no Terraform).
//
//   node scripts/terraform-oracle/ask-terraform.mjs
//
// Needs `terraform` on PATH; works offline (variable/locals-only directories need no
// init). Rerun when cases are added or Terraform is upgraded.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { corpus } from './corpus.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const out = path.join(root, 'test/terraform-oracle/golden.json')
const work = mkdtempSync(path.join(os.tmpdir(), 'eug-oracle-'))
const cliConfig = path.join(work, 'terraformrc')
writeFileSync(cliConfig, '')
const env = {
  ...process.env,
  TF_CLI_CONFIG_FILE: cliConfig,
  CHECKPOINT_DISABLE: '1',
  TF_IN_AUTOMATION: '1',
  TF_INPUT: '0',
}
const version = JSON.parse(
  execFileSync('terraform', ['version', '-json'], { env, encoding: 'utf8' }),
).terraform_version

const cases = corpus().map((item, index) => {
  const dir = path.join(work, String(index))
  for (const [file, text] of Object.entries(item.files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  const args = ['console', ...(item.varFiles ?? []).map((file) => `-var-file=${file}`)]
  // The string the version argument of aws_eks_cluster would receive.
  const result = spawnSync('terraform', args, {
    cwd: dir,
    env,
    input: 'jsonencode(tostring(local.cluster_version))\n',
    encoding: 'utf8',
    timeout: 60_000,
  })
  // console can print a value and exit 0 while stderr says the configuration is
  // invalid: any diagnostic there means Terraform rejects the case.
  // eslint-disable-next-line no-control-regex
  const diagnostic = result.stderr.replace(/\u001b\[[0-9;]*m/g, '').trim()
  let terraform
  if (diagnostic || result.status !== 0) {
    terraform = {
      rejected: (diagnostic.split('\n').find((l) => /Error/.test(l)) ?? diagnostic.slice(0, 200))
        .replace(/^[│╷╵\s]+/, '')
        .trim(),
    }
  } else {
    const printed = JSON.parse(JSON.parse(result.stdout.trim()))
    terraform = { value: printed }
  }
  process.stdout.write('.')
  return { ...item, terraform }
})
rmSync(work, { recursive: true, force: true })
writeFileSync(out, JSON.stringify({ terraform: version, cases }, null, 1) + '\n')
const rejected = cases.filter((c) => 'rejected' in c.terraform).length
console.log(
  `\n${cases.length} cases (${rejected} rejected by Terraform ${version}) → ${path.relative(root, out)}`,
)
