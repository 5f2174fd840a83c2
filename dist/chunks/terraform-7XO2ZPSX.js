import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  CONTROL_PLANE_MINOR,
  amiFamilyFromHint,
  componentFromChart,
  followsControlPlane,
  inheritsControlPlane,
  isAwsRegion,
  karpenterNodeClass,
  kubeVersionFromAmiHint,
  kubeVersionFromRelease,
  nodeGroupWithoutAmi,
  policy,
  readManifests,
  releaseFamily,
  repositoryPath,
  resolved,
  shortText,
  unresolved,
  unspecified
} from "./chunk-W5FTCSPK.js";
import "./chunk-JL4GYMN3.js";
import "./chunk-KIHNS4ND.js";
import {
  formatKubeVersion,
  parseKubeVersion
} from "./chunk-D2WDCTU4.js";
import {
  PARSED,
  isParsedFile,
  parseTerraformFile
} from "./chunk-BKAIXYQU.js";
import {
  isJsonConfig,
  isModulesManifest,
  isTerragruntFile,
  sourceRef
} from "./chunk-5JKFPUKD.js";
import {
  __require
} from "./chunk-FZTWU4BV.js";

// builtin:node:path/posix?src/readers/terraform/index.ts
var m = __require("node:path/posix");
var posix_default = m;

// src/readers/terraform/hcl/budget.ts
var EXPRESSION_BUDGET = 2e6;
var ROOT_BUDGET = 2e7;
var BudgetSpent = class extends Error {
  name = "BudgetSpent";
};
var remaining = Number.POSITIVE_INFINITY;
var EXHAUSTED = /Invalid (string|array) length|call stack/i;
function isExhaustion(error2) {
  return error2 instanceof BudgetSpent || error2 instanceof RangeError && EXHAUSTED.test(error2.message);
}
function spend(units) {
  remaining -= units;
  if (remaining < 0) throw new BudgetSpent("spent");
}
function withinBudget(units, run, spent) {
  const outer = remaining;
  const start = Math.min(outer, units);
  remaining = start;
  try {
    return run();
  } catch (error2) {
    if (error2 instanceof BudgetSpent)
      return spent(
        start < units ? "the expressions of this module took all the work the gate allows for one module" : `the expression builds more than the gate evaluates for one expression (${units.toLocaleString("en-US")} list elements, map entries or 64-character pieces of strings)`
      );
    if (isExhaustion(error2))
      return spent(
        `the expression builds a value too large to evaluate (${error2.message})`
      );
    throw error2;
  } finally {
    remaining = outer - (start - remaining);
  }
}

// src/readers/terraform/hcl/directory.ts
function isOverrideFile(path) {
  return /(^|\/)(override|[^/]*_override)\.tf(\.json)?$/.test(path);
}
function indexDirectory(dir, files) {
  const variables = /* @__PURE__ */ new Map();
  const locals = /* @__PURE__ */ new Map();
  const moduleCalls = /* @__PURE__ */ new Map();
  const resources = /* @__PURE__ */ new Map();
  const data = /* @__PURE__ */ new Map();
  const outputs = /* @__PURE__ */ new Map();
  const providers = /* @__PURE__ */ new Map();
  const ordered = [
    ...files.filter((file) => !isOverrideFile(file.path)),
    ...files.filter((file) => isOverrideFile(file.path))
  ];
  for (const file of ordered) {
    const override = isOverrideFile(file.path);
    const put = (map, key, block) => {
      const primary = map.get(key);
      map.set(key, override && primary ? merge(primary, block) : block);
    };
    for (const block of file.body.blocks) {
      const [first, second] = block.labels;
      switch (block.type) {
        case "variable":
          if (first) put(variables, first, block);
          break;
        case "locals":
          for (const [name, attribute] of block.body.attributes) locals.set(name, attribute);
          break;
        case "module":
          if (first) put(moduleCalls, first, block);
          break;
        case "resource":
          if (first && second) put(resources, `${first}.${second}`, block);
          break;
        case "data":
          if (first && second) put(data, `${first}.${second}`, block);
          break;
        case "output":
          if (first) put(outputs, first, block);
          break;
        case "provider": {
          const alias = block.body.attributes.get("alias")?.expression;
          const name = alias?.kind === "literal" && typeof alias.value === "string" ? `${first}.${alias.value}` : first;
          if (name) put(providers, name, block);
          break;
        }
      }
    }
  }
  return { dir, variables, locals, moduleCalls, resources, data, outputs, providers };
}
function merge(primary, override) {
  const attributes = new Map(primary.body.attributes);
  for (const [name, attribute] of override.body.attributes) attributes.set(name, attribute);
  const replaced = new Set(override.body.blocks.map((block) => block.type));
  return {
    ...primary,
    body: {
      attributes,
      blocks: [
        ...primary.body.blocks.filter((block) => !replaced.has(block.type)),
        ...override.body.blocks
      ]
    }
  };
}
function moduleSource(call) {
  const expr = call.body.attributes.get("source")?.expression;
  return expr?.kind === "literal" && typeof expr.value === "string" ? expr.value : void 0;
}
function localModuleDir(dir, source) {
  if (!source.startsWith("./") && !source.startsWith("../") && source !== "." && source !== "..")
    return void 0;
  const parts = dir ? dir.split("/") : [];
  for (const segment of source.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (parts.length === 0) return void 0;
      parts.pop();
    } else {
      parts.push(segment);
    }
  }
  return parts.join("/");
}

// src/readers/terraform/eks/draft.ts
function toCluster(draft) {
  return {
    id: draft.id,
    name: draft.name,
    address: draft.address,
    source: draft.source,
    ...draft.region && { region: draft.region },
    ...draft.account && { account: draft.account },
    // `clusters/prod[prod.tfvars]` → `clusters/prod`: the root module the cluster is deployed from.
    home: draft.root.replace(/\[.*\]$/, "").replace(/^\.$/, ""),
    version: draft.version,
    nodeGroups: draft.nodeGroups,
    addons: draft.addons,
    components: draft.components,
    ...draft.apis.length > 0 && { apis: draft.apis },
    ...draft.deploys.length > 0 && { deploys: draft.deploys }
  };
}

// src/readers/terraform/hcl/number.ts
var DECIMAL = /^([-+]?)(\d+)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/;
var MAX_EXPONENT = 400;
function parse(text2) {
  const match = DECIMAL.exec(text2.trim());
  if (!match) return null;
  const [, sign, whole, fraction = "", exponentText = "0"] = match;
  const exponent = Number(exponentText);
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > MAX_EXPONENT) return null;
  let digits = BigInt(`${whole}${fraction}`);
  let scale = fraction.length - exponent;
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits: sign === "-" ? -digits : digits, scale };
}
function format(decimal) {
  let { digits, scale } = decimal;
  while (scale > 0 && digits % 10n === 0n) {
    digits /= 10n;
    scale--;
  }
  const negative = digits < 0n;
  const text2 = (negative ? -digits : digits).toString().padStart(scale + 1, "0");
  const body = scale === 0 ? text2 : `${text2.slice(0, -scale)}.${text2.slice(-scale)}`;
  return negative && digits !== 0n ? `-${body}` : body;
}
function align(a, b) {
  const scale = Math.max(a.scale, b.scale);
  return [
    a.digits * 10n ** BigInt(scale - a.scale),
    b.digits * 10n ** BigInt(scale - b.scale),
    scale
  ];
}
function exactNumberText(text2) {
  const decimal = parse(text2);
  return decimal ? format(decimal) : null;
}
function numberText(value) {
  if (!Number.isFinite(value)) return null;
  if (Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER) return String(value);
  const text2 = String(value);
  const decimal = parse(text2);
  if (!decimal) return null;
  const significant = (decimal.digits < 0n ? -decimal.digits : decimal.digits).toString().replace(/0+$/, "");
  return significant.length <= 15 ? format(decimal) : null;
}
function decimalArithmetic(a, op, b) {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return null;
  switch (op) {
    case "+":
    case "-": {
      const [p, q, scale] = align(x, y);
      return format({ digits: op === "+" ? p + q : p - q, scale });
    }
    case "*":
      return format({ digits: x.digits * y.digits, scale: x.scale + y.scale });
    case "%": {
      const [p, q, scale] = align(x, y);
      return q === 0n ? null : format({ digits: p % q, scale });
    }
    case "/": {
      const [p, q] = align(x, y);
      if (q === 0n) return null;
      const divisor = gcd(p < 0n ? -p : p, q < 0n ? -q : q);
      let denominator = (q < 0n ? -q : q) / (divisor === 0n ? 1n : divisor);
      let twos = 0;
      let fives = 0;
      while (denominator % 2n === 0n) {
        denominator /= 2n;
        twos++;
      }
      while (denominator % 5n === 0n) {
        denominator /= 5n;
        fives++;
      }
      if (denominator !== 1n) return null;
      const scale = Math.max(twos, fives);
      return format({ digits: p * 10n ** BigInt(scale) / q, scale });
    }
  }
}
function gcd(a, b) {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

// src/readers/terraform/hcl/value.ts
function origin(at, via = []) {
  return { at, via };
}
var str = (value, origin2) => {
  spend(1 + (value.length >> 6));
  return { type: "string", value, origin: origin2 };
};
var num = (value, origin2, text2) => text2 === void 0 ? { type: "number", value, origin: origin2 } : { type: "number", value, origin: origin2, text: text2 };
var bool = (value, origin2) => ({ type: "bool", value, origin: origin2 });
var list = (items, origin2) => {
  spend(1 + items.length);
  return { type: "list", items, origin: origin2 };
};
var obj = (entries, origin2) => {
  spend(1 + entries.size);
  return {
    type: "object",
    entries: new Map([...entries].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)),
    origin: origin2
  };
};
var unknown = (reason, expression, origin2, data) => data ? { type: "unknown", reason, expression, origin: origin2, data } : { type: "unknown", reason, expression, origin: origin2 };
var error = (reason, expression, origin2) => ({
  type: "error",
  reason,
  expression,
  origin: origin2
});
var staticError = (reason, expression, origin2) => ({
  type: "error",
  reason,
  expression,
  origin: origin2,
  static: true
});
function through(value, hops) {
  if (hops.length === 0) return value;
  return { ...value, origin: { at: value.origin.at, via: [...hops, ...value.origin.via] } };
}
function asString(value) {
  switch (value.type) {
    case "string":
      return value.value;
    case "number":
      return value.text ?? numberText(value.value);
    case "bool":
      return String(value.value);
    default:
      return null;
  }
}
function asNumber(value) {
  if (value.type === "number") return value.value;
  if (value.type === "string" && exactNumberText(value.value) !== null) return Number(value.value);
  return null;
}
function asNumberText(value) {
  if (value.type === "number") return value.text ?? numberText(value.value);
  if (value.type === "string") return exactNumberText(value.value);
  return null;
}
function truthy(value) {
  if (value.type === "bool") return value.value;
  if (value.type === "string" && (value.value === "true" || value.value === "false"))
    return value.value === "true";
  return null;
}
function firstUnsettled(values) {
  return values.find((value) => value.type === "error") ?? values.find((value) => value.type === "unknown");
}
function elements(value) {
  if (value.type === "list") return value.items;
  if (value.type === "object") return [...value.entries.values()];
  return null;
}
function equalValues(a, b) {
  if (a.type !== b.type) return false;
  switch (a.type) {
    case "string":
    case "number":
    case "bool":
      return a.value === b.value;
    case "null":
      return true;
    case "list": {
      const other = b;
      return a.items.length === other.items.length && a.items.every((item, i) => equalValues(item, other.items[i]));
    }
    case "object": {
      const other = b;
      return a.entries.size === other.entries.size && [...a.entries].every(
        ([k, v]) => other.entries.has(k) && equalValues(v, other.entries.get(k))
      );
    }
    default:
      return false;
  }
}
function combined(at, operands) {
  const referenced = operands.filter((operand) => operand.origin.via.length > 0);
  if (referenced.length === 1) return referenced[0].origin;
  return origin(at);
}

// src/readers/terraform/eks/declare.ts
function viaOf(value, attributeAt) {
  const sameLine = attributeAt && attributeAt.file === value.origin.at.file && attributeAt.line === value.origin.at.line;
  return [...attributeAt && !sameLine ? [attributeAt] : [], ...value.origin.via];
}
function unsettled(value, what) {
  if (value.type === "unknown") return unresolved(value.origin.at, value.expression, value.reason);
  if (value.type === "error")
    return unresolved(
      value.origin.at,
      value.expression,
      `Terraform would reject it: ${value.reason}`
    );
  if (value.type === "list" || value.type === "object")
    return unresolved(
      value.origin.at,
      "",
      `${what} is a ${value.type === "list" ? "list" : "map"}, not a single value`
    );
  return void 0;
}
var EKS_VERSION = /^[1-9]\d*\.(?:0|[1-9]\d*)$/;
function declaredVersion(value, attributeAt, whenAbsent, options = {}) {
  if (!value || value.type === "null") return whenAbsent();
  const single = options.listOfOne && value.type === "list" && value.items.length === 1 ? through(value.items[0], value.origin.via) : value;
  const settled2 = unsettled(single, "the version");
  if (settled2) return settled2;
  const text2 = asString(single);
  if (text2 === null)
    return unresolved(
      single.origin.at,
      "",
      'the version is a number the gate cannot convert to text exactly: write it as a quoted string, e.g. "1.31"'
    );
  const version = EKS_VERSION.test(text2) ? parseKubeVersion(text2) : null;
  if (!version)
    return unresolved(
      single.origin.at,
      text2,
      `"${shortText(text2)}" is not a version EKS accepts (MAJOR.MINOR, such as 1.31)`
    );
  const declared = resolved(version, single.origin.at, viaOf(single, attributeAt));
  return (single.type === "number" || single.type === "string") && single.written !== void 0 ? { ...declared, numberWritten: single.written } : declared;
}
function declaredString(value, attributeAt, whenAbsent) {
  if (!value || value.type === "null") return whenAbsent();
  const settled2 = unsettled(value, "the value");
  if (settled2) return settled2;
  return resolved(asString(value), value.origin.at, viaOf(value, attributeAt));
}
function versionFromAmi(value) {
  if (value.type === "unknown" && value.either)
    return agreed(
      value.either,
      versionFromAmi,
      (v) => v.value ? formatKubeVersion(v.value) : v.status
    );
  for (const candidate of amiHints(value)) {
    const text2 = asString(candidate);
    const version = text2 ? kubeVersionFromAmiHint(text2) : null;
    if (version === "control-plane")
      return unspecified(
        candidate.origin.at,
        `the AMI ${text2.replace(CONTROL_PLANE_MINOR, "<cluster version>")} follows the control-plane version`
      );
    if (version)
      return {
        ...resolved(version, candidate.origin.at, candidate.origin.via),
        note: `from the AMI ${text2}`
      };
  }
  return null;
}
function agreed(branches, read, same) {
  const found = branches.map(read);
  const [first] = found;
  return first != null && found.every((f) => f != null && same(f) === same(first)) ? first : null;
}
function amiHints(value) {
  const hints = [];
  if (value.type === "string") hints.push(value);
  if (value.type === "unknown" && value.data?.arguments) {
    for (const [name, argument] of value.data.arguments) {
      if (name === "name" || name === "name_regex" || name.startsWith("filter."))
        hints.push(...(elements(argument) ?? [argument]).map(withHoles));
    }
  }
  return hints;
}
function withHoles(value) {
  if (value.type !== "unknown" || !value.parts) return value;
  const text2 = value.parts.map(
    (part) => typeof part === "string" ? part : part.type === "unknown" && part.data?.type === "aws_eks_cluster" && part.data.attribute === "version" ? CONTROL_PLANE_MINOR : "*"
  ).join("");
  return { type: "string", value: text2, origin: value.origin };
}

// src/readers/terraform/eks/node-version.ts
function groupVersion(inputs) {
  const explicit = inputs.explicit;
  if (explicit?.type === "unknown" && explicit.data?.type === "aws_eks_cluster" && explicit.data.attribute === "version")
    return inheritsControlPlane(inputs.cluster, inputs.at);
  if (inputs.explicit && inputs.explicit.type !== "null")
    return declaredVersion(
      inputs.explicit,
      void 0,
      () => inheritsControlPlane(inputs.cluster, inputs.at)
    );
  if (inputs.release.status === "resolved" && inputs.release.value) {
    const version = kubeVersionFromRelease(inputs.release.value, releaseFamily(inputs.amiType));
    if (version)
      return {
        ...resolved(version, inputs.release.at, inputs.release.via),
        note: `from the AMI release ${inputs.release.value}`
      };
  }
  if (inputs.customAmi) {
    const ami = inputs.customAmi;
    if (ami.status === "resolved" && typeof ami.value === "object" && ami.value !== null)
      return ami;
    if (ami.status === "resolved" || ami.status === "unresolved") {
      const text2 = typeof ami.value === "string" ? ami.value : ami.expression ?? "";
      return unresolved(
        ami.at,
        text2,
        "custom AMI: its Kubernetes version is not in its id, name filter or SSM path"
      );
    }
  }
  return inheritsControlPlane(inputs.cluster, inputs.at);
}

// src/readers/terraform/eks/eks-module.ts
var EKS_MODULE = /(?:^|[/:])terraform-aws-modules\/(?:eks\/aws|terraform-aws-eks)(?:\.git)?(?:\/\/modules\/([a-z0-9_-]+))?/;
function classifyEksSource(source, versionConstraint) {
  const match = EKS_MODULE.exec(source);
  if (!match) return void 0;
  const sub = match[1];
  const kind = sub === void 0 ? "cluster" : sub === "eks-managed-node-group" || sub === "self-managed-node-group" || sub === "fargate-profile" || sub === "fargate" ? sub : sub === "node_groups" ? "node-groups" : "other";
  const pinned = /[?&](?:ref|version)=v?(\d+)/.exec(source)?.[1] ?? (versionConstraint ? /(\d+)/.exec(versionConstraint)?.[1] : void 0);
  const exact = /[?&](?:ref|version)=v?(\d+)\.(\d+)\.(\d+)(?:$|&)/.exec(source) ?? (versionConstraint ? /^\s*=?\s*v?(\d+)\.(\d+)\.(\d+)\s*$/.exec(versionConstraint) : null);
  return {
    kind,
    major: pinned === void 0 ? null : Number(pinned),
    ...exact && { exact: [Number(exact[1]), Number(exact[2]), Number(exact[3])] }
  };
}
function classifyEksModule(call) {
  const source = moduleSource(call);
  if (!source) return void 0;
  const version = call.body.attributes.get("version")?.expression;
  return classifyEksSource(
    source,
    version?.kind === "literal" && typeof version.value === "string" ? version.value : void 0
  );
}
function eksInputNames(major) {
  const v21 = major !== null && major >= 21;
  const v17 = major === 17 || major !== null && major < 17;
  const any = major === null;
  return {
    version: any ? ["kubernetes_version", "cluster_version"] : v21 ? ["kubernetes_version"] : ["cluster_version"],
    name: any ? ["name", "cluster_name"] : v21 ? ["name"] : ["cluster_name"],
    addons: any ? ["addons", "cluster_addons"] : v21 ? ["addons"] : ["cluster_addons"],
    managed: any ? ["eks_managed_node_groups", "node_groups"] : v17 ? ["node_groups"] : ["eks_managed_node_groups"],
    selfManaged: any ? ["self_managed_node_groups", "worker_groups", "worker_groups_launch_template"] : v17 ? ["worker_groups", "worker_groups_launch_template"] : ["self_managed_node_groups"],
    managedDefaults: any ? ["eks_managed_node_group_defaults", "node_groups_defaults"] : v17 ? ["node_groups_defaults"] : ["eks_managed_node_group_defaults"],
    selfManagedDefaults: any ? ["self_managed_node_group_defaults", "workers_group_defaults"] : v17 ? ["workers_group_defaults"] : ["self_managed_node_group_defaults"],
    groupVersion: any ? ["kubernetes_version", "cluster_version", "version"] : v21 ? ["kubernetes_version"] : v17 ? ["version"] : ["cluster_version"]
  };
}
function moduleInput(call, caller, expansion, names) {
  for (const name of names) {
    const attribute = call.body.attributes.get(name);
    if (attribute)
      return { value: caller.evaluateIn(expansion, attribute.expression), at: attribute.at };
  }
  return void 0;
}
var eksModuleOutputs = {
  output(call, caller, expansion, output, at) {
    const source = classifyEksModule(call);
    if (!source || source.kind !== "cluster") return void 0;
    const names = eksInputNames(source.major);
    const inputs = {
      cluster_version: names.version,
      kubernetes_version: names.version,
      cluster_name: names.name,
      name: names.name,
      cluster_id: names.name
    };
    const wanted = inputs[output];
    const input = wanted && moduleInput(call, caller, expansion, wanted);
    if (input) return through(input.value, [input.at]);
    return unknown(
      `module output ${output} is computed by AWS or the module`,
      `module.${call.labels[0]}.${output}`,
      origin(at),
      // The module's version output is its cluster's: a group given it follows the control plane.
      wanted === names.version ? { type: "aws_eks_cluster", name: "this", attribute: "version" } : void 0
    );
  }
};
function readGroupCollection(collection, defaults, kind, major, cluster) {
  if (!collection || collection.value.type === "null") return [];
  const value = collection.value;
  const entries = value.type === "object" ? [...value.entries] : value.type === "list" ? value.items.map((item, i) => [String(i), item]) : [];
  if (value.type !== "object" && value.type !== "list") {
    const version = declaredVersion(
      value,
      collection.at,
      () => unspecified(collection.at, "no node groups")
    );
    return [
      nodeGroupWithoutAmi(
        { name: `(${kind} node groups)`, kind, at: collection.at, version },
        "unknown"
      )
    ];
  }
  return entries.filter(([, group]) => creates(group, defaults)).map(([key, group]) => readGroup(key, group, defaults, kind, major, cluster));
}
function creates(group, defaults) {
  for (const source of [group, defaults]) {
    const create = source?.type === "object" ? source.entries.get("create") : void 0;
    if (create && create.type !== "null") return truthy(create) !== false;
  }
  return true;
}
function readGroup(key, group, defaults, kind, major, cluster) {
  const at = group.origin.at;
  const setting = (...names2) => {
    for (const source of [group, defaults]) {
      if (source?.type !== "object") continue;
      for (const name2 of names2) {
        const found = source.entries.get(name2);
        if (found && found.type !== "null") return through(found, source.origin.via);
      }
    }
    return void 0;
  };
  const names = eksInputNames(major);
  const name = asString(setting("name") ?? { type: "null", origin: group.origin }) ?? key;
  const platform = asString(setting("platform") ?? { type: "null", origin: group.origin });
  const amiType = declaredString(
    setting("ami_type"),
    void 0,
    () => defaultAmiType(kind, major, platform, at)
  );
  const releaseVersion = declaredString(
    setting("ami_release_version", "release_version"),
    void 0,
    () => truthy(
      setting("use_latest_ami_release_version") ?? { type: "null", origin: group.origin }
    ) === true ? policy(
      "latest",
      at,
      "use_latest_ami_release_version: the newest AMI release for the version, read from SSM at plan time"
    ) : unspecified(
      at,
      kind === "managed" ? "EKS picks the latest AMI release for the version" : "not set"
    )
  );
  const amiValue = setting("ami_id");
  const amiId = declaredString(amiValue, void 0, () => unspecified(at, "the EKS-optimized AMI"));
  const version = groupVersion({
    explicit: setting(...names.groupVersion),
    release: releaseVersion,
    amiType: amiType.value ?? platform,
    customAmi: amiValue ? versionFromAmi(amiValue) ?? amiId : void 0,
    cluster,
    at
  });
  const userData = ["pre_bootstrap_user_data", "post_bootstrap_user_data"].flatMap((field) => {
    const value = setting(field);
    const text2 = value && asString(value);
    return text2 ? [{ field, text: text2, at: value.origin.at, block: false }] : [];
  });
  return {
    name,
    kind,
    at,
    version,
    amiType,
    amiFamily: unspecified(at, "see the AMI type"),
    releaseVersion,
    amiId,
    ...userData.length > 0 && { userData }
  };
}
function defaultAmiType(kind, major, platform, at) {
  if (kind === "fargate") return unspecified(at, "Fargate has no AMI");
  if (platform === "bottlerocket")
    return unspecified(at, 'platform = "bottlerocket"', "BOTTLEROCKET_x86_64");
  if (platform === "windows")
    return unspecified(at, 'platform = "windows"', "WINDOWS_CORE_2019_x86_64");
  if (major !== null && major >= 21)
    return unspecified(at, "the module default from v21", "AL2023_x86_64_STANDARD");
  if (major === null)
    return unspecified(
      at,
      "depends on the module major, which the call does not pin: AL2023 from v21, before that the EKS or module default"
    );
  if (kind === "self-managed")
    return unspecified(at, "the module default before v21 (an AL2 AMI)", "AL2_x86_64");
  return unspecified(
    at,
    "EKS's default when the group was created (AL2 before 1.30, AL2023 from 1.30); set ami_type to make it checkable"
  );
}
function readAddonMap(input, module) {
  if (!input || input.value.type !== "object") return [];
  const { major, exact } = module;
  const nullVersion = exact !== void 0 && exact[0] === 21 && exact[1] === 0 && exact[2] < 5;
  return [...input.value.entries].map(([key, config]) => {
    const at = config.origin.at;
    const get = (name2) => config.type === "object" ? config.entries.get(name2) : void 0;
    const name = asString(get("name") ?? { type: "null", origin: config.origin }) ?? key;
    const mostRecent = truthy(get("most_recent") ?? { type: "null", origin: config.origin });
    const version = addonVersion(get("addon_version"), () => {
      if (nullVersion)
        return unspecified(
          at,
          `terraform-aws-modules/eks v${exact.join(".")} leaves addon_version null: EKS installs its default version`
        );
      if (mostRecent === true)
        return policy(
          "most_recent",
          get("most_recent").origin.at,
          "the newest add-on version for the cluster version, chosen at apply time"
        );
      if (major !== null && major >= 21 && mostRecent !== false)
        return policy(
          "most_recent",
          at,
          "terraform-aws-modules/eks v21 installs the most recent version by default"
        );
      if (major === null)
        return unspecified(
          at,
          "the EKS default version up to module v20, the most recent from v21 (the module major is not pinned)"
        );
      if (major >= 19)
        return policy(
          "default",
          at,
          "terraform-aws-modules/eks v19/v20 reads the default version for the cluster version at plan time"
        );
      return unspecified(at, "EKS installs its default version for the cluster version");
    });
    const conflictPolicy = (name2) => {
      const given = get(name2) ?? get("resolve_conflicts");
      return declaredString(
        given,
        void 0,
        () => unspecified(
          at,
          `${name2} is not set: terraform-aws-modules/eks passes OVERWRITE`,
          "OVERWRITE"
        )
      );
    };
    return {
      name,
      at,
      version,
      resolveConflicts: {
        onCreate: conflictPolicy("resolve_conflicts_on_create"),
        onUpdate: conflictPolicy("resolve_conflicts_on_update")
      },
      configured: get("configuration_values") !== void 0
    };
  });
}
function addonVersion(value, whenAbsent) {
  if (value && value.type === "unknown" && value.data?.type === "aws_eks_addon_version") {
    const mostRecent = truthy(
      value.data.arguments?.get("most_recent") ?? { type: "null", origin: value.origin }
    );
    return policy(
      mostRecent ? "most_recent" : "default",
      value.origin.at,
      `data.aws_eks_addon_version.${value.data.name}: ${mostRecent ? "the newest" : "the default"} version for the cluster version, read at plan time`
    );
  }
  return declaredString(value, void 0, whenAbsent);
}

// src/readers/terraform/hcl/format.ts
var VERB = /%([-+ #0]*)(\d*)(?:\.(\d*))?([a-zA-Z%])/g;
var MAX_WIDTH = 1e5;
function formatString(pattern, args) {
  let next = 0;
  let failure;
  const fail = (reason, unknown2) => {
    failure ??= unknown2 ? { reason, unknown: unknown2 } : { reason };
    return "";
  };
  const text2 = pattern.replace(
    VERB,
    (_m, flags, widthText, precisionText, verb) => {
      if (verb === "%") return "%";
      const arg = args[next++];
      if (!arg) return fail("format() has more verbs than arguments");
      const precision = precisionText === void 0 ? void 0 : Number(precisionText || "0");
      if (Number(widthText || "0") > MAX_WIDTH || (precision ?? 0) > MAX_WIDTH)
        return fail(`format() widths and precisions above ${MAX_WIDTH} are not evaluated`, true);
      let body;
      switch (verb) {
        case "s":
        case "v": {
          const value = asString(arg);
          if (value === null) return fail(`format() %${verb} needs a primitive value`);
          body = precision === void 0 ? value : [...value].slice(0, precision).join("");
          break;
        }
        case "q": {
          const value = asString(arg);
          if (value === null) return fail("format() %q needs a string");
          body = JSON.stringify(value);
          break;
        }
        case "t": {
          if (arg.type !== "bool") return fail("format() %t needs a bool");
          body = String(arg.value);
          break;
        }
        case "d": {
          const n = asNumber(arg);
          if (n === null) return fail("format() %d needs a number");
          if (!Number.isInteger(n)) return fail("format() %d needs a whole number");
          const digits = numberText(Math.abs(n));
          if (digits === null) return fail("the number is too large to format exactly", true);
          body = (n < 0 ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "") + digits;
          break;
        }
        case "f": {
          const exact = asNumberText(arg);
          if (exact === null) return fail("format() %f needs a number");
          const parsed = arg.type === "string" || arg.type === "number" && arg.written !== void 0;
          const fixed = toFixedExact(exact, precision ?? 6, parsed ? binarySide(exact) : null);
          if (fixed === null)
            return fail(`rounding ${exact} to ${precision ?? 6} places is a tie`, true);
          body = !fixed.startsWith("-") && flags.includes("+") ? `+${fixed}` : fixed;
          break;
        }
        default:
          return fail(`format() %${verb} is not evaluated statically`, true);
      }
      const width = Number(widthText || "0");
      if ([...body].length >= width) return body;
      const pad = width - [...body].length;
      if (flags.includes("-")) return body + " ".repeat(pad);
      if (flags.includes("0") && "df".includes(verb)) {
        const sign = /^[-+ ]/.test(body) ? body[0] : "";
        return sign + "0".repeat(pad) + body.slice(sign.length);
      }
      return " ".repeat(pad) + body;
    }
  );
  if (!failure && next < args.length) failure = { reason: "format() has more arguments than verbs" };
  return failure ?? text2;
}
function toFixedExact(decimal, places, side) {
  const negative = decimal.startsWith("-");
  const [whole = "0", fraction = ""] = decimal.replace(/^-/, "").split(".");
  const kept = fraction.slice(0, places).padEnd(places, "0");
  const rest = fraction.slice(places);
  let digits = BigInt(whole + kept);
  if (/^50*$/.test(rest)) {
    if (side === null) return null;
    const away = negative ? -side : side;
    if (away > 0 || away === 0 && digits % 2n === 1n) digits += 1n;
  } else if (rest !== "" && rest[0] >= "5") digits += 1n;
  const text2 = digits.toString().padStart(places + 1, "0");
  const body = places === 0 ? text2 : `${text2.slice(0, -places)}.${text2.slice(-places)}`;
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}
var PRECISION = 512;
function binarySide(decimal) {
  const negative = decimal.startsWith("-");
  const [whole = "0", fraction = ""] = decimal.replace(/^-/, "").split(".");
  const numerator = BigInt(whole + fraction);
  if (numerator === 0n) return 0;
  const denominator = 10n ** BigInt(fraction.length);
  const bits = (n) => n.toString(2).length;
  let shift = PRECISION - (bits(numerator) - bits(denominator));
  const scaled = (s) => s >= 0 ? numerator << BigInt(s) : numerator;
  const quotient = (s) => s >= 0 ? scaled(s) / denominator : numerator / (denominator << BigInt(-s));
  while (bits(quotient(shift)) > PRECISION) shift--;
  while (bits(quotient(shift)) < PRECISION) shift++;
  const top = shift >= 0 ? scaled(shift) : numerator;
  const bottom = shift >= 0 ? denominator : denominator << BigInt(-shift);
  const remainder = top % bottom;
  if (remainder === 0n) return 0;
  const twice = remainder * 2n;
  const mantissa = top / bottom;
  const up = twice > bottom || twice === bottom && mantissa % 2n === 1n;
  const side = up ? 1 : -1;
  return negative ? -side : side;
}

// src/readers/terraform/hcl/regex.ts
var LIMIT = 1e3;
function compileRe2(pattern, flags = "") {
  if (pattern.length > LIMIT) return { unsupported: "the pattern is too long to evaluate" };
  if (/\(\?(?!P<|:)|\\[AzQECpP]|\[\[:|\\[1-9]|\(\?[=!<]/.test(pattern))
    return { unsupported: "the pattern uses RE2 syntax the gate does not evaluate" };
  try {
    return { regex: new RegExp(pattern.replace(/\(\?P</g, "(?<"), `u${flags}`) };
  } catch {
    return { unsupported: "the pattern is not one the gate can read" };
  }
}
function replacementTemplate(template) {
  let out = "";
  for (let i = 0; i < template.length; i++) {
    const ch = template[i];
    if (ch !== "$") {
      out += ch;
      continue;
    }
    const rest = template.slice(i + 1);
    const braced = /^\{(\w+)\}/.exec(rest);
    const bare = /^(\d+)(?!\w)/.exec(rest);
    if (rest.startsWith("$")) {
      out += "$$";
      i++;
    } else if (braced) {
      out += /^\d+$/.test(braced[1]) ? `$${braced[1]}` : `$<${braced[1]}>`;
      i += braced[0].length;
    } else if (bare) {
      out += `$${bare[1]}`;
      i += bare[0].length;
    } else {
      return null;
    }
  }
  return out;
}

// src/readers/terraform/hcl/types.ts
var ANY = { kind: "any" };
function parseType(expr) {
  if (expr.kind === "variable") {
    if (expr.name === "string" || expr.name === "number" || expr.name === "bool")
      return { kind: expr.name };
    return ANY;
  }
  if (expr.kind !== "call") return ANY;
  const [first] = expr.args;
  switch (expr.name) {
    case "list":
    case "set":
    case "map":
      return first ? { kind: expr.name, element: parseType(first) } : ANY;
    case "tuple":
      return first?.kind === "tuple" ? { kind: "tuple", elements: first.items.map(parseType) } : ANY;
    case "object": {
      if (first?.kind !== "object") return ANY;
      const attributes = /* @__PURE__ */ new Map();
      for (const entry of first.entries) {
        if (typeof entry.key !== "string") return ANY;
        const value = entry.value;
        if (value.kind === "call" && value.name === "optional" && value.args[0]) {
          attributes.set(entry.key, {
            type: parseType(value.args[0]),
            optional: true,
            ...value.args[1] && { default: value.args[1] }
          });
        } else {
          attributes.set(entry.key, { type: parseType(value), optional: false });
        }
      }
      return { kind: "object", attributes };
    }
    default:
      return ANY;
  }
}
function convert(value, type, evaluateDefault) {
  if (type.kind === "any" || value.type === "unknown" || value.type === "error" || value.type === "null")
    return value;
  const fail = (what) => error(`a ${describe(value)} cannot be converted to ${what}`, "", value.origin);
  switch (type.kind) {
    case "string": {
      if (value.type === "string") return value;
      if (value.type === "number" || value.type === "bool") {
        const text2 = asString(value);
        if (text2 === null) return fail("string exactly");
        return value.type === "number" && value.written !== void 0 ? { type: "string", value: text2, origin: value.origin, written: value.written } : str(text2, value.origin);
      }
      return fail("string");
    }
    case "number": {
      if (value.type === "number") return value;
      if (value.type === "string") {
        const text2 = exactNumberText(value.value);
        return text2 === null ? fail("number") : num(Number(text2), value.origin, text2);
      }
      return fail("number");
    }
    case "bool": {
      if (value.type === "bool") return value;
      if (value.type === "string" && (value.value === "true" || value.value === "false"))
        return bool(value.value === "true", value.origin);
      return fail("bool");
    }
    case "list":
    case "set": {
      if (value.type !== "list") return fail(type.kind);
      const items = [];
      for (const item of value.items) {
        const converted = convert(through(item, value.origin.via), type.element, evaluateDefault);
        if (converted.type === "error") return converted;
        items.push(converted);
      }
      return type.kind === "set" ? setOf(items, value.origin) : list(items, value.origin);
    }
    case "tuple": {
      if (value.type !== "list" || value.items.length !== type.elements.length) return fail("tuple");
      return list(
        value.items.map((item, i) => convert(item, type.elements[i], evaluateDefault)),
        value.origin
      );
    }
    case "map": {
      if (value.type !== "object") return fail("map");
      const entries = /* @__PURE__ */ new Map();
      for (const [key, item] of value.entries) {
        const converted = convert(item, type.element, evaluateDefault);
        if (converted.type === "error") return converted;
        entries.set(key, converted);
      }
      return obj(entries, value.origin);
    }
    case "object": {
      if (value.type !== "object") return fail("object");
      const entries = /* @__PURE__ */ new Map();
      for (const [key, attribute] of type.attributes) {
        const given = value.entries.get(key);
        if (given === void 0 || given.type === "null") {
          if (!attribute.optional && given === void 0)
            return error(`attribute "${key}" is required`, "", value.origin);
          const fallback = attribute.default ? evaluateDefault(attribute.default) : void 0;
          entries.set(
            key,
            fallback ? convert(fallback, attribute.type, evaluateDefault) : given ?? { type: "null", origin: value.origin }
          );
          continue;
        }
        const converted = convert(given, attribute.type, evaluateDefault);
        if (converted.type === "error") return converted;
        entries.set(key, converted);
      }
      return obj(entries, value.origin);
    }
  }
}
function setOf(items, origin2) {
  return { type: "list", items: asSet(items), origin: origin2, set: true };
}
function asSet(items) {
  const key = (value) => `${value.type}:${asString(value) ?? JSON.stringify(value.type)}`;
  const seen = /* @__PURE__ */ new Map();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()].sort((a, b) => {
    if (a.type === "number" && b.type === "number") return a.value - b.value;
    const x = asString(a) ?? "";
    const y = asString(b) ?? "";
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
function describe(value) {
  if (value.type === "number") return `number (${numberText(value.value) ?? value.value})`;
  return value.type === "list" ? "list" : value.type === "object" ? "object" : value.type;
}

// src/readers/terraform/hcl/functions.ts
function callFunction(call, ev, here) {
  const name = call.name.replace(/^provider::[^:]+::/, "");
  if (name === "try") {
    for (const arg of call.args) {
      const value = ev(arg);
      if (value.type !== "error" || value.static) return value;
    }
    return error("every try() argument failed", call.text, here);
  }
  if (name === "can") {
    const value = call.args[0] ? ev(call.args[0]) : error("can needs an argument", call.text, here);
    if (value.type === "error" && value.static) return value;
    return value.type === "unknown" ? unknown(value.reason, call.text, here) : bool(value.type !== "error", here);
  }
  const impl = FUNCTIONS[name];
  if (!impl) return unknown(`the function ${name}() is not evaluated statically`, call.text, here);
  let args = call.args.map(ev);
  if (call.expand && args.length > 0) {
    const last = args[args.length - 1];
    const spread = elements(last);
    if (!spread)
      return last.type === "unknown" || last.type === "error" ? settle(last, call, here) : error("... needs a list", call.text, here);
    args = [...args.slice(0, -1), ...spread];
  }
  try {
    return impl(args, call, here);
  } catch (thrown) {
    if (isExhaustion(thrown)) throw thrown;
    return unknown(`${name}() could not be evaluated with these arguments`, call.text, here);
  }
}
function settle(value, call, here) {
  if (value.type === "unknown") return unknown(value.reason, call.text, here, value.data);
  const failed = value;
  return (failed.static ? staticError : error)(failed.reason, call.text, here);
}
function strict(impl) {
  return (args, call, here) => {
    const unsettled2 = firstUnsettled(args);
    return unsettled2 ? settle(unsettled2, call, here) : impl(args, call, here);
  };
}
var stringOp = (fn) => strict((args, call, here) => {
  const texts = args.map(asString);
  if (texts.some((t) => t === null)) return error(`${call.name}() needs strings`, call.text, here);
  return str(fn(...texts), combined(call.at, args));
});
var FUNCTIONS = {
  format: strict((args, call, here) => {
    const [spec, ...rest] = args;
    const pattern = spec && asString(spec);
    if (pattern === null || pattern === void 0)
      return error("format() needs a format string", call.text, here);
    const text2 = formatString(pattern, rest);
    if (typeof text2 !== "string")
      return text2.unknown ? unknown(text2.reason, call.text, here) : error(text2.reason, call.text, here);
    return str(text2, combined(call.at, rest));
  }),
  join: strict((args, call, here) => {
    const [sep, ...lists] = args;
    const parts = lists.flatMap((l) => elements(l) ?? []);
    const unsettled2 = firstUnsettled(parts);
    if (unsettled2) return settle(unsettled2, call, here);
    const texts = parts.map(asString);
    if (!sep || asString(sep) === null || texts.some((t) => t === null))
      return error("join() needs a separator and lists of strings", call.text, here);
    return str(texts.join(asString(sep)), combined(call.at, parts));
  }),
  split: strict((args, call, here) => {
    const [sep, text2] = args.map(asString);
    if (sep == null || text2 == null) return error("split() needs two strings", call.text, here);
    return list(
      text2.split(sep).map((part) => str(part, here)),
      here
    );
  }),
  lower: stringOp((s) => s.toLowerCase()),
  upper: stringOp((s) => s.toUpperCase()),
  trimspace: stringOp((s) => s.trim()),
  trimprefix: stringOp((s, p) => s.startsWith(p) ? s.slice(p.length) : s),
  trimsuffix: stringOp((s, p) => p && s.endsWith(p) ? s.slice(0, -p.length) : s),
  trim: stringOp((s, chars) => {
    const set = new Set(chars);
    let a = 0;
    let b = s.length;
    while (a < b && set.has(s[a])) a++;
    while (b > a && set.has(s[b - 1])) b--;
    return s.slice(a, b);
  }),
  replace: strict((args, call, here) => {
    const [text2, search, replacement] = args.map(asString);
    if (text2 == null || search == null || replacement == null)
      return error("replace() needs three strings", call.text, here);
    if (search.length > 1 && search.startsWith("/") && search.endsWith("/")) {
      const compiled = compileRe2(search.slice(1, -1), "g");
      const template = replacementTemplate(replacement);
      if ("unsupported" in compiled || template === null)
        return unknown(
          "unsupported" in compiled ? compiled.unsupported : "the replacement is not evaluated",
          call.text,
          here
        );
      return str(text2.replace(compiled.regex, template), combined(call.at, args));
    }
    return str(text2.split(search).join(replacement), combined(call.at, args));
  }),
  regex: strict((args, call, here) => {
    const matches = regexMatches(args, call, here, false);
    return Array.isArray(matches) ? matches[0] : matches;
  }),
  regexall: strict((args, call, here) => {
    const matches = regexMatches(args, call, here, true);
    return Array.isArray(matches) ? list(matches, here) : matches;
  }),
  jsondecode: strict((args, call, here) => {
    const text2 = asString(args[0]);
    if (text2 === null) return error("jsondecode() needs a string", call.text, here);
    let data;
    try {
      data = JSON.parse(text2);
    } catch {
      return error("jsondecode() got text that is not JSON", call.text, here);
    }
    return fromJson(data, args[0].origin);
  }),
  substr: strict((args, call, here) => {
    const text2 = asString(args[0]);
    const offset = asNumber(args[1]);
    const length = asNumber(args[2]);
    if (text2 === null || offset === null || length === null)
      return error("substr() needs a string and two numbers", call.text, here);
    const start = offset < 0 ? text2.length + offset : offset;
    return str(
      length < 0 ? text2.slice(start) : text2.slice(start, start + length),
      combined(call.at, args)
    );
  }),
  startswith: strict(
    (args, _call, here) => bool((asString(args[0]) ?? "").startsWith(asString(args[1]) ?? "\0"), here)
  ),
  endswith: strict(
    (args, _call, here) => bool((asString(args[0]) ?? "").endsWith(asString(args[1]) ?? "\0"), here)
  ),
  strcontains: strict(
    (args, _call, here) => bool((asString(args[0]) ?? "").includes(asString(args[1]) ?? "\0"), here)
  ),
  // Sensitivity changes how Terraform prints a value, not the value.
  sensitive: (args, call, here) => args.length === 1 ? args[0] : error("sensitive() takes one argument", call.text, here),
  nonsensitive: (args, call, here) => args.length === 1 ? args[0] : error("nonsensitive() takes one argument", call.text, here),
  tostring: strict((args, call, here) => {
    const value = args[0];
    if (value.type === "null") return value;
    const text2 = asString(value);
    return text2 === null ? error("tostring() needs a primitive", call.text, here) : str(text2, value.origin);
  }),
  tonumber: strict((args, call, here) => {
    const value = args[0];
    if (value.type === "null") return value;
    const n = asNumber(value);
    return n === null ? error("tonumber() cannot convert this", call.text, here) : num(n, value.origin);
  }),
  tobool: strict((args, call, here) => {
    const b = truthy(args[0]);
    return b === null ? error("tobool() cannot convert this", call.text, here) : bool(b, args[0].origin);
  }),
  tolist: strict((args, call, here) => listOf(args[0], call, here)),
  toset: strict((args, call, here) => {
    const items = elements(args[0]);
    return items && args[0].type === "list" ? setOf(items, args[0].origin) : error("toset() needs a list", call.text, here);
  }),
  tomap: strict(
    (args, call, here) => args[0].type === "object" ? args[0] : error("tomap() needs an object", call.text, here)
  ),
  concat: strict((args, call, here) => {
    const items = [];
    for (const arg of args) {
      const parts = elements(arg);
      if (!parts || arg.type === "object") return error("concat() needs lists", call.text, here);
      items.push(...parts.map((p) => through(p, arg.origin.via)));
    }
    return list(items, here);
  }),
  merge: (args, call, here) => {
    const unsettled2 = firstUnsettled(args);
    if (unsettled2) return settle(unsettled2, call, here);
    const entries = /* @__PURE__ */ new Map();
    for (const arg of args) {
      if (arg.type === "null") continue;
      if (arg.type !== "object") return error("merge() needs objects", call.text, here);
      for (const [k, v] of arg.entries) entries.set(k, through(v, arg.origin.via));
    }
    return obj(entries, here);
  },
  lookup: (args, call, here) => {
    const [map, key, fallback] = args;
    if (!map || !key) return error("lookup() needs a map and a key", call.text, here);
    const unsettled2 = firstUnsettled([map, key]);
    if (unsettled2) return settle(unsettled2, call, here);
    const k = asString(key);
    if (map.type !== "object" || k === null)
      return error("lookup() needs a map and a string key", call.text, here);
    const found = map.entries.get(k);
    if (found) return through(found, map.origin.via);
    return fallback ?? error(`"${k}" is not in the map`, call.text, here);
  },
  coalesce: (args, call, here) => {
    for (const arg of args) {
      if (arg.type === "unknown" || arg.type === "error") return settle(arg, call, here);
      if (arg.type !== "null" && !(arg.type === "string" && arg.value === "")) return arg;
    }
    return error("coalesce() found no non-empty argument", call.text, here);
  },
  coalescelist: (args, call, here) => {
    for (const arg of args) {
      if (arg.type === "unknown" || arg.type === "error") return settle(arg, call, here);
      const items = elements(arg);
      if (items && items.length > 0) return arg;
    }
    return error("coalescelist() found no non-empty list", call.text, here);
  },
  element: strict((args, call, here) => {
    const items = elements(args[0]);
    const index = asNumber(args[1]);
    if (index !== null && !Number.isInteger(index))
      return error("element() needs a whole-number index", call.text, here);
    if (!items || index === null || items.length === 0)
      return error("element() needs a non-empty list and an index", call.text, here);
    return through(
      items[(index % items.length + items.length) % items.length],
      args[0].origin.via
    );
  }),
  one: strict((args, call, here) => {
    const items = elements(args[0]);
    if (!items || items.length > 1)
      return error("one() needs a list of at most one element", call.text, here);
    return items[0] ? through(items[0], args[0].origin.via) : { type: "null", origin: here };
  }),
  length: strict((args, call, here) => {
    const value = args[0];
    if (value.type === "string") return num([...value.value].length, here);
    const items = elements(value);
    return items ? num(items.length, here) : error("length() needs a string, list or map", call.text, here);
  }),
  keys: strict(
    (args, call, here) => args[0].type === "object" ? list(
      [...args[0].entries.keys()].sort().map((k) => str(k, here)),
      here
    ) : error("keys() needs a map", call.text, here)
  ),
  values: strict((args, call, here) => {
    const value = args[0];
    if (value.type !== "object") return error("values() needs a map", call.text, here);
    const sorted = [...value.entries].sort(([a], [b]) => a < b ? -1 : 1).map(([, v]) => through(v, value.origin.via));
    return list(sorted, here);
  }),
  contains: strict((args, call, here) => {
    const items = elements(args[0]);
    return items ? bool(
      items.some((item) => equalValues(item, args[1])),
      here
    ) : error("contains() needs a list", call.text, here);
  }),
  flatten: strict((args, _call, here) => {
    const out = [];
    const walk = (value) => {
      if (value.type === "list") value.items.forEach(walk);
      else out.push(value);
    };
    walk(args[0]);
    return list(out, here);
  }),
  distinct: strict((args, call, here) => distinctList(args[0], call, here)),
  compact: strict((args, call, here) => {
    const items = elements(args[0]);
    if (!items) return error("compact() needs a list", call.text, here);
    const unsettled2 = firstUnsettled(items);
    if (unsettled2) return settle(unsettled2, call, here);
    return list(
      items.filter(
        (item) => item.type !== "null" && !(item.type === "string" && item.value === "")
      ),
      here
    );
  }),
  reverse: strict((args, call, here) => {
    const items = elements(args[0]);
    return items ? list([...items].reverse(), here) : error("reverse() needs a list", call.text, here);
  }),
  sort: strict((args, call, here) => {
    const items = elements(args[0]);
    if (!items) return error("sort() needs a list", call.text, here);
    return list(
      [...items].sort((a, b) => (asString(a) ?? "") < (asString(b) ?? "") ? -1 : 1),
      here
    );
  }),
  slice: strict((args, call, here) => {
    const items = elements(args[0]);
    const from = asNumber(args[1]);
    const to = asNumber(args[2]);
    if (!items || from === null || to === null)
      return error("slice() needs a list and two indexes", call.text, here);
    return list(items.slice(from, to), here);
  }),
  zipmap: strict((args, call, here) => {
    const keys = elements(args[0]);
    const vals = elements(args[1]);
    if (!keys || !vals) return error("zipmap() needs two lists", call.text, here);
    const entries = /* @__PURE__ */ new Map();
    keys.forEach((key, i) => {
      const k = asString(key);
      if (k !== null && vals[i]) entries.set(k, vals[i]);
    });
    return obj(entries, here);
  }),
  range: strict((args, call, here) => {
    const n = args.map(asNumber);
    if (n.some((x) => x === null) || n.length === 0)
      return error("range() needs numbers", call.text, here);
    const [start, end, step] = n.length === 1 ? [0, n[0], 1] : [n[0], n[1], n[2] ?? 1];
    const out = [];
    for (let i = start; step > 0 ? i < end : i > end; i += step) {
      if (out.length > 1024) return error("range() is too long", call.text, here);
      out.push(num(i, here));
    }
    return list(out, here);
  }),
  max: strict((args, call, here) => numeric(args, call, here, (...n) => Math.max(...n))),
  min: strict((args, call, here) => numeric(args, call, here, (...n) => Math.min(...n))),
  floor: strict((args, call, here) => numeric(args, call, here, Math.floor)),
  ceil: strict((args, call, here) => numeric(args, call, here, Math.ceil)),
  abs: strict((args, call, here) => numeric(args, call, here, Math.abs))
};
function numeric(args, call, here, fn) {
  const n = args.map(asNumber);
  if (n.some((x) => x === null)) return error(`${call.name}() needs numbers`, call.text, here);
  return num(fn(...n), combined(call.at, args));
}
function listOf(value, call, here) {
  const items = elements(value);
  return items && value.type === "list" ? value : error(`${call.name}() needs a list`, call.text, here);
}
function regexMatches(args, call, here, all) {
  const [pattern, text2] = args.map(asString);
  if (pattern == null || text2 == null)
    return error(`${call.name}() needs two strings`, call.text, here);
  const compiled = compileRe2(pattern, "g");
  if ("unsupported" in compiled) return unknown(compiled.unsupported, call.text, here);
  const at = combined(call.at, args);
  const results = [];
  for (const match of text2.matchAll(compiled.regex)) {
    const groups = match.slice(1);
    const named = match.groups ? Object.entries(match.groups) : [];
    if (named.length > 0 && named.length !== groups.length)
      return error("a pattern cannot mix named and unnamed groups", call.text, here);
    results.push(
      named.length > 0 ? obj(new Map(named.map(([name, v]) => [name, str(v ?? "", at)])), at) : groups.length > 0 ? list(
        groups.map((v) => str(v ?? "", at)),
        at
      ) : str(match[0], at)
    );
    if (!all) break;
    if (match[0] === "") compiled.regex.lastIndex++;
  }
  if (!all && results.length === 0) return error("the pattern did not match", call.text, here);
  return results;
}
function fromJson(data, at) {
  if (data === null) return { type: "null", origin: at };
  if (typeof data === "string") return str(data, at);
  if (typeof data === "boolean") return bool(data, at);
  if (typeof data === "number") {
    const text2 = numberText(data);
    return text2 === null ? unknown("a JSON number too precise to use", "", at) : num(data, at, text2);
  }
  if (Array.isArray(data))
    return list(
      data.map((item) => fromJson(item, at)),
      at
    );
  return obj(
    new Map(Object.entries(data).map(([k, v]) => [k, fromJson(v, at)])),
    at
  );
}
function distinctList(value, call, here) {
  const items = elements(value);
  if (!items || value.type === "object")
    return error(`${call.name}() needs a list`, call.text, here);
  const out = [];
  for (const item of items) if (!out.some((seen) => equalValues(seen, item))) out.push(item);
  return list(out, value.origin);
}

// src/readers/terraform/hcl/evaluate.ts
var NO_BINDINGS = /* @__PURE__ */ new Map();
function evaluate(expr, scope, bindings = NO_BINDINGS, depth = 0) {
  if (depth === 0)
    return withinBudget(
      EXPRESSION_BUDGET,
      () => evaluateAt(expr, scope, bindings, 0),
      (reason) => unknown(reason, expr.text, origin(expr.at))
    );
  return evaluateAt(expr, scope, bindings, depth);
}
function evaluateAt(expr, scope, bindings, depth) {
  const here = origin(expr.at);
  if (depth > 200) return error("the expression is nested too deeply", expr.text, here);
  const ev = (inner, extra = bindings) => evaluate(inner, scope, extra, depth + 1);
  switch (expr.kind) {
    case "literal":
      if (expr.value === null) return { type: "null", origin: here };
      if (typeof expr.value === "number") {
        const text2 = exactNumberText(expr.text);
        return text2 === null ? error(`the number ${expr.text} is out of range`, expr.text, here) : { type: "number", value: Number(text2), origin: here, text: text2, written: expr.text };
      }
      if (typeof expr.value === "boolean") return bool(expr.value, here);
      return str(expr.value, here);
    case "template": {
      const [only] = expr.parts;
      if (expr.parts.length === 1 && typeof only !== "string") return ev(only);
      const parts = expr.parts.map((part) => typeof part === "string" ? part : ev(part));
      const values = parts.filter((part) => typeof part !== "string");
      const unsettled2 = firstUnsettled(values);
      if (unsettled2?.type === "unknown" && !values.some((v) => v.type === "error")) {
        const known = parts.map(
          (part) => typeof part === "string" || part.type === "unknown" ? part : asString(part)
        );
        if (known.every((part) => part !== null))
          return {
            ...carry(unsettled2, expr),
            parts: known
          };
      }
      if (unsettled2) return carry(unsettled2, expr);
      const texts = parts.map((part) => typeof part === "string" ? part : asString(part));
      if (texts.some((text2) => text2 === null))
        return error("a template interpolates a value that is not a string", expr.text, here);
      return str(texts.join(""), combined(expr.at, values));
    }
    case "tuple":
      return list(
        expr.items.map((item) => ev(item)),
        here
      );
    case "object": {
      const entries = /* @__PURE__ */ new Map();
      for (const entry of expr.entries) {
        let key = entry.key;
        if (typeof key !== "string") {
          const keyValue = ev(key);
          const text2 = asString(keyValue);
          if (text2 === null)
            return keyValue.type === "unknown" || keyValue.type === "error" ? carry(keyValue, expr) : error("an object key is not a string", expr.text, here);
          key = text2;
        }
        entries.set(key, ev(entry.value));
      }
      return obj(entries, here);
    }
    case "variable":
    case "attr":
    case "index":
      return traverse(expr, scope, bindings, depth);
    case "splat":
      return splat(expr, scope, bindings, depth);
    case "call":
      return callFunction(expr, (inner) => ev(inner), here);
    case "conditional": {
      const test = ev(expr.test);
      const decided = truthy(test);
      if (decided !== null) return ev(decided ? expr.then : expr.otherwise);
      if (test.type === "error") return carry(test, expr);
      const then = ev(expr.then);
      const otherwise = ev(expr.otherwise);
      if (equalValues(then, otherwise)) return then;
      return {
        type: "unknown",
        // The test's own reason says why it is not known (an apply-time value, a bound).
        reason: `it depends on \`${expr.test.text}\`${test.type === "unknown" ? `, and ${test.reason}` : ""}`,
        expression: expr.text,
        origin: here,
        either: [then, otherwise]
      };
    }
    case "unary": {
      const operand = ev(expr.operand);
      if (firstUnsettled([operand])) return carry(operand, expr);
      if (expr.op === "!") {
        const b = truthy(operand);
        return b === null ? error("! needs a bool", expr.text, here) : bool(!b, operand.origin);
      }
      const text2 = asNumberText(operand);
      if (text2 === null) return error("- needs a number", expr.text, here);
      const negated = decimalArithmetic("0", "-", text2);
      return num(Number(negated), operand.origin, negated);
    }
    case "binary":
      return binary(expr, ev(expr.left), ev(expr.right));
    case "for":
      return forExpression(expr, ev, bindings);
    case "unsupported":
      return unknown(`${expr.reason} is not supported`, expr.text, here);
  }
}
function binary(expr, left, right) {
  const here = origin(expr.at);
  if (expr.op === "&&" || expr.op === "||") {
    const l = truthy(left);
    const r = truthy(right);
    if (expr.op === "&&" && (l === false || r === false)) return bool(false, here);
    if (expr.op === "||" && (l === true || r === true)) return bool(true, here);
    if (l !== null && r !== null) return bool(expr.op === "&&" ? l && r : l || r, here);
  }
  const unsettled2 = firstUnsettled([left, right]);
  if (unsettled2) return carry(unsettled2, expr);
  const at = combined(expr.at, [left, right]);
  if (expr.op === "==" || expr.op === "!=") {
    const same = equalValues(left, right) || asString(left) !== null && asString(left) === asString(right) && left.type !== "bool" && right.type !== "bool" && left.type === right.type;
    return bool(expr.op === "==" ? same : !same, at);
  }
  if (expr.op === "&&" || expr.op === "||") return error(`${expr.op} needs bools`, expr.text, here);
  const a = asNumber(left);
  const b = asNumber(right);
  const aText = asNumberText(left);
  const bText = asNumberText(right);
  if (a === null || b === null || aText === null || bText === null)
    return error(`${expr.op} needs numbers`, expr.text, here);
  switch (expr.op) {
    case "+":
    case "-":
    case "*":
    case "/":
    case "%": {
      if ((expr.op === "/" || expr.op === "%") && b === 0)
        return error("division by zero", expr.text, here);
      const text2 = decimalArithmetic(aText, expr.op, bText);
      return text2 === null ? unknown(
        `${aText} ${expr.op} ${bText} has no exact decimal value to convert`,
        expr.text,
        here
      ) : num(Number(text2), at, text2);
    }
    case ">":
      return bool(a > b, at);
    case ">=":
      return bool(a >= b, at);
    case "<":
      return bool(a < b, at);
    case "<=":
      return bool(a <= b, at);
    default:
      return error(`unknown operator ${expr.op}`, expr.text, here);
  }
}
function forExpression(expr, ev, bindings) {
  const here = origin(expr.at);
  const collection = ev(expr.collection);
  if (firstUnsettled([collection])) return carry(collection, expr);
  const pairs = collection.type === "object" ? [...collection.entries].map(([k, v]) => [str(k, v.origin), v]) : collection.type === "list" ? collection.items.map((v, i) => [num(i, v.origin), v]) : [];
  if (collection.type !== "object" && collection.type !== "list")
    return error("for needs a list or a map", expr.text, here);
  const items = [];
  const entries = /* @__PURE__ */ new Map();
  for (const [key, value] of pairs) {
    spend(1);
    const scope = new Map(bindings);
    if (expr.keyVar !== void 0) scope.set(expr.keyVar, key);
    scope.set(expr.valueVar, value);
    if (expr.condition) {
      const keep = ev(expr.condition, scope);
      const decided = truthy(keep);
      if (decided === false) continue;
      if (decided === null)
        return keep.type === "error" ? carry(keep, expr) : unknown(`the for condition \`${expr.condition.text}\` is not known`, expr.text, here);
    }
    const result = ev(expr.value, scope);
    if (expr.keyExpr) {
      const keyValue = ev(expr.keyExpr, scope);
      const text2 = asString(keyValue);
      if (text2 === null)
        return keyValue.type === "unknown" || keyValue.type === "error" ? carry(keyValue, expr) : error("a for key is not a string", expr.text, here);
      if (expr.grouping) {
        const group = entries.get(text2);
        entries.set(
          text2,
          list([...group && group.type === "list" ? group.items : [], result], here)
        );
      } else {
        entries.set(text2, result);
      }
    } else {
      items.push(result);
    }
  }
  return expr.keyExpr ? obj(entries, here) : list(items, here);
}
function traverse(expr, scope, bindings, depth) {
  const steps = [];
  let root = expr;
  while (root.kind === "attr" || root.kind === "index") {
    steps.unshift(
      root.kind === "attr" ? { kind: "attr", name: root.name } : { kind: "index", key: root.key }
    );
    root = root.target;
  }
  const here = origin(expr.at);
  const ev = (inner) => evaluate(inner, scope, bindings, depth + 1);
  if (root.kind !== "variable")
    return applySteps(evaluate(root, scope, bindings, depth + 1), steps, expr, ev);
  const name = root.name;
  const bound = bindings.get(name);
  if (bound) return applySteps(bound, steps, expr, ev);
  const attrAt = (i) => steps[i]?.kind === "attr" ? steps[i].name : void 0;
  const keyAt = (i) => {
    const step = steps[i];
    if (step?.kind !== "index") return { key: void 0, consumed: 0 };
    const keyValue = ev(step.key);
    const key = keyValue.type === "number" ? keyValue.value : asString(keyValue);
    return key === null ? { key: void 0, consumed: 1, value: keyValue } : { key, consumed: 1 };
  };
  switch (name) {
    case "var":
    case "local": {
      const first = attrAt(0);
      if (!first) return error(`${name} needs an attribute`, expr.text, here);
      const value = name === "var" ? scope.variable(first, root.at) : scope.local(first, root.at);
      return applySteps(value, steps.slice(1), expr, ev);
    }
    case "module": {
      const moduleName = attrAt(0);
      if (!moduleName) return error("module needs a name", expr.text, here);
      const { key, consumed, value: badKey } = keyAt(1);
      if (badKey) return carry(badKey, expr);
      const output = attrAt(1 + consumed);
      if (!output) return unknown("a whole module object is not evaluated", expr.text, here);
      return applySteps(
        scope.moduleOutput(moduleName, key, output, root.at),
        steps.slice(2 + consumed),
        expr,
        ev
      );
    }
    case "data": {
      const type = attrAt(0);
      const dataName = attrAt(1);
      if (!type || !dataName) return error("data needs a type and a name", expr.text, here);
      const { key, consumed, value: badKey } = keyAt(2);
      if (badKey) return carry(badKey, expr);
      const attribute = attrAt(2 + consumed);
      if (!attribute)
        return unknown(`data.${type}.${dataName} is read at plan time`, expr.text, here, {
          type: `data.${type}`,
          name: dataName
        });
      return applySteps(
        scope.dataAttribute(type, dataName, key, attribute, root.at),
        steps.slice(3 + consumed),
        expr,
        ev
      );
    }
    case "path":
    case "terraform":
    case "dependency":
    case "include":
      return unknown(`${name}.* is only known when Terraform runs`, expr.text, here);
    case "each":
    case "count":
    case "self":
      return error(`${name} is not available here`, expr.text, here);
    default: {
      if (!name.includes("_")) return error(`unknown name "${name}"`, expr.text, here);
      const resourceName = attrAt(0);
      if (!resourceName)
        return unknown(`a whole resource collection is not evaluated`, expr.text, here);
      const { key, consumed, value: badKey } = keyAt(1);
      if (badKey) return carry(badKey, expr);
      const attribute = attrAt(1 + consumed);
      if (!attribute)
        return unknown(
          `the whole ${name}.${resourceName} object is not evaluated`,
          expr.text,
          here,
          { type: name, name: resourceName }
        );
      return applySteps(
        scope.resourceAttribute(name, resourceName, key, attribute, root.at),
        steps.slice(2 + consumed),
        expr,
        ev
      );
    }
  }
}
function splat(expr, scope, bindings, depth) {
  const here = origin(expr.at);
  const ev = (inner) => evaluate(inner, scope, bindings, depth + 1);
  const steps = expr.steps;
  const instances = instancesOf(expr.target, scope, bindings);
  if (instances) {
    const items2 = instances.keys.map((key) => {
      const target2 = key === void 0 ? expr.target : {
        kind: "index",
        target: expr.target,
        key: { kind: "literal", value: key, at: expr.at, text: JSON.stringify(key) },
        at: expr.at,
        text: `${expr.target.text}[${JSON.stringify(key)}]`
      };
      let chain = target2;
      for (const step of steps)
        chain = step.kind === "attr" ? { kind: "attr", target: chain, name: step.name, at: expr.at, text: expr.text } : { kind: "index", target: chain, key: step.key, at: expr.at, text: expr.text };
      return ev(chain);
    });
    return list(items2, here);
  }
  const target = ev(expr.target);
  if (target.type === "unknown" || target.type === "error") return carry(target, expr);
  if (target.type === "null") return list([], here);
  const items = target.type === "list" ? target.items : [target];
  return list(
    items.map((item) => applySteps(item, steps, expr, ev)),
    here
  );
}
function instancesOf(target, scope, bindings) {
  const names = [];
  let root = target;
  while (root.kind === "attr") {
    names.unshift(root.name);
    root = root.target;
  }
  if (root.kind !== "variable" || bindings.has(root.name)) return void 0;
  const keys = root.name === "data" && names.length === 2 ? scope.instanceKeys("data", names[0], names[1]) : root.name === "module" && names.length === 1 ? scope.instanceKeys("module", "module", names[0]) : root.name.includes("_") && names.length === 1 ? scope.instanceKeys("resource", root.name, names[0]) : void 0;
  return keys ? { keys } : void 0;
}
function applySteps(start, steps, expr, ev) {
  let current = start;
  for (const step of steps) {
    if (current.type === "unknown" || current.type === "error") return current;
    let key;
    if (step.kind === "attr") {
      key = step.name;
    } else {
      const keyValue = ev(step.key);
      if (keyValue.type === "unknown" || keyValue.type === "error") return carry(keyValue, expr);
      const text2 = keyValue.type === "number" ? keyValue.value : asString(keyValue);
      if (text2 === null)
        return error("an index is not a string or number", expr.text, origin(expr.at));
      key = text2;
    }
    const next = select(current, key);
    if (!next) {
      const what = typeof key === "number" ? `index ${key}` : `"${key}"`;
      return error(`${what} does not exist in ${describe2(current)}`, expr.text, origin(expr.at));
    }
    current = through(next, current.origin.via);
  }
  return current;
}
function select(container, key) {
  if (container.type === "object") return container.entries.get(String(key));
  if (container.type === "list") {
    const index = typeof key === "number" ? key : Number(key);
    return Number.isInteger(index) && index >= 0 ? container.items[index] : void 0;
  }
  return void 0;
}
function describe2(value) {
  if (value.type === "object")
    return `an object with keys ${[...value.entries.keys()].map((k) => `"${k}"`).join(", ") || "(none)"}`;
  if (value.type === "list") return `a list of ${value.items.length}`;
  return `a ${value.type}`;
}
function carry(value, expr) {
  if (value.type === "unknown") return unknown(value.reason, expr.text, origin(expr.at), value.data);
  if (value.type === "error")
    return (value.static ? staticError : error)(value.reason, expr.text, origin(expr.at));
  return value;
}

// src/readers/terraform/eks/launch-template.ts
var TEMPLATE_TYPES = /* @__PURE__ */ new Set(["aws_launch_template", "aws_launch_configuration"]);
var TEMPLATE_BLOCKS = /* @__PURE__ */ new Set([
  "launch_template",
  "mixed_instances_policy",
  "launch_template_specification"
]);
var TEMPLATE_REFS = ["id", "name", "launch_template_id", "launch_template_name"];
function nodeImage(site) {
  const configuration = site.block.body.attributes.get("launch_configuration");
  if (configuration) return referencedImage(site, configuration);
  for (const ref of templateRefs(site.block.body)) {
    const image = referencedImage(site, ref);
    if (image) return image;
  }
  return void 0;
}
function* templateRefs(body) {
  for (const block of body.blocks) {
    const type = block.type === "dynamic" ? block.labels[0] : block.type;
    if (!type || !TEMPLATE_BLOCKS.has(type)) continue;
    const content = block.type === "dynamic" ? block.body.blocks.find((b) => b.type === "content")?.body : block.body;
    if (!content) continue;
    for (const name of TEMPLATE_REFS) {
      const ref = content.attributes.get(name);
      if (ref) yield ref;
    }
    yield* templateRefs(content);
  }
}
function referencedImage(site, ref) {
  const target = templateTarget(site, ref.expression);
  if (!target) return void 0;
  const image = site.instance.resourceAttribute(
    target.type,
    target.name,
    target.key,
    "image_id",
    ref.at
  );
  const none = image.type === "unknown" && image.data?.type === target.type && image.data.attribute === "image_id" || image.type === "string" && image.value === "";
  return none ? void 0 : { value: image, at: image.origin.at };
}
function templateTarget(site, expr) {
  const evaluated = site.instance.evaluateIn(site.expansion, expr);
  const data = evaluated.type === "unknown" ? evaluated.data : void 0;
  return data && TEMPLATE_TYPES.has(data.type) ? { type: data.type, name: data.name, key: data.key } : void 0;
}

// src/readers/terraform/eks/aws-identity.ts
var ACCOUNT = /^\d{12}$/;
function awsIdentity(site) {
  const own = site.block;
  const ownRegion = own.body.attributes.get("region");
  const region = ownRegion ? regionOf(site.instance.evaluateIn(site.expansion, ownRegion.expression)) : void 0;
  const provider = own.type === "module" ? passedProvider(site.instance, own, "aws") : providerConfig(
    site.instance,
    own.body.attributes.get("provider")?.expression.text.trim() ?? "aws"
  );
  const fromProvider = provider ? providerIdentity(provider) : {};
  const chosen = region ?? fromProvider.region;
  return {
    ...chosen && { region: chosen },
    ...fromProvider.account && { account: fromProvider.account }
  };
}
function providerConfig(instance, reference, depth = 0) {
  const block = instance.directory.providers.get(reference);
  if (block) return { instance, block };
  if (!instance.caller || depth > 16) return void 0;
  return passedProvider(instance.caller.instance, instance.caller.call, reference, depth + 1);
}
function passedProvider(caller, call, reference, depth = 0) {
  const map = call.body.attributes.get("providers")?.expression;
  const entry = map?.kind === "object" ? map.entries.find((e) => (typeof e.key === "string" ? e.key : e.key.text) === reference) : void 0;
  if (entry) return providerConfig(caller, entry.value.text.trim(), depth);
  return reference.includes(".") ? void 0 : providerConfig(caller, reference, depth);
}
function providerIdentity({ instance, block }) {
  const expansion = instance.expand(block)[0];
  if (!expansion) return {};
  const value = (name, from = block) => {
    const attribute = from.body.attributes.get(name);
    return attribute ? instance.evaluateIn(expansion, attribute.expression) : void 0;
  };
  const region = regionOf(value("region"));
  const allowed = value("allowed_account_ids");
  const allowedOne = allowed?.type === "list" && allowed.items.length === 1 ? asString(allowed.items[0]) : null;
  const assumed = block.body.blocks.find((b) => b.type === "assume_role");
  const role = assumed ? value("role_arn", assumed) : void 0;
  const roleAccount = role ? /^arn:aws[\w-]*:iam::(\d{12}):/.exec(asString(role) ?? "")?.[1] : void 0;
  const account = allowedOne && ACCOUNT.test(allowedOne) ? allowedOne : roleAccount;
  return { ...region && { region }, ...account && { account } };
}
function regionOf(value) {
  const text2 = value ? asString(value) : null;
  return text2 && isAwsRegion(text2) ? text2 : void 0;
}

// builtin:node:path/posix?src/readers/terraform/eks/deployed-files.ts
var m2 = __require("node:path/posix");
var posix_default2 = m2;

// src/readers/terraform/eks/deployed-files.ts
function deployedFiles(site, attribute) {
  const expression = site.block.body.attributes.get(attribute)?.expression;
  if (!expression) return [];
  const rootDir = site.root.replace(/\[.*\]$/, "").replace(/^\.$/, "");
  const dirs = { module: site.instance.directory.dir, root: rootDir };
  const found = [];
  visit(expression, (call) => {
    const target = call.args[0] && filePath(call.args[0], dirs);
    if (target !== void 0) found.push(target);
  });
  return found;
}
function visit(expr, onFileCall, depth = 0) {
  if (depth > 32) return;
  const next = (child) => visit(child, onFileCall, depth + 1);
  switch (expr.kind) {
    case "call":
      if (expr.name === "file" || expr.name === "templatefile") onFileCall(expr);
      else expr.args.forEach(next);
      return;
    case "tuple":
      expr.items.forEach(next);
      return;
    case "object":
      expr.entries.forEach((entry) => next(entry.value));
      return;
    case "conditional":
      next(expr.then);
      next(expr.otherwise);
      return;
    case "template":
      expr.parts.forEach((part) => typeof part !== "string" && next(part));
      return;
    default:
      return;
  }
}
function filePath(arg, dirs) {
  if (arg.kind === "literal" && typeof arg.value === "string")
    return repositoryPath(arg.value, dirs.root);
  if (arg.kind !== "template") return void 0;
  const [first, ...rest] = arg.parts;
  if (rest.some((part) => typeof part !== "string")) return void 0;
  const tail = rest.join("");
  if (typeof first === "string") return repositoryPath(first + tail, dirs.root);
  const which = first?.kind === "attr" && first.target.kind === "variable" && first.target.name === "path" ? first.name : void 0;
  if (which !== "module" && which !== "root") return void 0;
  return repositoryPath(posix_default2.join(".", tail.replace(/^\//, "")), dirs[which]);
}

// src/readers/terraform/eks/site.ts
function attr(site, name) {
  const attribute = site.block.body.attributes.get(name);
  return attribute ? { value: site.instance.evaluateIn(site.expansion, attribute.expression), at: attribute.at } : void 0;
}
function text(input) {
  return input ? asString(input.value) : null;
}
function clusterId(root, address) {
  return `terraform:${root}:${address}`;
}
function linkOf(site, expr, value) {
  const steps = [];
  for (let node = expr; node; node = node.kind === "attr" || node.kind === "index" ? node.target : void 0)
    steps.unshift(node);
  const [root, resource, maybeIndex] = steps;
  const kind = root?.kind === "variable" && (root.name === "aws_eks_cluster" || root.name === "module") ? root.name : void 0;
  if (kind && resource?.kind === "attr") {
    const prefix = site.instance.address ? `${site.instance.address}.` : "";
    const key = maybeIndex?.kind === "index" ? site.instance.evaluateIn(site.expansion, maybeIndex.key) : void 0;
    const suffix = key ? key.type === "number" ? `[${key.value}]` : `[${JSON.stringify(asString(key))}]` : "";
    return { kind: "address", address: `${prefix}${kind}.${resource.name}${suffix}` };
  }
  return linkOfValue(value);
}
function linkOfValue(value) {
  const name = value ? asString(value) : null;
  if (name) return { kind: "name", name };
  const ref = value?.type === "unknown" ? value.data : void 0;
  const lookedUp = ref?.arguments?.get("name");
  if ((ref?.type === "aws_eks_cluster" || ref?.type === "aws_eks_cluster_auth") && lookedUp) {
    const link = linkOfValue(lookedUp);
    if (link.kind !== "unknown") return link;
  }
  if (ref?.type === "aws_eks_cluster" && ref.module !== void 0) {
    const key = ref.key === void 0 ? "" : typeof ref.key === "number" ? `[${ref.key}]` : `[${JSON.stringify(ref.key)}]`;
    return {
      kind: "address",
      address: `${ref.module ? `${ref.module}.` : ""}aws_eks_cluster.${ref.name}${key}`
    };
  }
  return {
    kind: "unknown",
    reason: value && (value.type === "unknown" || value.type === "error") ? value.reason : "cluster_name is not set"
  };
}
function attachment(site, field, what, attach2) {
  const attribute = site.block.body.attributes.get(field);
  const value = attribute ? site.instance.evaluateIn(site.expansion, attribute.expression) : void 0;
  return {
    root: site.root,
    link: linkOf(site, attribute?.expression, value),
    what,
    at: site.block.at,
    attach: attach2
  };
}

// src/readers/terraform/eks/provider-wiring.ts
function providerHost(site, type) {
  const chosen = site.block.body.attributes.get("provider")?.expression.text.trim() ?? type;
  const provider = site.instance.directory.providers.get(chosen);
  if (!provider) return void 0;
  const direct = provider.body.attributes.get("host");
  if (direct) return direct;
  const block = provider.body.blocks.find((b) => b.type === "kubernetes");
  const inBlock = block?.body.attributes.get("host");
  if (inBlock) return inBlock;
  const object = provider.body.attributes.get("kubernetes")?.expression;
  const entry = object?.kind === "object" ? object.entries.find((e) => e.key === "host") : void 0;
  return entry ? { expression: entry.value } : void 0;
}
function attachThroughProvider(site, type, attach2) {
  const host = providerHost(site, type);
  if (!host) return false;
  const expression = host.expression;
  site.out.attachments.push({
    root: site.root,
    link: linkOf(site, expression, site.instance.evaluateIn(site.expansion, expression)),
    what: `${site.block.labels[0]} ${site.block.labels[1] ?? ""}`,
    at: site.block.at,
    attach: attach2
  });
  return true;
}

// src/readers/terraform/eks/helm-release.ts
function readHelmRelease(site) {
  const chart = text(attr(site, "chart"));
  if (!chart) return;
  const version = attr(site, "version");
  const at = site.block.at;
  const tag = helmImageTag(site);
  const component = componentFromChart(
    chart,
    version ? asString(version.value) ?? void 0 : void 0,
    tag ? asString(tag.value) ?? void 0 : void 0,
    at,
    tag?.value.origin.at ?? version?.value.origin.at
  );
  if (!component) return;
  const deploys = deployedFiles(site, "values");
  const wired = attachThroughProvider(site, "helm", (cluster) => {
    cluster.components.push(component);
    cluster.deploys.push(...deploys);
  });
  if (!wired) site.out.components.push(component);
}
function helmImageTag(site) {
  const evaluate2 = (expr) => site.instance.evaluateIn(site.expansion, expr);
  for (const block of site.block.body.blocks.filter((b) => b.type === "set")) {
    const name = block.body.attributes.get("name");
    const value = block.body.attributes.get("value");
    if (name && value && asString(evaluate2(name.expression)) === "image.tag")
      return { value: evaluate2(value.expression) };
  }
  const setList = attr(site, "set");
  for (const item of setList && setList.value.type === "list" ? setList.value.items : []) {
    if (item.type === "object" && asString(item.entries.get("name") ?? { type: "null", origin: item.origin }) === "image.tag" && item.entries.get("value"))
      return { value: item.entries.get("value") };
  }
  const values = site.block.body.attributes.get("values");
  const items = values?.expression.kind === "tuple" ? values.expression.items : [];
  for (const item of items) {
    if (item.kind !== "call" || item.name !== "yamlencode" || !item.args[0]) continue;
    const object = site.instance.evaluateIn(site.expansion, item.args[0]);
    const image = object.type === "object" ? object.entries.get("image") : void 0;
    const tagValue = image?.type === "object" ? image.entries.get("tag") : void 0;
    if (tagValue) return { value: tagValue };
  }
  return void 0;
}

// src/readers/terraform/eks/manifest-resource.ts
var NOTHING = { components: [], nodeGroups: [], apis: [] };
var RESOURCES = {
  kubernetes_manifest: { attribute: "manifest", provider: "kubernetes" },
  kubectl_manifest: { attribute: "yaml_body", provider: "kubectl" }
};
function readManifestResource(site) {
  const { attribute, provider } = RESOURCES[site.block.labels[0]];
  const expression = site.block.body.attributes.get(attribute)?.expression;
  if (!expression) return;
  const found = contents(site, expression);
  const deploys = deployedFiles(site, attribute);
  const wired = attachThroughProvider(site, provider, (cluster) => {
    cluster.components.push(...found.components);
    cluster.nodeGroups.push(...found.nodeGroups.map((g) => followsControlPlane(g, cluster.version)));
    cluster.apis.push(...found.apis);
    cluster.deploys.push(...deploys);
  });
  if (!wired) {
    site.out.components.push(...found.components);
    site.out.nodeGroups.push(...found.nodeGroups);
    site.out.apis.push(...found.apis);
  }
}
function contents(site, expression) {
  const yaml = expression.kind === "call" && expression.name === "yamldecode" ? expression.args[0] : site.block.labels[0] === "kubectl_manifest" ? expression : void 0;
  if (yaml) return yamlContents(site, yaml);
  return objectContents(site.instance.evaluateIn(site.expansion, expression), expression.at);
}
function yamlContents(site, expression) {
  const value = site.instance.evaluateIn(site.expansion, expression);
  const holes = [];
  const text2 = value.type === "string" ? value.value : value.type === "unknown" && value.parts ? value.parts.map((part) => typeof part === "string" ? part : hole(holes.push(part) - 1)).join("") : void 0;
  if (text2 === void 0) return NOTHING;
  const heredoc = /^<<(-?)/.exec(expression.text);
  const indent = heredoc?.[1] ? commonIndent(expression.text) : "";
  const inPlace = heredoc ? "\n".repeat(expression.at.line) + text2.split("\n").map((line) => line === "" || /^(---|\.\.\.)/.test(line) ? line : indent + line).join("\n") : text2;
  const read = readManifests({ path: expression.at.file, text: inPlace });
  const found = {
    components: (read.components ?? []).map((c) => withHoles2(c, holes)),
    nodeGroups: (read.nodeGroups ?? []).map((g) => withHoles2(g, holes)),
    apis: (read.apis ?? []).filter((api) => !HOLE.test(api.apiVersion) && !HOLE.test(api.kind))
  };
  if (heredoc) return found;
  const here = (item) => pointedAt(item, expression.at);
  return {
    components: found.components.map(here),
    nodeGroups: found.nodeGroups.map(here),
    apis: found.apis.map(here)
  };
}
var hole = (index) => `__terraform_hole_${index}__`;
var HOLE = /__terraform_hole_(\d+)__/;
var HOLES = new RegExp(HOLE.source, "g");
function commonIndent(source) {
  const body = source.split("\n").slice(1, -1).filter((line) => line.trim() !== "");
  const widths = body.map((line) => /^[ \t]*/.exec(line)[0]);
  return widths.reduce((a, b) => b.length < a.length ? b : a, widths[0] ?? "");
}
function withHoles2(item, holes) {
  const out = { ...item };
  for (const [key, field] of Object.entries(item)) {
    if (typeof field === "string") {
      out[key] = field.replace(
        HOLES,
        (_, index) => `\${${expressionOf(holes[Number(index)])}}`
      );
      continue;
    }
    const declared = field;
    const match = declared?.status && typeof declared.value === "string" ? HOLE.exec(declared.value) : null;
    const cause = match ? holes[Number(match[1])] : void 0;
    if (declared?.at && (cause?.type === "unknown" || cause?.type === "error"))
      out[key] = unresolved(declared.at, cause.expression, cause.reason);
  }
  return out;
}
function expressionOf(value) {
  return value?.type === "unknown" || value?.type === "error" ? value.expression : "\u2026";
}
function pointedAt(item, at) {
  const out = { ...item };
  for (const [key, field] of Object.entries(item)) {
    if (key === "at") out[key] = at;
    else if (field?.status && field.at) out[key] = { ...field, at };
  }
  return out;
}
function objectContents(manifest, at) {
  const field = (value, name2) => value?.type === "object" ? value.entries.get(name2) : void 0;
  const written = (value) => {
    const text2 = value ? asString(value) : null;
    return text2 === null ? void 0 : { text: text2, at: value.origin.at };
  };
  const apiVersion = written(field(manifest, "apiVersion"));
  const kind = written(field(manifest, "kind"));
  if (!apiVersion || !kind) return NOTHING;
  const name = written(field(field(manifest, "metadata"), "name"))?.text;
  const apis = [
    {
      apiVersion: apiVersion.text,
      kind: kind.text,
      ...name !== void 0 && { name },
      at: apiVersion.at
    }
  ];
  if (!apiVersion.text.startsWith("karpenter.k8s.aws/") || kind.text !== "EC2NodeClass")
    return { ...NOTHING, apis };
  const spec = field(manifest, "spec");
  const terms = field(spec, "amiSelectorTerms");
  const aliasValue = (terms?.type === "list" ? terms.items : []).map((term) => field(term, "alias")).find((alias2) => alias2 !== void 0);
  const familyValue = field(spec, "amiFamily");
  const amiFamily = written(familyValue);
  const alias = written(aliasValue);
  const userData = written(field(spec, "userData"));
  const group = karpenterNodeClass({
    name: name ?? "EC2NodeClass",
    at,
    ...amiFamily && { amiFamily },
    ...alias && { alias },
    ...userData && { userData: { field: "userData", ...userData, block: false } }
  });
  const unsettled2 = (value) => value && (value.type === "unknown" || value.type === "error") ? value : void 0;
  const family = unsettled2(familyValue) ?? (amiFamily ? void 0 : unsettled2(aliasValue));
  const release = unsettled2(aliasValue);
  return {
    ...NOTHING,
    apis,
    nodeGroups: [
      {
        ...group,
        ...family && {
          amiFamily: unresolved(family.origin.at, family.expression, family.reason)
        },
        ...release && {
          releaseVersion: unresolved(release.origin.at, release.expression, release.reason)
        }
      }
    ]
  };
}

// src/readers/terraform/eks/self-managed.ts
var CLUSTER_TAG = /^kubernetes\.io\/cluster\/(.+)$/;
function readAutoscalingGroup(site) {
  const image = nodeImage(site);
  const fromAmi = image ? versionFromAmi(image.value) : null;
  const clusterName = clusterTag(site);
  const onlyInsideCluster = !eksAmi(image?.value) && clusterName === void 0;
  if (onlyInsideCluster && !site.instance.address) return;
  const at = site.block.at;
  const name = text(attr(site, "name")) ?? text(attr(site, "name_prefix")) ?? site.address;
  const amiId = image ? declaredString(
    image.value,
    image.at,
    () => unspecified(at, "the launch template sets no image")
  ) : unresolved(
    at,
    site.address,
    "the launch template or configuration of this group could not be followed"
  );
  const hint = image ? familyHint(image.value) : void 0;
  const family = hint?.family ?? null;
  const amiFamily = hint ? unspecified(hint.at, `from the AMI ${hint.text}`, hint.family) : unspecified(at, "a self-managed group: see its AMI");
  site.out.attachments.push({
    root: site.root,
    link: clusterName !== void 0 ? { kind: "name", name: clusterName } : {
      kind: "unknown",
      reason: "the group has no kubernetes.io/cluster/NAME tag",
      within: site.instance.address
    },
    what: `self-managed node group ${name}`,
    ...onlyInsideCluster && { onlyInsideCluster },
    at,
    attach(cluster) {
      const version = groupVersion({
        explicit: void 0,
        release: unspecified(at, "a self-managed group runs the AMI it is given"),
        amiType: family,
        customAmi: fromAmi ?? amiId,
        cluster: cluster.version,
        at
      });
      cluster.nodeGroups.push({
        name,
        kind: "self-managed",
        at,
        version,
        amiType: unspecified(at, "a self-managed group has no EKS AMI type; see its AMI family"),
        amiFamily,
        releaseVersion: unspecified(at, "a self-managed group runs the AMI it is given"),
        amiId
      });
    }
  });
}
function eksAmi(value) {
  if (!value) return false;
  if (value.type === "unknown" && value.either) return value.either.some(eksAmi);
  return versionFromAmi(value) !== null;
}
function familyHint(value) {
  if (value.type === "unknown" && value.either)
    return agreed(value.either, familyHint, (hint) => hint.family) ?? void 0;
  for (const hint of amiHints(value)) {
    const text2 = asString(hint);
    const family = text2 ? amiFamilyFromHint(text2) : null;
    if (text2 && family) return { text: text2, family, at: hint.origin.at };
  }
  return void 0;
}
function clusterTag(site) {
  for (const block of site.block.body.blocks) {
    if (block.type !== "tag") continue;
    const key = block.body.attributes.get("key");
    const value = key && asString(site.instance.evaluateIn(site.expansion, key.expression));
    const match = value ? CLUSTER_TAG.exec(value) : null;
    if (match) return match[1];
  }
  const tags = attr(site, "tags")?.value;
  for (const item of tags?.type === "list" ? tags.items : []) {
    const key = item.type === "object" ? item.entries.get("key") : void 0;
    const match = key ? CLUSTER_TAG.exec(asString(key) ?? "") : null;
    if (match) return match[1];
  }
  return void 0;
}

// src/readers/terraform/eks/extract.ts
var settled = (value) => value !== void 0 && value.type !== "unknown" && value.type !== "error";
function extractInstance(instance, root, out) {
  const prefix = instance.address ? `${instance.address}.` : "";
  for (const [key, block] of instance.directory.resources) {
    const type = block.labels[0];
    for (const expansion of instance.expand(block)) {
      const address = `${prefix}${key}${expansion.suffix}`;
      const read = RESOURCE_READERS[type];
      if (read) read({ instance, block, expansion, address, root, out });
    }
  }
  for (const [name, call] of instance.directory.moduleCalls) {
    const eks = classifyEksModule(call);
    for (const expansion of instance.expand(call)) {
      const address = `${prefix}module.${name}${expansion.suffix}`;
      const site = { instance, block: call, expansion, address, root, out };
      const child = instance.child(name, call, expansion);
      if (child) extractInstance(child, root, out);
      else if (eks) readEksCall(site, eks);
      else readOtherModule(site);
    }
  }
}
var RESOURCE_READERS = {
  aws_eks_cluster: readClusterResource,
  aws_eks_node_group: readNodeGroupResource,
  aws_eks_addon: readAddonResource,
  aws_eks_fargate_profile: readFargateResource,
  aws_autoscaling_group: readAutoscalingGroup,
  helm_release: readHelmRelease,
  kubernetes_manifest: readManifestResource,
  kubectl_manifest: readManifestResource
};
function readClusterResource(site) {
  const version = attr(site, "version");
  site.out.clusters.push({
    id: clusterId(site.root, site.address),
    name: text(attr(site, "name")) ?? site.address,
    address: site.address,
    root: site.root,
    source: { kind: "terraform", file: site.block.at.file, line: site.block.at.line },
    ...awsIdentity(site),
    version: declaredVersion(
      version?.value,
      version?.at,
      () => unspecified(
        site.block.at,
        "version is not set: AWS creates the cluster at its current default version"
      )
    ),
    nodeGroups: [],
    addons: [],
    components: [],
    apis: [],
    deploys: []
  });
}
var EKS_DEFAULT_AMI_TYPE = "EKS's default AMI type (AL2023 for new node groups from 1.30, AL2 before)";
var EKS_LATEST_RELEASE = "EKS picks the latest AMI release for the version";
function readNodeGroupResource(site) {
  const name = text(attr(site, "node_group_name")) ?? text(attr(site, "node_group_name_prefix")) ?? site.address;
  const amiTypeInput = attr(site, "ami_type");
  const releaseInput = attr(site, "release_version");
  const versionInput = attr(site, "version");
  const at = site.block.at;
  const amiType = declaredString(
    amiTypeInput?.value,
    amiTypeInput?.at,
    () => unspecified(at, EKS_DEFAULT_AMI_TYPE)
  );
  const releaseVersion = declaredString(
    releaseInput?.value,
    releaseInput?.at,
    () => unspecified(at, EKS_LATEST_RELEASE)
  );
  const customAmi = nodeImage(site);
  const amiId = customAmi ? declaredString(customAmi.value, customAmi.at, () => unspecified(at, "the EKS-optimized AMI")) : unspecified(at, "the EKS-optimized AMI");
  site.out.attachments.push(
    attachment(site, "cluster_name", `node group ${name}`, (cluster) => {
      const version = groupVersion({
        // EKS refuses a version beside a custom AMI, so a version that depends on
        // whether the AMI is set (the module's `var.ami_id != "" ? null : …`) is the AMI's.
        explicit: customAmi && !settled(versionInput?.value) ? void 0 : versionInput?.value,
        release: releaseVersion,
        amiType: amiType.value,
        customAmi: customAmi ? versionFromAmi(customAmi.value) ?? amiId : void 0,
        cluster: cluster.version,
        at: versionInput?.at ?? at
      });
      cluster.nodeGroups.push({
        name,
        kind: "managed",
        at,
        version,
        amiType,
        amiFamily: unspecified(at, "see the AMI type"),
        releaseVersion,
        amiId
      });
    })
  );
}
function readAddonResource(site) {
  const name = text(attr(site, "addon_name")) ?? site.address;
  const version = attr(site, "addon_version");
  const at = site.block.at;
  const conflictPolicy = (name2) => {
    const given = attr(site, name2) ?? attr(site, "resolve_conflicts");
    return declaredString(
      given?.value,
      given?.at,
      () => unspecified(at, `${name2} is not set: EKS's default, NONE`, "NONE")
    );
  };
  const resolveConflicts = {
    onCreate: conflictPolicy("resolve_conflicts_on_create"),
    onUpdate: conflictPolicy("resolve_conflicts_on_update")
  };
  const configured = attr(site, "configuration_values") !== void 0;
  site.out.attachments.push(
    attachment(site, "cluster_name", `add-on ${name}`, (cluster) => {
      cluster.addons.push({
        name,
        at,
        version: addonVersion(
          version?.value,
          () => unspecified(at, "EKS installs its default version for the cluster version")
        ),
        resolveConflicts,
        configured
      });
    })
  );
}
function readFargateResource(site) {
  const name = text(attr(site, "fargate_profile_name")) ?? site.address;
  const at = site.block.at;
  site.out.attachments.push(
    attachment(
      site,
      "cluster_name",
      `Fargate profile ${name}`,
      (cluster) => cluster.nodeGroups.push(fargateProfile(name, at, cluster.version))
    )
  );
}
function fargateProfile(name, at, cluster) {
  const none = (what) => unspecified(at, `Fargate manages the ${what}`);
  return {
    name,
    kind: "fargate",
    at,
    version: inheritsControlPlane(cluster, at),
    amiType: none("AMI"),
    amiFamily: none("AMI"),
    releaseVersion: none("node release"),
    amiId: none("AMI")
  };
}
var VERSION_INPUTS = [
  "cluster_version",
  "kubernetes_version",
  "eks_version",
  "eks_cluster_version",
  "k8s_version"
];
function readOtherModule(site) {
  const source = moduleSource(site.block) ?? "";
  if (BLUEPRINTS_ADDONS.test(source)) return readBlueprintsAddons(site);
  if (NODE_GROUP_MODULE.test(source)) return readNodeGroupModule(site);
  const versionAttribute = VERSION_INPUTS.map((name2) => site.block.body.attributes.get(name2)).find(
    Boolean
  );
  if (!versionAttribute || /\bmodule\./.test(versionAttribute.expression.text)) return;
  const found = moduleInput(site.block, site.instance, site.expansion, VERSION_INPUTS);
  if (!found) return;
  const name = moduleInput(site.block, site.instance, site.expansion, ["cluster_name", "name"]);
  site.out.clusters.push({
    id: clusterId(site.root, site.address),
    name: text(name) ?? site.address,
    address: site.address,
    root: site.root,
    source: { kind: "terraform", file: site.block.at.file, line: site.block.at.line },
    ...awsIdentity(site),
    version: declaredVersion(found.value, found.at, () => unspecified(site.block.at, "not set"), {
      listOfOne: true
    }),
    nodeGroups: [],
    addons: [],
    components: [],
    apis: [],
    deploys: []
  });
}
var NODE_GROUP_MODULE = /node-?group/i;
function readNodeGroupModule(site) {
  const input = (names) => moduleInput(site.block, site.instance, site.expansion, names);
  const at = site.block.at;
  const name = text(input(["node_group_name", "name"])) ?? site.address;
  const single = (value) => value?.type === "list" && value.items.length <= 1 ? value.items[0] : value;
  const versionInput = input(["kubernetes_version", "cluster_version"]);
  const explicit = single(versionInput?.value);
  const amiTypeInput = input(["ami_type"]);
  const releaseInput = input(["ami_release_version", "release_version"]);
  const amiType = declaredString(
    single(amiTypeInput?.value),
    amiTypeInput?.at,
    () => unspecified(at, EKS_DEFAULT_AMI_TYPE)
  );
  const releaseVersion = declaredString(
    single(releaseInput?.value),
    releaseInput?.at,
    () => unspecified(at, EKS_LATEST_RELEASE)
  );
  site.out.attachments.push(
    attachment(site, "cluster_name", `node group module ${site.block.labels[0]}`, (cluster) => {
      cluster.nodeGroups.push({
        name,
        kind: "managed",
        at,
        version: groupVersion({
          explicit,
          release: releaseVersion,
          amiType: amiType.value,
          customAmi: void 0,
          cluster: cluster.version,
          at: versionInput?.at ?? at
        }),
        amiType,
        amiFamily: unspecified(at, "see the AMI type"),
        releaseVersion,
        amiId: unspecified(at, "the EKS-optimized AMI")
      });
    })
  );
}
var BLUEPRINTS_ADDONS = /aws-ia\/(?:eks-blueprints-addons\/aws|terraform-aws-eks-blueprints-addons)/;
function readBlueprintsAddons(site) {
  const addons = moduleInput(site.block, site.instance, site.expansion, ["eks_addons"]);
  if (!addons) return;
  site.out.attachments.push(
    attachment(site, "cluster_name", `add-ons of module ${site.block.labels[0]}`, (cluster) => {
      cluster.addons.push(...readAddonMap(addons, { major: 21 }));
    })
  );
}
function readEksCall(site, source) {
  const { instance, block: call, expansion } = site;
  const names = eksInputNames(source.major);
  const input = (list2) => moduleInput(call, instance, expansion, list2);
  const majorNote = source.major === null ? " (module major not pinned: input names of every major accepted)" : "";
  const create = input(["create", "create_eks"]);
  if (create && truthy(create.value) === false) return;
  if (source.kind === "cluster") {
    const versionInput = input(names.version);
    const version = declaredVersion(
      versionInput?.value,
      versionInput?.at,
      () => unspecified(
        call.at,
        `${names.version.join(" / ")} is not set: the module creates the cluster at EKS's default version${majorNote}`
      )
    );
    const draft = {
      id: clusterId(site.root, site.address),
      name: text(input(names.name)) ?? site.address,
      address: site.address,
      root: site.root,
      source: { kind: "terraform", file: call.at.file, line: call.at.line },
      ...awsIdentity(site),
      version,
      nodeGroups: [],
      addons: [],
      components: [],
      apis: [],
      deploys: []
    };
    const defaults = (list2) => input(list2)?.value;
    draft.nodeGroups.push(
      ...readGroupCollection(
        input(names.managed),
        defaults(names.managedDefaults),
        "managed",
        source.major,
        version
      ),
      ...names.selfManaged.flatMap(
        (name) => readGroupCollection(
          input([name]),
          defaults(names.selfManagedDefaults),
          "self-managed",
          source.major,
          version
        )
      ),
      ...readGroupCollection(
        input(["fargate_profiles"]),
        defaults(["fargate_profile_defaults"]),
        "fargate",
        source.major,
        version
      ).map((group2) => fargateProfile(group2.name, group2.at, version))
    );
    draft.addons.push(...readAddonMap(input(names.addons), source));
    site.out.clusters.push(draft);
    return;
  }
  if (source.kind === "other") return;
  if (source.kind === "node-groups" || source.kind === "fargate") {
    const fargate = source.kind === "fargate";
    const groups = input(fargate ? ["fargate_profiles"] : ["node_groups"]);
    const defaults = input(fargate ? [] : ["node_groups_defaults"])?.value;
    site.out.attachments.push(
      attachment(site, "cluster_name", `module ${call.labels[0]}`, (cluster) => {
        const read = readGroupCollection(
          groups,
          defaults,
          fargate ? "fargate" : "managed",
          source.major ?? 17,
          cluster.version
        );
        cluster.nodeGroups.push(
          ...fargate ? read.map((g) => fargateProfile(g.name, g.at, cluster.version)) : read
        );
      })
    );
    return;
  }
  const entries = /* @__PURE__ */ new Map();
  for (const [name, attribute] of call.body.attributes)
    entries.set(name, instance.evaluateIn(expansion, attribute.expression));
  const group = { type: "object", entries, origin: origin(call.at) };
  const kind = source.kind === "eks-managed-node-group" ? "managed" : source.kind === "self-managed-node-group" ? "self-managed" : "fargate";
  const label = call.labels[0] ?? "node group";
  const clusterName = call.body.attributes.get("cluster_name");
  site.out.attachments.push({
    root: site.root,
    link: linkOf(site, clusterName?.expression, entries.get("cluster_name")),
    what: `${kind} node group module ${label}`,
    at: call.at,
    attach(cluster) {
      const collection = {
        value: {
          type: "object",
          entries: /* @__PURE__ */ new Map([[label, group]]),
          origin: group.origin
        },
        at: call.at
      };
      const groups = readGroupCollection(collection, void 0, kind, source.major, cluster.version);
      cluster.nodeGroups.push(
        ...kind === "fargate" ? groups.map((g) => fargateProfile(g.name, g.at, cluster.version)) : groups
      );
    }
  });
}

// src/readers/terraform/hcl/module-instance.ts
var META_ARGUMENTS = /* @__PURE__ */ new Set([
  "source",
  "version",
  "for_each",
  "count",
  "providers",
  "depends_on"
]);
var MAX_DEPTH = 12;
var ModuleInstance = class _ModuleInstance {
  constructor(workspace, directory, address, inputs, depth = 0, installedAs = {
    root: directory.dir,
    key: ""
  }, caller) {
    this.workspace = workspace;
    this.directory = directory;
    this.address = address;
    this.inputs = inputs;
    this.depth = depth;
    this.installedAs = installedAs;
    this.caller = caller;
  }
  workspace;
  directory;
  address;
  inputs;
  depth;
  installedAs;
  caller;
  variableCache = /* @__PURE__ */ new Map();
  localCache = /* @__PURE__ */ new Map();
  evaluating = /* @__PURE__ */ new Set();
  childCache = /* @__PURE__ */ new Map();
  variable(name, at) {
    const cached = this.variableCache.get(name);
    if (cached) return cached;
    const block = this.directory.variables.get(name);
    if (!block)
      return staticError(
        `variable "${name}" is not declared in ${this.directory.dir || "."}`,
        `var.${name}`,
        origin(at)
      );
    return this.guarded(`var.${name}`, at, () => {
      const input = this.inputs.get(name);
      const fallback = block.body.attributes.get("default");
      const typeAttribute = block.body.attributes.get("type");
      const nullableAttribute = block.body.attributes.get("nullable");
      let value;
      if (input) value = input();
      else if (fallback) value = evaluate(fallback.expression, this);
      else {
        const where = this.address ? `the module call (${this.address})` : "terraform.tfvars, a *.auto.tfvars file or the var-files setting";
        value = unknown(
          `variable "${name}" has no default and no value in ${where}`,
          `var.${name}`,
          origin(block.at)
        );
      }
      if (value.type === "null" && input && fallback && nullableAttribute && truthy(evaluate(nullableAttribute.expression, this)) === false)
        value = evaluate(fallback.expression, this);
      if (typeAttribute)
        value = convert(value, parseType(typeAttribute.expression), (expr) => evaluate(expr, this));
      const result = through(value, [block.at]);
      this.variableCache.set(name, result);
      return result;
    });
  }
  local(name, at) {
    const cached = this.localCache.get(name);
    if (cached) return cached;
    const attribute = this.directory.locals.get(name);
    if (!attribute)
      return staticError(
        `local "${name}" is not defined in ${this.directory.dir || "."}`,
        `local.${name}`,
        origin(at)
      );
    return this.guarded(`local.${name}`, at, () => {
      const result = through(evaluate(attribute.expression, this), [attribute.at]);
      this.localCache.set(name, result);
      return result;
    });
  }
  /**
   * Computes the value named `key` unless it is already being computed further up:
   * then it refers to itself (a local, a variable's default, or a module input that
   * reads that module's own output), which is an error value, never endless recursion.
   */
  guarded(key, at, compute) {
    if (this.evaluating.has(key)) return error(`${key} refers to itself (a cycle)`, key, origin(at));
    this.evaluating.add(key);
    try {
      return compute();
    } finally {
      this.evaluating.delete(key);
    }
  }
  moduleOutput(name, key, output, at) {
    const call = this.directory.moduleCalls.get(name);
    const expr = `module.${name}.${output}`;
    if (!call)
      return error(
        `module "${name}" is not called in ${this.directory.dir || "."}`,
        expr,
        origin(at)
      );
    const expansion = this.expand(call).find((e) => e.key === key) ?? (key === void 0 ? void 0 : null);
    if (expansion === null)
      return error(`module.${name} has no instance [${JSON.stringify(key)}]`, expr, origin(at));
    if (!expansion)
      return unknown(`module.${name} has several instances; index it`, expr, origin(at));
    const address = key === void 0 ? expr : `module.${name}[${JSON.stringify(key)}].${output}`;
    return this.guarded(address, at, () => {
      const external = this.workspace.external.output(call, this, expansion, output, at);
      if (external) return external;
      const child = this.child(name, call, expansion);
      if (!child)
        return unknown(
          `the outputs of module "${name}" (${moduleSource(call) ?? "unknown source"}) are not read`,
          expr,
          origin(at)
        );
      return child.output(output, at);
    });
  }
  output(name, at) {
    const block = this.directory.outputs.get(name);
    if (!block)
      return error(
        `output "${name}" is not defined in ${this.directory.dir || "."}`,
        name,
        origin(at)
      );
    const value = block.body.attributes.get("value");
    if (!value) return error(`output "${name}" has no value`, name, origin(block.at));
    return through(evaluate(value.expression, this), [block.at]);
  }
  resourceAttribute(type, name, key, attribute, at) {
    const expr = `${type}.${name}.${attribute}`;
    const block = this.directory.resources.get(`${type}.${name}`);
    if (!block)
      return staticError(
        `resource ${type}.${name} is not declared in ${this.directory.dir || "."}`,
        expr,
        origin(at)
      );
    const expansions = this.expand(block);
    if (expansions.length === 0)
      return error(
        `${type}.${name} has no instances (count = 0 or an empty for_each)`,
        expr,
        origin(at)
      );
    const expansion = expansions.find((e) => e.key === key) ?? (expansions.length === 1 && key === void 0 ? expansions[0] : void 0);
    if (!expansion) return unknown(`${type}.${name} has no single instance here`, expr, origin(at));
    const declared = block.body.attributes.get(attribute);
    const computed = () => unknown(`${expr} is computed by AWS`, expr, origin(at), {
      type,
      name,
      ...expansion.key === void 0 ? {} : { key: expansion.key },
      attribute,
      module: this.address
    });
    if (!declared) return computed();
    const value = evaluate(declared.expression, this, expansion.bindings);
    if (value.type === "null") return computed();
    return through(value, [declared.at]);
  }
  instanceKeys(kind, type, name) {
    const block = kind === "module" ? this.directory.moduleCalls.get(name) : (kind === "data" ? this.directory.data : this.directory.resources).get(`${type}.${name}`);
    if (!block) return void 0;
    const expansions = this.expand(block);
    const repeated = block.body.attributes.has("count") || block.body.attributes.has("for_each");
    if (repeated && expansions.some((e) => e.key === void 0)) return void 0;
    return expansions.map((e) => e.key);
  }
  dataAttribute(type, name, key, attribute, at) {
    const block = this.directory.data.get(`${type}.${name}`);
    if (block && this.expand(block).length === 0)
      return error(
        `data.${type}.${name} has no instances (count = 0 or an empty for_each)`,
        `data.${type}.${name}.${attribute}`,
        origin(at)
      );
    const ref = {
      type,
      name,
      attribute,
      ...key !== void 0 && { key },
      ...block && { arguments: this.dataArguments(block, key) }
    };
    return unknown(
      `data.${type}.${name}.${attribute} is read from AWS at plan time`,
      `data.${type}.${name}.${attribute}`,
      origin(at),
      ref
    );
  }
  /** A data block's arguments, plus `filter` blocks as `filter.<name>` lists of values. */
  dataArguments(block, key) {
    const expansions = this.expand(block);
    const expansion = expansions.find((e) => e.key === key) ?? expansions[0];
    const args = /* @__PURE__ */ new Map();
    if (!expansion) return args;
    for (const [name, attribute] of block.body.attributes) {
      if (!META_ARGUMENTS.has(name))
        args.set(name, evaluate(attribute.expression, this, expansion.bindings));
    }
    for (const filter of block.body.blocks.filter((b) => b.type === "filter")) {
      const filterName = filter.body.attributes.get("name");
      const values = filter.body.attributes.get("values");
      const label = filterName ? asString(evaluate(filterName.expression, this, expansion.bindings)) : null;
      if (label && values)
        args.set(`filter.${label}`, evaluate(values.expression, this, expansion.bindings));
    }
    return args;
  }
  /** The instances a block with `for_each` or `count` stands for; one when neither is known. */
  expand(block, outer = /* @__PURE__ */ new Map()) {
    const forEach = block.body.attributes.get("for_each");
    const count = block.body.attributes.get("count");
    if (forEach) {
      const value = evaluate(forEach.expression, this, outer);
      if (value.type === "list" && !value.set) {
        const refused = staticError(
          "Terraform refuses for_each over a list: it takes a map or a set of strings (wrap it in toset())",
          forEach.expression.text,
          origin(forEach.at)
        );
        return [{ key: void 0, bindings: withBinding(outer, "each", refused), suffix: "" }];
      }
      const entries = value.type === "object" ? [...value.entries] : value.type === "list" ? value.items.map((item) => [asString(item) ?? "?", item]) : [];
      if (value.type !== "object" && value.type !== "list") {
        const each = unknown(
          `for_each is not known statically (${value.type === "unknown" || value.type === "error" ? value.reason : value.type})`,
          forEach.expression.text,
          origin(forEach.at)
        );
        return [{ key: void 0, bindings: withBinding(outer, "each", each), suffix: "" }];
      }
      return entries.map(([k, v]) => ({
        key: k,
        bindings: withBinding(outer, "each", {
          type: "object",
          entries: /* @__PURE__ */ new Map([
            ["key", str(k, v.origin)],
            ["value", v]
          ]),
          origin: v.origin
        }),
        suffix: `[${JSON.stringify(k)}]`
      }));
    }
    if (count) {
      const value = evaluate(count.expression, this, outer);
      if (value.type === "number" && Number.isInteger(value.value) && value.value >= 0 && value.value <= 1e3) {
        return Array.from({ length: value.value }, (_, i) => ({
          key: i,
          bindings: withBinding(outer, "count", {
            type: "object",
            entries: /* @__PURE__ */ new Map([["index", { type: "number", value: i, origin: value.origin }]]),
            origin: value.origin
          }),
          suffix: value.value === 1 ? "[0]" : `[${i}]`
        }));
      }
      const index = unknown(
        "count is not known statically",
        count.expression.text,
        origin(count.at)
      );
      return [
        {
          key: void 0,
          bindings: withBinding(outer, "count", {
            type: "object",
            entries: /* @__PURE__ */ new Map([["index", index]]),
            origin: index.origin
          }),
          suffix: ""
        }
      ];
    }
    return [{ key: void 0, bindings: outer, suffix: "" }];
  }
  /** The module instance a call makes, when its source is in the workspace (local or installed). */
  child(name, call, expansion) {
    const cacheKey = `${name}${expansion.suffix}`;
    const cached = this.childCache.get(cacheKey);
    if (cached !== void 0) return cached;
    const source = moduleSource(call);
    const key = this.installedAs.key ? `${this.installedAs.key}.${name}` : name;
    const local = source !== void 0 ? localModuleDir(this.directory.dir, source) : void 0;
    const dir = local ?? this.workspace.installed?.get(this.installedAs.root)?.get(key);
    const directory = dir !== void 0 ? this.workspace.directories.get(dir) : void 0;
    let child = null;
    if (directory && this.depth < MAX_DEPTH) {
      const inputs = /* @__PURE__ */ new Map();
      for (const [input, attribute] of call.body.attributes) {
        if (META_ARGUMENTS.has(input)) continue;
        inputs.set(input, () => evaluate(attribute.expression, this, expansion.bindings));
      }
      const address = `${this.address ? `${this.address}.` : ""}module.${name}${expansion.suffix}`;
      child = new _ModuleInstance(
        this.workspace,
        directory,
        address,
        inputs,
        this.depth + 1,
        { root: this.installedAs.root, key },
        { instance: this, call }
      );
    }
    this.childCache.set(cacheKey, child);
    return child;
  }
  /** Evaluates an expression of a block of this module, with the expansion's bindings. */
  evaluateIn(expansion, expr) {
    return evaluate(expr, this, expansion.bindings);
  }
};
function withBinding(outer, name, value) {
  const next = new Map(outer);
  next.set(name, value);
  return next;
}

// builtin:node:path?src/readers/terraform/hcl/installed-modules.ts
var m3 = __require("node:path");
var node_path_default = m3;

// src/readers/terraform/hcl/installed-modules.ts
function readModulesManifest(file, problems) {
  const root = file.path.replace(/(^|\/)\.terraform\/modules\/modules\.json$/, "");
  let data;
  try {
    data = JSON.parse(file.text);
  } catch (error2) {
    problems.push({
      at: sourceRef(file.path, 1),
      message: `${file.path} is not valid JSON (${error2.message}); installed modules there are not read`
    });
    return void 0;
  }
  const modules = data?.Modules;
  if (!Array.isArray(modules)) {
    problems.push({
      at: sourceRef(file.path, 1),
      message: `${file.path} has no "Modules" list; installed modules there are not read`
    });
    return void 0;
  }
  const dirs = /* @__PURE__ */ new Map();
  for (const entry of modules) {
    if (typeof entry?.Key !== "string" || typeof entry.Dir !== "string" || entry.Key === "")
      continue;
    const dir = node_path_default.posix.normalize(node_path_default.posix.join(root || ".", entry.Dir.replaceAll("\\", "/")));
    if (node_path_default.posix.isAbsolute(entry.Dir) || dir === ".." || dir.startsWith("../")) continue;
    dirs.set(entry.Key, dir === "." ? "" : dir);
  }
  return { root, dirs };
}

// builtin:node:path/posix?src/readers/terraform/hcl/terragrunt.ts
var m4 = __require("node:path/posix");
var posix_default3 = m4;

// src/readers/terraform/hcl/terragrunt.ts
function terragruntDirectory(file) {
  const dir = posix_default3.dirname(file.path) === "." ? "" : posix_default3.dirname(file.path);
  const terraform = file.body.blocks.find((block) => block.type === "terraform");
  const source = terraform?.body.attributes.get("source");
  const inputs = file.body.attributes.get("inputs");
  const attributes = /* @__PURE__ */ new Map();
  if (source) {
    const expr = source.expression.kind === "literal" && typeof source.expression.value === "string" && !source.expression.value.includes("://") && !source.expression.value.startsWith("git") ? { ...source.expression, value: source.expression.value.replace(/\/\/+/g, "/") } : source.expression;
    attributes.set("source", { ...source, expression: expr });
  }
  if (inputs?.expression.kind === "object") {
    for (const entry of inputs.expression.entries) {
      if (typeof entry.key === "string")
        attributes.set(entry.key, { name: entry.key, at: entry.keyAt, expression: entry.value });
    }
  }
  const call = {
    type: "module",
    labels: ["terragrunt"],
    at: terraform?.at ?? inputs?.at ?? { file: file.path, line: 1, column: 1 },
    body: { attributes, blocks: [] }
  };
  const body = {
    attributes: /* @__PURE__ */ new Map(),
    blocks: [...file.body.blocks.filter((block) => block.type === "locals"), call]
  };
  return indexDirectory(dir, [{ path: file.path, body, syntaxErrors: [] }]);
}

// src/readers/terraform/index.ts
function isAutoVarFile(file) {
  const name = posix_default.basename(file);
  return name === "terraform.tfvars" || name === "terraform.tfvars.json" || name.endsWith(".auto.tfvars") || name.endsWith(".auto.tfvars.json");
}
function autoVarFileOrder(a, b) {
  const rank = (file) => posix_default.basename(file) === "terraform.tfvars" ? 0 : posix_default.basename(file) === "terraform.tfvars.json" ? 1 : 2;
  const x = posix_default.basename(a);
  const y = posix_default.basename(b);
  return rank(a) - rank(b) || (x < y ? -1 : x > y ? 1 : 0);
}
function readTerraform(files, parser, options) {
  const problems = [];
  const parsed = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (!isParsedFile(file)) continue;
    const read = () => parseTerraformFile(parser, file);
    const hcl = options.cache ? options.cache.remember(PARSED, file, read) : read();
    parsed.set(file.path, hcl);
    for (const syntax of hcl.syntaxErrors)
      problems.push({
        at: syntax.at,
        message: `${syntax.message} in ${file.path} at line ${syntax.at.line}; the block around it was skipped`
      });
  }
  const byDir = /* @__PURE__ */ new Map();
  const autoVarFiles = /* @__PURE__ */ new Map();
  const add = (map, key, value) => {
    const list2 = map.get(key);
    if (list2) list2.push(value);
    else map.set(key, [value]);
  };
  for (const [file, hcl] of parsed) {
    if (file.endsWith(".tf") || isJsonConfig(file)) add(byDir, dirOf(file), hcl);
    else if (isAutoVarFile(file)) add(autoVarFiles, dirOf(file), file);
  }
  const directories = new Map(
    [...byDir].map(([dir, hcls]) => [dir, indexDirectory(dir, hcls)])
  );
  const installed = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (!isModulesManifest(file.path)) continue;
    const manifest = readModulesManifest(file, problems);
    if (manifest) installed.set(manifest.root, manifest.dirs);
  }
  const workspace = { directories, external: eksModuleOutputs, installed };
  const terragrunt = [...parsed].filter(([file]) => isTerragruntFile(file)).map(([, hcl]) => terragruntDirectory(hcl));
  const called = /* @__PURE__ */ new Set();
  for (const directory of [...directories.values(), ...terragrunt]) {
    for (const call of directory.moduleCalls.values()) {
      const source = moduleSource(call);
      const target = source !== void 0 ? localModuleDir(directory.dir, source) : void 0;
      if (target !== void 0 && target !== directory.dir) called.add(target);
    }
  }
  const moved = [];
  for (const [file, hcl] of parsed) {
    const root = dirOf(file);
    if (called.has(root) || !directories.has(root)) continue;
    for (const block of hcl.body.blocks.filter((b) => b.type === "moved")) {
      const from = block.body.attributes.get("from")?.expression.text;
      const to = block.body.attributes.get("to")?.expression.text;
      if (from && to) moved.push({ root, from, to });
    }
  }
  const explicit = assignVarFiles(options.varFiles, directories, parsed, problems);
  const extraction = {
    clusters: [],
    attachments: [],
    components: [],
    nodeGroups: [],
    apis: []
  };
  for (const directory of directories.values()) {
    if (called.has(directory.dir) || /(^|\/)\.terraform\//.test(directory.dir)) continue;
    const autoFiles = (autoVarFiles.get(directory.dir) ?? []).sort(autoVarFileOrder);
    const instances = explicit.get(directory.dir) ?? [void 0];
    for (const varFile of instances) {
      const tfvars = [...autoFiles, ...varFile ? [varFile] : []].map((file) => parsed.get(file));
      const inputs = tfvarsInputs(tfvars);
      const root = `${directory.dir || "."}${varFile ? `[${varFile}]` : ""}`;
      evaluateRoot(
        root,
        directory,
        problems,
        () => extractInstance(new ModuleInstance(workspace, directory, "", inputs), root, extraction)
      );
    }
  }
  for (const directory of terragrunt) {
    const root = `${directory.dir || "."}[terragrunt]`;
    evaluateRoot(
      root,
      directory,
      problems,
      () => extractInstance(new ModuleInstance(workspace, directory, "", /* @__PURE__ */ new Map()), root, extraction)
    );
  }
  attach(extraction, problems);
  return {
    clusters: extraction.clusters.map(toCluster),
    moved,
    problems,
    components: extraction.components,
    nodeGroups: extraction.nodeGroups,
    apis: extraction.apis
  };
}
function evaluateRoot(root, directory, problems, run) {
  try {
    withinBudget(ROOT_BUDGET, run, () => {
      throw new Error("the root module spent its evaluation budget outside any expression");
    });
  } catch (error2) {
    const file = [...directory.variables.values(), ...directory.moduleCalls.values()][0]?.at.file;
    problems.push({
      at: { file: file ?? `${directory.dir || "."}/main.tf`, line: 1, column: 1 },
      message: `The Terraform root ${root} could not be evaluated (internal error: ${error2 instanceof Error ? error2.message : String(error2)}); its clusters were not checked. Please report this.`
    });
  }
}
function dirOf(file) {
  const dir = posix_default.dirname(file);
  return dir === "." ? "" : dir;
}
var NO_REFERENCES = {
  variable: (name, at) => error("tfvars files cannot refer to variables", `var.${name}`, origin(at)),
  local: (name, at) => error("tfvars files cannot refer to locals", `local.${name}`, origin(at)),
  moduleOutput: (name, _k, output, at) => error("tfvars files cannot refer to modules", `module.${name}.${output}`, origin(at)),
  resourceAttribute: (type, name, _k, attribute, at) => error("tfvars files cannot refer to resources", `${type}.${name}.${attribute}`, origin(at)),
  dataAttribute: (type, name, _k, attribute, at) => error(
    "tfvars files cannot refer to data sources",
    `data.${type}.${name}.${attribute}`,
    origin(at)
  ),
  instanceKeys: () => void 0
};
function tfvarsInputs(files) {
  const inputs = /* @__PURE__ */ new Map();
  for (const file of files) {
    for (const [name, attribute] of file.body.attributes) {
      let cached;
      inputs.set(
        name,
        () => cached ??= through(evaluate(attribute.expression, NO_REFERENCES), [])
      );
    }
  }
  return inputs;
}
function assignVarFiles(entries, directories, parsed, problems) {
  const byRoot = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const eq = entry.indexOf("=");
    const file = posix_default.normalize(eq >= 0 ? entry.slice(eq + 1) : entry);
    const at = { file, line: 1, column: 1 };
    if (posix_default.isAbsolute(file) || file === ".." || file.startsWith("../")) {
      problems.push({
        at,
        message: `The var-files entry "${entry}" is outside the repository: name a tfvars file by its path from the repository root`
      });
      continue;
    }
    let root = eq >= 0 ? posix_default.normalize(entry.slice(0, eq)).replace(/^\.$/, "").replace(/\/$/, "") : dirOf(file);
    if (eq < 0) while (root && !directories.has(root) && dirOf(root) !== root) root = dirOf(root);
    if (!parsed.has(file)) {
      problems.push({
        at,
        message: `The var-files entry "${entry}" names ${file}, which is not a .tfvars file in the scanned tree`
      });
      continue;
    }
    if (!directories.has(root)) {
      problems.push({
        at,
        message: `The var-files entry "${entry}": no Terraform root module at "${root || "."}" (write ROOT_DIR=FILE)`
      });
      continue;
    }
    byRoot.set(root, [...byRoot.get(root) ?? [], file]);
  }
  return byRoot;
}
function attach(extraction, problems) {
  for (const item of extraction.attachments) {
    const cluster = findCluster(extraction.clusters, item);
    if (cluster) item.attach(cluster);
    else if (!item.onlyInsideCluster) {
      const why = item.link.kind === "unknown" ? item.link.reason : item.link.kind === "name" ? `no cluster named "${item.link.name}" is declared` : `${item.link.address} is not declared`;
      problems.push({
        at: item.at,
        message: `Could not tell which cluster ${item.what} belongs to (${why}); its versions were not checked`
      });
    }
  }
}
function findCluster(clusters, item) {
  const sameRoot = clusters.filter((cluster) => cluster.root === item.root);
  if (item.link.kind === "address") {
    const address = item.link.address;
    const inside = sameRoot.filter((cluster) => cluster.address.startsWith(`${address}.`));
    return sameRoot.find((cluster) => cluster.address === address) ?? (inside.length === 1 ? inside[0] : void 0) ?? (sameRoot.length === 1 ? sameRoot[0] : void 0);
  }
  if (item.link.kind === "name") {
    const name = item.link.name;
    const named = sameRoot.filter((cluster) => cluster.name === name);
    if (named.length === 1) return named[0];
    const anywhere = clusters.filter((cluster) => cluster.name === name);
    if (anywhere.length === 1) return anywhere[0];
  }
  if (item.link.kind === "unknown" && item.link.within) {
    for (let scope = item.link.within; scope; scope = enclosingModule(scope)) {
      const inside = sameRoot.filter((cluster) => cluster.address.startsWith(`${scope}.`));
      if (inside.length === 1) return inside[0];
      if (inside.length > 1) return void 0;
    }
  }
  if (item.onlyInsideCluster) return void 0;
  return sameRoot.length === 1 ? sameRoot[0] : void 0;
}
function enclosingModule(address) {
  const last = address.lastIndexOf(".module.");
  return last < 0 ? "" : address.slice(0, last);
}
export {
  readTerraform
};
