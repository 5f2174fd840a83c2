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
    // Each group on its own line, so a finding's line says which group it is about.
    nodeGroups: groups.map((g, i) => nodeGroup({ line: 20 + i, ...g }, declared, file)),
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

export interface Spec {
  name?: string
  version: string | null
  groups?: Array<{
    name: string
    version: string
    kind?: NodeGroup['kind']
    amiType?: string
    amiFamily?: string
    release?: string
    amiId?: string
    runtime?: string
    /** User data as a YAML literal block: its first line is the line after the group's fields. */
    userData?: string
  }>
  addons?: Array<{
    name: string
    version: string | null
    status?: 'resolved' | 'policy' | 'unspecified'
  }>
  components?: Array<{ name: string; version: string }>
}

/** A cluster with everything a rule may look at, built as readers would build it. */
export function clusterOf(spec: Spec, file = 'c.tf'): Cluster {
  const base = cluster(spec.name ?? 'c', spec.version, [], file)
  const at = (line: number) => sourceRef(file, line, 3)
  const declaredString = (value: string | undefined, line: number): Declared<string> =>
    value === undefined ? unspecified(at(line), 'not set') : resolved(value, at(line))
  let line = 30
  const userDataAt = (text: string) => {
    const entry = { field: 'userData', text, at: at(line), block: true }
    line += text.split('\n').length
    return entry
  }
  return {
    ...base,
    nodeGroups: (spec.groups ?? []).map((g) => {
      const group = nodeGroup(
        { name: g.name, version: g.version, line: line++ },
        base.version,
        file,
      )
      return {
        ...group,
        kind: g.kind ?? 'managed',
        amiType: declaredString(g.amiType, line++),
        amiFamily: declaredString(g.amiFamily, line++),
        releaseVersion: declaredString(g.release, line++),
        amiId: declaredString(g.amiId, line++),
        ...(g.runtime !== undefined && { containerRuntime: resolved(g.runtime, at(line++)) }),
        ...(g.userData !== undefined && { userData: [userDataAt(g.userData)] }),
      }
    }),
    addons: (spec.addons ?? []).map((a) => ({
      name: a.name,
      at: at(line),
      version:
        a.status === 'policy'
          ? ({
              value: a.version,
              status: 'policy',
              at: at(line++),
              via: [],
              note: 'floating',
            } as Declared<string>)
          : a.version === null || a.status === 'unspecified'
            ? unspecified<string>(at(line++), 'EKS default')
            : resolved(a.version, at(line++)),
    })),
    components: (spec.components ?? []).map((c) => ({
      name: c.name,
      at: at(line),
      image: `registry/${c.name}:${c.version}`,
      version: resolved(c.version, at(line++)),
    })),
  }
}

/** A context for one cluster at head, optionally with its base. */
export function contextOf(
  head: Cluster,
  base?: Cluster,
  extra: Partial<RuleContext> = {},
): RuleContext {
  return { ...context([base ? { head, base } : { head }]), ...extra }
}
