import path from 'node:path'
import { collectWorkspaceFiles } from '../../src/discover/workspace.js'
import type { Cluster, NodeGroup } from '../../src/model/inventory.js'
import type { Declared } from '../../src/model/declared.js'
import { formatKubeVersion, type KubeVersion } from '../../src/model/version.js'
import { loadHclParser } from '../../src/readers/terraform/hcl/loader.js'
import { readTerraform } from '../../src/readers/terraform/index.js'
import { FIXTURES } from './fixtures.js'

/** Reads a fixture directory under fixtures/terraform, files named from fixtures/. */
export async function readTerraformFixture(name: string, varFiles: string[] = []) {
  const dir = path.join(FIXTURES, 'terraform', name)
  const { files, problems } = collectWorkspaceFiles(
    dir,
    { include: [], exclude: [] },
    { prefix: `terraform/${name}` },
  )
  const result = readTerraform(files, await loadHclParser(), { varFiles })
  return { ...result, problems: [...problems, ...result.problems], files }
}

export function version(declared: Declared<KubeVersion>): string | null {
  return declared.value ? formatKubeVersion(declared.value) : null
}

/** A compact, readable row per node group: name, kind, version, status, file:line. */
export function groupRows(
  cluster: Cluster,
): Array<[string, string, string | null, string, string]> {
  return cluster.nodeGroups.map((g: NodeGroup) => [
    g.name,
    g.kind,
    version(g.version),
    g.version.status,
    `${g.version.at.file}:${g.version.at.line}`,
  ])
}

/** Reads Terraform files given inline, `{ path: text }`. */
export async function readTerraformFiles(files: Record<string, string>, varFiles: string[] = []) {
  return readTerraform(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    await loadHclParser(),
    { varFiles },
  )
}
