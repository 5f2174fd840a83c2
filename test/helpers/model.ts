import { embeddedKnowledge } from '../../src/knowledge/index.js'
import { resolved, unresolved, unspecified, type Declared } from '../../src/model/declared.js'
import type { Cluster, Inventory, NodeGroup, ReadProblem } from '../../src/model/inventory.js'
import { sourceRef } from '../../src/model/source.js'
import { parseKubeVersion, type KubeVersion } from '../../src/model/version.js'
import type { RuleContext } from '../../src/rules/types.js'

/** Builds model objects the way readers would, so rule tests need no files. */
export function kube(text: string): KubeVersion {
  const version = parseKubeVersion(text)
  if (!version) throw new Error(`bad version ${text}`)
  return version
}

export interface GroupSpec {
  name: string
  /** A version string, 'inherit' for an unset version, or 'unresolved'. */
  version: string
  line?: number
}

export function nodeGroup(
  spec: GroupSpec,
  clusterVersion: Declared<KubeVersion>,
  file = 'c.yaml',
): NodeGroup {
  const at = sourceRef(file, spec.line ?? 20, 5)
  const version: Declared<KubeVersion> =
    spec.version === 'inherit'
      ? unspecified(at, 'inherits the control-plane version', clusterVersion.value)
      : spec.version === 'unresolved'
        ? unresolved(at, '${X}', 'placeholder')
        : resolved(kube(spec.version), at)
  const none = unspecified<string>(at, 'not set')
  return {
    name: spec.name,
    kind: 'managed',
    at,
    version,
    amiType: none,
    amiFamily: none,
    releaseVersion: none,
    amiId: none,
  }
}

export function cluster(
  name: string,
  version: string | null,
  groups: GroupSpec[] = [],
  file = 'c.yaml',
): Cluster {
  const at = sourceRef(file, 5, 12)
  const declared: Declared<KubeVersion> =
    version === null ? unresolved(at, '${V}', 'placeholder') : resolved(kube(version), at)
  return {
    id: `eksctl:${file}:${name}`,
    name,
    source: { kind: 'eksctl', file, line: 1 },
    version: declared,
    nodeGroups: groups.map((g) => nodeGroup(g, declared, file)),
    addons: [],
    components: [],
  }
}

export function inventory(clusters: Cluster[], problems: ReadProblem[] = []): Inventory {
  return { clusters, problems, filesScanned: 1 }
}

/** A rule context for head clusters, each optionally paired with its base. */
export function context(
  pairs: Array<{ head: Cluster; base?: Cluster }>,
  problems: ReadProblem[] = [],
): RuleContext {
  return {
    clusters: pairs,
    inventory: inventory(
      pairs.map((p) => p.head),
      problems,
    ),
    knowledge: embeddedKnowledge,
    today: '2026-11-21',
  }
}
