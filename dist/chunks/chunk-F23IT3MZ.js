import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  KnowledgeFileError,
  clusterVersionFacts,
  mergeFacts
} from "./chunk-WDDD33ZD.js";
import {
  compareAddonVersions,
  formatMinor,
  parseAddonVersion
} from "./chunk-4WBBM4JK.js";
import {
  NO_MOVES,
  amiFamilySupport,
  componentFromChart,
  componentsInValues,
  covers,
  deref,
  detectMoves,
  followsControlPlane,
  getNode,
  getPair,
  hasQuotedEscape,
  inheritsControlPlane,
  isAmazonLinux2,
  isAwsRegion,
  kubeVersionFromRelease,
  matchClusters,
  mayBeManifest,
  movedPath,
  nodeGroupWithoutAmi,
  nodeRef,
  parseYaml,
  policy,
  readManifests,
  releaseFamily,
  repositoryPath,
  resolved,
  sameIdentity,
  scalarText,
  seqItems,
  shortText,
  sourceText,
  unresolved,
  unspecified,
  writtenText
} from "./chunk-W5FTCSPK.js";
import {
  LineCounter,
  Scalar,
  daysBetween,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  newestKnown,
  parseDocument,
  supportStatus,
  versionInfo,
  vpcCniFloor,
  wayOut
} from "./chunk-JL4GYMN3.js";
import {
  componentForChart,
  mentionsComponent
} from "./chunk-KIHNS4ND.js";
import {
  addMinors,
  compareKubeVersions,
  formatKubeVersion,
  minorDistance,
  parseKubeVersion
} from "./chunk-D2WDCTU4.js";
import {
  NOWHERE,
  isTerraformFile,
  sourceRef
} from "./chunk-5JKFPUKD.js";
import {
  __require
} from "./chunk-FZTWU4BV.js";

// schema/config.schema.json
var config_schema_default = JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/eks-upgrade-gate/eks-upgrade-gate/main/schema/config.schema.json","title":"eks-upgrade-gate configuration","description":"The configuration file of eks-upgrade-gate (.github/eks-upgrade-gate.yml). An action input or CLI flag overrides the same setting here.","type":"object","additionalProperties":false,"properties":{"fail-on":{"$ref":"#/definitions/failOn"},"fail-on-existing":{"$ref":"#/definitions/boolean","description":"Also fail on findings that already exist on the base commit."},"fail-on-empty":{"$ref":"#/definitions/boolean","description":"Fail when nothing EKS-related is found (a mistyped path, a moved directory) instead of passing with a warning."},"include":{"$ref":"#/definitions/globs","description":"Only scan these paths (globs from the repository root)."},"exclude":{"$ref":"#/definitions/globs","description":"Never scan these paths (globs from the repository root)."},"rules":{"type":"object","description":"Per-rule severity, or off.","propertyNames":{"$ref":"#/definitions/ruleId"},"additionalProperties":{"$ref":"#/definitions/ruleSetting"}},"var-files":{"$ref":"#/definitions/rootFiles","description":"tfvars files CI passes with -var-file: FILE (applies to the Terraform root around it) or ROOT_DIR=FILE."},"plan-json":{"$ref":"#/definitions/rootFiles","description":"Output of terraform show -json: FILE or ROOT_DIR=FILE."},"hidden-directories":{"$ref":"#/definitions/globs","description":"Hidden directories to read, e.g. .karpenter; others are skipped and listed."},"target-version":{"$ref":"#/definitions/kubeVersion","description":"Check and plan an upgrade to this version that the change has not made yet. Quote it: 1.30 is a number in YAML."},"knowledge-file":{"$ref":"#/definitions/globs","description":"Extra EKS data files: versions newer than the embedded data, or describe-addon-versions output."},"live-cluster":{"$ref":"#/definitions/text","description":"The declared cluster (id or name) a live cluster is, when the names differ."},"assign":{"type":"array","description":"Which cluster manifests and Helm files under a path belong to, where it is not the nearest one.","items":{"type":"object","additionalProperties":false,"required":["paths","cluster"],"properties":{"paths":{"$ref":"#/definitions/text","description":"A glob from the repository root."},"cluster":{"$ref":"#/definitions/text","description":"A cluster name or id."}}},"examples":[[{"paths":"apps/prod/**","cluster":"prod"}]]},"ignore":{"type":"array","description":"Suppressions: a reason is required, an expiry date is optional.","items":{"type":"object","additionalProperties":false,"required":["rule","reason"],"properties":{"rule":{"oneOf":[{"$ref":"#/definitions/ruleId"},{"const":"*"}],"description":"A rule id, or * for every rule."},"cluster":{"$ref":"#/definitions/text","description":"Glob on the cluster id or name."},"file":{"$ref":"#/definitions/text","description":"Glob on the file path."},"reason":{"$ref":"#/definitions/text","description":"Why, shown in every report."},"expires":{"$ref":"#/definitions/date","description":"From this day on the entry no longer applies."}}},"examples":[[{"rule":"node-group-skew","cluster":"*legacy*","reason":"group is being retired in Q1","expires":"2027-01-31"}]]}},"definitions":{"failOn":{"type":"string","enum":["error","warning","notice","never"],"description":"Lowest severity of a new finding that fails the check."},"boolean":{"enum":[true,false,"true","false"]},"text":{"type":"string","pattern":"\\\\S"},"globs":{"anyOf":[{"$ref":"#/definitions/text"},{"type":"array","items":{"$ref":"#/definitions/text"}}]},"rootFiles":{"anyOf":[{"$ref":"#/definitions/text"},{"type":"array","items":{"$ref":"#/definitions/text"}}]},"kubeVersion":{"type":"string","pattern":"^\\\\s*v?1\\\\.\\\\d{1,3}\\\\s*$","examples":["1.33"]},"date":{"type":"string","format":"date","examples":["2027-01-31"]},"severity":{"type":"string","enum":["error","warning","notice"]},"ruleSetting":{"type":"string","enum":["error","warning","notice","off"]},"ruleId":{"type":"string","enum":["addon-field-conflicts","addon-floating","addon-incompatible","addon-not-moved","al2023-bootstrap-script","ami-containerd-too-old","ami-custom-unverified","ami-family-end-of-life","ami-family-unsupported","ami-release-mismatch","api-deprecated","api-removed","cluster-autoscaler-mismatch","cluster-removed","cluster-unreadable","control-plane-downgrade","control-plane-end-of-support","control-plane-extended-support","control-plane-skips-minor","control-plane-support-ending","coredns-outdated","coredns-too-old","docker-runtime","karpenter-unsupported","knowledge-stale","kubelet-flag-removed","kube-proxy-minor-mismatch","kube-proxy-skew","kube-proxy-tag-variant","live-addon-versions","live-al2-nodes","live-container-runtime","live-kernel","live-node-skew","live-os-image","live-unavailable","live-version-drift","managed-node-group-behind-control-plane","node-group-newer-than-control-plane","node-group-skew","suppression-expired","unassigned-component","unreadable-file","unresolved-value","version-unknown-to-data","version-written-as-number","vpc-cni-minimum","vpc-cni-below-recommended","vpc-cni-minor-jump"]},"comment":{"type":"string","enum":["update","on-failure","on-change","new","off"],"description":"update: one sticky comment; on-failure: the sticky comment only while the gate fails (removed once it passes); on-change: only while the pull request changes a file the gate read; new: a new comment per run; off: none."},"inputs":{"description":"The settings an action input or CLI flag can give (as text), validated with the same definitions as the file.","type":"object","additionalProperties":false,"properties":{"fail-on":{"$ref":"#/definitions/failOn"},"fail-on-existing":{"$ref":"#/definitions/boolean"},"fail-on-empty":{"$ref":"#/definitions/boolean"},"var-files":{"$ref":"#/definitions/rootFiles"},"plan-json":{"$ref":"#/definitions/rootFiles"},"target-version":{"$ref":"#/definitions/kubeVersion"},"knowledge-file":{"$ref":"#/definitions/globs"},"live-cluster":{"$ref":"#/definitions/text"},"evaluation-date":{"$ref":"#/definitions/date"},"comment":{"$ref":"#/definitions/comment"},"review-comments":{"$ref":"#/definitions/boolean"}}}}}');

// builtin:node:module?validators
var m = __require("node:module");
var createRequire = /* @__PURE__ */ (() => m.createRequire)();

// lazy:validators
var loaded;
var load = () => loaded ??= createRequire(import.meta.url)(/\/chunks\/[^/]+$/.test(import.meta.url) ? "../validators.cjs" : "./validators.cjs");
function configValidators() {
  return load().configValidators();
}

// src/config/settings.ts
var ConfigError = class extends Error {
  name = "ConfigError";
};
function validateSettings(raw, source) {
  const values = source.kind === "file" ? raw : trimmed(raw);
  if (Object.keys(values).length === 0) return convert(values, source);
  const validators = configValidators();
  const check = source.kind === "file" ? validators.file : validators.inputs;
  if (!check(values)) throw new ConfigError(describe(check.errors?.at(-1), values, source));
  return convert(values, source);
}
function trimmed(raw) {
  return Object.fromEntries(
    Object.entries(raw).filter(([, value]) => value !== void 0).map(([key, value]) => [
      key,
      typeof value === "string" ? value.trim() : Array.isArray(value) ? value.map((v) => typeof v === "string" ? v.trim() : v) : value
    ])
  );
}
var list = (value) => (Array.isArray(value) ? value : [value]).map((item) => String(item).trim());
function convert(values, source) {
  const settings = {};
  const text = (key) => String(values[key]).trim();
  for (const key of Object.keys(values)) {
    const value = values[key];
    switch (key) {
      case "fail-on":
        settings.failOn = value;
        break;
      case "fail-on-existing":
        settings.failOnExisting = value === true || value === "true";
        break;
      case "fail-on-empty":
        settings.failOnEmpty = value === true || value === "true";
        break;
      case "review-comments":
        settings.reviewComments = value === true || value === "true";
        break;
      case "include":
        settings.include = list(value);
        break;
      case "exclude":
        settings.exclude = list(value);
        break;
      case "var-files":
        settings.varFiles = list(value);
        break;
      case "plan-json":
        settings.planJson = list(value);
        break;
      case "knowledge-file":
        settings.knowledgeFiles = list(value);
        break;
      case "hidden-directories":
        settings.hiddenDirectories = list(value).map((name) => name.replace(/\/+$/, ""));
        break;
      case "target-version":
        settings.targetVersion = text(key).replace(/^v/, "");
        break;
      case "live-cluster":
        settings.liveCluster = text(key);
        break;
      case "evaluation-date":
        settings.evaluationDate = text(key);
        break;
      case "comment":
        settings.comment = value;
        break;
      case "rules":
        settings.rules = value;
        break;
      case "assign":
        settings.assign = value.map((entry) => ({
          paths: entry.paths.trim(),
          cluster: entry.cluster.trim()
        }));
        break;
      case "ignore":
        settings.ignore = ignoreEntries(value, source);
        break;
    }
  }
  return settings;
}
function ignoreEntries(entries, source) {
  const file = source.kind === "file" ? source : { path: "", ignoreLines: [] };
  return entries.map((fields, index) => ({
    rule: fields.rule.trim(),
    reason: fields.reason.trim(),
    ...fields.cluster !== void 0 && { cluster: fields.cluster.trim() },
    ...fields.file !== void 0 && { file: fields.file.trim() },
    ...fields.expires !== void 0 && { expires: fields.expires.trim() },
    at: { file: file.path, line: file.ignoreLines[index] ?? 1, column: 1 }
  }));
}
var IGNORE_EXAMPLE = '[{ rule: node-group-skew, cluster: "*prod*", reason: "retiring this group", expires: 2027-01-31 }]';
var ASSIGN_EXAMPLE = '[{ paths: "apps/prod/**", cluster: prod }]';
function describe(error, values, source) {
  const { definitions, properties } = config_schema_default;
  const [key = "", ...rest] = (error?.instancePath ?? "").split("/").slice(1).map(unescapePointer);
  const name = source.kind === "cli" ? `--${key}` : source.kind === "action" ? `the ${key} input` : `"${key}" in ${source.path}`;
  const got = (value2) => `(got "${String(value2)}")`;
  const value = at(values, error?.instancePath ?? "");
  if (!error) return `${name} is not valid`;
  if (key === "") {
    if (source.kind !== "file")
      return `unknown setting "${String(error.params.additionalProperty)}"`;
    if (error.keyword === "additionalProperties")
      return `${source.path}: unknown setting "${String(error.params.additionalProperty)}"; allowed: ${Object.keys(properties).join(", ")}`;
    return `${source.path} must be a mapping of settings (see the README's "Configuration file")`;
  }
  const entry = /^\d+$/.test(rest[0] ?? "") ? `${name}, entry ${Number(rest[0]) + 1}` : name;
  const property = config_schema_default.definitions.inputs.properties[key] ?? properties[key];
  const definition = property?.$ref?.split("/").at(-1) ?? "";
  switch (key) {
    case "rules":
      if (error.keyword === "propertyNames" || definition === "ruleId")
        return `${name}: unknown rule "${String(error.params.propertyName ?? rest[0])}"; rules are: ${definitions.ruleId.enum.join(", ")}`;
      if (error.keyword === "type")
        return `${name} must map rule ids to a severity or "off", e.g. { node-group-skew: warning }`;
      return `${name}: rule "${rest[0]}" must be set to ${definitions.ruleSetting.enum.join(", ")} ${got(value)}`;
    case "ignore":
      if (rest.length === 0) return `${name} must be a list of entries like ${IGNORE_EXAMPLE}`;
      if (error.keyword === "required" && error.params.missingProperty === "reason")
        return `${entry}: a reason is required, so the suppression explains itself in every report`;
      if (error.keyword === "additionalProperties")
        return `${entry}: unknown key "${String(error.params.additionalProperty)}"; allowed: ${Object.keys(properties.ignore.items.properties).join(", ")}`;
      if (rest[1] === "rule" || error.params.missingProperty === "rule")
        return `${entry}: unknown rule "${String(value ?? "")}"; rules are: ${definitions.ruleId.enum.join(", ")} (or "*")`;
      if (rest[1] === "expires")
        return `${entry}: expires must be a date like 2027-01-31 ${got(value)}`;
      return `${entry} must be a mapping like ${IGNORE_EXAMPLE}`;
    case "assign":
      if (rest.length === 0) return `${name} must be a list like ${ASSIGN_EXAMPLE}`;
      return `${entry} needs paths (a glob) and cluster (an id or name), e.g. ${ASSIGN_EXAMPLE}`;
  }
  switch (definition) {
    case "failOn":
      return `${name} must be one of ${definitions.failOn.enum.join(", ")} ${got(value)}`;
    case "comment":
      return `${name} must be update, on-failure, on-change, new or off ${got(value)}`;
    case "boolean":
      return `${name} must be true or false ${got(value)}`;
    case "date":
      return `${name} must be a date like 2026-11-21 ${got(value)}`;
    case "kubeVersion":
      return typeof value === "number" ? `${name} must be quoted ("${value}" reads as the number ${value}): write "1.30", not 1.30` : `${name} must be a Kubernetes version like 1.33 ${got(value)}`;
    case "globs":
    case "rootFiles":
      return `${name} must be a glob or a list of globs, e.g. ["clusters/**", "!**/testdata/**"]`;
    default:
      return `${name} must be a non-empty text ${got(value)}`;
  }
}
var unescapePointer = (segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~");
function at(values, pointer) {
  let current = values;
  for (const segment of pointer.split("/").slice(1).map(unescapePointer)) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[segment];
  }
  return current;
}

// src/config/gate-config.ts
var DEFAULT_CONFIG = {
  failOn: "error",
  failOnExisting: false,
  failOnEmpty: false,
  include: [],
  exclude: [],
  rules: {},
  varFiles: [],
  planJson: [],
  hiddenDirectories: [],
  ignore: [],
  knowledgeFiles: [],
  assign: []
};
var GATE_KEYS = [
  "failOn",
  "failOnExisting",
  "failOnEmpty",
  "include",
  "exclude",
  "rules",
  "varFiles",
  "planJson",
  "hiddenDirectories",
  "ignore",
  "targetVersion",
  "knowledgeFiles",
  "liveCluster",
  "assign"
];
function gateSettings(settings) {
  return Object.fromEntries(
    GATE_KEYS.flatMap((key) => settings[key] === void 0 ? [] : [[key, settings[key]]])
  );
}
function resolveConfig(inputs, file) {
  const fromFile = file ? readConfigFile(file.path, file.text) : {};
  const given = gateSettings(inputs);
  for (const key of ["varFiles", "planJson", "knowledgeFiles"]) {
    if (given[key]?.length === 0) delete given[key];
  }
  return { ...DEFAULT_CONFIG, ...gateSettings(fromFile), ...given };
}
function readConfigFile(path, text) {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  let raw;
  try {
    if (doc.errors[0]) throw doc.errors[0];
    raw = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    throw new ConfigError(`${path} is not valid YAML: ${error.message.split("\n")[0]}`);
  }
  if (raw === null || raw === void 0) return {};
  const ignoreNode = doc.get("ignore", true);
  const ignoreLines = isSeq(ignoreNode) ? ignoreNode.items.map(
    (item) => lines.linePos(item.range?.[0] ?? 0).line
  ) : [];
  return validateSettings(raw, { kind: "file", path, ignoreLines });
}
function configIsTrusted(config) {
  return config.configSource === "base" || config.configSource === "external";
}

// package.json
var package_default = {
  name: "eks-upgrade-gate",
  version: "0.1.0",
  description: "Guards Amazon EKS upgrades in pull requests: checks declared control-plane, node group, AMI and add-on versions against the version-skew policy and EKS upgrade rules.",
  license: "MIT",
  keywords: [
    "eks",
    "kubernetes",
    "upgrade",
    "terraform",
    "eksctl",
    "helm",
    "github-action",
    "version-skew",
    "aws",
    "ci"
  ],
  homepage: "https://github.com/eks-upgrade-gate/eks-upgrade-gate#readme",
  bugs: {
    url: "https://github.com/eks-upgrade-gate/eks-upgrade-gate/issues"
  },
  repository: {
    type: "git",
    url: "git+https://github.com/eks-upgrade-gate/eks-upgrade-gate.git"
  },
  type: "module",
  engines: {
    node: ">=20"
  },
  bin: {
    "eks-upgrade-gate": "dist/cli.js"
  },
  files: [
    "dist",
    "action.yml",
    "README.md",
    "LICENSE",
    "CHANGELOG.md",
    "docs/rules",
    "schema"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    start: "node dist/cli.js check examples/eksctl-upgrade/head --base-dir examples/eksctl-upgrade/base",
    test: "tsc --noEmit && vitest run",
    bench: "node scripts/build.mjs && node scripts/bench.mjs",
    lint: "eslint . && prettier --check . && knip",
    format: "prettier --write .",
    typecheck: "tsc --noEmit",
    "data:refresh": "node scripts/data-refresh.mjs",
    "data:build": "node scripts/build-knowledge.mjs",
    "data:karpenter": "node scripts/karpenter-matrix.mjs",
    "data:vpc-cni": "node scripts/vpc-cni-recommended.mjs",
    "data:ami": "node scripts/ami-releases.mjs",
    "docs:rules": "node scripts/readme-rules.mjs"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@actions/workflow-parser": "^0.3.61",
    "@aws-sdk/client-eks": "^3.1169.0",
    "@eslint/js": "^10.0.1",
    "@kubernetes/client-node": "^1.4.0",
    "@microsoft/jest-sarif": "^1.0.0-beta.0",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@smithy/node-http-handler": "^4.14.2",
    "@tree-sitter-grammars/tree-sitter-hcl": "^1.2.0",
    "@types/node": "^20.19.43",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "jsonc-parser": "^3.3.1",
    knip: "^6.44.2",
    marked: "^18.2.1",
    minimatch: "^11.0.9",
    prettier: "^3.10.1",
    typescript: "~5.9.3",
    "typescript-eslint": "^8.73.0",
    vite: "^8.4.0",
    vitest: "^4.1.12",
    "web-tree-sitter": "^0.27.1",
    "wrap-ansi": "^10.0.2",
    yaml: "^2.9.1"
  }
};

// src/report/report.ts
var TOOL_NAME = package_default.name;
var TOOL_VERSION = package_default.version;
function buildReport(result2, config, knowledge) {
  const live = result2.findings.filter((finding) => !finding.suppressed);
  return {
    schemaVersion: 1,
    tool: {
      name: TOOL_NAME,
      version: TOOL_VERSION,
      dataDate: knowledge.dataDate,
      ...knowledge.overrides.length > 0 && { knowledgeFiles: [...knowledge.overrides] }
    },
    base: result2.baseDescription ? { ref: result2.baseDescription.ref, commit: result2.baseDescription.commit ?? null } : null,
    clusters: result2.head.clusters.map(clusterJson),
    transitions: [...result2.transitions],
    ...result2.live && { live: liveJson(result2.live) },
    unassigned: {
      components: (result2.head.unassigned?.components ?? []).map(componentJson),
      nodeClasses: (result2.head.unassigned?.nodeGroups ?? []).map(
        (group) => `${group.name} (${group.at.file}:${group.at.line})`
      )
    },
    findings: result2.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      cluster: finding.cluster ?? null,
      new: finding.new,
      suppressed: finding.suppressed,
      fingerprint: finding.fingerprint,
      ...finding.suppressionReason !== void 0 && {
        suppressionReason: finding.suppressionReason
      },
      ...finding.suppressedBy && { suppressedBy: finding.suppressedBy },
      ...finding.suggestion && { suggestion: finding.suggestion },
      blocking: finding.blocking,
      docs: finding.docs
    })),
    fixed: result2.fixed.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      file: finding.file,
      line: finding.line,
      cluster: finding.cluster ?? null
    })),
    plan: [...result2.upgradePlans],
    summary: {
      ...count(live),
      new: count(live.filter((finding) => finding.new)),
      suppressed: result2.findings.length - live.length,
      filesScanned: result2.head.filesScanned,
      failOn: config.failOn,
      result: result2.result
    },
    notes: [...result2.notes]
  };
}
function count(findings) {
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    notices: findings.filter((f) => f.severity === "notice").length
  };
}
function declaredJson(declared) {
  const value = declared.value === null ? null : isKubeVersion(declared.value) ? formatKubeVersion(declared.value) : String(declared.value);
  return {
    value,
    status: declared.status,
    file: declared.at.file,
    line: declared.at.line,
    ...declared.expression !== void 0 && { expression: declared.expression },
    ...declared.note !== void 0 && { note: declared.note },
    ...declared.via.length > 0 && {
      via: declared.via.map((ref) => ({ file: ref.file, line: ref.line }))
    }
  };
}
function isKubeVersion(value) {
  return typeof value === "object" && value !== null && "major" in value && "minor" in value;
}
function clusterJson(cluster) {
  return {
    id: cluster.id,
    name: cluster.name,
    ...cluster.region && { region: cluster.region },
    ...cluster.account && { account: cluster.account },
    source: { ...cluster.source },
    version: declaredJson(cluster.version),
    nodeGroups: cluster.nodeGroups.map((group) => ({
      name: group.name,
      kind: group.kind,
      file: group.at.file,
      line: group.at.line,
      version: declaredJson(group.version),
      amiType: declaredJson(group.amiType),
      amiFamily: declaredJson(group.amiFamily),
      releaseVersion: declaredJson(group.releaseVersion),
      amiId: declaredJson(group.amiId)
    })),
    addons: cluster.addons.map((addon) => ({
      name: addon.name,
      file: addon.at.file,
      line: addon.at.line,
      version: declaredJson(addon.version)
    })),
    components: cluster.components.map(componentJson)
  };
}
function describeDeclared(value) {
  switch (value.status) {
    case "resolved":
      return value.value ?? "?";
    case "policy":
      return `${value.value ?? value.expression ?? "policy"} (decided at apply time)`;
    case "unresolved":
      return `unresolved${value.expression ? ` \`${shortText(value.expression)}\`` : ""}`;
    case "unspecified":
      return value.value ? `${value.value} (${value.note ?? "default"})` : `not set (${value.note ?? "default applies"})`;
  }
}
function foundNothing(report) {
  return report.scope?.mode !== "affected" && report.clusters.length === 0 && report.unassigned.components.length === 0 && report.unassigned.nodeClasses.length === 0;
}
function verdictLine(report) {
  const { summary } = report;
  const blocking = report.findings.filter((finding) => finding.blocking);
  if (foundNothing(report) && blocking.length === 0)
    return summary.result === "fail" ? "nothing EKS-related was found (fail-on-empty)" : "nothing EKS-related was found: check the path";
  if (summary.result === "fail") {
    return `${blocking.length} ${plural(blocking.length, "finding")} at or above "${summary.failOn}" block this change`;
  }
  if (report.findings.length === 0) return "no findings";
  return `nothing blocks this change (${summary.errors} ${plural(summary.errors, "error")}, ${summary.warnings} ${plural(summary.warnings, "warning")}, ${summary.notices} ${plural(summary.notices, "notice")}; fail-on: ${summary.failOn})`;
}
function plural(n, word) {
  return n === 1 ? word : `${word}s`;
}
function componentJson(component) {
  return {
    name: component.name,
    file: component.at.file,
    line: component.at.line,
    version: declaredJson(component.version),
    ...component.image !== void 0 && { image: component.image },
    ...component.chart !== void 0 && { chart: component.chart }
  };
}
function liveJson(live) {
  return {
    clusters: live.clusters.map(({ view, clusterId }) => ({
      name: view.name,
      context: view.context,
      version: view.version ? formatKubeVersion(view.version) : null,
      cluster: clusterId ?? null,
      nodeGroups: view.nodeGroups.map((g) => ({
        name: g.name,
        kind: g.kind,
        nodes: g.nodes,
        kubelet: g.oldest ? g.newest && formatKubeVersion(g.newest) !== formatKubeVersion(g.oldest) ? `${formatKubeVersion(g.oldest)}\u2013${formatKubeVersion(g.newest)}` : formatKubeVersion(g.oldest) : null,
        osImages: [...g.osImages]
      })),
      problems: [...view.problems]
    })),
    errors: [...live.errors]
  };
}

// src/report/skew.ts
var ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
var MAX_COLUMNS = 6;
var MAX_ROWS = 25;
var minor = (text) => Number(text.split(".")[1]);
var SHORT = {
  "control-plane-skips-minor": () => "one minor at a time",
  "control-plane-downgrade": () => "cannot go down",
  "managed-node-group-behind-control-plane": (row, from) => `stuck at ${row.base ?? row.head ?? "?"} \u2014 must match ${from} first`,
  "node-group-skew": () => "beyond the skew policy",
  "node-group-newer-than-control-plane": () => "newer than the control plane",
  "ami-family-unsupported": (row) => `no AMI for ${row.head ?? "its version"}`,
  "ami-family-end-of-life": () => "AMI family end of life",
  "addon-not-moved": (_row, _from, to) => `left behind at ${to}`,
  "kube-proxy-skew": () => "beyond the skew policy",
  "addon-incompatible": () => "not offered for this version",
  "vpc-cni-minimum": () => "below the minimum"
};
function subjectOf(row) {
  switch (row.part) {
    case "control-plane":
      return "version";
    case "node-group":
      return `node-group:${row.name}`;
    case "addon":
      return `addon:${row.name}`;
    case "component":
      return `component:${row.name}`;
  }
}
var PART_LABEL = (row) => row.part === "control-plane" ? "**Control plane**" : row.part === "node-group" ? `${escapeCell(row.name)} (${row.kind ?? "node group"})` : `${escapeCell(row.name)} (${row.part === "addon" ? "add-on" : "component"})`;
function skewPicture(report, cluster) {
  const transition2 = report.transitions.find((t) => t.cluster === cluster);
  if (!transition2?.skew?.length) return [];
  const rows = transition2.skew;
  const minors = rows.flatMap((row) => [row.baseMinor, row.headMinor]).filter((m24) => m24 !== null);
  const major = transition2.to.split(".")[0];
  const low = Math.min(...minors.map(minor), minor(transition2.from));
  const high = Math.max(...minors.map(minor), minor(transition2.to));
  const first = Math.max(low, high - MAX_COLUMNS + 1);
  const columns = Array.from({ length: high - first + 1 }, (_, i) => first + i);
  const header = columns.map(
    (m24, i) => i === 0 && low < first ? `\u2264 ${major}.${m24}` : `${major}.${m24}`
  );
  const column = (text) => text === null ? null : Math.max(first, minor(text));
  const about = /* @__PURE__ */ new Map();
  for (const finding of report.findings) {
    if (finding.cluster !== cluster || finding.suppressed || !(finding.new || finding.blocking))
      continue;
    const parts = (finding.fingerprint.split("|")[2] ?? "").split(":");
    for (let i = 1; i <= parts.length; i++) {
      const key = parts.slice(0, i).join(":");
      const list2 = about.get(key);
      if (list2) list2.push(finding);
      else about.set(key, [finding]);
    }
  }
  const plan = report.plan.find((p) => p.cluster === cluster);
  const lines = [
    `| Part | ${header.join(" | ")} | Version (base \u2192 head) | Needs |`,
    `|---|${columns.map(() => ":-:").join("|")}|---|---|`
  ];
  for (const row of rows.slice(0, MAX_ROWS)) {
    const cells = columns.map((m24) => {
      const base = column(row.baseMinor) === m24;
      const head = column(row.headMinor) === m24;
      return base && head ? "base \xB7 **head**" : head ? "**head**" : base ? "base" : "";
    });
    const versions = row.base === row.head ? escapeCell(row.head ?? "not set") : `${escapeCell(row.base ?? "new")} \u2192 ${escapeCell(row.head ?? "not set")}`;
    const findings = about.get(subjectOf(row)) ?? [];
    const needs = [
      ...[...new Map(findings.map((f) => [f.ruleId, f])).values()].map(
        (f) => `${ICON[f.severity]} [${SHORT[f.ruleId]?.(row, transition2.from, transition2.to) ?? f.ruleId}](${f.docs})`
      ),
      ...plan?.steps.filter((s) => s.subject === row.name && s.version && row.part === "addon").slice(-1).map((s) => `want ${escapeCell(s.version)}`) ?? []
    ];
    lines.push(
      `| ${PART_LABEL(row)} | ${cells.join(" | ")} | ${versions} | ${needs.join(", ") || "\u2713"} |`
    );
  }
  if (rows.length > MAX_ROWS)
    lines.push(
      `| ${rows.length - MAX_ROWS} more parts |${columns.map(() => " |").join("")} | see the findings |`
    );
  return [
    `#### Skew: ${escapeCell(transition2.name)} ${transition2.from} \u2192 ${transition2.to}`,
    "",
    ...lines,
    ""
  ];
}

// src/report/markdown.ts
var FIXED_ROWS = 20;
var ICON2 = { error: "\u{1F534}", warning: "\u{1F7E0}", notice: "\u{1F535}" };
function renderMarkdown(report, options = {}) {
  const full = render(report, options, { rows: Infinity, steps: Infinity, clusters: Infinity });
  const max = options.maxLength;
  if (max === void 0 || full.length <= max) return full;
  const total = {
    rows: report.findings.length,
    steps: report.plan.reduce((n, plan) => n + plan.steps.length, 0),
    clusters: report.clusters.length
  };
  let limits = { rows: total.rows, steps: total.steps, clusters: Math.min(total.clusters, 50) };
  for (let attempt = 0; attempt < 40; attempt++) {
    const text = render(report, options, limits);
    if (text.length <= max) return text;
    limits = {
      rows: Math.floor(limits.rows * 0.7),
      steps: Math.floor(limits.steps * 0.7),
      clusters: Math.floor(limits.clusters * 0.7)
    };
  }
  return render(report, options, { rows: 0, steps: 0, clusters: 0 }).slice(0, max);
}
var COLLAPSE_OVER = 5;
var MAX_UNCHANGED_LISTED = 100;
var MAX_PICTURES = 10;
function render(report, options, limits) {
  const out = [];
  const failed = report.summary.result === "fail";
  const empty = foundNothing(report);
  out.push(`## ${failed ? "\u274C" : empty ? "\u26A0\uFE0F" : "\u2705"} EKS upgrade gate: ${verdictLine(report)}`, "");
  for (const note of report.notes) out.push(`> [!NOTE]`, `> ${escapeCell(note)}`, "");
  let rowsLeft = limits.rows;
  let stepsLeft = limits.steps;
  const take = (items) => {
    const kept = items.slice(0, Math.max(0, rowsLeft));
    rowsLeft -= kept.length;
    return kept;
  };
  const changedIds = /* @__PURE__ */ new Set([
    ...report.transitions.map((t) => t.cluster),
    ...report.findings.flatMap((f) => f.new && !f.suppressed && f.cluster ? [f.cluster] : [])
  ]);
  const changed = (id) => changedIds.has(id);
  const listed = report.clusters.length > COLLAPSE_OVER ? report.clusters.filter((cluster) => changed(cluster.id)) : report.clusters;
  const unchanged = report.clusters.length - listed.length;
  const shownClusters = listed.slice(0, limits.clusters);
  if (report.clusters.length > 0) {
    out.push(
      "| Cluster | Control plane | Node groups | Add-ons | Declared in |",
      "|---|---|---|---|---|"
    );
    for (const cluster of shownClusters) {
      const transition2 = report.transitions.find((t) => t.cluster === cluster.id);
      const version = transition2 ? `**${transition2.from} \u2192 ${transition2.to}**` : escapeCell(describeDeclared(cluster.version));
      out.push(
        `| ${escapeCell(cluster.name)} | ${version} | ${cluster.nodeGroups.length} | ${cluster.addons.length} | ${where(cluster.version.file, cluster.version.line, options)} |`
      );
    }
    out.push("");
    if (unchanged > 0) {
      const ids = new Set(listed.map((c) => c.id));
      const old = report.findings.filter(
        (f) => !f.suppressed && f.cluster !== null && !ids.has(f.cluster)
      ).length;
      out.push(
        `${unchanged} ${plural(unchanged, "cluster")} unchanged by this pull request${old > 0 ? `, with ${old} existing ${plural(old, "finding")}` : ""}.`,
        ""
      );
    }
    for (const cluster of shownClusters.slice(0, MAX_PICTURES))
      out.push(...skewPicture(report, cluster.id));
  } else {
    out.push(
      report.scope?.mode === "affected" ? "The change reaches no cluster declaration; every cluster is unchanged." : "No EKS cluster declarations were found.",
      ""
    );
  }
  out.push(...notEvaluated(report, Math.min(limits.clusters, MAX_UNCHANGED_LISTED)));
  const active = report.findings.filter((finding) => !finding.suppressed);
  const fresh = active.filter((finding) => finding.new);
  const existing = active.filter((finding) => !finding.new);
  const suppressed = report.findings.filter((finding) => finding.suppressed);
  const shownFresh = take(fresh);
  const shownExisting = take(existing);
  const shownSuppressed = take(suppressed);
  if (fresh.length > 0) {
    out.push(`### New findings (${fresh.length})`, "", ...findingTable(shownFresh, options), "");
  }
  if (existing.length > 0) {
    out.push(
      `<details><summary>Existing findings, already on the base branch (${existing.length})</summary>`,
      "",
      ...findingTable(shownExisting, options),
      "",
      "</details>",
      ""
    );
  }
  if (suppressed.length > 0) {
    out.push(
      `<details><summary>Suppressed findings (${suppressed.length})</summary>`,
      "",
      "| | Where | Finding | Reason |",
      "|---|---|---|---|",
      ...shownSuppressed.map(
        (finding) => `| ${ICON2[finding.severity]} \`${finding.ruleId}\` | ${where(finding.file, finding.line, options)} | ${escapeCell(finding.message)} | ${escapeCell(finding.suppressionReason ?? "")} |`
      ),
      "",
      "</details>",
      ""
    );
  }
  const fixed = report.fixed ?? [];
  if (fixed.length > 0) {
    const shownFixed = fixed.slice(0, FIXED_ROWS);
    out.push(
      `<details><summary>\u2705 Fixed by this change (${fixed.length})</summary>`,
      "",
      "| | Where | Finding |",
      "|---|---|---|",
      ...shownFixed.map(
        (finding) => `| ${ICON2[finding.severity]} \`${finding.ruleId}\` | ${finding.file ? escapeCell(`${finding.file}:${finding.line}`) : "no file"} (base) | ${escapeCell(finding.message)} |`
      ),
      ...fixed.length > shownFixed.length ? ["", `${fixed.length - shownFixed.length} more in the JSON report.`] : [],
      "",
      "</details>",
      ""
    );
  }
  let stepsCut = 0;
  for (const plan of report.plan) {
    if (stepsLeft <= 0) {
      stepsCut += plan.steps.length;
      continue;
    }
    out.push(`### Upgrade plan: ${escapeCell(plan.name)} ${plan.from} \u2192 ${plan.to}`, "");
    for (const [hop, steps] of groupByHop(plan.steps)) {
      const shown2 = steps.slice(0, Math.max(0, stepsLeft));
      stepsLeft -= shown2.length;
      stepsCut += steps.length - shown2.length;
      if (shown2.length === 0) continue;
      const actions = shown2.filter((step) => step.kind !== "review");
      const notes = shown2.filter((step) => step.kind === "review");
      out.push(`**${hop ?? "Before you start"}**`, "");
      if (actions.length > 0)
        out.push(
          ...actions.map((step) => `- [ ] ${escapeCell(step.text)}${stepPlace(step, options)}`),
          ""
        );
      if (notes.length > 0)
        out.push(
          `Review before this hop:`,
          "",
          ...notes.map(
            (step) => `- ${escapeCell(step.text.replace(/^Check before [\d.]+: /, ""))}`
          ),
          ""
        );
    }
  }
  const rowsCut = fresh.length - shownFresh.length + existing.length - shownExisting.length + suppressed.length - shownSuppressed.length;
  const clustersCut = listed.length - shownClusters.length;
  if (rowsCut + stepsCut + clustersCut > 0) {
    const parts = [
      rowsCut > 0 ? `${rowsCut} more ${plural(rowsCut, "finding")}` : "",
      stepsCut > 0 ? `${stepsCut} more plan ${plural(stepsCut, "step")}` : "",
      clustersCut > 0 ? `${clustersCut} more ${plural(clustersCut, "cluster")}` : ""
    ].filter(Boolean);
    const where2 = options.moreUrl ? `[the job summary](${options.moreUrl})` : "the job summary";
    out.push(
      `> [!IMPORTANT]`,
      `> ${parts.join(", ")} did not fit here: ${where2} and the JSON report have all of them.`,
      ""
    );
  }
  out.push(
    `<sub>${report.tool.name} ${report.tool.version} \xB7 EKS data as of ${report.tool.dataDate}${report.tool.knowledgeFiles ? ` + ${report.tool.knowledgeFiles.map(escapeCell).join(", ")}` : ""} \xB7 ${report.summary.filesScanned} ${plural(report.summary.filesScanned, "file")} scanned${report.summary.suppressed > 0 ? ` \xB7 ${report.summary.suppressed} suppressed` : ""}${report.base ? ` \xB7 compared with ${escapeCell(report.base.ref)}` : ""}</sub>`
  );
  return out.join("\n") + "\n";
}
function notEvaluated(report, shown2) {
  const unchanged = report.scope?.unchanged ?? [];
  if (unchanged.length === 0) return [];
  const more = unchanged.length - Math.min(shown2, unchanged.length);
  return [
    "<details>",
    `<summary>${unchanged.length} more cluster ${plural(unchanged.length, "declaration")} unchanged by this pull request, not evaluated</summary>`,
    "",
    ...unchanged.slice(0, shown2).map((unit) => `- ${codeSpan(unit)}`),
    ...more > 0 ? [`- and ${more} more (all in the JSON report's \`scope.unchanged\`)`] : [],
    "",
    "Nothing they are read from changed, so none of their findings can be new (`scope: all` evaluates them too).",
    "</details>",
    ""
  ];
}
function findingTable(findings, options) {
  const rows = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const key = `${finding.file}:${finding.line}:${finding.severity}`;
    rows.set(key, [...rows.get(key) ?? [], finding]);
  }
  return [
    "| | Where | Finding | Rule |",
    "|---|---|---|---|",
    ...[...rows.values()].map((row) => {
      const [first] = row;
      const said = /* @__PURE__ */ new Set();
      const messages = row.map(
        (finding) => sentences(finding.message).filter((sentence) => !said.has(sentence) && (said.add(sentence), true)).join(" ")
      );
      return `| ${ICON2[first.severity]} ${first.severity} | ${where(first.file, first.line, options)} | ${messages.filter(Boolean).map(escapeCell).join("<br>")} | ${row.map((finding) => `[\`${finding.ruleId}\`](${finding.docs})`).join(" ")} |`;
    })
  ];
}
function sentences(message) {
  return message.split(/(?<=[.!?])\s+(?=[A-Z])/);
}
function stepPlace(step, options) {
  if (!step.file || !step.line) return "";
  const at2 = where(step.file, step.line, options);
  return step.declared === false ? ` \xB7 not set yet: add it at ${at2}` : ` \xB7 ${at2}`;
}
function codeSpan(text) {
  const flat = text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function where(file, line, options) {
  if (file === "") return "no file";
  const label = codeSpan(`${file}:${line}`);
  if (!options.blobUrl) return label;
  const encoded = file.split("/").map(encodeURIComponent).join("/");
  return `[${label}](${options.blobUrl}/${encoded}#L${line})`;
}
function escapeCell(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/#(?=\d)/g, "#&#8203;").replace(/@(?=[A-Za-z0-9])/g, "@&#8203;").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function groupByHop(steps) {
  const groups = [];
  for (const step of steps) {
    const last = groups[groups.length - 1];
    if (last && last[0] === step.hop) last[1].push(step);
    else groups.push([step.hop, [step]]);
  }
  return groups;
}

// builtin:node:util?src/report/text.ts
var m2 = __require("node:util");
var styleText = /* @__PURE__ */ (() => m2.styleText)();

// src/report/untrusted.ts
var INVISIBLE = (
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g
);
function visibleText(text) {
  return text.replace(
    INVISIBLE,
    (ch) => ch === "\n" ? "\\n" : ch === "\r" ? "\\r" : `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function visibleStrings(value) {
  if (typeof value === "string") return visibleText(value);
  if (Array.isArray(value)) return value.map(visibleStrings);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, visibleStrings(item)])
    );
  return value;
}

// src/report/text.ts
function renderText(untrusted, options = {}) {
  const report = visibleStrings(untrusted);
  const paint = (style, text) => options.color && typeof styleText === "function" ? styleText(style, text, { validateStream: false }) : text;
  const severity = (finding) => paint(
    finding.severity === "error" ? "red" : finding.severity === "warning" ? "yellow" : "blue",
    finding.severity
  );
  const { summary } = report;
  const verdict = `${summary.result === "fail" ? paint(["bold", "red"], "FAIL") : paint(["bold", "green"], "PASS")}: ${verdictLine(report)}. ${summary.filesScanned} ${plural(summary.filesScanned, "file")} scanned.`;
  const finish = (lines2) => (options.width ? lines2.flatMap((line) => wrap(line, options.width.columns, options.width.wrap)) : lines2).join("\n") + "\n";
  if (options.quiet) {
    const fresh = report.findings.filter((f) => f.new && !f.suppressed);
    return finish([
      ...fresh.map((f) => `${place(f)}  ${severity(f)}  ${f.message}  [${f.ruleId}]`),
      verdict
    ]);
  }
  const lines = [];
  const base = report.base ? ` \xB7 base ${report.base.ref}${report.base.commit ? ` (${report.base.commit.slice(0, 12)})` : ""}` : "";
  lines.push(
    `${report.tool.name} ${report.tool.version} \xB7 EKS data ${report.tool.dataDate}${report.tool.knowledgeFiles ? ` + ${report.tool.knowledgeFiles.join(", ")}` : ""}${base}`,
    ""
  );
  lines.push(`Clusters (${report.clusters.length})`);
  if (report.clusters.length === 0)
    lines.push(
      report.scope?.mode === "affected" ? "  none that the change reaches" : "  none found"
    );
  const unchanged = report.scope?.unchanged ?? [];
  if (unchanged.length > 0)
    lines.push(
      `  + ${unchanged.length} unchanged, not evaluated: ${unchanged.slice(0, 3).join(", ")}${unchanged.length > 3 ? ` and ${unchanged.length - 3} more` : ""}`
    );
  for (const cluster of report.clusters) {
    const transition2 = report.transitions.find((t) => t.cluster === cluster.id);
    const version = transition2 ? `${transition2.from} \u2192 ${transition2.to}` : describeDeclared(cluster.version);
    lines.push(
      `  ${cluster.name}  ${version}  ${cluster.version.file}:${cluster.version.line}  [${cluster.id}]`
    );
    for (const group of cluster.nodeGroups) {
      lines.push(
        `    ${group.kind} node group ${group.name}: ${describeDeclared(group.version)}  ${group.version.file}:${group.version.line}`
      );
    }
    for (const addon of cluster.addons) {
      lines.push(
        `    add-on ${addon.name}: ${describeDeclared(addon.version)}  ${addon.version.file}:${addon.version.line}`
      );
    }
  }
  lines.push("");
  lines.push(`Findings (${report.findings.length})`);
  if (report.findings.length === 0) lines.push("  none");
  const status = (finding) => finding.suppressed ? `suppressed (${finding.suppressionReason ?? "no reason"})` : finding.new ? paint("bold", "new") : "existing";
  if (options.width) {
    const names = new Map(report.clusters.map((c) => [c.id, c.name]));
    const groups = /* @__PURE__ */ new Map();
    for (const finding of report.findings) {
      const name = finding.cluster && names.get(finding.cluster) || "not tied to a cluster";
      groups.set(name, [...groups.get(name) ?? [], finding]);
    }
    for (const [name, findings] of groups) {
      lines.push(`  ${name}`);
      for (const finding of findings)
        lines.push(
          `    ${severity(finding)}  ${status(finding)}  ${place(finding)}`,
          `      ${finding.message}  [${finding.ruleId}]`
        );
    }
  } else {
    for (const finding of report.findings)
      lines.push(
        `  ${place(finding)}  ${finding.severity}  ${status(finding)}  ${finding.message}  [${finding.ruleId}]`
      );
  }
  const fixed = report.fixed ?? [];
  if (fixed.length > 0) {
    lines.push("", `Fixed by this change (${fixed.length})`);
    for (const finding of fixed)
      lines.push(
        `  ${finding.file}:${finding.line}  ${finding.severity}  ${finding.message}  [${finding.ruleId}]`
      );
  }
  for (const plan of report.plan) {
    lines.push("", `Upgrade plan for ${plan.name}: ${plan.from} \u2192 ${plan.to}`);
    for (const [hop, steps] of groupByHop(plan.steps)) {
      lines.push(
        `  ${hop ?? "Before you start"}`,
        ...steps.map(
          (step) => `    - ${step.text}${step.file && step.line ? step.declared === false ? `  (not set yet: add it at ${step.file}:${step.line})` : `  (${step.file}:${step.line})` : ""}`
        )
      );
    }
  }
  for (const note of report.notes) lines.push("", `Note: ${note}`);
  lines.push("", verdict);
  return finish(lines);
}
function place(finding) {
  return finding.file ? `${finding.file}:${finding.line}:${finding.column}` : "(no file)";
}
function wrap(line, width, wrapAnsi) {
  const indent = /^ */.exec(line)[0].length;
  const hang = line.trimStart().startsWith("- ") ? indent + 2 : indent + (indent > 0 ? 2 : 0);
  const room = Math.max(20, width - hang);
  const [first, ...rest] = wrapAnsi(line.slice(indent), Math.max(20, width - indent)).split("\n");
  const tail = rest.join(" ");
  return [
    " ".repeat(indent) + first,
    ...tail ? wrapAnsi(tail, room).split("\n").map((part) => " ".repeat(hang) + part) : []
  ];
}

// builtin:node:fs?src/discover/contained-file.ts
var m3 = __require("node:fs");
var closeSync = /* @__PURE__ */ (() => m3.closeSync)();
var fstatSync = /* @__PURE__ */ (() => m3.fstatSync)();
var openSync = /* @__PURE__ */ (() => m3.openSync)();
var readSync = /* @__PURE__ */ (() => m3.readSync)();
var realpathSync = /* @__PURE__ */ (() => m3.realpathSync)();
var constants = /* @__PURE__ */ (() => m3.constants)();

// builtin:node:path?src/discover/contained-file.ts
var m4 = __require("node:path");
var node_path_default = m4;

// src/discover/contained-file.ts
var ContainedFileError = class extends Error {
  name = "ContainedFileError";
};
function readContainedFile(file, cwd, roots, maxBytes) {
  const resolved2 = node_path_default.resolve(cwd, file);
  let real;
  try {
    real = realpathSync(resolved2);
  } catch {
    throw new ContainedFileError(`${file} does not exist`);
  }
  const inside = roots.some((root) => {
    let base;
    try {
      base = realpathSync(root);
    } catch {
      return false;
    }
    return real === base || real.startsWith(base + node_path_default.sep);
  });
  if (!inside)
    throw new ContainedFileError(
      `${file} is outside the repository${roots.length > 1 ? " and the runner temp directory" : ""}; name a file inside it`
    );
  const fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ContainedFileError(`${file} is not a regular file`);
    if (stat.size > maxBytes)
      throw new ContainedFileError(
        `${file} is ${Math.round(stat.size / 1048576)} MiB, over the ${Math.round(maxBytes / 1048576)} MiB limit`
      );
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

// builtin:node:fs?src/discover/collect.ts
var m5 = __require("node:fs");
var statSync = /* @__PURE__ */ (() => m5.statSync)();

// builtin:node:path?src/discover/collect.ts
var m6 = __require("node:path");
var node_path_default2 = m6;

// builtin:node:fs?src/discover/git.ts
var m7 = __require("node:fs");
var lstatSync = /* @__PURE__ */ (() => m7.lstatSync)();
var realpathSync2 = /* @__PURE__ */ (() => m7.realpathSync)();

// builtin:node:path?src/discover/git.ts
var m8 = __require("node:path");
var node_path_default3 = m8;

// builtin:node:module?src/model/digest.ts
var m9 = __require("node:module");
var createRequire2 = /* @__PURE__ */ (() => m9.createRequire)();

// src/model/digest.ts
var load2 = createRequire2(import.meta.url);
var crypto;
function hash(algorithm) {
  return (crypto ??= load2("node:crypto")).createHash(algorithm);
}

// src/discover/decode.ts
var strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
var lenient = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
var MAX_FILE_BYTES = 5 * 1024 * 1024;
function decodeFile(path, bytes, blob) {
  const at2 = { file: path, line: 1, column: 1 };
  if (bytes.byteLength > MAX_FILE_BYTES) return { problem: tooLargeProblem(path, bytes.byteLength) };
  const head = bytes.subarray(0, 8e3);
  if (head.includes(0))
    return { problem: { at: at2, message: `Skipped ${path}: it looks like a binary file` } };
  let text;
  let problem;
  try {
    text = strict.decode(bytes);
  } catch {
    text = lenient.decode(bytes);
    problem = {
      at: at2,
      message: `${path} is not valid UTF-8: bytes that are not were read as \uFFFD, so a version written with them cannot be checked; save the file as UTF-8`
    };
  }
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  const file = blob ? { path, text, blob } : { path, text };
  return problem ? { file, problem } : { file };
}
function gitBlobId(bytes) {
  return hash("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex");
}
function tooLargeProblem(path, size) {
  const mib = (size / 1024 / 1024).toFixed(1);
  return {
    at: { file: path, line: 1, column: 1 },
    message: `Skipped ${path}: ${mib} MiB is over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit for a configuration file`
  };
}

// builtin:node:module?src/discover/git-process.ts
var m10 = __require("node:module");
var createRequire3 = /* @__PURE__ */ (() => m10.createRequire)();

// src/discover/git-process.ts
var load3 = createRequire3(import.meta.url);
var processes;
var child = () => processes ??= load3("node:child_process");
var execFileSync = ((...args) => child().execFileSync(...args));
var spawnSync = ((...args) => child().spawnSync(...args));
var spawn = ((...args) => child().spawn(...args));
function git(cwd, args) {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 256 * 1024 * 1024
  });
}
function gitAsync(cwd, args) {
  return new Promise((resolve2, reject) => {
    const child2 = spawn("git", args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const chunks = [];
    const errors = [];
    child2.stdout.on("data", (chunk) => chunks.push(chunk));
    child2.stderr.on("data", (chunk) => errors.push(chunk));
    child2.on("error", reject);
    child2.on(
      "close",
      (status) => status === 0 || status === 1 ? resolve2({ status, stdout: Buffer.concat(chunks).toString("utf8") }) : reject(
        new Error(`git ${args[0]} failed: ${Buffer.concat(errors).toString("utf8").trim()}`)
      )
    );
  });
}
function catFileBatch(cwd, requests) {
  if (requests.length === 0) return [];
  const result2 = spawnSync("git", ["cat-file", "--batch"], {
    cwd,
    input: requests.join("\n") + "\n",
    maxBuffer: 1024 * 1024 * 1024
  });
  if (result2.status !== 0)
    throw new Error(`git cat-file failed: ${result2.stderr.toString().trim()}`);
  const out = result2.stdout;
  const blobs = [];
  let offset = 0;
  for (const request of requests) {
    const headerEnd = out.indexOf(10, offset);
    const header = out.subarray(offset, headerEnd).toString("utf8");
    offset = headerEnd + 1;
    const [, type, sizeText] = header.split(" ");
    const size = Number(sizeText);
    if (!Number.isFinite(size)) {
      if (type === "missing" || type === "ambiguous") {
        blobs.push(void 0);
        continue;
      }
      throw new Error(`git cat-file: unexpected answer "${header}" for ${request}`);
    }
    blobs.push(type === "blob" ? out.subarray(offset, offset + size) : void 0);
    offset += size + 1;
  }
  return blobs;
}

// src/discover/walk-name.ts
function walkName(prefix, name) {
  const trimmed2 = prefix.replace(/\/+$/, "");
  return trimmed2 ? `${trimmed2}/${name}` : name;
}
function belowPrefix(prefix, name) {
  const trimmed2 = prefix.replace(/\/+$/, "");
  return trimmed2 ? name.slice(trimmed2.length + 1) : name;
}

// builtin:node:module?minimatch
var m11 = __require("node:module");
var createRequire4 = /* @__PURE__ */ (() => m11.createRequire)();

// lazy:minimatch
var loaded2;
var load4 = () => loaded2 ??= createRequire4(import.meta.url)(/\/chunks\/[^/]+$/.test(import.meta.url) ? "../minimatch.cjs" : "./minimatch.cjs");
var Minimatch = class {
  constructor(pattern, options) {
    return new (load4()).Minimatch(pattern, options);
  }
};
function minimatch(...args) {
  return load4().minimatch(...args);
}

// src/discover/filter.ts
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([".git", "node_modules", ".terragrunt-cache"]);
var DEAD_FILE = /\.(sav|bak|orig|old|tmp|swp)$|~$/i;
var CANDIDATE = /\.(ya?ml|json|tf|tfvars|hcl)$/i;
var ALWAYS_READ_HIDDEN = /* @__PURE__ */ new Set([".github"]);
function directoryVerdict(relativePath, filter) {
  const segments = relativePath.split("/");
  const name = segments[segments.length - 1];
  const installed = segments.indexOf(".terraform");
  if (installed >= 0 && installed < segments.length - 1)
    return segments[installed + 1] === "modules" ? "read" : "skip";
  if (name === ".terraform") return "read";
  if (SKIPPED_DIRECTORIES.has(name)) return "skip";
  if (name.startsWith(".") && !ALWAYS_READ_HIDDEN.has(name) && !filter.hiddenDirectories?.includes(name))
    return "hidden";
  return "read";
}
var INSTALLED_MODULE_FILE = /(^|\/)\.terraform\/modules\/(modules\.json|.+\.tf(\.json)?)$/;
var TEST_TREE = /(^|\/)(testdata|test_data|tests?\/fixtures)\//;
function isCandidate(relativePath, filter) {
  return whyNotRead(relativePath, filter) === null;
}
function whyNotRead(relativePath, filter) {
  if (DEAD_FILE.test(relativePath)) return "a backup or editor file name (.orig, .bak, ~)";
  if (!CANDIDATE.test(relativePath))
    return "its name does not end in .tf, .tf.json, .tfvars, .hcl, .yaml, .yml or .json";
  const directories = relativePath.split("/").slice(0, -1);
  for (let i = 0; i < directories.length; i++) {
    const verdict = directoryVerdict(directories.slice(0, i + 1).join("/"), filter);
    if (verdict === "hidden") return "it is in a hidden directory (see hidden-directories)";
    if (verdict === "skip") return "it is in a directory the gate never reads";
  }
  const excluded = () => filter.exclude.some((glob) => matcher(glob).match(relativePath));
  if (/(^|\/)\.terraform\//.test(relativePath)) {
    if (!INSTALLED_MODULE_FILE.test(relativePath))
      return "it is in a directory the gate never reads";
    return excluded() ? EXCLUDED : null;
  }
  const included = filter.include.some((glob) => matcher(glob).match(relativePath));
  if (filter.include.length > 0 && !included) return "no include glob matches it";
  if (TEST_TREE.test(relativePath) && !included)
    return "it is test data (testdata/, tests/fixtures/)";
  return excluded() ? EXCLUDED : null;
}
var EXCLUDED = "an exclude glob matches it";
var compiled = /* @__PURE__ */ new Map();
function matcher(glob) {
  let found = compiled.get(glob);
  if (!found) compiled.set(glob, found = new Minimatch(glob, { dot: true }));
  return found;
}

// src/discover/git.ts
function repositoryTop(dir) {
  for (let current = node_path_default3.resolve(dir); ; current = node_path_default3.dirname(current)) {
    if (lstatSync(node_path_default3.join(current, ".git"), { throwIfNoEntry: false })) return current;
    if (node_path_default3.dirname(current) === current) return null;
  }
}
var topLevels = /* @__PURE__ */ new Map();
function gitTopLevel(dir) {
  const known = topLevels.get(dir);
  if (known !== void 0) return known;
  let top;
  try {
    top = git(dir, ["rev-parse", "--show-toplevel"]).trim();
  } catch {
    top = null;
  }
  topLevels.set(dir, top);
  return top;
}
function resolveCommit(dir, ref) {
  if (ref.startsWith("-")) return null;
  try {
    return git(dir, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).trim() || null;
  } catch {
    return null;
  }
}
function fetchCommit(dir, sha) {
  if (sha.startsWith("-"))
    return { ok: false, message: `"${sha}" is not a commit or ref (it would be read as an option)` };
  const result2 = spawnSync("git", ["fetch", "--no-tags", "--depth=1", "origin", sha], {
    cwd: dir,
    encoding: "utf8",
    timeout: 6e4
  });
  if (result2.status === 0) return { ok: true };
  const detail = (result2.stderr || result2.error?.message || "unknown error").trim().split("\n").pop();
  return { ok: false, message: detail ?? "unknown error" };
}
function renamedSince(root, commit, prefix = "") {
  const top = gitTopLevel(root);
  if (!top) return /* @__PURE__ */ new Map();
  const below = node_path_default3.relative(realpathSync2(top), realpathSync2(root)).split(node_path_default3.sep).join("/");
  const name = (full) => !below ? walkName(prefix, full) : full.startsWith(`${below}/`) ? walkName(prefix, full.slice(below.length + 1)) : full;
  let out;
  try {
    out = git(top, ["diff", "-M", "--name-status", "-z", "--diff-filter=R", commit, "--"]);
  } catch {
    return /* @__PURE__ */ new Map();
  }
  const fields = out.split("\0");
  const renames = /* @__PURE__ */ new Map();
  for (let i = 0; i + 2 < fields.length; i += 3) {
    if (fields[i].startsWith("R")) renames.set(name(fields[i + 1]), name(fields[i + 2]));
  }
  return renames;
}
function readCommitFile(repository, file, commit, limit) {
  const top = gitTopLevel(repository);
  if (!top) return { error: `${repository} is not inside a git repository` };
  const relative = node_path_default3.relative(realpathSync2(top), realPath(file)).split(node_path_default3.sep).join("/");
  if (relative.startsWith("..")) return { error: `${file} is not inside the repository` };
  const [bytes] = catFileBatch(top, [`${commit}:${relative}`]);
  if (!bytes) return { missing: true };
  if (bytes.byteLength > limit)
    return { error: `${relative} at the base commit is larger than ${limit} bytes` };
  return { text: bytes.toString("utf8") };
}
function realPath(file) {
  const absolute = node_path_default3.resolve(file);
  const parent = node_path_default3.dirname(absolute);
  if (parent === absolute) return absolute;
  try {
    return realpathSync2(absolute);
  } catch {
    return node_path_default3.join(realPath(parent), node_path_default3.basename(absolute));
  }
}
function readCommitTexts(root, commit, files) {
  return catFileBatch(
    root,
    files.map((file) => `${commit}:./${file}`)
  ).map((bytes) => bytes?.toString("utf8"));
}
function collectCommitFiles(root, commit, filter, prefix = "", known = [], only) {
  if (only?.length === 0) return { files: [], problems: [], hiddenSkipped: [] };
  const unchanged = new Map(known.filter((f) => f.blob).map((f) => [`${f.path}\0${f.blob}`, f]));
  const top = gitTopLevel(root);
  if (!top) throw new Error(`${root} is not inside a git repository`);
  const below = node_path_default3.relative(realpathSync2(top), realpathSync2(root)).split(node_path_default3.sep).join("/");
  const listing = git(top, [
    "ls-tree",
    "-r",
    "-z",
    "--long",
    "--full-tree",
    commit,
    "--",
    ...only ? only.map((dir) => {
      const inRoot = belowPrefix(prefix, dir);
      return below ? `${below}/${inRoot}` : inRoot;
    }) : [below || "."]
  ]);
  const files = [];
  const problems = [];
  const wanted = [];
  for (const record of listing.split("\0")) {
    if (!record) continue;
    const tab = record.indexOf("	");
    const [mode2, type, object, size] = record.slice(0, tab).split(/\s+/);
    const full = record.slice(tab + 1);
    const rel = walkName(prefix, below ? full.slice(below.length + 1) : full);
    if (!isCandidate(rel, filter)) continue;
    if (mode2 === "120000") {
      problems.push({
        at: { file: rel, line: 1, column: 1 },
        message: `Did not follow the symlink ${rel} in the base commit`
      });
      continue;
    }
    if (type !== "blob") continue;
    const entry = { mode: mode2, type, object, size: Number(size), path: rel };
    const same2 = unchanged.get(`${rel}\0${entry.object}`);
    if (same2) files.push(same2);
    else if (entry.size > MAX_FILE_BYTES) problems.push(tooLargeProblem(rel, entry.size));
    else wanted.push(entry);
  }
  for (const [entry, bytes] of readBlobs(top, wanted)) {
    const decoded = decodeFile(entry.path, bytes, entry.object);
    if (decoded.file) files.push(decoded.file);
    if (decoded.problem) problems.push(decoded.problem);
  }
  return { files, problems, hiddenSkipped: [] };
}
function readBlobs(cwd, entries) {
  const blobs = catFileBatch(
    cwd,
    entries.map((entry) => entry.object)
  );
  return entries.map((entry, i) => [entry, blobs[i] ?? Buffer.alloc(0)]);
}

// src/discover/unread.ts
function unreadOnHead(input) {
  const read = new Set(input.head.map((file) => file.path));
  const gone = input.base.filter((file) => !read.has(file.path) && !input.troubled.has(file.path));
  if (gone.length === 0) return [];
  const renames = input.renames();
  const unread = [];
  for (const file of gone) {
    const now = renames.get(file.path);
    const reason = now === void 0 ? null : whyNotRead(now, input.filter);
    if (now !== void 0 && reason) unread.push({ file: file.path, now, reason });
  }
  return unread;
}

// builtin:node:fs?src/discover/workspace.ts
var m12 = __require("node:fs");
var readdirSync = /* @__PURE__ */ (() => m12.readdirSync)();
var readFileSync = /* @__PURE__ */ (() => m12.readFileSync)();
var realpathSync3 = /* @__PURE__ */ (() => m12.realpathSync)();
var statSync2 = /* @__PURE__ */ (() => m12.statSync)();

// builtin:node:path?src/discover/workspace.ts
var m13 = __require("node:path");
var node_path_default4 = m13;

// src/discover/workspace.ts
function collectWorkspaceFiles(root, filter, options = {}) {
  const prefix = options.prefix ?? "";
  const realRoot = realpathSync3.native(root);
  const files = [];
  const problems = [];
  const hiddenSkipped = [];
  const visited = /* @__PURE__ */ new Set();
  const inside = (real) => real === realRoot || real.startsWith(realRoot + node_path_default4.sep);
  const walk = (dir, relDir) => {
    const realDir = realpathSync3.native(dir);
    if (visited.has(realDir)) return;
    visited.add(realDir);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort(
        (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0
      );
    } catch (error) {
      problems.push({
        at: { file: relDir || ".", line: 1, column: 1 },
        message: `Could not list ${relDir || "."}: ${error.message}`
      });
      return;
    }
    for (const entry of entries) {
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      try {
        visit(node_path_default4.join(dir, entry.name), entry, rel);
      } catch (error) {
        problems.push({
          at: { file: rel, line: 1, column: 1 },
          message: `Could not read ${rel}: ${error.message}`
        });
      }
    }
  };
  const visit = (full, entry, rel) => {
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      let real;
      try {
        real = realpathSync3.native(full);
      } catch {
        if (isCandidate(rel, filter)) problems.push(linkProblem(rel, "its target does not exist"));
        return;
      }
      if (!inside(real)) {
        if (isCandidate(rel, filter) || statSafe(real)?.isDirectory())
          problems.push(linkProblem(rel, "it points outside the workspace"));
        return;
      }
      const target = statSync2(real);
      isDirectory = target.isDirectory();
      isFile = target.isFile();
    }
    if (isDirectory) {
      const verdict = directoryVerdict(rel, filter);
      if (verdict === "read") walk(full, rel);
      else if (verdict === "hidden") hiddenSkipped.push(rel);
    } else if (isFile && isCandidate(rel, filter)) {
      const size = statSync2(full).size;
      if (size > MAX_FILE_BYTES) {
        problems.push(tooLargeProblem(rel, size));
        return;
      }
      const bytes = readFileSync(full);
      const decoded = decodeFile(rel, bytes, options.blobIds ? gitBlobId(bytes) : void 0);
      if (decoded.file) files.push(decoded.file);
      if (decoded.problem) problems.push(decoded.problem);
    }
  };
  walk(root, prefix.replace(/\/+$/, ""));
  return { files, problems, hiddenSkipped };
}
function statSafe(target) {
  try {
    return statSync2(target);
  } catch {
    return void 0;
  }
}
function linkProblem(rel, why) {
  return {
    at: { file: rel, line: 1, column: 1 },
    message: `Did not follow the symlink ${rel}: ${why}`
  };
}

// src/discover/collect.ts
function resolveGitBase(root, base) {
  const { ref } = base;
  if (!gitTopLevel(root))
    return { error: `Could not compare with ${ref}: ${root} is not inside a git repository` };
  let commit = resolveCommit(root, ref);
  const fetched = !commit && base.fetchIfMissing;
  if (fetched) {
    const result2 = fetchCommit(root, ref);
    if (!result2.ok)
      return { error: `Could not fetch the base commit ${ref} from origin (${result2.message})` };
    commit = resolveCommit(root, ref) ?? resolveCommit(root, "FETCH_HEAD");
  }
  if (!commit) return { error: `The base ${ref} is not a commit in this repository` };
  return { commit, fetched };
}
function collectTrees(options) {
  const head = options.only ? collectDirectories(options, options.only) : collectWorkspaceFiles(options.root, options.filter, {
    prefix: options.prefix,
    blobIds: options.base?.kind === "git"
  });
  if (!options.base) return { head };
  if (options.base.kind === "dir") {
    const dir = options.base.dir;
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
      return { head, baseUnavailable: `The base directory ${dir} does not exist` };
    }
    return {
      head,
      base: {
        ...collectWorkspaceFiles(dir, options.filter, { prefix: options.prefix }),
        description: { ref: options.base.label ?? dir }
      }
    };
  }
  const { ref } = options.base;
  const resolved2 = options.base.resolved ?? resolveGitBase(options.root, options.base);
  if ("error" in resolved2) return { head, baseUnavailable: resolved2.error };
  const { commit, fetched } = resolved2;
  try {
    const troubled = new Set(head.problems.map((problem) => problem.at.file));
    const files = collectCommitFiles(
      options.root,
      commit,
      options.filter,
      options.prefix,
      head.files.filter((file) => !troubled.has(file.path)),
      options.only
    );
    return {
      head: withUnread(
        options,
        head,
        files.files,
        () => renamedSince(options.root, commit, options.prefix)
      ),
      base: { ...files, description: { ref, commit, ...fetched && { fetched: true } } }
    };
  } catch (error) {
    return {
      head,
      baseUnavailable: `Could not read the base commit ${ref}: ${error.message}`
    };
  }
}
function withUnread(options, head, base, renames) {
  const unread = unreadOnHead({
    filter: options.filter,
    base,
    head: head.files,
    troubled: new Set(head.problems.map((problem) => problem.at.file)),
    renames
  });
  return unread.length > 0 ? { ...head, unread } : head;
}
function collectDirectories(options, dirs) {
  const outermost = dirs.filter(
    (dir) => !dirs.some((other) => other !== dir && dir.startsWith(`${other}/`))
  );
  const files = [];
  const problems = [];
  const hiddenSkipped = [];
  for (const dir of new Set(outermost)) {
    const full = node_path_default2.join(options.root, belowPrefix(options.prefix, dir));
    if (!statSync(full, { throwIfNoEntry: false })?.isDirectory()) continue;
    const found = collectWorkspaceFiles(full, options.filter, { prefix: dir, blobIds: true });
    files.push(...found.files);
    problems.push(...found.problems);
    hiddenSkipped.push(...found.hiddenSkipped);
  }
  return { files, problems, hiddenSkipped };
}

// builtin:node:path/posix?src/scope.ts
var m14 = __require("node:path/posix");
var posix_default = m14;

// builtin:node:path/posix?src/discover/affected.ts
var m15 = __require("node:path/posix");
var posix_default2 = m15;

// src/discover/affected.ts
var TERRAFORM = /\.(tf|tfvars)(\.json)?$/;
function planScope(input) {
  const why = untraceable(input.changed, input.filter);
  if (why) return { kind: "all", why };
  const relevant = input.changed.filter((file) => isCandidate(file, input.filter));
  const directories = new Set(relevant.map(dirOf));
  const callers = edges(input.calls, "to", "from");
  const callees = edges(input.calls, "from", "to");
  const units = closure([...directories], callers);
  if (units.has(input.top))
    return { kind: "all", why: "the change reaches Terraform at the top of the tree" };
  const support = [...closure([...units], callees)].filter((dir) => !units.has(dir));
  if (support.includes(input.top))
    return { kind: "all", why: "an affected root calls the top of the tree as a module" };
  return {
    kind: "affected",
    changed: relevant,
    units: [...units].sort(),
    support: support.sort(),
    calls: input.calls
  };
}
function untraceable(changed, filter) {
  const file = changed.find(
    (name) => isCandidate(name, filter) && (!TERRAFORM.test(name) || /(^|\/)\.terraform\//.test(name))
  );
  return file ? `${file} changed, and only Terraform changes are traced` : void 0;
}
function unchangedDeclarations(input) {
  const callers = edges(input.calls, "to", "from");
  const read = (unit) => input.evaluated.some((dir) => unit === dir || unit.startsWith(`${dir}/`));
  const units = /* @__PURE__ */ new Set();
  for (const file of input.declarations) {
    if (!isCandidate(file, input.filter)) continue;
    const terraform = /\.(tf|hcl)(\.json)?$/.test(file);
    const found = terraform ? [...closure([dirOf(file)], callers)].filter((dir) => !callers.has(dir)) : [file];
    for (const unit of found) if (!read(unit)) units.add(unit || ".");
  }
  return [...units].sort();
}
function edges(calls, from, to) {
  const map = /* @__PURE__ */ new Map();
  for (const call of calls) map.set(call[from], [...map.get(call[from]) ?? [], call[to]]);
  return map;
}
function closure(start, edges2) {
  const seen = new Set(start);
  const queue = [...start];
  while (queue.length > 0)
    for (const next of edges2.get(queue.pop()) ?? [])
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
  return seen;
}
var LOCAL_SOURCE = /"?source"?\s*[=:]\s*"(\.\.?\/[^"]*)"/g;
function dirOf(file) {
  const dir = posix_default2.dirname(file);
  return dir === "." ? "" : dir;
}
function calledDirectory(file, source) {
  const dir = posix_default2.normalize(posix_default2.join(dirOf(file), source));
  return dir === "." ? "" : dir.replace(/\/+$/, "");
}

// src/discover/git-change.ts
async function changedSince(root, commit, prefix = "", commitsOnly = false) {
  const { status, stdout } = await gitAsync(root, [
    "diff",
    "--name-only",
    "-z",
    "--no-renames",
    "--relative",
    commit,
    ...commitsOnly ? ["HEAD"] : [],
    "--"
  ]);
  if (status !== 0) throw new Error(`git diff against ${commit} failed`);
  return stdout.split("\0").filter(Boolean).map((name) => walkName(prefix, name));
}
async function untrackedFiles(root, prefix = "") {
  const { stdout } = await gitAsync(root, [
    "ls-files",
    "--others",
    "--exclude-standard",
    "-z",
    "--",
    "."
  ]);
  return stdout.split("\0").filter(Boolean).map((name) => walkName(prefix, name));
}
var TERRAFORM_DECLARATION = 'resource[[:space:]]+"aws_eks_cluster"|"aws_eks_cluster"[[:space:]]*:|terraform-aws-modules/eks/aws';
var DECLARATION_STRINGS = [
  "kind: ClusterConfig",
  'kind: "ClusterConfig"',
  "kind: 'ClusterConfig'",
  '"kind": "ClusterConfig"',
  '"kind":"ClusterConfig"',
  "AWS::EKS::Cluster"
];
async function moduleGraph(tree) {
  const { root, prefix } = tree;
  const { stdout } = await gitAsync(root, [
    "grep",
    ...tree.committed ? ["--cached"] : [],
    "-I",
    "-z",
    "-o",
    "-E",
    `"?source"?[[:space:]]*[=:][[:space:]]*"\\.\\.?/[^"]*"|${TERRAFORM_DECLARATION}`,
    "--",
    "*.tf",
    "*.tf.json",
    "*.hcl"
  ]);
  const sources = [];
  const declaring = /* @__PURE__ */ new Set();
  for (const line of stdout.split("\n").filter(Boolean)) {
    const [file, match] = line.split("\0");
    const source = [...match.matchAll(LOCAL_SOURCE)][0]?.[1];
    if (source) sources.push([walkName(prefix, file), source]);
    else declaring.add(walkName(prefix, file));
  }
  return { sources, declaring: [...declaring] };
}
async function mentionedOutside(tree, needles, skip, declarations = false) {
  const { root, prefix } = tree;
  const markers = declarations ? DECLARATION_STRINGS : [];
  if (needles.length === 0 && markers.length === 0) return { mentions: [], declaring: [] };
  const excludes = skip.map((dir) => `:(exclude,glob)${belowPrefix(prefix, dir)}/**`);
  const kinds = ["*.yaml", "*.yml", "*.json", "*.tf", "*.hcl"];
  const dirs = needles.filter((needle) => /^[\w.-]+$/.test(needle));
  const [content, paths] = await Promise.all([
    gitAsync(root, [
      "grep",
      ...tree.committed ? ["--cached"] : [],
      "-I",
      "-z",
      "-o",
      "-F",
      ...[...needles, ...markers].flatMap((n) => ["-e", n]),
      "--",
      ...kinds,
      ...excludes
    ]),
    dirs.length === 0 ? Promise.resolve({ stdout: "" }) : gitAsync(root, [
      "ls-files",
      "-z",
      "--",
      ...dirs.map((n) => `:(glob)**/${n}/**`),
      ...excludes
    ])
  ]);
  const mentions = /* @__PURE__ */ new Set();
  const declaring = /* @__PURE__ */ new Set();
  for (const line of content.stdout.split("\n").filter(Boolean)) {
    const [file, match] = line.split("\0");
    if (!markers.includes(match)) mentions.add(walkName(prefix, file));
    else if (!/\.(tf|hcl)$/.test(file)) declaring.add(walkName(prefix, file));
  }
  for (const file of paths.stdout.split("\0").filter(Boolean)) mentions.add(walkName(prefix, file));
  return { mentions: [...mentions], declaring: [...declaring] };
}

// src/scope.ts
async function scopeOf(input, git2, traceable) {
  const all = (why2) => ({ kind: "all", why: why2 });
  if (input.scope === "all") return all("scope: all");
  const base = input.base;
  if (base?.kind !== "git" || !base.resolved) return all("there is no git base to compare with");
  const config = input.config;
  if (input.global) return all(input.global);
  const setting = [
    ["target-version", config.targetVersion !== void 0],
    ["fail-on-existing", config.failOnExisting],
    ["fail-on-empty", config.failOnEmpty],
    ["plan-json", config.planJson.length > 0],
    ["var-files", config.varFiles.length > 0],
    ["knowledge-file", config.knowledgeFiles.length > 0],
    ["assign", config.assign.length > 0]
  ].find(([, set]) => set)?.[0];
  if (setting) return all(`${setting} is set, which can change findings anywhere in the tree`);
  const commit = base.resolved.commit;
  const graph = moduleGraph(git2);
  graph.catch(() => void 0);
  const changed = await changedSince(input.root, commit, input.prefix, input.change === "commits");
  const why = untraceable(changed, input.filter);
  if (why) return all(why);
  traceable(changed);
  const top = input.prefix.replace(/\/+$/, "");
  let found;
  try {
    found = await graph;
  } catch (error) {
    return all(`the module graph could not be read (${error.message})`);
  }
  const calls = found.sources.map(([file, source]) => ({
    from: dirOf(file),
    to: calledDirectory(file, source)
  }));
  const configuration = changed.filter((name) => /\.tf(\.json)?$/.test(name));
  const before = readCommitTexts(
    input.root,
    commit,
    configuration.map((file) => belowPrefix(input.prefix, file))
  );
  configuration.forEach((file, index) => {
    for (const [, source] of before[index]?.matchAll(LOCAL_SOURCE) ?? [])
      calls.push({ from: dirOf(file), to: calledDirectory(file, source) });
  });
  const plan = planScope({ changed, calls, filter: input.filter, top });
  return plan.kind === "affected" ? { ...plan, declaring: found.declaring } : plan;
}
function searchSoon(changed, filter, git2) {
  const dirs = [...new Set(changed.filter((file) => isCandidate(file, filter)).map(dirOf))];
  const needles = new Set(dirs.map((dir) => posix_default.basename(dir)));
  const found = mentionedOutside(git2, [...needles], dirs, true);
  found.catch(() => void 0);
  return { needles, found };
}
function startChecks(plan, git2, untracked, early) {
  const needles = new Set(plan.units.map((dir) => posix_default.basename(dir)));
  const read = [...plan.units, ...plan.support];
  const outside = (file) => !read.some((dir) => file.startsWith(`${dir}/`));
  const later = [...needles].filter((needle) => !early.needles.has(needle));
  const mention = Promise.all([early.found, mentionedOutside(git2, later, read)]).then(
    ([first, second]) => {
      const mention2 = [...first.mentions, ...second.mentions].find(outside);
      return { ...mention2 && { mention: mention2 }, declaring: first.declaring };
    }
  );
  mention.catch(() => void 0);
  return { untracked, read, needles: /* @__PURE__ */ new Set([...early.needles, ...needles]), mention };
}
function untrackedSoon(root, prefix) {
  const pending = untrackedFiles(root, prefix);
  pending.catch(() => void 0);
  return pending;
}
async function whyNotLocal(trees, pending, filter, git2) {
  const untracked = (await pending.untracked).find((file) => isCandidate(file, filter));
  if (untracked) return `${untracked} is not tracked by git, so the change cannot be traced`;
  for (const tree of trees) {
    const loose = tree.unassigned;
    const undecided = [
      ...loose?.components ?? [],
      ...loose?.nodeGroups ?? [],
      ...loose?.apis ?? []
    ][0];
    if (undecided)
      return `${undecided.at.file} serves no cluster of the affected directories for certain`;
    if (tree.ambiguous?.[0]) return `${tree.ambiguous[0].file} could serve several clusters`;
    const deploying = tree.clusters.find((cluster) => (cluster.deploys?.length ?? 0) > 0);
    if (deploying) return `cluster ${deploying.name} deploys files of the repository`;
  }
  const names = /* @__PURE__ */ new Set();
  for (const tree of trees) for (const cluster of tree.clusters) names.add(cluster.name);
  if ([...names, ...pending.needles].some((name) => /[${}]/.test(name) || name.length < 3))
    return "a cluster name is a placeholder or too short to trace";
  const more = [...names].filter((name) => !pending.needles.has(name));
  const [first, second] = await Promise.all([
    pending.mention,
    mentionedOutside(git2, more, pending.read)
  ]);
  const mention = first.mention ?? second.mentions[0];
  return mention ? `${mention} names a cluster or directory the change affects` : void 0;
}
async function readInScope(input, read) {
  const traced = input.scope !== "all" && input.base?.kind === "git";
  const untracked = traced ? input.change === "worktree" ? untrackedSoon(input.root, input.prefix) : Promise.resolve([]) : void 0;
  const git2 = { root: input.root, prefix: input.prefix, committed: input.change === "commits" };
  let early;
  const plan = await scopeOf(input, git2, (changed) => {
    early = searchSoon(changed, input.filter, git2);
  });
  if (plan.kind !== "affected" || !untracked || !early) return { plan, read: await read() };
  const pending = startChecks(plan, git2, untracked, early);
  const partial = await read(pending.read);
  const { head, base } = partial.inventories;
  const why = await whyNotLocal(base ? [head, base] : [head], pending, input.filter, git2);
  if (why) return { plan: { kind: "all", why }, read: await read() };
  const unchanged = unchangedDeclarations({
    declarations: [...plan.declaring ?? [], ...(await pending.mention).declaring],
    calls: plan.calls,
    evaluated: plan.units,
    filter: input.filter
  });
  return { plan: { ...plan, unchanged }, read: partial };
}

// builtin:node:path?src/check.ts
var m16 = __require("node:path");
var node_path_default5 = m16;

// src/config/suppression.ts
var MARKER = "eks-upgrade-gate:ignore";
function directiveOf(line) {
  const at2 = line.indexOf(MARKER);
  if (at2 < 0) return void 0;
  const before = line.slice(0, at2).trimEnd();
  if (!before.endsWith("#") && !before.endsWith("//")) return void 0;
  const rest = line.slice(at2 + MARKER.length);
  if (!/^\s/.test(rest)) return void 0;
  const separator = rest.search(/\s--/);
  const rulesText = separator < 0 ? rest : rest.slice(0, separator);
  if (!/^[A-Za-z0-9*,\s-]*$/.test(rulesText)) return void 0;
  const rules = rulesText.split(/[\s,]+/).filter(Boolean);
  if (rules.length === 0) return void 0;
  const reason = separator < 0 ? "" : rest.slice(separator + 3).trim();
  return { rules, reason: reason || "no reason given" };
}
function inlineDirectives(text) {
  const byLine = /* @__PURE__ */ new Map();
  if (!text.includes("eks-upgrade-gate:ignore")) return byLine;
  text.split("\n").forEach((line, index) => {
    const directive = directiveOf(line);
    if (!directive) return;
    byLine.set(index + 1, directive);
    byLine.set(index + 2, directive);
  });
  return byLine;
}
function applySuppressions(findings, sources, entries, today, clusterNames, trusted) {
  const directives = /* @__PURE__ */ new Map();
  const directivesOf = (file) => {
    let found = directives.get(file);
    if (!found) directives.set(file, found = inlineDirectives(sources.get(file) ?? ""));
    return found;
  };
  const active = entries.filter((entry) => !isExpired(entry, today));
  const untrusted = [];
  const judged = findings.map((finding) => {
    const inline = directivesOf(finding.file).get(finding.line);
    const applies = inline && (inline.rules.includes(finding.ruleId) || inline.rules.includes("*"));
    if (applies && trusted && !trusted(finding.file, inline)) {
      untrusted.push({ file: finding.file, line: finding.line, column: finding.column });
    } else if (applies) {
      return {
        ...finding,
        suppressed: true,
        suppressionReason: inline.reason,
        suppressedBy: "inline"
      };
    }
    const entry = active.find((candidate) => matches(candidate, finding, clusterNames));
    return entry ? { ...finding, suppressed: true, suppressionReason: entry.reason, suppressedBy: "config" } : finding;
  });
  return { findings: judged, untrusted };
}
function directiveKey(directive) {
  return `${[...directive.rules].sort().join(",")}\0${directive.reason}`;
}
function isExpired(entry, today) {
  return entry.expires !== void 0 && today >= entry.expires;
}
function matches(entry, finding, clusterNames) {
  if (entry.rule !== "*" && entry.rule !== finding.ruleId) return false;
  if (entry.file && !minimatch(finding.file, entry.file, { dot: true })) return false;
  if (entry.cluster) {
    const id = finding.cluster;
    if (!id) return false;
    const name = clusterNames.get(id) ?? "";
    if (!minimatch(id, entry.cluster, { dot: true }) && !minimatch(name, entry.cluster, { dot: true }))
      return false;
  }
  return true;
}

// src/model/finding.ts
function severityRank(severity) {
  return severity === "error" ? 3 : severity === "warning" ? 2 : 1;
}

// src/rules/helpers.ts
function transition(pair) {
  const before = pair.base?.version;
  const after = pair.head.version;
  if (before?.status !== "resolved" || after.status !== "resolved") return void 0;
  return compareKubeVersions(before.value, after.value) === 0 ? void 0 : { from: before.value, to: after.value };
}
function pinned(declared) {
  return declared.status === "resolved" ? declared.value : null;
}
function effectiveVersion(group) {
  return group.version.status === "resolved" || group.version.status === "unspecified" ? group.version.value : null;
}
function findAddon(cluster, name) {
  return cluster?.addons.find((addon) => addon.name === name);
}
function findGroup(cluster, name) {
  return cluster?.nodeGroups.find((group) => group.name === name);
}
function amiOf(group) {
  return group.amiType.value ?? group.amiFamily.value;
}

// src/rules/types.ts
var DOCS_BASE = "https://github.com/eks-upgrade-gate/eks-upgrade-gate/blob/main/docs/rules";
function docsUrl(id) {
  return `${DOCS_BASE}/${id}.md`;
}
function defineRule(rule) {
  return { meta: { ...rule.meta, docs: docsUrl(rule.meta.id) }, check: rule.check };
}

// src/rules/addons/addon-field-conflicts.ts
var SELF_MANAGED = {
  "kube-proxy": [
    ["DaemonSet", "kube-proxy"],
    ["ConfigMap", "kube-proxy"],
    ["ConfigMap", "kube-proxy-config"]
  ],
  coredns: [
    ["Deployment", "coredns"],
    ["ConfigMap", "coredns"]
  ],
  "vpc-cni": [
    ["DaemonSet", "aws-node"],
    ["ConfigMap", "amazon-vpc-cni"]
  ]
};
var mode = (addon, step) => addon.resolveConflicts?.[step].value?.toUpperCase() ?? null;
function customisations(cluster, name) {
  const objects = SELF_MANAGED[name] ?? [];
  return (cluster.apis ?? []).filter(
    (api) => objects.some(([kind, object]) => api.kind === kind && api.name === object)
  );
}
var addonFieldConflicts = defineRule({
  meta: {
    id: "addon-field-conflicts",
    family: "addons",
    severity: "warning",
    title: "An EKS add-on is created over the self-managed one without a conflict policy, or its OVERWRITE reverts customised fields"
  },
  check({ clusters }) {
    return clusters.flatMap(({ head, base }) => {
      if (!base) return [];
      return head.addons.flatMap((addon) => {
        if (!(addon.name in SELF_MANAGED) || !addon.resolveConflicts) return [];
        const before = findAddon(base, addon.name);
        const adopted = !before;
        const updated = before !== void 0 && addon.version.status === "resolved" && before.version.value !== addon.version.value;
        const step = adopted ? "onCreate" : "onUpdate";
        const policy2 = addon.resolveConflicts[step];
        if (adopted && mode(addon, "onCreate") === "NONE")
          return [
            {
              message: `This change makes ${addon.name} an EKS add-on of the existing cluster ${head.name}, over the self-managed ${addon.name} EKS installed with it; with no conflict policy on create (${policy2.status === "unspecified" ? policy2.note : `set to ${policy2.value}`}) EKS refuses the fields kubectl-client-side-apply owns and the create fails. Set it to OVERWRITE (EKS takes the fields over, local edits are reverted), after moving customisations into configuration_values.`,
              at: policy2.status === "resolved" ? policy2.at : addon.at,
              cluster: head.id,
              subject: `addon:${addon.name}`
            }
          ];
        if ((adopted || updated) && mode(addon, step) === "OVERWRITE")
          return customisations(head, addon.name).map((api) => ({
            message: `${api.kind} ${api.name} is customised here, but the ${addon.name} add-on ${adopted ? "is created" : "is updated"} with OVERWRITE (${policy2.status === "unspecified" ? policy2.note : "as set"}): EKS takes its fields back and this change to them is reverted${addon.configured ? "" : ", and the add-on sets no configuration_values to keep it"}. Move the customisation into the add-on's configuration values, or use PRESERVE for updates.`,
            at: api.at,
            cluster: head.id,
            subject: `addon:${addon.name}:${api.kind}/${api.name}`
          }));
        return [];
      });
    });
  }
});

// src/rules/addons/addon-floating.ts
var addonFloating = defineRule({
  meta: {
    id: "addon-floating",
    family: "addons",
    severity: "notice",
    title: "An add-on version floats (latest / most_recent) and is decided at apply time"
  },
  check({ clusters }) {
    return clusters.flatMap(
      ({ head }) => head.addons.filter((addon) => addon.version.status === "policy").map((addon) => ({
        message: `The ${addon.name} add-on version is "${addon.version.value}": AWS decides it when the change is applied, so this review cannot see it. Pin it to make upgrades reviewable.`,
        at: addon.version.at,
        cluster: head.id,
        subject: `addon:${addon.name}`
      }))
    );
  }
});

// src/rules/addons/addon-incompatible.ts
var addonIncompatible = defineRule({
  meta: {
    id: "addon-incompatible",
    family: "addons",
    severity: "error",
    title: "A pinned add-on version is not offered for the cluster version"
  },
  check({ clusters, knowledge }) {
    return clusters.flatMap(({ head }) => {
      const cp = head.version.value;
      if (!cp) return [];
      return head.addons.flatMap((addon) => {
        const offered = knowledge.addonCompatibility[addon.name]?.[formatKubeVersion(cp)];
        const pinnedVersion = addon.version.status === "resolved" ? addon.version.value : null;
        if (!offered || !pinnedVersion) return [];
        const normalized = pinnedVersion.startsWith("v") ? pinnedVersion : `v${pinnedVersion}`;
        const matches2 = offered.versions.some(
          (v) => v === normalized || v.startsWith(`${normalized}-`)
        );
        if (matches2) return [];
        return [
          {
            message: `The ${addon.name} add-on ${pinnedVersion} is not offered for Kubernetes ${formatKubeVersion(cp)}${offered.default ? `; the default there is ${offered.default}` : ""} (describe-addon-versions data).`,
            at: addon.version.at,
            cluster: head.id,
            subject: `addon:${addon.name}`
          }
        ];
      });
    });
  }
});

// src/rules/addons/addon-not-moved.ts
var addonNotMoved = defineRule({
  meta: {
    id: "addon-not-moved",
    family: "addons",
    severity: "warning",
    title: "The control plane moves but pinned kube-proxy or CoreDNS versions stay behind"
  },
  check({ clusters, knowledge }) {
    return clusters.flatMap((pair) => {
      const move = transition(pair);
      if (!move || compareKubeVersions(move.to, move.from) <= 0) return [];
      const facts = versionInfo(knowledge, move.to)?.addons;
      return ["kube-proxy", "coredns"].flatMap((name) => {
        const before = findAddon(pair.base, name);
        const after = findAddon(pair.head, name);
        if (!after || after.version.status !== "resolved" || before?.version.value !== after.version.value)
          return [];
        const target = name === "kube-proxy" ? facts?.kubeProxy?.latestAddon : facts?.coredns?.latestAddon;
        return [
          {
            message: `The control plane of ${pair.head.name} moves to ${formatKubeVersion(move.to)} but the ${name} add-on stays pinned at ${after.version.value}; EKS does not update add-ons for you. ${target ? `Move it to ${target} (newest seen for ${formatKubeVersion(move.to)}) after the control plane.` : "Move it to a version for the new minor after the control plane."}`,
            at: after.version.at,
            cluster: pair.head.id,
            subject: `addon:${name}`,
            ...target && after.version.value && { suggestion: { from: after.version.value, to: target } }
          }
        ];
      });
    });
  }
});

// src/rules/addon-helpers.ts
function pinnedVersions(cluster, name) {
  const out = [];
  for (const addon of cluster.addons) {
    if (addon.name !== name || addon.version.status !== "resolved" || !addon.version.value) continue;
    const version = parseAddonVersion(addon.version.value);
    if (version)
      out.push({
        version,
        at: addon.version.at,
        label: `the ${name} add-on ${addon.version.value}`,
        subject: `addon:${name}`,
        kind: "addon"
      });
  }
  for (const component of cluster.components) {
    if (component.name !== name || component.version.status !== "resolved" || !component.version.value)
      continue;
    const version = parseAddonVersion(component.version.value);
    if (version)
      out.push({
        version,
        at: component.version.at,
        label: `the ${name} image ${component.version.value}`,
        subject: `component:${name}`,
        kind: "image"
      });
  }
  return out;
}

// src/rules/addons/coredns-outdated.ts
var corednsOutdated = defineRule({
  meta: {
    id: "coredns-outdated",
    family: "addons",
    severity: "warning",
    title: "CoreDNS is older than the minor EKS ships for the cluster version"
  },
  check({ clusters, knowledge }) {
    return clusters.flatMap(({ head }) => {
      const cp = head.version.value;
      const facts = cp && versionInfo(knowledge, cp)?.addons.coredns;
      const shipped = facts?.defaultImage ? parseAddonVersion(facts.defaultImage) : null;
      if (!cp || !shipped) return [];
      return pinnedVersions(head, "coredns").filter((pin) => pin.version.major === shipped.major && pin.version.minor < shipped.minor).map((pin) => ({
        message: `${pin.label} is older than CoreDNS ${formatMinor(shipped)}, which EKS ships for Kubernetes ${formatKubeVersion(cp)}${facts.latestAddon ? ` (latest seen: ${facts.latestAddon})` : ""}. Move it with the cluster.`,
        at: pin.at,
        cluster: head.id,
        subject: pin.subject
      }));
    });
  }
});

// src/rules/addons/coredns-too-old.ts
var corednsTooOld = defineRule({
  meta: {
    id: "coredns-too-old",
    family: "addons",
    severity: "error",
    title: "CoreDNS is older than 1.8.4, which bound service account tokens need"
  },
  check({ clusters, knowledge }) {
    return clusters.flatMap(({ head }) => {
      const cp = head.version.value;
      const minimumText = cp && versionInfo(knowledge, cp)?.addons.coredns?.minimum || "1.8.4";
      const minimum = parseAddonVersion(minimumText);
      return pinnedVersions(head, "coredns").filter((pin) => compareAddonVersions(pin.version, minimum) < 0).map((pin) => ({
        message: `${pin.label} is older than ${minimumText}; older CoreDNS cannot use the bound service account tokens Kubernetes 1.21+ issues. Upgrade CoreDNS.`,
        at: pin.at,
        cluster: head.id,
        subject: pin.subject
      }));
    });
  }
});

// src/rules/addons/kube-proxy-helpers.ts
function allowedLag(proxyMinor) {
  return proxyMinor >= 25 ? 3 : 2;
}
function capital(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/rules/addons/kube-proxy-minor-mismatch.ts
var kubeProxyMinorMismatch = defineRule({
  meta: {
    id: "kube-proxy-minor-mismatch",
    family: "addons",
    severity: "warning",
    title: "kube-proxy is within skew but not at the control plane\u2019s minor, as EKS recommends"
  },
  check({ clusters, knowledge }) {
    return clusters.flatMap((pair) => {
      const { head } = pair;
      const cp = head.version.value;
      if (!cp) return [];
      const unchanged = transition(pair) && findAddon(pair.base, "kube-proxy")?.version.value === findAddon(head, "kube-proxy")?.version.value;
      return pinnedVersions(head, "kube-proxy").flatMap((pin) => {
        const lag = cp.minor - pin.version.minor;
        if (pin.version.major !== cp.major || lag <= 0 || lag > allowedLag(pin.version.minor) || unchanged && pin.kind === "addon")
          return [];
        const suggestion = pin.kind === "addon" ? versionInfo(knowledge, cp)?.addons.kubeProxy?.latestAddon : versionInfo(knowledge, cp)?.addons.kubeProxy?.selfManagedImage;
        return [
          {
            message: `${capital(pin.label)} is ${formatMinor(pin.version)} while the control plane of ${head.name} is ${formatKubeVersion(cp)}; EKS recommends kube-proxy at the cluster's minor${suggestion ? ` (e.g. ${suggestion})` : ""}.`,
            at: pin.at,
            cluster: head.id,
            subject: pin.subject
          }
        ];
      });
    });
  }
});

// src/rules/addons/kube-proxy-skew.ts
var kubeProxySkew = defineRule({
  meta: {
    id: "kube-proxy-skew",
    family: "addons",
    severity: "error",
    title: "kube-proxy is newer than the control plane or older than the skew policy allows"
  },
  check({ clusters }) {
    return clusters.flatMap(({ head }) => {
      const cp = head.version.value;
      if (!cp) return [];
      return pinnedVersions(head, "kube-proxy").flatMap((pin) => {
        if (pin.version.major !== cp.major) return [];
        const lag = cp.minor - pin.version.minor;
        const cpText = formatKubeVersion(cp);
        let message;
        if (lag < 0)
          message = `${capital(pin.label)} is newer than the control plane of ${head.name} (${cpText}); kube-proxy must never be newer than the API server. Use a ${cpText} kube-proxy.`;
        else if (lag > allowedLag(pin.version.minor))
          message = `${capital(pin.label)} is ${lag} minor versions behind the control plane of ${head.name} (${cpText}); kube-proxy ${formatMinor(pin.version)} may trail by at most ${allowedLag(pin.version.minor)}. Use a ${cpText} kube-proxy.`;
        return message ? [{ message, at: pin.at, cluster: head.id, subject: pin.subject }] : [];
      });
    });
  }
});

// src/rules/addons/kube-proxy-tag-variant.ts
var kubeProxyTagVariant = defineRule({
  meta: {
    id: "kube-proxy-tag-variant",
    family: "addons",
    severity: "error",
    title: "A kube-proxy image tag or add-on version in a form EKS does not publish for that minor"
  },
  check({ clusters }) {
    return clusters.flatMap(
      ({ head }) => pinnedVersions(head, "kube-proxy").flatMap((pin) => {
        const minimal = pin.version.suffix.includes("-minimal-");
        const minor3 = pin.version.minor;
        let problem;
        if (pin.kind === "addon" && minimal)
          problem = 'EKS add-on versions never carry "-minimal-" (that is an image tag); use the add-on version, e.g. v1.30.0-eksbuild.3';
        else if (pin.kind === "image" && minimal && minor3 >= 34)
          problem = `from Kubernetes 1.34 kube-proxy images drop the "-minimal-" suffix (v${pin.version.major}.${minor3}.x-eksbuild.N)`;
        else if (pin.kind === "image" && !minimal && minor3 >= 25 && minor3 <= 33 && /eksbuild/.test(pin.version.suffix))
          problem = `for Kubernetes 1.25\u20131.33 only the "-minimal-" kube-proxy images are published (v${pin.version.major}.${minor3}.x-minimal-eksbuild.N)`;
        return problem ? [
          {
            message: `${capital(pin.label)}: ${problem}.`,
            at: pin.at,
            cluster: head.id,
            subject: pin.subject
          }
        ] : [];
      })
    );
  }
});

// src/rules/addons/vpc-cni-below-recommended.ts
var vpcCniBelowRecommended = defineRule({
  meta: {
    id: "vpc-cni-below-recommended",
    family: "addons",
    severity: "warning",
    title: "The VPC CNI is older than its maintainers recommend for the cluster version"
  },
  check({ clusters, knowledge }) {
    return clusters.flatMap(({ head }) => {
      const cp = head.version.value;
      const facts = cp && versionInfo(knowledge, cp)?.addons.vpcCni;
      const recommended = facts && facts.recommended && parseAddonVersion(facts.recommended);
      const floor = cp && vpcCniFloor(knowledge, cp);
      const minimum = floor && parseAddonVersion(floor.minimum);
      if (!cp || !recommended) return [];
      return [...pinnedVersions(head, "vpc-cni"), ...pinnedVersions(head, "aws-node")].filter(
        (pin) => compareAddonVersions(pin.version, recommended) < 0 && // Below the hard minimum vpc-cni-minimum reports it, as an error.
        !(minimum && compareAddonVersions(pin.version, minimum) < 0)
      ).map((pin) => ({
        message: `${pin.label} is older than v${facts.recommended}, the oldest release the VPC CNI maintainers recommend for Kubernetes ${formatKubeVersion(cp)} (they recommend the latest). Upgrade it one minor at a time.`,
        at: pin.at,
        cluster: head.id,
        subject: pin.subject
      }));
    });
  }
});

// src/rules/addons/vpc-cni-minimum.ts
var vpcCniMinimum = defineRule({
  meta: {
    id: "vpc-cni-minimum",
    family: "addons",
    severity: "error",
    title: "The VPC CNI is older than the minimum for the cluster version"
  },
  check({ clusters, knowledge }) {
    return clusters.flatMap(({ head }) => {
      const cp = head.version.value;
      const facts = cp && vpcCniFloor(knowledge, cp);
      const minimum = facts && parseAddonVersion(facts.minimum);
      if (!cp || !minimum) return [];
      return [...pinnedVersions(head, "vpc-cni"), ...pinnedVersions(head, "aws-node")].filter((pin) => compareAddonVersions(pin.version, minimum) < 0).map((pin) => ({
        message: `${pin.label} is below ${facts.minimum}, the minimum for Kubernetes ${formatKubeVersion(cp)}${compareKubeVersions(facts.from, cp) < 0 ? ` (stated for ${formatKubeVersion(facts.from)}, the newest version the data gives a floor for)` : ""}${minimum.minor >= 12 ? " (EKS: upgrade the VPC CNI to 1.12 or later before 1.26, or aws-node crashes)" : ""}. Upgrade the VPC CNI one minor at a time first.`,
        at: pin.at,
        cluster: head.id,
        subject: pin.subject
      }));
    });
  }
});

// src/rules/addons/vpc-cni-minor-jump.ts
var vpcCniMinorJump = defineRule({
  meta: {
    id: "vpc-cni-minor-jump",
    family: "addons",
    severity: "error",
    title: "The VPC CNI moves more than one minor version in one change"
  },
  check({ clusters }) {
    return clusters.flatMap(({ head, base }) => {
      const before = findAddon(base, "vpc-cni");
      const after = findAddon(head, "vpc-cni");
      const from = before?.version.status === "resolved" ? parseAddonVersion(before.version.value) : null;
      const to = after?.version.status === "resolved" ? parseAddonVersion(after.version.value) : null;
      if (!from || !to || to.major !== from.major || to.minor - from.minor <= 1) return [];
      return [
        {
          message: `The VPC CNI moves from ${from.raw} to ${to.raw}; AWS supports updating it one minor version at a time. Go to ${from.major}.${from.minor + 1} first.`,
          at: after.version.at,
          cluster: head.id,
          subject: "addon:vpc-cni"
        }
      ];
    });
  }
});

// src/rules/amis/helpers.ts
function eachGroup(context) {
  return context.clusters.flatMap(
    ({ head }) => head.nodeGroups.map((group) => ({ cluster: head, group }))
  );
}
function familyFindings(context, status, message) {
  return eachGroup(context).flatMap(({ cluster, group }) => {
    const ami = amiOf(group);
    const version = effectiveVersion(group);
    if (!ami || !version) return [];
    const support = amiFamilySupport(context.knowledge, ami, version);
    if (support.status !== status) return [];
    return [
      {
        message: message(group.name, ami, formatKubeVersion(version), support.reason),
        at: amiLine(group),
        cluster: cluster.id,
        subject: `node-group:${group.name}`
      }
    ];
  });
}
function amiLine(group) {
  const where2 = group.amiType.value ? group.amiType : group.amiFamily;
  return where2.status === "resolved" ? where2.at : group.version.at;
}
function userDataLines(group) {
  return (group.userData ?? []).flatMap(
    (data) => data.text.split("\n").flatMap(
      (text, index) => /^\s*#/.test(text) ? [] : [{ text, at: data.block ? { ...data.at, line: data.at.line + index } : data.at }]
    )
  );
}
function isAl2023(ami) {
  return /^(AL2023|AmazonLinux2023)/i.test(ami);
}

// src/rules/amis/ami-custom-unverified.ts
var amiCustomUnverified = defineRule({
  meta: {
    id: "ami-custom-unverified",
    family: "amis",
    severity: "notice",
    title: "A custom AMI cannot be checked against the node group\u2019s Kubernetes version"
  },
  check(context) {
    return eachGroup(context).flatMap(({ cluster, group }) => {
      const id = group.amiId.status === "resolved" ? group.amiId.value : null;
      if (!id?.startsWith("ami-") || group.version.status !== "resolved" || group.version.note?.startsWith("from the AMI"))
        return [];
      return [
        {
          message: `Node group ${group.name} uses the custom AMI ${id}; the gate cannot verify it is built for Kubernetes ${formatKubeVersion(group.version.value)}. Keep the minor in an AMI name filter or SSM parameter so it can be checked.`,
          at: group.amiId.at,
          cluster: cluster.id,
          subject: `node-group:${group.name}`
        }
      ];
    });
  }
});

// src/rules/amis/ami-family-end-of-life.ts
var amiFamilyEndOfLife = defineRule({
  meta: {
    id: "ami-family-end-of-life",
    family: "amis",
    severity: "warning",
    title: "The node group runs an AMI family past its end of life, or the last Kubernetes version it is built for"
  },
  check(context) {
    const eol = context.knowledge.al2EndOfLife;
    const al2Unpatched = context.today >= eol.noPatchesSince;
    return eachGroup(context).flatMap(({ cluster, group }) => {
      const ami = amiOf(group);
      const version = effectiveVersion(group);
      if (!ami || !version) return [];
      const support = amiFamilySupport(context.knowledge, ami, version);
      const unpatched = al2Unpatched && isAmazonLinux2(ami) && support.status !== "unsupported";
      if (support.status !== "last" && !unpatched) return [];
      const reasons = [
        ...support.status === "last" ? [support.reason] : [],
        ...unpatched ? [
          `Amazon Linux 2 EKS AMIs get no new releases, so no security patches, since ${eol.noPatchesSince} (the final release is ${eol.finalRelease})`
        ] : []
      ];
      return [
        {
          message: `Node group ${group.name} (${ami}) at ${formatKubeVersion(version)}: ${reasons.join("; ")}. Migrate it to AL2023 or Bottlerocket${support.status === "last" ? " before the next control-plane upgrade" : ""}.`,
          at: amiLine(group),
          cluster: cluster.id,
          subject: `node-group:${group.name}`
        }
      ];
    });
  }
});

// src/rules/amis/ami-family-unsupported.ts
var amiFamilyUnsupported = defineRule({
  meta: {
    id: "ami-family-unsupported",
    family: "amis",
    severity: "error",
    title: "No EKS AMI of the node group\u2019s AMI type or family exists for its Kubernetes version"
  },
  check(context) {
    return familyFindings(
      context,
      "unsupported",
      (group, ami, version, reason) => `Node group ${group} (${ami}) at Kubernetes ${version}: ${reason}. Move it to a supported family (AL2023 or Bottlerocket) before or with this version.`
    );
  }
});

// src/rules/amis/ami-release-mismatch.ts
var amiReleaseMismatch = defineRule({
  meta: {
    id: "ami-release-mismatch",
    family: "amis",
    severity: "error",
    title: "A pinned AMI release is for another Kubernetes minor than the node group\u2019s version"
  },
  check(context) {
    return eachGroup(context).flatMap(({ cluster, group }) => {
      const version = pinned(group.version);
      const release = group.releaseVersion.status === "resolved" ? group.releaseVersion.value : null;
      if (!version || !release || group.version.note?.startsWith("from the AMI release") || group.version.note?.startsWith("from releaseVersion"))
        return [];
      const releaseMinor = kubeVersionFromRelease(release, releaseFamily(amiOf(group)));
      if (!releaseMinor || compareKubeVersions(releaseMinor, version) === 0) return [];
      return [
        {
          message: `Node group ${group.name} is set to Kubernetes ${formatKubeVersion(version)} but pins the AMI release ${release}, which is built for ${formatKubeVersion(releaseMinor)}. Pin a ${formatKubeVersion(version)} release or drop the pin.`,
          at: group.releaseVersion.at,
          cluster: cluster.id,
          subject: `node-group:${group.name}`
        }
      ];
    });
  }
});

// src/rules/amis/al2023-bootstrap-script.ts
var BOOTSTRAP_SH = /(^|[\s;&|'"(/])bootstrap\.sh\b/;
var al2023BootstrapScript = defineRule({
  meta: {
    id: "al2023-bootstrap-script",
    family: "amis",
    severity: "error",
    title: "An Amazon Linux 2023 node group boots with bootstrap.sh, which AL2023 does not have"
  },
  check(context) {
    return eachGroup(context).flatMap(({ cluster, group }) => {
      const ami = amiOf(group);
      if (!ami || !isAl2023(ami)) return [];
      const call = userDataLines(group).find((line) => BOOTSTRAP_SH.test(line.text));
      if (!call) return [];
      return [
        {
          message: `Node group ${group.name} runs ${ami}, but its user data calls bootstrap.sh: Amazon Linux 2023 has no /etc/eks/bootstrap.sh, nodeadm configures the node from a NodeConfig (apiVersion: node.eks.aws/v1alpha1) in the user data instead, so these nodes will not join. Replace the call with a NodeConfig.`,
          at: call.at,
          cluster: cluster.id,
          subject: `node-group:${group.name}`
        }
      ];
    });
  }
});

// src/rules/amis/ami-containerd-too-old.ts
var minor2 = (text) => text.split(".").slice(0, 2).map(Number);
var older = (a, b) => {
  const [x, y] = [minor2(a), minor2(b)];
  return x[0] < y[0] || x[0] === y[0] && x[1] < y[1];
};
var amiContainerdTooOld = defineRule({
  meta: {
    id: "ami-containerd-too-old",
    family: "amis",
    severity: "error",
    title: "A pinned AMI release ships a containerd older than its Kubernetes version needs"
  },
  check(context) {
    return eachGroup(context).flatMap(({ cluster, group }) => {
      const version = effectiveVersion(group);
      const ami = amiOf(group);
      const release = group.releaseVersion.status === "resolved" ? group.releaseVersion.value : null;
      const needs = version && versionInfo(context.knowledge, version)?.runtime?.containerdMinimum;
      if (!version || !ami || !release || !needs) return [];
      const os = isAl2023(ami) ? "al2023" : /^(AL2_|AmazonLinux2$|AL2$)/i.test(ami) ? "al2" : null;
      const date = /^v(\d{8})$/.exec(release)?.[1];
      const prefix = `${formatKubeVersion(version)}.`;
      const key = date ? Object.keys(context.knowledge.amiReleases).find(
        (k) => k.startsWith(prefix) && k.endsWith(`-${date}`)
      ) : release;
      const shipped = os && key ? context.knowledge.amiReleases[key]?.[os]?.containerd : void 0;
      if (!shipped || !older(shipped, needs)) return [];
      return [
        {
          message: `Node group ${group.name} pins the AMI release ${key} (${release === key ? "its release version" : `alias ${release}`}), which ships containerd ${shipped}; Kubernetes ${formatKubeVersion(version)} needs containerd ${needs} or newer (1.35 was the last kubelet to run on containerd 1.x, KEP-4033). Pin a newer release or drop the pin.`,
          at: group.releaseVersion.at,
          cluster: cluster.id,
          subject: `node-group:${group.name}`
        }
      ];
    });
  }
});

// src/rules/amis/docker-runtime.ts
var dockerRuntime = defineRule({
  meta: {
    id: "docker-runtime",
    family: "amis",
    severity: "error",
    title: "A node group uses the Docker runtime, which Kubernetes 1.24 removed"
  },
  check(context) {
    return eachGroup(context).flatMap(({ cluster, group }) => {
      const runtime = group.containerRuntime?.status === "resolved" ? group.containerRuntime.value : null;
      const version = effectiveVersion(group);
      if (!runtime || !/docker/i.test(runtime) || !version) return [];
      if (compareKubeVersions(version, { major: 1, minor: 24 }) < 0) return [];
      return [
        {
          message: `Node group ${group.name} sets containerRuntime: ${runtime}, but dockershim was removed in Kubernetes 1.24 and EKS AMIs only ship containerd from 1.24. Use containerd.`,
          at: group.containerRuntime.at,
          cluster: cluster.id,
          subject: `node-group:${group.name}`
        }
      ];
    });
  }
});

// src/rules/amis/kubelet-flag-removed.ts
var kubeletFlagRemoved = defineRule({
  meta: {
    id: "kubelet-flag-removed",
    family: "amis",
    severity: "error",
    title: "A node group's user data passes a kubelet flag its Kubernetes version removed"
  },
  check(context) {
    return eachGroup(context).flatMap(({ cluster, group }) => {
      const version = effectiveVersion(group);
      if (!version) return [];
      return context.knowledge.removedKubeletFlags.flatMap((removed) => {
        const removedIn = parseKubeVersion(removed.removedIn);
        if (!removedIn || compareKubeVersions(version, removedIn) < 0) return [];
        const needle = removed.match ?? removed.flag;
        const line = userDataLines(group).find(
          ({ text }) => new RegExp(`${needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![a-z0-9-])`).test(text)
        );
        if (!line) return [];
        return [
          {
            message: `Node group ${group.name} passes the kubelet ${removed.flag} in its user data, but Kubernetes ${removed.removedIn} removed that flag: a ${version.major}.${version.minor} kubelet given it does not start, so the nodes will not join. Remove it (or move the setting to the kubelet configuration).`,
            at: line.at,
            cluster: cluster.id,
            subject: `node-group:${group.name}:${removed.flag}`
          }
        ];
      });
    });
  }
});

// src/rules/components/api-helpers.ts
function usages(context) {
  return context.clusters.flatMap(
    ({ head }) => (head.apis ?? []).map((api) => ({ cluster: head, api }))
  );
}
function entryFor(removed, apiVersion, kind) {
  return removed.find((entry) => entry.apiVersion === apiVersion && entry.kinds.includes(kind));
}
function replacementText(entry) {
  if (entry.replacement) return `use ${entry.replacement} instead`;
  return entry.notes ? entry.notes.replace(/\.$/, "") : "it has no replacement";
}

// src/rules/components/api-deprecated.ts
var apiDeprecated = defineRule({
  meta: {
    id: "api-deprecated",
    family: "components",
    severity: "warning",
    title: "A manifest or Helm template uses an API deprecated at the cluster version"
  },
  check(context) {
    return usages(context).flatMap(({ cluster, api }) => {
      const version = cluster.version.value;
      const entry = entryFor(context.knowledge.removedApis, api.apiVersion, api.kind);
      const deprecatedIn = entry?.deprecatedIn ? parseKubeVersion(entry.deprecatedIn) : null;
      const removedIn = entry?.removedIn ? parseKubeVersion(entry.removedIn) : null;
      if (!version || !entry || !deprecatedIn || compareKubeVersions(version, deprecatedIn) < 0)
        return [];
      if (removedIn && compareKubeVersions(version, removedIn) >= 0) return [];
      const when = entry.removedIn ? `Kubernetes ${entry.removedIn} removes it` : "a future version removes it";
      return [
        {
          message: `${api.kind}${api.name ? ` ${api.name}` : ""} uses ${api.apiVersion}, deprecated since ${entry.deprecatedIn}; ${when}: ${replacementText(entry)} before cluster ${cluster.name} gets there.`,
          at: api.at,
          cluster: cluster.id,
          subject: `api:${api.at.file}:${api.kind}:${api.name ?? ""}:${api.apiVersion}`
        }
      ];
    });
  }
});

// src/rules/components/api-removed.ts
var apiRemoved = defineRule({
  meta: {
    id: "api-removed",
    family: "components",
    severity: "error",
    title: "A manifest or Helm template uses an API the cluster version no longer serves"
  },
  check(context) {
    return usages(context).flatMap(({ cluster, api }) => {
      const version = cluster.version.value;
      const entry = entryFor(context.knowledge.removedApis, api.apiVersion, api.kind);
      const removedIn = entry?.removedIn ? parseKubeVersion(entry.removedIn) : null;
      if (!version || !entry || !removedIn || compareKubeVersions(version, removedIn) < 0) return [];
      return [
        {
          message: `${api.kind}${api.name ? ` ${api.name}` : ""} uses ${api.apiVersion}, which Kubernetes ${entry.removedIn} removed; cluster ${cluster.name} is at ${formatKubeVersion(version)}: ${replacementText(entry)}.`,
          at: api.at,
          cluster: cluster.id,
          subject: `api:${api.at.file}:${api.kind}:${api.name ?? ""}:${api.apiVersion}`
        }
      ];
    });
  }
});

// src/rules/components/cluster-autoscaler-mismatch.ts
var clusterAutoscalerMismatch = defineRule({
  meta: {
    id: "cluster-autoscaler-mismatch",
    family: "components",
    severity: "error",
    title: "The cluster-autoscaler minor does not match the cluster minor"
  },
  check({ clusters }) {
    return clusters.flatMap(({ head }) => {
      const cp = head.version.value;
      if (!cp) return [];
      return pinnedVersions(head, "cluster-autoscaler").filter((pin) => pin.version.major !== cp.major || pin.version.minor !== cp.minor).map((pin) => ({
        message: `${pin.label} is ${formatMinor(pin.version)}, but cluster ${head.name} is ${formatKubeVersion(cp)}; Cluster Autoscaler supports only the Kubernetes minor it was built for. Use a v${formatKubeVersion(cp)}.x image.`,
        at: pin.at,
        cluster: head.id,
        subject: pin.subject
      }));
    });
  }
});

// src/rules/components/karpenter-unsupported.ts
var karpenterUnsupported = defineRule({
  meta: {
    id: "karpenter-unsupported",
    family: "components",
    severity: "error",
    title: "The Karpenter version does not support the cluster version"
  },
  check({ clusters, knowledge }) {
    const { matrix } = knowledge.karpenter;
    return clusters.flatMap(({ head }) => {
      const cp = head.version.value;
      if (!cp || matrix.length === 0) return [];
      const pins = pinnedVersions(head, "karpenter");
      if (pins.length === 0) return [];
      const minor3 = formatKubeVersion(cp);
      const needed = matrix.find((row) => inWindow(minor3, row));
      return pins.flatMap((pin) => {
        const row = matrix.findLast((r) => {
          const [major, minor_, patch] = r.release.split(".").map(Number);
          return major === pin.version.major && minor_ === pin.version.minor && (patch === void 0 || patch <= pin.version.patch);
        });
        const release = row?.release ?? `${pin.version.major}.${pin.version.minor}`;
        const newest = matrix[matrix.length - 1];
        let problem;
        if (row && compareMinor(minor3, row.minKubernetes) < 0)
          problem = `Karpenter ${release} supports Kubernetes ${row.minKubernetes} to ${row.maxKubernetes}`;
        else if (row && compareMinor(minor3, row.maxKubernetes) > 0)
          problem = `Karpenter ${release} supports Kubernetes up to ${row.maxKubernetes}; ${minor3} needs ${needed ? `Karpenter ${needed.release} or later` : "a Karpenter release newer than the compatibility data knows"}`;
        else if (!row && compareMinor(release, newest.release) < 0 && needed)
          problem = compareMinor(release, needed.release) < 0 ? `Kubernetes ${minor3} needs Karpenter ${needed.release} or later` : void 0;
        return problem ? [
          {
            message: `${pin.label} with cluster ${head.name} at ${minor3}: ${problem} (Karpenter's compatibility matrix). Move Karpenter with the cluster.`,
            at: pin.at,
            cluster: head.id,
            subject: pin.subject
          }
        ] : [];
      });
    });
  }
});
function inWindow(minor3, row) {
  return compareMinor(minor3, row.minKubernetes) >= 0 && compareMinor(minor3, row.maxKubernetes) <= 0;
}
function compareMinor(a, b) {
  const [x = 0, y = 0] = a.split(".").map(Number);
  const [u = 0, v = 0] = b.split(".").map(Number);
  return x - u || y - v;
}

// src/rules/control-plane/control-plane-downgrade.ts
var controlPlaneDowngrade = defineRule({
  meta: {
    id: "control-plane-downgrade",
    family: "control-plane",
    severity: "error",
    title: "The control-plane version goes down"
  },
  check({ clusters }) {
    return clusters.flatMap((pair) => {
      const move = transition(pair);
      if (!move || minorDistance(move.from, move.to) >= 0) return [];
      const steps = -minorDistance(move.from, move.to);
      const rollback = steps === 1 ? "EKS only rolls a control plane back one minor within 7 days of upgrading it; if that is what this is, suppress this finding with the reason." : "EKS cannot go back more than one minor version: create a new cluster at this version instead.";
      return [
        {
          message: `Cluster ${pair.head.name} goes down from ${formatKubeVersion(move.from)} to ${formatKubeVersion(move.to)}. ${rollback}`,
          at: pair.head.version.at,
          cluster: pair.head.id,
          subject: "version"
        }
      ];
    });
  }
});

// src/rules/control-plane/support-helpers.ts
var SUPPORT_NOTICE_DAYS = 90;
function byPhase(context, wanted, message) {
  return context.clusters.flatMap(({ head }) => {
    const version = head.version.value;
    if (!version || head.version.status !== "resolved") return [];
    const status = supportStatus(context.knowledge, version, context.today);
    if (!wanted(status.phase, status.daysToEndOfStandard)) return [];
    return [
      {
        message: message(formatKubeVersion(version), status),
        at: head.version.at,
        cluster: head.id,
        subject: "version"
      }
    ];
  });
}

// src/rules/control-plane/control-plane-end-of-support.ts
var controlPlaneEndOfSupport = defineRule({
  meta: {
    id: "control-plane-end-of-support",
    family: "control-plane",
    severity: "error",
    title: "The control-plane version is past the end of EKS extended support (or never was offered)"
  },
  check(context) {
    return byPhase(
      context,
      (phase) => phase === "ended" || phase === "unknown-older",
      (v, status) => status.info ? `Kubernetes ${v} left EKS extended support on ${status.info.lifecycle.endOfExtendedSupport}: AWS upgrades such control planes automatically. Upgrade to a supported version, one minor at a time.` : `Kubernetes ${v} is older than any version EKS still offers. Upgrade to a supported version, one minor at a time.`
    );
  }
});

// src/rules/control-plane/control-plane-extended-support.ts
var controlPlaneExtendedSupport = defineRule({
  meta: {
    id: "control-plane-extended-support",
    family: "control-plane",
    severity: "warning",
    title: "The control-plane version is in EKS extended support, which is billed extra"
  },
  check(context) {
    return byPhase(
      context,
      (phase) => phase === "extended",
      (v, status) => `Kubernetes ${v} left EKS standard support on ${status.info.lifecycle.endOfStandardSupport}; extended support (billed per cluster-hour) ends on ${status.info.lifecycle.endOfExtendedSupport}. Plan the upgrade.`
    );
  }
});

// src/rules/control-plane/control-plane-skips-minor.ts
var controlPlaneSkipsMinor = defineRule({
  meta: {
    id: "control-plane-skips-minor",
    family: "control-plane",
    severity: "error",
    title: "The control plane moves more than one minor version in one change"
  },
  check({ clusters, targetVersion }) {
    if (targetVersion) return [];
    return clusters.flatMap((pair) => {
      const { head } = pair;
      const move = transition(pair);
      if (!move) return [];
      const { from, to } = move;
      const distance = minorDistance(from, to);
      if (distance <= 1) return [];
      const next = formatKubeVersion(addMinors(from, 1));
      return [
        {
          message: `Cluster ${head.name} moves from ${formatKubeVersion(from)} to ${formatKubeVersion(to)} in one change, but EKS upgrades the control plane one minor version at a time. Set ${next} here, apply it, then continue one minor per change.`,
          at: head.version.at,
          cluster: head.id,
          subject: "version",
          // A number (1.3 for 1.30) is its own rule's fix; review comments check the line holds the text.
          ...head.version.status === "resolved" && !head.version.numberWritten && {
            suggestion: { from: formatKubeVersion(to), to: next }
          }
        }
      ];
    });
  }
});

// src/rules/control-plane/control-plane-support-ending.ts
var controlPlaneSupportEnding = defineRule({
  meta: {
    id: "control-plane-support-ending",
    family: "control-plane",
    severity: "notice",
    title: `The control-plane version leaves EKS standard support within ${SUPPORT_NOTICE_DAYS} days`
  },
  check(context) {
    return byPhase(
      context,
      (phase, days) => phase === "standard" && days !== void 0 && days <= SUPPORT_NOTICE_DAYS,
      (v, status) => `Kubernetes ${v} leaves EKS standard support on ${status.info.lifecycle.endOfStandardSupport} (in ${status.daysToEndOfStandard} days); extended support costs extra after that.`
    );
  }
});

// src/rules/tool/version-unknown-to-data.ts
var versionUnknownToData = defineRule({
  meta: {
    id: "version-unknown-to-data",
    family: "tool",
    severity: "warning",
    title: "A version is newer than the EKS data the gate knows"
  },
  check(context) {
    const versions = context.clusters.flatMap(({ head }) => [
      {
        declared: head.version,
        label: `the control plane of ${head.name}`,
        subject: "version",
        cluster: head.id
      },
      ...head.nodeGroups.map((group) => ({
        declared: group.version,
        label: `node group ${group.name}`,
        subject: `node-group:${group.name}`,
        cluster: head.id
      }))
    ]);
    const reports = versions.flatMap(({ declared, label, subject, cluster }) => {
      if (declared.status !== "resolved" || !declared.value) return [];
      if (supportStatus(context.knowledge, declared.value, context.today).phase !== "unknown-newer")
        return [];
      return [
        {
          message: `Kubernetes ${formatKubeVersion(declared.value)} (${label}) is not in the EKS data, so its rules could not be checked. ${wayOut(context.knowledge)}`,
          at: declared.at,
          cluster,
          subject
        }
      ];
    });
    return reports;
  }
});

// src/rules/live/helpers.ts
function matched(context) {
  return (context.live?.clusters ?? []).flatMap(({ view, clusterId }) => {
    const pair = context.clusters.find((p) => p.head.id === clusterId);
    if (!pair) return [];
    const declared = pair.head.version.status === "resolved" ? pair.head.version.value : null;
    return [{ pair, view, after: declared ?? view.version, at: pair.head.version.at }];
  });
}
function groupAt(m24, group) {
  return m24.pair.head.nodeGroups.find((g) => g.name === group.name)?.at ?? m24.at;
}
function perGroup(context, applies, test, message, tag) {
  return matched(context).flatMap(
    (m24) => applies(m24) ? m24.view.nodeGroups.filter(test).map((group) => ({
      message: message(group, m24),
      at: groupAt(m24, group),
      cluster: m24.pair.head.id,
      subject: `live:node-group:${group.name}:${tag}`
    })) : []
  );
}

// src/rules/live/live-addon-versions.ts
var liveAddonVersions = defineRule({
  meta: {
    id: "live-addon-versions",
    family: "live",
    severity: "error",
    title: "Running kube-proxy or aws-node would not fit the control-plane version after the change"
  },
  check(context) {
    return matched(context).flatMap((m24) => {
      const after = m24.after;
      if (!after) return [];
      const minimumText = vpcCniFloor(context.knowledge, after)?.minimum;
      const minimum = minimumText ? parseAddonVersion(minimumText) : null;
      return m24.view.components.flatMap((component) => {
        const v = component.version;
        if (!v) return [];
        const base = {
          at: m24.at,
          cluster: m24.pair.head.id,
          subject: `live:component:${component.name}`
        };
        if (component.name === "kube-proxy" && v.major === after.major) {
          const kubelets = m24.view.nodeGroups.flatMap(
            (group) => [group.oldest, group.newest].filter((kubelet) => kubelet !== null && kubelet.major === v.major).map((kubelet) => ({ group, kubelet }))
          );
          const far = kubelets.find(({ kubelet }) => Math.abs(kubelet.minor - v.minor) > 3);
          if (far)
            return [
              {
                ...base,
                message: `kube-proxy ${formatMinor(v)} (live, ${component.image}) runs beside kubelet ${formatKubeVersion(far.kubelet)} on ${far.group.kind} group ${far.group.name}: the skew policy allows kube-proxy at most three minors from its node's kubelet. Roll those nodes (or kube-proxy) first.`
              }
            ];
          const lag = after.minor - v.minor;
          if (lag < 0)
            return [
              {
                ...base,
                message: `kube-proxy ${component.image} (live) is newer than the control plane would be (${formatKubeVersion(after)}).`
              }
            ];
          if (lag > (v.minor >= 25 ? 3 : 2))
            return [
              {
                ...base,
                message: `kube-proxy ${formatMinor(v)} (live, ${component.image}) would be ${lag} minors behind the control plane at ${formatKubeVersion(after)}; update kube-proxy first.`
              }
            ];
        }
        if (component.name === "aws-node" && minimum && compareAddonVersions(v, minimum) < 0) {
          return [
            {
              ...base,
              message: `The running VPC CNI (${component.image}) is below ${minimumText}, the minimum for Kubernetes ${formatKubeVersion(after)}; update it one minor at a time before the control plane.`
            }
          ];
        }
        return [];
      });
    });
  }
});

// src/rules/live/live-al2-nodes.ts
var liveAl2Nodes = defineRule({
  meta: {
    id: "live-al2-nodes",
    family: "live",
    severity: "error",
    title: "Nodes run Amazon Linux 2 while the change takes the cluster past 1.32"
  },
  check(context) {
    return perGroup(
      context,
      (m24) => m24.after !== null && compareKubeVersions(m24.after, context.knowledge.al2LastMinor) > 0,
      (group) => group.osImages.some((os) => /^Amazon Linux 2(?!023)\b/.test(os)),
      (group, m24) => `${group.kind} group ${group.name} runs Amazon Linux 2 (live), which has no ${formatKubeVersion(m24.after)} AMI: migrate it to AL2023 or Bottlerocket before the upgrade.`,
      "al2"
    );
  }
});

// src/rules/live/live-container-runtime.ts
var CONTAINERD_1 = /^containerd:\/\/v?1\./;
var liveContainerRuntime = defineRule({
  meta: {
    id: "live-container-runtime",
    family: "live",
    severity: "error",
    title: "Nodes run a container runtime the cluster version no longer supports (Docker from 1.24, containerd 1.x from 1.36)"
  },
  check(context) {
    return [
      ...perGroup(
        context,
        (m24) => m24.after !== null && compareKubeVersions(m24.after, { major: 1, minor: 24 }) >= 0,
        (group) => group.runtimes.some((runtime) => runtime.startsWith("docker://")),
        (group) => `${group.kind} group ${group.name} runs ${group.runtimes.join(", ")} (live); dockershim is gone from Kubernetes 1.24: replace these nodes with containerd ones.`,
        "docker"
      ),
      ...perGroup(
        context,
        (m24) => m24.after !== null && compareKubeVersions(m24.after, { major: 1, minor: 36 }) >= 0,
        (group) => group.runtimes.some((runtime) => CONTAINERD_1.test(runtime)),
        (group) => `${group.kind} group ${group.name} runs ${group.runtimes.join(", ")} (live); Kubernetes 1.35 was the last version to support containerd 1.x, and 1.36 needs containerd 2.0 or later: move these nodes to an AMI release that ships containerd 2 before the upgrade.`,
        "containerd-1"
      )
    ];
  }
});

// src/rules/live/live-kernel.ts
var liveKernel = defineRule({
  meta: {
    id: "live-kernel",
    family: "live",
    severity: "warning",
    title: "Nodes run a Linux kernel older than 5.4"
  },
  check(context) {
    const old = (kernel) => {
      const [major, minor3] = kernel.split(".").map(Number);
      return major !== void 0 && minor3 !== void 0 && (major < 5 || major === 5 && minor3 < 4);
    };
    return perGroup(
      context,
      () => true,
      (group) => group.kernels.some(old),
      (group) => `${group.kind} group ${group.name} runs kernel ${group.kernels.join(", ")} (live); current EKS AMIs ship 5.10 or newer, and cgroup v2 and recent kubelet features need newer kernels. Roll the nodes onto a current AMI.`,
      "kernel"
    );
  }
});

// src/knowledge/skew.ts
function maxKubeletSkew(controlPlane) {
  return controlPlane.major === 1 && controlPlane.minor < 28 ? 2 : 3;
}

// src/rules/live/live-node-skew.ts
var liveNodeSkew = defineRule({
  meta: {
    id: "live-node-skew",
    family: "live",
    severity: "error",
    title: "Running nodes would be outside the version-skew policy after the change"
  },
  check(context) {
    return matched(context).flatMap((m24) => {
      const after = m24.after;
      if (!after) return [];
      const allowed = maxKubeletSkew(after);
      return m24.view.nodeGroups.flatMap((group) => {
        const reports = [];
        const one = group.nodes === 1;
        const label = `${group.nodes} ${one ? "node" : "nodes"} of ${group.kind} group ${group.name} ${one ? "runs" : "run"}`;
        if (group.oldest && minorDistance(group.oldest, after) > allowed) {
          reports.push({
            message: `${label} kubelet ${formatKubeVersion(group.oldest)} (live); with the control plane at ${formatKubeVersion(after)} ${one ? "it" : "they"} would be ${minorDistance(group.oldest, after)} minors behind, more than the ${allowed} allowed. Upgrade ${one ? "it" : "them"} to at least ${formatKubeVersion(addMinors(after, -allowed))} first.`,
            at: groupAt(m24, group),
            cluster: m24.pair.head.id,
            subject: `live:node-group:${group.name}:old`
          });
        }
        if (group.newest && compareKubeVersions(group.newest, after) > 0) {
          reports.push({
            message: `${label} kubelet ${formatKubeVersion(group.newest)} (live), newer than the control plane would be (${formatKubeVersion(after)}).`,
            at: groupAt(m24, group),
            cluster: m24.pair.head.id,
            subject: `live:node-group:${group.name}:new`
          });
        }
        return reports;
      });
    });
  }
});

// src/rules/live/live-os-image.ts
var liveOsImage = defineRule({
  meta: {
    id: "live-os-image",
    family: "live",
    severity: "notice",
    title: "Nodes run an OS image that is not an EKS-optimized family"
  },
  check(context) {
    return perGroup(
      context,
      () => true,
      (group) => group.kind !== "fargate" && group.osImages.some((os) => !/^(Amazon Linux|Bottlerocket|Ubuntu|Windows)/i.test(os)),
      (group) => `${group.kind} group ${group.name} runs ${group.osImages.join(", ")} (live), not an EKS-optimized family (AL2023, Bottlerocket, Ubuntu EKS, Windows): the gate cannot vouch for its kubelet and runtime across upgrades.`,
      "os"
    );
  }
});

// src/rules/live/live-unavailable.ts
var liveUnavailable = defineRule({
  meta: {
    id: "live-unavailable",
    family: "live",
    severity: "warning",
    title: "The live cluster could not be read, or only partly"
  },
  check(context) {
    if (!context.live) return [];
    const reports = context.live.errors.map((message, i) => ({
      message: `Live cluster: ${message}. The static checks still ran.`,
      at: NOWHERE,
      subject: `live:error:${i}`
    }));
    for (const { view, clusterId } of context.live.clusters) {
      const at2 = context.clusters.find((p) => p.head.id === clusterId)?.head.version.at ?? NOWHERE;
      view.problems.forEach(
        (problem, i) => reports.push({
          message: `Live cluster ${view.name}: ${problem}. The static checks still ran.`,
          at: at2,
          subject: `live:${view.name}:${i}`
        })
      );
      if (!clusterId) {
        const names = context.clusters.map((p) => p.head.name).join(", ");
        reports.push({
          message: `The live cluster "${view.name}" matches none of the declared clusters (${names || "none"}), so it was not compared with them; set live-cluster to one of them.`,
          at: at2,
          subject: `live:${view.name}:unmatched`
        });
      }
    }
    return reports;
  }
});

// src/rules/live/live-version-drift.ts
var liveVersionDrift = defineRule({
  meta: {
    id: "live-version-drift",
    family: "live",
    severity: "warning",
    title: "The declared control-plane version differs from what the cluster runs"
  },
  check(context) {
    return matched(context).flatMap((m24) => {
      const live = m24.view.version;
      const head = m24.pair.head.version.status === "resolved" ? m24.pair.head.version.value : null;
      if (!live || !head) return [];
      const ahead = minorDistance(live, head);
      if (ahead === 0 || ahead === 1) return [];
      const name = m24.pair.head.name;
      const message = ahead < 0 ? `Cluster ${name} runs ${formatKubeVersion(live)} (live, ${m24.view.context}) but this change declares ${formatKubeVersion(head)}: applying it would try a downgrade. Bring the declaration up to ${formatKubeVersion(live)}.` : `Cluster ${name} runs ${formatKubeVersion(live)} (live, ${m24.view.context}) but this change declares ${formatKubeVersion(head)}, ${ahead} minor versions ahead of what runs; EKS upgrades one minor at a time. Go to ${formatKubeVersion(addMinors(live, 1))} first.`;
      return [{ message, at: m24.at, cluster: m24.pair.head.id, subject: "live:version" }];
    });
  }
});

// src/rules/nodes/managed-node-group-behind-control-plane.ts
var managedNodeGroupBehindControlPlane = defineRule({
  meta: {
    id: "managed-node-group-behind-control-plane",
    family: "nodes",
    severity: "error",
    title: "A control-plane upgrade while managed node groups (or Fargate profiles) are not at the current control-plane version"
  },
  check({ clusters }) {
    return clusters.flatMap((pair) => {
      const move = transition(pair);
      if (!move || compareKubeVersions(move.to, move.from) <= 0) return [];
      return pair.head.nodeGroups.flatMap((group) => {
        if (group.kind !== "managed" && group.kind !== "fargate") return [];
        const before = findGroup(pair.base, group.name) ?? group;
        const version = pinned(before.version);
        if (!version || compareKubeVersions(version, move.from) >= 0) return [];
        const from = formatKubeVersion(move.from);
        return [
          {
            message: `EKS will refuse to upgrade the control plane of ${pair.head.name} to ${formatKubeVersion(move.to)}: ${group.kind === "fargate" ? "Fargate profile" : "managed node group"} ${group.name} is at ${formatKubeVersion(version)}, and managed node groups must match the control plane (${from}) before it is upgraded. Upgrade ${group.name} to ${from} in a change of its own first.`,
            at: group.version.at,
            cluster: pair.head.id,
            subject: `node-group:${group.name}`
          }
        ];
      });
    });
  }
});

// src/rules/nodes/node-group-newer-than-control-plane.ts
var nodeGroupNewerThanControlPlane = defineRule({
  meta: {
    id: "node-group-newer-than-control-plane",
    family: "nodes",
    severity: "error",
    title: "A node group declares a Kubernetes version newer than its control plane"
  },
  check({ clusters }) {
    return clusters.flatMap(({ head }) => {
      const controlPlane = head.version.value;
      if (!controlPlane) return [];
      return head.nodeGroups.flatMap((group) => {
        const version = group.version.value;
        if (!version || group.version.status !== "resolved") return [];
        if (minorDistance(controlPlane, version) <= 0) return [];
        return [
          {
            message: `Node group ${group.name} is at ${formatKubeVersion(version)}, newer than the control plane of ${head.name} (${formatKubeVersion(controlPlane)}). Kubelets may not be newer than the API server: upgrade the control plane first, or set the node group to ${formatKubeVersion(controlPlane)}.`,
            at: group.version.at,
            cluster: head.id,
            subject: `node-group:${group.name}`
          }
        ];
      });
    });
  }
});

// src/rules/nodes/node-group-skew.ts
var nodeGroupSkew = defineRule({
  meta: {
    id: "node-group-skew",
    family: "nodes",
    severity: "error",
    title: "A node group is older than the version-skew policy allows (\u22123 from 1.28, \u22122 before)"
  },
  check({ clusters }) {
    return clusters.flatMap((pair) => {
      const { head } = pair;
      const move = transition(pair);
      const controlPlane = head.version.value;
      if (!controlPlane) return [];
      const allowed = maxKubeletSkew(controlPlane);
      return head.nodeGroups.flatMap((group) => {
        const version = group.version.value;
        if (!version || group.version.status !== "resolved") return [];
        const behind = minorDistance(version, controlPlane);
        if (behind <= allowed) return [];
        const oldest = formatKubeVersion(addMinors(controlPlane, -allowed));
        const order = move && minorDistance(move.from, move.to) > 0 ? ` before the control plane moves to ${formatKubeVersion(controlPlane)}` : "";
        return [
          {
            message: `Node group ${group.name} is at ${formatKubeVersion(version)}, ${Number.isFinite(behind) ? `${behind} minor versions` : "a major version"} behind the control plane of ${head.name} (${formatKubeVersion(controlPlane)}); with a ${formatKubeVersion(controlPlane)} control plane kubelets may trail by at most ${allowed}. Upgrade the node group to at least ${oldest}${order}.`,
            at: group.version.at,
            cluster: head.id,
            subject: `node-group:${group.name}`
          }
        ];
      });
    });
  }
});

// src/rules/tool/knowledge-stale.ts
var STALE_AFTER_DAYS = 180;
var knowledgeStale = defineRule({
  meta: {
    id: "knowledge-stale",
    family: "tool",
    severity: "notice",
    title: `The embedded EKS data is more than ${STALE_AFTER_DAYS} days old`
  },
  check({ clusters, knowledge, today }) {
    const age = daysBetween(knowledge.dataDate, today);
    const first = clusters[0]?.head;
    if (age <= STALE_AFTER_DAYS || !first) return [];
    return [
      {
        message: `The EKS data this gate uses is from ${knowledge.dataDate} (${age} days ago): newer versions, AMIs and add-on builds may be missing. Update the action, or pass a knowledge-file.`,
        at: first.version.at,
        subject: "knowledge"
      }
    ];
  }
});

// src/rules/tool/suppression-expired.ts
var suppressionExpired = defineRule({
  meta: {
    id: "suppression-expired",
    family: "tool",
    severity: "warning",
    title: "A suppression in the configuration file has expired and no longer applies"
  },
  check({ expiredSuppressions }) {
    return (expiredSuppressions ?? []).map((entry) => ({
      message: `The suppression of ${entry.rule} ("${entry.reason}") expired on ${entry.expires} and no longer applies. Fix the findings, or extend it with a new reason.`,
      at: entry.at,
      subject: `suppression:${entry.rule}:${entry.at.line}`
    }));
  }
});

// src/rules/tool/unassigned-component.ts
var unassignedComponent = defineRule({
  meta: {
    id: "unassigned-component",
    family: "tool",
    severity: "notice",
    title: "A component, node class or deprecated API could not be tied to one cluster"
  },
  check({ inventory, knowledge }) {
    const unassigned = inventory.unassigned;
    if (!unassigned) return [];
    const how = inventory.clusters.length === 0 ? "no cluster is declared in the files the gate read; check the path, or add an assign entry to the configuration file" : "several clusters are declared and none in its directory or above; add an assign entry to the configuration file";
    const tracked = unassigned.apis.filter(
      (api) => knowledge.removedApis.some(
        (entry) => entry.apiVersion === api.apiVersion && entry.kinds.includes(api.kind)
      )
    );
    return [
      ...unassigned.components.map((component) => ({
        message: `Could not tell which cluster ${component.name} (${component.image ?? component.chart ?? component.version.value}) belongs to: ${how}.`,
        at: component.at,
        subject: `component:${component.at.file}:${component.name}`
      })),
      ...unassigned.nodeGroups.map((group) => ({
        message: `Could not tell which cluster the Karpenter node class ${group.name} belongs to: ${how}.`,
        at: group.at,
        subject: `node-class:${group.at.file}:${group.name}`
      })),
      ...tracked.map((api) => ({
        message: `Could not tell which cluster ${api.kind} ${api.name ?? ""} (${api.apiVersion}, deprecated or removed in some version) belongs to: ${how}.`,
        at: api.at,
        subject: `api:${api.at.file}:${api.kind}:${api.name ?? ""}`
      }))
    ];
  }
});

// src/rules/tool/cluster-unreadable.ts
function hiddenOnHead(inventory, file) {
  const problem = inventory.problems.find((p) => p.at.file === file);
  if (problem)
    return { at: problem.at, why: `which the gate cannot read on the head (${problem.message})` };
  const unread = inventory.unread?.find((entry) => entry.file === file);
  if (!unread) return void 0;
  return {
    at: sourceRef(unread.now, 1, 1),
    why: unread.now === file ? `which the head's configuration no longer reads (${unread.reason})` : `which this change moved to ${unread.now}, where the gate does not read it (${unread.reason})`
  };
}
var clusterUnreadable = defineRule({
  meta: {
    id: "cluster-unreadable",
    family: "tool",
    severity: "error",
    title: "The file that declared a cluster on the base is not read on the head"
  },
  check({ removed = [], inventory }) {
    return removed.flatMap((cluster) => {
      const hidden = hiddenOnHead(inventory, cluster.source.file);
      return hidden ? [
        {
          message: `Cluster ${cluster.name} was declared in ${cluster.source.file} on the base, ${hidden.why}; what it now declares is unchecked. If the cluster still exists, keep its configuration where the gate reads it (a .tf, .yaml or .json name; include or hidden-directories in the configuration); if it is gone, delete the file.`,
          at: hidden.at,
          subject: `unreadable:${cluster.id}`
        }
      ] : [];
    });
  }
});

// src/rules/tool/cluster-removed.ts
var clusterRemoved = defineRule({
  meta: {
    id: "cluster-removed",
    family: "tool",
    severity: "warning",
    title: "A cluster the base declares is gone from the head"
  },
  check({ removed = [], inventory }) {
    return removed.filter((cluster) => !hiddenOnHead(inventory, cluster.source.file)).map((cluster) => ({
      message: `Cluster ${cluster.name}${cluster.version.value ? ` (${formatKubeVersion(cluster.version.value)})` : ""}, declared on the base at ${cluster.source.file}:${cluster.source.line}, is not in the head. If the change deletes it, this is expected; if its configuration moved where the gate does not read (a skipped or hidden directory, a renamed file), it is no longer checked: add an include glob.`,
      at: NOWHERE,
      subject: `removed:${cluster.id}`
    }));
  }
});

// src/rules/tool/unreadable-file.ts
var unreadableFile = defineRule({
  meta: {
    id: "unreadable-file",
    family: "tool",
    severity: "warning",
    title: "A file could not be read, so the versions it declares were not checked"
  },
  check({ inventory }) {
    return inventory.problems.map((problem) => ({
      message: problem.message,
      at: problem.at,
      subject: `file:${problem.at.file}`
    }));
  }
});

// src/rules/tool/unresolved-value.ts
function declaredValues(cluster) {
  return [
    ["the control-plane version", "version", cluster.version],
    ...cluster.nodeGroups.flatMap((group) => [
      [
        `the version of node group ${group.name}`,
        `node-group:${group.name}:version`,
        group.version
      ],
      [
        `the release version of node group ${group.name}`,
        `node-group:${group.name}:release`,
        group.releaseVersion
      ],
      [
        `the AMI family of node group ${group.name}`,
        `node-group:${group.name}:ami-family`,
        group.amiFamily
      ],
      [
        `the AMI type of node group ${group.name}`,
        `node-group:${group.name}:ami-type`,
        group.amiType
      ]
    ]),
    ...cluster.addons.map((addon) => [
      `the version of add-on ${addon.name}`,
      `addon:${addon.name}`,
      addon.version
    ]),
    ...cluster.components.map((component) => [
      `the version of ${component.name}`,
      `component:${component.name}`,
      component.version
    ])
  ];
}
var unresolvedValue = defineRule({
  meta: {
    id: "unresolved-value",
    family: "tool",
    severity: "notice",
    title: "A version could not be resolved statically, so the rules could not check it"
  },
  check({ clusters }) {
    return clusters.flatMap(
      ({ head }) => declaredValues(head).filter(([, , declared]) => declared.status === "unresolved").map(([label, subject, declared]) => ({
        message: `Could not resolve ${label} in cluster ${head.name}` + (declared.expression ? ` from \`${shortText(declared.expression)}\`` : "") + (declared.note ? ` (${shortText(declared.note, 400)})` : "") + "; the version rules skipped it.",
        at: declared.at,
        cluster: head.id,
        subject
      }))
    );
  }
});

// src/rules/control-plane/version-written-as-number.ts
function shortest(written) {
  return written.includes(".") ? written.replace(/0+$/, "").replace(/\.$/, "") : written;
}
var versionWrittenAsNumber = defineRule({
  meta: {
    id: "version-written-as-number",
    family: "control-plane",
    severity: "error",
    title: "A version is written as a number, so 1.30 becomes 1.3"
  },
  check({ clusters }) {
    return clusters.flatMap(({ head }) => {
      const reports = [];
      const judge = (declared, what, subject) => {
        const written = declared.numberWritten;
        if (written === void 0 || declared.status !== "resolved") return;
        const sent = shortest(written);
        if (sent === written) return;
        reports.push({
          message: declared.at.file.endsWith(".yaml") || declared.at.file.endsWith(".yml") ? `${what} is the unquoted YAML number ${written}, which YAML reads as ${sent}. Quote it: version: "${written}".` : `${what} is the number ${written}, and Terraform converts a number to its shortest form: it sends "${sent}", not "${written}" (the gate reads it as ${formatKubeVersion(declared.value)}). Quote it: "${written}".`,
          at: declared.at,
          cluster: head.id,
          subject
        });
      };
      judge(head.version, `The version of cluster ${head.name}`, "version");
      for (const group of head.nodeGroups)
        judge(group.version, `The version of node group ${group.name}`, `node-group:${group.name}`);
      return reports;
    });
  }
});

// src/rules/index.ts
var RULES = [
  // control plane
  controlPlaneSkipsMinor,
  controlPlaneDowngrade,
  versionWrittenAsNumber,
  controlPlaneEndOfSupport,
  controlPlaneExtendedSupport,
  controlPlaneSupportEnding,
  // nodes
  nodeGroupNewerThanControlPlane,
  nodeGroupSkew,
  managedNodeGroupBehindControlPlane,
  // AMIs
  amiFamilyUnsupported,
  amiFamilyEndOfLife,
  amiReleaseMismatch,
  amiCustomUnverified,
  dockerRuntime,
  al2023BootstrapScript,
  kubeletFlagRemoved,
  amiContainerdTooOld,
  // add-ons
  kubeProxySkew,
  kubeProxyMinorMismatch,
  kubeProxyTagVariant,
  vpcCniMinimum,
  vpcCniBelowRecommended,
  vpcCniMinorJump,
  corednsTooOld,
  corednsOutdated,
  addonNotMoved,
  addonIncompatible,
  addonFloating,
  addonFieldConflicts,
  // components and APIs
  clusterAutoscalerMismatch,
  karpenterUnsupported,
  apiRemoved,
  apiDeprecated,
  // the live cluster
  liveVersionDrift,
  liveNodeSkew,
  liveAddonVersions,
  liveAl2Nodes,
  liveContainerRuntime,
  liveKernel,
  liveOsImage,
  liveUnavailable,
  // the tool itself
  unresolvedValue,
  unreadableFile,
  clusterUnreadable,
  clusterRemoved,
  versionUnknownToData,
  knowledgeStale,
  suppressionExpired,
  unassignedComponent
];

// src/rules/run-rules.ts
function pairClusters(head, base, moves) {
  return pairsOf(head, matchClusters(head, base, moves));
}
function pairsOf(head, matched2) {
  return head.clusters.map((cluster) => {
    const before = matched2.get(cluster.id);
    return before ? { head: cluster, base: before } : { head: cluster };
  });
}
function runRules(input) {
  const rules = (input.rules ?? RULES).filter((rule) => input.config.rules[rule.meta.id] !== "off");
  const context = (inventory, clusters) => ({
    clusters,
    inventory,
    knowledge: input.knowledge,
    today: input.today,
    ...input.targetVersion && { targetVersion: input.targetVersion }
  });
  const expired = input.config.ignore.filter((entry) => isExpired(entry, input.today));
  const matched2 = matchClusters(input.head, input.base, input.moves);
  const paired = new Set(matched2.values());
  const removed = (input.base?.clusters ?? []).filter((cluster) => !paired.has(cluster));
  const headContext = {
    ...context(input.head, pairsOf(input.head, matched2)),
    ...removed.length > 0 && { removed },
    expiredSuppressions: expired,
    ...input.live && { live: input.live }
  };
  const baseContext = input.base ? context(input.base, pairClusters(input.base)) : void 0;
  const headIdOf = new Map([...matched2].map(([id, before]) => [before.id, id]));
  const moves = input.moves ?? NO_MOVES;
  const existing = /* @__PURE__ */ new Map();
  if (baseContext) {
    for (const rule of rules) {
      for (const report of rule.check(baseContext))
        existing.set(
          fingerprint(rule, {
            ...report,
            // A base cluster no head cluster is (removed, or replaced in place by a
            // new name or region) matches nothing, even where the head reuses its id.
            ...report.cluster !== void 0 && {
              cluster: headIdOf.get(report.cluster) ?? `replaced:${report.cluster}`
            },
            subject: report.subject.split(":").map((part) => movedPath(moves, part)).join(":")
          }),
          { rule, report }
        );
    }
  }
  const severityOf = (rule) => {
    const setting = input.config.rules[rule.meta.id];
    return setting && setting !== "off" ? setting : rule.meta.severity;
  };
  const findings = [];
  for (const rule of rules) {
    const severity = severityOf(rule);
    for (const report of rule.check(headContext)) {
      const print = fingerprint(rule, report);
      findings.push({
        ruleId: rule.meta.id,
        severity,
        message: report.message,
        file: report.at.file,
        line: report.at.line,
        column: report.at.column,
        ...report.cluster !== void 0 && { cluster: report.cluster },
        fingerprint: print,
        ...report.suggestion && { suggestion: report.suggestion },
        new: baseContext ? !existing.has(print) : true,
        suppressed: false,
        blocking: false,
        docs: rule.meta.docs
      });
    }
  }
  const present = new Set(findings.map((finding) => finding.fingerprint));
  const names = new Map(input.head.clusters.map((cluster) => [cluster.id, cluster.name]));
  worstCase(findings, input.head);
  const suppressions = applySuppressions(
    findings,
    input.sources ?? /* @__PURE__ */ new Map(),
    input.config.ignore,
    input.today,
    names,
    configIsTrusted(input.config) ? directivesOnBase(input.baseSources ?? /* @__PURE__ */ new Map(), input.moves ?? NO_MOVES) : void 0
  );
  const judged = suppressions.findings.map((finding) => ({
    ...finding,
    blocking: blocks(finding, input.config)
  }));
  const fixed = [...existing].filter(([print]) => !present.has(print)).map(([, { rule, report }]) => ({
    ruleId: rule.meta.id,
    severity: severityOf(rule),
    message: report.message,
    file: report.at.file,
    line: report.at.line,
    ...report.cluster !== void 0 && { cluster: report.cluster }
  }));
  return {
    findings: sortFindings(judged),
    fixed,
    ...suppressions.untrusted.length > 0 && { untrustedSuppressions: suppressions.untrusted }
  };
}
function directivesOnBase(baseSources, moves) {
  const baseName = new Map([...moves.files].map(([from, to]) => [to, from]));
  const keys = /* @__PURE__ */ new Map();
  return (file, directive) => {
    const name = baseName.get(file) ?? file;
    let found = keys.get(name);
    if (!found) {
      found = new Set([...inlineDirectives(baseSources.get(name) ?? "").values()].map(directiveKey));
      keys.set(name, found);
    }
    return found.has(directiveKey(directive));
  };
}
function worstCase(findings, head) {
  const ambiguous = new Map((head.ambiguous ?? []).map((entry) => [entry.file, entry.clusters]));
  if (ambiguous.size === 0) return;
  const kept = /* @__PURE__ */ new Map();
  const drop = /* @__PURE__ */ new Set();
  findings.forEach((finding, index) => {
    const candidates = ambiguous.get(finding.file);
    if (!candidates) return;
    const key = [finding.ruleId, finding.file, finding.line, finding.column].join("|");
    const previous = kept.get(key);
    if (previous === void 0 || !findings[previous].new && finding.new) {
      if (previous !== void 0) drop.add(previous);
      kept.set(key, index);
    } else drop.add(index);
    findings[index] = {
      ...finding,
      message: `${finding.message} This file is not tied to one cluster, so it was judged against each it could serve (${candidates.join(", ")}); an assign entry for ${finding.file} in the configuration file says which.`
    };
  });
  for (const index of [...drop].sort((a, b) => b - a)) findings.splice(index, 1);
}
function fingerprint(rule, report) {
  return [rule.meta.id, report.cluster ?? "", report.subject].join("|");
}
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => Number(b.new) - Number(a.new) || severityRank(b.severity) - severityRank(a.severity) || byCodeUnit(a.file, b.file) || a.line - b.line || byCodeUnit(a.ruleId, b.ruleId)
  );
}
function byCodeUnit(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function blocks(finding, config) {
  if (config.failOn === "never" || finding.suppressed) return false;
  if (!finding.new && !config.failOnExisting) return false;
  return severityRank(finding.severity) >= severityRank(config.failOn);
}

// src/plan/upgrade-plan.ts
function editAt(value, owner) {
  const written = value.status === "resolved" || value.status === "policy";
  const at2 = written ? value.at : owner;
  return { file: at2.file, line: at2.line, declared: written };
}
var CORE_ADDONS = ["kube-proxy", "coredns", "vpc-cni"];
function buildUpgradePlan(cluster, from, to, findings, knowledge) {
  if (compareKubeVersions(to, from) <= 0) return null;
  const steps = findings.filter(
    (f) => f.cluster === cluster.id && f.severity === "error" && !f.suppressed && f.ruleId !== "control-plane-skips-minor"
  ).map((finding) => ({
    kind: "preflight",
    text: `Resolve first: ${finding.message} (${finding.file}:${finding.line})`
  }));
  for (let i = 0; i < minorDistance(from, to); i++) {
    const next = addMinors(from, i + 1);
    if (compareKubeVersions(next, newestKnown(knowledge)) > 0) {
      steps.push({
        kind: "review",
        hop: `${formatKubeVersion(addMinors(from, i))} \u2192 ${formatKubeVersion(to)}`,
        text: `Plan the rest when the EKS data knows ${formatKubeVersion(next)}: the data ends at ${formatKubeVersion(newestKnown(knowledge))}; check the version, or add newer versions with a knowledge-file`
      });
      break;
    }
    const hop = `${formatKubeVersion(addMinors(from, i))} \u2192 ${formatKubeVersion(next)}`;
    const nextText = formatKubeVersion(next);
    const facts = versionInfo(knowledge, next);
    steps.push({
      kind: "control-plane",
      hop,
      text: `Upgrade the control plane of ${cluster.name} to ${nextText}`,
      version: nextText,
      ...editAt(cluster.version, cluster.version.at)
    });
    for (const note of facts?.upgradeNotes ?? []) {
      if (note.severity === "blocking" || note.severity === "warning")
        steps.push({ kind: "review", hop, text: `Check before ${nextText}: ${note.text}` });
    }
    for (const name of CORE_ADDONS) {
      const addon = cluster.addons.find((a) => a.name === name);
      const where2 = addon ? editAt(addon.version, addon.at) : { file: cluster.source.file, line: cluster.source.line, declared: false };
      steps.push(
        ...addonStep(cluster, name, next, hop, knowledge).map((step) => ({ ...step, ...where2 }))
      );
    }
    for (const group of cluster.nodeGroups) {
      const where2 = group.version.status === "resolved" ? editAt(group.version, group.at) : { file: group.at.file, line: group.at.line };
      steps.push({ ...nodeGroupStep(group, next, hop, knowledge), ...where2 });
    }
    const autoscaler = cluster.components.find((c) => c.name === "cluster-autoscaler");
    if (autoscaler) {
      steps.push({
        kind: "component",
        hop,
        subject: "cluster-autoscaler",
        text: `Move cluster-autoscaler to a v${nextText}.x image (its minor must match the cluster's)`,
        ...editAt(autoscaler.version, autoscaler.at)
      });
    }
  }
  return {
    cluster: cluster.id,
    name: cluster.name,
    from: formatKubeVersion(from),
    to: formatKubeVersion(to),
    steps
  };
}
function addonStep(cluster, name, next, hop, knowledge) {
  const addon = cluster.addons.find((a) => a.name === name);
  const facts = versionInfo(knowledge, next)?.addons;
  const nextText = formatKubeVersion(next);
  if (addon?.version.status === "policy") {
    return [
      {
        kind: "addon",
        hop,
        subject: name,
        text: `${name} (${addon.version.value}) picks its ${nextText} version when applied`
      }
    ];
  }
  if (name === "vpc-cni") {
    const minimum = vpcCniFloor(knowledge, next)?.minimum;
    const pinned2 = addon?.version.status === "resolved" && addon.version.value ? parseAddonVersion(addon.version.value) : null;
    const min = minimum ? parseAddonVersion(minimum) : null;
    if (pinned2 && min && compareAddonVersions(pinned2, min) < 0) {
      return [
        {
          kind: "addon",
          hop,
          subject: name,
          version: minimum,
          text: `Update vpc-cni to at least ${minimum} one minor at a time, before the control plane`
        }
      ];
    }
    return [];
  }
  const target = name === "kube-proxy" ? facts?.kubeProxy?.latestAddon : facts?.coredns?.latestAddon;
  if (!addon && !target) return [];
  const label = addon ? `Update the ${name} add-on` : `Update ${name}`;
  return [
    {
      kind: "addon",
      hop,
      subject: name,
      ...target && { version: target },
      text: target ? `${label} to ${target} (newest seen for ${nextText})` : `${label} to a version for ${nextText}`
    }
  ];
}
function nodeGroupStep(group, next, hop, knowledge) {
  const nextText = formatKubeVersion(next);
  if (group.kind === "fargate") {
    return {
      kind: "node-group",
      hop,
      subject: group.name,
      text: `Restart the pods of Fargate profile ${group.name} so they run on ${nextText}`
    };
  }
  const ami = group.amiType.value ?? group.amiFamily.value;
  const support = ami ? amiFamilySupport(knowledge, ami, next) : { status: "unknown" };
  if (support.status === "unsupported") {
    return {
      kind: "node-group",
      hop,
      subject: group.name,
      text: `Migrate node group ${group.name} from ${ami} to AL2023 or Bottlerocket: ${support.reason}`
    };
  }
  const facts = versionInfo(knowledge, next)?.amis;
  const bottlerocket = ami !== null && /bottlerocket/i.test(ami);
  const release = ami && /AL2023|AmazonLinux2023/i.test(ami) ? facts?.al2023LatestRelease ?? null : null;
  const how = group.kind === "managed" ? "Upgrade managed node group" : "Roll self-managed node group";
  const unknownFamily = !ami && compareKubeVersions(next, knowledge.al2LastMinor) > 0 ? ` (its AMI type is not declared: if it runs AL2, migrate it to AL2023 first, AL2 has no ${nextText} AMI)` : "";
  const ships = release ? knowledge.amiReleases[release]?.al2023 : void 0;
  const contents = ships ? [
    ships.containerd && `containerd ${ships.containerd}`,
    ships.kernel && `kernel ${ships.kernel}`
  ].filter(Boolean).join(", ") : "";
  const detail = release ? ` (AL2023 AMI release ${release}${contents ? `: ${contents}` : ""})` : bottlerocket ? ` (Bottlerocket aws-k8s-${nextText} variant)` : unknownFamily;
  return {
    kind: "node-group",
    hop,
    subject: group.name,
    ...release && { version: release },
    text: `${how} ${group.name} to ${nextText}${detail}`
  };
}

// src/plan/skew.ts
var minorOf = (version) => version ? formatKubeVersion(version) : null;
var KUBE_MINOR = /* @__PURE__ */ new Set(["kube-proxy", "cluster-autoscaler"]);
var addonMinor = (name, version) => {
  const parsed = version && KUBE_MINOR.has(name) ? parseAddonVersion(version) : null;
  return parsed ? `${parsed.major}.${parsed.minor}` : null;
};
function skewRows(head, base) {
  const rows = [
    {
      part: "control-plane",
      name: "Control plane",
      base: minorOf(base?.version.value),
      head: minorOf(head.version.value),
      baseMinor: minorOf(base?.version.value),
      headMinor: minorOf(head.version.value)
    }
  ];
  for (const group of head.nodeGroups) {
    const before = base?.nodeGroups.find((g) => g.name === group.name);
    rows.push({
      part: "node-group",
      name: group.name,
      kind: group.kind,
      base: minorOf(before?.version.value),
      head: minorOf(group.version.value),
      baseMinor: minorOf(before?.version.value),
      headMinor: minorOf(group.version.value)
    });
  }
  for (const addon of head.addons) {
    const before = base?.addons.find((a) => a.name === addon.name)?.version.value ?? null;
    const now = addon.version.value;
    rows.push({
      part: "addon",
      name: addon.name,
      base: before,
      head: now,
      baseMinor: addonMinor(addon.name, before),
      headMinor: addonMinor(addon.name, now)
    });
  }
  for (const name of new Set(head.components.map((c) => c.name))) {
    const version = (cluster) => cluster?.components.find((c) => c.name === name && c.version.value)?.version.value ?? null;
    rows.push({
      part: "component",
      name,
      base: version(base),
      head: version(head),
      baseMinor: addonMinor(name, version(base)),
      headMinor: addonMinor(name, version(head))
    });
  }
  return rows;
}

// builtin:node:path/posix?src/readers/index.ts
var m17 = __require("node:path/posix");
var posix_default3 = m17;

// builtin:node:path/posix?src/readers/assign.ts
var m18 = __require("node:path/posix");
var posix_default4 = m18;

// src/readers/assign.ts
var MAX_CANDIDATES = 12;
function clusterNameKey(name) {
  return name.replace(/\$\{(\w+)\}/g, "$$$1");
}
var NAME = String.raw`["']?([$\w{}.-]+)["']?`;
var HINTS = [
  new RegExp(String.raw`karpenter\.sh/discovery["']?\s*[:=]\s*${NAME}`, "g"),
  new RegExp(String.raw`\bcluster[-_]?[nN]ame["']?\s*[:=]\s*${NAME}`, "g"),
  new RegExp(String.raw`\bKarpenterNode(?:Role|InstanceProfile)-([$\w{}.-]+)`, "g"),
  new RegExp(String.raw`k8s\.io/cluster-autoscaler/((?!enabled\b)[$\w{}.-]+)`, "g"),
  new RegExp(String.raw`kubernetes\.io/cluster/([$\w{}.-]+)`, "g"),
  // An Argo CD Application's destination cluster, by the name it was registered under.
  // The keys before `name:` are bounded ({0,3}: server, namespace): an open-ended
  // repetition made a file of many `destination:` lines quadratic (seconds for 300 KB).
  new RegExp(
    String.raw`\bdestination:[ \t]*\n(?:[ \t]+(?!name:)\w+:.*\n){0,3}?[ \t]+name:[ \t]*${NAME}`,
    "g"
  )
];
function clusterHints(text) {
  const names = /* @__PURE__ */ new Set();
  for (const pattern of HINTS)
    for (const match of text.matchAll(pattern)) if (match[1]) names.add(clusterNameKey(match[1]));
  return names;
}
function mergeEksctlParts(clusters) {
  const eksctl = clusters.filter((cluster) => cluster.source.kind === "eksctl");
  const owners = /* @__PURE__ */ new Map();
  for (const cluster of eksctl.filter((c) => c.version.status !== "unspecified")) {
    const key = clusterNameKey(cluster.name);
    owners.set(key, [...owners.get(key) ?? [], cluster]);
  }
  const parts = /* @__PURE__ */ new Map();
  for (const cluster of eksctl.filter((c) => c.version.status === "unspecified")) {
    const owner = owners.get(clusterNameKey(cluster.name));
    if (owner?.length === 1) parts.set(owner[0].id, [...parts.get(owner[0].id) ?? [], cluster]);
  }
  const merged = new Set([...parts.values()].flat().map((part) => part.id));
  return clusters.filter((cluster) => !merged.has(cluster.id)).map((cluster) => {
    const extra = parts.get(cluster.id);
    if (!extra) return cluster;
    return {
      ...cluster,
      nodeGroups: [
        ...cluster.nodeGroups,
        ...extra.flatMap(
          (part) => part.nodeGroups.map((group) => followsControlPlane(group, cluster.version))
        )
      ],
      addons: [...cluster.addons, ...extra.flatMap((part) => part.addons)]
    };
  });
}
function assign(clusters, placed, rules, files, partial = false) {
  const decide = decider(clusters, rules, files, placed.deploys ?? [], partial);
  const owners = new Map(
    clusters.map((c) => [c.id, { components: [], nodeGroups: [], apis: [] }])
  );
  const unassigned = { components: [], nodeGroups: [], apis: [] };
  const ambiguous = /* @__PURE__ */ new Map();
  const place2 = (kind, items) => {
    for (const item of items) {
      const { clusters: found, certain } = decide(item.at.file);
      if (found.length === 0) unassigned[kind].push(item);
      if (!certain && found.length > 1 && !ambiguous.has(item.at.file))
        ambiguous.set(item.at.file, { file: item.at.file, clusters: found.map((c) => c.name) });
      for (const owner of found) owners.get(owner.id)[kind].push(item);
    }
  };
  place2("components", placed.components);
  place2("nodeGroups", placed.nodeGroups);
  place2("apis", placed.apis);
  return {
    clusters: clusters.map((cluster) => {
      const extra = owners.get(cluster.id);
      return {
        ...cluster,
        components: [...cluster.components, ...extra.components],
        nodeGroups: [
          ...cluster.nodeGroups,
          ...extra.nodeGroups.map((g) => followsControlPlane(g, cluster.version))
        ],
        apis: [...cluster.apis ?? [], ...extra.apis]
      };
    }),
    unassigned,
    ambiguous: [...ambiguous.values()]
  };
}
function decider(clusters, rules, files, deploys, partial) {
  const texts = new Map(files.map((file) => [file.path, file.text]));
  const dirOf2 = (file) => posix_default4.dirname(file) === "." ? "" : posix_default4.dirname(file);
  const byDir = /* @__PURE__ */ new Map();
  for (const cluster of clusters) {
    const dir = cluster.home ?? dirOf2(cluster.source.file);
    byDir.set(dir, [...byDir.get(dir) ?? [], cluster]);
  }
  const matchers = rules.map((rule) => ({
    rule,
    matcher: new Minimatch(rule.paths, { dot: true })
  }));
  const byName = /* @__PURE__ */ new Map();
  for (const cluster of clusters) {
    const key = clusterNameKey(cluster.name);
    byName.set(key, [...byName.get(key) ?? [], cluster]);
  }
  const nearest = (file) => {
    for (let dir = dirOf2(file); ; dir = dir.includes("/") ? posix_default4.dirname(dir) : "") {
      const here = byDir.get(dir);
      if (here) return here.length === 1 ? here[0] : void 0;
      if (dir === "") return void 0;
    }
  };
  const named = (file) => {
    const hints = clusterHints(texts.get(file) ?? "");
    return clusters.filter((cluster) => hints.has(clusterNameKey(cluster.name)));
  };
  const namedByPath = (file) => {
    const segments = new Set(dirOf2(file).split("/"));
    return [...segments].flatMap((segment) => byName.get(segment) ?? []);
  };
  const assigned = (file) => {
    const rule = matchers.find(({ matcher: matcher2 }) => matcher2.match(file))?.rule;
    if (!rule) return void 0;
    const owner = clusters.find((c) => c.id === rule.cluster) ?? clusters.find((c) => c.name === rule.cluster);
    return owner ? [owner] : [];
  };
  const only = (candidates) => candidates.length === 1 ? candidates : [];
  const nonEmpty = (candidates) => candidates.length > 0 ? candidates : void 0;
  const nearestOne = (file) => {
    const near = nearest(file);
    return near ? [near] : [];
  };
  const deployedBy = (file) => clusters.filter((c) => c.deploys?.some((d) => covers(d, file)));
  const definite = /* @__PURE__ */ new Map();
  const decided = /* @__PURE__ */ new Map();
  const certain = (file, visiting) => {
    const known = definite.get(file);
    if (known) return known;
    const steps = [
      () => deployedBy(file),
      () => nearestOne(file),
      () => only(named(file)),
      () => viaDeployers(file, visiting),
      () => only(namedByPath(file))
    ];
    let found = assigned(file);
    for (const step of steps) found ??= nonEmpty(step());
    found ??= [];
    definite.set(file, found);
    return found;
  };
  const viaDeployers = (file, visiting) => {
    if (visiting.has(file)) return [];
    const inner = new Set(visiting).add(file);
    const served = /* @__PURE__ */ new Set();
    for (const deploy of deploys)
      if (deploy.at.file !== file && covers(deploy.path, file))
        for (const cluster of certain(deploy.at.file, inner)) served.add(cluster);
    return [...served];
  };
  return (file) => {
    const known = decided.get(file);
    if (known) return known;
    const sure = certain(file, /* @__PURE__ */ new Set());
    let decision;
    if (sure.length > 0 || assigned(file)) decision = { clusters: sure, certain: true };
    else if (partial) decision = { clusters: [], certain: false };
    else if (clusters.length === 1) decision = { clusters, certain: true };
    else {
      const hinted = named(file);
      const candidates = hinted.length > 1 ? hinted : clusters;
      decision = { clusters: candidates.length > MAX_CANDIDATES ? [] : candidates, certain: false };
    }
    decided.set(file, decision);
    return decision;
  };
}

// src/readers/cloudformation.ts
function mayBeCloudFormation(file) {
  return /\.(ya?ml|json|template)$/i.test(file.path) && (file.text.includes("AWS::EKS::") || file.text.includes("Custom::AWSCDK-EKS-Cluster"));
}
function readCloudFormation(file) {
  const parsed = parseYaml(file);
  const clusters = [];
  for (const ctx of parsed.docs) {
    const resources = getNode(ctx, ctx.doc.contents, "Resources");
    if (!isMap(resources)) continue;
    const parameters = getNode(ctx, ctx.doc.contents, "Parameters");
    const value = (node, fallback) => resolveIntrinsic(ctx, node, parameters, fallback);
    const byLogicalId = /* @__PURE__ */ new Map();
    const entries = resources.items.map((pair) => ({
      id: scalarText(ctx, pair.key) ?? "",
      node: pair.value,
      at: nodeRef(ctx, pair.key)
    }));
    for (const { id, node, at: at2 } of entries) {
      const type = scalarText(ctx, getNode(ctx, node, "Type"));
      const props = getNode(ctx, node, "Properties");
      if (type === "AWS::EKS::Cluster" || type === "Custom::AWSCDK-EKS-Cluster") {
        const config = type === "AWS::EKS::Cluster" ? props : getNode(ctx, props, "Config");
        const versionValue = value(
          getNode(ctx, config, type === "AWS::EKS::Cluster" ? "Version" : "version"),
          at2
        );
        const nameValue = value(
          getNode(ctx, config, type === "AWS::EKS::Cluster" ? "Name" : "name"),
          at2
        );
        const cluster = {
          id: `cloudformation:${file.path}:${id}`,
          name: nameValue?.text ?? id,
          source: { kind: "cloudformation", file: file.path, line: at2.line },
          version: kubeVersion(
            versionValue,
            () => unspecified(at2, "Version is not set: EKS creates the cluster at its default version")
          ),
          nodeGroups: [],
          addons: [],
          components: []
        };
        byLogicalId.set(id, { cluster, nodeGroups: [], addons: [] });
      }
    }
    const ownerOf = (props) => {
      const clusterName = value(getNode(ctx, props, "ClusterName"), nodeRef(ctx, props));
      if (clusterName?.ref && byLogicalId.has(clusterName.ref))
        return byLogicalId.get(clusterName.ref);
      const byName = [...byLogicalId.values()].find(
        (entry) => clusterName?.text && entry.cluster.name === clusterName.text
      );
      return byName ?? (byLogicalId.size === 1 ? [...byLogicalId.values()][0] : void 0);
    };
    for (const { id, node, at: at2 } of entries) {
      const type = scalarText(ctx, getNode(ctx, node, "Type"));
      const props = getNode(ctx, node, "Properties");
      const owner = type?.startsWith("AWS::EKS::") && type !== "AWS::EKS::Cluster" ? ownerOf(props) : void 0;
      if (!owner) continue;
      if (type === "AWS::EKS::Nodegroup") {
        const amiType = stringValue(
          value(getNode(ctx, props, "AmiType"), at2),
          at2,
          "EKS's default AMI type"
        );
        const release = stringValue(
          value(getNode(ctx, props, "ReleaseVersion"), at2),
          at2,
          "the latest AMI release for the version"
        );
        const explicit = value(getNode(ctx, props, "Version"), at2);
        const releaseMinor = release.status === "resolved" && release.value ? kubeVersionFromRelease(release.value, releaseFamily(amiType.value)) : null;
        const inherited = inheritsControlPlane(owner.cluster.version, at2);
        const version = explicit ? kubeVersion(explicit, () => inherited) : releaseMinor ? {
          ...resolved(releaseMinor, release.at),
          note: `from the AMI release ${release.value}`
        } : inherited;
        const name = value(getNode(ctx, props, "NodegroupName"), at2)?.text ?? id;
        owner.nodeGroups.push({
          name,
          kind: "managed",
          at: at2,
          version,
          amiType,
          amiFamily: unspecified(at2, "see the AMI type"),
          releaseVersion: release,
          amiId: unspecified(at2, "the EKS-optimized AMI")
        });
      } else if (type === "AWS::EKS::Addon") {
        const name = value(getNode(ctx, props, "AddonName"), at2)?.text ?? id;
        owner.addons.push({
          name,
          at: at2,
          version: stringValue(
            value(getNode(ctx, props, "AddonVersion"), at2),
            at2,
            "EKS installs its default version for the cluster version"
          )
        });
      } else if (type === "AWS::EKS::FargateProfile") {
        const name = value(getNode(ctx, props, "FargateProfileName"), at2)?.text ?? id;
        owner.nodeGroups.push(
          nodeGroupWithoutAmi(
            { name, kind: "fargate", at: at2, version: inheritsControlPlane(owner.cluster.version, at2) },
            "Fargate manages the AMI"
          )
        );
      }
    }
    for (const entry of byLogicalId.values())
      clusters.push({ ...entry.cluster, nodeGroups: entry.nodeGroups, addons: entry.addons });
  }
  return { clusters, problems: [...parsed.problems] };
}
function resolveIntrinsic(ctx, node, parameters, fallback) {
  if (!node) return void 0;
  const at2 = nodeRef(ctx, node, fallback);
  const tag = isScalar(node) ? node.tag : void 0;
  const refName = tag === "!Ref" ? scalarText(ctx, node) : isMap(node) ? scalarText(ctx, getNode(ctx, node, "Ref")) : null;
  if (refName) {
    const parameter = getNode(ctx, parameters, refName);
    if (!parameter)
      return {
        text: null,
        at: at2,
        via: [],
        ref: refName,
        unresolved: `Ref ${refName} is not a parameter`
      };
    const defaultNode = getNode(ctx, parameter, "Default");
    const text2 = scalarText(ctx, defaultNode);
    if (text2 === null)
      return {
        text: null,
        at: at2,
        via: [],
        ref: refName,
        unresolved: `parameter ${refName} has no Default: it is set when the stack is deployed`
      };
    return { text: text2, at: nodeRef(ctx, defaultNode, at2), via: [at2, nodeRef(ctx, parameter)] };
  }
  if (tag && tag !== "!!str")
    return {
      text: null,
      at: at2,
      via: [],
      unresolved: `${tag} is evaluated by CloudFormation at deploy time`
    };
  if (isMap(node)) {
    const intrinsic = node.items.map((pair) => scalarText(ctx, pair.key)).find((key) => key?.startsWith("Fn::"));
    return {
      text: null,
      at: at2,
      via: [],
      unresolved: `${intrinsic ?? "a mapping"} is evaluated by CloudFormation at deploy time`
    };
  }
  const text = scalarText(ctx, node);
  return text === null ? { text: null, at: at2, via: [], unresolved: sourceText(ctx, node) } : { text, at: at2, via: [] };
}
function kubeVersion(value, whenAbsent) {
  if (!value) return whenAbsent();
  if (value.text === null)
    return unresolved(
      value.at,
      value.ref ? `!Ref ${value.ref}` : "",
      value.unresolved ?? "not a plain value"
    );
  const version = parseKubeVersion(value.text);
  return version ? resolved(version, value.at, value.via) : unresolved(value.at, value.text, `"${value.text}" is not a Kubernetes version`);
}
function stringValue(value, at2, absent) {
  if (!value) return unspecified(at2, absent);
  if (value.text === null)
    return unresolved(
      value.at,
      value.ref ? `!Ref ${value.ref}` : "",
      value.unresolved ?? "not a plain value"
    );
  return resolved(value.text, value.at, value.via);
}

// src/readers/eksctl/cluster-config.ts
function mayBeEksctl(file) {
  return /\.(ya?ml|json)$/i.test(file.path) && (file.text.includes("ClusterConfig") || hasQuotedEscape(file.text));
}
var VERSION_POLICIES = /* @__PURE__ */ new Set(["latest", "auto", "default"]);
var ADDON_VERSION = /^v?\d+\.\d+(\.\d+)?(-[0-9A-Za-z.-]+)?$/;
function readEksctl(file) {
  const parsed = parseYaml(file);
  const clusters = [];
  for (const ctx of parsed.docs) {
    const root = ctx.doc.contents;
    if (!isMap(root)) continue;
    const kind = scalarText(ctx, getNode(ctx, root, "kind"));
    const apiVersion = scalarText(ctx, getNode(ctx, root, "apiVersion")) ?? "";
    if (kind !== "ClusterConfig" || apiVersion !== "" && !apiVersion.startsWith("eksctl.io/"))
      continue;
    clusters.push(readClusterConfig(ctx, root));
  }
  return { clusters, problems: [...parsed.problems] };
}
function readClusterConfig(ctx, root) {
  const rootRef = nodeRef(ctx, root);
  const metadata = getNode(ctx, root, "metadata");
  const metadataRef = nodeRef(ctx, metadata, rootRef);
  const name = scalarText(ctx, getNode(ctx, metadata, "name")) ?? `document ${ctx.index + 1}`;
  const version = readVersion(
    ctx,
    metadata,
    "version",
    metadataRef,
    () => unspecified(
      metadataRef,
      "metadata.version is not set: eksctl creates the cluster at its own default version"
    )
  );
  const inherited = (at2) => inheritsControlPlane(version, at2);
  const region = scalarText(ctx, getNode(ctx, metadata, "region"));
  const nodeGroups = [
    ...seqItems(ctx, getNode(ctx, root, "managedNodeGroups")).map(
      (node) => readNodeGroup(ctx, node, "managed", inherited)
    ),
    ...seqItems(ctx, getNode(ctx, root, "nodeGroups")).map(
      (node) => readNodeGroup(ctx, node, "self-managed", inherited)
    ),
    ...seqItems(ctx, getNode(ctx, root, "fargateProfiles")).map(
      (node) => readFargateProfile(ctx, node, inherited)
    )
  ];
  const addons = seqItems(ctx, getNode(ctx, root, "addons")).map((node) => readAddon(ctx, node));
  return {
    id: `eksctl:${ctx.file}:${name}`,
    name,
    source: { kind: "eksctl", file: ctx.file, line: rootRef.line },
    ...region && isAwsRegion(region) && { region },
    version,
    nodeGroups,
    addons,
    components: []
  };
}
function readVersion(ctx, parent, key, parentRef, whenAbsent) {
  const value = valueOf(ctx, getPair(ctx, parent, key), parentRef);
  if (!value || isScalar(value.node) && value.node.value === null) return whenAbsent();
  const { node, at: at2, via } = value;
  const text = scalarText(ctx, node);
  if (text === null) {
    return unresolved(at2, sourceText(ctx, node), `${key} is not a plain value`);
  }
  if (VERSION_POLICIES.has(text.toLowerCase())) {
    return policy(null, at2, `"${text}": eksctl picks the version when it runs`, text);
  }
  const version = parseKubeVersion(text);
  if (!version)
    return unresolved(at2, text, `"${text}" is not a Kubernetes version (a template placeholder?)`);
  const plainNumber = isScalar(node) && typeof node.value === "number" && node.type === Scalar.PLAIN;
  const found = resolved(version, at2, via);
  return plainNumber ? { ...found, numberWritten: text } : found;
}
function valueOf(ctx, pair, parentRef) {
  if (!pair || pair.value === null) return void 0;
  const node = deref(ctx, pair.value);
  if (!node) return void 0;
  const aliased = isAlias(pair.value);
  return {
    node,
    at: nodeRef(ctx, node, parentRef),
    via: aliased ? [nodeRef(ctx, pair.value, parentRef)] : []
  };
}
function readString(ctx, parent, key, parentRef, absentNote, absentValue = null) {
  const value = valueOf(ctx, getPair(ctx, parent, key), parentRef);
  if (!value) return unspecified(parentRef, absentNote, absentValue);
  const { node, at: at2, via } = value;
  const text = scalarText(ctx, node);
  if (text === null) return unresolved(at2, sourceText(ctx, node), `${key} is not a plain value`);
  return resolved(text, at2, via);
}
function readNodeGroup(ctx, node, kind, inherited) {
  const nameNode = getNode(ctx, node, "name");
  const at2 = nodeRef(ctx, nameNode ?? node);
  const name = scalarText(ctx, nameNode) ?? `(unnamed ${kind} node group)`;
  const amiFamily = readString(
    ctx,
    node,
    "amiFamily",
    at2,
    "eksctl's default AMI family applies",
    "AmazonLinux2023"
  );
  const releaseVersion = kind === "managed" ? readString(
    ctx,
    node,
    "releaseVersion",
    at2,
    "the latest AMI release for the node group version"
  ) : unspecified(at2, "self-managed node groups have no release version");
  const ami = readString(ctx, node, "ami", at2, "eksctl resolves the EKS-optimized AMI");
  const amiId = ami.value !== null && !ami.value.startsWith("ami-") ? policy(ami.value, ami.at, `eksctl resolves the AMI ("${ami.value}")`) : ami;
  const explicit = getPair(ctx, node, "version");
  let version;
  if (explicit) {
    version = readVersion(ctx, node, "version", at2, () => inherited(at2));
  } else if (releaseVersion.status === "resolved") {
    version = versionFromRelease(releaseVersion.value, releaseVersion.at, amiFamily.value) ?? inherited(at2);
  } else if (amiId.status === "resolved") {
    version = unresolved(
      amiId.at,
      amiId.value,
      "custom AMI: its Kubernetes version cannot be read from the AMI id"
    );
  } else {
    version = inherited(at2);
  }
  return {
    name,
    kind,
    at: at2,
    version,
    amiType: unspecified(at2, "eksctl derives the AMI type from amiFamily and the instance type"),
    amiFamily,
    releaseVersion,
    amiId,
    ...getPair(ctx, node, "containerRuntime") && {
      containerRuntime: readString(ctx, node, "containerRuntime", at2, "not set")
    },
    ...userData(ctx, node)
  };
}
function userData(ctx, node) {
  const found = [
    writtenText(ctx, "overrideBootstrapCommand", getNode(ctx, node, "overrideBootstrapCommand")),
    ...seqItems(ctx, getNode(ctx, node, "preBootstrapCommands")).map(
      (item) => writtenText(ctx, "preBootstrapCommands", item)
    )
  ].filter((entry) => entry !== void 0);
  return found.length > 0 ? { userData: found } : {};
}
function versionFromRelease(release, at2, amiFamily) {
  const family = releaseFamily(amiFamily ?? "AmazonLinux2023");
  const version = family === "unknown" ? null : kubeVersionFromRelease(release, family);
  return version ? { ...resolved(version, at2), note: `from releaseVersion ${release}` } : null;
}
function readFargateProfile(ctx, node, inherited) {
  const nameNode = getNode(ctx, node, "name");
  const at2 = nodeRef(ctx, nameNode ?? node);
  const none = (what) => unspecified(at2, `Fargate manages the ${what}`);
  return {
    name: scalarText(ctx, nameNode) ?? "(unnamed Fargate profile)",
    kind: "fargate",
    at: at2,
    version: inherited(at2),
    amiType: none("AMI"),
    amiFamily: none("AMI"),
    releaseVersion: none("node release"),
    amiId: none("AMI")
  };
}
function readAddon(ctx, node) {
  const nameNode = getNode(ctx, node, "name");
  const at2 = nodeRef(ctx, nameNode ?? node);
  const name = scalarText(ctx, nameNode) ?? "(unnamed add-on)";
  const declared = readString(
    ctx,
    node,
    "version",
    at2,
    "EKS installs its default version for the cluster version"
  );
  let version = declared;
  if (declared.status === "resolved") {
    if (declared.value.toLowerCase() === "latest") {
      version = policy(
        "latest",
        declared.at,
        "eksctl installs the latest version for the cluster version"
      );
    } else if (!ADDON_VERSION.test(declared.value)) {
      version = unresolved(
        declared.at,
        declared.value,
        `"${declared.value}" is not an add-on version (a template placeholder?)`
      );
    }
  }
  const written = readString(ctx, node, "resolveConflicts", at2, "not set");
  const conflicts = written.status === "unspecified" ? unspecified(at2, "resolveConflicts is not set: eksctl's default, none", "none") : written;
  return {
    name,
    at: at2,
    version,
    resolveConflicts: { onCreate: conflicts, onUpdate: conflicts },
    configured: getPair(ctx, node, "configurationValues") !== void 0
  };
}

// builtin:node:path/posix?src/readers/k8s/helm.ts
var m19 = __require("node:path/posix");
var posix_default5 = m19;

// src/readers/k8s/helm.ts
function isChartFile(file) {
  return posix_default5.basename(file.path) === "Chart.yaml";
}
function isValuesFile(file) {
  return /^values[\w.-]*\.ya?ml$/i.test(posix_default5.basename(file.path));
}
function readChart(file) {
  const parsed = parseYaml(file);
  const components = [];
  for (const ctx of parsed.docs) {
    const root = ctx.doc.contents;
    if (!isMap(root)) continue;
    const nameNode = getNode(ctx, root, "name");
    const name = scalarText(ctx, nameNode);
    const appVersionNode = getNode(ctx, root, "appVersion");
    const versionNode = getNode(ctx, root, "version");
    if (name) {
      const component = componentFromChart(
        name,
        scalarText(ctx, versionNode) ?? void 0,
        scalarText(ctx, appVersionNode) ?? void 0,
        nodeRef(ctx, nameNode),
        nodeRef(ctx, appVersionNode ?? versionNode ?? nameNode)
      );
      if (component) components.push(component);
    }
    for (const dependency of seqItems(ctx, getNode(ctx, root, "dependencies"))) {
      const depName = getNode(ctx, dependency, "name");
      const depVersion = getNode(ctx, dependency, "version");
      const text = scalarText(ctx, depName);
      const component = text ? componentFromChart(
        text,
        scalarText(ctx, depVersion) ?? void 0,
        void 0,
        nodeRef(ctx, depName),
        nodeRef(ctx, depVersion ?? depName)
      ) : void 0;
      if (component) components.push(component);
    }
  }
  return { clusters: [], problems: [...parsed.problems], components };
}
function readValues(file, chartOf) {
  const chart = chartOf(posix_default5.dirname(file.path));
  if (!mentionsComponent(file.text) && !(chart && componentForChart(chart)))
    return { clusters: [], problems: [] };
  const parsed = parseYaml(file);
  const components = parsed.docs.flatMap(
    (ctx) => ctx.doc.contents ? componentsInValues(ctx, ctx.doc.contents, chart) : []
  );
  return { clusters: [], problems: [...parsed.problems], components };
}
function chartNames(files) {
  const names = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (!isChartFile(file)) continue;
    const name = /^name:\s*["']?([\w.-]+)["']?\s*$/m.exec(file.text)?.[1];
    if (name) names.set(posix_default5.dirname(file.path), name);
  }
  return names;
}

// builtin:node:path/posix?src/readers/k8s/kustomization.ts
var m20 = __require("node:path/posix");
var posix_default6 = m20;

// src/readers/k8s/kustomization.ts
function isKustomization(file) {
  return /(^|\/)(kustomization\.ya?ml|Kustomization)$/.test(file.path);
}
function readKustomization(file) {
  const parsed = parseYaml(file);
  const dir = posix_default6.dirname(file.path) === "." ? "" : posix_default6.dirname(file.path);
  const deploys = [];
  const add = (ctx, node) => {
    const text = scalarText(ctx, node);
    const target = text === null ? void 0 : repositoryPath(text, dir);
    if (target !== void 0) deploys.push({ path: target, at: nodeRef(ctx, node) });
  };
  for (const ctx of parsed.docs) {
    const root = ctx.doc.contents;
    for (const key of ["resources", "components", "bases", "patchesStrategicMerge"])
      for (const item of seqItems(ctx, getNode(ctx, root, key))) add(ctx, item);
    for (const patch of seqItems(ctx, getNode(ctx, root, "patches")))
      add(ctx, getNode(ctx, patch, "path"));
  }
  return { clusters: [], problems: [...parsed.problems], deploys };
}

// src/readers/index.ts
function fileReaders(files) {
  const charts = chartNames(files);
  return [
    { kind: () => "eksctl", accepts: mayBeEksctl, read: readEksctl },
    { kind: () => "cloudformation", accepts: mayBeCloudFormation, read: readCloudFormation },
    { kind: () => "chart", accepts: isChartFile, read: readChart },
    {
      // A values file is read in the light of its chart's name.
      kind: (file) => `values ${charts.get(posix_default3.dirname(file.path)) ?? ""}`,
      accepts: isValuesFile,
      read: (file) => readValues(file, (dir) => charts.get(dir))
    },
    { kind: () => "kustomization", accepts: isKustomization, read: readKustomization },
    { kind: () => "manifests", accepts: mayBeManifest, read: readManifests }
  ];
}
function readAhead(files, cache) {
  const readers = fileReaders(files);
  for (const file of files) {
    try {
      readWith(readers, file, cache);
    } catch {
    }
  }
}
function readWith(readers, file, cache) {
  const reader = readers.find((candidate) => candidate.accepts(file));
  if (!reader) return void 0;
  return cache ? cache.remember(reader.kind(file), file, () => reader.read(file)) : reader.read(file);
}
function readInventory(files, problems, options) {
  const readers = fileReaders(files);
  const clusters = [];
  const allProblems = [...problems];
  const placed = {
    components: [],
    nodeGroups: [],
    apis: [],
    deploys: []
  };
  const terraform = files.filter(isTerraformFile);
  const moved = [];
  if (terraform.length > 0) {
    if (!options.terraform)
      throw new Error("Terraform files were found but the Terraform reader was not loaded");
    const result2 = options.terraform.read(terraform, {
      varFiles: options.varFiles,
      ...options.cache && { cache: options.cache }
    });
    clusters.push(...result2.clusters);
    moved.push(...result2.moved);
    allProblems.push(...result2.problems);
    placed.components.push(...result2.components);
    placed.nodeGroups.push(...result2.nodeGroups);
    placed.apis.push(...result2.apis);
  }
  for (const file of files) {
    try {
      const result2 = readWith(readers, file, options.cache);
      if (!result2) continue;
      clusters.push(...result2.clusters);
      allProblems.push(...result2.problems);
      placed.components.push(...result2.components ?? []);
      placed.nodeGroups.push(...result2.nodeGroups ?? []);
      placed.apis.push(...result2.apis ?? []);
      placed.deploys.push(...result2.deploys ?? []);
    } catch (error) {
      allProblems.push({
        at: { file: file.path, line: 1, column: 1 },
        message: `Could not read ${file.path}: ${error instanceof Error ? error.message : String(error)}`
      });
    }
  }
  const assigned = assign(
    mergeEksctlParts(dedupeIds(clusters)),
    placed,
    options.assign ?? [],
    files,
    options.partial ?? false
  );
  return {
    clusters: assigned.clusters,
    unassigned: assigned.unassigned,
    problems: allProblems,
    filesScanned: files.length,
    ...assigned.ambiguous.length > 0 && { ambiguous: assigned.ambiguous },
    ...moved.length > 0 && { moved }
  };
}
function dedupeIds(clusters) {
  const seen = /* @__PURE__ */ new Map();
  return clusters.map((cluster) => {
    const count2 = seen.get(cluster.id) ?? 0;
    seen.set(cluster.id, count2 + 1);
    return count2 === 0 ? cluster : { ...cluster, id: `${cluster.id}#${count2 + 1}` };
  });
}

// src/readers/read-cache.ts
var ReadCache = class {
  entries = /* @__PURE__ */ new Map();
  /** How many reads were answered from the cache (for tests and the benchmark). */
  hits = 0;
  /** `kind` names the reading (and anything besides the file that it depends on). */
  remember(kind, file, read) {
    const key = `${kind}\0${file.path}`;
    const versions = this.entries.get(key);
    const entry = versions?.find((version) => version.text === file.text);
    if (entry) {
      this.hits++;
      return entry.value;
    }
    const value = read();
    const kept = { text: file.text, value };
    this.entries.set(key, versions ? [versions.at(-1), kept] : [kept]);
    return value;
  }
};

// src/readers/terraform/eks/terraform-plan.ts
var TYPES = /* @__PURE__ */ new Set(["aws_eks_cluster", "aws_eks_node_group", "aws_eks_addon"]);
function parseTerraformPlan(file, text, root) {
  const at2 = sourceRef(file, 1);
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      problem: {
        at: at2,
        message: `The plan file ${file} is not valid JSON (${error.message}); create it with "terraform show -json plan.out > ${file}"`
      }
    };
  }
  const changes = json?.resource_changes;
  if (typeof json !== "object" || json === null || !("format_version" in json) || changes !== void 0 && !Array.isArray(changes)) {
    return {
      problem: {
        at: at2,
        message: `The plan file ${file} is not the output of "terraform show -json" (no format_version / resource_changes)`
      }
    };
  }
  const resources = [];
  for (const change of changes ?? []) {
    if (change.mode !== "managed" || typeof change.type !== "string" || !TYPES.has(change.type) || typeof change.address !== "string")
      continue;
    const detail = change.change ?? {};
    resources.push({
      address: change.address,
      type: change.type,
      actions: Array.isArray(detail.actions) ? detail.actions : [],
      before: isRecord(detail.before) ? detail.before : null,
      after: isRecord(detail.after) ? detail.after : null,
      afterUnknown: isRecord(detail.after_unknown) ? detail.after_unknown : {}
    });
  }
  return { plan: { file, ...root !== void 0 && { root }, resources } };
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function applyTerraformPlan(head, base, plan) {
  const headClusters = [...head.clusters];
  const baseClusters = base ? [...base.clusters] : [];
  const planAt = sourceRef(plan.file, 1);
  for (const resource of plan.resources.filter((r) => r.type === "aws_eks_cluster")) {
    const index = matchCluster(headClusters, resource.address, plan.root);
    const current = index >= 0 ? headClusters[index] : void 0;
    const at2 = current?.version.at ?? planAt;
    const after = plannedVersion(resource, "after", at2);
    const before = plannedVersion(resource, "before", at2);
    const cluster = current ? { ...current, version: after ?? current.version } : {
      id: `terraform-plan:${plan.file}:${resource.address}`,
      name: stringField(resource.after, "name") ?? stringField(resource.before, "name") ?? resource.address,
      address: resource.address,
      source: { kind: "terraform-plan", file: plan.file, line: 1 },
      version: after ?? unresolved(planAt, resource.address, "the plan has no version for this cluster"),
      nodeGroups: [],
      addons: [],
      components: []
    };
    const deleted = resource.actions.length === 1 && resource.actions[0] === "delete";
    const withChildren = applyChildren(cluster, plan, resource.address, "after", deleted);
    if (index >= 0) headClusters.splice(index, 1, ...deleted ? [] : [withChildren]);
    else if (!deleted) headClusters.push(withChildren);
    if (before) {
      const baseIndex = baseClusters.findIndex((c) => c.id === cluster.id);
      const prior = baseIndex >= 0 ? baseClusters[baseIndex] : { ...cluster, nodeGroups: cluster.nodeGroups.map((g) => ({ ...g })) };
      const updated = applyChildren(
        { ...prior, version: before },
        plan,
        resource.address,
        "before",
        false
      );
      if (baseIndex >= 0) baseClusters[baseIndex] = updated;
      else baseClusters.push(updated);
    }
  }
  return {
    head: { ...head, clusters: headClusters },
    ...(base || baseClusters.length > 0) && {
      base: {
        clusters: baseClusters,
        problems: base?.problems ?? [],
        filesScanned: base?.filesScanned ?? 0
      }
    }
  };
}
function matchCluster(clusters, address, root) {
  let best = -1;
  let bestLength = -1;
  clusters.forEach((cluster, i) => {
    if (!cluster.address || root !== void 0 && !cluster.id.startsWith(`terraform:${root}:`) && !cluster.id.startsWith(`terraform:${root}[`))
      return;
    const plain2 = address.replace(/\[[^\]]*\]$/, "");
    const exact = cluster.address === address || cluster.address === plain2;
    const inside = address.startsWith(`${cluster.address}.`);
    if ((exact || inside) && cluster.address.length > bestLength) {
      best = i;
      bestLength = cluster.address.length;
    }
  });
  return best;
}
function plannedVersion(resource, side, at2) {
  const values = side === "after" ? resource.after : resource.before;
  if (side === "after" && resource.afterUnknown.version === true)
    return policy(
      null,
      at2,
      "the plan leaves version to AWS (after_unknown): EKS picks its default",
      "default"
    );
  const text = stringField(values, "version");
  if (!text) return void 0;
  const version = parseKubeVersion(text);
  return version ? { ...resolved(version, at2), note: `from the plan (${side})` } : unresolved(at2, text, `the plan's ${side} version is not a Kubernetes version`);
}
function plannedNodeGroup(name, at2, version) {
  return nodeGroupWithoutAmi({ name, kind: "managed", at: at2, version }, "not in the plan");
}
function stringField(values, key) {
  const value = values?.[key];
  return typeof value === "string" && value !== "" ? value : void 0;
}
function applyChildren(cluster, plan, clusterAddress, side, deleted) {
  if (deleted) return cluster;
  const scope = cluster.address && !cluster.address.startsWith("aws_eks_cluster") && !cluster.address.includes(".aws_eks_cluster.") ? `${cluster.address}.` : clusterAddress.replace(/aws_eks_cluster\..*$/, "");
  const belongs = (resource) => resource.address.startsWith(scope) || stringField(side === "after" ? resource.after : resource.before, "cluster_name") === cluster.name;
  const nodeGroups = [...cluster.nodeGroups];
  const addons = [...cluster.addons];
  for (const resource of plan.resources) {
    if (resource.type === "aws_eks_cluster" || !belongs(resource)) continue;
    const values = side === "after" ? resource.after : resource.before;
    if (!values) continue;
    if (resource.type === "aws_eks_node_group") {
      const key = /\["([^"]+)"\]\.aws_eks_node_group/.exec(resource.address)?.[1];
      const name = stringField(values, "node_group_name") ?? key ?? resource.address;
      const i = nodeGroups.findIndex(
        (g) => g.name === key || g.name === name || name.startsWith(`${g.name}-`)
      );
      const at2 = i >= 0 ? nodeGroups[i].version.at : sourceRef(plan.file, 1);
      const planned = plannedVersion(resource, side, at2);
      if (i >= 0) nodeGroups[i] = { ...nodeGroups[i], ...planned && { version: planned } };
      else
        nodeGroups.push(
          plannedNodeGroup(name, at2, planned ?? inheritsControlPlane(cluster.version, at2))
        );
    } else {
      const name = stringField(values, "addon_name") ?? resource.address;
      const text = stringField(values, "addon_version");
      const i = addons.findIndex((a) => a.name === name);
      const at2 = i >= 0 ? addons[i].version.at : sourceRef(plan.file, 1);
      if (!text) continue;
      const version = { ...resolved(text, at2), note: `from the plan (${side})` };
      if (i >= 0) addons[i] = { ...addons[i], version };
      else addons.push({ name, at: at2, version });
    }
  }
  return { ...cluster, nodeGroups, addons };
}

// src/engine.ts
var NO_BASE_NOTE = "No base to compare with: every finding counts as new.";
function readTrees(input) {
  const options = {
    varFiles: input.config.varFiles,
    assign: input.config.assign,
    ...input.terraform && { terraform: input.terraform },
    // The base read reuses what the head read parsed for every unchanged file.
    cache: input.cache ?? new ReadCache(),
    ...input.partial && { partial: true }
  };
  let head = readInventory(
    input.head.files,
    [...input.head.problems, ...input.terraformPlanProblems ?? []],
    options
  );
  if (input.head.unread) head = { ...head, unread: input.head.unread };
  let base = input.base ? readInventory(input.base.files, input.base.problems, options) : void 0;
  for (const plan of input.terraformPlans ?? [])
    ({ head, base } = applyTerraformPlan(head, base, plan));
  return base ? { head, base } : { head };
}
function runEngine(input, trees = readTrees(input)) {
  const { head, base } = trees;
  const sources = new Map(input.head.files.map((file) => [file.path, file.text]));
  const live = input.live ? {
    clusters: input.live.views.map((view) => ({
      view,
      ...matchLive(head, view, input.config.liveCluster)
    })),
    errors: input.live.errors
  } : void 0;
  const target = input.config.targetVersion ? parseKubeVersion(input.config.targetVersion) : null;
  const judged = target ? { head: atTarget(head, target), base: head } : { head, base };
  const moves = base && !target ? detectMoves(input.base?.files ?? [], input.head.files, head.moved ?? []) : NO_MOVES;
  const { findings, fixed, untrustedSuppressions } = runRules({
    sources,
    ...input.base && {
      baseSources: new Map(input.base.files.map((file) => [file.path, file.text]))
    },
    moves,
    head: judged.head,
    ...judged.base && { base: judged.base },
    knowledge: input.knowledge,
    config: input.config,
    today: input.today,
    ...target && { targetVersion: target },
    ...live && { live }
  });
  const transitions = [];
  const upgradePlans = [];
  for (const { head: cluster, base: before } of pairClusters(judged.head, judged.base, moves)) {
    const liveVersion = live?.clusters.find((c) => c.clusterId === cluster.id)?.view.version ?? void 0;
    const from = liveVersion ?? before?.version.value;
    const to = cluster.version.value;
    if (!from || !to || compareKubeVersions(from, to) === 0) continue;
    transitions.push({
      cluster: cluster.id,
      name: cluster.name,
      from: formatKubeVersion(from),
      to: formatKubeVersion(to),
      skew: skewRows(cluster, before)
    });
    const plan = buildUpgradePlan(cluster, from, to, findings, input.knowledge);
    if (plan) upgradePlans.push(plan);
  }
  const notes = [];
  const empty = !input.partial && head.clusters.length === 0 && (head.unassigned?.components.length ?? 0) === 0 && (head.unassigned?.nodeGroups.length ?? 0) === 0;
  if (empty)
    notes.push(
      `Nothing EKS-related was found in the ${head.filesScanned} ${head.filesScanned === 1 ? "file" : "files"} scanned: no cluster, node group or component. Check the path${input.config.failOnEmpty ? "" : ", or set fail-on-empty to fail the check when this happens"}.`
    );
  if (untrustedSuppressions) {
    const listed = untrustedSuppressions.slice(0, 5).map((at2) => `${at2.file}:${at2.line}`).join(", ");
    const more = untrustedSuppressions.length > 5 ? ` and ${untrustedSuppressions.length - 5} more` : "";
    notes.push(
      `Inline suppressions this change adds do not count yet (config-source: base): ${listed}${more}. They take effect once merged; to accept a finding now, add an ignore entry in a change of its own.`
    );
  }
  if (input.baseUnavailable) notes.push(`${input.baseUnavailable}; every finding counts as new.`);
  if (input.base?.description.fetched)
    notes.push(
      `The base commit ${input.base.description.commit?.slice(0, 12) ?? input.base.description.ref} was not in this checkout (a shallow clone) and was fetched from origin.`
    );
  if (!base && !input.baseUnavailable && !target) notes.push(NO_BASE_NOTE);
  const hidden = input.head.hiddenSkipped ?? [];
  if (hidden.length > 0) {
    const listed = hidden.slice(0, 10).join(", ") + (hidden.length > 10 ? ` and ${hidden.length - 10} more` : "");
    notes.push(
      `Hidden directories were not read: ${listed}. List the real ones under hidden-directories in the configuration file.`
    );
  }
  if (target) {
    notes.push(
      `target-version ${formatKubeVersion(target)}: findings show what would break at that version, compared with what the tree declares now.`
    );
  }
  if (!input.base && base)
    notes.push(
      'The base is the "before" state of the plan: findings it already has count as existing.'
    );
  return {
    head,
    ...base && { base },
    ...input.base && { baseDescription: input.base.description },
    ...live && { live },
    transitions,
    findings,
    fixed,
    upgradePlans,
    result: findings.some((finding) => finding.blocking) || empty && input.config.failOnEmpty ? "fail" : "pass",
    notes
  };
}
function atTarget(inventory, target) {
  return {
    ...inventory,
    clusters: inventory.clusters.map((cluster) => {
      const current = cluster.version.value;
      if (!current || cluster.version.status !== "resolved" || compareKubeVersions(current, target) >= 0)
        return cluster;
      return {
        ...cluster,
        version: {
          ...resolved(target, cluster.version.at, cluster.version.via),
          note: "target-version"
        },
        nodeGroups: cluster.nodeGroups.map(
          (group) => group.version.status === "unspecified" && group.version.value ? { ...group, version: { ...group.version, value: target } } : group
        )
      };
    })
  };
}
function matchLive(inventory, view, configured) {
  if (!view) return {};
  const clusters = inventory.clusters;
  const byConfig = configured ? clusters.find((c) => c.id === configured || c.name === configured) : void 0;
  const byName = clusters.filter((c) => sameIdentity(c, view));
  const match = byConfig ?? (byName.length === 1 ? byName[0] : clusters.length === 1 ? clusters[0] : void 0);
  return match ? { clusterId: match.id } : {};
}

// src/readers/terraform/load.ts
var loading;
function loadTerraformReader() {
  loading ??= load5();
  return loading;
}
async function load5() {
  const [{ readTerraform }, { loadHclParser }, { parseInPool }, { isParsedFile, PARSED }] = await Promise.all([
    import("./terraform-7XO2ZPSX.js"),
    import("./loader-FVYRUALA.js"),
    import("./parse-pool-65Y2HJOX.js"),
    import("./parse-file-3J3IBZFM.js")
  ]);
  const parser = await loadHclParser();
  return {
    read: (files, options) => readTerraform(files, parser, options),
    async parseAhead(trees, cache, threads, meanwhile) {
      const seen = /* @__PURE__ */ new Map();
      const distinct = trees.flatMap(
        (files) => files.filter((file) => {
          if (!isParsedFile(file) || seen.get(file.path) === file.text) return false;
          seen.set(file.path, file.text);
          return true;
        })
      );
      const pool = await parseInPool(distinct, parser, threads, meanwhile);
      distinct.forEach((file, index) => cache.remember(PARSED, file, () => pool.parsed[index]));
      return { files: distinct.length, threads: pool.threads, failed: pool.failed };
    }
  };
}

// src/check.ts
var LIVE_TIMEOUT_MS = 1e4;
var AWS_DEADLINE_MS = 12e4;
var PLAN_LIMIT = 256 * 1048576;
var KNOWLEDGE_LIMIT = 16 * 1048576;
function prepareBase(root, base) {
  if (base?.kind !== "git") return base ? { base } : {};
  const resolved2 = base.resolved ?? resolveGitBase(root, base);
  if ("error" in resolved2) throw baseUnavailableError(resolved2.error, base);
  const readBase = (file) => {
    const found = readCommitFile(root, file, resolved2.commit, KNOWLEDGE_LIMIT);
    if ("text" in found) return found.text;
    if ("missing" in found || /not inside/.test(found.error)) return null;
    throw new ConfigError(found.error);
  };
  return { base: { ...base, resolved: resolved2 }, readBase };
}
function baseUnavailableError(why, base) {
  return new ConfigError(
    `${why}. Compare with a branch, tag or SHA this repository has (git fetch it first${base?.kind === "git" && !base.fetchIfMissing ? ", or add --fetch-base" : ""}), or leave the base out to check the tree alone.`
  );
}
async function runCheck(options) {
  const filter = {
    include: options.config.include,
    exclude: options.config.exclude,
    hiddenDirectories: options.config.hiddenDirectories
  };
  const collect = (only) => {
    const trees = collectTrees({
      root: options.root,
      prefix: options.prefix,
      filter,
      ...options.base && { base: options.base },
      ...only && { only }
    });
    if (trees.baseUnavailable) throw baseUnavailableError(trees.baseUnavailable, options.base);
    return trees;
  };
  const roots = options.fileRoots ?? [options.cwd];
  const fromBase = configIsTrusted(options.config) ? options.readBase : void 0;
  let knowledge = await withKnowledgeFiles(
    options.knowledge,
    options.config.knowledgeFiles,
    (file) => {
      const resolved2 = node_path_default5.resolve(options.cwd, file);
      return fromBase?.(resolved2) ?? readContainedFile(file, options.cwd, roots, KNOWLEDGE_LIMIT);
    }
  );
  const { plans: terraformPlans, problems: terraformPlanProblems } = readTerraformPlans(
    options.config.planJson,
    options.cwd,
    roots
  );
  const read = async (only) => {
    const trees = collect(only);
    const needsTerraform = [trees.head, trees.base].some(
      (tree) => tree?.files.some(isTerraformFile)
    );
    const terraform = needsTerraform ? await loadTerraformReader() : void 0;
    const cache = new ReadCache();
    const files = [trees.head.files, trees.base?.files ?? []];
    if (terraform) {
      const parse = await terraform.parseAhead(
        files,
        cache,
        options.threads,
        () => files.forEach((tree) => readAhead(tree, cache))
      );
      if (parse.threads > 1)
        options.progress?.(
          `parsed ${parse.files} Terraform files on ${parse.threads} threads` + (parse.failed > 0 ? ` (${parse.failed} ${plural(parse.failed, "thread")} stopped early; the main thread parsed the files ${parse.failed === 1 ? "it" : "they"} held)` : "")
        );
    }
    const input2 = {
      ...terraform && { terraform },
      cache,
      terraformPlans,
      terraformPlanProblems,
      ...trees,
      config: options.config,
      knowledge,
      today: options.today,
      ...only && { partial: true }
    };
    return { input: input2, inventories: readTrees(input2) };
  };
  const {
    plan,
    read: { input, inventories }
  } = await readInScope(
    {
      scope: options.scope ?? "affected",
      root: options.root,
      prefix: options.prefix,
      filter,
      ...options.base && { base: options.base },
      config: options.config,
      change: options.change ?? "worktree",
      ...(options.live || options.aws || options.configChange) && {
        global: options.configChange ? "the change edits the configuration" : "the live cluster or the EKS API is read"
      }
    },
    read
  );
  const seconds = LIVE_TIMEOUT_MS / 1e3;
  if (options.live)
    options.progress?.(
      `reading the live cluster${options.live.context ? ` (context ${options.live.context})` : ""}; each request gives up after ${seconds} s`
    );
  const kube = options.live ? await readLive(options.live) : void 0;
  if (options.aws)
    options.progress?.(
      `asking the EKS API in ${options.aws.region} about the declared clusters; each call gives up after ${seconds} s and is retried once, all of them after ${AWS_DEADLINE_MS / 1e3} s`
    );
  const aws = options.aws ? await readAws(options.aws, inventories.head, kube?.views ?? []) : void 0;
  if (aws) knowledge = withAwsFacts(knowledge, aws, options.aws.region, options.today);
  const live = kube || aws ? {
    views: [...kube?.views ?? [], ...aws?.views ?? []],
    errors: [...kube?.errors ?? [], ...aws?.errors ?? []]
  } : void 0;
  const result2 = runEngine({ ...input, knowledge, ...live && { live } }, inventories);
  const report = buildReport(result2, options.config, knowledge);
  const notes = [
    ...options.configChange ? [configChangeNote(options.configChange)] : [],
    ...plan.kind === "affected" ? [affectedNote(plan)] : [],
    ...report.notes
  ];
  return {
    ...report,
    notes,
    scope: plan.kind === "affected" ? {
      mode: "affected",
      changed: [...plan.changed],
      evaluated: [...plan.units],
      ...plan.unchanged && { unchanged: [...plan.unchanged] }
    } : { mode: "all", reason: plan.why }
  };
}
function unchangedCount(plan) {
  const count2 = plan.unchanged?.length;
  return count2 ? ` (${count2} ${count2 === 1 ? "declaration" : "declarations"}, in scope.unchanged)` : "";
}
function affectedNote(plan) {
  const listed = plan.units.slice(0, 5).join(", ") + (plan.units.length > 5 ? ` and ${plan.units.length - 5} more` : "");
  return plan.units.length === 0 ? "This change touches no file the gate reads: every cluster is unchanged by construction, and none was evaluated (scope: all evaluates the whole tree)." : `Evaluated what this change reaches, on both sides: ${listed}. Every other cluster${unchangedCount(plan)} is unchanged by construction and was not evaluated (scope: all evaluates the whole tree).`;
}
function configChangeNote(change) {
  const what = change.changes.length > 0 ? change.changes.join("; ") : "formatting only";
  return change.source !== "head" ? `This change edits the gate's configuration (${change.file}: ${what}). config-source is base: the base commit's configuration decided this verdict; the edit applies once merged.` : `This change edits the gate's configuration (${change.file}: ${what}), and that edited configuration decided this verdict. Set config-source: base so that a change is judged by the configuration it is merged into.`;
}
function withAwsFacts(knowledge, aws, region, today) {
  const withAddons = Object.keys(aws.compatibility).length === 0 ? knowledge : mergeFacts(
    knowledge,
    { addonCompatibility: aws.compatibility },
    `EKS API DescribeAddonVersions (${region}, ${today})`
  );
  if (aws.clusterVersions.length === 0) return withAddons;
  const origin = `EKS API DescribeClusterVersions (${region}, ${today})`;
  return mergeFacts(
    withAddons,
    clusterVersionFacts({ clusterVersions: aws.clusterVersions }, origin),
    origin
  );
}
function readTerraformPlans(entries, cwd, roots) {
  const plans = [];
  const problems = [];
  for (const entry of entries) {
    const eq = entry.indexOf("=");
    const file = eq >= 0 ? entry.slice(eq + 1) : entry;
    const root = eq >= 0 ? entry.slice(0, eq).replace(/\/$/, "") : void 0;
    let text;
    try {
      text = readContainedFile(file, cwd, roots, PLAN_LIMIT);
    } catch (error) {
      problems.push({
        at: { file, line: 1, column: 1 },
        message: `Could not read the plan file ${file}: ${error.message}`
      });
      continue;
    }
    const parsed = parseTerraformPlan(file, text, root);
    if (parsed.plan) plans.push(parsed.plan);
    if (parsed.problem) problems.push(parsed.problem);
  }
  return { plans, problems };
}
async function withKnowledgeFiles(knowledge, files, read) {
  if (files.length === 0) return knowledge;
  const { mergeKnowledgeFile } = await import("./knowledge-file-4FAIYQ7G.js");
  return files.reduce((current, file) => {
    let text;
    try {
      text = read(file);
    } catch (error) {
      throw new ConfigError(
        `Could not read the knowledge file ${file}: ${error.message}`
      );
    }
    try {
      return mergeKnowledgeFile(current, file, text);
    } catch (error) {
      if (error instanceof KnowledgeFileError) throw new ConfigError(error.message);
      throw error;
    }
  }, knowledge);
}
async function readLive(options) {
  try {
    const [{ readLiveCluster }, { liveView }] = await Promise.all([
      import("./kube-DSNAG5CC.js"),
      import("./view-4COZ4UWQ.js")
    ]);
    return {
      views: [liveView(await readLiveCluster({ ...options, timeoutMs: LIVE_TIMEOUT_MS }))],
      errors: []
    };
  } catch (error) {
    return { views: [], errors: [error instanceof Error ? error.message : String(error)] };
  }
}
async function readAws(options, inventory, already) {
  const clusters = inventory.clusters.filter(
    (cluster) => !cluster.name.includes(":") && !cluster.name.includes("$") && !already.some((view) => view.name === cluster.name)
  ).map((cluster) => ({
    name: cluster.name,
    ...cluster.version.value && { version: formatKubeVersion(cluster.version.value) }
  }));
  try {
    const { readEks } = await import("./aws-BXZVEDT3.js");
    return await readEks({
      ...options,
      clusters,
      timeoutMs: LIVE_TIMEOUT_MS,
      deadlineMs: AWS_DEADLINE_MS
    });
  } catch (error) {
    return {
      views: [],
      errors: [error instanceof Error ? error.message : String(error)],
      compatibility: {},
      clusterVersions: []
    };
  }
}

// builtin:node:fs?src/config/load.ts
var m21 = __require("node:fs");
var existsSync = /* @__PURE__ */ (() => m21.existsSync)();
var readFileSync2 = /* @__PURE__ */ (() => m21.readFileSync)();
var statSync3 = /* @__PURE__ */ (() => m21.statSync)();

// builtin:node:path?src/config/load.ts
var m22 = __require("node:path");
var node_path_default6 = m22;

// src/config/changes.ts
function configChanges(before, after, file) {
  if (typeof before === "string" || typeof after === "string") {
    const broken = typeof after === "string" ? after : before;
    return [`${typeof after === "string" ? "the new" : "the old"} file is invalid: ${broken}`];
  }
  const lines = file.added ? ["the file is new"] : file.deleted ? ["the file is deleted"] : [];
  for (const key of GATE_KEYS) {
    const name = key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    const was = before[key];
    const is = after[key];
    if (same(was, is)) continue;
    if (Array.isArray(was) || Array.isArray(is)) {
      const old = (was ?? []).map(shown);
      const now = (is ?? []).map(shown);
      const edits = [
        ...now.filter((item) => !old.includes(item)).map((item) => `+ ${item}`),
        ...old.filter((item) => !now.includes(item)).map((item) => `\u2212 ${item}`)
      ];
      lines.push(`${name}: ${edits.join(", ") || "reordered"}`);
    } else if (key === "rules") {
      const old = was ?? {};
      const now = is ?? {};
      for (const rule of /* @__PURE__ */ new Set([...Object.keys(old), ...Object.keys(now)]))
        if (old[rule] !== now[rule])
          lines.push(`rules.${rule}: ${old[rule] ?? "default"} \u2192 ${now[rule] ?? "default"}`);
    } else lines.push(`${name}: ${shown(was)} \u2192 ${shown(is)}`);
  }
  return lines;
}
function comparable(value) {
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === "object" && "at" in value)
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== "at"));
  return value;
}
function same(a, b) {
  return JSON.stringify(comparable(a) ?? null) === JSON.stringify(comparable(b) ?? null);
}
function shown(value) {
  if (value === void 0) return "unset";
  return shortText(typeof value === "string" ? value : JSON.stringify(comparable(value)), 80);
}

// src/config/load.ts
var DEFAULT_CONFIG_FILE = ".github/eks-upgrade-gate.yml";
function loadConfig(inputs, explicitFile, searchDirs, relativeTo, origin = {}) {
  if (origin.external) {
    const { name, text } = origin.external;
    return { config: { ...resolveConfig(inputs, { path: name, text }), configSource: "external" } };
  }
  const source = origin.source ?? "head";
  const display = (file) => {
    const relative = node_path_default6.relative(relativeTo, file).split(node_path_default6.sep).join("/");
    return relative && !relative.startsWith("..") ? relative : file;
  };
  const candidates = explicitFile !== void 0 ? [explicitFile] : searchDirs.map((dir) => node_path_default6.join(dir, DEFAULT_CONFIG_FILE));
  const onDisk = candidates.find((file) => existsSync(file) && statSync3(file).isFile());
  if (explicitFile !== void 0 && !onDisk && source === "head")
    throw new ConfigError(`The configuration file ${explicitFile} does not exist`);
  const head = onDisk ? { file: onDisk, text: readFileSync2(onDisk, "utf8") } : void 0;
  if (!origin.readBase) {
    if (source === "base")
      throw new ConfigError(
        "config-source base reads the configuration from the base commit, but there is no base to read it from: compare with a base commit (a pull request, or base-ref / --base)"
      );
    return { config: resolve(inputs, head, display) };
  }
  const readBase = origin.readBase;
  const base = candidates.map((file) => ({ file, text: readBase(file) })).find((found) => found.text !== null);
  if (explicitFile !== void 0 && !base && source === "base")
    throw new ConfigError(
      `The configuration file ${explicitFile} does not exist in the base commit`
    );
  const decided = source === "base" ? base : head;
  const config = { ...resolve(inputs, decided, display, source), configSource: source };
  if ((head?.text ?? null) === (base?.text ?? null)) return { config };
  const other = source === "base" ? head : base;
  let otherConfig;
  try {
    otherConfig = resolve(inputs, other, display);
  } catch (error) {
    otherConfig = error.message;
  }
  const before = source === "base" ? config : otherConfig;
  const after = source === "base" ? otherConfig : config;
  return {
    config,
    change: {
      file: display((head ?? base).file),
      source,
      changes: configChanges(before, after, { added: !base, deleted: !head })
    }
  };
}
function resolve(inputs, file, display, source = "head") {
  if (!file) return resolveConfig(inputs);
  const name = display(file.file);
  return resolveConfig(inputs, {
    path: source === "base" ? `${name} (base commit)` : name,
    text: file.text
  });
}

// builtin:node:fs?rule-help
var m23 = __require("node:fs");
var readFileSync3 = /* @__PURE__ */ (() => m23.readFileSync)();

// rule-help-pages:rule-help
var pages;
function ruleHelp(id) {
  const file = new URL(/\/chunks\/[^/]+$/.test(import.meta.url) ? "../rule-help.json" : "./rule-help.json", import.meta.url);
  pages ??= JSON.parse(readFileSync3(file, "utf8"));
  return pages[id];
}

// src/report/sarif.ts
var LEVEL = {
  error: "error",
  warning: "warning",
  notice: "note"
};
function plain(markdown) {
  return markdown.replace(/^```\w*\n?/gm, "").replace(/^#+\s*/gm, "").replace(/\*\*([^*]+)\*\*/g, "$1").replace(/`([^`]+)`/g, "$1").replace(/\[([^\]]+)\]\([^)]+\)/g, "$1");
}
function buildSarif(report, rules) {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const located = report.findings.filter((finding) => finding.file !== "");
  const nowhere = report.findings.filter((finding) => finding.file === "");
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            semanticVersion: report.tool.version,
            informationUri: "https://github.com/eks-upgrade-gate/eks-upgrade-gate",
            rules: rules.map((rule) => {
              const page = ruleHelp(rule.id);
              return {
                id: rule.id,
                name: rule.id.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase()),
                shortDescription: { text: rule.title },
                fullDescription: { text: rule.title },
                helpUri: rule.docs,
                help: page ? { text: plain(page), markdown: page } : {
                  text: `${rule.title}. See ${rule.docs}`,
                  markdown: `${rule.title}. [Documentation](${rule.docs})`
                },
                defaultConfiguration: { level: LEVEL[rule.severity] },
                properties: { tags: ["eks", "kubernetes", rule.family] }
              };
            })
          }
        },
        automationDetails: { id: "eks-upgrade-gate/" },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: nowhere.map((finding) => ({
              level: LEVEL[finding.severity],
              message: { text: finding.message },
              descriptor: { id: finding.ruleId }
            }))
          }
        ],
        results: located.map((finding) => result(finding, ruleIndex)),
        properties: { dataDate: report.tool.dataDate, result: report.summary.result }
      }
    ]
  };
}
function result(finding, ruleIndex) {
  return {
    ruleId: finding.ruleId,
    ...ruleIndex.has(finding.ruleId) && { ruleIndex: ruleIndex.get(finding.ruleId) },
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: finding.file, uriBaseId: "%SRCROOT%" },
          region: {
            startLine: Math.max(1, finding.line),
            startColumn: Math.max(1, finding.column)
          }
        }
      }
    ],
    partialFingerprints: { "eksUpgradeGate/v1": finding.fingerprint },
    ...finding.suppressed && {
      suppressions: [
        {
          kind: finding.suppressedBy === "inline" ? "inSource" : "external",
          justification: finding.suppressionReason ?? ""
        }
      ]
    },
    properties: {
      new: finding.new,
      blocking: finding.blocking,
      ...finding.cluster && { cluster: finding.cluster }
    }
  };
}

// src/report/formats.ts
var FORMATS = {
  text: (report) => renderText(report),
  json: (report) => JSON.stringify(report, null, 2) + "\n",
  markdown: (report) => renderMarkdown(report),
  sarif: (report) => JSON.stringify(
    buildSarif(
      report,
      RULES.map((rule) => rule.meta)
    ),
    null,
    2
  ) + "\n"
};
var FORMAT_NAMES = Object.keys(FORMATS);
function isFormat(name) {
  return Object.hasOwn(FORMATS, name);
}

export {
  ConfigError,
  validateSettings,
  visibleText,
  visibleStrings,
  TOOL_VERSION,
  foundNothing,
  verdictLine,
  plural,
  renderMarkdown,
  escapeCell,
  renderText,
  FORMATS,
  FORMAT_NAMES,
  isFormat,
  readContainedFile,
  hash,
  repositoryTop,
  NO_BASE_NOTE,
  prepareBase,
  runCheck,
  loadConfig
};
