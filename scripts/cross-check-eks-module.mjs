#!/usr/bin/env node
// Cross-checks the two ways the gate reads terraform-aws-modules/eks on the module's
// own examples: evaluating the module's internals (the examples call it as
// `source = "../.."`, as vendored copies do) and the built-in semantics it applies to
// the registry module. For every example it runs the built CLI twice — once on the
// checkout as it is, once on the example alone with its sources rewritten to the
// registry at the checkout's release — and compares what a rule would see: the cluster
// version, each node group's kind and version, each add-on's version. A third run reads
// the example as `terraform init` leaves it: registry sources, the module installed in
// .terraform/modules and listed in modules.json; it must agree too.
//
//   node scripts/cross-check-eks-module.mjs DIR [DIR ...]
//
// DIR is a checkout of terraform-aws-eks at a tag (git archive of v17.24.0, v18.31.2,
// v19.21.0, v20.37.2, v21.19.0 …). Exits 1 when an example differs.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist/cli.js')

function check(dir) {
  const report = spawnSync(process.execPath, [cli, 'check', dir, '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (report.status === 2) throw new Error(`check ${dir} exited 2: ${report.stderr}`)
  return JSON.parse(report.stdout)
}

/** The release of a checkout: its CHANGELOG's newest release heading. */
function releaseOf(dir) {
  const changelog = readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8')
  const match = /^#+ \[?v?(\d+\.\d+\.\d+)/m.exec(changelog)
  if (!match) throw new Error(`no release in ${dir}/CHANGELOG.md`)
  return match[1]
}

const shown = (declared) => (declared.value === null ? `(${declared.status})` : declared.value)
const versionText = (declared) =>
  declared.value && typeof declared.value === 'object'
    ? `${declared.value.major}.${declared.value.minor}`
    : shown(declared)

/** What the rules read of a cluster, in an order that does not depend on names. */
function shape(cluster) {
  return {
    version: versionText(cluster.version),
    nodeGroups: cluster.nodeGroups.map((g) => `${g.kind} ${versionText(g.version)}`).sort(),
    addons: cluster.addons.map((a) => `${a.name} ${shown(a.version)}`).sort(),
  }
}

function toRegistry(text, release) {
  return text
    .replace(
      /source\s*=\s*"\.\.\/\.\.\/modules\/([a-z0-9-]+)"/g,
      `source  = "terraform-aws-modules/eks/aws//modules/$1"\n  version = "${release}"`,
    )
    .replace(
      /source\s*=\s*"\.\.\/\.\."/g,
      `source  = "terraform-aws-modules/eks/aws"\n  version = "${release}"`,
    )
}

/** What `terraform init` would leave: the module copied under .terraform/modules, listed in modules.json. */
function install(checkout, work) {
  const dir = path.join(work, '.terraform/modules/eks')
  cpSync(checkout, dir, {
    recursive: true,
    filter: (from) => !/\/(examples|tests|\.git)(\/|$)/.test(path.relative(checkout, from)),
  })
  const modules = [{ Key: '', Source: '', Dir: '.' }]
  for (const file of readdirSync(work).filter((f) => f.endsWith('.tf'))) {
    const text = readFileSync(path.join(work, file), 'utf8')
    for (const match of text.matchAll(
      /module\s+"([^"]+)"\s*\{\s*(?:#[^\n]*\n\s*)*source\s*=\s*"terraform-aws-modules\/eks\/aws(?:\/\/modules\/([a-z0-9_-]+))?"/g,
    ))
      modules.push({
        Key: match[1],
        Source: 'registry.terraform.io/terraform-aws-modules/eks/aws',
        Dir: match[2] ? `.terraform/modules/eks/modules/${match[2]}` : '.terraform/modules/eks',
      })
  }
  writeFileSync(
    path.join(work, '.terraform/modules/modules.json'),
    JSON.stringify({ Modules: modules }),
  )
}

let differences = 0
for (const checkout of process.argv.slice(2)) {
  const release = releaseOf(checkout)
  const internals = check(checkout)
  for (const group of ['examples', 'tests']) {
    let names
    try {
      names = readdirSync(path.join(checkout, group), { withFileTypes: true })
    } catch {
      continue
    }
    for (const entry of names.filter((e) => e.isDirectory())) {
      const example = `${group}/${entry.name}`
      const work = mkdtempSync(path.join(os.tmpdir(), 'eug-cross-'))
      cpSync(path.join(checkout, example), work, { recursive: true })
      for (const file of readdirSync(work).filter((f) => f.endsWith('.tf'))) {
        const full = path.join(work, file)
        writeFileSync(full, toRegistry(readFileSync(full, 'utf8'), release))
      }
      const registry = check(work)
      install(checkout, work)
      const installed = check(work)
      rmSync(work, { recursive: true, force: true })
      const prefix = `terraform:${path.basename(checkout)}/${example}:`
      const local = internals.clusters
        .filter((c) => c.id.startsWith(prefix) || c.id.startsWith(`terraform:${example}:`))
        .map(shape)
      const remote = registry.clusters.map(shape)
      const init = installed.clusters.map(shape)
      const same =
        JSON.stringify(local) === JSON.stringify(remote) &&
        JSON.stringify(init) === JSON.stringify(remote)
      if (!same) differences++
      const groups = local.reduce((n, c) => n + c.nodeGroups.length, 0)
      const addons = local.reduce((n, c) => n + c.addons.length, 0)
      console.log(
        `${same ? 'same' : 'DIFFERENT'}  v${release} ${example}: ${local.length} cluster(s), ${groups} node group(s), ${addons} add-on(s)`,
      )
      if (!same) {
        console.log(`  internals: ${JSON.stringify(local)}`)
        console.log(`  registry:  ${JSON.stringify(remote)}`)
        console.log(`  installed: ${JSON.stringify(init)}`)
      }
    }
  }
}
process.exitCode = differences ? 1 : 0
