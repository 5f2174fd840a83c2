import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  versionInfo
} from "./chunk-JL4GYMN3.js";
import {
  compareKubeVersions,
  formatKubeVersion,
  parseKubeVersion
} from "./chunk-D2WDCTU4.js";

// src/knowledge/cluster-versions.ts
function isDescribeClusterVersions(value) {
  const rows = value?.clusterVersions;
  return Array.isArray(rows) && rows.every(
    (row) => typeof row === "object" && row !== null && typeof row.clusterVersion === "string"
  );
}
function clusterVersionFacts(data, source) {
  const versions = data.clusterVersions.flatMap((row) => {
    const eksRelease = day(row.releaseDate);
    const endOfStandardSupport = day(row.endOfStandardSupportDate);
    const endOfExtendedSupport = day(row.endOfExtendedSupportDate);
    const minor = /^1\.\d+$/.exec(row.clusterVersion ?? "")?.[0];
    if (!minor || !eksRelease || !endOfStandardSupport || !endOfExtendedSupport) return [];
    return [
      {
        version: minor,
        lifecycle: {
          eksRelease,
          endOfStandardSupport,
          endOfExtendedSupport,
          verification: "eks-api",
          sources: [source]
        }
      }
    ];
  });
  return { versions };
}
function day(value) {
  if (value === void 0) return void 0;
  const time = value instanceof Date ? value.getTime() : Date.parse(value);
  return Number.isNaN(time) ? void 0 : new Date(time).toISOString().slice(0, 10);
}

// src/knowledge/override.ts
var KnowledgeFileError = class extends Error {
  name = "KnowledgeFileError";
};
function mergeFacts(knowledge, facts, origin) {
  const cite = (sources) => sources?.length ? sources : [origin];
  let versions = [...knowledge.versions];
  (facts.versions ?? []).forEach((entry, index) => {
    const where = `${origin}, versions[${index}]`;
    const version = parseKubeVersion(entry.version);
    if (!version) throw new KnowledgeFileError(`${where}: version must be like "1.37"`);
    const existing = versionInfo({ ...knowledge, versions }, version);
    const lifecycle = {
      upstreamRelease: "",
      ...existing?.lifecycle,
      ...defined({
        eksRelease: entry.eksRelease,
        endOfStandardSupport: entry.endOfStandardSupport,
        endOfExtendedSupport: entry.endOfExtendedSupport
      }),
      ...entry.lifecycle,
      verification: entry.lifecycle?.verification ?? "override",
      sources: cite(entry.lifecycle?.sources)
    };
    for (const key of ["eksRelease", "endOfStandardSupport", "endOfExtendedSupport"]) {
      if (!lifecycle[key])
        throw new KnowledgeFileError(
          `${where}: ${key} is required for a version the data does not know (${formatKubeVersion(version)})`
        );
    }
    const group = (current, given) => given ? { ...current, ...given, sources: cite(given.sources) } : current;
    const addons = entry.addons ?? {};
    const info = {
      version,
      lifecycle,
      addons: defined({
        kubeProxy: group(existing?.addons.kubeProxy, addons.kubeProxy),
        coredns: group(existing?.addons.coredns, addons.coredns),
        vpcCni: group(existing?.addons.vpcCni, addons.vpcCni)
      }),
      ...defined({
        amis: group(existing?.amis, entry.amis),
        runtime: group(existing?.runtime, entry.runtime)
      }),
      upgradeNotes: [
        ...(existing?.upgradeNotes ?? []).filter(
          (note) => !entry.upgradeNotes?.some((given) => given.text === note.text)
        ),
        ...(entry.upgradeNotes ?? []).map((note) => ({ ...note, sources: cite(note.sources) }))
      ]
    };
    versions = [...versions.filter((v) => v !== existing), info].sort(
      (a, b) => compareKubeVersions(a.version, b.version)
    );
  });
  const apiKey = (api) => `${api.apiVersion} ${[...api.kinds].sort().join(",")}`;
  const removedApis = (facts.removedApis ?? []).map((api) => ({
    deprecatedIn: null,
    replacement: null,
    notes: null,
    ...api,
    sources: cite(api.sources)
  }));
  const matrix = facts.karpenter?.matrix ?? [];
  return {
    ...knowledge,
    versions,
    removedApis: [
      ...knowledge.removedApis.filter((api) => !removedApis.some((r) => apiKey(r) === apiKey(api))),
      ...removedApis
    ],
    karpenter: matrix.length ? {
      matrix: [
        ...knowledge.karpenter.matrix.filter(
          (r) => !matrix.some((m) => m.release === r.release)
        ),
        ...matrix
      ].sort((a, b) => compareRelease(a.release, b.release)),
      sources: [...knowledge.karpenter.sources, ...cite(facts.karpenter?.sources)]
    } : knowledge.karpenter,
    amiReleases: { ...knowledge.amiReleases, ...facts.amiReleases },
    removedKubeletFlags: [
      ...knowledge.removedKubeletFlags.filter(
        (old) => !facts.removedKubeletFlags?.some((flag) => flag.flag === old.flag)
      ),
      ...(facts.removedKubeletFlags ?? []).map((flag) => ({
        ...flag,
        sources: cite(flag.sources)
      }))
    ],
    addonCompatibility: mergeCompatibility(
      knowledge.addonCompatibility,
      facts.addonCompatibility ?? {}
    ),
    sources: { ...knowledge.sources, ...facts.sources },
    overrides: [...knowledge.overrides, origin]
  };
}
function mergeCompatibility(current, given) {
  const merged = { ...current };
  for (const [addon, byMinor] of Object.entries(given))
    merged[addon] = { ...current[addon], ...byMinor };
  return merged;
}
function compareRelease(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
function defined(values) {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== void 0));
}

export {
  isDescribeClusterVersions,
  clusterVersionFacts,
  KnowledgeFileError,
  mergeFacts
};
