import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  LineCounter,
  Scalar,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parse,
  parseAllDocuments,
  versionInfo
} from "./chunk-JL4GYMN3.js";
import {
  componentForChart,
  componentForImage,
  mentionsComponent,
  parseImage
} from "./chunk-KIHNS4ND.js";
import {
  parseKubeVersion
} from "./chunk-D2WDCTU4.js";
import {
  sourceRef
} from "./chunk-5JKFPUKD.js";
import {
  __require
} from "./chunk-FZTWU4BV.js";

// src/model/declared.ts
function resolved(value, at, via = []) {
  return { value, status: "resolved", at, via };
}
function policy(value, at, note, expression) {
  return expression === void 0 ? { value, status: "policy", at, via: [], note } : { value, status: "policy", at, via: [], note, expression };
}
function unresolved(at, expression, note) {
  return { value: null, status: "unresolved", at, via: [], expression, note };
}
function unspecified(at, note, value = null) {
  return { value, status: "unspecified", at, via: [], note };
}
function shortText(text, max = 120) {
  return text.length <= max ? text : `${text.slice(0, max)}\u2026 (${text.length} characters)`;
}

// src/model/node-group.ts
function inheritsControlPlane(cluster, at) {
  return cluster.value ? { ...unspecified(at, "inherits the control-plane version", cluster.value), via: [cluster.at] } : unspecified(at, "inherits the control-plane version");
}
function nodeGroupWithoutAmi(group, why) {
  const none = unspecified(group.at, why);
  return { ...group, amiType: none, amiFamily: none, releaseVersion: none, amiId: none };
}
function followsControlPlane(group, cluster) {
  return group.version.status === "unspecified" && cluster.value ? { ...group, version: { ...group.version, value: cluster.value } } : group;
}

// src/knowledge/ami.ts
var MINOR = String.raw`(\d+\.\d+|\{control-plane\})`;
var PATTERNS = [
  String.raw`optimized-ami\/${MINOR}\/`,
  String.raw`aws-k8s-${MINOR}(?:[-/]|$)`,
  String.raw`EKS_Optimized-${MINOR}(?:\/|-|$)`,
  String.raw`canonical\/ubuntu\/eks(?:-pro)?\/\d+\.\d+\/${MINOR}\/`,
  String.raw`ubuntu-eks(?:-pro)?\/k8s_${MINOR}\/`,
  String.raw`amazon-eks-(?:gpu-|arm64-)?node-${MINOR}-`,
  String.raw`amazon-eks-node-al2023-[a-z0-9_]+-[a-z]+-(?:\d+-)?${MINOR}-`
].map((source) => new RegExp(source));
var CONTROL_PLANE_MINOR = "{control-plane}";
function kubeVersionFromAmiHint(text) {
  for (const pattern of PATTERNS) {
    const match = pattern.exec(text);
    if (match)
      return match[1] === CONTROL_PLANE_MINOR ? "control-plane" : parseKubeVersion(match[1]);
  }
  return null;
}
var LINUX_RELEASE = /^(\d+\.\d+)\.\d+-\d{8}$/;
var WINDOWS_RELEASE = /^(\d+\.\d+)-\d{4}\.\d{2}\.\d{2}$/;
function kubeVersionFromRelease(release, family) {
  if (family === "bottlerocket") return null;
  const match = (family === "windows" ? WINDOWS_RELEASE : LINUX_RELEASE).exec(release) ?? (family === "unknown" ? WINDOWS_RELEASE.exec(release) : null);
  return match ? parseKubeVersion(match[1]) : null;
}
function releaseFamily(amiTypeOrFamily) {
  if (amiTypeOrFamily === null) return "unknown";
  const value = amiTypeOrFamily.toLowerCase();
  if (value.startsWith("bottlerocket")) return "bottlerocket";
  if (value.startsWith("windows")) return "windows";
  if (value.startsWith("al2") || value.startsWith("amazonlinux")) return "linux";
  return "unknown";
}
function isAmazonLinux2(typeOrFamily) {
  return /^(AL2_|AmazonLinux2$|AL2$)/i.test(typeOrFamily.trim());
}
function minor(text) {
  return parseKubeVersion(text);
}
function cmp(a, b) {
  return a.major !== b.major ? a.major - b.major : a.minor - b.minor;
}
var fmt = (v) => `${v.major}.${v.minor}`;
function amiFamilySupport(knowledge, typeOrFamily, v) {
  const name = typeOrFamily.trim();
  const info = versionInfo(knowledge, v);
  if (isAmazonLinux2(name)) {
    const last = knowledge.al2LastMinor;
    if (cmp(v, last) > 0) {
      return {
        status: "unsupported",
        reason: `Amazon Linux 2 AMIs are not built for Kubernetes ${fmt(v)}: ${fmt(last)} is the last (AL2 reached end of life, and its cgroup v1 is refused by the 1.35+ kubelet)`
      };
    }
    if (cmp(v, last) === 0)
      return {
        status: "last",
        reason: `Kubernetes ${fmt(v)} is the last version with Amazon Linux 2 AMIs`
      };
    return { status: "ok" };
  }
  const windows = /^(?:WINDOWS_(?:CORE|FULL)_|WindowsServer|Windows)(\d{4})/i.exec(name)?.[1];
  if (windows) {
    const range2 = knowledge.familyRanges.find((r) => r.family === `WindowsServer${windows}`);
    if (range2 && cmp(v, minor(range2.min)) < 0)
      return {
        status: "unsupported",
        reason: `Windows Server ${windows} EKS AMIs start at Kubernetes ${range2.min}`
      };
    if (!info?.amis?.windows) return { status: "unknown" };
    return info.amis.windows.includes(windows) ? { status: "ok" } : {
      status: "unsupported",
      reason: `no Windows Server ${windows} EKS AMI is published for Kubernetes ${fmt(v)}`
    };
  }
  const range = knowledge.familyRanges.find((r) => r.family.toLowerCase() === name.toLowerCase());
  if (range) {
    if (cmp(v, minor(range.min)) < 0)
      return {
        status: "unsupported",
        reason: `${range.family} EKS images start at Kubernetes ${range.min}`
      };
    if (range.max && cmp(v, minor(range.max)) > 0)
      return {
        status: "unsupported",
        reason: `${range.family} EKS images end at Kubernetes ${range.max}`
      };
    return { status: "ok" };
  }
  if (/^(AL2023_|AmazonLinux2023$|AL2023$)/i.test(name))
    return info?.amis?.al2023 === void 0 ? { status: "unknown" } : info.amis.al2023 ? { status: "ok" } : { status: "unsupported", reason: `no AL2023 EKS AMI for ${fmt(v)}` };
  if (/^bottlerocket/i.test(name))
    return info?.amis?.bottlerocket === void 0 ? { status: "unknown" } : info.amis.bottlerocket ? { status: "ok" } : { status: "unsupported", reason: `no Bottlerocket aws-k8s-${fmt(v)} variant` };
  return { status: "unknown" };
}
var FAMILY_HINTS = [
  [/amazon-linux-2023|amazon-eks-node-al2023-/, "AmazonLinux2023"],
  [/amazon-linux-2(?:-gpu|-arm64)?\/|amazon-eks-(?:gpu-|arm64-)?node-(?:\d|\{)/, "AmazonLinux2"],
  [/bottlerocket/i, "Bottlerocket"],
  [/Windows_Server-(\d{4})/, "WindowsServer$1"],
  [/ubuntu/i, "Ubuntu"]
];
function amiFamilyFromHint(text) {
  for (const [pattern, family] of FAMILY_HINTS) {
    const match = pattern.exec(text);
    if (match) return family.replace("$1", match[1] ?? "");
  }
  return null;
}

// src/model/identity.ts
var NO_MOVES = { files: /* @__PURE__ */ new Map(), directories: /* @__PURE__ */ new Map(), addresses: [] };
function detectMoves(base, head, addresses = []) {
  const headPaths = new Set(head.map((file) => file.path));
  const basePaths = new Set(base.map((file) => file.path));
  const gone = base.filter((file) => !headPaths.has(file.path));
  const added = head.filter((file) => !basePaths.has(file.path));
  const files = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  const byText = groupBy(added, (file) => file.text);
  for (const file of gone) {
    const same = (byText.get(file.text) ?? []).filter((candidate) => !taken.has(candidate.path));
    if (same.length === 1) {
      files.set(file.path, same[0].path);
      taken.add(same[0].path);
    }
  }
  const name = (file) => file.path.slice(file.path.lastIndexOf("/") + 1);
  const goneByName = groupBy(
    gone.filter((file) => !files.has(file.path)),
    name
  );
  const addedByName = groupBy(
    added.filter((file) => !taken.has(file.path)),
    name
  );
  for (const [key, from] of goneByName) {
    const to = addedByName.get(key);
    if (from.length === 1 && to?.length === 1) files.set(from[0].path, to[0].path);
  }
  const headDirectories = /* @__PURE__ */ new Set();
  for (const file of head)
    for (let dir = file.path; dir.includes("/"); )
      headDirectories.add(dir = dir.slice(0, dir.lastIndexOf("/")));
  return { files, directories: directoryMoves(files, headDirectories), addresses };
}
function groupBy(items, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
function directoryMoves(files, headDirectories) {
  const seen = /* @__PURE__ */ new Map();
  for (const [from, to] of files) {
    const a = from.split("/");
    const b = to.split("/");
    if (a[a.length - 1] !== b[b.length - 1]) continue;
    a.pop();
    b.pop();
    while (a.length > 1 && b.length > 1 && a[a.length - 1] === b[b.length - 1] && !headDirectories.has(a.slice(0, -1).join("/"))) {
      a.pop();
      b.pop();
    }
    if (a.join("/") === b.join("/")) continue;
    if (a.length === 0) continue;
    const key = a.join("/");
    seen.set(key, (seen.get(key) ?? /* @__PURE__ */ new Set()).add(b.join("/")));
  }
  const directories = /* @__PURE__ */ new Map();
  for (const [from, targets] of seen)
    if (targets.size === 1) directories.set(from, [...targets][0]);
  return directories;
}
function movedPath(moves, file) {
  return moves.files.get(file) ?? underMovedDirectory(moves, file, file.split("/").length - 1);
}
function movedDirectory(moves, dir) {
  if (!dir || dir === ".") return dir;
  return underMovedDirectory(moves, dir, dir.split("/").length) || ".";
}
function underMovedDirectory(moves, path, levels) {
  const parts = path.split("/");
  for (let i = levels; i > 0; i--) {
    const to = moves.directories.get(parts.slice(0, i).join("/"));
    if (to !== void 0) return [to, ...parts.slice(i)].filter(Boolean).join("/");
  }
  return path;
}
function movedClusterId(moves, id) {
  const [kind, location, ...rest] = id.split(":");
  if (kind === void 0 || location === void 0) return id;
  let address = rest.join(":");
  if (kind === "terraform") {
    const root = /^(.*?)(\[.*\])?$/.exec(location);
    const dir = movedDirectory(moves, root[1]);
    for (const move of moves.addresses) {
      if ((move.root || ".") !== dir) continue;
      if (address === move.from || address.startsWith(`${move.from}.`) || address.startsWith(`${move.from}[`))
        address = move.to + address.slice(move.from.length);
    }
    return [kind, `${dir}${root[2] ?? ""}`, address].join(":");
  }
  return [kind, movedPath(moves, location), address].join(":");
}
function isAwsRegion(text) {
  return /^[a-z]{2}(-[a-z]+)+-\d+$/.test(text);
}
function samePlace(a, b) {
  const agree = (x, y) => !x || !y || x === y;
  return agree(a.region, b.region) && agree(a.account, b.account);
}
function sameIdentity(a, b) {
  return a.name === b.name && samePlace(a, b);
}
function namedCluster(cluster) {
  return cluster.name !== "" && cluster.name !== cluster.address;
}
function matchClusters(head, base, moves = NO_MOVES) {
  const matched = /* @__PURE__ */ new Map();
  if (!base) return matched;
  const baseById = new Map(
    base.clusters.map((cluster) => [movedClusterId(moves, cluster.id), cluster])
  );
  const used = /* @__PURE__ */ new Set();
  for (const cluster of head.clusters) {
    const before = baseById.get(cluster.id);
    const same = before && (namedCluster(before) && namedCluster(cluster) ? sameIdentity(before, cluster) : samePlace(before, cluster));
    if (before && same) {
      matched.set(cluster.id, before);
      used.add(before.id);
    }
  }
  const unmatchedBase = base.clusters.filter(
    (cluster) => !used.has(cluster.id) && namedCluster(cluster)
  );
  const unmatchedHead = head.clusters.filter(
    (cluster) => !matched.has(cluster.id) && namedCluster(cluster)
  );
  for (const cluster of unmatchedHead) {
    const same = unmatchedBase.filter((before) => sameIdentity(before, cluster));
    const rivals = same.length === 1 ? unmatchedHead.filter((other) => sameIdentity(same[0], other)) : [];
    if (same.length === 1 && rivals.length === 1) matched.set(cluster.id, same[0]);
  }
  return matched;
}

// src/readers/k8s/components.ts
function componentFromImage(text, at) {
  const image = parseImage(text);
  if (!image) return void 0;
  const name = componentForImage(image.repository);
  if (!name) return void 0;
  const version = image.tag ? resolved(image.tag, at) : image.digest ? unresolved(at, text, "pinned by digest only: the version is not in the reference") : unspecified(at, 'no tag: the registry serves "latest"');
  return { name, at, image: text, version };
}
function componentFromChart(chart, chartVersion, appVersion, at, versionAt) {
  const name = componentForChart(chart);
  if (!name) return void 0;
  if (appVersion) return { name, at, chart, version: resolved(appVersion, versionAt ?? at) };
  if (name === "karpenter" && chartVersion)
    return {
      name,
      at,
      chart,
      version: {
        ...resolved(chartVersion, versionAt ?? at),
        note: "Karpenter charts share the app version"
      }
    };
  if (chartVersion === void 0)
    return {
      name,
      at,
      chart,
      version: policy("latest", at, "no chart version: the newest chart is installed")
    };
  return {
    name,
    at,
    chart,
    version: unspecified(
      versionAt ?? at,
      `chart version ${chartVersion} does not say which ${name} version it installs; set image.tag to check it`
    )
  };
}

// src/readers/k8s/karpenter.ts
var FAMILIES = {
  al2: "AL2",
  al2023: "AL2023",
  bottlerocket: "Bottlerocket",
  windows2019: "Windows2019",
  windows2022: "Windows2022",
  windows2025: "Windows2025"
};
function karpenterNodeClass(input) {
  const { name, at, amiFamily, alias, userData } = input;
  const [aliasFamily, aliasVersion] = alias ? alias.text.split("@") : [];
  const familyText = amiFamily?.text ?? (aliasFamily ? FAMILIES[aliasFamily.toLowerCase()] ?? aliasFamily : null);
  const familyAt = amiFamily?.at ?? alias?.at ?? at;
  const none = (note) => unspecified(at, note);
  return {
    name,
    kind: "karpenter",
    at,
    version: unspecified(at, "Karpenter launches nodes at the control-plane version"),
    amiType: none("Karpenter picks the AMI from amiFamily / amiSelectorTerms"),
    amiFamily: familyText ? resolved(familyText, familyAt) : none("not set"),
    releaseVersion: aliasVersion === void 0 || !alias ? none("no alias") : aliasVersion === "latest" ? policy("latest", alias.at, `${alias.text}: the newest AMI when nodes launch`) : resolved(aliasVersion, alias.at),
    amiId: none("selected by amiSelectorTerms"),
    ...userData && { userData: [userData] }
  };
}

// builtin:node:path/posix?src/readers/deploy-path.ts
var m = __require("node:path/posix");
var posix_default = m;

// src/readers/deploy-path.ts
function repositoryPath(reference, from) {
  const trimmed = reference.trim();
  if (trimmed === "" || /^[\w+.-]+:\/\//.test(trimmed) || /^(git@|github\.com\/)/.test(trimmed))
    return void 0;
  const joined = posix_default.normalize(posix_default.join(from, trimmed)).replace(/\/+$/, "");
  if (joined === ".." || joined.startsWith("../") || posix_default.isAbsolute(joined)) return void 0;
  return joined === "." ? "" : joined;
}
function covers(target, file) {
  return target === "" || file === target || file.startsWith(`${target}/`);
}

// src/readers/yaml.ts
function parseYaml(file) {
  const lines = new LineCounter();
  const docs = [];
  const problems = [];
  const parsed = parseAllDocuments(file.text, {
    lineCounter: lines,
    uniqueKeys: false,
    prettyErrors: false
  });
  const all = Array.isArray(parsed) ? parsed : [parsed];
  all.forEach((doc, index) => {
    const error = doc.errors[0];
    if (error) {
      const pos = lines.linePos(error.pos[0]);
      const detail = error.message.split("\n")[0];
      const message = /call stack/i.test(detail) ? `${file.path} nests too deeply to read (given up at line ${pos.line}); flatten it, or leave it out with the exclude setting if it is not configuration` : `YAML syntax error in ${file.path} at line ${pos.line}: ${detail}`;
      problems.push({ at: sourceRef(file.path, pos.line, pos.col), message });
      return;
    }
    docs.push({ file: file.path, text: file.text, doc, lines, index });
  });
  return { docs, problems };
}
function refAt(ctx, offset) {
  const pos = ctx.lines.linePos(offset);
  return sourceRef(ctx.file, pos.line, pos.col);
}
function nodeRef(ctx, node, fallback) {
  if (node?.range) return refAt(ctx, node.range[0]);
  return fallback ?? sourceRef(ctx.file, 1, 1);
}
function deref(ctx, node) {
  if (isAlias(node)) return node.resolve(ctx.doc) ?? null;
  return node ?? null;
}
function getPair(ctx, map, key, depth = 0, seen = /* @__PURE__ */ new Set()) {
  const target = deref(ctx, map);
  if (!isMap(target) || depth > 8 || seen.has(target)) return void 0;
  seen.add(target);
  const items = target.items;
  const own = items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key);
  if (own) return own;
  for (const pair of items) {
    if (!isScalar(pair.key) || pair.key.value !== "<<") continue;
    const source = deref(ctx, pair.value);
    const sources = isSeq(source) ? source.items : [source];
    for (const merged of sources) {
      const found = getPair(ctx, merged, key, depth + 1, seen);
      if (found) return found;
    }
  }
  return void 0;
}
function getNode(ctx, map, key) {
  const pair = getPair(ctx, map, key);
  return pair ? deref(ctx, pair.value) : null;
}
function scalarText(ctx, node) {
  if (!isScalar(node) || node.value === null) return null;
  if (node.type === Scalar.PLAIN && node.range)
    return ctx.text.slice(node.range[0], node.range[1]).trim();
  return String(node.value);
}
function writtenText(ctx, field, node) {
  const text = scalarText(ctx, node);
  if (text === null || !isScalar(node)) return void 0;
  const below = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
  const at = nodeRef(ctx, node);
  return {
    field,
    text,
    block: node.type === Scalar.BLOCK_LITERAL,
    at: below ? { ...at, line: at.line + 1, column: 1 } : at
  };
}
function hasQuotedEscape(text) {
  return /"[^"]*\\/.test(text);
}
function sourceText(ctx, node) {
  if (!node?.range) return "";
  return ctx.text.slice(node.range[0], node.range[1]).trim();
}
function seqItems(ctx, node) {
  const target = deref(ctx, node);
  if (!isSeq(target)) return [];
  return target.items.map((item) => deref(ctx, item)).filter((item) => item !== null);
}

// src/readers/k8s/values.ts
function componentsInValues(ctx, root, chart) {
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (node, depth, chart2) => {
    const target = deref(ctx, node);
    if (depth > 12 || !target || seen.has(target)) return;
    seen.add(target);
    if (isSeq(target)) {
      for (const item of target.items) visit(item, depth + 1, chart2);
      return;
    }
    if (!isMap(target)) return;
    for (const pair of target.items) {
      const key = scalarText(ctx, pair.key);
      const value = deref(ctx, pair.value);
      if (key === "image") {
        const text = scalarText(ctx, value);
        if (text) {
          const component = componentFromImage(text, nodeRef(ctx, value));
          if (component) found.push(component);
          continue;
        }
        const fromMap = imageMap(ctx, value, chart2);
        if (fromMap) {
          found.push(fromMap);
          continue;
        }
      }
      visit(value, depth + 1, depth === 0 && key && componentForChart(key) ? key : chart2);
    }
  };
  visit(root, 0, chart);
  return found;
}
function imageMap(ctx, node, chart) {
  if (!isMap(node)) return void 0;
  const tagNode = getNode(ctx, node, "tag");
  const tag = scalarText(ctx, tagNode);
  const repository = scalarText(ctx, getNode(ctx, node, "repository"));
  const registry = scalarText(ctx, getNode(ctx, node, "registry"));
  if (repository) {
    const full = `${registry ? `${registry}/` : ""}${repository}${tag ? `:${tag}` : ""}`;
    const component = componentFromImage(full, nodeRef(ctx, tagNode ?? node));
    if (component) return component;
  }
  if (tag && chart && componentForChart(chart))
    return componentFromChart(chart, void 0, tag, nodeRef(ctx, tagNode), nodeRef(ctx, tagNode));
  return void 0;
}

// src/readers/k8s/manifests.ts
function mayBeManifest(file) {
  return /\.ya?ml$/i.test(file.path) && (file.text.includes("apiVersion") && file.text.includes("kind") || hasQuotedEscape(file.text)) && !file.text.includes("kind: ClusterConfig") && !file.text.includes("AWSTemplateFormatVersion");
}
function readManifests(file) {
  if (!PRE_RELEASE_API.test(file.text) && !mentionsComponent(file.text) && !GITOPS_API.test(file.text) && !hasQuotedEscape(file.text))
    return { clusters: [], problems: [] };
  if (file.text.includes("{{")) return { clusters: [], problems: [], apis: scanTemplate(file) };
  const parsed = parseYaml(file);
  const out = {
    components: [],
    nodeGroups: [],
    apis: [],
    deploys: []
  };
  for (const ctx of parsed.docs) visitObject(ctx, ctx.doc.contents, out, 0);
  return { clusters: [], problems: [...parsed.problems], ...out };
}
var PRE_RELEASE_API = /\bv\d+(?:alpha|beta)\d+\b/;
var GITOPS_API = /\b(?:kustomize|helm)\.toolkit\.fluxcd\.io\/|\bargoproj\.io\//;
function visitObject(ctx, node, out, depth) {
  if (!isMap(node) || depth > 4) return;
  const apiVersion = scalarText(ctx, getNode(ctx, node, "apiVersion"));
  const kind = scalarText(ctx, getNode(ctx, node, "kind"));
  if (!apiVersion || !kind) return;
  const name = scalarText(ctx, getNode(ctx, getNode(ctx, node, "metadata"), "name")) ?? void 0;
  out.apis.push({
    apiVersion,
    kind,
    ...name !== void 0 && { name },
    at: nodeRef(ctx, getNode(ctx, node, "apiVersion"))
  });
  if (kind === "List" || kind.endsWith("List")) {
    for (const item of seqItems(ctx, getNode(ctx, node, "items")))
      visitObject(ctx, item, out, depth + 1);
    return;
  }
  const spec = getNode(ctx, node, "spec");
  if (apiVersion.startsWith("karpenter.k8s.aws/") && kind === "EC2NodeClass")
    out.nodeGroups.push(nodeClass(ctx, name ?? "EC2NodeClass", spec, nodeRef(ctx, node)));
  else if (apiVersion.startsWith("kustomize.toolkit.fluxcd.io/") && kind === "Kustomization")
    out.deploys.push(...deployed(ctx, [getNode(ctx, spec, "path")]));
  else if (apiVersion.startsWith("helm.toolkit.fluxcd.io/") && kind === "HelmRelease") {
    out.components.push(...fluxRelease(ctx, spec));
    out.deploys.push(...fluxChartPath(ctx, spec));
  } else if (apiVersion.startsWith("argoproj.io/") && kind === "Application") {
    out.components.push(...argoApplication(ctx, spec));
    out.deploys.push(
      ...deployed(
        ctx,
        argoSources(ctx, spec).map((s) => getNode(ctx, s, "path"))
      )
    );
  } else
    for (const container of containers(ctx, node, kind)) {
      const image = getNode(ctx, container, "image");
      const text = scalarText(ctx, image);
      const component = text ? componentFromImage(text, nodeRef(ctx, image)) : void 0;
      if (component) out.components.push(component);
    }
}
function containers(ctx, object, kind) {
  const spec = getNode(ctx, object, "spec");
  const podSpec = kind === "Pod" ? spec : kind === "CronJob" ? getNode(
    ctx,
    getNode(ctx, getNode(ctx, getNode(ctx, spec, "jobTemplate"), "spec"), "template"),
    "spec"
  ) : getNode(ctx, getNode(ctx, spec, "template"), "spec");
  return [
    ...seqItems(ctx, getNode(ctx, podSpec, "containers")),
    ...seqItems(ctx, getNode(ctx, podSpec, "initContainers"))
  ];
}
function nodeClass(ctx, name, spec, at) {
  const written = (node) => {
    const text = scalarText(ctx, node);
    return text === null ? void 0 : { text, at: nodeRef(ctx, node) };
  };
  const alias = seqItems(ctx, getNode(ctx, spec, "amiSelectorTerms")).map((term) => getNode(ctx, term, "alias")).find((node) => node !== null);
  const amiFamily = written(getNode(ctx, spec, "amiFamily"));
  const aliasText = written(alias ?? null);
  const userData = writtenText(ctx, "userData", getNode(ctx, spec, "userData"));
  return karpenterNodeClass({
    name,
    at,
    ...amiFamily && { amiFamily },
    ...aliasText && { alias: aliasText },
    ...userData && { userData }
  });
}
function fluxRelease(ctx, spec) {
  const chartSpec = getNode(ctx, getNode(ctx, spec, "chart"), "spec");
  const chartNode = getNode(ctx, chartSpec, "chart");
  const chart = scalarText(ctx, chartNode);
  if (!chart) return [];
  const versionNode = getNode(ctx, chartSpec, "version");
  return helmComponent(
    ctx,
    chart,
    versionNode,
    getNode(ctx, spec, "values"),
    nodeRef(ctx, chartNode)
  );
}
function argoApplication(ctx, spec) {
  return argoSources(ctx, spec).flatMap((source) => {
    const chartNode = getNode(ctx, source, "chart");
    const chart = scalarText(ctx, chartNode);
    if (!chart) return [];
    const helm = getNode(ctx, source, "helm");
    const parameters = seqItems(ctx, getNode(ctx, helm, "parameters"));
    const tagParameter = parameters.find(
      (p) => scalarText(ctx, getNode(ctx, p, "name")) === "image.tag"
    );
    if (tagParameter) {
      const value = getNode(ctx, tagParameter, "value");
      const component = componentFromChart(
        chart,
        void 0,
        scalarText(ctx, value) ?? void 0,
        nodeRef(ctx, chartNode),
        nodeRef(ctx, value)
      );
      return component ? [component] : [];
    }
    const valuesObject = getNode(ctx, helm, "valuesObject");
    const valuesText = scalarText(ctx, getNode(ctx, helm, "values"));
    return helmComponent(
      ctx,
      chart,
      getNode(ctx, source, "targetRevision"),
      valuesObject,
      nodeRef(ctx, chartNode),
      valuesText
    );
  });
}
function argoSources(ctx, spec) {
  return [getNode(ctx, spec, "source"), ...seqItems(ctx, getNode(ctx, spec, "sources"))].filter(
    (s) => s !== null
  );
}
function deployed(ctx, nodes) {
  return nodes.flatMap((node) => {
    const text = scalarText(ctx, node);
    const target = text === null ? void 0 : repositoryPath(text, "");
    return target === void 0 ? [] : [{ path: target, at: nodeRef(ctx, node) }];
  });
}
function fluxChartPath(ctx, spec) {
  const chartSpec = getNode(ctx, getNode(ctx, spec, "chart"), "spec");
  const source = scalarText(ctx, getNode(ctx, getNode(ctx, chartSpec, "sourceRef"), "kind"));
  return source === "GitRepository" || source === "Bucket" ? deployed(ctx, [getNode(ctx, chartSpec, "chart")]) : [];
}
function helmComponent(ctx, chart, versionNode, values, at, valuesText) {
  const fromValues = values ? componentsInValues(ctx, values, chart) : valuesText ? componentsInValuesText(valuesText, chart, at) : [];
  if (fromValues.length > 0) return fromValues;
  const version = scalarText(ctx, versionNode) ?? void 0;
  const component = componentFromChart(
    chart,
    version,
    void 0,
    at,
    versionNode ? nodeRef(ctx, versionNode) : at
  );
  return component ? [component] : [];
}
function componentsInValuesText(text, chart, at) {
  try {
    const values = parse(text, { maxAliasCount: 50 });
    const tag = values?.image?.tag;
    if (typeof tag !== "string" && typeof tag !== "number") return [];
    const component = componentFromChart(chart, void 0, String(tag), at, at);
    return component ? [component] : [];
  } catch {
    return [];
  }
}
var API_LINE = /^\s*apiVersion:\s*["']?([\w.-]+\/[\w.-]+|v\d[\w]*)["']?\s*$/;
var KIND_LINE = /^\s*kind:\s*["']?(\w+)["']?\s*$/;
function scanTemplate(file) {
  const lines = file.text.split("\n");
  const usages = [];
  lines.forEach((line, index) => {
    const api = API_LINE.exec(line);
    if (!api) return;
    for (let next = index + 1; next < Math.min(lines.length, index + 6); next++) {
      const kind = KIND_LINE.exec(lines[next]);
      if (kind) {
        usages.push({
          apiVersion: api[1],
          kind: kind[1],
          at: { file: file.path, line: index + 1, column: line.indexOf("apiVersion") + 1 }
        });
        return;
      }
    }
  });
  for (let index = 0; index < lines.length; index++) {
    const kind = KIND_LINE.exec(lines[index]);
    if (!kind || usages.some((u) => u.at.line < index + 1 && index + 1 - u.at.line < 6)) continue;
    const api = lines.slice(index + 1, index + 6).map((l) => API_LINE.exec(l)).find(Boolean);
    if (api)
      usages.push({
        apiVersion: api[1],
        kind: kind[1],
        at: { file: file.path, line: index + 1, column: 1 }
      });
  }
  return usages;
}

export {
  CONTROL_PLANE_MINOR,
  kubeVersionFromAmiHint,
  kubeVersionFromRelease,
  releaseFamily,
  isAmazonLinux2,
  amiFamilySupport,
  amiFamilyFromHint,
  resolved,
  policy,
  unresolved,
  unspecified,
  shortText,
  NO_MOVES,
  detectMoves,
  movedPath,
  isAwsRegion,
  sameIdentity,
  matchClusters,
  inheritsControlPlane,
  nodeGroupWithoutAmi,
  followsControlPlane,
  repositoryPath,
  covers,
  parseYaml,
  nodeRef,
  deref,
  getPair,
  getNode,
  scalarText,
  writtenText,
  hasQuotedEscape,
  sourceText,
  seqItems,
  componentFromChart,
  componentsInValues,
  karpenterNodeClass,
  mayBeManifest,
  readManifests
};
