import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  componentForChart,
  componentForImage,
  mentionsComponent,
  parseImage
} from "./chunk-KIHNS4ND.js";
import {
  addMinors,
  compareAddonVersions,
  compareKubeVersions,
  formatKubeVersion,
  formatMinor,
  minorDistance,
  parseAddonVersion,
  parseKubeVersion
} from "./chunk-DPBMW5BF.js";
import {
  __esm,
  __export,
  __toCommonJS
} from "./chunk-FZTWU4BV.js";

// src/config/date-format.ts
var date_format_exports = {};
__export(date_format_exports, {
  date: () => date
});
function date(text2) {
  const match2 = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text2);
  if (!match2) return false;
  const [year, month, day] = [Number(match2[1]), Number(match2[2]), Number(match2[3])];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}
var init_date_format = __esm({
  "src/config/date-format.ts"() {
    "use strict";
  }
});

// schema/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/eks-upgrade-gate/eks-upgrade-gate/main/schema/config.schema.json",
  title: "eks-upgrade-gate configuration",
  description: "The configuration file of eks-upgrade-gate (.github/eks-upgrade-gate.yml). An action input or CLI flag overrides the same setting here.",
  type: "object",
  additionalProperties: false,
  properties: {
    "fail-on": {
      $ref: "#/definitions/failOn"
    },
    "fail-on-existing": {
      $ref: "#/definitions/boolean",
      description: "Also fail on findings that already exist on the base commit."
    },
    "fail-on-empty": {
      $ref: "#/definitions/boolean",
      description: "Fail when nothing EKS-related is found (a mistyped path, a moved directory) instead of passing with a warning."
    },
    include: {
      $ref: "#/definitions/globs",
      description: "Only scan these paths (globs from the repository root)."
    },
    exclude: {
      $ref: "#/definitions/globs",
      description: "Never scan these paths (globs from the repository root)."
    },
    rules: {
      type: "object",
      description: "Per-rule severity, or off.",
      propertyNames: {
        $ref: "#/definitions/ruleId"
      },
      additionalProperties: {
        $ref: "#/definitions/ruleSetting"
      }
    },
    "var-files": {
      $ref: "#/definitions/rootFiles",
      description: "tfvars files CI passes with -var-file: FILE (applies to the Terraform root around it) or ROOT_DIR=FILE."
    },
    "plan-json": {
      $ref: "#/definitions/rootFiles",
      description: "Output of terraform show -json: FILE or ROOT_DIR=FILE."
    },
    "hidden-directories": {
      $ref: "#/definitions/globs",
      description: "Hidden directories to read, e.g. .karpenter; others are skipped and listed."
    },
    "target-version": {
      $ref: "#/definitions/kubeVersion",
      description: "Check and plan an upgrade to this version that the change has not made yet. Quote it: 1.30 is a number in YAML."
    },
    "knowledge-file": {
      $ref: "#/definitions/globs",
      description: "Extra EKS data files: versions newer than the embedded data, or describe-addon-versions output."
    },
    "live-cluster": {
      $ref: "#/definitions/text",
      description: "The declared cluster (id or name) a live cluster is, when the names differ."
    },
    assign: {
      type: "array",
      description: "Which cluster manifests and Helm files under a path belong to, where it is not the nearest one.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["paths", "cluster"],
        properties: {
          paths: {
            $ref: "#/definitions/text",
            description: "A glob from the repository root."
          },
          cluster: {
            $ref: "#/definitions/text",
            description: "A cluster name or id."
          }
        }
      },
      examples: [
        [
          {
            paths: "apps/prod/**",
            cluster: "prod"
          }
        ]
      ]
    },
    ignore: {
      type: "array",
      description: "Suppressions: a reason is required, an expiry date is optional.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["rule", "reason"],
        properties: {
          rule: {
            oneOf: [
              {
                $ref: "#/definitions/ruleId"
              },
              {
                const: "*"
              }
            ],
            description: "A rule id, or * for every rule."
          },
          cluster: {
            $ref: "#/definitions/text",
            description: "Glob on the cluster id or name."
          },
          file: {
            $ref: "#/definitions/text",
            description: "Glob on the file path."
          },
          reason: {
            $ref: "#/definitions/text",
            description: "Why, shown in every report."
          },
          expires: {
            $ref: "#/definitions/date",
            description: "From this day on the entry no longer applies."
          }
        }
      },
      examples: [
        [
          {
            rule: "node-group-skew",
            cluster: "*legacy*",
            reason: "group is being retired in Q1",
            expires: "2027-01-31"
          }
        ]
      ]
    }
  },
  definitions: {
    failOn: {
      type: "string",
      enum: ["error", "warning", "notice", "never"],
      description: "Lowest severity of a new finding that fails the check."
    },
    boolean: {
      enum: [true, false, "true", "false"]
    },
    text: {
      type: "string",
      pattern: "\\S"
    },
    globs: {
      anyOf: [
        {
          $ref: "#/definitions/text"
        },
        {
          type: "array",
          items: {
            $ref: "#/definitions/text"
          }
        }
      ]
    },
    rootFiles: {
      anyOf: [
        {
          $ref: "#/definitions/text"
        },
        {
          type: "array",
          items: {
            $ref: "#/definitions/text"
          }
        }
      ]
    },
    kubeVersion: {
      type: "string",
      pattern: "^\\s*v?1\\.\\d{1,3}\\s*$",
      examples: ["1.33"]
    },
    date: {
      type: "string",
      format: "date",
      examples: ["2027-01-31"]
    },
    severity: {
      type: "string",
      enum: ["error", "warning", "notice"]
    },
    ruleSetting: {
      type: "string",
      enum: ["error", "warning", "notice", "off"]
    },
    ruleId: {
      type: "string",
      enum: [
        "addon-floating",
        "addon-incompatible",
        "addon-not-moved",
        "ami-custom-unverified",
        "ami-family-end-of-life",
        "ami-family-unsupported",
        "ami-release-mismatch",
        "api-deprecated",
        "api-removed",
        "cluster-autoscaler-mismatch",
        "control-plane-downgrade",
        "control-plane-end-of-support",
        "control-plane-extended-support",
        "control-plane-skips-minor",
        "control-plane-support-ending",
        "coredns-outdated",
        "coredns-too-old",
        "docker-runtime",
        "karpenter-unsupported",
        "knowledge-stale",
        "kube-proxy-minor-mismatch",
        "kube-proxy-skew",
        "kube-proxy-tag-variant",
        "live-addon-versions",
        "live-al2-nodes",
        "live-container-runtime",
        "live-kernel",
        "live-node-skew",
        "live-os-image",
        "live-unavailable",
        "live-version-drift",
        "managed-node-group-behind-control-plane",
        "node-group-newer-than-control-plane",
        "node-group-skew",
        "suppression-expired",
        "unassigned-component",
        "unreadable-file",
        "unresolved-value",
        "version-unknown-to-data",
        "version-written-as-number",
        "vpc-cni-minimum",
        "vpc-cni-below-recommended",
        "vpc-cni-minor-jump"
      ]
    },
    comment: {
      type: "string",
      enum: ["update", "new", "off"],
      description: "update: one sticky comment; new: a new comment per run; off: none."
    },
    inputs: {
      description: "The settings an action input or CLI flag can give (as text), validated with the same definitions as the file.",
      type: "object",
      additionalProperties: false,
      properties: {
        "fail-on": {
          $ref: "#/definitions/failOn"
        },
        "fail-on-existing": {
          $ref: "#/definitions/boolean"
        },
        "fail-on-empty": {
          $ref: "#/definitions/boolean"
        },
        "var-files": {
          $ref: "#/definitions/rootFiles"
        },
        "plan-json": {
          $ref: "#/definitions/rootFiles"
        },
        "target-version": {
          $ref: "#/definitions/kubeVersion"
        },
        "knowledge-file": {
          $ref: "#/definitions/globs"
        },
        "live-cluster": {
          $ref: "#/definitions/text"
        },
        "evaluation-date": {
          $ref: "#/definitions/date"
        },
        comment: {
          $ref: "#/definitions/comment"
        },
        "review-comments": {
          $ref: "#/definitions/boolean"
        }
      }
    }
  }
};

// schema-validators:config-validators
var file = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/eks-upgrade-gate/eks-upgrade-gate/main/schema/config.schema.json", "title": "eks-upgrade-gate configuration", "description": "The configuration file of eks-upgrade-gate (.github/eks-upgrade-gate.yml). An action input or CLI flag overrides the same setting here.", "type": "object", "additionalProperties": false, "properties": { "fail-on": { "$ref": "#/definitions/failOn" }, "fail-on-existing": { "$ref": "#/definitions/boolean", "description": "Also fail on findings that already exist on the base commit." }, "fail-on-empty": { "$ref": "#/definitions/boolean", "description": "Fail when nothing EKS-related is found (a mistyped path, a moved directory) instead of passing with a warning." }, "include": { "$ref": "#/definitions/globs", "description": "Only scan these paths (globs from the repository root)." }, "exclude": { "$ref": "#/definitions/globs", "description": "Never scan these paths (globs from the repository root)." }, "rules": { "type": "object", "description": "Per-rule severity, or off.", "propertyNames": { "$ref": "#/definitions/ruleId" }, "additionalProperties": { "$ref": "#/definitions/ruleSetting" } }, "var-files": { "$ref": "#/definitions/rootFiles", "description": "tfvars files CI passes with -var-file: FILE (applies to the Terraform root around it) or ROOT_DIR=FILE." }, "plan-json": { "$ref": "#/definitions/rootFiles", "description": "Output of terraform show -json: FILE or ROOT_DIR=FILE." }, "hidden-directories": { "$ref": "#/definitions/globs", "description": "Hidden directories to read, e.g. .karpenter; others are skipped and listed." }, "target-version": { "$ref": "#/definitions/kubeVersion", "description": "Check and plan an upgrade to this version that the change has not made yet. Quote it: 1.30 is a number in YAML." }, "knowledge-file": { "$ref": "#/definitions/globs", "description": "Extra EKS data files: versions newer than the embedded data, or describe-addon-versions output." }, "live-cluster": { "$ref": "#/definitions/text", "description": "The declared cluster (id or name) a live cluster is, when the names differ." }, "assign": { "type": "array", "description": "Which cluster manifests and Helm files under a path belong to, where it is not the nearest one.", "items": { "type": "object", "additionalProperties": false, "required": ["paths", "cluster"], "properties": { "paths": { "$ref": "#/definitions/text", "description": "A glob from the repository root." }, "cluster": { "$ref": "#/definitions/text", "description": "A cluster name or id." } } }, "examples": [[{ "paths": "apps/prod/**", "cluster": "prod" }]] }, "ignore": { "type": "array", "description": "Suppressions: a reason is required, an expiry date is optional.", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "reason"], "properties": { "rule": { "oneOf": [{ "$ref": "#/definitions/ruleId" }, { "const": "*" }], "description": "A rule id, or * for every rule." }, "cluster": { "$ref": "#/definitions/text", "description": "Glob on the cluster id or name." }, "file": { "$ref": "#/definitions/text", "description": "Glob on the file path." }, "reason": { "$ref": "#/definitions/text", "description": "Why, shown in every report." }, "expires": { "$ref": "#/definitions/date", "description": "From this day on the entry no longer applies." } } }, "examples": [[{ "rule": "node-group-skew", "cluster": "*legacy*", "reason": "group is being retired in Q1", "expires": "2027-01-31" }]] } }, "definitions": { "failOn": { "type": "string", "enum": ["error", "warning", "notice", "never"], "description": "Lowest severity of a new finding that fails the check." }, "boolean": { "enum": [true, false, "true", "false"] }, "text": { "type": "string", "pattern": "\\S" }, "globs": { "anyOf": [{ "$ref": "#/definitions/text" }, { "type": "array", "items": { "$ref": "#/definitions/text" } }] }, "rootFiles": { "anyOf": [{ "$ref": "#/definitions/text" }, { "type": "array", "items": { "$ref": "#/definitions/text" } }] }, "kubeVersion": { "type": "string", "pattern": "^\\s*v?1\\.\\d{1,3}\\s*$", "examples": ["1.33"] }, "date": { "type": "string", "format": "date", "examples": ["2027-01-31"] }, "severity": { "type": "string", "enum": ["error", "warning", "notice"] }, "ruleSetting": { "type": "string", "enum": ["error", "warning", "notice", "off"] }, "ruleId": { "type": "string", "enum": ["addon-floating", "addon-incompatible", "addon-not-moved", "ami-custom-unverified", "ami-family-end-of-life", "ami-family-unsupported", "ami-release-mismatch", "api-deprecated", "api-removed", "cluster-autoscaler-mismatch", "control-plane-downgrade", "control-plane-end-of-support", "control-plane-extended-support", "control-plane-skips-minor", "control-plane-support-ending", "coredns-outdated", "coredns-too-old", "docker-runtime", "karpenter-unsupported", "knowledge-stale", "kube-proxy-minor-mismatch", "kube-proxy-skew", "kube-proxy-tag-variant", "live-addon-versions", "live-al2-nodes", "live-container-runtime", "live-kernel", "live-node-skew", "live-os-image", "live-unavailable", "live-version-drift", "managed-node-group-behind-control-plane", "node-group-newer-than-control-plane", "node-group-skew", "suppression-expired", "unassigned-component", "unreadable-file", "unresolved-value", "version-unknown-to-data", "version-written-as-number", "vpc-cni-minimum", "vpc-cni-below-recommended", "vpc-cni-minor-jump"] }, "comment": { "type": "string", "enum": ["update", "new", "off"], "description": "update: one sticky comment; new: a new comment per run; off: none." }, "inputs": { "description": "The settings an action input or CLI flag can give (as text), validated with the same definitions as the file.", "type": "object", "additionalProperties": false, "properties": { "fail-on": { "$ref": "#/definitions/failOn" }, "fail-on-existing": { "$ref": "#/definitions/boolean" }, "fail-on-empty": { "$ref": "#/definitions/boolean" }, "var-files": { "$ref": "#/definitions/rootFiles" }, "plan-json": { "$ref": "#/definitions/rootFiles" }, "target-version": { "$ref": "#/definitions/kubeVersion" }, "knowledge-file": { "$ref": "#/definitions/globs" }, "live-cluster": { "$ref": "#/definitions/text" }, "evaluation-date": { "$ref": "#/definitions/date" }, "comment": { "$ref": "#/definitions/comment" }, "review-comments": { "$ref": "#/definitions/boolean" } } } } };
var schema12 = { "type": "string", "enum": ["error", "warning", "notice", "never"], "description": "Lowest severity of a new finding that fails the check." };
var schema13 = { "enum": [true, false, "true", "false"] };
var schema18 = { "type": "string", "enum": ["addon-floating", "addon-incompatible", "addon-not-moved", "ami-custom-unverified", "ami-family-end-of-life", "ami-family-unsupported", "ami-release-mismatch", "api-deprecated", "api-removed", "cluster-autoscaler-mismatch", "control-plane-downgrade", "control-plane-end-of-support", "control-plane-extended-support", "control-plane-skips-minor", "control-plane-support-ending", "coredns-outdated", "coredns-too-old", "docker-runtime", "karpenter-unsupported", "knowledge-stale", "kube-proxy-minor-mismatch", "kube-proxy-skew", "kube-proxy-tag-variant", "live-addon-versions", "live-al2-nodes", "live-container-runtime", "live-kernel", "live-node-skew", "live-os-image", "live-unavailable", "live-version-drift", "managed-node-group-behind-control-plane", "node-group-newer-than-control-plane", "node-group-skew", "suppression-expired", "unassigned-component", "unreadable-file", "unresolved-value", "version-unknown-to-data", "version-written-as-number", "vpc-cni-minimum", "vpc-cni-below-recommended", "vpc-cni-minor-jump"] };
var schema19 = { "type": "string", "enum": ["error", "warning", "notice", "off"] };
var func2 = Object.prototype.hasOwnProperty;
var pattern0 = new RegExp("\\S", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (typeof data === "string") {
      if (!pattern0.test(data)) {
        const err0 = { instancePath, schemaPath: "#/definitions/text/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs4 = errors;
    if (errors === _errs4) {
      if (Array.isArray(data)) {
        var valid2 = true;
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data0 = data[i0];
          const _errs6 = errors;
          const _errs7 = errors;
          if (errors === _errs7) {
            if (typeof data0 === "string") {
              if (!pattern0.test(data0)) {
                const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/text/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            } else {
              const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          var valid2 = _errs6 === errors;
          if (!valid2) {
            break;
          }
        }
      } else {
        const err4 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
    validate11.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (typeof data === "string") {
      if (!pattern0.test(data)) {
        const err0 = { instancePath, schemaPath: "#/definitions/text/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs4 = errors;
    if (errors === _errs4) {
      if (Array.isArray(data)) {
        var valid2 = true;
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data0 = data[i0];
          const _errs6 = errors;
          const _errs7 = errors;
          if (errors === _errs7) {
            if (typeof data0 === "string") {
              if (!pattern0.test(data0)) {
                const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/text/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            } else {
              const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          var valid2 = _errs6 === errors;
          if (!valid2) {
            break;
          }
        }
      } else {
        const err4 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
    validate14.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var pattern4 = new RegExp("^\\s*v?1\\.\\d{1,3}\\s*$", "u");
var formats0 = (init_date_format(), __toCommonJS(date_format_exports)).date;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!func2.call(schema11.properties, key0)) {
          validate10.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data["fail-on"] !== void 0) {
          let data0 = data["fail-on"];
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate10.errors = [{ instancePath: instancePath + "/fail-on", schemaPath: "#/definitions/failOn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          if (!(data0 === "error" || data0 === "warning" || data0 === "notice" || data0 === "never")) {
            validate10.errors = [{ instancePath: instancePath + "/fail-on", schemaPath: "#/definitions/failOn/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data["fail-on-existing"] !== void 0) {
            let data1 = data["fail-on-existing"];
            const _errs5 = errors;
            if (!(data1 === true || data1 === false || data1 === "true" || data1 === "false")) {
              validate10.errors = [{ instancePath: instancePath + "/fail-on-existing", schemaPath: "#/definitions/boolean/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data["fail-on-empty"] !== void 0) {
              let data2 = data["fail-on-empty"];
              const _errs7 = errors;
              if (!(data2 === true || data2 === false || data2 === "true" || data2 === "false")) {
                validate10.errors = [{ instancePath: instancePath + "/fail-on-empty", schemaPath: "#/definitions/boolean/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.include !== void 0) {
                const _errs9 = errors;
                if (!validate11(data.include, { instancePath: instancePath + "/include", parentData: data, parentDataProperty: "include", rootData })) {
                  vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.exclude !== void 0) {
                  const _errs10 = errors;
                  if (!validate11(data.exclude, { instancePath: instancePath + "/exclude", parentData: data, parentDataProperty: "exclude", rootData })) {
                    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.rules !== void 0) {
                    let data5 = data.rules;
                    const _errs11 = errors;
                    if (errors === _errs11) {
                      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                        for (const key1 in data5) {
                          const _errs13 = errors;
                          if (typeof key1 !== "string") {
                            const err0 = { instancePath: instancePath + "/rules", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key1 };
                            if (vErrors === null) {
                              vErrors = [err0];
                            } else {
                              vErrors.push(err0);
                            }
                            errors++;
                          }
                          if (!(key1 === "addon-floating" || key1 === "addon-incompatible" || key1 === "addon-not-moved" || key1 === "ami-custom-unverified" || key1 === "ami-family-end-of-life" || key1 === "ami-family-unsupported" || key1 === "ami-release-mismatch" || key1 === "api-deprecated" || key1 === "api-removed" || key1 === "cluster-autoscaler-mismatch" || key1 === "control-plane-downgrade" || key1 === "control-plane-end-of-support" || key1 === "control-plane-extended-support" || key1 === "control-plane-skips-minor" || key1 === "control-plane-support-ending" || key1 === "coredns-outdated" || key1 === "coredns-too-old" || key1 === "docker-runtime" || key1 === "karpenter-unsupported" || key1 === "knowledge-stale" || key1 === "kube-proxy-minor-mismatch" || key1 === "kube-proxy-skew" || key1 === "kube-proxy-tag-variant" || key1 === "live-addon-versions" || key1 === "live-al2-nodes" || key1 === "live-container-runtime" || key1 === "live-kernel" || key1 === "live-node-skew" || key1 === "live-os-image" || key1 === "live-unavailable" || key1 === "live-version-drift" || key1 === "managed-node-group-behind-control-plane" || key1 === "node-group-newer-than-control-plane" || key1 === "node-group-skew" || key1 === "suppression-expired" || key1 === "unassigned-component" || key1 === "unreadable-file" || key1 === "unresolved-value" || key1 === "version-unknown-to-data" || key1 === "version-written-as-number" || key1 === "vpc-cni-minimum" || key1 === "vpc-cni-below-recommended" || key1 === "vpc-cni-minor-jump")) {
                            const err1 = { instancePath: instancePath + "/rules", schemaPath: "#/definitions/ruleId/enum", keyword: "enum", params: { allowedValues: schema18.enum }, message: "must be equal to one of the allowed values", propertyName: key1 };
                            if (vErrors === null) {
                              vErrors = [err1];
                            } else {
                              vErrors.push(err1);
                            }
                            errors++;
                          }
                          var valid4 = _errs13 === errors;
                          if (!valid4) {
                            const err2 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
                            if (vErrors === null) {
                              vErrors = [err2];
                            } else {
                              vErrors.push(err2);
                            }
                            errors++;
                            validate10.errors = vErrors;
                            return false;
                            break;
                          }
                        }
                        if (valid4) {
                          for (const key2 in data5) {
                            let data6 = data5[key2];
                            const _errs17 = errors;
                            if (typeof data6 !== "string") {
                              validate10.errors = [{ instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ruleSetting/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            if (!(data6 === "error" || data6 === "warning" || data6 === "notice" || data6 === "off")) {
                              validate10.errors = [{ instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ruleSetting/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values" }];
                              return false;
                            }
                            var valid6 = _errs17 === errors;
                            if (!valid6) {
                              break;
                            }
                          }
                        }
                      } else {
                        validate10.errors = [{ instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data["var-files"] !== void 0) {
                      const _errs20 = errors;
                      if (!validate14(data["var-files"], { instancePath: instancePath + "/var-files", parentData: data, parentDataProperty: "var-files", rootData })) {
                        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs20 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data["plan-json"] !== void 0) {
                        const _errs21 = errors;
                        if (!validate14(data["plan-json"], { instancePath: instancePath + "/plan-json", parentData: data, parentDataProperty: "plan-json", rootData })) {
                          vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs21 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data["hidden-directories"] !== void 0) {
                          const _errs22 = errors;
                          if (!validate11(data["hidden-directories"], { instancePath: instancePath + "/hidden-directories", parentData: data, parentDataProperty: "hidden-directories", rootData })) {
                            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs22 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data["target-version"] !== void 0) {
                            let data10 = data["target-version"];
                            const _errs23 = errors;
                            const _errs24 = errors;
                            if (errors === _errs24) {
                              if (typeof data10 === "string") {
                                if (!pattern4.test(data10)) {
                                  validate10.errors = [{ instancePath: instancePath + "/target-version", schemaPath: "#/definitions/kubeVersion/pattern", keyword: "pattern", params: { pattern: "^\\s*v?1\\.\\d{1,3}\\s*$" }, message: 'must match pattern "^\\s*v?1\\.\\d{1,3}\\s*$"' }];
                                  return false;
                                }
                              } else {
                                validate10.errors = [{ instancePath: instancePath + "/target-version", schemaPath: "#/definitions/kubeVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                            var valid0 = _errs23 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data["knowledge-file"] !== void 0) {
                              const _errs26 = errors;
                              if (!validate11(data["knowledge-file"], { instancePath: instancePath + "/knowledge-file", parentData: data, parentDataProperty: "knowledge-file", rootData })) {
                                vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                                errors = vErrors.length;
                              }
                              var valid0 = _errs26 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data["live-cluster"] !== void 0) {
                                let data12 = data["live-cluster"];
                                const _errs27 = errors;
                                const _errs28 = errors;
                                if (errors === _errs28) {
                                  if (typeof data12 === "string") {
                                    if (!pattern0.test(data12)) {
                                      validate10.errors = [{ instancePath: instancePath + "/live-cluster", schemaPath: "#/definitions/text/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' }];
                                      return false;
                                    }
                                  } else {
                                    validate10.errors = [{ instancePath: instancePath + "/live-cluster", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs27 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.assign !== void 0) {
                                  let data13 = data.assign;
                                  const _errs30 = errors;
                                  if (errors === _errs30) {
                                    if (Array.isArray(data13)) {
                                      var valid10 = true;
                                      const len0 = data13.length;
                                      for (let i0 = 0; i0 < len0; i0++) {
                                        let data14 = data13[i0];
                                        const _errs32 = errors;
                                        if (errors === _errs32) {
                                          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                            let missing0;
                                            if (data14.paths === void 0 && (missing0 = "paths") || data14.cluster === void 0 && (missing0 = "cluster")) {
                                              validate10.errors = [{ instancePath: instancePath + "/assign/" + i0, schemaPath: "#/properties/assign/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                                              return false;
                                            } else {
                                              const _errs34 = errors;
                                              for (const key3 in data14) {
                                                if (!(key3 === "paths" || key3 === "cluster")) {
                                                  validate10.errors = [{ instancePath: instancePath + "/assign/" + i0, schemaPath: "#/properties/assign/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                                  return false;
                                                  break;
                                                }
                                              }
                                              if (_errs34 === errors) {
                                                if (data14.paths !== void 0) {
                                                  let data15 = data14.paths;
                                                  const _errs35 = errors;
                                                  const _errs36 = errors;
                                                  if (errors === _errs36) {
                                                    if (typeof data15 === "string") {
                                                      if (!pattern0.test(data15)) {
                                                        validate10.errors = [{ instancePath: instancePath + "/assign/" + i0 + "/paths", schemaPath: "#/definitions/text/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' }];
                                                        return false;
                                                      }
                                                    } else {
                                                      validate10.errors = [{ instancePath: instancePath + "/assign/" + i0 + "/paths", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid11 = _errs35 === errors;
                                                } else {
                                                  var valid11 = true;
                                                }
                                                if (valid11) {
                                                  if (data14.cluster !== void 0) {
                                                    let data16 = data14.cluster;
                                                    const _errs38 = errors;
                                                    const _errs39 = errors;
                                                    if (errors === _errs39) {
                                                      if (typeof data16 === "string") {
                                                        if (!pattern0.test(data16)) {
                                                          validate10.errors = [{ instancePath: instancePath + "/assign/" + i0 + "/cluster", schemaPath: "#/definitions/text/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' }];
                                                          return false;
                                                        }
                                                      } else {
                                                        validate10.errors = [{ instancePath: instancePath + "/assign/" + i0 + "/cluster", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid11 = _errs38 === errors;
                                                  } else {
                                                    var valid11 = true;
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate10.errors = [{ instancePath: instancePath + "/assign/" + i0, schemaPath: "#/properties/assign/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid10 = _errs32 === errors;
                                        if (!valid10) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate10.errors = [{ instancePath: instancePath + "/assign", schemaPath: "#/properties/assign/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs30 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.ignore !== void 0) {
                                    let data17 = data.ignore;
                                    const _errs41 = errors;
                                    if (errors === _errs41) {
                                      if (Array.isArray(data17)) {
                                        var valid14 = true;
                                        const len1 = data17.length;
                                        for (let i1 = 0; i1 < len1; i1++) {
                                          let data18 = data17[i1];
                                          const _errs43 = errors;
                                          if (errors === _errs43) {
                                            if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                              let missing1;
                                              if (data18.rule === void 0 && (missing1 = "rule") || data18.reason === void 0 && (missing1 = "reason")) {
                                                validate10.errors = [{ instancePath: instancePath + "/ignore/" + i1, schemaPath: "#/properties/ignore/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                return false;
                                              } else {
                                                const _errs45 = errors;
                                                for (const key4 in data18) {
                                                  if (!(key4 === "rule" || key4 === "cluster" || key4 === "file" || key4 === "reason" || key4 === "expires")) {
                                                    validate10.errors = [{ instancePath: instancePath + "/ignore/" + i1, schemaPath: "#/properties/ignore/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }];
                                                    return false;
                                                    break;
                                                  }
                                                }
                                                if (_errs45 === errors) {
                                                  if (data18.rule !== void 0) {
                                                    let data19 = data18.rule;
                                                    const _errs46 = errors;
                                                    const _errs47 = errors;
                                                    let valid16 = false;
                                                    let passing0 = null;
                                                    const _errs48 = errors;
                                                    if (typeof data19 !== "string") {
                                                      const err3 = { instancePath: instancePath + "/ignore/" + i1 + "/rule", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                      if (vErrors === null) {
                                                        vErrors = [err3];
                                                      } else {
                                                        vErrors.push(err3);
                                                      }
                                                      errors++;
                                                    }
                                                    if (!(data19 === "addon-floating" || data19 === "addon-incompatible" || data19 === "addon-not-moved" || data19 === "ami-custom-unverified" || data19 === "ami-family-end-of-life" || data19 === "ami-family-unsupported" || data19 === "ami-release-mismatch" || data19 === "api-deprecated" || data19 === "api-removed" || data19 === "cluster-autoscaler-mismatch" || data19 === "control-plane-downgrade" || data19 === "control-plane-end-of-support" || data19 === "control-plane-extended-support" || data19 === "control-plane-skips-minor" || data19 === "control-plane-support-ending" || data19 === "coredns-outdated" || data19 === "coredns-too-old" || data19 === "docker-runtime" || data19 === "karpenter-unsupported" || data19 === "knowledge-stale" || data19 === "kube-proxy-minor-mismatch" || data19 === "kube-proxy-skew" || data19 === "kube-proxy-tag-variant" || data19 === "live-addon-versions" || data19 === "live-al2-nodes" || data19 === "live-container-runtime" || data19 === "live-kernel" || data19 === "live-node-skew" || data19 === "live-os-image" || data19 === "live-unavailable" || data19 === "live-version-drift" || data19 === "managed-node-group-behind-control-plane" || data19 === "node-group-newer-than-control-plane" || data19 === "node-group-skew" || data19 === "suppression-expired" || data19 === "unassigned-component" || data19 === "unreadable-file" || data19 === "unresolved-value" || data19 === "version-unknown-to-data" || data19 === "version-written-as-number" || data19 === "vpc-cni-minimum" || data19 === "vpc-cni-below-recommended" || data19 === "vpc-cni-minor-jump")) {
                                                      const err4 = { instancePath: instancePath + "/ignore/" + i1 + "/rule", schemaPath: "#/definitions/ruleId/enum", keyword: "enum", params: { allowedValues: schema18.enum }, message: "must be equal to one of the allowed values" };
                                                      if (vErrors === null) {
                                                        vErrors = [err4];
                                                      } else {
                                                        vErrors.push(err4);
                                                      }
                                                      errors++;
                                                    }
                                                    var _valid0 = _errs48 === errors;
                                                    if (_valid0) {
                                                      valid16 = true;
                                                      passing0 = 0;
                                                    }
                                                    const _errs51 = errors;
                                                    if ("*" !== data19) {
                                                      const err5 = { instancePath: instancePath + "/ignore/" + i1 + "/rule", schemaPath: "#/properties/ignore/items/properties/rule/oneOf/1/const", keyword: "const", params: { allowedValue: "*" }, message: "must be equal to constant" };
                                                      if (vErrors === null) {
                                                        vErrors = [err5];
                                                      } else {
                                                        vErrors.push(err5);
                                                      }
                                                      errors++;
                                                    }
                                                    var _valid0 = _errs51 === errors;
                                                    if (_valid0 && valid16) {
                                                      valid16 = false;
                                                      passing0 = [passing0, 1];
                                                    } else {
                                                      if (_valid0) {
                                                        valid16 = true;
                                                        passing0 = 1;
                                                      }
                                                    }
                                                    if (!valid16) {
                                                      const err6 = { instancePath: instancePath + "/ignore/" + i1 + "/rule", schemaPath: "#/properties/ignore/items/properties/rule/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                                                      if (vErrors === null) {
                                                        vErrors = [err6];
                                                      } else {
                                                        vErrors.push(err6);
                                                      }
                                                      errors++;
                                                      validate10.errors = vErrors;
                                                      return false;
                                                    } else {
                                                      errors = _errs47;
                                                      if (vErrors !== null) {
                                                        if (_errs47) {
                                                          vErrors.length = _errs47;
                                                        } else {
                                                          vErrors = null;
                                                        }
                                                      }
                                                    }
                                                    var valid15 = _errs46 === errors;
                                                  } else {
                                                    var valid15 = true;
                                                  }
                                                  if (valid15) {
                                                    if (data18.cluster !== void 0) {
                                                      let data20 = data18.cluster;
                                                      const _errs52 = errors;
                                                      const _errs53 = errors;
                                                      if (errors === _errs53) {
                                                        if (typeof data20 === "string") {
                                                          if (!pattern0.test(data20)) {
                                                            validate10.errors = [{ instancePath: instancePath + "/ignore/" + i1 + "/cluster", schemaPath: "#/definitions/text/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' }];
                                                            return false;
                                                          }
                                                        } else {
                                                          validate10.errors = [{ instancePath: instancePath + "/ignore/" + i1 + "/cluster", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid15 = _errs52 === errors;
                                                    } else {
                                                      var valid15 = true;
                                                    }
                                                    if (valid15) {
                                                      if (data18.file !== void 0) {
                                                        let data21 = data18.file;
                                                        const _errs55 = errors;
                                                        const _errs56 = errors;
                                                        if (errors === _errs56) {
                                                          if (typeof data21 === "string") {
                                                            if (!pattern0.test(data21)) {
                                                              validate10.errors = [{ instancePath: instancePath + "/ignore/" + i1 + "/file", schemaPath: "#/definitions/text/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' }];
                                                              return false;
                                                            }
                                                          } else {
                                                            validate10.errors = [{ instancePath: instancePath + "/ignore/" + i1 + "/file", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid15 = _errs55 === errors;
                                                      } else {
                                                        var valid15 = true;
                                                      }
                                                      if (valid15) {
                                                        if (data18.reason !== void 0) {
                                                          let data22 = data18.reason;
                                                          const _errs58 = errors;
                                                          const _errs59 = errors;
                                                          if (errors === _errs59) {
                                                            if (typeof data22 === "string") {
                                                              if (!pattern0.test(data22)) {
                                                                validate10.errors = [{ instancePath: instancePath + "/ignore/" + i1 + "/reason", schemaPath: "#/definitions/text/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' }];
                                                                return false;
                                                              }
                                                            } else {
                                                              validate10.errors = [{ instancePath: instancePath + "/ignore/" + i1 + "/reason", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid15 = _errs58 === errors;
                                                        } else {
                                                          var valid15 = true;
                                                        }
                                                        if (valid15) {
                                                          if (data18.expires !== void 0) {
                                                            let data23 = data18.expires;
                                                            const _errs61 = errors;
                                                            const _errs62 = errors;
                                                            if (errors === _errs62) {
                                                              if (errors === _errs62) {
                                                                if (typeof data23 === "string") {
                                                                  if (!formats0(data23)) {
                                                                    validate10.errors = [{ instancePath: instancePath + "/ignore/" + i1 + "/expires", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
                                                                    return false;
                                                                  }
                                                                } else {
                                                                  validate10.errors = [{ instancePath: instancePath + "/ignore/" + i1 + "/expires", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                            var valid15 = _errs61 === errors;
                                                          } else {
                                                            var valid15 = true;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              validate10.errors = [{ instancePath: instancePath + "/ignore/" + i1, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid14 = _errs43 === errors;
                                          if (!valid14) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate10.errors = [{ instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs41 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var inputs = validate19;
var schema32 = { "description": "The settings an action input or CLI flag can give (as text), validated with the same definitions as the file.", "type": "object", "additionalProperties": false, "properties": { "fail-on": { "$ref": "#/definitions/failOn" }, "fail-on-existing": { "$ref": "#/definitions/boolean" }, "fail-on-empty": { "$ref": "#/definitions/boolean" }, "var-files": { "$ref": "#/definitions/rootFiles" }, "plan-json": { "$ref": "#/definitions/rootFiles" }, "target-version": { "$ref": "#/definitions/kubeVersion" }, "knowledge-file": { "$ref": "#/definitions/globs" }, "live-cluster": { "$ref": "#/definitions/text" }, "evaluation-date": { "$ref": "#/definitions/date" }, "comment": { "$ref": "#/definitions/comment" }, "review-comments": { "$ref": "#/definitions/boolean" } } };
var schema39 = { "type": "string", "enum": ["update", "new", "off"], "description": "update: one sticky comment; new: a new comment per run; off: none." };
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!func2.call(schema32.properties, key0)) {
          validate19.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data["fail-on"] !== void 0) {
          let data0 = data["fail-on"];
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate19.errors = [{ instancePath: instancePath + "/fail-on", schemaPath: "#/definitions/failOn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          if (!(data0 === "error" || data0 === "warning" || data0 === "notice" || data0 === "never")) {
            validate19.errors = [{ instancePath: instancePath + "/fail-on", schemaPath: "#/definitions/failOn/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data["fail-on-existing"] !== void 0) {
            let data1 = data["fail-on-existing"];
            const _errs5 = errors;
            if (!(data1 === true || data1 === false || data1 === "true" || data1 === "false")) {
              validate19.errors = [{ instancePath: instancePath + "/fail-on-existing", schemaPath: "#/definitions/boolean/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data["fail-on-empty"] !== void 0) {
              let data2 = data["fail-on-empty"];
              const _errs7 = errors;
              if (!(data2 === true || data2 === false || data2 === "true" || data2 === "false")) {
                validate19.errors = [{ instancePath: instancePath + "/fail-on-empty", schemaPath: "#/definitions/boolean/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data["var-files"] !== void 0) {
                const _errs9 = errors;
                if (!validate14(data["var-files"], { instancePath: instancePath + "/var-files", parentData: data, parentDataProperty: "var-files", rootData })) {
                  vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data["plan-json"] !== void 0) {
                  const _errs10 = errors;
                  if (!validate14(data["plan-json"], { instancePath: instancePath + "/plan-json", parentData: data, parentDataProperty: "plan-json", rootData })) {
                    vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data["target-version"] !== void 0) {
                    let data5 = data["target-version"];
                    const _errs11 = errors;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (typeof data5 === "string") {
                        if (!pattern4.test(data5)) {
                          validate19.errors = [{ instancePath: instancePath + "/target-version", schemaPath: "#/definitions/kubeVersion/pattern", keyword: "pattern", params: { pattern: "^\\s*v?1\\.\\d{1,3}\\s*$" }, message: 'must match pattern "^\\s*v?1\\.\\d{1,3}\\s*$"' }];
                          return false;
                        }
                      } else {
                        validate19.errors = [{ instancePath: instancePath + "/target-version", schemaPath: "#/definitions/kubeVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data["knowledge-file"] !== void 0) {
                      const _errs14 = errors;
                      if (!validate11(data["knowledge-file"], { instancePath: instancePath + "/knowledge-file", parentData: data, parentDataProperty: "knowledge-file", rootData })) {
                        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data["live-cluster"] !== void 0) {
                        let data7 = data["live-cluster"];
                        const _errs15 = errors;
                        const _errs16 = errors;
                        if (errors === _errs16) {
                          if (typeof data7 === "string") {
                            if (!pattern0.test(data7)) {
                              validate19.errors = [{ instancePath: instancePath + "/live-cluster", schemaPath: "#/definitions/text/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' }];
                              return false;
                            }
                          } else {
                            validate19.errors = [{ instancePath: instancePath + "/live-cluster", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data["evaluation-date"] !== void 0) {
                          let data8 = data["evaluation-date"];
                          const _errs18 = errors;
                          const _errs19 = errors;
                          if (errors === _errs19) {
                            if (errors === _errs19) {
                              if (typeof data8 === "string") {
                                if (!formats0(data8)) {
                                  validate19.errors = [{ instancePath: instancePath + "/evaluation-date", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
                                  return false;
                                }
                              } else {
                                validate19.errors = [{ instancePath: instancePath + "/evaluation-date", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                          }
                          var valid0 = _errs18 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.comment !== void 0) {
                            let data9 = data.comment;
                            const _errs21 = errors;
                            if (typeof data9 !== "string") {
                              validate19.errors = [{ instancePath: instancePath + "/comment", schemaPath: "#/definitions/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            if (!(data9 === "update" || data9 === "new" || data9 === "off")) {
                              validate19.errors = [{ instancePath: instancePath + "/comment", schemaPath: "#/definitions/comment/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values" }];
                              return false;
                            }
                            var valid0 = _errs21 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data["review-comments"] !== void 0) {
                              let data10 = data["review-comments"];
                              const _errs24 = errors;
                              if (!(data10 === true || data10 === false || data10 === "true" || data10 === "false")) {
                                validate19.errors = [{ instancePath: instancePath + "/review-comments", schemaPath: "#/definitions/boolean/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" }];
                                return false;
                              }
                              var valid0 = _errs24 === errors;
                            } else {
                              var valid0 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate19.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate19.errors = vErrors;
  return errors === 0;
}
function configValidators() {
  return { file, inputs };
}

// src/config/settings.ts
var ConfigError = class extends Error {
  name = "ConfigError";
};
function validateSettings(raw, source) {
  const validators = configValidators();
  const check = source.kind === "file" ? validators.file : validators.inputs;
  const values = source.kind === "file" ? raw : trimmed(raw);
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
  const text2 = (key) => String(values[key]).trim();
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
        settings.targetVersion = text2(key).replace(/^v/, "");
        break;
      case "live-cluster":
        settings.liveCluster = text2(key);
        break;
      case "evaluation-date":
        settings.evaluationDate = text2(key);
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
  const file2 = source.kind === "file" ? source : { path: "", ignoreLines: [] };
  return entries.map((fields, index) => ({
    rule: fields.rule.trim(),
    reason: fields.reason.trim(),
    ...fields.cluster !== void 0 && { cluster: fields.cluster.trim() },
    ...fields.file !== void 0 && { file: fields.file.trim() },
    ...fields.expires !== void 0 && { expires: fields.expires.trim() },
    at: { file: file2.path, line: file2.ignoreLines[index] ?? 1, column: 1 }
  }));
}
var IGNORE_EXAMPLE = '[{ rule: node-group-skew, cluster: "*prod*", reason: "retiring this group", expires: 2027-01-31 }]';
var ASSIGN_EXAMPLE = '[{ paths: "apps/prod/**", cluster: prod }]';
function describe(error2, values, source) {
  const { definitions, properties } = config_schema_default;
  const [key = "", ...rest] = (error2?.instancePath ?? "").split("/").slice(1).map(unescapePointer);
  const name = source.kind === "cli" ? `--${key}` : source.kind === "action" ? `the ${key} input` : `"${key}" in ${source.path}`;
  const got = (value2) => `(got "${String(value2)}")`;
  const value = at(values, error2?.instancePath ?? "");
  if (!error2) return `${name} is not valid`;
  if (key === "") {
    if (source.kind !== "file")
      return `unknown setting "${String(error2.params.additionalProperty)}"`;
    if (error2.keyword === "additionalProperties")
      return `${source.path}: unknown setting "${String(error2.params.additionalProperty)}"; allowed: ${Object.keys(properties).join(", ")}`;
    return `${source.path} must be a mapping of settings (see the README's "Configuration file")`;
  }
  const entry = /^\d+$/.test(rest[0] ?? "") ? `${name}, entry ${Number(rest[0]) + 1}` : name;
  const property = config_schema_default.definitions.inputs.properties[key] ?? properties[key];
  const definition = property?.$ref?.split("/").at(-1) ?? "";
  switch (key) {
    case "rules":
      if (error2.keyword === "propertyNames" || definition === "ruleId")
        return `${name}: unknown rule "${String(error2.params.propertyName ?? rest[0])}"; rules are: ${definitions.ruleId.enum.join(", ")}`;
      if (error2.keyword === "type")
        return `${name} must map rule ids to a severity or "off", e.g. { node-group-skew: warning }`;
      return `${name}: rule "${rest[0]}" must be set to ${definitions.ruleSetting.enum.join(", ")} ${got(value)}`;
    case "ignore":
      if (rest.length === 0) return `${name} must be a list of entries like ${IGNORE_EXAMPLE}`;
      if (error2.keyword === "required" && error2.params.missingProperty === "reason")
        return `${entry}: a reason is required, so the suppression explains itself in every report`;
      if (error2.keyword === "additionalProperties")
        return `${entry}: unknown key "${String(error2.params.additionalProperty)}"; allowed: ${Object.keys(properties.ignore.items.properties).join(", ")}`;
      if (rest[1] === "rule" || error2.params.missingProperty === "rule")
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
      return `${name} must be update, new or off ${got(value)}`;
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

// node_modules/yaml/browser/dist/nodes/identity.js
var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
function isCollection(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case MAP:
      case SEQ:
        return true;
    }
  return false;
}
function isNode(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case ALIAS:
      case MAP:
      case SCALAR:
      case SEQ:
        return true;
    }
  return false;
}
var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

// node_modules/yaml/browser/dist/visit.js
var BREAK = /* @__PURE__ */ Symbol("break visit");
var SKIP = /* @__PURE__ */ Symbol("skip children");
var REMOVE = /* @__PURE__ */ Symbol("remove node");
function visit(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    visit_(null, node, visitor_, Object.freeze([]));
}
visit.BREAK = BREAK;
visit.SKIP = SKIP;
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path15) {
  const ctrl = callVisitor(key, node, visitor, path15);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path15, ctrl);
    return visit_(key, ctrl, visitor, path15);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path15 = Object.freeze(path15.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = visit_(i, node.items[i], visitor, path15);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path15 = Object.freeze(path15.concat(node));
      const ck = visit_("key", node.key, visitor, path15);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = visit_("value", node.value, visitor, path15);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
async function visitAsync(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    await visitAsync_(null, node, visitor_, Object.freeze([]));
}
visitAsync.BREAK = BREAK;
visitAsync.SKIP = SKIP;
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path15) {
  const ctrl = await callVisitor(key, node, visitor, path15);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path15, ctrl);
    return visitAsync_(key, ctrl, visitor, path15);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path15 = Object.freeze(path15.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = await visitAsync_(i, node.items[i], visitor, path15);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path15 = Object.freeze(path15.concat(node));
      const ck = await visitAsync_("key", node.key, visitor, path15);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = await visitAsync_("value", node.value, visitor, path15);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
function initVisitor(visitor) {
  if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
    return Object.assign({
      Alias: visitor.Node,
      Map: visitor.Node,
      Scalar: visitor.Node,
      Seq: visitor.Node
    }, visitor.Value && {
      Map: visitor.Value,
      Scalar: visitor.Value,
      Seq: visitor.Value
    }, visitor.Collection && {
      Map: visitor.Collection,
      Seq: visitor.Collection
    }, visitor);
  }
  return visitor;
}
function callVisitor(key, node, visitor, path15) {
  if (typeof visitor === "function")
    return visitor(key, node, path15);
  if (isMap(node))
    return visitor.Map?.(key, node, path15);
  if (isSeq(node))
    return visitor.Seq?.(key, node, path15);
  if (isPair(node))
    return visitor.Pair?.(key, node, path15);
  if (isScalar(node))
    return visitor.Scalar?.(key, node, path15);
  if (isAlias(node))
    return visitor.Alias?.(key, node, path15);
  return void 0;
}
function replaceNode(key, path15, node) {
  const parent = path15[path15.length - 1];
  if (isCollection(parent)) {
    parent.items[key] = node;
  } else if (isPair(parent)) {
    if (key === "key")
      parent.key = node;
    else
      parent.value = node;
  } else if (isDocument(parent)) {
    parent.contents = node;
  } else {
    const pt = isAlias(parent) ? "alias" : "scalar";
    throw new Error(`Cannot replace node with ${pt} parent`);
  }
}

// node_modules/yaml/browser/dist/doc/directives.js
var escapeChars = {
  "!": "%21",
  ",": "%2C",
  "[": "%5B",
  "]": "%5D",
  "{": "%7B",
  "}": "%7D"
};
var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
var Directives = class _Directives {
  constructor(yaml, tags) {
    this.docStart = null;
    this.docEnd = false;
    this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
    this.tags = Object.assign({}, _Directives.defaultTags, tags);
  }
  clone() {
    const copy = new _Directives(this.yaml, this.tags);
    copy.docStart = this.docStart;
    return copy;
  }
  /**
   * During parsing, get a Directives instance for the current document and
   * update the stream state according to the current version's spec.
   */
  atDocument() {
    const res = new _Directives(this.yaml, this.tags);
    switch (this.yaml.version) {
      case "1.1":
        this.atNextDocument = true;
        break;
      case "1.2":
        this.atNextDocument = false;
        this.yaml = {
          explicit: _Directives.defaultYaml.explicit,
          version: "1.2"
        };
        this.tags = Object.assign({}, _Directives.defaultTags);
        break;
    }
    return res;
  }
  /**
   * @param onError - May be called even if the action was successful
   * @returns `true` on success
   */
  add(line, onError) {
    if (this.atNextDocument) {
      this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
      this.tags = Object.assign({}, _Directives.defaultTags);
      this.atNextDocument = false;
    }
    const parts = line.trim().split(/[ \t]+/);
    const name = parts.shift();
    switch (name) {
      case "%TAG": {
        if (parts.length !== 2) {
          onError(0, "%TAG directive should contain exactly two parts");
          if (parts.length < 2)
            return false;
        }
        const [handle, prefix2] = parts;
        this.tags[handle] = prefix2;
        return true;
      }
      case "%YAML": {
        this.yaml.explicit = true;
        if (parts.length !== 1) {
          onError(0, "%YAML directive should contain exactly one part");
          return false;
        }
        const [version2] = parts;
        if (version2 === "1.1" || version2 === "1.2") {
          this.yaml.version = version2;
          return true;
        } else {
          const isValid = /^\d+\.\d+$/.test(version2);
          onError(6, `Unsupported YAML version ${version2}`, isValid);
          return false;
        }
      }
      default:
        onError(0, `Unknown directive ${name}`, true);
        return false;
    }
  }
  /**
   * Resolves a tag, matching handles to those defined in %TAG directives.
   *
   * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
   *   `'!local'` tag, or `null` if unresolvable.
   */
  tagName(source, onError) {
    if (source === "!")
      return "!";
    if (source[0] !== "!") {
      onError(`Not a valid tag: ${source}`);
      return null;
    }
    if (source[1] === "<") {
      const verbatim = source.slice(2, -1);
      if (verbatim === "!" || verbatim === "!!") {
        onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
        return null;
      }
      if (source[source.length - 1] !== ">")
        onError("Verbatim tags must end with a >");
      return verbatim;
    }
    const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
    if (!suffix)
      onError(`The ${source} tag has no suffix`);
    const prefix2 = this.tags[handle];
    if (prefix2) {
      try {
        return prefix2 + decodeURIComponent(suffix);
      } catch (error2) {
        onError(String(error2));
        return null;
      }
    }
    if (handle === "!")
      return source;
    onError(`Could not resolve tag: ${source}`);
    return null;
  }
  /**
   * Given a fully resolved tag, returns its printable string form,
   * taking into account current tag prefixes and defaults.
   */
  tagString(tag) {
    for (const [handle, prefix2] of Object.entries(this.tags)) {
      if (tag.startsWith(prefix2))
        return handle + escapeTagName(tag.substring(prefix2.length));
    }
    return tag[0] === "!" ? tag : `!<${tag}>`;
  }
  toString(doc) {
    const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
    const tagEntries = Object.entries(this.tags);
    let tagNames;
    if (doc && tagEntries.length > 0 && isNode(doc.contents)) {
      const tags = {};
      visit(doc.contents, (_key, node) => {
        if (isNode(node) && node.tag)
          tags[node.tag] = true;
      });
      tagNames = Object.keys(tags);
    } else
      tagNames = [];
    for (const [handle, prefix2] of tagEntries) {
      if (handle === "!!" && prefix2 === "tag:yaml.org,2002:")
        continue;
      if (!doc || tagNames.some((tn) => tn.startsWith(prefix2)))
        lines.push(`%TAG ${handle} ${prefix2}`);
    }
    return lines.join("\n");
  }
};
Directives.defaultYaml = { explicit: false, version: "1.2" };
Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };

// node_modules/yaml/browser/dist/doc/anchors.js
function anchorIsValid(anchor) {
  if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
    const sa = JSON.stringify(anchor);
    const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
    throw new Error(msg);
  }
  return true;
}
function anchorNames(root) {
  const anchors = /* @__PURE__ */ new Set();
  visit(root, {
    Value(_key, node) {
      if (node.anchor)
        anchors.add(node.anchor);
    }
  });
  return anchors;
}
function findNewAnchor(prefix2, exclude) {
  for (let i = 1; true; ++i) {
    const name = `${prefix2}${i}`;
    if (!exclude.has(name))
      return name;
  }
}
function createNodeAnchors(doc, prefix2) {
  const aliasObjects = [];
  const sourceObjects = /* @__PURE__ */ new Map();
  let prevAnchors = null;
  return {
    onAnchor: (source) => {
      aliasObjects.push(source);
      prevAnchors ?? (prevAnchors = anchorNames(doc));
      const anchor = findNewAnchor(prefix2, prevAnchors);
      prevAnchors.add(anchor);
      return anchor;
    },
    /**
     * With circular references, the source node is only resolved after all
     * of its child nodes are. This is why anchors are set only after all of
     * the nodes have been created.
     */
    setAnchors: () => {
      for (const source of aliasObjects) {
        const ref = sourceObjects.get(source);
        if (typeof ref === "object" && ref.anchor && (isScalar(ref.node) || isCollection(ref.node))) {
          ref.node.anchor = ref.anchor;
        } else {
          const error2 = new Error("Failed to resolve repeated object (this should not happen)");
          error2.source = source;
          throw error2;
        }
      }
    },
    sourceObjects
  };
}

// node_modules/yaml/browser/dist/doc/applyReviver.js
function applyReviver(reviver, obj2, key, val) {
  if (val && typeof val === "object") {
    if (Array.isArray(val)) {
      for (let i = 0, len = val.length; i < len; ++i) {
        const v0 = val[i];
        const v1 = applyReviver(reviver, val, String(i), v0);
        if (v1 === void 0)
          delete val[i];
        else if (v1 !== v0)
          val[i] = v1;
      }
    } else if (val instanceof Map) {
      for (const k of Array.from(val.keys())) {
        const v0 = val.get(k);
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          val.delete(k);
        else if (v1 !== v0)
          val.set(k, v1);
      }
    } else if (val instanceof Set) {
      for (const v0 of Array.from(val)) {
        const v1 = applyReviver(reviver, val, v0, v0);
        if (v1 === void 0)
          val.delete(v0);
        else if (v1 !== v0) {
          val.delete(v0);
          val.add(v1);
        }
      }
    } else {
      for (const [k, v0] of Object.entries(val)) {
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          delete val[k];
        else if (v1 !== v0)
          val[k] = v1;
      }
    }
  }
  return reviver.call(obj2, key, val);
}

// node_modules/yaml/browser/dist/nodes/toJS.js
function toJS(value, arg, ctx) {
  if (Array.isArray(value))
    return value.map((v, i) => toJS(v, String(i), ctx));
  if (value && typeof value.toJSON === "function") {
    if (!ctx || !hasAnchor(value))
      return value.toJSON(arg, ctx);
    const data = { aliasCount: 0, count: 1, res: void 0 };
    ctx.anchors.set(value, data);
    ctx.onCreate = (res2) => {
      data.res = res2;
      delete ctx.onCreate;
    };
    const res = value.toJSON(arg, ctx);
    if (ctx.onCreate)
      ctx.onCreate(res);
    return res;
  }
  if (typeof value === "bigint" && !ctx?.keep)
    return Number(value);
  return value;
}

// node_modules/yaml/browser/dist/nodes/Node.js
var NodeBase = class {
  constructor(type) {
    Object.defineProperty(this, NODE_TYPE, { value: type });
  }
  /** Create a copy of this node.  */
  clone() {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** A plain JavaScript representation of this node. */
  toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    if (!isDocument(doc))
      throw new TypeError("A document argument is required");
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc,
      keep: true,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this, "", ctx);
    if (typeof onAnchor === "function")
      for (const { count: count2, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count2);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
};

// node_modules/yaml/browser/dist/nodes/Alias.js
var Alias = class extends NodeBase {
  constructor(source) {
    super(ALIAS);
    this.source = source;
    Object.defineProperty(this, "tag", {
      set() {
        throw new Error("Alias nodes cannot have tags");
      }
    });
  }
  /**
   * Resolve the value of this alias within `doc`, finding the last
   * instance of the `source` anchor before this node.
   */
  resolve(doc, ctx) {
    if (ctx?.maxAliasCount === 0)
      throw new ReferenceError("Alias resolution is disabled");
    let nodes;
    if (ctx?.aliasResolveCache) {
      nodes = ctx.aliasResolveCache;
    } else {
      nodes = [];
      visit(doc, {
        Node: (_key, node) => {
          if (isAlias(node) || hasAnchor(node))
            nodes.push(node);
        }
      });
      if (ctx)
        ctx.aliasResolveCache = nodes;
    }
    let found = void 0;
    for (const node of nodes) {
      if (node === this)
        break;
      if (node.anchor === this.source)
        found = node;
    }
    if (found && ctx) {
      const { anchors, doc: doc2, maxAliasCount } = ctx;
      let data = anchors.get(found);
      if (!data) {
        toJS(found, null, ctx);
        data = anchors.get(found);
      }
      if (data?.res === void 0) {
        const msg = "This should not happen: Alias anchor was not resolved?";
        throw new ReferenceError(msg);
      }
      if (maxAliasCount >= 0) {
        data.count += 1;
        if (data.aliasCount === 0)
          data.aliasCount = getAliasCount(doc2, found, anchors);
        if (data.count * data.aliasCount > maxAliasCount) {
          const msg = "Excessive alias count indicates a resource exhaustion attack";
          throw new ReferenceError(msg);
        }
      }
    }
    return found;
  }
  toJSON(_arg, ctx) {
    if (!ctx)
      return { source: this.source };
    const source = this.resolve(ctx.doc, ctx);
    if (!source) {
      const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
      throw new ReferenceError(msg);
    }
    return ctx.anchors.get(source).res;
  }
  toString(ctx, _onComment, _onChompKeep) {
    const src = `*${this.source}`;
    if (ctx) {
      anchorIsValid(this.source);
      if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
        const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
        throw new Error(msg);
      }
      if (ctx.implicitKey)
        return `${src} `;
    }
    return src;
  }
};
function getAliasCount(doc, node, anchors) {
  if (isAlias(node)) {
    const source = node.resolve(doc);
    const anchor = anchors && source && anchors.get(source);
    return anchor ? anchor.count * anchor.aliasCount : 0;
  } else if (isCollection(node)) {
    let count2 = 0;
    for (const item of node.items) {
      const c = getAliasCount(doc, item, anchors);
      if (c > count2)
        count2 = c;
    }
    return count2;
  } else if (isPair(node)) {
    const kc = getAliasCount(doc, node.key, anchors);
    const vc = getAliasCount(doc, node.value, anchors);
    return Math.max(kc, vc);
  }
  return 1;
}

// node_modules/yaml/browser/dist/nodes/Scalar.js
var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
var Scalar = class extends NodeBase {
  constructor(value) {
    super(SCALAR);
    this.value = value;
  }
  toJSON(arg, ctx) {
    return ctx?.keep ? this.value : toJS(this.value, arg, ctx);
  }
  toString() {
    return String(this.value);
  }
};
Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
Scalar.PLAIN = "PLAIN";
Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";

// node_modules/yaml/browser/dist/doc/createNode.js
var defaultTagPrefix = "tag:yaml.org,2002:";
function findTagObject(value, tagName, tags) {
  if (tagName) {
    const match2 = tags.filter((t) => t.tag === tagName);
    const tagObj = match2.find((t) => !t.format) ?? match2[0];
    if (!tagObj)
      throw new Error(`Tag ${tagName} not found`);
    return tagObj;
  }
  return tags.find((t) => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
  if (isDocument(value))
    value = value.contents;
  if (isNode(value))
    return value;
  if (isPair(value)) {
    const map2 = ctx.schema[MAP].createNode?.(ctx.schema, null, ctx);
    map2.items.push(value);
    return map2;
  }
  if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
    value = value.valueOf();
  }
  const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema4, sourceObjects } = ctx;
  let ref = void 0;
  if (aliasDuplicateObjects && value && typeof value === "object") {
    ref = sourceObjects.get(value);
    if (ref) {
      ref.anchor ?? (ref.anchor = onAnchor(value));
      return new Alias(ref.anchor);
    } else {
      ref = { anchor: null, node: null };
      sourceObjects.set(value, ref);
    }
  }
  if (tagName?.startsWith("!!"))
    tagName = defaultTagPrefix + tagName.slice(2);
  let tagObj = findTagObject(value, tagName, schema4.tags);
  if (!tagObj) {
    if (value && typeof value.toJSON === "function") {
      value = value.toJSON();
    }
    if (!value || typeof value !== "object") {
      const node2 = new Scalar(value);
      if (ref)
        ref.node = node2;
      return node2;
    }
    tagObj = value instanceof Map ? schema4[MAP] : Symbol.iterator in Object(value) ? schema4[SEQ] : schema4[MAP];
  }
  if (onTagObj) {
    onTagObj(tagObj);
    delete ctx.onTagObj;
  }
  const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar(value);
  if (tagName)
    node.tag = tagName;
  else if (!tagObj.default)
    node.tag = tagObj.tag;
  if (ref)
    ref.node = node;
  return node;
}

// node_modules/yaml/browser/dist/nodes/Collection.js
function collectionFromPath(schema4, path15, value) {
  let v = value;
  for (let i = path15.length - 1; i >= 0; --i) {
    const k = path15[i];
    if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
      const a = [];
      a[k] = v;
      v = a;
    } else {
      v = /* @__PURE__ */ new Map([[k, v]]);
    }
  }
  return createNode(v, void 0, {
    aliasDuplicateObjects: false,
    keepUndefined: false,
    onAnchor: () => {
      throw new Error("This should not happen, please report a bug.");
    },
    schema: schema4,
    sourceObjects: /* @__PURE__ */ new Map()
  });
}
var isEmptyPath = (path15) => path15 == null || typeof path15 === "object" && !!path15[Symbol.iterator]().next().done;
var Collection = class extends NodeBase {
  constructor(type, schema4) {
    super(type);
    Object.defineProperty(this, "schema", {
      value: schema4,
      configurable: true,
      enumerable: false,
      writable: true
    });
  }
  /**
   * Create a copy of this collection.
   *
   * @param schema - If defined, overwrites the original's schema
   */
  clone(schema4) {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (schema4)
      copy.schema = schema4;
    copy.items = copy.items.map((it) => isNode(it) || isPair(it) ? it.clone(schema4) : it);
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /**
   * Adds a value to the collection. For `!!map` and `!!omap` the value must
   * be a Pair instance or a `{ key, value }` object, which may not have a key
   * that already exists in the map.
   */
  addIn(path15, value) {
    if (isEmptyPath(path15))
      this.add(value);
    else {
      const [key, ...rest] = path15;
      const node = this.get(key, true);
      if (isCollection(node))
        node.addIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
  /**
   * Removes a value from the collection.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path15) {
    const [key, ...rest] = path15;
    if (rest.length === 0)
      return this.delete(key);
    const node = this.get(key, true);
    if (isCollection(node))
      return node.deleteIn(rest);
    else
      throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path15, keepScalar) {
    const [key, ...rest] = path15;
    const node = this.get(key, true);
    if (rest.length === 0)
      return !keepScalar && isScalar(node) ? node.value : node;
    else
      return isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
  }
  hasAllNullValues(allowScalar) {
    return this.items.every((node) => {
      if (!isPair(node))
        return false;
      const n = node.value;
      return n == null || allowScalar && isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
    });
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   */
  hasIn(path15) {
    const [key, ...rest] = path15;
    if (rest.length === 0)
      return this.has(key);
    const node = this.get(key, true);
    return isCollection(node) ? node.hasIn(rest) : false;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path15, value) {
    const [key, ...rest] = path15;
    if (rest.length === 0) {
      this.set(key, value);
    } else {
      const node = this.get(key, true);
      if (isCollection(node))
        node.setIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyComment.js
var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
function indentComment(comment, indent) {
  if (/^\n+$/.test(comment))
    return comment.substring(1);
  return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;

// node_modules/yaml/browser/dist/stringify/foldFlowLines.js
var FOLD_FLOW = "flow";
var FOLD_BLOCK = "block";
var FOLD_QUOTED = "quoted";
function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
  if (!lineWidth || lineWidth < 0)
    return text2;
  if (lineWidth < minContentWidth)
    minContentWidth = 0;
  const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
  if (text2.length <= endStep)
    return text2;
  const folds = [];
  const escapedFolds = {};
  let end = lineWidth - indent.length;
  if (typeof indentAtStart === "number") {
    if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
      folds.push(0);
    else
      end = lineWidth - indentAtStart;
  }
  let split = void 0;
  let prev = void 0;
  let overflow = false;
  let i = -1;
  let escStart = -1;
  let escEnd = -1;
  if (mode === FOLD_BLOCK) {
    i = consumeMoreIndentedLines(text2, i, indent.length);
    if (i !== -1)
      end = i + endStep;
  }
  for (let ch; ch = text2[i += 1]; ) {
    if (mode === FOLD_QUOTED && ch === "\\") {
      escStart = i;
      switch (text2[i + 1]) {
        case "x":
          i += 3;
          break;
        case "u":
          i += 5;
          break;
        case "U":
          i += 9;
          break;
        default:
          i += 1;
      }
      escEnd = i;
    }
    if (ch === "\n") {
      if (mode === FOLD_BLOCK)
        i = consumeMoreIndentedLines(text2, i, indent.length);
      end = i + indent.length + endStep;
      split = void 0;
    } else {
      if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
        const next = text2[i + 1];
        if (next && next !== " " && next !== "\n" && next !== "	")
          split = i;
      }
      if (i >= end) {
        if (split) {
          folds.push(split);
          end = split + endStep;
          split = void 0;
        } else if (mode === FOLD_QUOTED) {
          while (prev === " " || prev === "	") {
            prev = ch;
            ch = text2[i += 1];
            overflow = true;
          }
          const j = i > escEnd + 1 ? i - 2 : escStart - 1;
          if (escapedFolds[j])
            return text2;
          folds.push(j);
          escapedFolds[j] = true;
          end = j + endStep;
          split = void 0;
        } else {
          overflow = true;
        }
      }
    }
    prev = ch;
  }
  if (overflow && onOverflow)
    onOverflow();
  if (folds.length === 0)
    return text2;
  if (onFold)
    onFold();
  let res = text2.slice(0, folds[0]);
  for (let i2 = 0; i2 < folds.length; ++i2) {
    const fold = folds[i2];
    const end2 = folds[i2 + 1] || text2.length;
    if (fold === 0)
      res = `
${indent}${text2.slice(0, end2)}`;
    else {
      if (mode === FOLD_QUOTED && escapedFolds[fold])
        res += `${text2[fold]}\\`;
      res += `
${indent}${text2.slice(fold + 1, end2)}`;
    }
  }
  return res;
}
function consumeMoreIndentedLines(text2, i, indent) {
  let end = i;
  let start = i + 1;
  let ch = text2[start];
  while (ch === " " || ch === "	") {
    if (i < start + indent) {
      ch = text2[++i];
    } else {
      do {
        ch = text2[++i];
      } while (ch && ch !== "\n");
      end = i;
      start = i + 1;
      ch = text2[start];
    }
  }
  return end;
}

// node_modules/yaml/browser/dist/stringify/stringifyString.js
var getFoldOptions = (ctx, isBlock2) => ({
  indentAtStart: isBlock2 ? ctx.indent.length : ctx.indentAtStart,
  lineWidth: ctx.options.lineWidth,
  minContentWidth: ctx.options.minContentWidth
});
var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
function lineLengthOverLimit(str2, lineWidth, indentLength) {
  if (!lineWidth || lineWidth < 0)
    return false;
  const limit = lineWidth - indentLength;
  const strLen = str2.length;
  if (strLen <= limit)
    return false;
  for (let i = 0, start = 0; i < strLen; ++i) {
    if (str2[i] === "\n") {
      if (i - start > limit)
        return true;
      start = i + 1;
      if (strLen - start <= limit)
        return false;
    }
  }
  return true;
}
function doubleQuotedString(value, ctx) {
  const json = JSON.stringify(value);
  if (ctx.options.doubleQuotedAsJSON)
    return json;
  const { implicitKey } = ctx;
  const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  let str2 = "";
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
      str2 += json.slice(start, i) + "\\ ";
      i += 1;
      start = i;
      ch = "\\";
    }
    if (ch === "\\")
      switch (json[i + 1]) {
        case "u":
          {
            str2 += json.slice(start, i);
            const code = json.substr(i + 2, 4);
            switch (code) {
              case "0000":
                str2 += "\\0";
                break;
              case "0007":
                str2 += "\\a";
                break;
              case "000b":
                str2 += "\\v";
                break;
              case "001b":
                str2 += "\\e";
                break;
              case "0085":
                str2 += "\\N";
                break;
              case "00a0":
                str2 += "\\_";
                break;
              case "2028":
                str2 += "\\L";
                break;
              case "2029":
                str2 += "\\P";
                break;
              default:
                if (code.substr(0, 2) === "00")
                  str2 += "\\x" + code.substr(2);
                else
                  str2 += json.substr(i, 6);
            }
            i += 5;
            start = i + 1;
          }
          break;
        case "n":
          if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
            i += 1;
          } else {
            str2 += json.slice(start, i) + "\n\n";
            while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
              str2 += "\n";
              i += 2;
            }
            str2 += indent;
            if (json[i + 2] === " ")
              str2 += "\\";
            i += 1;
            start = i + 1;
          }
          break;
        default:
          i += 1;
      }
  }
  str2 = start ? str2 + json.slice(start) : json;
  return implicitKey ? str2 : foldFlowLines(str2, indent, FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
  if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
    return doubleQuotedString(value, ctx);
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
  return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
  const { singleQuote } = ctx.options;
  let qs;
  if (singleQuote === false)
    qs = doubleQuotedString;
  else {
    const hasDouble = value.includes('"');
    const hasSingle = value.includes("'");
    if (hasDouble && !hasSingle)
      qs = singleQuotedString;
    else if (hasSingle && !hasDouble)
      qs = doubleQuotedString;
    else
      qs = singleQuote ? singleQuotedString : doubleQuotedString;
  }
  return qs(value, ctx);
}
var blockEndNewlines;
try {
  blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
} catch {
  blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
  const { blockQuote, commentString, lineWidth } = ctx.options;
  if (!blockQuote || /\n[\t ]+$/.test(value)) {
    return quotedString(value, ctx);
  }
  const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
  const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.BLOCK_FOLDED ? false : type === Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
  if (!value)
    return literal2 ? "|\n" : ">\n";
  let chomp;
  let endStart;
  for (endStart = value.length; endStart > 0; --endStart) {
    const ch = value[endStart - 1];
    if (ch !== "\n" && ch !== "	" && ch !== " ")
      break;
  }
  let end = value.substring(endStart);
  const endNlPos = end.indexOf("\n");
  if (endNlPos === -1) {
    chomp = "-";
  } else if (value === end || endNlPos !== end.length - 1) {
    chomp = "+";
    if (onChompKeep)
      onChompKeep();
  } else {
    chomp = "";
  }
  if (end) {
    value = value.slice(0, -end.length);
    if (end[end.length - 1] === "\n")
      end = end.slice(0, -1);
    end = end.replace(blockEndNewlines, `$&${indent}`);
  }
  let startWithSpace = false;
  let startEnd;
  let startNlPos = -1;
  for (startEnd = 0; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === " ")
      startWithSpace = true;
    else if (ch === "\n")
      startNlPos = startEnd;
    else
      break;
  }
  let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
  if (start) {
    value = value.substring(start.length);
    start = start.replace(/\n+/g, `$&${indent}`);
  }
  const indentSize = indent ? "2" : "1";
  let header = (startWithSpace ? indentSize : "") + chomp;
  if (comment) {
    header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
    if (onComment)
      onComment();
  }
  if (!literal2) {
    const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
    let literalFallback = false;
    const foldOptions = getFoldOptions(ctx, true);
    if (blockQuote !== "folded" && type !== Scalar.BLOCK_FOLDED) {
      foldOptions.onOverflow = () => {
        literalFallback = true;
      };
    }
    const body = foldFlowLines(`${start}${foldedValue}${end}`, indent, FOLD_BLOCK, foldOptions);
    if (!literalFallback)
      return `>${header}
${indent}${body}`;
  }
  value = value.replace(/\n+/g, `$&${indent}`);
  return `|${header}
${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
  const { type, value } = item;
  const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
  if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
    return quotedString(value, ctx);
  }
  if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
    return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
  }
  if (!implicitKey && !inFlow && type !== Scalar.PLAIN && value.includes("\n")) {
    return blockString(item, ctx, onComment, onChompKeep);
  }
  if (containsDocumentMarker(value)) {
    if (indent === "") {
      ctx.forceBlockIndent = true;
      return blockString(item, ctx, onComment, onChompKeep);
    } else if (implicitKey && indent === indentStep) {
      return quotedString(value, ctx);
    }
  }
  const str2 = value.replace(/\n+/g, `$&
${indent}`);
  if (actualString) {
    const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
    const { compat, tags } = ctx.doc.schema;
    if (tags.some(test) || compat?.some(test))
      return quotedString(value, ctx);
  }
  return implicitKey ? str2 : foldFlowLines(str2, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
  const { implicitKey, inFlow } = ctx;
  const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
  let { type } = item;
  if (type !== Scalar.QUOTE_DOUBLE) {
    if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
      type = Scalar.QUOTE_DOUBLE;
  }
  const _stringify = (_type) => {
    switch (_type) {
      case Scalar.BLOCK_FOLDED:
      case Scalar.BLOCK_LITERAL:
        return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
      case Scalar.QUOTE_DOUBLE:
        return doubleQuotedString(ss.value, ctx);
      case Scalar.QUOTE_SINGLE:
        return singleQuotedString(ss.value, ctx);
      case Scalar.PLAIN:
        return plainString(ss, ctx, onComment, onChompKeep);
      default:
        return null;
    }
  };
  let res = _stringify(type);
  if (res === null) {
    const { defaultKeyType, defaultStringType } = ctx.options;
    const t = implicitKey && defaultKeyType || defaultStringType;
    res = _stringify(t);
    if (res === null)
      throw new Error(`Unsupported default string type ${t}`);
  }
  return res;
}

// node_modules/yaml/browser/dist/stringify/stringify.js
function createStringifyContext(doc, options) {
  const opt = Object.assign({
    blockQuote: true,
    commentString: stringifyComment,
    defaultKeyType: null,
    defaultStringType: "PLAIN",
    directives: null,
    doubleQuotedAsJSON: false,
    doubleQuotedMinMultiLineLength: 40,
    falseStr: "false",
    flowCollectionPadding: true,
    indentSeq: true,
    lineWidth: 80,
    minContentWidth: 20,
    nullStr: "null",
    simpleKeys: false,
    singleQuote: null,
    trailingComma: false,
    trueStr: "true",
    verifyAliasOrder: true
  }, doc.schema.toStringOptions, options);
  let inFlow;
  switch (opt.collectionStyle) {
    case "block":
      inFlow = false;
      break;
    case "flow":
      inFlow = true;
      break;
    default:
      inFlow = null;
  }
  return {
    anchors: /* @__PURE__ */ new Set(),
    doc,
    flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
    indent: "",
    indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
    inFlow,
    options: opt
  };
}
function getTagObject(tags, item) {
  if (item.tag) {
    const match2 = tags.filter((t) => t.tag === item.tag);
    if (match2.length > 0)
      return match2.find((t) => t.format === item.format) ?? match2[0];
  }
  let tagObj = void 0;
  let obj2;
  if (isScalar(item)) {
    obj2 = item.value;
    let match2 = tags.filter((t) => t.identify?.(obj2));
    if (match2.length > 1) {
      const testMatch = match2.filter((t) => t.test);
      if (testMatch.length > 0)
        match2 = testMatch;
    }
    tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
  } else {
    obj2 = item;
    tagObj = tags.find((t) => t.nodeClass && obj2 instanceof t.nodeClass);
  }
  if (!tagObj) {
    const name = obj2?.constructor?.name ?? (obj2 === null ? "null" : typeof obj2);
    throw new Error(`Tag not resolved for ${name} value`);
  }
  return tagObj;
}
function stringifyProps(node, tagObj, { anchors, doc }) {
  if (!doc.directives)
    return "";
  const props = [];
  const anchor = (isScalar(node) || isCollection(node)) && node.anchor;
  if (anchor && anchorIsValid(anchor)) {
    anchors.add(anchor);
    props.push(`&${anchor}`);
  }
  const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
  if (tag)
    props.push(doc.directives.tagString(tag));
  return props.join(" ");
}
function stringify(item, ctx, onComment, onChompKeep) {
  if (isPair(item))
    return item.toString(ctx, onComment, onChompKeep);
  if (isAlias(item)) {
    if (ctx.doc.directives)
      return item.toString(ctx);
    if (ctx.resolvedAliases?.has(item)) {
      throw new TypeError(`Cannot stringify circular structure without alias nodes`);
    } else {
      if (ctx.resolvedAliases)
        ctx.resolvedAliases.add(item);
      else
        ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
      item = item.resolve(ctx.doc);
    }
  }
  let tagObj = void 0;
  const node = isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
  tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
  const props = stringifyProps(node, tagObj, ctx);
  if (props.length > 0)
    ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
  const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : isScalar(node) ? stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
  if (!props)
    return str2;
  return isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
}

// node_modules/yaml/browser/dist/stringify/stringifyPair.js
function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
  const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
  let keyComment = isNode(key) && key.comment || null;
  if (simpleKeys) {
    if (keyComment) {
      throw new Error("With simple keys, key nodes cannot have comments");
    }
    if (isCollection(key) || !isNode(key) && typeof key === "object") {
      const msg = "With simple keys, collection cannot be used as a key value";
      throw new Error(msg);
    }
  }
  let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || isCollection(key) || (isScalar(key) ? key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL : typeof key === "object"));
  ctx = Object.assign({}, ctx, {
    allNullValues: false,
    implicitKey: !explicitKey && (simpleKeys || !allNullValues),
    indent: indent + indentStep
  });
  let keyCommentDone = false;
  let chompKeep = false;
  let str2 = stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
  if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
    if (simpleKeys)
      throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
    explicitKey = true;
  }
  if (ctx.inFlow) {
    if (allNullValues || value == null) {
      if (keyCommentDone && onComment)
        onComment();
      return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
    }
  } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
    str2 = `? ${str2}`;
    if (keyComment && !keyCommentDone) {
      str2 += lineComment(str2, ctx.indent, commentString(keyComment));
    } else if (chompKeep && onChompKeep)
      onChompKeep();
    return str2;
  }
  if (keyCommentDone)
    keyComment = null;
  if (explicitKey) {
    if (keyComment)
      str2 += lineComment(str2, ctx.indent, commentString(keyComment));
    str2 = `? ${str2}
${indent}:`;
  } else {
    str2 = `${str2}:`;
    if (keyComment)
      str2 += lineComment(str2, ctx.indent, commentString(keyComment));
  }
  let vsb, vcb, valueComment;
  if (isNode(value)) {
    vsb = !!value.spaceBefore;
    vcb = value.commentBefore;
    valueComment = value.comment;
  } else {
    vsb = false;
    vcb = null;
    valueComment = null;
    if (value && typeof value === "object")
      value = doc.createNode(value);
  }
  ctx.implicitKey = false;
  if (!explicitKey && !keyComment && isScalar(value))
    ctx.indentAtStart = str2.length + 1;
  chompKeep = false;
  if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && isSeq(value) && !value.flow && !value.tag && !value.anchor) {
    ctx.indent = ctx.indent.substring(2);
  }
  let valueCommentDone = false;
  const valueStr = stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
  let ws = " ";
  if (keyComment || vsb || vcb) {
    ws = vsb ? "\n" : "";
    if (vcb) {
      const cs = commentString(vcb);
      ws += `
${indentComment(cs, ctx.indent)}`;
    }
    if (valueStr === "" && !ctx.inFlow) {
      if (ws === "\n" && valueComment)
        ws = "\n\n";
    } else {
      ws += `
${ctx.indent}`;
    }
  } else if (!explicitKey && isCollection(value)) {
    const vs0 = valueStr[0];
    const nl0 = valueStr.indexOf("\n");
    const hasNewline = nl0 !== -1;
    const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
    if (hasNewline || !flow) {
      let hasPropsLine = false;
      if (hasNewline && (vs0 === "&" || vs0 === "!")) {
        let sp0 = valueStr.indexOf(" ");
        if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
          sp0 = valueStr.indexOf(" ", sp0 + 1);
        }
        if (sp0 === -1 || nl0 < sp0)
          hasPropsLine = true;
      }
      if (!hasPropsLine)
        ws = `
${ctx.indent}`;
    }
  } else if (valueStr === "" || valueStr[0] === "\n") {
    ws = "";
  }
  str2 += ws + valueStr;
  if (ctx.inFlow) {
    if (valueCommentDone && onComment)
      onComment();
  } else if (valueComment && !valueCommentDone) {
    str2 += lineComment(str2, ctx.indent, commentString(valueComment));
  } else if (chompKeep && onChompKeep) {
    onChompKeep();
  }
  return str2;
}

// node_modules/yaml/browser/dist/log.js
function warn(logLevel, warning) {
  if (logLevel === "debug" || logLevel === "warn") {
    console.warn(warning);
  }
}

// node_modules/yaml/browser/dist/schema/yaml-1.1/merge.js
var MERGE_KEY = "<<";
var merge = {
  identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
  default: "key",
  tag: "tag:yaml.org,2002:merge",
  test: /^<<$/,
  resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), {
    addToJSMap: addMergeToJSMap
  }),
  stringify: () => MERGE_KEY
};
var isMergeKey = (ctx, key) => (merge.identify(key) || isScalar(key) && (!key.type || key.type === Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (isSeq(source))
    for (const it of source.items)
      mergeValue(ctx, map2, it);
  else if (Array.isArray(source))
    for (const it of source)
      mergeValue(ctx, map2, it);
  else
    mergeValue(ctx, map2, source);
}
function mergeValue(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (!isMap(source))
    throw new Error("Merge sources must be maps or map aliases");
  const srcMap = source.toJSON(null, ctx, Map);
  for (const [key, value2] of srcMap) {
    if (map2 instanceof Map) {
      if (!map2.has(key))
        map2.set(key, value2);
    } else if (map2 instanceof Set) {
      map2.add(key);
    } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
      Object.defineProperty(map2, key, {
        value: value2,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
  }
  return map2;
}
function resolveAliasValue(ctx, value) {
  return ctx && isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

// node_modules/yaml/browser/dist/nodes/addPairToJSMap.js
function addPairToJSMap(ctx, map2, { key, value }) {
  if (isNode(key) && key.addToJSMap)
    key.addToJSMap(ctx, map2, value);
  else if (isMergeKey(ctx, key))
    addMergeToJSMap(ctx, map2, value);
  else {
    const jsKey = toJS(key, "", ctx);
    if (map2 instanceof Map) {
      map2.set(jsKey, toJS(value, jsKey, ctx));
    } else if (map2 instanceof Set) {
      map2.add(jsKey);
    } else {
      const stringKey = stringifyKey(key, jsKey, ctx);
      const jsValue = toJS(value, stringKey, ctx);
      if (stringKey in map2)
        Object.defineProperty(map2, stringKey, {
          value: jsValue,
          writable: true,
          enumerable: true,
          configurable: true
        });
      else
        map2[stringKey] = jsValue;
    }
  }
  return map2;
}
function stringifyKey(key, jsKey, ctx) {
  if (jsKey === null)
    return "";
  if (typeof jsKey !== "object")
    return String(jsKey);
  if (isNode(key) && ctx?.doc) {
    const strCtx = createStringifyContext(ctx.doc, {});
    strCtx.anchors = /* @__PURE__ */ new Set();
    for (const node of ctx.anchors.keys())
      strCtx.anchors.add(node.anchor);
    strCtx.inFlow = true;
    strCtx.inStringifyKey = true;
    const strKey = key.toString(strCtx);
    if (!ctx.mapKeyWarned) {
      let jsonStr = JSON.stringify(strKey);
      if (jsonStr.length > 40)
        jsonStr = jsonStr.substring(0, 36) + '..."';
      warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
      ctx.mapKeyWarned = true;
    }
    return strKey;
  }
  return JSON.stringify(jsKey);
}

// node_modules/yaml/browser/dist/nodes/Pair.js
function createPair(key, value, ctx) {
  const k = createNode(key, void 0, ctx);
  const v = createNode(value, void 0, ctx);
  return new Pair(k, v);
}
var Pair = class _Pair {
  constructor(key, value = null) {
    Object.defineProperty(this, NODE_TYPE, { value: PAIR });
    this.key = key;
    this.value = value;
  }
  clone(schema4) {
    let { key, value } = this;
    if (isNode(key))
      key = key.clone(schema4);
    if (isNode(value))
      value = value.clone(schema4);
    return new _Pair(key, value);
  }
  toJSON(_, ctx) {
    const pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    return addPairToJSMap(ctx, pair2, this);
  }
  toString(ctx, onComment, onChompKeep) {
    return ctx?.doc ? stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyCollection.js
function stringifyCollection(collection, ctx, options) {
  const flow = ctx.inFlow ?? collection.flow;
  const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
  return stringify4(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
  const { indent, options: { commentString } } = ctx;
  const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
  let chompKeep = false;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment2 = null;
    if (isNode(item)) {
      if (!chompKeep && item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
      if (item.comment)
        comment2 = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (!chompKeep && ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
      }
    }
    chompKeep = false;
    let str3 = stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
    if (comment2)
      str3 += lineComment(str3, itemIndent, commentString(comment2));
    if (chompKeep && comment2)
      chompKeep = false;
    lines.push(blockItemPrefix + str3);
  }
  let str2;
  if (lines.length === 0) {
    str2 = flowChars.start + flowChars.end;
  } else {
    str2 = lines[0];
    for (let i = 1; i < lines.length; ++i) {
      const line = lines[i];
      str2 += line ? `
${indent}${line}` : "\n";
    }
  }
  if (comment) {
    str2 += "\n" + indentComment(commentString(comment), indent);
    if (onComment)
      onComment();
  } else if (chompKeep && onChompKeep)
    onChompKeep();
  return str2;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
  const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
  itemIndent += indentStep;
  const itemCtx = Object.assign({}, ctx, {
    indent: itemIndent,
    inFlow: true,
    type: null
  });
  let reqNewline = false;
  let linesAtValue = 0;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment = null;
    if (isNode(item)) {
      if (item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, false);
      if (item.comment)
        comment = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, false);
        if (ik.comment)
          reqNewline = true;
      }
      const iv = isNode(item.value) ? item.value : null;
      if (iv) {
        if (iv.comment)
          comment = iv.comment;
        if (iv.commentBefore)
          reqNewline = true;
      } else if (item.value == null && ik?.comment) {
        comment = ik.comment;
      }
    }
    if (comment)
      reqNewline = true;
    let str2 = stringify(item, itemCtx, () => comment = null);
    reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
    if (i < items.length - 1) {
      str2 += ",";
    } else if (ctx.options.trailingComma) {
      if (ctx.options.lineWidth > 0) {
        reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
      }
      if (reqNewline) {
        str2 += ",";
      }
    }
    if (comment)
      str2 += lineComment(str2, itemIndent, commentString(comment));
    lines.push(str2);
    linesAtValue = lines.length;
  }
  const { start, end } = flowChars;
  if (lines.length === 0) {
    return start + end;
  } else {
    if (!reqNewline) {
      const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
      reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
    }
    if (reqNewline) {
      let str2 = start;
      for (const line of lines)
        str2 += line ? `
${indentStep}${indent}${line}` : "\n";
      return `${str2}
${indent}${end}`;
    } else {
      return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
  }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
  if (comment && chompKeep)
    comment = comment.replace(/^\n+/, "");
  if (comment) {
    const ic = indentComment(commentString(comment), indent);
    lines.push(ic.trimStart());
  }
}

// node_modules/yaml/browser/dist/nodes/YAMLMap.js
function findPair(items, key) {
  const k = isScalar(key) ? key.value : key;
  for (const it of items) {
    if (isPair(it)) {
      if (it.key === key || it.key === k)
        return it;
      if (isScalar(it.key) && it.key.value === k)
        return it;
    }
  }
  return void 0;
}
var YAMLMap = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:map";
  }
  constructor(schema4) {
    super(MAP, schema4);
    this.items = [];
  }
  /**
   * A generic collection parsing method that can be extended
   * to other node classes that inherit from YAMLMap
   */
  static from(schema4, obj2, ctx) {
    const { keepUndefined, replacer } = ctx;
    const map2 = new this(schema4);
    const add = (key, value) => {
      if (typeof replacer === "function")
        value = replacer.call(obj2, key, value);
      else if (Array.isArray(replacer) && !replacer.includes(key))
        return;
      if (value !== void 0 || keepUndefined)
        map2.items.push(createPair(key, value, ctx));
    };
    if (obj2 instanceof Map) {
      for (const [key, value] of obj2)
        add(key, value);
    } else if (obj2 && typeof obj2 === "object") {
      for (const key of Object.keys(obj2))
        add(key, obj2[key]);
    }
    if (typeof schema4.sortMapEntries === "function") {
      map2.items.sort(schema4.sortMapEntries);
    }
    return map2;
  }
  /**
   * Adds a value to the collection.
   *
   * @param overwrite - If not set `true`, using a key that is already in the
   *   collection will throw. Otherwise, overwrites the previous value.
   */
  add(pair2, overwrite) {
    let _pair;
    if (isPair(pair2))
      _pair = pair2;
    else if (!pair2 || typeof pair2 !== "object" || !("key" in pair2)) {
      _pair = new Pair(pair2, pair2?.value);
    } else
      _pair = new Pair(pair2.key, pair2.value);
    const prev = findPair(this.items, _pair.key);
    const sortEntries = this.schema?.sortMapEntries;
    if (prev) {
      if (!overwrite)
        throw new Error(`Key ${_pair.key} already set`);
      if (isScalar(prev.value) && isScalarValue(_pair.value))
        prev.value.value = _pair.value;
      else
        prev.value = _pair.value;
    } else if (sortEntries) {
      const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
      if (i === -1)
        this.items.push(_pair);
      else
        this.items.splice(i, 0, _pair);
    } else {
      this.items.push(_pair);
    }
  }
  delete(key) {
    const it = findPair(this.items, key);
    if (!it)
      return false;
    const del = this.items.splice(this.items.indexOf(it), 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const it = findPair(this.items, key);
    const node = it?.value;
    return (!keepScalar && isScalar(node) ? node.value : node) ?? void 0;
  }
  has(key) {
    return !!findPair(this.items, key);
  }
  set(key, value) {
    this.add(new Pair(key, value), true);
  }
  /**
   * @param ctx - Conversion context, originally set in Document#toJS()
   * @param {Class} Type - If set, forces the returned collection type
   * @returns Instance of Type, Map, or Object
   */
  toJSON(_, ctx, Type) {
    const map2 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const item of this.items)
      addPairToJSMap(ctx, map2, item);
    return map2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    for (const item of this.items) {
      if (!isPair(item))
        throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
    }
    if (!ctx.allNullValues && this.hasAllNullValues(false))
      ctx = Object.assign({}, ctx, { allNullValues: true });
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "",
      flowChars: { start: "{", end: "}" },
      itemIndent: ctx.indent || "",
      onChompKeep,
      onComment
    });
  }
};

// node_modules/yaml/browser/dist/schema/common/map.js
var map = {
  collection: "map",
  default: true,
  nodeClass: YAMLMap,
  tag: "tag:yaml.org,2002:map",
  resolve(map2, onError) {
    if (!isMap(map2))
      onError("Expected a mapping for this tag");
    return map2;
  },
  createNode: (schema4, obj2, ctx) => YAMLMap.from(schema4, obj2, ctx)
};

// node_modules/yaml/browser/dist/nodes/YAMLSeq.js
var YAMLSeq = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:seq";
  }
  constructor(schema4) {
    super(SEQ, schema4);
    this.items = [];
  }
  add(value) {
    this.items.push(value);
  }
  /**
   * Removes a value from the collection.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   *
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return false;
    const del = this.items.splice(idx, 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return void 0;
    const it = this.items[idx];
    return !keepScalar && isScalar(it) ? it.value : it;
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   */
  has(key) {
    const idx = asItemIndex(key);
    return typeof idx === "number" && idx < this.items.length;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   *
   * If `key` does not contain a representation of an integer, this will throw.
   * It may be wrapped in a `Scalar`.
   */
  set(key, value) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      throw new Error(`Expected a valid index, not ${key}.`);
    const prev = this.items[idx];
    if (isScalar(prev) && isScalarValue(value))
      prev.value = value;
    else
      this.items[idx] = value;
  }
  toJSON(_, ctx) {
    const seq2 = [];
    if (ctx?.onCreate)
      ctx.onCreate(seq2);
    let i = 0;
    for (const item of this.items)
      seq2.push(toJS(item, String(i++), ctx));
    return seq2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "- ",
      flowChars: { start: "[", end: "]" },
      itemIndent: (ctx.indent || "") + "  ",
      onChompKeep,
      onComment
    });
  }
  static from(schema4, obj2, ctx) {
    const { replacer } = ctx;
    const seq2 = new this(schema4);
    if (obj2 && Symbol.iterator in Object(obj2)) {
      let i = 0;
      for (let it of obj2) {
        if (typeof replacer === "function") {
          const key = obj2 instanceof Set ? it : String(i++);
          it = replacer.call(obj2, key, it);
        }
        seq2.items.push(createNode(it, void 0, ctx));
      }
    }
    return seq2;
  }
};
function asItemIndex(key) {
  let idx = isScalar(key) ? key.value : key;
  if (idx && typeof idx === "string")
    idx = Number(idx);
  return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
}

// node_modules/yaml/browser/dist/schema/common/seq.js
var seq = {
  collection: "seq",
  default: true,
  nodeClass: YAMLSeq,
  tag: "tag:yaml.org,2002:seq",
  resolve(seq2, onError) {
    if (!isSeq(seq2))
      onError("Expected a sequence for this tag");
    return seq2;
  },
  createNode: (schema4, obj2, ctx) => YAMLSeq.from(schema4, obj2, ctx)
};

// node_modules/yaml/browser/dist/schema/common/string.js
var string = {
  identify: (value) => typeof value === "string",
  default: true,
  tag: "tag:yaml.org,2002:str",
  resolve: (str2) => str2,
  stringify(item, ctx, onComment, onChompKeep) {
    ctx = Object.assign({ actualString: true }, ctx);
    return stringifyString(item, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/common/null.js
var nullTag = {
  identify: (value) => value == null,
  createNode: () => new Scalar(null),
  default: true,
  tag: "tag:yaml.org,2002:null",
  test: /^(?:~|[Nn]ull|NULL)?$/,
  resolve: () => new Scalar(null),
  stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
};

// node_modules/yaml/browser/dist/schema/core/bool.js
var boolTag = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  resolve: (str2) => new Scalar(str2[0] === "t" || str2[0] === "T"),
  stringify({ source, value }, ctx) {
    if (source && boolTag.test.test(source)) {
      const sv = source[0] === "t" || source[0] === "T";
      if (value === sv)
        return source;
    }
    return value ? ctx.options.trueStr : ctx.options.falseStr;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyNumber.js
function stringifyNumber({ format: format3, minFractionDigits, tag, value }) {
  if (typeof value === "bigint")
    return String(value);
  const num2 = typeof value === "number" ? value : Number(value);
  if (!isFinite(num2))
    return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
  let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
  if (!format3 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
    let i = n.indexOf(".");
    if (i < 0) {
      i = n.length;
      n += ".";
    }
    let d = minFractionDigits - (n.length - i - 1);
    while (d-- > 0)
      n += "0";
  }
  return n;
}

// node_modules/yaml/browser/dist/schema/core/float.js
var floatNaN = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  resolve: (str2) => parseFloat(str2),
  stringify(node) {
    const num2 = Number(node.value);
    return isFinite(num2) ? num2.toExponential() : stringifyNumber(node);
  }
};
var float = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  resolve(str2) {
    const node = new Scalar(parseFloat(str2));
    const dot = str2.indexOf(".");
    if (dot !== -1 && str2[str2.length - 1] === "0")
      node.minFractionDigits = str2.length - dot - 1;
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/core/int.js
var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
function intStringify(node, radix, prefix2) {
  const { value } = node;
  if (intIdentify(value) && value >= 0)
    return prefix2 + value.toString(radix);
  return stringifyNumber(node);
}
var intOct = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^0o[0-7]+$/,
  resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
  stringify: (node) => intStringify(node, 8, "0o")
};
var int = {
  identify: intIdentify,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9]+$/,
  resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^0x[0-9a-fA-F]+$/,
  resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
  stringify: (node) => intStringify(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/core/schema.js
var schema = [
  map,
  seq,
  string,
  nullTag,
  boolTag,
  intOct,
  int,
  intHex,
  floatNaN,
  floatExp,
  float
];

// node_modules/yaml/browser/dist/schema/json/schema.js
function intIdentify2(value) {
  return typeof value === "bigint" || Number.isInteger(value);
}
var stringifyJSON = ({ value }) => JSON.stringify(value);
var jsonScalars = [
  {
    identify: (value) => typeof value === "string",
    default: true,
    tag: "tag:yaml.org,2002:str",
    resolve: (str2) => str2,
    stringify: stringifyJSON
  },
  {
    identify: (value) => value == null,
    createNode: () => new Scalar(null),
    default: true,
    tag: "tag:yaml.org,2002:null",
    test: /^null$/,
    resolve: () => null,
    stringify: stringifyJSON
  },
  {
    identify: (value) => typeof value === "boolean",
    default: true,
    tag: "tag:yaml.org,2002:bool",
    test: /^true$|^false$/,
    resolve: (str2) => str2 === "true",
    stringify: stringifyJSON
  },
  {
    identify: intIdentify2,
    default: true,
    tag: "tag:yaml.org,2002:int",
    test: /^-?(?:0|[1-9][0-9]*)$/,
    resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
    stringify: ({ value }) => intIdentify2(value) ? value.toString() : JSON.stringify(value)
  },
  {
    identify: (value) => typeof value === "number",
    default: true,
    tag: "tag:yaml.org,2002:float",
    test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
    resolve: (str2) => parseFloat(str2),
    stringify: stringifyJSON
  }
];
var jsonError = {
  default: true,
  tag: "",
  test: /^/,
  resolve(str2, onError) {
    onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
    return str2;
  }
};
var schema2 = [map, seq].concat(jsonScalars, jsonError);

// node_modules/yaml/browser/dist/schema/yaml-1.1/binary.js
var binary = {
  identify: (value) => value instanceof Uint8Array,
  // Buffer inherits from Uint8Array
  default: false,
  tag: "tag:yaml.org,2002:binary",
  /**
   * Returns a Buffer in node and an Uint8Array in browsers
   *
   * To use the resulting buffer as an image, you'll want to do something like:
   *
   *   const blob = new Blob([buffer], { type: 'image/jpeg' })
   *   document.querySelector('#photo').src = URL.createObjectURL(blob)
   */
  resolve(src, onError) {
    if (typeof atob === "function") {
      const str2 = atob(src.replace(/[\n\r]/g, ""));
      const buffer = new Uint8Array(str2.length);
      for (let i = 0; i < str2.length; ++i)
        buffer[i] = str2.charCodeAt(i);
      return buffer;
    } else {
      onError("This environment does not support reading binary tags; either Buffer or atob is required");
      return src;
    }
  },
  stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
    if (!value)
      return "";
    const buf = value;
    let str2;
    if (typeof btoa === "function") {
      let s = "";
      for (let i = 0; i < buf.length; ++i)
        s += String.fromCharCode(buf[i]);
      str2 = btoa(s);
    } else {
      throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
    }
    type ?? (type = Scalar.BLOCK_LITERAL);
    if (type !== Scalar.QUOTE_DOUBLE) {
      const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
      const n = Math.ceil(str2.length / lineWidth);
      const lines = new Array(n);
      for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
        lines[i] = str2.substr(o, lineWidth);
      }
      str2 = lines.join(type === Scalar.BLOCK_LITERAL ? "\n" : " ");
    }
    return stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/pairs.js
function resolvePairs(seq2, onError) {
  if (isSeq(seq2)) {
    for (let i = 0; i < seq2.items.length; ++i) {
      let item = seq2.items[i];
      if (isPair(item))
        continue;
      else if (isMap(item)) {
        if (item.items.length > 1)
          onError("Each pair must have its own sequence indicator");
        const pair2 = item.items[0] || new Pair(new Scalar(null));
        if (item.commentBefore)
          pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore;
        if (item.comment) {
          const cn = pair2.value ?? pair2.key;
          cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
        }
        item = pair2;
      }
      seq2.items[i] = isPair(item) ? item : new Pair(item);
    }
  } else
    onError("Expected a sequence for this tag");
  return seq2;
}
function createPairs(schema4, iterable, ctx) {
  const { replacer } = ctx;
  const pairs2 = new YAMLSeq(schema4);
  pairs2.tag = "tag:yaml.org,2002:pairs";
  let i = 0;
  if (iterable && Symbol.iterator in Object(iterable))
    for (let it of iterable) {
      if (typeof replacer === "function")
        it = replacer.call(iterable, String(i++), it);
      let key, value;
      if (Array.isArray(it)) {
        if (it.length === 2) {
          key = it[0];
          value = it[1];
        } else
          throw new TypeError(`Expected [key, value] tuple: ${it}`);
      } else if (it && it instanceof Object) {
        const keys = Object.keys(it);
        if (keys.length === 1) {
          key = keys[0];
          value = it[key];
        } else {
          throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
        }
      } else {
        key = it;
      }
      pairs2.items.push(createPair(key, value, ctx));
    }
  return pairs2;
}
var pairs = {
  collection: "seq",
  default: false,
  tag: "tag:yaml.org,2002:pairs",
  resolve: resolvePairs,
  createNode: createPairs
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/omap.js
var YAMLOMap = class _YAMLOMap extends YAMLSeq {
  constructor() {
    super();
    this.add = YAMLMap.prototype.add.bind(this);
    this.delete = YAMLMap.prototype.delete.bind(this);
    this.get = YAMLMap.prototype.get.bind(this);
    this.has = YAMLMap.prototype.has.bind(this);
    this.set = YAMLMap.prototype.set.bind(this);
    this.tag = _YAMLOMap.tag;
  }
  /**
   * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
   * but TypeScript won't allow widening the signature of a child method.
   */
  toJSON(_, ctx) {
    if (!ctx)
      return super.toJSON(_);
    const map2 = /* @__PURE__ */ new Map();
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const pair2 of this.items) {
      let key, value;
      if (isPair(pair2)) {
        key = toJS(pair2.key, "", ctx);
        value = toJS(pair2.value, key, ctx);
      } else {
        key = toJS(pair2, "", ctx);
      }
      if (map2.has(key))
        throw new Error("Ordered maps must not include duplicate keys");
      map2.set(key, value);
    }
    return map2;
  }
  static from(schema4, iterable, ctx) {
    const pairs2 = createPairs(schema4, iterable, ctx);
    const omap2 = new this();
    omap2.items = pairs2.items;
    return omap2;
  }
};
YAMLOMap.tag = "tag:yaml.org,2002:omap";
var omap = {
  collection: "seq",
  identify: (value) => value instanceof Map,
  nodeClass: YAMLOMap,
  default: false,
  tag: "tag:yaml.org,2002:omap",
  resolve(seq2, onError) {
    const pairs2 = resolvePairs(seq2, onError);
    const seenKeys = [];
    for (const { key } of pairs2.items) {
      if (isScalar(key)) {
        if (seenKeys.includes(key.value)) {
          onError(`Ordered maps must not include duplicate keys: ${key.value}`);
        } else {
          seenKeys.push(key.value);
        }
      }
    }
    return Object.assign(new YAMLOMap(), pairs2);
  },
  createNode: (schema4, iterable, ctx) => YAMLOMap.from(schema4, iterable, ctx)
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/bool.js
function boolStringify({ value, source }, ctx) {
  const boolObj = value ? trueTag : falseTag;
  if (source && boolObj.test.test(source))
    return source;
  return value ? ctx.options.trueStr : ctx.options.falseStr;
}
var trueTag = {
  identify: (value) => value === true,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  resolve: () => new Scalar(true),
  stringify: boolStringify
};
var falseTag = {
  identify: (value) => value === false,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  resolve: () => new Scalar(false),
  stringify: boolStringify
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/float.js
var floatNaN2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
  stringify(node) {
    const num2 = Number(node.value);
    return isFinite(num2) ? num2.toExponential() : stringifyNumber(node);
  }
};
var float2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  resolve(str2) {
    const node = new Scalar(parseFloat(str2.replace(/_/g, "")));
    const dot = str2.indexOf(".");
    if (dot !== -1) {
      const f = str2.substring(dot + 1).replace(/_/g, "");
      if (f[f.length - 1] === "0")
        node.minFractionDigits = f.length;
    }
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/int.js
var intIdentify3 = (value) => typeof value === "bigint" || Number.isInteger(value);
function intResolve2(str2, offset, radix, { intAsBigInt }) {
  const sign = str2[0];
  if (sign === "-" || sign === "+")
    offset += 1;
  str2 = str2.substring(offset).replace(/_/g, "");
  if (intAsBigInt) {
    switch (radix) {
      case 2:
        str2 = `0b${str2}`;
        break;
      case 8:
        str2 = `0o${str2}`;
        break;
      case 16:
        str2 = `0x${str2}`;
        break;
    }
    const n2 = BigInt(str2);
    return sign === "-" ? BigInt(-1) * n2 : n2;
  }
  const n = parseInt(str2, radix);
  return sign === "-" ? -1 * n : n;
}
function intStringify2(node, radix, prefix2) {
  const { value } = node;
  if (intIdentify3(value)) {
    const str2 = value.toString(radix);
    return value < 0 ? "-" + prefix2 + str2.substr(1) : prefix2 + str2;
  }
  return stringifyNumber(node);
}
var intBin = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "BIN",
  test: /^[-+]?0b[0-1_]+$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 2, 2, opt),
  stringify: (node) => intStringify2(node, 2, "0b")
};
var intOct2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^[-+]?0[0-7_]+$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 1, 8, opt),
  stringify: (node) => intStringify2(node, 8, "0")
};
var int2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9][0-9_]*$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^[-+]?0x[0-9a-fA-F_]+$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 2, 16, opt),
  stringify: (node) => intStringify2(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/set.js
var YAMLSet = class _YAMLSet extends YAMLMap {
  constructor(schema4) {
    super(schema4);
    this.tag = _YAMLSet.tag;
  }
  add(key) {
    let pair2;
    if (isPair(key))
      pair2 = key;
    else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
      pair2 = new Pair(key.key, null);
    else
      pair2 = new Pair(key, null);
    const prev = findPair(this.items, pair2.key);
    if (!prev)
      this.items.push(pair2);
  }
  /**
   * If `keepPair` is `true`, returns the Pair matching `key`.
   * Otherwise, returns the value of that Pair's key.
   */
  get(key, keepPair) {
    const pair2 = findPair(this.items, key);
    return !keepPair && isPair(pair2) ? isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
  }
  set(key, value) {
    if (typeof value !== "boolean")
      throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
    const prev = findPair(this.items, key);
    if (prev && !value) {
      this.items.splice(this.items.indexOf(prev), 1);
    } else if (!prev && value) {
      this.items.push(new Pair(key));
    }
  }
  toJSON(_, ctx) {
    return super.toJSON(_, ctx, Set);
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    if (this.hasAllNullValues(true))
      return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
    else
      throw new Error("Set items must all have null values");
  }
  static from(schema4, iterable, ctx) {
    const { replacer } = ctx;
    const set2 = new this(schema4);
    if (iterable && Symbol.iterator in Object(iterable))
      for (let value of iterable) {
        if (typeof replacer === "function")
          value = replacer.call(iterable, value, value);
        set2.items.push(createPair(value, null, ctx));
      }
    return set2;
  }
};
YAMLSet.tag = "tag:yaml.org,2002:set";
var set = {
  collection: "map",
  identify: (value) => value instanceof Set,
  nodeClass: YAMLSet,
  default: false,
  tag: "tag:yaml.org,2002:set",
  createNode: (schema4, iterable, ctx) => YAMLSet.from(schema4, iterable, ctx),
  resolve(map2, onError) {
    if (isMap(map2)) {
      if (map2.hasAllNullValues(true))
        return Object.assign(new YAMLSet(), map2);
      else
        onError("Set items must all have null values");
    } else
      onError("Expected a mapping for this tag");
    return map2;
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/timestamp.js
function parseSexagesimal(str2, asBigInt) {
  const sign = str2[0];
  const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
  const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
  const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
  return sign === "-" ? num2(-1) * res : res;
}
function stringifySexagesimal(node) {
  let { value } = node;
  let num2 = (n) => n;
  if (typeof value === "bigint")
    num2 = (n) => BigInt(n);
  else if (isNaN(value) || !isFinite(value))
    return stringifyNumber(node);
  let sign = "";
  if (value < 0) {
    sign = "-";
    value *= num2(-1);
  }
  const _60 = num2(60);
  const parts = [value % _60];
  if (value < 60) {
    parts.unshift(0);
  } else {
    value = (value - parts[0]) / _60;
    parts.unshift(value % _60);
    if (value >= 60) {
      value = (value - parts[0]) / _60;
      parts.unshift(value);
    }
  }
  return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
}
var intTime = {
  identify: (value) => typeof value === "bigint" || Number.isInteger(value),
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
  stringify: stringifySexagesimal
};
var floatTime = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  resolve: (str2) => parseSexagesimal(str2, false),
  stringify: stringifySexagesimal
};
var timestamp = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: "tag:yaml.org,2002:timestamp",
  // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
  // may be omitted altogether, resulting in a date format. In such a case, the time part is
  // assumed to be 00:00:00Z (start of day, UTC).
  test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
  resolve(str2) {
    const match2 = str2.match(timestamp.test);
    if (!match2)
      throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
    const [, year, month, day, hour, minute, second] = match2.map(Number);
    const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
    let date2 = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
    const tz = match2[8];
    if (tz && tz !== "Z") {
      let d = parseSexagesimal(tz, false);
      if (Math.abs(d) < 30)
        d *= 60;
      date2 -= 6e4 * d;
    }
    return new Date(date2);
  },
  stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/schema.js
var schema3 = [
  map,
  seq,
  string,
  nullTag,
  trueTag,
  falseTag,
  intBin,
  intOct2,
  int2,
  intHex2,
  floatNaN2,
  floatExp2,
  float2,
  binary,
  merge,
  omap,
  pairs,
  set,
  intTime,
  floatTime,
  timestamp
];

// node_modules/yaml/browser/dist/schema/tags.js
var schemas = /* @__PURE__ */ new Map([
  ["core", schema],
  ["failsafe", [map, seq, string]],
  ["json", schema2],
  ["yaml11", schema3],
  ["yaml-1.1", schema3]
]);
var tagsByName = {
  binary,
  bool: boolTag,
  float,
  floatExp,
  floatNaN,
  floatTime,
  int,
  intHex,
  intOct,
  intTime,
  map,
  merge,
  null: nullTag,
  omap,
  pairs,
  seq,
  set,
  timestamp
};
var coreKnownTags = {
  "tag:yaml.org,2002:binary": binary,
  "tag:yaml.org,2002:merge": merge,
  "tag:yaml.org,2002:omap": omap,
  "tag:yaml.org,2002:pairs": pairs,
  "tag:yaml.org,2002:set": set,
  "tag:yaml.org,2002:timestamp": timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
  const schemaTags = schemas.get(schemaName);
  if (schemaTags && !customTags) {
    return addMergeTag && !schemaTags.includes(merge) ? schemaTags.concat(merge) : schemaTags.slice();
  }
  let tags = schemaTags;
  if (!tags) {
    if (Array.isArray(customTags))
      tags = [];
    else {
      const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
    }
  }
  if (Array.isArray(customTags)) {
    for (const tag of customTags)
      tags = tags.concat(tag);
  } else if (typeof customTags === "function") {
    tags = customTags(tags.slice());
  }
  if (addMergeTag)
    tags = tags.concat(merge);
  return tags.reduce((tags2, tag) => {
    const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
    if (!tagObj) {
      const tagName = JSON.stringify(tag);
      const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
    }
    if (!tags2.includes(tagObj))
      tags2.push(tagObj);
    return tags2;
  }, []);
}

// node_modules/yaml/browser/dist/schema/Schema.js
var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
var Schema = class _Schema {
  constructor({ compat, customTags, merge: merge3, resolveKnownTags, schema: schema4, sortMapEntries, toStringDefaults }) {
    this.compat = Array.isArray(compat) ? getTags(compat, "compat") : compat ? getTags(null, compat) : null;
    this.name = typeof schema4 === "string" && schema4 || "core";
    this.knownTags = resolveKnownTags ? coreKnownTags : {};
    this.tags = getTags(customTags, this.name, merge3);
    this.toStringOptions = toStringDefaults ?? null;
    Object.defineProperty(this, MAP, { value: map });
    Object.defineProperty(this, SCALAR, { value: string });
    Object.defineProperty(this, SEQ, { value: seq });
    this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
  }
  clone() {
    const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
    copy.tags = this.tags.slice();
    return copy;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyDocument.js
function stringifyDocument(doc, options) {
  const lines = [];
  let hasDirectives = options.directives === true;
  if (options.directives !== false && doc.directives) {
    const dir = doc.directives.toString(doc);
    if (dir) {
      lines.push(dir);
      hasDirectives = true;
    } else if (doc.directives.docStart)
      hasDirectives = true;
  }
  if (hasDirectives)
    lines.push("---");
  const ctx = createStringifyContext(doc, options);
  const { commentString } = ctx.options;
  if (doc.commentBefore) {
    if (lines.length !== 1)
      lines.unshift("");
    const cs = commentString(doc.commentBefore);
    lines.unshift(indentComment(cs, ""));
  }
  let chompKeep = false;
  let contentComment = null;
  if (doc.contents) {
    if (isNode(doc.contents)) {
      if (doc.contents.spaceBefore && hasDirectives)
        lines.push("");
      if (doc.contents.commentBefore) {
        const cs = commentString(doc.contents.commentBefore);
        lines.push(indentComment(cs, ""));
      }
      ctx.forceBlockIndent = !!doc.comment;
      contentComment = doc.contents.comment;
    }
    const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
    let body = stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
    if (contentComment)
      body += lineComment(body, "", commentString(contentComment));
    if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
      lines[lines.length - 1] = `--- ${body}`;
    } else
      lines.push(body);
  } else {
    lines.push(stringify(doc.contents, ctx));
  }
  if (doc.directives?.docEnd) {
    if (doc.comment) {
      const cs = commentString(doc.comment);
      if (cs.includes("\n")) {
        lines.push("...");
        lines.push(indentComment(cs, ""));
      } else {
        lines.push(`... ${cs}`);
      }
    } else {
      lines.push("...");
    }
  } else {
    let dc = doc.comment;
    if (dc && chompKeep)
      dc = dc.replace(/^\n+/, "");
    if (dc) {
      if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
        lines.push("");
      lines.push(indentComment(commentString(dc), ""));
    }
  }
  return lines.join("\n") + "\n";
}

// node_modules/yaml/browser/dist/doc/Document.js
var Document = class _Document {
  constructor(value, replacer, options) {
    this.commentBefore = null;
    this.comment = null;
    this.errors = [];
    this.warnings = [];
    Object.defineProperty(this, NODE_TYPE, { value: DOC });
    let _replacer = null;
    if (typeof replacer === "function" || Array.isArray(replacer)) {
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const opt = Object.assign({
      intAsBigInt: false,
      keepSourceTokens: false,
      logLevel: "warn",
      prettyErrors: true,
      strict: true,
      stringKeys: false,
      uniqueKeys: true,
      version: "1.2"
    }, options);
    this.options = opt;
    let { version: version2 } = opt;
    if (options?._directives) {
      this.directives = options._directives.atDocument();
      if (this.directives.yaml.explicit)
        version2 = this.directives.yaml.version;
    } else
      this.directives = new Directives({ version: version2 });
    this.setSchema(version2, options);
    this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
  }
  /**
   * Create a deep copy of this Document and its contents.
   *
   * Custom Node values that inherit from `Object` still refer to their original instances.
   */
  clone() {
    const copy = Object.create(_Document.prototype, {
      [NODE_TYPE]: { value: DOC }
    });
    copy.commentBefore = this.commentBefore;
    copy.comment = this.comment;
    copy.errors = this.errors.slice();
    copy.warnings = this.warnings.slice();
    copy.options = Object.assign({}, this.options);
    if (this.directives)
      copy.directives = this.directives.clone();
    copy.schema = this.schema.clone();
    copy.contents = isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** Adds a value to the document. */
  add(value) {
    if (assertCollection(this.contents))
      this.contents.add(value);
  }
  /** Adds a value to the document. */
  addIn(path15, value) {
    if (assertCollection(this.contents))
      this.contents.addIn(path15, value);
  }
  /**
   * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
   *
   * If `node` already has an anchor, `name` is ignored.
   * Otherwise, the `node.anchor` value will be set to `name`,
   * or if an anchor with that name is already present in the document,
   * `name` will be used as a prefix for a new unique anchor.
   * If `name` is undefined, the generated anchor will use 'a' as a prefix.
   */
  createAlias(node, name) {
    if (!node.anchor) {
      const prev = anchorNames(this);
      node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      !name || prev.has(name) ? findNewAnchor(name || "a", prev) : name;
    }
    return new Alias(node.anchor);
  }
  createNode(value, replacer, options) {
    let _replacer = void 0;
    if (typeof replacer === "function") {
      value = replacer.call({ "": value }, "", value);
      _replacer = replacer;
    } else if (Array.isArray(replacer)) {
      const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
      const asStr = replacer.filter(keyToStr).map(String);
      if (asStr.length > 0)
        replacer = replacer.concat(asStr);
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
    const { onAnchor, setAnchors, sourceObjects } = createNodeAnchors(
      this,
      // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      anchorPrefix || "a"
    );
    const ctx = {
      aliasDuplicateObjects: aliasDuplicateObjects ?? true,
      keepUndefined: keepUndefined ?? false,
      onAnchor,
      onTagObj,
      replacer: _replacer,
      schema: this.schema,
      sourceObjects
    };
    const node = createNode(value, tag, ctx);
    if (flow && isCollection(node))
      node.flow = true;
    setAnchors();
    return node;
  }
  /**
   * Convert a key and a value into a `Pair` using the current schema,
   * recursively wrapping all values as `Scalar` or `Collection` nodes.
   */
  createPair(key, value, options = {}) {
    const k = this.createNode(key, null, options);
    const v = this.createNode(value, null, options);
    return new Pair(k, v);
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    return assertCollection(this.contents) ? this.contents.delete(key) : false;
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path15) {
    if (isEmptyPath(path15)) {
      if (this.contents == null)
        return false;
      this.contents = null;
      return true;
    }
    return assertCollection(this.contents) ? this.contents.deleteIn(path15) : false;
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  get(key, keepScalar) {
    return isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
  }
  /**
   * Returns item at `path`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path15, keepScalar) {
    if (isEmptyPath(path15))
      return !keepScalar && isScalar(this.contents) ? this.contents.value : this.contents;
    return isCollection(this.contents) ? this.contents.getIn(path15, keepScalar) : void 0;
  }
  /**
   * Checks if the document includes a value with the key `key`.
   */
  has(key) {
    return isCollection(this.contents) ? this.contents.has(key) : false;
  }
  /**
   * Checks if the document includes a value at `path`.
   */
  hasIn(path15) {
    if (isEmptyPath(path15))
      return this.contents !== void 0;
    return isCollection(this.contents) ? this.contents.hasIn(path15) : false;
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  set(key, value) {
    if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, [key], value);
    } else if (assertCollection(this.contents)) {
      this.contents.set(key, value);
    }
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path15, value) {
    if (isEmptyPath(path15)) {
      this.contents = value;
    } else if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, Array.from(path15), value);
    } else if (assertCollection(this.contents)) {
      this.contents.setIn(path15, value);
    }
  }
  /**
   * Change the YAML version and schema used by the document.
   * A `null` version disables support for directives, explicit tags, anchors, and aliases.
   * It also requires the `schema` option to be given as a `Schema` instance value.
   *
   * Overrides all previously set schema options.
   */
  setSchema(version2, options = {}) {
    if (typeof version2 === "number")
      version2 = String(version2);
    let opt;
    switch (version2) {
      case "1.1":
        if (this.directives)
          this.directives.yaml.version = "1.1";
        else
          this.directives = new Directives({ version: "1.1" });
        opt = { resolveKnownTags: false, schema: "yaml-1.1" };
        break;
      case "1.2":
      case "next":
        if (this.directives)
          this.directives.yaml.version = version2;
        else
          this.directives = new Directives({ version: version2 });
        opt = { resolveKnownTags: true, schema: "core" };
        break;
      case null:
        if (this.directives)
          delete this.directives;
        opt = null;
        break;
      default: {
        const sv = JSON.stringify(version2);
        throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
      }
    }
    if (options.schema instanceof Object)
      this.schema = options.schema;
    else if (opt)
      this.schema = new Schema(Object.assign(opt, options));
    else
      throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
  }
  // json & jsonArg are only used from toJSON()
  toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc: this,
      keep: !json,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this.contents, jsonArg ?? "", ctx);
    if (typeof onAnchor === "function")
      for (const { count: count2, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count2);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
  /**
   * A JSON representation of the document `contents`.
   *
   * @param jsonArg Used by `JSON.stringify` to indicate the array index or
   *   property name.
   */
  toJSON(jsonArg, onAnchor) {
    return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
  }
  /** A YAML representation of the document. */
  toString(options = {}) {
    if (this.errors.length > 0)
      throw new Error("Document with errors cannot be stringified");
    if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
      const s = JSON.stringify(options.indent);
      throw new Error(`"indent" option must be a positive integer, not ${s}`);
    }
    return stringifyDocument(this, options);
  }
};
function assertCollection(contents2) {
  if (isCollection(contents2))
    return true;
  throw new Error("Expected a YAML collection as document contents");
}

// node_modules/yaml/browser/dist/errors.js
var YAMLError = class extends Error {
  constructor(name, pos, code, message) {
    super();
    this.name = name;
    this.code = code;
    this.message = message;
    this.pos = pos;
  }
};
var YAMLParseError = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLParseError", pos, code, message);
  }
};
var YAMLWarning = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLWarning", pos, code, message);
  }
};
var prettifyError = (src, lc) => (error2) => {
  if (error2.pos[0] === -1)
    return;
  error2.linePos = error2.pos.map((pos) => lc.linePos(pos));
  const { line, col } = error2.linePos[0];
  error2.message += ` at line ${line}, column ${col}`;
  let ci = col - 1;
  let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
  if (ci >= 60 && lineStr.length > 80) {
    const trimStart = Math.min(ci - 39, lineStr.length - 79);
    lineStr = "…" + lineStr.substring(trimStart);
    ci -= trimStart - 1;
  }
  if (lineStr.length > 80)
    lineStr = lineStr.substring(0, 79) + "…";
  if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
    let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
    if (prev.length > 80)
      prev = prev.substring(0, 79) + "…\n";
    lineStr = prev + lineStr;
  }
  if (/[^ ]/.test(lineStr)) {
    let count2 = 1;
    const end = error2.linePos[1];
    if (end?.line === line && end.col > col) {
      count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
    }
    const pointer = " ".repeat(ci) + "^".repeat(count2);
    error2.message += `:

${lineStr}
${pointer}
`;
  }
};

// node_modules/yaml/browser/dist/compose/resolve-props.js
function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
  let spaceBefore = false;
  let atNewline = startOnNewline;
  let hasSpace = startOnNewline;
  let comment = "";
  let commentSep = "";
  let hasNewline = false;
  let reqSpace = false;
  let tab = null;
  let anchor = null;
  let tag = null;
  let newlineAfterProp = null;
  let comma = null;
  let found = null;
  let start = null;
  for (const token of tokens) {
    if (reqSpace) {
      if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
        onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      reqSpace = false;
    }
    if (tab) {
      if (atNewline && token.type !== "comment" && token.type !== "newline") {
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      }
      tab = null;
    }
    switch (token.type) {
      case "space":
        if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
          tab = token;
        }
        hasSpace = true;
        break;
      case "comment": {
        if (!hasSpace)
          onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
        const cb = token.source.substring(1) || " ";
        if (!comment)
          comment = cb;
        else
          comment += commentSep + cb;
        commentSep = "";
        atNewline = false;
        break;
      }
      case "newline":
        if (atNewline) {
          if (comment)
            comment += token.source;
          else if (!found || indicator !== "seq-item-ind")
            spaceBefore = true;
        } else
          commentSep += token.source;
        atNewline = true;
        hasNewline = true;
        if (anchor || tag)
          newlineAfterProp = token;
        hasSpace = true;
        break;
      case "anchor":
        if (anchor)
          onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
        if (token.source.endsWith(":"))
          onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
        anchor = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      case "tag": {
        if (tag)
          onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
        tag = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      }
      case indicator:
        if (anchor || tag)
          onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
        if (found)
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
        found = token;
        atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
        hasSpace = false;
        break;
      case "comma":
        if (flow) {
          if (comma)
            onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
          comma = token;
          atNewline = false;
          hasSpace = false;
          break;
        }
      // else fallthrough
      default:
        onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
        atNewline = false;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  const end = last ? last.offset + last.source.length : offset;
  if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
    onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
  }
  if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
    onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
  return {
    comma,
    found,
    spaceBefore,
    comment,
    hasNewline,
    anchor,
    tag,
    newlineAfterProp,
    end,
    start: start ?? end
  };
}

// node_modules/yaml/browser/dist/compose/util-contains-newline.js
function containsNewline(key) {
  if (!key)
    return null;
  switch (key.type) {
    case "alias":
    case "scalar":
    case "double-quoted-scalar":
    case "single-quoted-scalar":
      if (key.source.includes("\n"))
        return true;
      if (key.end) {
        for (const st of key.end)
          if (st.type === "newline")
            return true;
      }
      return false;
    case "flow-collection":
      for (const it of key.items) {
        for (const st of it.start)
          if (st.type === "newline")
            return true;
        if (it.sep) {
          for (const st of it.sep)
            if (st.type === "newline")
              return true;
        }
        if (containsNewline(it.key) || containsNewline(it.value))
          return true;
      }
      return false;
    default:
      return true;
  }
}

// node_modules/yaml/browser/dist/compose/util-flow-indent-check.js
function flowIndentCheck(indent, fc, onError) {
  if (fc?.type === "flow-collection") {
    const end = fc.end[0];
    if (end.indent === indent && (end.source === "]" || end.source === "}") && containsNewline(fc)) {
      const msg = "Flow end indicator should be more indented than parent";
      onError(end, "BAD_INDENT", msg, true);
    }
  }
}

// node_modules/yaml/browser/dist/compose/util-map-includes.js
function mapIncludes(ctx, items, search) {
  const { uniqueKeys } = ctx.options;
  if (uniqueKeys === false)
    return false;
  const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || isScalar(a) && isScalar(b) && a.value === b.value;
  return items.some((pair2) => isEqual(pair2.key, search));
}

// node_modules/yaml/browser/dist/compose/resolve-block-map.js
var startColMsg = "All mapping items must start at the same column";
function resolveBlockMap({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bm, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLMap;
  const map2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  let offset = bm.offset;
  let commentEnd = null;
  for (const collItem of bm.items) {
    const { start, key, sep: sep2, value } = collItem;
    const keyProps = resolveProps(start, {
      indicator: "explicit-key-ind",
      next: key ?? sep2?.[0],
      offset,
      onError,
      parentIndent: bm.indent,
      startOnNewline: true
    });
    const implicitKey = !keyProps.found;
    if (implicitKey) {
      if (key) {
        if (key.type === "block-seq")
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
        else if ("indent" in key && key.indent !== bm.indent)
          onError(offset, "BAD_INDENT", startColMsg);
      }
      if (!keyProps.anchor && !keyProps.tag && !sep2) {
        commentEnd = keyProps.end;
        if (keyProps.comment) {
          if (map2.comment)
            map2.comment += "\n" + keyProps.comment;
          else
            map2.comment = keyProps.comment;
        }
        continue;
      }
      if (keyProps.newlineAfterProp || containsNewline(key)) {
        onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
      }
    } else if (keyProps.found?.indent !== bm.indent) {
      onError(offset, "BAD_INDENT", startColMsg);
    }
    ctx.atKey = true;
    const keyStart = keyProps.end;
    const keyNode = key ? composeNode2(ctx, key, keyProps, onError) : composeEmptyNode2(ctx, keyStart, start, null, keyProps, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bm.indent, key, onError);
    ctx.atKey = false;
    if (mapIncludes(ctx, map2.items, keyNode))
      onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
    const valueProps = resolveProps(sep2 ?? [], {
      indicator: "map-value-ind",
      next: value,
      offset: keyNode.range[2],
      onError,
      parentIndent: bm.indent,
      startOnNewline: !key || key.type === "block-scalar"
    });
    offset = valueProps.end;
    if (valueProps.found) {
      if (implicitKey) {
        if (value?.type === "block-map" && !valueProps.hasNewline)
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
        if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
          onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : composeEmptyNode2(ctx, offset, sep2, null, valueProps, onError);
      if (ctx.schema.compat)
        flowIndentCheck(bm.indent, value, onError);
      offset = valueNode.range[2];
      const pair2 = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair2.srcToken = collItem;
      map2.items.push(pair2);
    } else {
      if (implicitKey)
        onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
      if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair2 = new Pair(keyNode);
      if (ctx.options.keepSourceTokens)
        pair2.srcToken = collItem;
      map2.items.push(pair2);
    }
  }
  if (commentEnd && commentEnd < offset)
    onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
  map2.range = [bm.offset, offset, commentEnd ?? offset];
  return map2;
}

// node_modules/yaml/browser/dist/compose/resolve-block-seq.js
function resolveBlockSeq({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bs, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLSeq;
  const seq2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = bs.offset;
  let commentEnd = null;
  for (const { start, value } of bs.items) {
    const props = resolveProps(start, {
      indicator: "seq-item-ind",
      next: value,
      offset,
      onError,
      parentIndent: bs.indent,
      startOnNewline: true
    });
    if (!props.found) {
      if (props.anchor || props.tag || value) {
        if (value?.type === "block-seq")
          onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
        else
          onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
      } else {
        commentEnd = props.end;
        if (props.comment)
          seq2.comment = props.comment;
        continue;
      }
    }
    const node = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, start, null, props, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bs.indent, value, onError);
    offset = node.range[2];
    seq2.items.push(node);
  }
  seq2.range = [bs.offset, offset, commentEnd ?? offset];
  return seq2;
}

// node_modules/yaml/browser/dist/compose/resolve-end.js
function resolveEnd(end, offset, reqSpace, onError) {
  let comment = "";
  if (end) {
    let hasSpace = false;
    let sep2 = "";
    for (const token of end) {
      const { source, type } = token;
      switch (type) {
        case "space":
          hasSpace = true;
          break;
        case "comment": {
          if (reqSpace && !hasSpace)
            onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
          const cb = source.substring(1) || " ";
          if (!comment)
            comment = cb;
          else
            comment += sep2 + cb;
          sep2 = "";
          break;
        }
        case "newline":
          if (comment)
            sep2 += source;
          hasSpace = true;
          break;
        default:
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
      }
      offset += source.length;
    }
  }
  return { comment, offset };
}

// node_modules/yaml/browser/dist/compose/resolve-flow-collection.js
var blockMsg = "Block collections are not allowed within flow collections";
var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
function resolveFlowCollection({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, fc, onError, tag) {
  const isMap2 = fc.start.source === "{";
  const fcName = isMap2 ? "flow map" : "flow sequence";
  const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap : YAMLSeq);
  const coll = new NodeClass(ctx.schema);
  coll.flow = true;
  const atRoot = ctx.atRoot;
  if (atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = fc.offset + fc.start.source.length;
  for (let i = 0; i < fc.items.length; ++i) {
    const collItem = fc.items[i];
    const { start, key, sep: sep2, value } = collItem;
    const props = resolveProps(start, {
      flow: fcName,
      indicator: "explicit-key-ind",
      next: key ?? sep2?.[0],
      offset,
      onError,
      parentIndent: fc.indent,
      startOnNewline: false
    });
    if (!props.found) {
      if (!props.anchor && !props.tag && !sep2 && !value) {
        if (i === 0 && props.comma)
          onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (i < fc.items.length - 1)
          onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
        if (props.comment) {
          if (coll.comment)
            coll.comment += "\n" + props.comment;
          else
            coll.comment = props.comment;
        }
        offset = props.end;
        continue;
      }
      if (!isMap2 && ctx.options.strict && containsNewline(key))
        onError(
          key,
          // checked by containsNewline()
          "MULTILINE_IMPLICIT_KEY",
          "Implicit keys of flow sequence pairs need to be on a single line"
        );
    }
    if (i === 0) {
      if (props.comma)
        onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
    } else {
      if (!props.comma)
        onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
      if (props.comment) {
        let prevItemComment = "";
        loop: for (const st of start) {
          switch (st.type) {
            case "comma":
            case "space":
              break;
            case "comment":
              prevItemComment = st.source.substring(1);
              break loop;
            default:
              break loop;
          }
        }
        if (prevItemComment) {
          let prev = coll.items[coll.items.length - 1];
          if (isPair(prev))
            prev = prev.value ?? prev.key;
          if (prev.comment)
            prev.comment += "\n" + prevItemComment;
          else
            prev.comment = prevItemComment;
          props.comment = props.comment.substring(prevItemComment.length + 1);
        }
      }
    }
    if (!isMap2 && !sep2 && !props.found) {
      const valueNode = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, sep2, null, props, onError);
      coll.items.push(valueNode);
      offset = valueNode.range[2];
      if (isBlock(value))
        onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
    } else {
      ctx.atKey = true;
      const keyStart = props.end;
      const keyNode = key ? composeNode2(ctx, key, props, onError) : composeEmptyNode2(ctx, keyStart, start, null, props, onError);
      if (isBlock(key))
        onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
      ctx.atKey = false;
      const valueProps = resolveProps(sep2 ?? [], {
        flow: fcName,
        indicator: "map-value-ind",
        next: value,
        offset: keyNode.range[2],
        onError,
        parentIndent: fc.indent,
        startOnNewline: false
      });
      if (valueProps.found) {
        if (!isMap2 && !props.found && ctx.options.strict) {
          if (sep2)
            for (const st of sep2) {
              if (st === valueProps.found)
                break;
              if (st.type === "newline") {
                onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                break;
              }
            }
          if (props.start < valueProps.found.offset - 1024)
            onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
        }
      } else if (value) {
        if ("source" in value && value.source?.[0] === ":")
          onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
        else
          onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode2(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
      if (valueNode) {
        if (isBlock(value))
          onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
      } else if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair2 = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair2.srcToken = collItem;
      if (isMap2) {
        const map2 = coll;
        if (mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        map2.items.push(pair2);
      } else {
        const map2 = new YAMLMap(ctx.schema);
        map2.flow = true;
        map2.items.push(pair2);
        const endRange = (valueNode ?? keyNode).range;
        map2.range = [keyNode.range[0], endRange[1], endRange[2]];
        coll.items.push(map2);
      }
      offset = valueNode ? valueNode.range[2] : valueProps.end;
    }
  }
  const expectedEnd = isMap2 ? "}" : "]";
  const [ce, ...ee] = fc.end;
  let cePos = offset;
  if (ce?.source === expectedEnd)
    cePos = ce.offset + ce.source.length;
  else {
    const name = fcName[0].toUpperCase() + fcName.substring(1);
    const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
    onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
    if (ce && ce.source.length !== 1)
      ee.unshift(ce);
  }
  if (ee.length > 0) {
    const end = resolveEnd(ee, cePos, ctx.options.strict, onError);
    if (end.comment) {
      if (coll.comment)
        coll.comment += "\n" + end.comment;
      else
        coll.comment = end.comment;
    }
    coll.range = [fc.offset, cePos, end.offset];
  } else {
    coll.range = [fc.offset, cePos, cePos];
  }
  return coll;
}

// node_modules/yaml/browser/dist/compose/compose-collection.js
function resolveCollection(CN2, ctx, token, onError, tagName, tag) {
  const coll = token.type === "block-map" ? resolveBlockMap(CN2, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq(CN2, ctx, token, onError, tag) : resolveFlowCollection(CN2, ctx, token, onError, tag);
  const Coll = coll.constructor;
  if (tagName === "!" || tagName === Coll.tagName) {
    coll.tag = Coll.tagName;
    return coll;
  }
  if (tagName)
    coll.tag = tagName;
  return coll;
}
function composeCollection(CN2, ctx, token, props, onError) {
  const tagToken = props.tag;
  const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
  if (token.type === "block-seq") {
    const { anchor, newlineAfterProp: nl } = props;
    const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
    if (lastProp && (!nl || nl.offset < lastProp.offset)) {
      const message = "Missing newline after block sequence props";
      onError(lastProp, "MISSING_CHAR", message);
    }
  }
  const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
  if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.tagName && expType === "seq") {
    return resolveCollection(CN2, ctx, token, onError, tagName);
  }
  let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
  if (!tag) {
    const kt = ctx.schema.knownTags[tagName];
    if (kt?.collection === expType) {
      ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
      tag = kt;
    } else {
      if (kt) {
        onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
      } else {
        onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
      }
      return resolveCollection(CN2, ctx, token, onError, tagName);
    }
  }
  const coll = resolveCollection(CN2, ctx, token, onError, tagName, tag);
  const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
  const node = isNode(res) ? res : new Scalar(res);
  node.range = coll.range;
  node.tag = tagName;
  if (tag?.format)
    node.format = tag.format;
  return node;
}

// node_modules/yaml/browser/dist/compose/resolve-block-scalar.js
function resolveBlockScalar(ctx, scalar, onError) {
  const start = scalar.offset;
  const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
  if (!header)
    return { value: "", type: null, comment: "", range: [start, start, start] };
  const type = header.mode === ">" ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
  const lines = scalar.source ? splitLines(scalar.source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i][1];
    if (content === "" || content === "\r")
      chompStart = i;
    else
      break;
  }
  if (chompStart === 0) {
    const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
    let end2 = start + header.length;
    if (scalar.source)
      end2 += scalar.source.length;
    return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
  }
  let trimIndent = scalar.indent + header.indent;
  let offset = scalar.offset + header.length;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === "" || content === "\r") {
      if (header.indent === 0 && indent.length > trimIndent)
        trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) {
        const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
        onError(offset + indent.length, "MISSING_CHAR", message);
      }
      if (header.indent === 0)
        trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0 && !ctx.atRoot) {
        const message = "Block scalar values in collections must be indented";
        onError(offset, "BAD_INDENT", message);
      }
      break;
    }
    offset += indent.length + content.length + 1;
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent)
      chompStart = i + 1;
  }
  let value = "";
  let sep2 = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i)
    value += lines[i][0].slice(trimIndent) + "\n";
  for (let i = contentStart; i < chompStart; ++i) {
    let [indent, content] = lines[i];
    offset += indent.length + content.length + 1;
    const crlf = content[content.length - 1] === "\r";
    if (crlf)
      content = content.slice(0, -1);
    if (content && indent.length < trimIndent) {
      const src = header.indent ? "explicit indentation indicator" : "first line";
      const message = `Block scalar lines must not be less indented than their ${src}`;
      onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
      indent = "";
    }
    if (type === Scalar.BLOCK_LITERAL) {
      value += sep2 + indent.slice(trimIndent) + content;
      sep2 = "\n";
    } else if (indent.length > trimIndent || content[0] === "	") {
      if (sep2 === " ")
        sep2 = "\n";
      else if (!prevMoreIndented && sep2 === "\n")
        sep2 = "\n\n";
      value += sep2 + indent.slice(trimIndent) + content;
      sep2 = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep2 === "\n")
        value += "\n";
      else
        sep2 = "\n";
    } else {
      value += sep2 + content;
      sep2 = " ";
      prevMoreIndented = false;
    }
  }
  switch (header.chomp) {
    case "-":
      break;
    case "+":
      for (let i = chompStart; i < lines.length; ++i)
        value += "\n" + lines[i][0].slice(trimIndent);
      if (value[value.length - 1] !== "\n")
        value += "\n";
      break;
    default:
      value += "\n";
  }
  const end = start + header.length + scalar.source.length;
  return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict3, onError) {
  if (props[0].type !== "block-scalar-header") {
    onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
    return null;
  }
  const { source } = props[0];
  const mode = source[0];
  let indent = 0;
  let chomp = "";
  let error2 = -1;
  for (let i = 1; i < source.length; ++i) {
    const ch = source[i];
    if (!chomp && (ch === "-" || ch === "+"))
      chomp = ch;
    else {
      const n = Number(ch);
      if (!indent && n)
        indent = n;
      else if (error2 === -1)
        error2 = offset + i;
    }
  }
  if (error2 !== -1)
    onError(error2, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
  let hasSpace = false;
  let comment = "";
  let length = source.length;
  for (let i = 1; i < props.length; ++i) {
    const token = props[i];
    switch (token.type) {
      case "space":
        hasSpace = true;
      // fallthrough
      case "newline":
        length += token.source.length;
        break;
      case "comment":
        if (strict3 && !hasSpace) {
          const message = "Comments must be separated from other tokens by white space characters";
          onError(token, "MISSING_CHAR", message);
        }
        length += token.source.length;
        comment = token.source.substring(1);
        break;
      case "error":
        onError(token, "UNEXPECTED_TOKEN", token.message);
        length += token.source.length;
        break;
      /* istanbul ignore next should not happen */
      default: {
        const message = `Unexpected token in block scalar header: ${token.type}`;
        onError(token, "UNEXPECTED_TOKEN", message);
        const ts = token.source;
        if (ts && typeof ts === "string")
          length += ts.length;
      }
    }
  }
  return { mode, indent, chomp, comment, length };
}
function splitLines(source) {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const m = first.match(/^( *)/);
  const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
  const lines = [line0];
  for (let i = 1; i < split.length; i += 2)
    lines.push([split[i], split[i + 1]]);
  return lines;
}

// node_modules/yaml/browser/dist/compose/resolve-flow-scalar.js
function resolveFlowScalar(scalar, strict3, onError) {
  const { offset, type, source, end } = scalar;
  let _type;
  let value;
  const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
  switch (type) {
    case "scalar":
      _type = Scalar.PLAIN;
      value = plainValue(source, _onError);
      break;
    case "single-quoted-scalar":
      _type = Scalar.QUOTE_SINGLE;
      value = singleQuotedValue(source, _onError);
      break;
    case "double-quoted-scalar":
      _type = Scalar.QUOTE_DOUBLE;
      value = doubleQuotedValue(source, _onError);
      break;
    /* istanbul ignore next should not happen */
    default:
      onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
      return {
        value: "",
        type: null,
        comment: "",
        range: [offset, offset + source.length, offset + source.length]
      };
  }
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, strict3, onError);
  return {
    value,
    type: _type,
    comment: re.comment,
    range: [offset, valueEnd, re.offset]
  };
}
function plainValue(source, onError) {
  let badChar = "";
  switch (source[0]) {
    /* istanbul ignore next should not happen */
    case "	":
      badChar = "a tab character";
      break;
    case ",":
      badChar = "flow indicator character ,";
      break;
    case "%":
      badChar = "directive indicator character %";
      break;
    case "|":
    case ">": {
      badChar = `block scalar indicator ${source[0]}`;
      break;
    }
    case "@":
    case "`": {
      badChar = `reserved character ${source[0]}`;
      break;
    }
  }
  if (badChar)
    onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
  return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
  if (source[source.length - 1] !== "'" || source.length === 1)
    onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
  return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
  const line = /(.*?)\r?\n/sy;
  let match2 = line.exec(source);
  if (!match2)
    return source;
  let trimEnd, trimBoth;
  try {
    trimEnd = new RegExp("(?<![ 	])[ 	]+$");
    trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
  } catch {
    trimEnd = /[ \t]+$/;
    trimBoth = /^[ \t]+|[ \t]+$/g;
  }
  let res = match2[1].replace(trimEnd, "");
  let sep2 = " ";
  let pos = line.lastIndex;
  while (match2 = line.exec(source)) {
    const lm = match2[1].replace(trimBoth, "");
    if (lm === "") {
      if (sep2 === "\n")
        res += sep2;
      else
        sep2 = "\n";
    } else {
      res += sep2 + lm;
      sep2 = " ";
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match2 = last.exec(source);
  return res + sep2 + (match2?.[1] ?? "");
}
function doubleQuotedValue(source, onError) {
  let res = "";
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === "\r" && source[i + 1] === "\n")
      continue;
    if (ch === "\n") {
      const { fold, offset } = foldNewline(source, i);
      res += fold;
      i = offset;
    } else if (ch === "\\") {
      let next = source[++i];
      const cc = escapeCodes[next];
      if (cc)
        res += cc;
      else if (next === "\n") {
        next = source[i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "\r" && source[i + 1] === "\n") {
        next = source[++i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        res += parseCharCode(source, i + 1, length, onError);
        i += length;
      } else {
        const raw = source.substr(i - 1, 2);
        onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        res += raw;
      }
    } else if (ch === " " || ch === "	") {
      const wsStart = i;
      let next = source[i + 1];
      while (next === " " || next === "	")
        next = source[++i + 1];
      if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
        res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  if (source[source.length - 1] !== '"' || source.length === 1)
    onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
  return res;
}
function foldNewline(source, offset) {
  let fold = "";
  let ch = source[offset + 1];
  while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
    if (ch === "\r" && source[offset + 2] !== "\n")
      break;
    if (ch === "\n")
      fold += "\n";
    offset += 1;
    ch = source[offset + 1];
  }
  if (!fold)
    fold = " ";
  return { fold, offset };
}
var escapeCodes = {
  "0": "\0",
  // null character
  a: "\x07",
  // bell character
  b: "\b",
  // backspace
  e: "\x1B",
  // escape character
  f: "\f",
  // form feed
  n: "\n",
  // line feed
  r: "\r",
  // carriage return
  t: "	",
  // horizontal tab
  v: "\v",
  // vertical tab
  N: "",
  // Unicode next line
  _: " ",
  // Unicode non-breaking space
  L: "\u2028",
  // Unicode line separator
  P: "\u2029",
  // Unicode paragraph separator
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "	": "	"
};
function parseCharCode(source, offset, length, onError) {
  const cc = source.substr(offset, length);
  const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
  const code = ok ? parseInt(cc, 16) : NaN;
  try {
    return String.fromCodePoint(code);
  } catch {
    const raw = source.substr(offset - 2, length + 2);
    onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
    return raw;
  }
}

// node_modules/yaml/browser/dist/compose/compose-scalar.js
function composeScalar(ctx, token, tagToken, onError) {
  const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar(ctx, token, onError) : resolveFlowScalar(token, ctx.options.strict, onError);
  const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
  let tag;
  if (ctx.options.stringKeys && ctx.atKey) {
    tag = ctx.schema[SCALAR];
  } else if (tagName)
    tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
  else if (token.type === "scalar")
    tag = findScalarTagByTest(ctx, value, token, onError);
  else
    tag = ctx.schema[SCALAR];
  let scalar;
  try {
    const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
    scalar = isScalar(res) ? res : new Scalar(res);
  } catch (error2) {
    const msg = error2 instanceof Error ? error2.message : String(error2);
    onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
    scalar = new Scalar(value);
  }
  scalar.range = range2;
  scalar.source = value;
  if (type)
    scalar.type = type;
  if (tagName)
    scalar.tag = tagName;
  if (tag.format)
    scalar.format = tag.format;
  if (comment)
    scalar.comment = comment;
  return scalar;
}
function findScalarTagByName(schema4, value, tagName, tagToken, onError) {
  if (tagName === "!")
    return schema4[SCALAR];
  const matchWithTest = [];
  for (const tag of schema4.tags) {
    if (!tag.collection && tag.tag === tagName) {
      if (tag.default && tag.test)
        matchWithTest.push(tag);
      else
        return tag;
    }
  }
  for (const tag of matchWithTest)
    if (tag.test?.test(value))
      return tag;
  const kt = schema4.knownTags[tagName];
  if (kt && !kt.collection) {
    schema4.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
    return kt;
  }
  onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
  return schema4[SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema: schema4 }, value, token, onError) {
  const tag = schema4.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema4[SCALAR];
  if (schema4.compat) {
    const compat = schema4.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema4[SCALAR];
    if (tag.tag !== compat.tag) {
      const ts = directives.tagString(tag.tag);
      const cs = directives.tagString(compat.tag);
      const msg = `Value may be parsed as either ${ts} or ${cs}`;
      onError(token, "TAG_RESOLVE_FAILED", msg, true);
    }
  }
  return tag;
}

// node_modules/yaml/browser/dist/compose/util-empty-scalar-position.js
function emptyScalarPosition(offset, before, pos) {
  if (before) {
    pos ?? (pos = before.length);
    for (let i = pos - 1; i >= 0; --i) {
      let st = before[i];
      switch (st.type) {
        case "space":
        case "comment":
        case "newline":
          offset -= st.source.length;
          continue;
      }
      st = before[++i];
      while (st?.type === "space") {
        offset += st.source.length;
        st = before[++i];
      }
      break;
    }
  }
  return offset;
}

// node_modules/yaml/browser/dist/compose/compose-node.js
var CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
  const atKey = ctx.atKey;
  const { spaceBefore, comment, anchor, tag } = props;
  let node;
  let isSrcToken = true;
  switch (token.type) {
    case "alias":
      node = composeAlias(ctx, token, onError);
      if (anchor || tag)
        onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
      break;
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "block-scalar":
      node = composeScalar(ctx, token, tag, onError);
      if (anchor)
        node.anchor = anchor.source.substring(1);
      break;
    case "block-map":
    case "block-seq":
    case "flow-collection":
      try {
        node = composeCollection(CN, ctx, token, props, onError);
        if (anchor)
          node.anchor = anchor.source.substring(1);
      } catch (error2) {
        const message = error2 instanceof Error ? error2.message : String(error2);
        onError(token, "RESOURCE_EXHAUSTION", message);
      }
      break;
    default: {
      const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
      onError(token, "UNEXPECTED_TOKEN", message);
      isSrcToken = false;
    }
  }
  node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
  if (anchor && node.anchor === "")
    onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  if (atKey && ctx.options.stringKeys && (!isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
    const msg = "With stringKeys, all keys must be strings";
    onError(tag ?? token, "NON_STRING_KEY", msg);
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    if (token.type === "scalar" && token.source === "")
      node.comment = comment;
    else
      node.commentBefore = comment;
  }
  if (ctx.options.keepSourceTokens && isSrcToken)
    node.srcToken = token;
  return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
  const token = {
    type: "scalar",
    offset: emptyScalarPosition(offset, before, pos),
    indent: -1,
    source: ""
  };
  const node = composeScalar(ctx, token, tag, onError);
  if (anchor) {
    node.anchor = anchor.source.substring(1);
    if (node.anchor === "")
      onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    node.comment = comment;
    node.range[2] = end;
  }
  return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
  const alias = new Alias(source.substring(1));
  if (alias.source === "")
    onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
  if (alias.source.endsWith(":"))
    onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, options.strict, onError);
  alias.range = [offset, valueEnd, re.offset];
  if (re.comment)
    alias.comment = re.comment;
  return alias;
}

// node_modules/yaml/browser/dist/compose/compose-doc.js
function composeDoc(options, directives, { offset, start, value, end }, onError) {
  const opts = Object.assign({ _directives: directives }, options);
  const doc = new Document(void 0, opts);
  const ctx = {
    atKey: false,
    atRoot: true,
    directives: doc.directives,
    options: doc.options,
    schema: doc.schema
  };
  const props = resolveProps(start, {
    indicator: "doc-start",
    next: value ?? end?.[0],
    offset,
    onError,
    parentIndent: 0,
    startOnNewline: true
  });
  if (props.found) {
    doc.directives.docStart = true;
    if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
      onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
  }
  doc.contents = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
  const contentEnd = doc.contents.range[2];
  const re = resolveEnd(end, contentEnd, false, onError);
  if (re.comment)
    doc.comment = re.comment;
  doc.range = [offset, contentEnd, re.offset];
  return doc;
}

// node_modules/yaml/browser/dist/compose/composer.js
function getErrorPos(src) {
  if (typeof src === "number")
    return [src, src + 1];
  if (Array.isArray(src))
    return src.length === 2 ? src : [src[0], src[1]];
  const { offset, source } = src;
  return [offset, offset + (typeof source === "string" ? source.length : 1)];
}
function parsePrelude(prelude) {
  let comment = "";
  let atComment = false;
  let afterEmptyLine = false;
  for (let i = 0; i < prelude.length; ++i) {
    const source = prelude[i];
    switch (source[0]) {
      case "#":
        comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
        atComment = true;
        afterEmptyLine = false;
        break;
      case "%":
        if (prelude[i + 1]?.[0] !== "#")
          i += 1;
        atComment = false;
        break;
      default:
        if (!atComment)
          afterEmptyLine = true;
        atComment = false;
    }
  }
  return { comment, afterEmptyLine };
}
var Composer = class {
  constructor(options = {}) {
    this.doc = null;
    this.atDirectives = false;
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
    this.onError = (source, code, message, warning) => {
      const pos = getErrorPos(source);
      if (warning)
        this.warnings.push(new YAMLWarning(pos, code, message));
      else
        this.errors.push(new YAMLParseError(pos, code, message));
    };
    this.directives = new Directives({ version: options.version || "1.2" });
    this.options = options;
  }
  decorate(doc, afterDoc) {
    const { comment, afterEmptyLine } = parsePrelude(this.prelude);
    if (comment) {
      const dc = doc.contents;
      if (afterDoc) {
        doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
      } else if (afterEmptyLine || doc.directives.docStart || !dc) {
        doc.commentBefore = comment;
      } else if (isCollection(dc) && !dc.flow && dc.items.length > 0) {
        let it = dc.items[0];
        if (isPair(it))
          it = it.key;
        const cb = it.commentBefore;
        it.commentBefore = cb ? `${comment}
${cb}` : comment;
      } else {
        const cb = dc.commentBefore;
        dc.commentBefore = cb ? `${comment}
${cb}` : comment;
      }
    }
    if (afterDoc) {
      for (let i = 0; i < this.errors.length; ++i)
        doc.errors.push(this.errors[i]);
      for (let i = 0; i < this.warnings.length; ++i)
        doc.warnings.push(this.warnings[i]);
    } else {
      doc.errors = this.errors;
      doc.warnings = this.warnings;
    }
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
  }
  /**
   * Current stream status information.
   *
   * Mostly useful at the end of input for an empty stream.
   */
  streamInfo() {
    return {
      comment: parsePrelude(this.prelude).comment,
      directives: this.directives,
      errors: this.errors,
      warnings: this.warnings
    };
  }
  /**
   * Compose tokens into documents.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *compose(tokens, forceDoc = false, endOffset = -1) {
    for (const token of tokens)
      yield* this.next(token);
    yield* this.end(forceDoc, endOffset);
  }
  /** Advance the composer by one CST token. */
  *next(token) {
    switch (token.type) {
      case "directive":
        this.directives.add(token.source, (offset, message, warning) => {
          const pos = getErrorPos(token);
          pos[0] += offset;
          this.onError(pos, "BAD_DIRECTIVE", message, warning);
        });
        this.prelude.push(token.source);
        this.atDirectives = true;
        break;
      case "document": {
        const doc = composeDoc(this.options, this.directives, token, this.onError);
        if (this.atDirectives && !doc.directives.docStart)
          this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
        this.decorate(doc, false);
        if (this.doc)
          yield this.doc;
        this.doc = doc;
        this.atDirectives = false;
        break;
      }
      case "byte-order-mark":
      case "space":
        break;
      case "comment":
      case "newline":
        this.prelude.push(token.source);
        break;
      case "error": {
        const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
        const error2 = new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
        if (this.atDirectives || !this.doc)
          this.errors.push(error2);
        else
          this.doc.errors.push(error2);
        break;
      }
      case "doc-end": {
        if (!this.doc) {
          const msg = "Unexpected doc-end without preceding document";
          this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
          break;
        }
        this.doc.directives.docEnd = true;
        const end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
        this.decorate(this.doc, true);
        if (end.comment) {
          const dc = this.doc.comment;
          this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
        }
        this.doc.range[2] = end.offset;
        break;
      }
      default:
        this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
    }
  }
  /**
   * Call at end of input to yield any remaining document.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *end(forceDoc = false, endOffset = -1) {
    if (this.doc) {
      this.decorate(this.doc, true);
      yield this.doc;
      this.doc = null;
    } else if (forceDoc) {
      const opts = Object.assign({ _directives: this.directives }, this.options);
      const doc = new Document(void 0, opts);
      if (this.atDirectives)
        this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
      doc.range = [0, endOffset, endOffset];
      this.decorate(doc, false);
      yield doc;
    }
  }
};

// node_modules/yaml/browser/dist/parse/cst-visit.js
var BREAK2 = /* @__PURE__ */ Symbol("break visit");
var SKIP2 = /* @__PURE__ */ Symbol("skip children");
var REMOVE2 = /* @__PURE__ */ Symbol("remove item");
function visit2(cst, visitor) {
  if ("type" in cst && cst.type === "document")
    cst = { start: cst.start, value: cst.value };
  _visit(Object.freeze([]), cst, visitor);
}
visit2.BREAK = BREAK2;
visit2.SKIP = SKIP2;
visit2.REMOVE = REMOVE2;
visit2.itemAtPath = (cst, path15) => {
  let item = cst;
  for (const [field, index] of path15) {
    const tok = item?.[field];
    if (tok && "items" in tok) {
      item = tok.items[index];
    } else
      return void 0;
  }
  return item;
};
visit2.parentCollection = (cst, path15) => {
  const parent = visit2.itemAtPath(cst, path15.slice(0, -1));
  const field = path15[path15.length - 1][0];
  const coll = parent?.[field];
  if (coll && "items" in coll)
    return coll;
  throw new Error("Parent collection not found");
};
function _visit(path15, item, visitor) {
  let ctrl = visitor(item, path15);
  if (typeof ctrl === "symbol")
    return ctrl;
  for (const field of ["key", "value"]) {
    const token = item[field];
    if (token && "items" in token) {
      for (let i = 0; i < token.items.length; ++i) {
        const ci = _visit(Object.freeze(path15.concat([[field, i]])), token.items[i], visitor);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK2)
          return BREAK2;
        else if (ci === REMOVE2) {
          token.items.splice(i, 1);
          i -= 1;
        }
      }
      if (typeof ctrl === "function" && field === "key")
        ctrl = ctrl(item, path15);
    }
  }
  return typeof ctrl === "function" ? ctrl(item, path15) : ctrl;
}

// node_modules/yaml/browser/dist/parse/cst.js
var BOM = "\uFEFF";
var DOCUMENT = "";
var FLOW_END = "";
var SCALAR2 = "";
function tokenType(source) {
  switch (source) {
    case BOM:
      return "byte-order-mark";
    case DOCUMENT:
      return "doc-mode";
    case FLOW_END:
      return "flow-error-end";
    case SCALAR2:
      return "scalar";
    case "---":
      return "doc-start";
    case "...":
      return "doc-end";
    case "":
    case "\n":
    case "\r\n":
      return "newline";
    case "-":
      return "seq-item-ind";
    case "?":
      return "explicit-key-ind";
    case ":":
      return "map-value-ind";
    case "{":
      return "flow-map-start";
    case "}":
      return "flow-map-end";
    case "[":
      return "flow-seq-start";
    case "]":
      return "flow-seq-end";
    case ",":
      return "comma";
  }
  switch (source[0]) {
    case " ":
    case "	":
      return "space";
    case "#":
      return "comment";
    case "%":
      return "directive-line";
    case "*":
      return "alias";
    case "&":
      return "anchor";
    case "!":
      return "tag";
    case "'":
      return "single-quoted-scalar";
    case '"':
      return "double-quoted-scalar";
    case "|":
    case ">":
      return "block-scalar-header";
  }
  return null;
}

// node_modules/yaml/browser/dist/parse/lexer.js
function isEmpty(ch) {
  switch (ch) {
    case void 0:
    case " ":
    case "\n":
    case "\r":
    case "	":
      return true;
    default:
      return false;
  }
}
var hexDigits = new Set("0123456789ABCDEFabcdef");
var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
var flowIndicatorChars = new Set(",[]{}");
var invalidAnchorChars = new Set(" ,[]{}\n\r	");
var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
var Lexer = class {
  constructor() {
    this.atEnd = false;
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    this.buffer = "";
    this.flowKey = false;
    this.flowLevel = 0;
    this.indentNext = 0;
    this.indentValue = 0;
    this.lineEndPos = null;
    this.next = null;
    this.pos = 0;
  }
  /**
   * Generate YAML tokens from the `source` string. If `incomplete`,
   * a part of the last line may be left as a buffer for the next call.
   *
   * @returns A generator of lexical tokens
   */
  *lex(source, incomplete = false) {
    if (source) {
      if (typeof source !== "string")
        throw TypeError("source is not a string");
      this.buffer = this.buffer ? this.buffer + source : source;
      this.lineEndPos = null;
    }
    this.atEnd = !incomplete;
    let next = this.next ?? "stream";
    while (next && (incomplete || this.hasChars(1)))
      next = yield* this.parseNext(next);
  }
  atLineEnd() {
    let i = this.pos;
    let ch = this.buffer[i];
    while (ch === " " || ch === "	")
      ch = this.buffer[++i];
    if (!ch || ch === "#" || ch === "\n")
      return true;
    if (ch === "\r")
      return this.buffer[i + 1] === "\n";
    return false;
  }
  charAt(n) {
    return this.buffer[this.pos + n];
  }
  continueScalar(offset) {
    let ch = this.buffer[offset];
    if (this.indentNext > 0) {
      let indent = 0;
      while (ch === " ")
        ch = this.buffer[++indent + offset];
      if (ch === "\r") {
        const next = this.buffer[indent + offset + 1];
        if (next === "\n" || !next && !this.atEnd)
          return offset + indent + 1;
      }
      return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
    }
    if (ch === "-" || ch === ".") {
      const dt = this.buffer.substr(offset, 3);
      if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
        return -1;
    }
    return offset;
  }
  getLine() {
    let end = this.lineEndPos;
    if (typeof end !== "number" || end !== -1 && end < this.pos) {
      end = this.buffer.indexOf("\n", this.pos);
      this.lineEndPos = end;
    }
    if (end === -1)
      return this.atEnd ? this.buffer.substring(this.pos) : null;
    if (this.buffer[end - 1] === "\r")
      end -= 1;
    return this.buffer.substring(this.pos, end);
  }
  hasChars(n) {
    return this.pos + n <= this.buffer.length;
  }
  setNext(state) {
    this.buffer = this.buffer.substring(this.pos);
    this.pos = 0;
    this.lineEndPos = null;
    this.next = state;
    return null;
  }
  peek(n) {
    return this.buffer.substr(this.pos, n);
  }
  *parseNext(next) {
    switch (next) {
      case "stream":
        return yield* this.parseStream();
      case "line-start":
        return yield* this.parseLineStart();
      case "block-start":
        return yield* this.parseBlockStart();
      case "doc":
        return yield* this.parseDocument();
      case "flow":
        return yield* this.parseFlowCollection();
      case "quoted-scalar":
        return yield* this.parseQuotedScalar();
      case "block-scalar":
        return yield* this.parseBlockScalar();
      case "plain-scalar":
        return yield* this.parsePlainScalar();
    }
  }
  *parseStream() {
    let line = this.getLine();
    if (line === null)
      return this.setNext("stream");
    if (line[0] === BOM) {
      yield* this.pushCount(1);
      line = line.substring(1);
    }
    if (line[0] === "%") {
      let dirEnd = line.length;
      let cs = line.indexOf("#");
      while (cs !== -1) {
        const ch = line[cs - 1];
        if (ch === " " || ch === "	") {
          dirEnd = cs - 1;
          break;
        } else {
          cs = line.indexOf("#", cs + 1);
        }
      }
      while (true) {
        const ch = line[dirEnd - 1];
        if (ch === " " || ch === "	")
          dirEnd -= 1;
        else
          break;
      }
      const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
      yield* this.pushCount(line.length - n);
      this.pushNewline();
      return "stream";
    }
    if (this.atLineEnd()) {
      const sp = yield* this.pushSpaces(true);
      yield* this.pushCount(line.length - sp);
      yield* this.pushNewline();
      return "stream";
    }
    yield DOCUMENT;
    return yield* this.parseLineStart();
  }
  *parseLineStart() {
    const ch = this.charAt(0);
    if (!ch && !this.atEnd)
      return this.setNext("line-start");
    if (ch === "-" || ch === ".") {
      if (!this.atEnd && !this.hasChars(4))
        return this.setNext("line-start");
      const s = this.peek(3);
      if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
        yield* this.pushCount(3);
        this.indentValue = 0;
        this.indentNext = 0;
        return s === "---" ? "doc" : "stream";
      }
    }
    this.indentValue = yield* this.pushSpaces(false);
    if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
      this.indentNext = this.indentValue;
    return yield* this.parseBlockStart();
  }
  *parseBlockStart() {
    const [ch0, ch1] = this.peek(2);
    if (!ch1 && !this.atEnd)
      return this.setNext("block-start");
    if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
      const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
      this.indentNext = this.indentValue + 1;
      this.indentValue += n;
      return "block-start";
    }
    return "doc";
  }
  *parseDocument() {
    yield* this.pushSpaces(true);
    const line = this.getLine();
    if (line === null)
      return this.setNext("doc");
    let n = yield* this.pushIndicators();
    switch (line[n]) {
      case "#":
        yield* this.pushCount(line.length - n);
      // fallthrough
      case void 0:
        yield* this.pushNewline();
        return yield* this.parseLineStart();
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel = 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        return "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "doc";
      case '"':
      case "'":
        return yield* this.parseQuotedScalar();
      case "|":
      case ">":
        n += yield* this.parseBlockScalarHeader();
        n += yield* this.pushSpaces(true);
        yield* this.pushCount(line.length - n);
        yield* this.pushNewline();
        return yield* this.parseBlockScalar();
      default:
        return yield* this.parsePlainScalar();
    }
  }
  *parseFlowCollection() {
    let nl, sp;
    let indent = -1;
    do {
      nl = yield* this.pushNewline();
      if (nl > 0) {
        sp = yield* this.pushSpaces(false);
        this.indentValue = indent = sp;
      } else {
        sp = 0;
      }
      sp += yield* this.pushSpaces(true);
    } while (nl + sp > 0);
    const line = this.getLine();
    if (line === null)
      return this.setNext("flow");
    if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
      const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
      if (!atFlowEndMarker) {
        this.flowLevel = 0;
        yield FLOW_END;
        return yield* this.parseLineStart();
      }
    }
    let n = 0;
    while (line[n] === ",") {
      n += yield* this.pushCount(1);
      n += yield* this.pushSpaces(true);
      this.flowKey = false;
    }
    n += yield* this.pushIndicators();
    switch (line[n]) {
      case void 0:
        return "flow";
      case "#":
        yield* this.pushCount(line.length - n);
        return "flow";
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel += 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        this.flowKey = true;
        this.flowLevel -= 1;
        return this.flowLevel ? "flow" : "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "flow";
      case '"':
      case "'":
        this.flowKey = true;
        return yield* this.parseQuotedScalar();
      case ":": {
        const next = this.charAt(1);
        if (this.flowKey || isEmpty(next) || next === ",") {
          this.flowKey = false;
          yield* this.pushCount(1);
          yield* this.pushSpaces(true);
          return "flow";
        }
      }
      // fallthrough
      default:
        this.flowKey = false;
        return yield* this.parsePlainScalar();
    }
  }
  *parseQuotedScalar() {
    const quote = this.charAt(0);
    let end = this.buffer.indexOf(quote, this.pos + 1);
    if (quote === "'") {
      while (end !== -1 && this.buffer[end + 1] === "'")
        end = this.buffer.indexOf("'", end + 2);
    } else {
      while (end !== -1) {
        let n = 0;
        while (this.buffer[end - 1 - n] === "\\")
          n += 1;
        if (n % 2 === 0)
          break;
        end = this.buffer.indexOf('"', end + 1);
      }
    }
    const qb = this.buffer.substring(0, end);
    let nl = qb.indexOf("\n", this.pos);
    if (nl !== -1) {
      while (nl !== -1) {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = qb.indexOf("\n", cs);
      }
      if (nl !== -1) {
        end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
      }
    }
    if (end === -1) {
      if (!this.atEnd)
        return this.setNext("quoted-scalar");
      end = this.buffer.length;
    }
    yield* this.pushToIndex(end + 1, false);
    return this.flowLevel ? "flow" : "doc";
  }
  *parseBlockScalarHeader() {
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    let i = this.pos;
    while (true) {
      const ch = this.buffer[++i];
      if (ch === "+")
        this.blockScalarKeep = true;
      else if (ch > "0" && ch <= "9")
        this.blockScalarIndent = Number(ch) - 1;
      else if (ch !== "-")
        break;
    }
    return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
  }
  *parseBlockScalar() {
    let nl = this.pos - 1;
    let indent = 0;
    let ch;
    loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
      switch (ch) {
        case " ":
          indent += 1;
          break;
        case "\n":
          nl = i2;
          indent = 0;
          break;
        case "\r": {
          const next = this.buffer[i2 + 1];
          if (!next && !this.atEnd)
            return this.setNext("block-scalar");
          if (next === "\n")
            break;
        }
        // fallthrough
        default:
          break loop;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("block-scalar");
    if (indent >= this.indentNext) {
      if (this.blockScalarIndent === -1)
        this.indentNext = indent;
      else {
        this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
      }
      do {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = this.buffer.indexOf("\n", cs);
      } while (nl !== -1);
      if (nl === -1) {
        if (!this.atEnd)
          return this.setNext("block-scalar");
        nl = this.buffer.length;
      }
    }
    let i = nl + 1;
    ch = this.buffer[i];
    while (ch === " ")
      ch = this.buffer[++i];
    if (ch === "	") {
      while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
        ch = this.buffer[++i];
      nl = i - 1;
    } else if (!this.blockScalarKeep) {
      do {
        let i2 = nl - 1;
        let ch2 = this.buffer[i2];
        if (ch2 === "\r")
          ch2 = this.buffer[--i2];
        const lastChar = i2;
        while (ch2 === " ")
          ch2 = this.buffer[--i2];
        if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
          nl = i2;
        else
          break;
      } while (true);
    }
    yield SCALAR2;
    yield* this.pushToIndex(nl + 1, true);
    return yield* this.parseLineStart();
  }
  *parsePlainScalar() {
    const inFlow = this.flowLevel > 0;
    let end = this.pos - 1;
    let i = this.pos - 1;
    let ch;
    while (ch = this.buffer[++i]) {
      if (ch === ":") {
        const next = this.buffer[i + 1];
        if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
          break;
        end = i;
      } else if (isEmpty(ch)) {
        let next = this.buffer[i + 1];
        if (ch === "\r") {
          if (next === "\n") {
            i += 1;
            ch = "\n";
            next = this.buffer[i + 1];
          } else
            end = i;
        }
        if (next === "#" || inFlow && flowIndicatorChars.has(next))
          break;
        if (ch === "\n") {
          const cs = this.continueScalar(i + 1);
          if (cs === -1)
            break;
          i = Math.max(i, cs - 2);
        }
      } else {
        if (inFlow && flowIndicatorChars.has(ch))
          break;
        end = i;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("plain-scalar");
    yield SCALAR2;
    yield* this.pushToIndex(end + 1, true);
    return inFlow ? "flow" : "doc";
  }
  *pushCount(n) {
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos += n;
      return n;
    }
    return 0;
  }
  *pushToIndex(i, allowEmpty) {
    const s = this.buffer.slice(this.pos, i);
    if (s) {
      yield s;
      this.pos += s.length;
      return s.length;
    } else if (allowEmpty)
      yield "";
    return 0;
  }
  *pushIndicators() {
    let n = 0;
    loop: while (true) {
      switch (this.charAt(0)) {
        case "!":
          n += yield* this.pushTag();
          n += yield* this.pushSpaces(true);
          continue loop;
        case "&":
          n += yield* this.pushUntil(isNotAnchorChar);
          n += yield* this.pushSpaces(true);
          continue loop;
        case "-":
        // this is an error
        case "?":
        // this is an error outside flow collections
        case ":": {
          const inFlow = this.flowLevel > 0;
          const ch1 = this.charAt(1);
          if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
            if (!inFlow)
              this.indentNext = this.indentValue + 1;
            else if (this.flowKey)
              this.flowKey = false;
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            continue loop;
          }
        }
      }
      break loop;
    }
    return n;
  }
  *pushTag() {
    if (this.charAt(1) === "<") {
      let i = this.pos + 2;
      let ch = this.buffer[i];
      while (!isEmpty(ch) && ch !== ">")
        ch = this.buffer[++i];
      return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
    } else {
      let i = this.pos + 1;
      let ch = this.buffer[i];
      while (ch) {
        if (tagChars.has(ch))
          ch = this.buffer[++i];
        else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
          ch = this.buffer[i += 3];
        } else
          break;
      }
      return yield* this.pushToIndex(i, false);
    }
  }
  *pushNewline() {
    const ch = this.buffer[this.pos];
    if (ch === "\n")
      return yield* this.pushCount(1);
    else if (ch === "\r" && this.charAt(1) === "\n")
      return yield* this.pushCount(2);
    else
      return 0;
  }
  *pushSpaces(allowTabs) {
    let i = this.pos - 1;
    let ch;
    do {
      ch = this.buffer[++i];
    } while (ch === " " || allowTabs && ch === "	");
    const n = i - this.pos;
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos = i;
    }
    return n;
  }
  *pushUntil(test) {
    let i = this.pos;
    let ch = this.buffer[i];
    while (!test(ch))
      ch = this.buffer[++i];
    return yield* this.pushToIndex(i, false);
  }
};

// node_modules/yaml/browser/dist/parse/line-counter.js
var LineCounter = class {
  constructor() {
    this.lineStarts = [];
    this.addNewLine = (offset) => this.lineStarts.push(offset);
    this.linePos = (offset) => {
      let low = 0;
      let high = this.lineStarts.length;
      while (low < high) {
        const mid = low + high >> 1;
        if (this.lineStarts[mid] < offset)
          low = mid + 1;
        else
          high = mid;
      }
      if (this.lineStarts[low] === offset)
        return { line: low + 1, col: 1 };
      if (low === 0)
        return { line: 0, col: offset };
      const start = this.lineStarts[low - 1];
      return { line: low, col: offset - start + 1 };
    };
  }
};

// node_modules/yaml/browser/dist/parse/parser.js
function includesToken(list3, type) {
  for (let i = 0; i < list3.length; ++i)
    if (list3[i].type === type)
      return true;
  return false;
}
function findNonEmptyIndex(list3) {
  for (let i = 0; i < list3.length; ++i) {
    switch (list3[i].type) {
      case "space":
      case "comment":
      case "newline":
        break;
      default:
        return i;
    }
  }
  return -1;
}
function isFlowToken(token) {
  switch (token?.type) {
    case "alias":
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "flow-collection":
      return true;
    default:
      return false;
  }
}
function getPrevProps(parent) {
  switch (parent.type) {
    case "document":
      return parent.start;
    case "block-map": {
      const it = parent.items[parent.items.length - 1];
      return it.sep ?? it.start;
    }
    case "block-seq":
      return parent.items[parent.items.length - 1].start;
    /* istanbul ignore next should not happen */
    default:
      return [];
  }
}
function getFirstKeyStartProps(prev) {
  if (prev.length === 0)
    return [];
  let i = prev.length;
  loop: while (--i >= 0) {
    switch (prev[i].type) {
      case "doc-start":
      case "explicit-key-ind":
      case "map-value-ind":
      case "seq-item-ind":
      case "newline":
        break loop;
    }
  }
  while (prev[++i]?.type === "space") {
  }
  return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
  if (source.length < 1e5)
    Array.prototype.push.apply(target, source);
  else
    for (let i = 0; i < source.length; ++i)
      target.push(source[i]);
}
function fixFlowSeqItems(fc) {
  if (fc.start.type === "flow-seq-start") {
    for (const it of fc.items) {
      if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
        if (it.key)
          it.value = it.key;
        delete it.key;
        if (isFlowToken(it.value)) {
          if (it.value.end)
            arrayPushArray(it.value.end, it.sep);
          else
            it.value.end = it.sep;
        } else
          arrayPushArray(it.start, it.sep);
        delete it.sep;
      }
    }
  }
}
var Parser = class {
  /**
   * @param onNewLine - If defined, called separately with the start position of
   *   each new line (in `parse()`, including the start of input).
   */
  constructor(onNewLine) {
    this.atNewLine = true;
    this.atScalar = false;
    this.indent = 0;
    this.offset = 0;
    this.onKeyLine = false;
    this.stack = [];
    this.source = "";
    this.type = "";
    this.lexer = new Lexer();
    this.onNewLine = onNewLine;
  }
  /**
   * Parse `source` as a YAML stream.
   * If `incomplete`, a part of the last line may be left as a buffer for the next call.
   *
   * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
   *
   * @returns A generator of tokens representing each directive, document, and other structure.
   */
  *parse(source, incomplete = false) {
    if (this.onNewLine && this.offset === 0)
      this.onNewLine(0);
    for (const lexeme of this.lexer.lex(source, incomplete))
      yield* this.next(lexeme);
    if (!incomplete)
      yield* this.end();
  }
  /**
   * Advance the parser by the `source` of one lexical token.
   */
  *next(source) {
    this.source = source;
    if (this.atScalar) {
      this.atScalar = false;
      yield* this.step();
      this.offset += source.length;
      return;
    }
    const type = tokenType(source);
    if (!type) {
      const message = `Not a YAML token: ${source}`;
      yield* this.pop({ type: "error", offset: this.offset, message, source });
      this.offset += source.length;
    } else if (type === "scalar") {
      this.atNewLine = false;
      this.atScalar = true;
      this.type = "scalar";
    } else {
      this.type = type;
      yield* this.step();
      switch (type) {
        case "newline":
          this.atNewLine = true;
          this.indent = 0;
          if (this.onNewLine)
            this.onNewLine(this.offset + source.length);
          break;
        case "space":
          if (this.atNewLine && source[0] === " ")
            this.indent += source.length;
          break;
        case "explicit-key-ind":
        case "map-value-ind":
        case "seq-item-ind":
          if (this.atNewLine)
            this.indent += source.length;
          break;
        case "doc-mode":
        case "flow-error-end":
          return;
        default:
          this.atNewLine = false;
      }
      this.offset += source.length;
    }
  }
  /** Call at end of input to push out any remaining constructions */
  *end() {
    while (this.stack.length > 0)
      yield* this.pop();
  }
  get sourceToken() {
    const st = {
      type: this.type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
    return st;
  }
  *step() {
    const top = this.peek(1);
    if (this.type === "doc-end" && top?.type !== "doc-end") {
      while (this.stack.length > 0)
        yield* this.pop();
      this.stack.push({
        type: "doc-end",
        offset: this.offset,
        source: this.source
      });
      return;
    }
    if (!top)
      return yield* this.stream();
    switch (top.type) {
      case "document":
        return yield* this.document(top);
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return yield* this.scalar(top);
      case "block-scalar":
        return yield* this.blockScalar(top);
      case "block-map":
        return yield* this.blockMap(top);
      case "block-seq":
        return yield* this.blockSequence(top);
      case "flow-collection":
        return yield* this.flowCollection(top);
      case "doc-end":
        return yield* this.documentEnd(top);
    }
    yield* this.pop();
  }
  peek(n) {
    return this.stack[this.stack.length - n];
  }
  *pop(error2) {
    const token = error2 ?? this.stack.pop();
    if (!token) {
      const message = "Tried to pop an empty stack";
      yield { type: "error", offset: this.offset, source: "", message };
    } else if (this.stack.length === 0) {
      yield token;
    } else {
      const top = this.peek(1);
      if (token.type === "block-scalar") {
        token.indent = "indent" in top ? top.indent : 0;
      } else if (token.type === "flow-collection" && top.type === "document") {
        token.indent = 0;
      }
      if (token.type === "flow-collection")
        fixFlowSeqItems(token);
      switch (top.type) {
        case "document":
          top.value = token;
          break;
        case "block-scalar":
          top.props.push(token);
          break;
        case "block-map": {
          const it = top.items[top.items.length - 1];
          if (it.value) {
            top.items.push({ start: [], key: token, sep: [] });
            this.onKeyLine = true;
            return;
          } else if (it.sep) {
            it.value = token;
          } else {
            Object.assign(it, { key: token, sep: [] });
            this.onKeyLine = !it.explicitKey;
            return;
          }
          break;
        }
        case "block-seq": {
          const it = top.items[top.items.length - 1];
          if (it.value)
            top.items.push({ start: [], value: token });
          else
            it.value = token;
          break;
        }
        case "flow-collection": {
          const it = top.items[top.items.length - 1];
          if (!it || it.value)
            top.items.push({ start: [], key: token, sep: [] });
          else if (it.sep)
            it.value = token;
          else
            Object.assign(it, { key: token, sep: [] });
          return;
        }
        /* istanbul ignore next should not happen */
        default:
          yield* this.pop();
          yield* this.pop(token);
      }
      if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
        const last = token.items[token.items.length - 1];
        if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
          if (top.type === "document")
            top.end = last.start;
          else
            top.items.push({ start: last.start });
          token.items.splice(-1, 1);
        }
      }
    }
  }
  *stream() {
    switch (this.type) {
      case "directive-line":
        yield { type: "directive", offset: this.offset, source: this.source };
        return;
      case "byte-order-mark":
      case "space":
      case "comment":
      case "newline":
        yield this.sourceToken;
        return;
      case "doc-mode":
      case "doc-start": {
        const doc = {
          type: "document",
          offset: this.offset,
          start: []
        };
        if (this.type === "doc-start")
          doc.start.push(this.sourceToken);
        this.stack.push(doc);
        return;
      }
    }
    yield {
      type: "error",
      offset: this.offset,
      message: `Unexpected ${this.type} token in YAML stream`,
      source: this.source
    };
  }
  *document(doc) {
    if (doc.value)
      return yield* this.lineEnd(doc);
    switch (this.type) {
      case "doc-start": {
        if (findNonEmptyIndex(doc.start) !== -1) {
          yield* this.pop();
          yield* this.step();
        } else
          doc.start.push(this.sourceToken);
        return;
      }
      case "anchor":
      case "tag":
      case "space":
      case "comment":
      case "newline":
        doc.start.push(this.sourceToken);
        return;
    }
    const bv = this.startBlockValue(doc);
    if (bv)
      this.stack.push(bv);
    else {
      yield {
        type: "error",
        offset: this.offset,
        message: `Unexpected ${this.type} token in YAML document`,
        source: this.source
      };
    }
  }
  *scalar(scalar) {
    if (this.type === "map-value-ind") {
      const prev = getPrevProps(this.peek(2));
      const start = getFirstKeyStartProps(prev);
      let sep2;
      if (scalar.end) {
        sep2 = scalar.end;
        sep2.push(this.sourceToken);
        delete scalar.end;
      } else
        sep2 = [this.sourceToken];
      const map2 = {
        type: "block-map",
        offset: scalar.offset,
        indent: scalar.indent,
        items: [{ start, key: scalar, sep: sep2 }]
      };
      this.onKeyLine = true;
      this.stack[this.stack.length - 1] = map2;
    } else
      yield* this.lineEnd(scalar);
  }
  *blockScalar(scalar) {
    switch (this.type) {
      case "space":
      case "comment":
      case "newline":
        scalar.props.push(this.sourceToken);
        return;
      case "scalar":
        scalar.source = this.source;
        this.atNewLine = true;
        this.indent = 0;
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        yield* this.pop();
        break;
      /* istanbul ignore next should not happen */
      default:
        yield* this.pop();
        yield* this.step();
    }
  }
  *blockMap(map2) {
    const it = map2.items[map2.items.length - 1];
    switch (this.type) {
      case "newline":
        this.onKeyLine = false;
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          it.start.push(this.sourceToken);
        }
        return;
      case "space":
      case "comment":
        if (it.value) {
          map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          if (this.atIndentedComment(it.start, map2.indent)) {
            const prev = map2.items[map2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              map2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
    }
    if (this.indent >= map2.indent) {
      const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
      const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
      let start = [];
      if (atNextItem && it.sep && !it.value) {
        const nl = [];
        for (let i = 0; i < it.sep.length; ++i) {
          const st = it.sep[i];
          switch (st.type) {
            case "newline":
              nl.push(i);
              break;
            case "space":
              break;
            case "comment":
              if (st.indent > map2.indent)
                nl.length = 0;
              break;
            default:
              nl.length = 0;
          }
        }
        if (nl.length >= 2)
          start = it.sep.splice(nl[1]);
      }
      switch (this.type) {
        case "anchor":
        case "tag":
          if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start });
            this.onKeyLine = true;
          } else if (it.sep) {
            it.sep.push(this.sourceToken);
          } else {
            it.start.push(this.sourceToken);
          }
          return;
        case "explicit-key-ind":
          if (!it.sep && !it.explicitKey) {
            it.start.push(this.sourceToken);
            it.explicitKey = true;
          } else if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start, explicitKey: true });
          } else {
            this.stack.push({
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken], explicitKey: true }]
            });
          }
          this.onKeyLine = true;
          return;
        case "map-value-ind":
          if (it.explicitKey) {
            if (!it.sep) {
              if (includesToken(it.start, "newline")) {
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              } else {
                const start2 = getFirstKeyStartProps(it.start);
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                });
              }
            } else if (it.value) {
              map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start, key: null, sep: [this.sourceToken] }]
              });
            } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
              const start2 = getFirstKeyStartProps(it.start);
              const key = it.key;
              const sep2 = it.sep;
              sep2.push(this.sourceToken);
              delete it.key;
              delete it.sep;
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: start2, key, sep: sep2 }]
              });
            } else if (start.length > 0) {
              it.sep = it.sep.concat(start, this.sourceToken);
            } else {
              it.sep.push(this.sourceToken);
            }
          } else {
            if (!it.sep) {
              Object.assign(it, { key: null, sep: [this.sourceToken] });
            } else if (it.value || atNextItem) {
              map2.items.push({ start, key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [], key: null, sep: [this.sourceToken] }]
              });
            } else {
              it.sep.push(this.sourceToken);
            }
          }
          this.onKeyLine = true;
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (atNextItem || it.value) {
            map2.items.push({ start, key: fs, sep: [] });
            this.onKeyLine = true;
          } else if (it.sep) {
            this.stack.push(fs);
          } else {
            Object.assign(it, { key: fs, sep: [] });
            this.onKeyLine = true;
          }
          return;
        }
        default: {
          const bv = this.startBlockValue(map2);
          if (bv) {
            if (bv.type === "block-seq") {
              if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                yield* this.pop({
                  type: "error",
                  offset: this.offset,
                  message: "Unexpected block-seq-ind on same line with key",
                  source: this.source
                });
                return;
              }
            } else if (atMapIndent) {
              map2.items.push({ start });
            }
            this.stack.push(bv);
            return;
          }
        }
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *blockSequence(seq2) {
    const it = seq2.items[seq2.items.length - 1];
    switch (this.type) {
      case "newline":
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            seq2.items.push({ start: [this.sourceToken] });
        } else
          it.start.push(this.sourceToken);
        return;
      case "space":
      case "comment":
        if (it.value)
          seq2.items.push({ start: [this.sourceToken] });
        else {
          if (this.atIndentedComment(it.start, seq2.indent)) {
            const prev = seq2.items[seq2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              seq2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
      case "anchor":
      case "tag":
        if (it.value || this.indent <= seq2.indent)
          break;
        it.start.push(this.sourceToken);
        return;
      case "seq-item-ind":
        if (this.indent !== seq2.indent)
          break;
        if (it.value || includesToken(it.start, "seq-item-ind"))
          seq2.items.push({ start: [this.sourceToken] });
        else
          it.start.push(this.sourceToken);
        return;
    }
    if (this.indent > seq2.indent) {
      const bv = this.startBlockValue(seq2);
      if (bv) {
        this.stack.push(bv);
        return;
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *flowCollection(fc) {
    const it = fc.items[fc.items.length - 1];
    if (this.type === "flow-error-end") {
      let top;
      do {
        yield* this.pop();
        top = this.peek(1);
      } while (top?.type === "flow-collection");
    } else if (fc.end.length === 0) {
      switch (this.type) {
        case "comma":
        case "explicit-key-ind":
          if (!it || it.sep)
            fc.items.push({ start: [this.sourceToken] });
          else
            it.start.push(this.sourceToken);
          return;
        case "map-value-ind":
          if (!it || it.value)
            fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            Object.assign(it, { key: null, sep: [this.sourceToken] });
          return;
        case "space":
        case "comment":
        case "newline":
        case "anchor":
        case "tag":
          if (!it || it.value)
            fc.items.push({ start: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            it.start.push(this.sourceToken);
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (!it || it.value)
            fc.items.push({ start: [], key: fs, sep: [] });
          else if (it.sep)
            this.stack.push(fs);
          else
            Object.assign(it, { key: fs, sep: [] });
          return;
        }
        case "flow-map-end":
        case "flow-seq-end":
          fc.end.push(this.sourceToken);
          return;
      }
      const bv = this.startBlockValue(fc);
      if (bv)
        this.stack.push(bv);
      else {
        yield* this.pop();
        yield* this.step();
      }
    } else {
      const parent = this.peek(2);
      if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
        yield* this.pop();
        yield* this.step();
      } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        fixFlowSeqItems(fc);
        const sep2 = fc.end.splice(1, fc.end.length);
        sep2.push(this.sourceToken);
        const map2 = {
          type: "block-map",
          offset: fc.offset,
          indent: fc.indent,
          items: [{ start, key: fc, sep: sep2 }]
        };
        this.onKeyLine = true;
        this.stack[this.stack.length - 1] = map2;
      } else {
        yield* this.lineEnd(fc);
      }
    }
  }
  flowScalar(type) {
    if (this.onNewLine) {
      let nl = this.source.indexOf("\n") + 1;
      while (nl !== 0) {
        this.onNewLine(this.offset + nl);
        nl = this.source.indexOf("\n", nl) + 1;
      }
    }
    return {
      type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
  }
  startBlockValue(parent) {
    switch (this.type) {
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return this.flowScalar(this.type);
      case "block-scalar-header":
        return {
          type: "block-scalar",
          offset: this.offset,
          indent: this.indent,
          props: [this.sourceToken],
          source: ""
        };
      case "flow-map-start":
      case "flow-seq-start":
        return {
          type: "flow-collection",
          offset: this.offset,
          indent: this.indent,
          start: this.sourceToken,
          items: [],
          end: []
        };
      case "seq-item-ind":
        return {
          type: "block-seq",
          offset: this.offset,
          indent: this.indent,
          items: [{ start: [this.sourceToken] }]
        };
      case "explicit-key-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        start.push(this.sourceToken);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, explicitKey: true }]
        };
      }
      case "map-value-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, key: null, sep: [this.sourceToken] }]
        };
      }
    }
    return null;
  }
  atIndentedComment(start, indent) {
    if (this.type !== "comment")
      return false;
    if (this.indent <= indent)
      return false;
    return start.every((st) => st.type === "newline" || st.type === "space");
  }
  *documentEnd(docEnd) {
    if (this.type !== "doc-mode") {
      if (docEnd.end)
        docEnd.end.push(this.sourceToken);
      else
        docEnd.end = [this.sourceToken];
      if (this.type === "newline")
        yield* this.pop();
    }
  }
  *lineEnd(token) {
    switch (this.type) {
      case "comma":
      case "doc-start":
      case "doc-end":
      case "flow-seq-end":
      case "flow-map-end":
      case "map-value-ind":
        yield* this.pop();
        yield* this.step();
        break;
      case "newline":
        this.onKeyLine = false;
      // fallthrough
      case "space":
      case "comment":
      default:
        if (token.end)
          token.end.push(this.sourceToken);
        else
          token.end = [this.sourceToken];
        if (this.type === "newline")
          yield* this.pop();
    }
  }
};

// node_modules/yaml/browser/dist/public-api.js
function parseOptions(options) {
  const prettyErrors = options.prettyErrors !== false;
  const lineCounter = options.lineCounter || prettyErrors && new LineCounter() || null;
  return { lineCounter, prettyErrors };
}
function parseAllDocuments(source, options = {}) {
  const { lineCounter, prettyErrors } = parseOptions(options);
  const parser = new Parser(lineCounter?.addNewLine);
  const composer = new Composer(options);
  const docs = Array.from(composer.compose(parser.parse(source)));
  if (prettyErrors && lineCounter)
    for (const doc of docs) {
      doc.errors.forEach(prettifyError(source, lineCounter));
      doc.warnings.forEach(prettifyError(source, lineCounter));
    }
  if (docs.length > 0)
    return docs;
  return Object.assign([], { empty: true }, composer.streamInfo());
}
function parseDocument(source, options = {}) {
  const { lineCounter, prettyErrors } = parseOptions(options);
  const parser = new Parser(lineCounter?.addNewLine);
  const composer = new Composer(options);
  let doc = null;
  for (const _doc of composer.compose(parser.parse(source), true, source.length)) {
    if (!doc)
      doc = _doc;
    else if (doc.options.logLevel !== "silent") {
      doc.errors.push(new YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
      break;
    }
  }
  if (prettyErrors && lineCounter) {
    doc.errors.forEach(prettifyError(source, lineCounter));
    doc.warnings.forEach(prettifyError(source, lineCounter));
  }
  return doc;
}
function parse(src, reviver, options) {
  let _reviver = void 0;
  if (typeof reviver === "function") {
    _reviver = reviver;
  } else if (options === void 0 && reviver && typeof reviver === "object") {
    options = reviver;
  }
  const doc = parseDocument(src, options);
  if (!doc)
    return null;
  doc.warnings.forEach((warning) => warn(doc.options.logLevel, warning));
  if (doc.errors.length > 0) {
    if (doc.options.logLevel !== "silent")
      throw doc.errors[0];
    else
      doc.errors = [];
  }
  return doc.toJS(Object.assign({ reviver: _reviver }, options));
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
function resolveConfig(inputs2, file2) {
  const fromFile = file2 ? readConfigFile(file2.path, file2.text) : {};
  const given = gateSettings(inputs2);
  for (const key of ["varFiles", "planJson", "knowledgeFiles"]) {
    if (given[key]?.length === 0) delete given[key];
  }
  return { ...DEFAULT_CONFIG, ...gateSettings(fromFile), ...given };
}
function readConfigFile(path15, text2) {
  const lines = new LineCounter();
  const doc = parseDocument(text2, { lineCounter: lines, prettyErrors: false });
  let raw;
  try {
    if (doc.errors[0]) throw doc.errors[0];
    raw = doc.toJS({ maxAliasCount: 50 });
  } catch (error2) {
    throw new ConfigError(`${path15} is not valid YAML: ${error2.message.split("\n")[0]}`);
  }
  if (raw === null || raw === void 0) return {};
  const ignoreNode = doc.get("ignore", true);
  const ignoreLines = isSeq(ignoreNode) ? ignoreNode.items.map(
    (item) => lines.linePos(item.range?.[0] ?? 0).line
  ) : [];
  return validateSettings(raw, { kind: "file", path: path15, ignoreLines });
}

// src/report/untrusted.ts
var INVISIBLE = (
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g
);
function visibleText(text2) {
  return text2.replace(
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

// src/knowledge/eks-data.json
var eks_data_default = {
  schemaVersion: 2,
  dataDate: "2026-08-21",
  compiledAt: "2026-11-21",
  newestData: {
    amazon_eks_ami_changelog_release: "v20260714 (repo HEAD 2026-07-23)",
    eksctl: "2026-08-21",
    pluto_versions_yaml: "2026-03-02 (repo HEAD 2026-04-27)",
    eks_user_guide_calendar: "stored version 0e7fca37 (rows up to 1.35; commit date not reported)",
    kube_proxy_table: "ja_jp docs snapshot listing 1.36"
  },
  policy: {
    oneMinorAtATime: true,
    kubeletSkew: "kubelet >=1.25: up to 3 minors older than kube-apiserver; kubelet <=1.24: up to 2 minors.",
    nodesMustMatchBeforeUpgrade: "Managed and Fargate node minor must equal control-plane minor before upgrading the control plane.",
    eksctlDefaultVersion: "1.34",
    sources: [
      "KV_0e7f",
      "UPD_snap"
    ]
  },
  families: {
    al2LastMinor: "1.32",
    al2NoPatchesSince: "2025-11-26",
    al2FinalRelease: "v20251209",
    al2Sources: [
      "AMI_README",
      "AMI_AL2_REMOVED",
      "AMI_CL",
      "KVS_0e7f",
      "EKSCTL_types"
    ],
    ranges: [
      {
        family: "Ubuntu2004",
        min: "1.21",
        max: "1.29"
      },
      {
        family: "UbuntuPro2004",
        min: "1.27",
        max: "1.29"
      },
      {
        family: "Ubuntu2204",
        min: "1.29",
        max: null
      },
      {
        family: "UbuntuPro2204",
        min: "1.29",
        max: null
      },
      {
        family: "Ubuntu2404",
        min: "1.31",
        max: null
      },
      {
        family: "UbuntuPro2404",
        min: "1.31",
        max: null
      },
      {
        family: "Ubuntu2604",
        min: "1.35",
        max: null
      },
      {
        family: "UbuntuPro2604",
        min: "1.35",
        max: null
      },
      {
        family: "WindowsServer2022",
        min: "1.23",
        max: null
      },
      {
        family: "WindowsServer2025",
        min: "1.35",
        max: null
      }
    ],
    sources: [
      "EKSCTL_types",
      "EKSCTL_ssm",
      "AMI_README",
      "AMI_AL2_REMOVED",
      "AMI_CL",
      "KVS_0e7f"
    ]
  },
  components: {
    clusterAutoscaler: {
      rule: "minor-matches-cluster",
      source: "https://github.com/kubernetes/autoscaler/tree/master/cluster-autoscaler#releases"
    },
    karpenter: {
      matrix: [
        {
          release: "0.21",
          minKubernetes: "1.21",
          maxKubernetes: "1.24"
        },
        {
          release: "0.22",
          minKubernetes: "1.21",
          maxKubernetes: "1.24"
        },
        {
          release: "0.23",
          minKubernetes: "1.21",
          maxKubernetes: "1.24"
        },
        {
          release: "0.24",
          minKubernetes: "1.21",
          maxKubernetes: "1.24"
        },
        {
          release: "0.25",
          minKubernetes: "1.21",
          maxKubernetes: "1.25"
        },
        {
          release: "0.26",
          minKubernetes: "1.21",
          maxKubernetes: "1.25"
        },
        {
          release: "0.27",
          minKubernetes: "1.21",
          maxKubernetes: "1.25"
        },
        {
          release: "0.28",
          minKubernetes: "1.23",
          maxKubernetes: "1.27"
        },
        {
          release: "0.29",
          minKubernetes: "1.23",
          maxKubernetes: "1.27"
        },
        {
          release: "0.30",
          minKubernetes: "1.23",
          maxKubernetes: "1.27"
        },
        {
          release: "0.31",
          minKubernetes: "1.23",
          maxKubernetes: "1.28"
        },
        {
          release: "0.32",
          minKubernetes: "1.23",
          maxKubernetes: "1.28"
        },
        {
          release: "0.33",
          minKubernetes: "1.23",
          maxKubernetes: "1.28"
        },
        {
          release: "0.34",
          minKubernetes: "1.23",
          maxKubernetes: "1.29"
        },
        {
          release: "0.35",
          minKubernetes: "1.23",
          maxKubernetes: "1.29"
        },
        {
          release: "0.36",
          minKubernetes: "1.23",
          maxKubernetes: "1.29"
        },
        {
          release: "0.37",
          minKubernetes: "1.23",
          maxKubernetes: "1.30"
        },
        {
          release: "1.0",
          minKubernetes: "1.25",
          maxKubernetes: "1.30"
        },
        {
          release: "1.0.5",
          minKubernetes: "1.25",
          maxKubernetes: "1.31"
        },
        {
          release: "1.1",
          minKubernetes: "1.25",
          maxKubernetes: "1.31"
        },
        {
          release: "1.2",
          minKubernetes: "1.25",
          maxKubernetes: "1.32"
        },
        {
          release: "1.3",
          minKubernetes: "1.25",
          maxKubernetes: "1.32"
        },
        {
          release: "1.4",
          minKubernetes: "1.25",
          maxKubernetes: "1.32"
        },
        {
          release: "1.5",
          minKubernetes: "1.26",
          maxKubernetes: "1.33"
        },
        {
          release: "1.6",
          minKubernetes: "1.26",
          maxKubernetes: "1.34"
        },
        {
          release: "1.7",
          minKubernetes: "1.26",
          maxKubernetes: "1.34"
        },
        {
          release: "1.8",
          minKubernetes: "1.26",
          maxKubernetes: "1.34"
        },
        {
          release: "1.9",
          minKubernetes: "1.26",
          maxKubernetes: "1.35"
        },
        {
          release: "1.10",
          minKubernetes: "1.26",
          maxKubernetes: "1.35"
        },
        {
          release: "1.11",
          minKubernetes: "1.26",
          maxKubernetes: "1.35"
        },
        {
          release: "1.12",
          minKubernetes: "1.26",
          maxKubernetes: "1.35"
        },
        {
          release: "1.13",
          minKubernetes: "1.26",
          maxKubernetes: "1.36"
        },
        {
          release: "1.14",
          minKubernetes: "1.26",
          maxKubernetes: "1.36"
        }
      ],
      sources: [
        "https://github.com/aws/karpenter-provider-aws/blob/692ccdd0629e488300821443f0fa0bc3c3e08047/hack/docs/compatibilitymatrix_gen/compatibility.yaml (2026-07-11)"
      ]
    },
    vpcCniRecommended: {
      through: "1.33",
      sources: [
        "https://github.com/aws/amazon-vpc-cni-k8s/blob/0cc4d4bcd628bfe11e10c950c3ca051f67ca66e2/README.md#recommended-version (2026-04-03)"
      ]
    }
  },
  versions: [
    {
      version: "1.23",
      lifecycle: {
        upstreamRelease: "2021-12-07",
        eksRelease: "2022-08-11",
        endOfStandardSupport: "2023-10-11",
        endOfExtendedSupport: "2024-10-11",
        verification: "primary",
        sources: [
          "KV_md"
        ]
      },
      addons: {
        kubeProxy: {
          latestAddon: "v1.23.17-eksbuild.20",
          selfManagedImage: "v1.23.17-minimal-eksbuild.20",
          tagStyle: "default-or-minimal",
          sources: [
            "KP_0cc5",
            "KP_d9a9",
            "KP_ee60",
            "KP_cn_html",
            "KP_zh_md",
            "KP_ja_md",
            "EKSCTL_kubeproxy"
          ]
        },
        coredns: {
          defaultImage: "v1.8.7-eksbuild.2",
          latestAddon: "v1.8.7-eksbuild.20",
          minimum: "1.8.4",
          sources: [
            "EKSCTL_coredns",
            "SA_snap",
            "CD_a168"
          ]
        },
        vpcCni: {
          minimum: "1.8.0",
          latestAddon: "v1.18.5-eksbuild.1",
          recommended: null,
          sources: [
            "KVE_snap",
            "SA_snap",
            "CNI_e08c",
            "EKSCTL_awsnode",
            "CNI_ja_html"
          ]
        }
      },
      amis: {
        al2: true,
        al2023: true,
        bottlerocket: true,
        windows: [
          "2019",
          "2022"
        ],
        al2023LatestRelease: "1.23.17-20240928",
        al2LastRelease: "1.23.17-20240928",
        defaultManagedNodeGroupAmi: "AL2",
        sources: [
          "AMI_CL",
          "AMI_VARS",
          "AMI_README",
          "AMI_AL2_KERNEL",
          "AMI_AL2_DOCKER",
          "AMI_618",
          "BR_snap",
          "BR_idx",
          "EKSCTL_types",
          "KVS_snap"
        ]
      },
      runtime: {
        dockershim: true,
        containerdMinimum: null,
        containerd2Required: false,
        cgroupV1KubeletFails: false,
        sources: [
          "KVE_snap",
          "KVS_0e7f",
          "EKSCTL_types",
          "AL2023_doc",
          "AL2023_cgroup_doc"
        ]
      },
      upgradeNotes: [
        {
          severity: "blocking",
          text: "In-tree EBS -> EBS CSI migration enabled: install the Amazon EBS CSI driver (add-on) BEFORE upgrading to 1.23 if the cluster uses EBS volumes.",
          sources: [
            "KVE_snap",
            "UPD_snap"
          ]
        },
        {
          severity: "info",
          text: "kube-proxy image deployed with clusters is now the EKS-D minimal base image (no shell).",
          sources: [
            "KVE_snap"
          ]
        },
        {
          severity: "info",
          text: "Extended support for EKS-optimized Windows AMIs is NOT available for 1.23 (available 1.24+).",
          sources: [
            "KVE_snap",
            "WIN_doc"
          ]
        },
        {
          severity: "warning",
          text: "autoscaling/v2beta2 HPA deprecated (removed 1.26); autoscaling/v2 GA.",
          sources: [
            "KVE_snap"
          ]
        }
      ]
    },
    {
      version: "1.24",
      lifecycle: {
        upstreamRelease: "2022-05-03",
        eksRelease: "2022-11-15",
        endOfStandardSupport: "2024-01-31",
        endOfExtendedSupport: "2025-01-31",
        verification: "primary",
        sources: [
          "KV_snap",
          "KV_md"
        ]
      },
      addons: {
        kubeProxy: {
          latestAddon: "v1.24.17-eksbuild.19",
          selfManagedImage: "v1.24.17-minimal-eksbuild.19",
          tagStyle: "default-or-minimal",
          sources: [
            "KP_0cc5",
            "KP_d9a9",
            "KP_ee60",
            "KP_cn_html",
            "KP_zh_md",
            "KP_ja_md",
            "EKSCTL_kubeproxy"
          ]
        },
        coredns: {
          defaultImage: "v1.8.7-eksbuild.3",
          latestAddon: "v1.9.3-eksbuild.21",
          minimum: "1.8.4",
          sources: [
            "EKSCTL_coredns",
            "SA_snap",
            "CD_a168"
          ]
        },
        vpcCni: {
          minimum: "1.8.0",
          latestAddon: "v1.19.2-eksbuild.5",
          recommended: null,
          sources: [
            "KVE_snap",
            "SA_snap",
            "CNI_e08c",
            "EKSCTL_awsnode",
            "CNI_ja_html"
          ]
        }
      },
      amis: {
        al2: true,
        al2023: true,
        bottlerocket: true,
        windows: [
          "2019",
          "2022"
        ],
        al2023LatestRelease: "1.24.17-20250123",
        al2LastRelease: "1.24.17-20250123",
        defaultManagedNodeGroupAmi: "AL2",
        sources: [
          "AMI_CL",
          "AMI_VARS",
          "AMI_README",
          "AMI_AL2_KERNEL",
          "AMI_AL2_DOCKER",
          "AMI_618",
          "BR_snap",
          "BR_idx",
          "EKSCTL_types",
          "KVS_snap"
        ]
      },
      runtime: {
        dockershim: false,
        containerdMinimum: null,
        containerd2Required: false,
        cgroupV1KubeletFails: false,
        sources: [
          "KVE_snap",
          "KVS_0e7f",
          "EKSCTL_types",
          "AL2023_doc",
          "AL2023_cgroup_doc"
        ]
      },
      upgradeNotes: [
        {
          severity: "blocking",
          text: "dockershim removed: containerd is the only runtime in EKS AMIs for 1.24+; remove --container-runtime dockerd / Docker-socket dependencies.",
          sources: [
            "KVE_snap",
            "AMI_AL2_DOCKER",
            "EKSCTL_types"
          ]
        },
        {
          severity: "warning",
          text: "New beta APIs are no longer enabled by default (existing betas stay enabled).",
          sources: [
            "KVE_snap"
          ]
        },
        {
          severity: "warning",
          text: "kubelet serving certs with unverifiable SANs are not issued (kubectl exec/logs may fail).",
          sources: [
            "KVE_snap"
          ]
        },
        {
          severity: "warning",
          text: "Fluentd for Container Insights must be migrated to Fluent Bit; Fluent Bit >= k8s/1.3.12 when upgrading from 1.23.",
          sources: [
            "KVE_snap",
            "UPD_snap"
          ]
        },
        {
          severity: "blocking",
          text: "client.authentication.k8s.io/v1alpha1 ExecCredential removed (update client-go credential plugins / kubeconfigs to v1beta1 or v1).",
          sources: [
            "KVE_snap"
          ]
        },
        {
          severity: "info",
          text: "containerd enables IPv6 for Pods by default (binds ::1 loopback).",
          sources: [
            "KVE_snap"
          ]
        }
      ]
    },
    {
      version: "1.25",
      lifecycle: {
        upstreamRelease: "2022-08-23",
        eksRelease: "2023-02-22",
        endOfStandardSupport: "2024-05-01",
        endOfExtendedSupport: "2025-05-01",
        verification: "primary",
        sources: [
          "KV_snap",
          "KV_md"
        ]
      },
      addons: {
        kubeProxy: {
          latestAddon: "v1.25.16-eksbuild.22",
          selfManagedImage: "v1.25.16-minimal-eksbuild.22",
          tagStyle: "minimal",
          sources: [
            "KP_0cc5",
            "KP_d9a9",
            "KP_ee60",
            "KP_cn_html",
            "KP_zh_md",
            "KP_ja_md",
            "EKSCTL_kubeproxy"
          ]
        },
        coredns: {
          defaultImage: "v1.9.3-eksbuild.2",
          latestAddon: "v1.9.3-eksbuild.21",
          minimum: "1.8.4",
          sources: [
            "EKSCTL_coredns",
            "SA_snap",
            "CD_a168"
          ]
        },
        vpcCni: {
          minimum: "1.8.0",
          latestAddon: "v1.19.2-eksbuild.5",
          recommended: null,
          sources: [
            "KVE_snap",
            "SA_snap",
            "CNI_e08c",
            "EKSCTL_awsnode",
            "CNI_ja_html"
          ]
        }
      },
      amis: {
        al2: true,
        al2023: true,
        bottlerocket: true,
        windows: [
          "2019",
          "2022"
        ],
        al2023LatestRelease: "1.25.16-20250419",
        al2LastRelease: "1.25.16-20250419",
        defaultManagedNodeGroupAmi: "AL2",
        sources: [
          "AMI_CL",
          "AMI_VARS",
          "AMI_README",
          "AMI_AL2_KERNEL",
          "AMI_AL2_DOCKER",
          "AMI_618",
          "BR_snap",
          "BR_idx",
          "EKSCTL_types",
          "KVS_snap"
        ]
      },
      runtime: {
        dockershim: false,
        containerdMinimum: null,
        containerd2Required: false,
        cgroupV1KubeletFails: false,
        sources: [
          "KVE_snap",
          "KVS_0e7f",
          "EKSCTL_types",
          "AL2023_doc",
          "AL2023_cgroup_doc"
        ]
      },
      upgradeNotes: [
        {
          severity: "blocking",
          text: "PodSecurityPolicy (policy/v1beta1) removed; migrate to Pod Security Admission.",
          sources: [
            "KVE_snap"
          ]
        },
        {
          severity: "blocking",
          text: "AWS Load Balancer Controller must be >= 2.4.7 before upgrading to 1.25.",
          sources: [
            "UPD_snap"
          ]
        },
        {
          severity: "warning",
          text: "Removed betas: batch/v1beta1 CronJob, discovery.k8s.io/v1beta1 EndpointSlice, events.k8s.io/v1beta1 Event, autoscaling/v2beta1 HPA, policy/v1beta1 PDB, node.k8s.io/v1beta1 RuntimeClass.",
          sources: [
            "KVE_snap"
          ]
        },
        {
          severity: "info",
          text: "Docker is not installed on EKS AL2 AMIs for 1.25+.",
          sources: [
            "AMI_AL2_DOCKER",
            "AMI_CL"
          ]
        },
        {
          severity: "warning",
          text: "CoreDNS 1.9 removed wildcard queries (return NXDOMAIN).",
          sources: [
            "KVE_snap"
          ]
        },
        {
          severity: "warning",
          text: "aws-auth ConfigMap YAML values starting with '{' must be quoted (updated YAML library).",
          sources: [
            "KVE_snap"
          ]
        },
        {
          severity: "info",
          text: "EC2 P2 instances unsupported (need NVIDIA driver <=470).",
          sources: [
            "KVE_snap"
          ]
        }
      ]
    },
    {
      version: "1.26",
      lifecycle: {
        upstreamRelease: "2022-12-09",
        eksRelease: "2023-04-11",
        endOfStandardSupport: "2024-06-11",
        endOfExtendedSupport: "2025-06-11",
        verification: "primary",
        sources: [
          "KV_snap",
          "KV_md"
        ]
      },
      addons: {
        kubeProxy: {
          latestAddon: "v1.26.15-eksbuild.35",
          selfManagedImage: "v1.26.15-minimal-eksbuild.35",
          tagStyle: "minimal",
          sources: [
            "KP_0cc5",
            "KP_d9a9",
            "KP_ee60",
            "KP_cn_html",
            "KP_zh_md",
            "KP_ja_md",
            "EKSCTL_kubeproxy"
          ]
        },
        coredns: {
          defaultImage: "v1.9.3-eksbuild.2",
          latestAddon: "v1.9.3-eksbuild.39",
          minimum: "1.8.4",
          sources: [
            "EKSCTL_coredns",
            "SA_snap",
            "CD_a168",
            "CD_ja_html"
          ]
        },
        vpcCni: {
          minimum: "1.12.0",
          latestAddon: "v1.19.2-eksbuild.5",
          recommended: null,
          sources: [
            "KVE_snap",
            "SA_snap",
            "CNI_e08c",
            "EKSCTL_awsnode",
            "CNI_ja_html"
          ]
        }
      },
      amis: {
        al2: true,
        al2023: true,
        bottlerocket: true,
        windows: [
          "2019",
          "2022"
        ],
        al2023LatestRelease: "1.26.15-20250519",
        al2LastRelease: "1.26.15-20250519",
        defaultManagedNodeGroupAmi: "AL2",
        sources: [
          "AMI_CL",
          "AMI_VARS",
          "AMI_README",
          "AMI_AL2_KERNEL",
          "AMI_AL2_DOCKER",
          "AMI_618",
          "BR_snap",
          "BR_idx",
          "EKSCTL_types",
          "KVS_snap"
        ]
      },
      runtime: {
        dockershim: false,
        containerdMinimum: "1.6.0",
        containerd2Required: false,
        cgroupV1KubeletFails: false,
        sources: [
          "KVE_snap",
          "KVS_0e7f",
          "EKSCTL_types",
          "AL2023_doc",
          "AL2023_cgroup_doc"
        ]
      },
      upgradeNotes: [
        {
          severity: "blocking",
          text: "CRI v1alpha2 dropped: containerd must be >= 1.6.0 on nodes before upgrading nodes to 1.26.",
          sources: [
            "KVE_snap"
          ]
        },
        {
          severity: "blocking",
          text: "Amazon VPC CNI must be >= 1.12 before upgrading to 1.26 (older versions crash).",
          sources: [
            "KVE_snap"
          ]
        },
        {
          severity: "warning",
          text: "Removed: flowcontrol.apiserver.k8s.io/v1beta1, autoscaling/v2beta2 HPA.",
          sources: [
            "KVE_snap"
          ]
        }
      ]
    },
    {
      version: "1.27",
      lifecycle: {
        upstreamRelease: "2023-04-11",
        eksRelease: "2023-05-24",
        endOfStandardSupport: "2024-07-24",
        endOfExtendedSupport: "2025-07-24",
        verification: "primary",
        sources: [
          "KV_snap",
          "KV_md"
        ]
      },
      addons: {
        kubeProxy: {
          latestAddon: "v1.27.16-eksbuild.41",
          selfManagedImage: "v1.27.16-minimal-eksbuild.35",
          tagStyle: "minimal",
          sources: [
            "KP_0cc5",
            "KP_d9a9",
            "KP_ee60",
            "KP_cn_html",
            "KP_zh_md",
            "KP_ja_md",
            "EKSCTL_kubeproxy"
          ]
        },
        coredns: {
          defaultImage: "v1.10.1-eksbuild.1",
          latestAddon: "v1.10.1-eksbuild.35",
          minimum: "1.8.4",
          sources: [
            "EKSCTL_coredns",
            "SA_snap",
            "CD_a168",
            "CD_ja_html"
          ]
        },
        vpcCni: {
          minimum: "1.12.0",
          latestAddon: "v1.20.1-eksbuild.3",
          recommended: null,
          sources: [
            "KVE_snap",
            "SA_snap",
            "CNI_e08c",
            "EKSCTL_awsnode",
            "CNI_ja_podnet"
          ]
        }
      },
      amis: {
        al2: true,
        al2023: true,
        bottlerocket: true,
        windows: [
          "2019",
          "2022"
        ],
        al2023LatestRelease: "1.27.16-20250715",
        al2LastRelease: "1.27.16-20250715",
        defaultManagedNodeGroupAmi: "AL2",
        sources: [
          "AMI_CL",
          "AMI_VARS",
          "AMI_README",
          "AMI_AL2_KERNEL",
          "AMI_AL2_DOCKER",
          "AMI_618",
          "BR_snap",
          "BR_idx",
          "EKSCTL_types",
          "KVS_snap"
        ]
      },
      runtime: {
        dockershim: false,
        containerdMinimum: "1.6.0",
        containerd2Required: false,
        cgroupV1KubeletFails: false,
        sources: [
          "KVE_snap",
          "KVS_0e7f",
          "EKSCTL_types",
          "AL2023_doc",
          "AL2023_cgroup_doc"
        ]
      },
      upgradeNotes: [
        {
          severity: "warning",
          text: "kubelet --container-runtime flag removed (EKS bootstrap ignores it from 1.27).",
          sources: [
            "KVE_snap"
          ]
        },
        {
          severity: "warning",
          text: "Alpha seccomp annotations removed; use securityContext.seccompProfile.",
          sources: [
            "KVE_snap"
          ]
        },
        {
          severity: "warning",
          text: "storage.k8s.io/v1beta1 CSIStorageCapacity removed.",
          sources: [
            "KVE_snap"
          ]
        }
      ]
    },
    {
      version: "1.28",
      lifecycle: {
        upstreamRelease: "2023-08-15",
        eksRelease: "2023-09-26",
        endOfStandardSupport: "2024-11-26",
        endOfExtendedSupport: "2025-11-26",
        verification: "primary",
        sources: [
          "KV_snap",
          "KV_md"
        ]
      },
      addons: {
        kubeProxy: {
          latestAddon: "v1.28.15-eksbuild.31",
          selfManagedImage: "v1.28.15-minimal-eksbuild.31",
          tagStyle: "minimal",
          sources: [
            "KP_0cc5",
            "KP_d9a9",
            "KP_ee60",
            "KP_cn_html",
            "KP_zh_md",
            "KP_ja_md",
            "EKSCTL_kubeproxy"
          ]
        },
        coredns: {
          defaultImage: "v1.10.1-eksbuild.3",
          latestAddon: "v1.10.1-eksbuild.38",
          minimum: "1.8.4",
          sources: [
            "EKSCTL_coredns",
            "SA_snap",
            "CD_a168",
            "CD_en_html",
            "CD_ja_html"
          ]
        },
        vpcCni: {
          minimum: "1.12.0",
          latestAddon: "v1.20.4-eksbuild.1",
          recommended: "1.13.4",
          sources: [
            "KVE_snap",
            "SA_snap",
            "CNI_e08c",
            "EKSCTL_awsnode",
            "CNI_ja_podnet",
            "CNI_md_1.34"
          ]
        }
      },
      amis: {
        al2: true,
        al2023: true,
        bottlerocket: true,
        windows: [
          "2019",
          "2022"
        ],
        al2023LatestRelease: "1.28.15-20251112",
        al2LastRelease: "1.28.15-20251112",
        defaultManagedNodeGroupAmi: "AL2",
        sources: [
          "AMI_CL",
          "AMI_VARS",
          "AMI_README",
          "AMI_AL2_KERNEL",
          "AMI_AL2_DOCKER",
          "AMI_618",
          "BR_snap",
          "BR_idx",
          "EKSCTL_types",
          "KVS_snap"
        ]
      },
      runtime: {
        dockershim: false,
        containerdMinimum: "1.6.0",
        containerd2Required: false,
        cgroupV1KubeletFails: false,
        sources: [
          "KVE_snap",
          "KVS_0e7f",
          "EKSCTL_types",
          "AL2023_doc",
          "AL2023_cgroup_doc"
        ]
      },
      upgradeNotes: [
        {
          severity: "info",
          text: "Node/control-plane skew expanded from n-2 to n-3 (kubelet may be 3 minors older than kube-apiserver if kubelet >= 1.25).",
          sources: [
            "KVS_snap",
            "UPD_snap"
          ]
        }
      ]
    },
    {
      version: "1.29",
      lifecycle: {
        upstreamRelease: "2023-12-13",
        eksRelease: "2024-01-23",
        endOfStandardSupport: "2025-03-23",
        endOfExtendedSupport: "2026-03-23",
        verification: "primary",
        sources: [
          "KV_0e7f",
          "KV_snap"
        ]
      },
      addons: {
        kubeProxy: {
          latestAddon: "v1.29.15-eksbuild.16",
          selfManagedImage: "v1.29.15-minimal-eksbuild.16",
          tagStyle: "minimal",
          sources: [
            "KP_0cc5",
            "KP_d9a9",
            "KP_ee60",
            "KP_cn_html",
            "KP_zh_md",
            "KP_ja_md",
            "EKSCTL_kubeproxy"
          ]
        },
        coredns: {
          defaultImage: "v1.11.1-eksbuild.4",
          latestAddon: "v1.11.4-eksbuild.24",
          minimum: "1.8.4",
          sources: [
            "EKSCTL_coredns",
            "SA_snap",
            "CD_a168",
            "CD_en_html",
            "CD_ja_html"
          ]
        },
        vpcCni: {
          minimum: "1.12.0",
          latestAddon: "v1.20.4-eksbuild.1",
          recommended: "1.14.1",
          sources: [
            "KVE_snap",
            "SA_snap",
            "CNI_e08c",
            "EKSCTL_awsnode",
            "CNI_ja_podnet",
            "CNI_md_1.34"
          ]
        }
      },
      amis: {
        al2: true,
        al2023: true,
        bottlerocket: true,
        windows: [
          "2019",
          "2022"
        ],
        al2023LatestRelease: "1.29.15-20260311",
        al2LastRelease: "1.29.15-20251209",
        defaultManagedNodeGroupAmi: "AL2",
        sources: [
          "AMI_CL",
          "AMI_VARS",
          "AMI_README",
          "AMI_AL2_KERNEL",
          "AMI_AL2_DOCKER",
          "AMI_618",
          "BR_snap",
          "BR_idx",
          "EKSCTL_types",
          "KVS_snap"
        ]
      },
      runtime: {
        dockershim: false,
        containerdMinimum: "1.6.0",
        containerd2Required: false,
        cgroupV1KubeletFails: false,
        sources: [
          "KVE_snap",
          "KVS_0e7f",
          "EKSCTL_types",
          "AL2023_doc",
          "AL2023_cgroup_doc"
        ]
      },
      upgradeNotes: [
        {
          severity: "blocking",
          text: "flowcontrol.apiserver.k8s.io/v1beta2 FlowSchema/PriorityLevelConfiguration removed.",
          sources: [
            "KVS_snap"
          ]
        },
        {
          severity: "warning",
          text: "LegacyServiceAccountTokenCleanUp: unused secret-based SA tokens invalidated after 1 year and removed a year later.",
          sources: [
            "KVS_snap"
          ]
        },
        {
          severity: "info",
          text: ".status.kubeProxyVersion on Node deprecated.",
          sources: [
            "KVS_snap"
          ]
        }
      ]
    },
    {
      version: "1.30",
      lifecycle: {
        upstreamRelease: "2024-04-17",
        eksRelease: "2024-05-23",
        endOfStandardSupport: "2025-07-23",
        endOfExtendedSupport: "2026-07-23",
        verification: "primary",
        sources: [
          "KV_0e7f",
          "KV_snap"
        ]
      },
      addons: {
        kubeProxy: {
          latestAddon: "v1.30.14-eksbuild.28",
          selfManagedImage: "v1.30.14-minimal-eksbuild.8",
          tagStyle: "minimal",
          sources: [
            "KP_0cc5",
            "KP_d9a9",
            "KP_ee60",
            "KP_cn_html",
            "KP_zh_md",
            "KP_ja_md",
            "EKSCTL_kubeproxy"
          ]
        },
        coredns: {
          defaultImage: "v1.11.1-eksbuild.8",
          latestAddon: "v1.11.4-eksbuild.33",
          minimum: "1.8.4",
          sources: [
            "EKSCTL_coredns",
            "SA_snap",
            "CD_a168",
            "CD_en_html",
            "CD_zh_md"
          ]
        },
        vpcCni: {
          minimum: "1.12.0",
          latestAddon: "v1.20.4-eksbuild.1",
          recommended: "1.16.0",
          sources: [
            "KVE_snap",
            "SA_snap",
            "CNI_e08c",
            "EKSCTL_awsnode",
            "CNI_ja_podnet",
            "CNI_md_1.34"
          ]
        }
      },
      amis: {
        al2: true,
        al2023: true,
        bottlerocket: true,
        windows: [
          "2019",
          "2022"
        ],
        al2023LatestRelease: "1.30.14-20260714",
        al2LastRelease: "1.30.14-20251209",
        defaultManagedNodeGroupAmi: "AL2023",
        sources: [
          "AMI_CL",
          "AMI_VARS",
          "AMI_README",
          "AMI_AL2_KERNEL",
          "AMI_AL2_DOCKER",
          "AMI_618",
          "BR_snap",
          "BR_idx",
          "EKSCTL_types",
          "KVS_snap"
        ]
      },
      runtime: {
        dockershim: false,
        containerdMinimum: "1.6.0",
        containerd2Required: false,
        cgroupV1KubeletFails: false,
        sources: [
          "KVE_snap",
          "KVS_0e7f",
          "EKSCTL_types",
          "AL2023_doc",
          "AL2023_cgroup_doc"
        ]
      },
      upgradeNotes: [
        {
          severity: "warning",
          text: "New managed node groups default to AL2023 (AMI type) instead of AL2.",
          sources: [
            "KVS_snap"
          ]
        },
        {
          severity: "warning",
          text: "gp2 StorageClass no longer annotated as default on new clusters.",
          sources: [
            "KVS_snap"
          ]
        },
        {
          severity: "warning",
          text: "Cluster IAM role needs ec2:DescribeAvailabilityZones.",
          sources: [
            "KVS_snap"
          ]
        },
        {
          severity: "info",
          text: "topology.k8s.aws/zone-id label added to nodes.",
          sources: [
            "KVS_snap"
          ]
        }
      ]
    },
    {
      version: "1.31",
      lifecycle: {
        upstreamRelease: "2024-08-13",
        eksRelease: "2024-09-26",
        endOfStandardSupport: "2025-11-26",
        endOfExtendedSupport: "2026-11-26",
        verification: "primary",
        sources: [
          "KV_0e7f",
          "KV_snap"
        ]
      },
      addons: {
        kubeProxy: {
          latestAddon: "v1.31.14-eksbuild.20",
          selfManagedImage: "v1.31.13-minimal-eksbuild.2",
          tagStyle: "minimal",
          sources: [
            "KP_0cc5",
            "KP_d9a9",
            "KP_ee60",
            "KP_cn_html",
            "KP_zh_md",
            "KP_ja_md",
            "EKSCTL_kubeproxy"
          ]
        },
        coredns: {
          defaultImage: "v1.11.3-eksbuild.1",
          latestAddon: "v1.11.4-eksbuild.33",
          minimum: "1.8.4",
          sources: [
            "EKSCTL_coredns",
            "SA_snap",
            "CD_a168",
            "CD_en_html",
            "CD_zh_md"
          ]
        },
        vpcCni: {
          minimum: "1.12.0",
          latestAddon: "v1.20.4-eksbuild.1",
          recommended: "1.16.4",
          sources: [
            "KVE_snap",
            "SA_snap",
            "CNI_e08c",
            "EKSCTL_awsnode",
            "CNI_ja_podnet",
            "CNI_md_1.34"
          ]
        }
      },
      amis: {
        al2: true,
        al2023: true,
        bottlerocket: true,
        windows: [
          "2019",
          "2022"
        ],
        al2023LatestRelease: "1.31.14-20260714",
        al2LastRelease: "1.31.13-20251209",
        defaultManagedNodeGroupAmi: "AL2023",
        sources: [
          "AMI_CL",
          "AMI_VARS",
          "AMI_README",
          "AMI_AL2_KERNEL",
          "AMI_AL2_DOCKER",
          "AMI_618",
          "BR_snap",
          "BR_idx",
          "EKSCTL_types",
          "KVS_snap"
        ]
      },
      runtime: {
        dockershim: false,
        containerdMinimum: "1.6.0",
        containerd2Required: false,
        cgroupV1KubeletFails: false,
        sources: [
          "KVE_snap",
          "KVS_0e7f",
          "EKSCTL_types",
          "AL2023_doc",
          "AL2023_cgroup_doc"
        ]
      },
      upgradeNotes: [
        {
          severity: "blocking",
          text: "kubelet flag --keep-terminated-pod-volumes removed; remove from bootstrap/launch templates.",
          sources: [
            "KVS_snap"
          ]
        },
        {
          severity: "info",
          text: "VolumeAttributesClass beta enabled (EBS CSI driver support required to use).",
          sources: [
            "KVS_snap"
          ]
        }
      ]
    },
    {
      version: "1.32",
      lifecycle: {
        upstreamRelease: "2024-12-11",
        eksRelease: "2025-01-23",
        endOfStandardSupport: "2026-03-23",
        endOfExtendedSupport: "2027-03-23",
        verification: "primary",
        sources: [
          "KV_0e7f",
          "KV_0138"
        ]
      },
      addons: {
        kubeProxy: {
          latestAddon: "v1.32.13-eksbuild.16",
          selfManagedImage: "v1.32.9-minimal-eksbuild.2",
          tagStyle: "minimal",
          sources: [
            "KP_0cc5",
            "KP_d9a9",
            "KP_ee60",
            "KP_cn_html",
            "KP_zh_md",
            "KP_ja_md",
            "EKSCTL_kubeproxy"
          ]
        },
        coredns: {
          defaultImage: "v1.11.4-eksbuild.2",
          latestAddon: "v1.11.4-eksbuild.33",
          minimum: "1.8.4",
          sources: [
            "EKSCTL_coredns",
            "SA_snap",
            "CD_a168",
            "CD_en_html",
            "CD_zh_md"
          ]
        },
        vpcCni: {
          minimum: "1.12.0",
          latestAddon: "v1.20.4-eksbuild.1",
          recommended: "1.17.1",
          sources: [
            "KVE_snap",
            "SA_snap",
            "CNI_e08c",
            "EKSCTL_awsnode",
            "CNI_ja_podnet",
            "CNI_md_1.34"
          ]
        }
      },
      amis: {
        al2: true,
        al2023: true,
        bottlerocket: true,
        windows: [
          "2019",
          "2022"
        ],
        al2023LatestRelease: "1.32.13-20260714",
        al2LastRelease: "1.32.9-20251209",
        defaultManagedNodeGroupAmi: "AL2023",
        sources: [
          "AMI_CL",
          "AMI_VARS",
          "AMI_README",
          "AMI_AL2_KERNEL",
          "AMI_AL2_DOCKER",
          "AMI_618",
          "BR_snap",
          "BR_idx",
          "EKSCTL_types",
          "KVS_snap"
        ]
      },
      runtime: {
        dockershim: false,
        containerdMinimum: "1.6.0",
        containerd2Required: false,
        cgroupV1KubeletFails: false,
        sources: [
          "KVE_snap",
          "KVS_0e7f",
          "EKSCTL_types",
          "AL2023_doc",
          "AL2023_cgroup_doc"
        ]
      },
      upgradeNotes: [
        {
          severity: "blocking",
          text: "flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema/PriorityLevelConfiguration removed.",
          sources: [
            "KVS_0e7f"
          ]
        },
        {
          severity: "blocking",
          text: "Last Kubernetes version with EKS-optimized AL2 AMIs; 1.33+ has only AL2023/Bottlerocket (and Windows).",
          sources: [
            "KVS_0e7f",
            "EKSUP",
            "EKSCTL_types"
          ]
        },
        {
          severity: "warning",
          text: "Anonymous auth restricted to /healthz, /livez, /readyz.",
          sources: [
            "KVS_0e7f"
          ]
        },
        {
          severity: "info",
          text: "ServiceAccount annotation kubernetes.io/enforce-mountable-secrets deprecated.",
          sources: [
            "KVS_0e7f"
          ]
        }
      ]
    },
    {
      version: "1.33",
      lifecycle: {
        upstreamRelease: "2025-04-23",
        eksRelease: "2025-05-29",
        endOfStandardSupport: "2026-07-29",
        endOfExtendedSupport: "2027-07-29",
        verification: "primary",
        sources: [
          "KV_0e7f",
          "KV_0138"
        ]
      },
      addons: {
        kubeProxy: {
          latestAddon: "v1.33.10-eksbuild.13",
          selfManagedImage: "v1.33.5-minimal-eksbuild.2",
          tagStyle: "minimal",
          sources: [
            "KP_0cc5",
            "KP_d9a9",
            "KP_ee60",
            "KP_cn_html",
            "KP_zh_md",
            "KP_ja_md",
            "EKSCTL_kubeproxy"
          ]
        },
        coredns: {
          defaultImage: "v1.12.1-eksbuild.2",
          latestAddon: "v1.13.2-eksbuild.4",
          minimum: "1.8.4",
          sources: [
            "EKSCTL_coredns",
            "SA_snap",
            "CD_en_html",
            "CD_ja_html",
            "CD_zh_md"
          ]
        },
        vpcCni: {
          minimum: "1.12.0",
          latestAddon: "v1.20.4-eksbuild.1",
          recommended: "1.17.1",
          sources: [
            "KVE_snap",
            "SA_snap",
            "CNI_e08c",
            "EKSCTL_awsnode",
            "CNI_ja_podnet",
            "CNI_md_1.34"
          ]
        }
      },
      amis: {
        al2: false,
        al2023: true,
        bottlerocket: true,
        windows: [
          "2019",
          "2022"
        ],
        al2023LatestRelease: "1.33.13-20260714",
        al2LastRelease: null,
        defaultManagedNodeGroupAmi: "AL2023",
        sources: [
          "AMI_CL",
          "AMI_VARS",
          "AMI_README",
          "AMI_AL2_KERNEL",
          "AMI_AL2_DOCKER",
          "AMI_618",
          "BR_snap",
          "BR_idx",
          "EKSCTL_types",
          "KVS_snap"
        ]
      },
      runtime: {
        dockershim: false,
        containerdMinimum: "1.6.0",
        containerd2Required: false,
        cgroupV1KubeletFails: false,
        sources: [
          "KVE_snap",
          "KVS_0e7f",
          "EKSCTL_types",
          "AL2023_doc",
          "AL2023_cgroup_doc"
        ]
      },
      upgradeNotes: [
        {
          severity: "blocking",
          text: "No EKS-optimized AL2 AMI for 1.33 (eksctl errors on amiFamily AmazonLinux2 for >=1.33).",
          sources: [
            "KVS_0e7f",
            "EKSCTL_types"
          ]
        },
        {
          severity: "info",
          text: "DRA beta API enabled; Endpoints API deprecated (use EndpointSlice); sidecar containers stable.",
          sources: [
            "KVS_0e7f"
          ]
        }
      ]
    },
    {
      version: "1.34",
      lifecycle: {
        upstreamRelease: "2025-08-27",
        eksRelease: "2025-10-02",
        endOfStandardSupport: "2026-12-02",
        endOfExtendedSupport: "2027-12-02",
        verification: "primary",
        sources: [
          "KV_0e7f",
          "KV_0138"
        ]
      },
      addons: {
        kubeProxy: {
          latestAddon: "v1.34.6-eksbuild.13",
          selfManagedImage: "v1.34.1-eksbuild.2",
          tagStyle: "plain",
          sources: [
            "KP_0cc5",
            "KP_d9a9",
            "KP_ee60",
            "KP_cn_html",
            "KP_zh_md",
            "KP_ja_md",
            "EKSCTL_kubeproxy"
          ]
        },
        coredns: {
          defaultImage: "v1.12.4-eksbuild.1",
          latestAddon: "v1.13.2-eksbuild.7",
          minimum: "1.8.4",
          sources: [
            "EKSCTL_coredns",
            "SA_snap",
            "CD_cn_en_md",
            "CD_en_html",
            "CD_zh_md"
          ]
        },
        vpcCni: {
          minimum: "1.12.0",
          latestAddon: "v1.20.4-eksbuild.1",
          recommended: null,
          sources: [
            "KVE_snap",
            "SA_snap",
            "CNI_e08c",
            "EKSCTL_awsnode",
            "CNI_md_1.34"
          ]
        }
      },
      amis: {
        al2: false,
        al2023: true,
        bottlerocket: true,
        windows: [
          "2019",
          "2022"
        ],
        al2023LatestRelease: "1.34.9-20260714",
        al2LastRelease: null,
        defaultManagedNodeGroupAmi: "AL2023",
        sources: [
          "AMI_CL",
          "AMI_VARS",
          "AMI_README",
          "AMI_AL2_KERNEL",
          "AMI_AL2_DOCKER",
          "AMI_618",
          "BR_snap",
          "BR_idx",
          "EKSCTL_types",
          "KVS_snap"
        ]
      },
      runtime: {
        dockershim: false,
        containerdMinimum: "1.6.0",
        containerd2Required: false,
        cgroupV1KubeletFails: false,
        sources: [
          "KVE_snap",
          "KVS_0e7f",
          "EKSCTL_types",
          "AL2023_doc",
          "AL2023_cgroup_doc"
        ]
      },
      upgradeNotes: [
        {
          severity: "warning",
          text: "containerd 2.1 at launch (AL2023/Bottlerocket).",
          sources: [
            "KVS_0e7f",
            "AMI_CL",
            "BR_idx"
          ]
        },
        {
          severity: "warning",
          text: "AppArmor deprecated; VolumeAttributesClass GA (storage.k8s.io/v1); AWS patches sidecars for beta VAC only until end of 1.33 standard support (2026-07-29).",
          sources: [
            "KVS_0e7f"
          ]
        },
        {
          severity: "info",
          text: "kube-proxy image tags no longer carry '-minimal-' (e.g. v1.34.1-eksbuild.2).",
          sources: [
            "EKSCTL_kubeproxy",
            "KP_pr1146",
            "KP_cn_html"
          ]
        },
        {
          severity: "info",
          text: "Manual kubelet cgroup driver configuration deprecated.",
          sources: [
            "KVS_0e7f"
          ]
        }
      ]
    },
    {
      version: "1.35",
      lifecycle: {
        upstreamRelease: "2025-12-17",
        eksRelease: "2026-01-27",
        endOfStandardSupport: "2027-03-27",
        endOfExtendedSupport: "2028-03-27",
        verification: "primary",
        sources: [
          "KV_0e7f"
        ]
      },
      addons: {
        kubeProxy: {
          latestAddon: "v1.35.3-eksbuild.13",
          selfManagedImage: null,
          tagStyle: "plain",
          sources: [
            "KP_0cc5",
            "KP_d9a9",
            "KP_ee60",
            "KP_cn_html",
            "KP_zh_md",
            "KP_ja_md",
            "EKSCTL_kubeproxy"
          ]
        },
        coredns: {
          defaultImage: "v1.13.2-eksbuild.1",
          latestAddon: "v1.14.2-eksbuild.4",
          minimum: "1.8.4",
          sources: [
            "EKSCTL_coredns",
            "SA_snap",
            "CD_cn_en_md",
            "CD_zh_md"
          ]
        },
        vpcCni: {
          minimum: "1.12.0",
          latestAddon: null,
          recommended: null,
          sources: [
            "KVE_snap",
            "SA_snap",
            "CNI_e08c",
            "EKSCTL_awsnode"
          ]
        }
      },
      amis: {
        al2: false,
        al2023: true,
        bottlerocket: true,
        windows: [
          "2019",
          "2022",
          "2025"
        ],
        al2023LatestRelease: "1.35.6-20260714",
        al2LastRelease: null,
        defaultManagedNodeGroupAmi: "AL2023",
        sources: [
          "AMI_CL",
          "AMI_VARS",
          "AMI_README",
          "AMI_AL2_KERNEL",
          "AMI_AL2_DOCKER",
          "AMI_618",
          "BR_snap",
          "BR_idx",
          "EKSCTL_types",
          "KVS_snap"
        ]
      },
      runtime: {
        dockershim: false,
        containerdMinimum: "1.6.0",
        containerd2Required: false,
        cgroupV1KubeletFails: true,
        sources: [
          "KVE_snap",
          "KVS_0e7f",
          "EKSCTL_types",
          "AL2023_doc",
          "AL2023_cgroup_doc"
        ]
      },
      upgradeNotes: [
        {
          severity: "blocking",
          text: "kubelet refuses to start on cgroup v1 hosts by default (failCgroupV1). AL2023 uses cgroup v2; Bottlerocket sets failCgroupV1=false; Fargate still cgroup v1.",
          sources: [
            "KVS_0e7f",
            "KVS_136"
          ]
        },
        {
          severity: "blocking",
          text: "Last release supporting containerd 1.x: nodes must run containerd >= 2.0 before upgrading to 1.36.",
          sources: [
            "KVS_0e7f"
          ]
        },
        {
          severity: "blocking",
          text: "kubelet --pod-infra-container-image flag removed (custom AMIs).",
          sources: [
            "KVS_0e7f"
          ]
        },
        {
          severity: "warning",
          text: "kube-proxy IPVS mode is deprecated upstream (KEP-5495): kube-proxy warns at start-up. It keeps working; the plan is the KubeProxyIPVS gate off by default in 1.40 and locked off in 1.43. Plan a move to nftables (or iptables) mode.",
          sources: [
            "correction-ipvs"
          ]
        },
        {
          severity: "warning",
          text: "Ingress NGINX retired upstream (March 2026).",
          sources: [
            "KVS_136",
            "EKSUP"
          ]
        },
        {
          severity: "info",
          text: "Windows Server 2025 EKS-optimized AMIs supported from 1.35 (eksctl WindowsServer2025* requires >=1.35).",
          sources: [
            "KVS_0e7f",
            "EKSCTL_ssm"
          ]
        }
      ]
    },
    {
      version: "1.36",
      lifecycle: {
        upstreamRelease: "2026-04-22",
        eksRelease: "2026-06-02",
        endOfStandardSupport: "2027-08-02",
        endOfExtendedSupport: "2028-08-02",
        verification: "secondary",
        sources: [
          "KV136_secondary"
        ]
      },
      addons: {
        kubeProxy: {
          latestAddon: "v1.36.0-eksbuild.14",
          selfManagedImage: null,
          tagStyle: "plain",
          sources: [
            "KP_0cc5",
            "KP_d9a9",
            "KP_ee60",
            "KP_cn_html",
            "KP_zh_md",
            "KP_ja_md",
            "EKSCTL_kubeproxy"
          ]
        },
        coredns: {
          defaultImage: "v1.14.3-eksbuild.3",
          latestAddon: "v1.14.3-eksbuild.11",
          minimum: "1.8.4",
          sources: [
            "EKSCTL_coredns",
            "SA_snap"
          ]
        },
        vpcCni: {
          minimum: "1.12.0",
          latestAddon: null,
          recommended: null,
          sources: [
            "KVE_snap",
            "SA_snap",
            "CNI_e08c",
            "EKSCTL_awsnode"
          ]
        }
      },
      amis: {
        al2: false,
        al2023: true,
        bottlerocket: true,
        windows: [
          "2019",
          "2022",
          "2025"
        ],
        al2023LatestRelease: "1.36.2-20260714",
        al2LastRelease: null,
        defaultManagedNodeGroupAmi: "AL2023",
        sources: [
          "AMI_CL",
          "AMI_VARS",
          "AMI_README",
          "AMI_AL2_KERNEL",
          "AMI_AL2_DOCKER",
          "AMI_618",
          "BR_snap",
          "BR_idx",
          "EKSCTL_types",
          "KVS_snap"
        ]
      },
      runtime: {
        dockershim: false,
        containerdMinimum: "2.0",
        containerd2Required: true,
        cgroupV1KubeletFails: true,
        sources: [
          "KVE_snap",
          "KVS_0e7f",
          "EKSCTL_types",
          "AL2023_doc",
          "AL2023_cgroup_doc"
        ]
      },
      upgradeNotes: [
        {
          severity: "blocking",
          text: "gitRepo volume type permanently disabled (kubelet refuses Pods using it).",
          sources: [
            "KVS_136"
          ]
        },
        {
          severity: "blocking",
          text: "SELinux volume labeling via mount -o context now default for all volumes; audit seLinuxChangePolicy.",
          sources: [
            "KVS_136"
          ]
        },
        {
          severity: "blocking",
          text: "StrictIPCIDRValidation on by default: IPs with leading zeros / non-canonical CIDRs rejected on create/update of built-in kinds.",
          sources: [
            "KVS_136"
          ]
        },
        {
          severity: "warning",
          text: "Service .spec.externalIPs deprecated (removal planned 1.43).",
          sources: [
            "KVS_136"
          ]
        },
        {
          severity: "info",
          text: "kube-proxy IPVS mode is still available in 1.36 (deprecated since 1.35, KEP-5495; removal planned for 1.43): nothing has to change for this upgrade.",
          sources: [
            "correction-ipvs"
          ]
        },
        {
          severity: "info",
          text: "AL2023 AMIs for 1.36 use kernel 6.18.",
          sources: [
            "AMI_CL",
            "AMI_618"
          ]
        }
      ]
    }
  ],
  removedApis: [
    {
      apiVersion: "extensions/v1beta1",
      kinds: [
        "NetworkPolicy"
      ],
      deprecatedIn: "1.9",
      removedIn: "1.16",
      replacement: "networking.k8s.io/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "extensions/v1beta1",
      kinds: [
        "DaemonSet"
      ],
      deprecatedIn: "1.9",
      removedIn: "1.16",
      replacement: "apps/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "apps/v1beta2",
      kinds: [
        "DaemonSet"
      ],
      deprecatedIn: "1.9",
      removedIn: "1.16",
      replacement: "apps/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "extensions/v1beta1",
      kinds: [
        "Deployment"
      ],
      deprecatedIn: "1.9",
      removedIn: "1.16",
      replacement: "apps/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "apps/v1beta1",
      kinds: [
        "Deployment"
      ],
      deprecatedIn: "1.9",
      removedIn: "1.16",
      replacement: "apps/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "apps/v1beta2",
      kinds: [
        "Deployment"
      ],
      deprecatedIn: "1.9",
      removedIn: "1.16",
      replacement: "apps/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "apps/v1beta1",
      kinds: [
        "StatefulSet"
      ],
      deprecatedIn: "1.9",
      removedIn: "1.16",
      replacement: "apps/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "apps/v1beta2",
      kinds: [
        "StatefulSet"
      ],
      deprecatedIn: "1.9",
      removedIn: "1.16",
      replacement: "apps/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "extensions/v1beta1",
      kinds: [
        "ReplicaSet"
      ],
      deprecatedIn: null,
      removedIn: "1.16",
      replacement: "apps/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "apps/v1beta1",
      kinds: [
        "ReplicaSet"
      ],
      deprecatedIn: null,
      removedIn: "1.16",
      replacement: "apps/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "apps/v1beta2",
      kinds: [
        "ReplicaSet"
      ],
      deprecatedIn: null,
      removedIn: "1.16",
      replacement: "apps/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "extensions/v1beta1",
      kinds: [
        "PodSecurityPolicy"
      ],
      deprecatedIn: "1.10",
      removedIn: "1.16",
      replacement: "policy/v1beta1",
      notes: "Not in the upstream guide's v1.16 list (pluto + kube-no-trouble); policy/v1beta1 PSP itself removed in 1.25.",
      sources: [
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "admissionregistration.k8s.io/v1beta1",
      kinds: [
        "MutatingWebhookConfiguration",
        "ValidatingWebhookConfiguration"
      ],
      deprecatedIn: "1.16",
      removedIn: "1.22",
      replacement: "admissionregistration.k8s.io/v1",
      notes: "v1 defaults differ: failurePolicy Fail, matchPolicy Equivalent, timeoutSeconds 10s; sideEffects and admissionReviewVersions required.",
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "apiextensions.k8s.io/v1beta1",
      kinds: [
        "CustomResourceDefinition"
      ],
      deprecatedIn: "1.16",
      removedIn: "1.22",
      replacement: "apiextensions.k8s.io/v1",
      notes: "v1 requires structural schema and explicit spec.scope.",
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "apiregistration.k8s.io/v1beta1",
      kinds: [
        "APIService"
      ],
      deprecatedIn: "1.10",
      removedIn: "1.22",
      replacement: "apiregistration.k8s.io/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "authentication.k8s.io/v1beta1",
      kinds: [
        "TokenReview"
      ],
      deprecatedIn: "1.6",
      removedIn: "1.22",
      replacement: "authentication.k8s.io/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "authorization.k8s.io/v1beta1",
      kinds: [
        "LocalSubjectAccessReview",
        "SelfSubjectAccessReview",
        "SubjectAccessReview",
        "SelfSubjectRulesReview"
      ],
      deprecatedIn: null,
      removedIn: "1.22",
      replacement: "authorization.k8s.io/v1",
      notes: "spec.group renamed spec.groups in v1.",
      sources: [
        "K8S_GUIDE",
        "KUBENT"
      ]
    },
    {
      apiVersion: "certificates.k8s.io/v1beta1",
      kinds: [
        "CertificateSigningRequest"
      ],
      deprecatedIn: "1.19",
      removedIn: "1.22",
      replacement: "certificates.k8s.io/v1",
      notes: "spec.signerName and spec.usages required in v1.",
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "coordination.k8s.io/v1beta1",
      kinds: [
        "Lease"
      ],
      deprecatedIn: "1.14",
      removedIn: "1.22",
      replacement: "coordination.k8s.io/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "extensions/v1beta1",
      kinds: [
        "Ingress"
      ],
      deprecatedIn: "1.14",
      removedIn: "1.22",
      replacement: "networking.k8s.io/v1",
      notes: "spec.backend->spec.defaultBackend; serviceName/servicePort->service.name/service.port; pathType required.",
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "networking.k8s.io/v1beta1",
      kinds: [
        "Ingress"
      ],
      deprecatedIn: "1.19",
      removedIn: "1.22",
      replacement: "networking.k8s.io/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "networking.k8s.io/v1beta1",
      kinds: [
        "IngressClass"
      ],
      deprecatedIn: "1.19",
      removedIn: "1.22",
      replacement: "networking.k8s.io/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "rbac.authorization.k8s.io/v1beta1",
      kinds: [
        "ClusterRole",
        "ClusterRoleBinding",
        "Role",
        "RoleBinding"
      ],
      deprecatedIn: "1.17",
      removedIn: "1.22",
      replacement: "rbac.authorization.k8s.io/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "rbac.authorization.k8s.io/v1alpha1",
      kinds: [
        "ClusterRole",
        "ClusterRoleBinding",
        "Role",
        "RoleBinding"
      ],
      deprecatedIn: "1.17",
      removedIn: "1.22",
      replacement: "rbac.authorization.k8s.io/v1",
      notes: "Per pluto; not in upstream guide list.",
      sources: [
        "PLUTO"
      ]
    },
    {
      apiVersion: "scheduling.k8s.io/v1beta1",
      kinds: [
        "PriorityClass"
      ],
      deprecatedIn: "1.14",
      removedIn: "1.22",
      replacement: "scheduling.k8s.io/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "storage.k8s.io/v1beta1",
      kinds: [
        "CSIDriver"
      ],
      deprecatedIn: "1.19",
      removedIn: "1.22",
      replacement: "storage.k8s.io/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "storage.k8s.io/v1beta1",
      kinds: [
        "CSINode"
      ],
      deprecatedIn: "1.17",
      removedIn: "1.22",
      replacement: "storage.k8s.io/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "storage.k8s.io/v1beta1",
      kinds: [
        "StorageClass"
      ],
      deprecatedIn: "1.6",
      removedIn: "1.22",
      replacement: "storage.k8s.io/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "storage.k8s.io/v1beta1",
      kinds: [
        "VolumeAttachment"
      ],
      deprecatedIn: "1.13",
      removedIn: "1.22",
      replacement: "storage.k8s.io/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "client.authentication.k8s.io/v1alpha1",
      kinds: [
        "ExecCredential"
      ],
      deprecatedIn: null,
      removedIn: "1.24",
      replacement: "client.authentication.k8s.io/v1beta1 (or v1)",
      notes: "Client-side (kubeconfig exec plugins, e.g. old aws-iam-authenticator / aws eks get-token configs); not a served API object. EKS 1.24 note.",
      sources: [
        "EKS_KVE"
      ]
    },
    {
      apiVersion: "audit.k8s.io/v1alpha1",
      kinds: [
        "Policy",
        "Event"
      ],
      deprecatedIn: "1.21",
      removedIn: "1.24",
      replacement: "audit.k8s.io/v1",
      notes: "Audit policy file format (control-plane side; managed by EKS). Pluto only.",
      sources: [
        "PLUTO"
      ]
    },
    {
      apiVersion: "audit.k8s.io/v1beta1",
      kinds: [
        "Policy",
        "Event"
      ],
      deprecatedIn: "1.21",
      removedIn: "1.24",
      replacement: "audit.k8s.io/v1",
      notes: "Audit policy file format; not user-facing on EKS. Pluto only.",
      sources: [
        "PLUTO"
      ]
    },
    {
      apiVersion: "batch/v1beta1",
      kinds: [
        "CronJob"
      ],
      deprecatedIn: "1.21",
      removedIn: "1.25",
      replacement: "batch/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT",
        "EKS_KVE"
      ]
    },
    {
      apiVersion: "discovery.k8s.io/v1beta1",
      kinds: [
        "EndpointSlice"
      ],
      deprecatedIn: "1.21",
      removedIn: "1.25",
      replacement: "discovery.k8s.io/v1",
      notes: "topology map replaced by nodeName/zone fields.",
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT",
        "EKS_KVE"
      ]
    },
    {
      apiVersion: "events.k8s.io/v1beta1",
      kinds: [
        "Event"
      ],
      deprecatedIn: "1.19",
      removedIn: "1.25",
      replacement: "events.k8s.io/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO"
      ]
    },
    {
      apiVersion: "autoscaling/v2beta1",
      kinds: [
        "HorizontalPodAutoscaler"
      ],
      deprecatedIn: "1.22",
      removedIn: "1.25",
      replacement: "autoscaling/v2",
      notes: "EKS 1.25 note says deprecated in 1.23; pluto says 1.22.",
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT",
        "EKS_KVE"
      ]
    },
    {
      apiVersion: "policy/v1beta1",
      kinds: [
        "PodDisruptionBudget"
      ],
      deprecatedIn: "1.21",
      removedIn: "1.25",
      replacement: "policy/v1",
      notes: "Empty spec.selector selects all pods in v1.",
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "policy/v1beta1",
      kinds: [
        "PodSecurityPolicy"
      ],
      deprecatedIn: "1.21",
      removedIn: "1.25",
      replacement: null,
      notes: "No replacement API: migrate to Pod Security Admission (namespace labels) or a 3rd-party admission webhook.",
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT",
        "EKS_KVE"
      ]
    },
    {
      apiVersion: "node.k8s.io/v1beta1",
      kinds: [
        "RuntimeClass"
      ],
      deprecatedIn: "1.22",
      removedIn: "1.25",
      replacement: "node.k8s.io/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "flowcontrol.apiserver.k8s.io/v1beta1",
      kinds: [
        "FlowSchema",
        "PriorityLevelConfiguration"
      ],
      deprecatedIn: "1.23",
      removedIn: "1.26",
      replacement: "flowcontrol.apiserver.k8s.io/v1beta2 (later v1beta3 / v1)",
      notes: "Pluto also lists v1beta1 FlowSchema/PLC with removed-in 1.29 (inconsistent with upstream guide: 1.26). kube-no-trouble suggests flowcontrol.apiserver.k8s.io/v1beta3.",
      sources: [
        "K8S_GUIDE",
        "KUBENT",
        "PLUTO"
      ]
    },
    {
      apiVersion: "autoscaling/v2beta2",
      kinds: [
        "HorizontalPodAutoscaler"
      ],
      deprecatedIn: "1.23",
      removedIn: "1.26",
      replacement: "autoscaling/v2",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT",
        "EKS_KVE"
      ]
    },
    {
      apiVersion: "storage.k8s.io/v1beta1",
      kinds: [
        "CSIStorageCapacity"
      ],
      deprecatedIn: "1.24",
      removedIn: "1.27",
      replacement: "storage.k8s.io/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "PLUTO",
        "KUBENT"
      ]
    },
    {
      apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2",
      kinds: [
        "FlowSchema",
        "PriorityLevelConfiguration"
      ],
      deprecatedIn: "1.26",
      removedIn: "1.29",
      replacement: "flowcontrol.apiserver.k8s.io/v1 (or v1beta3 until 1.32)",
      notes: "PriorityLevelConfiguration spec.limited.assuredConcurrencyShares renamed nominalConcurrencyShares.",
      sources: [
        "K8S_GUIDE",
        "KUBENT",
        "PLUTO",
        "EKS_KVE"
      ]
    },
    {
      apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3",
      kinds: [
        "FlowSchema",
        "PriorityLevelConfiguration"
      ],
      deprecatedIn: "1.29",
      removedIn: "1.32",
      replacement: "flowcontrol.apiserver.k8s.io/v1",
      notes: null,
      sources: [
        "K8S_GUIDE",
        "KUBENT",
        "PLUTO",
        "EKS_KVS"
      ]
    },
    {
      apiVersion: "admissionregistration.k8s.io/v1alpha1",
      kinds: [
        "ValidatingAdmissionPolicy",
        "ValidatingAdmissionPolicyBinding"
      ],
      deprecatedIn: "1.28",
      removedIn: "1.33",
      replacement: "admissionregistration.k8s.io/v1",
      notes: "Alpha API; EKS does not support alpha features. Pluto only.",
      sources: [
        "PLUTO"
      ]
    },
    {
      apiVersion: "resource.k8s.io/v1alpha3",
      kinds: [
        "ResourceSlice",
        "ResourceClaim",
        "DeviceClass",
        "ResourceClaimTemplate"
      ],
      deprecatedIn: "1.32",
      removedIn: "1.34",
      replacement: "resource.k8s.io/v1",
      notes: "DRA alpha; not enabled on EKS. Pluto only.",
      sources: [
        "PLUTO"
      ]
    },
    {
      apiVersion: "resource.k8s.io/v1beta1",
      kinds: [
        "ResourceSlice",
        "ResourceClaim",
        "DeviceClass",
        "ResourceClaimTemplate"
      ],
      deprecatedIn: "1.35",
      removedIn: "1.38",
      replacement: "resource.k8s.io/v1 (GA since 1.34)",
      notes: "Dynamic Resource Allocation beta. The shared data copied pluto's removal in 1.36, a false blocking error for clusters using DRA on 1.36.",
      sources: [
        "correction-dra-v1beta1"
      ]
    },
    {
      apiVersion: "storage.k8s.io/v1alpha1",
      kinds: [
        "VolumeAttributesClass"
      ],
      deprecatedIn: "1.31",
      removedIn: "1.35",
      replacement: "storage.k8s.io/v1",
      notes: "Alpha. Pluto only.",
      sources: [
        "PLUTO"
      ]
    },
    {
      apiVersion: "storage.k8s.io/v1beta1",
      kinds: [
        "VolumeAttributesClass"
      ],
      deprecatedIn: "1.34",
      removedIn: null,
      replacement: "storage.k8s.io/v1",
      notes: "Deprecated 1.34 (VAC GA). Removal version not yet set in pluto; EKS keeps AWS-managed CSI sidecars on beta VAC until 2026-07-29.",
      sources: [
        "PLUTO",
        "EKS_KVS"
      ]
    },
    {
      apiVersion: "storagemigration.k8s.io/v1alpha1",
      kinds: [
        "StorageVersionMigration"
      ],
      deprecatedIn: "1.35",
      removedIn: "1.35",
      replacement: "storagemigration.k8s.io/v1beta1",
      notes: "Alpha. Pluto only.",
      sources: [
        "PLUTO"
      ]
    },
    {
      apiVersion: "snapshot.storage.k8s.io/v1beta1",
      kinds: [
        "VolumeSnapshot",
        "VolumeSnapshotClass",
        "VolumeSnapshotContent"
      ],
      deprecatedIn: null,
      removedIn: null,
      replacement: "snapshot.storage.k8s.io/v1",
      notes: "CRD-based (external-snapshotter), not a core API; kube-no-trouble lists under 'future'.",
      sources: [
        "KUBENT"
      ]
    }
  ],
  sources: {
    AL2023_cgroup_doc: {
      url: "https://docs.aws.amazon.com/linux/al2023/ug/cgroupv2.html",
      note: "'AL2 supports cgroupv1, and AL2023 supports cgroupv2' (public docs)"
    },
    AL2023_doc: {
      repo: "awsdocs/amazon-eks-user-guide",
      path: "latest/ug/nodes/al2023.adoc",
      commit: "4d52b4d05e3478582e7d10a73cbd9ba9194dd5f7",
      note: "AL2023: nodeadm, IMDSv2 hop limit 1, cgroup v2"
    },
    AMI_618: {
      repo: "awslabs/amazon-eks-ami",
      path: "templates/al2023/variables-default.json",
      commit: "2bed73dc4fafb502298fa67534dc53a030e56b21",
      note: "2026-03-18 'default new kubernetes versions to 6.18 kernel' (1.33-1.35 pinned to 6.12)"
    },
    AMI_AL2_DOCKER: {
      repo: "awslabs/amazon-eks-ami",
      path: "templates/al2/provisioners/install-worker.sh; templates/al2/runtime/bootstrap.sh",
      commit: "b22890309b36fc112b7ddb05668b6e1541faccbc^",
      note: "INSTALL_DOCKER only if k8s < 1.25; containerd is default and only runtime for >=1.24"
    },
    AMI_AL2_KERNEL: {
      repo: "awslabs/amazon-eks-ami",
      path: "templates/al2/provisioners/upgrade-kernel.sh",
      commit: "6cb4e322dd75f757e0850ab87fb2d3158daede61",
      note: "2024-03-18: before: 5.4 for <1.24, 5.10 for >=1.24; after: 5.10 for all"
    },
    AMI_AL2_REMOVED: {
      repo: "awslabs/amazon-eks-ami",
      path: "templates/al2/*",
      commit: "b22890309b36fc112b7ddb05668b6e1541faccbc",
      note: "2026-03-04 'chore: remove AL2 support'"
    },
    AMI_CL: {
      repo: "awslabs/amazon-eks-ami",
      path: "CHANGELOG.md",
      commit: "81fec2e895854f599974fe4d3d72f61c0a9aaffa",
      note: "snapshot HEAD 2026-07-23; newest release v20260714; 189 release sections parsed"
    },
    AMI_README: {
      repo: "awslabs/amazon-eks-ami",
      path: "README.md; doc/usage/al2.md",
      commit: "81fec2e895854f599974fe4d3d72f61c0a9aaffa",
      note: "'Amazon EKS stopped publishing EKS-optimized Amazon Linux 2 (AL2) AMIs on November 26, 2025' (added f8d05f4c 2025-11-28)"
    },
    AMI_VARS: {
      repo: "awslabs/amazon-eks-ami",
      path: "templates/al2023/variables-<minor>.json, variables-default.json",
      commit: "81fec2e895854f599974fe4d3d72f61c0a9aaffa"
    },
    BR_idx: {
      repo: "bottlerocket-os/bottlerocket",
      path: "variants/aws-k8s-<minor>/Cargo.toml",
      commit: "85ba1949 (1.32), 34eb273e (1.33,1.34,1.36), 5549d01f (1.35)",
      note: "index versions; variants exist up to aws-k8s-1.37"
    },
    BR_snap: {
      repo: "bottlerocket-os/bottlerocket",
      path: "variants/aws-k8s-<minor>/Cargo.toml",
      commit: "91632ff50cafaae1d5b3710a8f799141b5966595",
      note: "snapshot HEAD 2024-10-24 (1.24-1.31); 1.23 read at a81fd0ee^"
    },
    CD_a168: {
      repo: "awsdocs/amazon-eks-user-guide",
      path: "latest/ug/networking/managing-coredns.adoc",
      commit: "a168ae801a5a5dd04b7c659fd88064588dabb503",
      note: "snapshot (1.23-1.32)"
    },
    CD_cn_en_md: {
      url: "https://docs.amazonaws.cn/en_us/eks/latest/userguide/managing-coredns.md",
      note: "public doc snapshot (1.35 v1.14.2-eksbuild.4, 1.34 v1.13.2-eksbuild.7; rest truncated)"
    },
    CD_en_html: {
      url: "https://docs.aws.amazon.com/eks/latest/userguide/managing-coredns.html",
      note: "public doc snapshot (1.28-1.34)"
    },
    CD_ja_html: {
      url: "https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/managing-coredns.html",
      note: "public doc snapshot (1.26-1.33)"
    },
    CD_zh_md: {
      url: "https://docs.amazonaws.cn/zh_cn/eks/latest/userguide/managing-coredns.md",
      note: "public doc snapshot (1.30-1.35)"
    },
    CNI_e08c: {
      repo: "awsdocs/amazon-eks-user-guide",
      path: "latest/ug/networking/managing-vpc-cni.adoc",
      commit: "e08cb9eaa4c43d032f4938b22b7a77693b9275c3",
      note: "snapshot (1.24-1.32: v1.19.2-eksbuild.5)"
    },
    CNI_ja_html: {
      url: "https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/managing-vpc-cni.html",
      note: "snapshot (1.23 v1.18.5-eksbuild.1; 1.24-1.31 v1.19.0-eksbuild.1; 1.32 v1.19.2-eksbuild.1)"
    },
    CNI_ja_podnet: {
      url: "https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/pod-networking.html",
      note: "snapshot (1.27-1.33: v1.20.1-eksbuild.3)"
    },
    "CNI_md_1.34": {
      url: "(archived markdown export of managing-vpc-cni page; public copy)",
      note: "snapshot (1.28-1.34: v1.20.4-eksbuild.1); repo/commit not reported"
    },
    EKSCTL_awsnode: {
      repo: "eksctl-io/eksctl",
      path: "pkg/addons/default/assets/aws-node.yaml",
      commit: "99984adb6164ece593c0728523b7f497ea61d60e",
      note: "amazon-k8s-cni:v1.23.0 (b5c4a9eb2, 2026-08-12)"
    },
    EKSCTL_coredns: {
      repo: "eksctl-io/eksctl",
      path: "pkg/addons/default/assets/coredns-<minor>.json",
      commit: "99984adb6164ece593c0728523b7f497ea61d60e",
      note: "latest image tags as of commit 03c9a0a17 (2026-08-20); 'initial' = tag in the commit that added the asset (git log --diff-filter=A)"
    },
    EKSCTL_kubeproxy: {
      repo: "eksctl-io/eksctl",
      path: "pkg/addons/default/kube_proxy.go",
      commit: "90fa7603df045597ec8e53d39a2acf52440a9f67",
      note: "2025-10-28: 'Kube-proxy stopped publishing minimal versions after 1.34+' (no -minimal- tag for >=1.34)"
    },
    EKSCTL_ssm: {
      repo: "eksctl-io/eksctl",
      path: "pkg/ami/ssm_resolver.go",
      commit: "99984adb6164ece593c0728523b7f497ea61d60e"
    },
    EKSCTL_types: {
      repo: "eksctl-io/eksctl",
      path: "pkg/apis/eksctl.io/v1alpha5/types.go; defaults.go",
      commit: "99984adb6164ece593c0728523b7f497ea61d60e",
      note: "snapshot HEAD 2026-08-21; AmazonLinux2EOLVersion=1.33, DockershimDeprecationVersion=1.24, DefaultVersion=1.34, DefaultNodeImageFamily=AmazonLinux2023"
    },
    EKSUP: {
      repo: "clowdhaus/eksup",
      path: "eksup/src/eks/checks.rs; eksup/src/k8s/checks.rs; docs/info/checks.md; eksup/src/version.rs",
      commit: "0939021bd3685ad1bf91bc99b094810b7977dda4",
      note: "2026-03-23; EKS008 AL2 (deprecated 1.32, removed 1.33+), K8S012 kube-proxy IPVS (deprecated 1.35, removed 1.36), MINIMUM=1.30 LATEST=1.35"
    },
    EKS_KVE: {
      repo: "awsdocs/amazon-eks-user-guide",
      path: "latest/ug/clusters/kubernetes-versions-extended.adoc",
      commit: "4d52b4d05e3478582e7d10a73cbd9ba9194dd5f7"
    },
    EKS_KVS: {
      repo: "awsdocs/amazon-eks-user-guide",
      path: "latest/ug/versioning/kubernetes-versions-standard.adoc",
      commit: "0e7fca3762579493a98cb32ab54b137ab194a2d7"
    },
    K8S_GUIDE: {
      repo: "kubernetes/website",
      path: "content/en/docs/reference/using-api/deprecation-guide.md",
      commit: null,
      note: "newest archived version (public copy) has sections v1.32, v1.29, v1.27, v1.26, v1.25, v1.22, v1.16; tool did not report its commit. Older stored versions: 6a6fc841d44f14914bd4440cb365d6cf9d119947, 02afb71016ac558fc5836738711e78e77b1ad44a"
    },
    KP_0cc5: {
      repo: "awsdocs/amazon-eks-user-guide",
      path: "latest/ug/networking/managing-kube-proxy.adoc",
      commit: "0cc5a7608f9d1162d052bf2a61eddebc3352139f",
      note: "snapshot ~late 2024 (1.23-1.31)"
    },
    KP_cn_html: {
      url: "https://docs.amazonaws.cn/eks/latest/userguide/managing-kube-proxy.html",
      note: "public doc snapshot (1.28-1.34), incl. self-managed table: 1.34 v1.34.1-eksbuild.2 (no -minimal-)"
    },
    KP_d9a9: {
      repo: "awsdocs/amazon-eks-user-guide",
      path: "latest/ug/networking/managing-kube-proxy.adoc",
      commit: "d9a9cba5f72775824492cfad11b145ebc1367ceb",
      note: "snapshot (1.26-1.32)"
    },
    KP_ee60: {
      repo: "awsdocs/amazon-eks-user-guide",
      path: "latest/ug/networking/managing-kube-proxy.adoc",
      commit: "ee606ae9c93585273d475fa1227f1af02e967785",
      note: "snapshot (1.26-1.33)"
    },
    KP_ja_md: {
      url: "https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/managing-kube-proxy.md",
      note: "public doc snapshot, newest seen (1.31-1.36); translated page, version strings copied from English source"
    },
    KP_pr1146: {
      url: "https://github.com/awsdocs/amazon-eks-user-guide/pull/1146",
      note: "2025-10-27: 1.34 self-managed image v1.34.0-minimal-eksbuild.5 -> v1.34.0-eksbuild.5"
    },
    KP_zh_md: {
      url: "https://docs.amazonaws.cn/zh_cn/eks/latest/userguide/managing-kube-proxy.md",
      note: "public doc snapshot (1.30-1.35)"
    },
    KUBENT: {
      repo: "doitintl/kube-no-trouble",
      path: "pkg/rules/rego/deprecated-1-{16,22,25,26,27,29,32}.rego, deprecated-future.rego",
      commit: "2366d92156c0cf94c31453593368077f13c183b7",
      note: "2025-01-11; cross-check"
    },
    KV136_secondary: {
      url: "(archived third-party notes, public copy; blog raw.githubusercontent.com/manomatt/devopsdreams-content/main/articles/4023529468306723341.md)",
      note: "SECONDARY: both quote AWS calendar row '1.36 | April 22, 2026 | June 2, 2026 | August 2, 2027 | August 2, 2028'; AWS primary page not found in the archived sources"
    },
    KVE_snap: {
      repo: "awsdocs/amazon-eks-user-guide",
      path: "latest/ug/clusters/kubernetes-versions-extended.adoc",
      commit: "4d52b4d05e3478582e7d10a73cbd9ba9194dd5f7",
      note: "release notes 1.23-1.27"
    },
    KVS_0e7f: {
      repo: "awsdocs/amazon-eks-user-guide",
      path: "latest/ug/versioning/kubernetes-versions-standard.adoc",
      commit: "0e7fca3762579493a98cb32ab54b137ab194a2d7",
      note: "release notes 1.32-1.35"
    },
    KVS_136: {
      url: "https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions-standard.html#kubernetes-1-36",
      note: "markdown export of the AWS page archived (public copy) with 1.36-1.34 notes; repo/commit not known"
    },
    KVS_snap: {
      repo: "awsdocs/amazon-eks-user-guide",
      path: "latest/ug/clusters/kubernetes-versions-standard.adoc",
      commit: "4d52b4d05e3478582e7d10a73cbd9ba9194dd5f7",
      note: "release notes 1.28-1.31 (2024-12-18)"
    },
    KV_0138: {
      repo: "awsdocs/amazon-eks-user-guide",
      path: "latest/ug/versioning/kubernetes-versions.adoc",
      commit: "013856044148d6eeed4723027a45aa2180536bcb",
      note: "calendar rows 1.29-1.34"
    },
    KV_0e7f: {
      repo: "awsdocs/amazon-eks-user-guide",
      path: "latest/ug/versioning/kubernetes-versions.adoc",
      commit: "0e7fca3762579493a98cb32ab54b137ab194a2d7",
      note: "EKS release calendar rows 1.29-1.35 (newest archived version found)"
    },
    KV_md: {
      repo: "awsdocs/amazon-eks-user-guide",
      path: "doc_source/kubernetes-versions.md",
      commit: "4ed2c5dabc9b88e93208205854bca843599b7e1e",
      note: "older markdown source; calendar rows 1.21-1.29 (only primary source for 1.23 EKS release date)"
    },
    KV_snap: {
      repo: "awsdocs/amazon-eks-user-guide",
      path: "latest/ug/clusters/kubernetes-versions.adoc",
      commit: "4d52b4d05e3478582e7d10a73cbd9ba9194dd5f7",
      note: "snapshot HEAD 2024-12-18; calendar rows 1.24-1.31"
    },
    PLUTO: {
      repo: "FairwindsOps/pluto",
      path: "versions.yaml",
      commit: "dd5ec8cccce5e42dfe8054b8250baa35546056a0",
      note: "last data change 46b3b71 (2026-03-02) 'update versions list for 1.33-35'; used for deprecated_in and post-1.32 entries"
    },
    SA_snap: {
      repo: "awsdocs/amazon-eks-user-guide",
      path: "latest/ug/manage-access/aws-access/service-accounts.adoc",
      commit: "4d52b4d05e3478582e7d10a73cbd9ba9194dd5f7",
      note: "minimum add-on versions for bound SA tokens (VPC CNI 1.8.0, CoreDNS 1.8.4)"
    },
    UPD_snap: {
      repo: "awsdocs/amazon-eks-user-guide",
      path: "latest/ug/clusters/update-cluster.adoc",
      commit: "4d52b4d05e3478582e7d10a73cbd9ba9194dd5f7",
      note: "upgrade prerequisites (skew, one-minor-at-a-time, ALB controller 2.4.7 for 1.25, EBS CSI for 1.23)"
    },
    WIN_doc: {
      repo: "awsdocs/amazon-eks-user-guide",
      path: "latest/ug/nodes/eks-ami-versions-windows.adoc; latest/ug/nodes/eks-optimized-windows-ami.adoc",
      commit: "4d52b4d05e3478582e7d10a73cbd9ba9194dd5f7"
    },
    "correction-dra-v1beta1": {
      checked: "2026-12-01",
      evidence: [
        "Kubernetes deprecation guide (kubernetes/website content/en/docs/reference/using-api/deprecation-guide.md): resource.k8s.io/v1beta1 deprecated in 1.35, no longer served from 1.38, as the fact check filed in issue 15 read it",
        "k8s-openapi 0.29 (docs.rs) still generates resource.k8s.io/v1beta1 types for Kubernetes 1.37: the version is served through 1.37"
      ]
    },
    "correction-ipvs": {
      checked: "2026-12-01",
      evidence: [
        "kubernetes/enhancements issue #5495 and KEP keps/sig-network/5495-deprecate-ipvs-mode-in-kube-proxy: deprecation warnings in v1.35; the KubeProxyIPVS feature gate (v1.37) goes Default: false in 1.40 and LockToDefault in 1.43 (PR #6120, 2026-05-27)",
        "kubernetes/kubernetes PR #134539 (release note: ipvs mode deprecated, will be removed in a future version)",
        "The AWS EKS 1.35 notes (KVS_0e7f) that the shared data read as a removal in 1.36"
      ]
    }
  }
};

// src/knowledge/index.ts
function version(text2, what) {
  const parsed = parseKubeVersion(text2);
  if (!parsed) throw new Error(`knowledge data has an unreadable ${what} "${text2}"`);
  return parsed;
}
function buildKnowledge(raw) {
  const versions = raw.versions.map(
    (entry) => ({ ...entry, version: version(entry.version, "version") })
  );
  versions.sort((a, b) => compareKubeVersions(a.version, b.version));
  return {
    dataDate: raw.dataDate,
    versions,
    al2LastMinor: version(raw.families.al2LastMinor, "AL2 last minor"),
    al2EndOfLife: {
      noPatchesSince: raw.families.al2NoPatchesSince,
      finalRelease: raw.families.al2FinalRelease
    },
    familyRanges: raw.families.ranges,
    karpenter: raw.components.karpenter,
    vpcCniRecommended: raw.components.vpcCniRecommended,
    eksctlDefaultVersion: version(raw.policy.eksctlDefaultVersion, "eksctl default"),
    addonCompatibility: raw.addonCompatibility ?? {},
    removedApis: raw.removedApis,
    overrides: [],
    sources: raw.sources
  };
}
var embeddedKnowledge = buildKnowledge(eks_data_default);
function versionInfo(knowledge, v) {
  return knowledge.versions.find((info) => compareKubeVersions(info.version, v) === 0);
}
function newestKnown(knowledge) {
  return knowledge.versions[knowledge.versions.length - 1].version;
}
function oldestKnown(knowledge) {
  return knowledge.versions[0].version;
}
function knownRange(knowledge) {
  return `${formatKubeVersion(oldestKnown(knowledge))}–${formatKubeVersion(newestKnown(knowledge))}`;
}
function supportStatus(knowledge, v, today) {
  const info = versionInfo(knowledge, v);
  if (!info)
    return {
      phase: compareKubeVersions(v, newestKnown(knowledge)) > 0 ? "unknown-newer" : "unknown-older"
    };
  const daysToEndOfStandard = daysBetween(today, info.lifecycle.endOfStandardSupport);
  if (today >= info.lifecycle.endOfExtendedSupport)
    return { phase: "ended", info, daysToEndOfStandard };
  if (today >= info.lifecycle.endOfStandardSupport)
    return { phase: "extended", info, daysToEndOfStandard };
  return { phase: "standard", info, daysToEndOfStandard };
}
function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5);
}
function wayOut(knowledge) {
  return `The embedded EKS data (as of ${knowledge.dataDate}) knows ${knownRange(knowledge)}: add newer versions with a knowledge-file (input, --knowledge-file or config), or refresh the data with "npm run data:refresh -- describe-addon-versions.json".`;
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
    "data:refresh": "node scripts/refresh-addons.mjs",
    "data:build": "node scripts/build-knowledge.mjs",
    "data:karpenter": "node scripts/karpenter-matrix.mjs",
    "data:vpc-cni": "node scripts/vpc-cni-recommended.mjs",
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
    minimatch: "^11.0.9",
    prettier: "^3.10.1",
    typescript: "~5.9.3",
    "typescript-eslint": "^8.73.0",
    vite: "^8.4.0",
    vitest: "^4.1.12",
    "web-tree-sitter": "^0.27.1",
    yaml: "^2.9.1"
  }
};

// src/report/report.ts
var TOOL_NAME = package_default.name;
var TOOL_VERSION = package_default.version;
function buildReport(result, config, knowledge) {
  const live = result.findings.filter((finding) => !finding.suppressed);
  return {
    schemaVersion: 1,
    tool: {
      name: TOOL_NAME,
      version: TOOL_VERSION,
      dataDate: knowledge.dataDate,
      ...knowledge.overrides.length > 0 && { knowledgeFiles: [...knowledge.overrides] }
    },
    base: result.baseDescription ? { ref: result.baseDescription.ref, commit: result.baseDescription.commit ?? null } : null,
    clusters: result.head.clusters.map(clusterJson),
    transitions: [...result.transitions],
    ...result.live && { live: liveJson(result.live) },
    unassigned: {
      components: (result.head.unassigned?.components ?? []).map(componentJson),
      nodeClasses: (result.head.unassigned?.nodeGroups ?? []).map(
        (group) => `${group.name} (${group.at.file}:${group.at.line})`
      )
    },
    findings: result.findings.map((finding) => ({
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
      blocking: finding.blocking,
      docs: finding.docs
    })),
    fixed: result.fixed.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      file: finding.file,
      line: finding.line,
      cluster: finding.cluster ?? null
    })),
    plan: [...result.upgradePlans],
    summary: {
      ...count(live),
      new: count(live.filter((finding) => finding.new)),
      suppressed: result.findings.length - live.length,
      filesScanned: result.head.filesScanned,
      failOn: config.failOn,
      result: result.result
    },
    notes: [...result.notes]
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
      return `unresolved${value.expression ? ` \`${value.expression}\`` : ""}`;
    case "unspecified":
      return value.value ? `${value.value} (${value.note ?? "default"})` : `not set (${value.note ?? "default applies"})`;
  }
}
function verdictLine(report) {
  const { summary } = report;
  const blocking = report.findings.filter((finding) => finding.blocking);
  const empty = report.clusters.length === 0 && report.unassigned.components.length === 0 && report.unassigned.nodeClasses.length === 0;
  if (empty && blocking.length === 0)
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
    clusters: live.clusters.map(({ view, clusterId: clusterId2 }) => ({
      name: view.name,
      context: view.context,
      version: view.version ? formatKubeVersion(view.version) : null,
      cluster: clusterId2 ?? null,
      nodeGroups: view.nodeGroups.map((g) => ({
        name: g.name,
        kind: g.kind,
        nodes: g.nodes,
        kubelet: g.oldest ? g.newest && formatKubeVersion(g.newest) !== formatKubeVersion(g.oldest) ? `${formatKubeVersion(g.oldest)}–${formatKubeVersion(g.newest)}` : formatKubeVersion(g.oldest) : null,
        osImages: [...g.osImages]
      })),
      problems: [...view.problems]
    })),
    errors: [...live.errors]
  };
}

// src/report/markdown.ts
var FIXED_ROWS = 20;
var ICON = { error: "🔴", warning: "🟠", notice: "🔵" };
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
    const text2 = render(report, options, limits);
    if (text2.length <= max) return text2;
    limits = {
      rows: Math.floor(limits.rows * 0.7),
      steps: Math.floor(limits.steps * 0.7),
      clusters: Math.floor(limits.clusters * 0.7)
    };
  }
  return render(report, options, { rows: 0, steps: 0, clusters: 0 }).slice(0, max);
}
function render(report, options, limits) {
  const out = [];
  const failed = report.summary.result === "fail";
  const empty = report.clusters.length === 0 && report.unassigned.components.length === 0;
  out.push(`## ${failed ? "❌" : empty ? "⚠️" : "✅"} EKS upgrade gate: ${verdictLine(report)}`, "");
  for (const note of report.notes) out.push(`> [!NOTE]`, `> ${note}`, "");
  let rowsLeft = limits.rows;
  let stepsLeft = limits.steps;
  const take = (items) => {
    const kept = items.slice(0, Math.max(0, rowsLeft));
    rowsLeft -= kept.length;
    return kept;
  };
  const shownClusters = report.clusters.slice(0, limits.clusters);
  if (report.clusters.length > 0) {
    out.push(
      "| Cluster | Control plane | Node groups | Add-ons | Declared in |",
      "|---|---|---|---|---|"
    );
    for (const cluster of shownClusters) {
      const transition2 = report.transitions.find((t) => t.cluster === cluster.id);
      const version2 = transition2 ? `**${transition2.from} → ${transition2.to}**` : escapeCell(describeDeclared(cluster.version));
      out.push(
        `| ${escapeCell(cluster.name)} | ${version2} | ${cluster.nodeGroups.length} | ${cluster.addons.length} | ${where(cluster.version.file, cluster.version.line, options)} |`
      );
    }
    out.push("");
  } else {
    out.push("No EKS cluster declarations were found.", "");
  }
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
        (finding) => `| ${ICON[finding.severity]} \`${finding.ruleId}\` | ${where(finding.file, finding.line, options)} | ${escapeCell(finding.message)} | ${escapeCell(finding.suppressionReason ?? "")} |`
      ),
      "",
      "</details>",
      ""
    );
  }
  const fixed2 = report.fixed ?? [];
  if (fixed2.length > 0) {
    const shownFixed = fixed2.slice(0, FIXED_ROWS);
    out.push(
      `<details><summary>✅ Fixed by this change (${fixed2.length})</summary>`,
      "",
      "| | Where | Finding |",
      "|---|---|---|",
      ...shownFixed.map(
        (finding) => `| ${ICON[finding.severity]} \`${finding.ruleId}\` | ${escapeCell(`${finding.file}:${finding.line}`)} (base) | ${escapeCell(finding.message)} |`
      ),
      ...fixed2.length > shownFixed.length ? ["", `${fixed2.length - shownFixed.length} more in the JSON report.`] : [],
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
    out.push(`### Upgrade plan: ${escapeCell(plan.name)} ${plan.from} → ${plan.to}`, "");
    for (const [hop, steps] of groupByHop(plan.steps)) {
      const shown = steps.slice(0, Math.max(0, stepsLeft));
      stepsLeft -= shown.length;
      stepsCut += steps.length - shown.length;
      if (shown.length > 0)
        out.push(
          `**${hop ?? "Before you start"}**`,
          "",
          ...shown.map((step) => `- [ ] ${step.text}`),
          ""
        );
    }
  }
  const rowsCut = fresh.length - shownFresh.length + existing.length - shownExisting.length + suppressed.length - shownSuppressed.length;
  const clustersCut = report.clusters.length - shownClusters.length;
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
    `<sub>${report.tool.name} ${report.tool.version} · EKS data as of ${report.tool.dataDate} · ${report.summary.filesScanned} ${plural(report.summary.filesScanned, "file")} scanned${report.summary.suppressed > 0 ? ` · ${report.summary.suppressed} suppressed` : ""}${report.base ? ` · compared with ${escapeCell(report.base.ref)}` : ""}</sub>`
  );
  return out.join("\n") + "\n";
}
function findingTable(findings, options) {
  return [
    "| | Where | Finding | Rule |",
    "|---|---|---|---|",
    ...findings.map(
      (finding) => `| ${ICON[finding.severity]} ${finding.severity} | ${where(finding.file, finding.line, options)} | ${escapeCell(finding.message)} | [\`${finding.ruleId}\`](${finding.docs}) |`
    )
  ];
}
function where(file2, line, options) {
  const label = `\`${escapeCell(file2)}:${line}\``;
  if (!options.blobUrl) return label;
  const encoded = file2.split("/").map(encodeURIComponent).join("/");
  return `[${label}](${options.blobUrl}/${encoded}#L${line})`;
}
function escapeCell(text2) {
  return text2.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
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

// src/report/text.ts
function renderText(untrusted) {
  const report = visibleStrings(untrusted);
  const lines = [];
  const base = report.base ? ` · base ${report.base.ref}${report.base.commit ? ` (${report.base.commit.slice(0, 12)})` : ""}` : "";
  lines.push(
    `${report.tool.name} ${report.tool.version} · EKS data ${report.tool.dataDate}${base}`,
    ""
  );
  lines.push(`Clusters (${report.clusters.length})`);
  if (report.clusters.length === 0) lines.push("  none found");
  for (const cluster of report.clusters) {
    const transition2 = report.transitions.find((t) => t.cluster === cluster.id);
    const version2 = transition2 ? `${transition2.from} → ${transition2.to}` : describeDeclared(cluster.version);
    lines.push(
      `  ${cluster.name}  ${version2}  ${cluster.version.file}:${cluster.version.line}  [${cluster.id}]`
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
  for (const finding of report.findings) {
    const status = finding.suppressed ? `suppressed (${finding.suppressionReason ?? "no reason"})` : finding.new ? "new" : "existing";
    lines.push(
      `  ${finding.file}:${finding.line}:${finding.column}  ${finding.severity}  ${status}  ${finding.message}  [${finding.ruleId}]`
    );
  }
  const fixed2 = report.fixed ?? [];
  if (fixed2.length > 0) {
    lines.push("", `Fixed by this change (${fixed2.length})`);
    for (const finding of fixed2)
      lines.push(
        `  ${finding.file}:${finding.line}  ${finding.severity}  ${finding.message}  [${finding.ruleId}]`
      );
  }
  for (const plan of report.plan) {
    lines.push("", `Upgrade plan for ${plan.name}: ${plan.from} → ${plan.to}`);
    for (const [hop, steps] of groupByHop(plan.steps)) {
      lines.push(`  ${hop ?? "Before you start"}`, ...steps.map((step) => `    - ${step.text}`));
    }
  }
  for (const note of report.notes) lines.push("", `Note: ${note}`);
  const { summary } = report;
  lines.push(
    "",
    `${summary.result === "fail" ? "FAIL" : "PASS"}: ${verdictLine(report)}. ${summary.filesScanned} ${plural(summary.filesScanned, "file")} scanned.`
  );
  return lines.join("\n") + "\n";
}

// src/rules/types.ts
var DOCS_BASE = "https://github.com/eks-upgrade-gate/eks-upgrade-gate/blob/main/docs/rules";
function docsUrl(id) {
  return `${DOCS_BASE}/${id}.md`;
}
function defineRule(rule) {
  return { meta: { ...rule.meta, docs: docsUrl(rule.meta.id) }, check: rule.check };
}

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

// src/rules/helpers.ts
function transition(pair2) {
  const before = pair2.base?.version;
  const after = pair2.head.version;
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

// src/rules/addons/addon-not-moved.ts
var addonNotMoved = defineRule({
  meta: {
    id: "addon-not-moved",
    family: "addons",
    severity: "warning",
    title: "The control plane moves but pinned kube-proxy or CoreDNS versions stay behind"
  },
  check({ clusters, knowledge }) {
    return clusters.flatMap((pair2) => {
      const move = transition(pair2);
      if (!move || compareKubeVersions(move.to, move.from) <= 0) return [];
      const facts = versionInfo(knowledge, move.to)?.addons;
      return ["kube-proxy", "coredns"].flatMap((name) => {
        const before = findAddon(pair2.base, name);
        const after = findAddon(pair2.head, name);
        if (!after || after.version.status !== "resolved" || before?.version.value !== after.version.value)
          return [];
        const target = name === "kube-proxy" ? facts?.kubeProxy.latestAddon : facts?.coredns.latestAddon;
        return [
          {
            message: `The control plane of ${pair2.head.name} moves to ${formatKubeVersion(move.to)} but the ${name} add-on stays pinned at ${after.version.value}; EKS does not update add-ons for you. ${target ? `Move it to ${target} (newest seen for ${formatKubeVersion(move.to)}) after the control plane.` : "Move it to a version for the new minor after the control plane."}`,
            at: after.version.at,
            cluster: pair2.head.id,
            subject: `addon:${name}`
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
    const version2 = parseAddonVersion(addon.version.value);
    if (version2)
      out.push({
        version: version2,
        at: addon.version.at,
        label: `the ${name} add-on ${addon.version.value}`,
        subject: `addon:${name}`,
        kind: "addon"
      });
  }
  for (const component of cluster.components) {
    if (component.name !== name || component.version.status !== "resolved" || !component.version.value)
      continue;
    const version2 = parseAddonVersion(component.version.value);
    if (version2)
      out.push({
        version: version2,
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
      const minimumText = cp && versionInfo(knowledge, cp)?.addons.coredns.minimum || "1.8.4";
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
function capital(text2) {
  return text2.charAt(0).toUpperCase() + text2.slice(1);
}

// src/rules/addons/kube-proxy-minor-mismatch.ts
var kubeProxyMinorMismatch = defineRule({
  meta: {
    id: "kube-proxy-minor-mismatch",
    family: "addons",
    severity: "warning",
    title: "kube-proxy is within skew but not at the control plane’s minor, as EKS recommends"
  },
  check({ clusters, knowledge }) {
    return clusters.flatMap((pair2) => {
      const { head } = pair2;
      const cp = head.version.value;
      if (!cp) return [];
      const unchanged = transition(pair2) && findAddon(pair2.base, "kube-proxy")?.version.value === findAddon(head, "kube-proxy")?.version.value;
      return pinnedVersions(head, "kube-proxy").flatMap((pin) => {
        const lag = cp.minor - pin.version.minor;
        if (pin.version.major !== cp.major || lag <= 0 || lag > allowedLag(pin.version.minor) || unchanged && pin.kind === "addon")
          return [];
        const suggestion = pin.kind === "addon" ? versionInfo(knowledge, cp)?.addons.kubeProxy.latestAddon : versionInfo(knowledge, cp)?.addons.kubeProxy.selfManagedImage;
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
        const minor2 = pin.version.minor;
        let problem;
        if (pin.kind === "addon" && minimal)
          problem = 'EKS add-on versions never carry "-minimal-" (that is an image tag); use the add-on version, e.g. v1.30.0-eksbuild.3';
        else if (pin.kind === "image" && minimal && minor2 >= 34)
          problem = `from Kubernetes 1.34 kube-proxy images drop the "-minimal-" suffix (v${pin.version.major}.${minor2}.x-eksbuild.N)`;
        else if (pin.kind === "image" && !minimal && minor2 >= 25 && minor2 <= 33 && /eksbuild/.test(pin.version.suffix))
          problem = `for Kubernetes 1.25–1.33 only the "-minimal-" kube-proxy images are published (v${pin.version.major}.${minor2}.x-minimal-eksbuild.N)`;
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
      const minimum = facts && parseAddonVersion(facts.minimum);
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
      const facts = cp && versionInfo(knowledge, cp)?.addons.vpcCni;
      const minimum = facts && parseAddonVersion(facts.minimum);
      if (!cp || !minimum) return [];
      return [...pinnedVersions(head, "vpc-cni"), ...pinnedVersions(head, "aws-node")].filter((pin) => compareAddonVersions(pin.version, minimum) < 0).map((pin) => ({
        message: `${pin.label} is below ${facts.minimum}, the minimum for Kubernetes ${formatKubeVersion(cp)}${minimum.minor >= 12 ? " (EKS: upgrade the VPC CNI to 1.12 or later before 1.26, or aws-node crashes)" : ""}. Upgrade the VPC CNI one minor at a time first.`,
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
function kubeVersionFromAmiHint(text2) {
  for (const pattern of PATTERNS) {
    const match2 = pattern.exec(text2);
    if (match2)
      return match2[1] === CONTROL_PLANE_MINOR ? "control-plane" : parseKubeVersion(match2[1]);
  }
  return null;
}
var LINUX_RELEASE = /^(\d+\.\d+)\.\d+-\d{8}$/;
var WINDOWS_RELEASE = /^(\d+\.\d+)-\d{4}\.\d{2}\.\d{2}$/;
function kubeVersionFromRelease(release, family) {
  if (family === "bottlerocket") return null;
  const match2 = (family === "windows" ? WINDOWS_RELEASE : LINUX_RELEASE).exec(release) ?? (family === "unknown" ? WINDOWS_RELEASE.exec(release) : null);
  return match2 ? parseKubeVersion(match2[1]) : null;
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
function minor(text2) {
  return parseKubeVersion(text2);
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
    const range3 = knowledge.familyRanges.find((r) => r.family === `WindowsServer${windows}`);
    if (range3 && cmp(v, minor(range3.min)) < 0)
      return {
        status: "unsupported",
        reason: `Windows Server ${windows} EKS AMIs start at Kubernetes ${range3.min}`
      };
    if (!info) return { status: "unknown" };
    return info.amis.windows.includes(windows) ? { status: "ok" } : {
      status: "unsupported",
      reason: `no Windows Server ${windows} EKS AMI is published for Kubernetes ${fmt(v)}`
    };
  }
  const range2 = knowledge.familyRanges.find((r) => r.family.toLowerCase() === name.toLowerCase());
  if (range2) {
    if (cmp(v, minor(range2.min)) < 0)
      return {
        status: "unsupported",
        reason: `${range2.family} EKS images start at Kubernetes ${range2.min}`
      };
    if (range2.max && cmp(v, minor(range2.max)) > 0)
      return {
        status: "unsupported",
        reason: `${range2.family} EKS images end at Kubernetes ${range2.max}`
      };
    return { status: "ok" };
  }
  if (/^(AL2023_|AmazonLinux2023$|AL2023$)/i.test(name))
    return info ? info.amis.al2023 ? { status: "ok" } : { status: "unsupported", reason: `no AL2023 EKS AMI for ${fmt(v)}` } : { status: "unknown" };
  if (/^bottlerocket/i.test(name))
    return info ? info.amis.bottlerocket ? { status: "ok" } : { status: "unsupported", reason: `no Bottlerocket aws-k8s-${fmt(v)} variant` } : { status: "unknown" };
  return { status: "unknown" };
}
var FAMILY_HINTS = [
  [/amazon-linux-2023|amazon-eks-node-al2023-/, "AmazonLinux2023"],
  [/amazon-linux-2(?:-gpu|-arm64)?\/|amazon-eks-(?:gpu-|arm64-)?node-(?:\d|\{)/, "AmazonLinux2"],
  [/bottlerocket/i, "Bottlerocket"],
  [/Windows_Server-(\d{4})/, "WindowsServer$1"],
  [/ubuntu/i, "Ubuntu"]
];
function amiFamilyFromHint(text2) {
  for (const [pattern, family] of FAMILY_HINTS) {
    const match2 = pattern.exec(text2);
    if (match2) return family.replace("$1", match2[1] ?? "");
  }
  return null;
}

// src/rules/amis/helpers.ts
function eachGroup(context) {
  return context.clusters.flatMap(
    ({ head }) => head.nodeGroups.map((group) => ({ cluster: head, group }))
  );
}
function familyFindings(context, status, message) {
  return eachGroup(context).flatMap(({ cluster, group }) => {
    const ami = amiOf(group);
    const version2 = effectiveVersion(group);
    if (!ami || !version2) return [];
    const support = amiFamilySupport(context.knowledge, ami, version2);
    if (support.status !== status) return [];
    return [
      {
        message: message(group.name, ami, formatKubeVersion(version2), support.reason),
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

// src/rules/amis/ami-custom-unverified.ts
var amiCustomUnverified = defineRule({
  meta: {
    id: "ami-custom-unverified",
    family: "amis",
    severity: "notice",
    title: "A custom AMI cannot be checked against the node group’s Kubernetes version"
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
      const version2 = effectiveVersion(group);
      if (!ami || !version2) return [];
      const support = amiFamilySupport(context.knowledge, ami, version2);
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
          message: `Node group ${group.name} (${ami}) at ${formatKubeVersion(version2)}: ${reasons.join("; ")}. Migrate it to AL2023 or Bottlerocket${support.status === "last" ? " before the next control-plane upgrade" : ""}.`,
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
    title: "No EKS AMI of the node group’s AMI type or family exists for its Kubernetes version"
  },
  check(context) {
    return familyFindings(
      context,
      "unsupported",
      (group, ami, version2, reason) => `Node group ${group} (${ami}) at Kubernetes ${version2}: ${reason}. Move it to a supported family (AL2023 or Bottlerocket) before or with this version.`
    );
  }
});

// src/rules/amis/ami-release-mismatch.ts
var amiReleaseMismatch = defineRule({
  meta: {
    id: "ami-release-mismatch",
    family: "amis",
    severity: "error",
    title: "A pinned AMI release is for another Kubernetes minor than the node group’s version"
  },
  check(context) {
    return eachGroup(context).flatMap(({ cluster, group }) => {
      const version2 = pinned(group.version);
      const release = group.releaseVersion.status === "resolved" ? group.releaseVersion.value : null;
      if (!version2 || !release || group.version.note?.startsWith("from the AMI release") || group.version.note?.startsWith("from releaseVersion"))
        return [];
      const releaseMinor = kubeVersionFromRelease(release, releaseFamily(amiOf(group)));
      if (!releaseMinor || compareKubeVersions(releaseMinor, version2) === 0) return [];
      return [
        {
          message: `Node group ${group.name} is set to Kubernetes ${formatKubeVersion(version2)} but pins the AMI release ${release}, which is built for ${formatKubeVersion(releaseMinor)}. Pin a ${formatKubeVersion(version2)} release or drop the pin.`,
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
      const version2 = effectiveVersion(group);
      if (!runtime || !/docker/i.test(runtime) || !version2) return [];
      if (compareKubeVersions(version2, { major: 1, minor: 24 }) < 0) return [];
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
      const version2 = cluster.version.value;
      const entry = entryFor(context.knowledge.removedApis, api.apiVersion, api.kind);
      const deprecatedIn = entry?.deprecatedIn ? parseKubeVersion(entry.deprecatedIn) : null;
      const removedIn = entry?.removedIn ? parseKubeVersion(entry.removedIn) : null;
      if (!version2 || !entry || !deprecatedIn || compareKubeVersions(version2, deprecatedIn) < 0)
        return [];
      if (removedIn && compareKubeVersions(version2, removedIn) >= 0) return [];
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
      const version2 = cluster.version.value;
      const entry = entryFor(context.knowledge.removedApis, api.apiVersion, api.kind);
      const removedIn = entry?.removedIn ? parseKubeVersion(entry.removedIn) : null;
      if (!version2 || !entry || !removedIn || compareKubeVersions(version2, removedIn) < 0) return [];
      return [
        {
          message: `${api.kind}${api.name ? ` ${api.name}` : ""} uses ${api.apiVersion}, which Kubernetes ${entry.removedIn} removed; cluster ${cluster.name} is at ${formatKubeVersion(version2)}: ${replacementText(entry)}.`,
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
      const minor2 = formatKubeVersion(cp);
      const needed = matrix.find((row) => inWindow(minor2, row));
      return pinnedVersions(head, "karpenter").flatMap((pin) => {
        const row = matrix.findLast((r) => {
          const [major, minor_, patch] = r.release.split(".").map(Number);
          return major === pin.version.major && minor_ === pin.version.minor && (patch === void 0 || patch <= pin.version.patch);
        });
        const release = row?.release ?? `${pin.version.major}.${pin.version.minor}`;
        const newest = matrix[matrix.length - 1];
        let problem;
        if (row && compareMinor(minor2, row.minKubernetes) < 0)
          problem = `Karpenter ${release} supports Kubernetes ${row.minKubernetes} to ${row.maxKubernetes}`;
        else if (row && compareMinor(minor2, row.maxKubernetes) > 0)
          problem = `Karpenter ${release} supports Kubernetes up to ${row.maxKubernetes}; ${minor2} needs ${needed ? `Karpenter ${needed.release} or later` : "a Karpenter release newer than the compatibility data knows"}`;
        else if (!row && compareMinor(release, newest.release) < 0 && needed)
          problem = compareMinor(release, needed.release) < 0 ? `Kubernetes ${minor2} needs Karpenter ${needed.release} or later` : void 0;
        return problem ? [
          {
            message: `${pin.label} with cluster ${head.name} at ${minor2}: ${problem} (Karpenter's compatibility matrix). Move Karpenter with the cluster.`,
            at: pin.at,
            cluster: head.id,
            subject: pin.subject
          }
        ] : [];
      });
    });
  }
});
function inWindow(minor2, row) {
  return compareMinor(minor2, row.minKubernetes) >= 0 && compareMinor(minor2, row.maxKubernetes) <= 0;
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
    return clusters.flatMap((pair2) => {
      const move = transition(pair2);
      if (!move || minorDistance(move.from, move.to) >= 0) return [];
      const steps = -minorDistance(move.from, move.to);
      const rollback = steps === 1 ? "EKS only rolls a control plane back one minor within 7 days of upgrading it; if that is what this is, suppress this finding with the reason." : "EKS cannot go back more than one minor version: create a new cluster at this version instead.";
      return [
        {
          message: `Cluster ${pair2.head.name} goes down from ${formatKubeVersion(move.from)} to ${formatKubeVersion(move.to)}. ${rollback}`,
          at: pair2.head.version.at,
          cluster: pair2.head.id,
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
    const version2 = head.version.value;
    if (!version2 || head.version.status !== "resolved") return [];
    const status = supportStatus(context.knowledge, version2, context.today);
    if (!wanted(status.phase, status.daysToEndOfStandard)) return [];
    return [
      {
        message: message(formatKubeVersion(version2), status),
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
    return clusters.flatMap((pair2) => {
      const { head } = pair2;
      const move = transition(pair2);
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
          subject: "version"
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
var NOWHERE = { file: "(live cluster)", line: 0, column: 0 };
function matched(context) {
  return (context.live?.clusters ?? []).flatMap(({ view, clusterId: clusterId2 }) => {
    const pair2 = context.clusters.find((p) => p.head.id === clusterId2);
    if (!pair2) return [];
    const declared = pair2.head.version.status === "resolved" ? pair2.head.version.value : null;
    return [{ pair: pair2, view, after: declared ?? view.version, at: pair2.head.version.at }];
  });
}
function groupAt(m, group) {
  return m.pair.head.nodeGroups.find((g) => g.name === group.name)?.at ?? m.at;
}
function perGroup(context, applies, test, message, tag) {
  return matched(context).flatMap(
    (m) => applies(m) ? m.view.nodeGroups.filter(test).map((group) => ({
      message: message(group, m),
      at: groupAt(m, group),
      cluster: m.pair.head.id,
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
    return matched(context).flatMap((m) => {
      const after = m.after;
      if (!after) return [];
      const minimumText = versionInfo(context.knowledge, after)?.addons.vpcCni.minimum;
      const minimum = minimumText ? parseAddonVersion(minimumText) : null;
      return m.view.components.flatMap((component) => {
        const v = component.version;
        if (!v) return [];
        const base = {
          at: m.at,
          cluster: m.pair.head.id,
          subject: `live:component:${component.name}`
        };
        if (component.name === "kube-proxy" && v.major === after.major) {
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
      (m) => m.after !== null && compareKubeVersions(m.after, context.knowledge.al2LastMinor) > 0,
      (group) => group.osImages.some((os) => /^Amazon Linux 2(?!023)\b/.test(os)),
      (group, m) => `${group.kind} group ${group.name} runs Amazon Linux 2 (live), which has no ${formatKubeVersion(m.after)} AMI: migrate it to AL2023 or Bottlerocket before the upgrade.`,
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
        (m) => m.after !== null && compareKubeVersions(m.after, { major: 1, minor: 24 }) >= 0,
        (group) => group.runtimes.some((runtime) => runtime.startsWith("docker://")),
        (group) => `${group.kind} group ${group.name} runs ${group.runtimes.join(", ")} (live); dockershim is gone from Kubernetes 1.24: replace these nodes with containerd ones.`,
        "docker"
      ),
      ...perGroup(
        context,
        (m) => m.after !== null && compareKubeVersions(m.after, { major: 1, minor: 36 }) >= 0,
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
      const [major, minor2] = kernel.split(".").map(Number);
      return major !== void 0 && minor2 !== void 0 && (major < 5 || major === 5 && minor2 < 4);
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
    return matched(context).flatMap((m) => {
      const after = m.after;
      if (!after) return [];
      const allowed = maxKubeletSkew(after);
      return m.view.nodeGroups.flatMap((group) => {
        const reports = [];
        const one = group.nodes === 1;
        const label = `${group.nodes} ${one ? "node" : "nodes"} of ${group.kind} group ${group.name} ${one ? "runs" : "run"}`;
        if (group.oldest && minorDistance(group.oldest, after) > allowed) {
          reports.push({
            message: `${label} kubelet ${formatKubeVersion(group.oldest)} (live); with the control plane at ${formatKubeVersion(after)} ${one ? "it" : "they"} would be ${minorDistance(group.oldest, after)} minors behind, more than the ${allowed} allowed. Upgrade ${one ? "it" : "them"} to at least ${formatKubeVersion(addMinors(after, -allowed))} first.`,
            at: groupAt(m, group),
            cluster: m.pair.head.id,
            subject: `live:node-group:${group.name}:old`
          });
        }
        if (group.newest && compareKubeVersions(group.newest, after) > 0) {
          reports.push({
            message: `${label} kubelet ${formatKubeVersion(group.newest)} (live), newer than the control plane would be (${formatKubeVersion(after)}).`,
            at: groupAt(m, group),
            cluster: m.pair.head.id,
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
    for (const { view, clusterId: clusterId2 } of context.live.clusters) {
      const at2 = context.clusters.find((p) => p.head.id === clusterId2)?.head.version.at ?? NOWHERE;
      view.problems.forEach(
        (problem, i) => reports.push({
          message: `Live cluster ${view.name}: ${problem}. The static checks still ran.`,
          at: at2,
          subject: `live:${view.name}:${i}`
        })
      );
      if (!clusterId2) {
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
    return matched(context).flatMap((m) => {
      const live = m.view.version;
      const head = m.pair.head.version.status === "resolved" ? m.pair.head.version.value : null;
      if (!live || !head) return [];
      const ahead = minorDistance(live, head);
      if (ahead === 0 || ahead === 1) return [];
      const name = m.pair.head.name;
      const message = ahead < 0 ? `Cluster ${name} runs ${formatKubeVersion(live)} (live, ${m.view.context}) but this change declares ${formatKubeVersion(head)}: applying it would try a downgrade. Bring the declaration up to ${formatKubeVersion(live)}.` : `Cluster ${name} runs ${formatKubeVersion(live)} (live, ${m.view.context}) but this change declares ${formatKubeVersion(head)}, ${ahead} minor versions ahead of what runs; EKS upgrades one minor at a time. Go to ${formatKubeVersion(addMinors(live, 1))} first.`;
      return [{ message, at: m.at, cluster: m.pair.head.id, subject: "live:version" }];
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
    return clusters.flatMap((pair2) => {
      const move = transition(pair2);
      if (!move || compareKubeVersions(move.to, move.from) <= 0) return [];
      return pair2.head.nodeGroups.flatMap((group) => {
        if (group.kind !== "managed" && group.kind !== "fargate") return [];
        const before = findGroup(pair2.base, group.name) ?? group;
        const version2 = pinned(before.version);
        if (!version2 || compareKubeVersions(version2, move.from) >= 0) return [];
        const from = formatKubeVersion(move.from);
        return [
          {
            message: `EKS will refuse to upgrade the control plane of ${pair2.head.name} to ${formatKubeVersion(move.to)}: ${group.kind === "fargate" ? "Fargate profile" : "managed node group"} ${group.name} is at ${formatKubeVersion(version2)}, and managed node groups must match the control plane (${from}) before it is upgraded. Upgrade ${group.name} to ${from} in a change of its own first.`,
            at: group.version.at,
            cluster: pair2.head.id,
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
        const version2 = group.version.value;
        if (!version2 || group.version.status !== "resolved") return [];
        if (minorDistance(controlPlane, version2) <= 0) return [];
        return [
          {
            message: `Node group ${group.name} is at ${formatKubeVersion(version2)}, newer than the control plane of ${head.name} (${formatKubeVersion(controlPlane)}). Kubelets may not be newer than the API server: upgrade the control plane first, or set the node group to ${formatKubeVersion(controlPlane)}.`,
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
    title: "A node group is older than the version-skew policy allows (−3 from 1.28, −2 before)"
  },
  check({ clusters }) {
    return clusters.flatMap((pair2) => {
      const { head } = pair2;
      const move = transition(pair2);
      const controlPlane = head.version.value;
      if (!controlPlane) return [];
      const allowed = maxKubeletSkew(controlPlane);
      return head.nodeGroups.flatMap((group) => {
        const version2 = group.version.value;
        if (!version2 || group.version.status !== "resolved") return [];
        const behind = minorDistance(version2, controlPlane);
        if (behind <= allowed) return [];
        const oldest = formatKubeVersion(addMinors(controlPlane, -allowed));
        const order = move && minorDistance(move.from, move.to) > 0 ? ` before the control plane moves to ${formatKubeVersion(controlPlane)}` : "";
        return [
          {
            message: `Node group ${group.name} is at ${formatKubeVersion(version2)}, ${Number.isFinite(behind) ? `${behind} minor versions` : "a major version"} behind the control plane of ${head.name} (${formatKubeVersion(controlPlane)}); with a ${formatKubeVersion(controlPlane)} control plane kubelets may trail by at most ${allowed}. Upgrade the node group to at least ${oldest}${order}.`,
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
    const how = "several clusters are declared and none in its directory or above; add an assign entry to the configuration file";
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
        message: `Could not resolve ${label} in cluster ${head.name}` + (declared.expression ? ` from \`${declared.expression}\`` : "") + (declared.note ? ` (${declared.note})` : "") + "; the version rules skipped it.",
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
  versionUnknownToData,
  knowledgeStale,
  suppressionExpired,
  unassignedComponent
];

// src/report/sarif.ts
var LEVEL = {
  error: "error",
  warning: "warning",
  notice: "note"
};
function buildSarif(report, rules) {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
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
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase()),
              shortDescription: { text: rule.title },
              fullDescription: { text: rule.title },
              helpUri: rule.docs,
              help: {
                text: `${rule.title}. See ${rule.docs}`,
                markdown: `${rule.title}. [Documentation](${rule.docs})`
              },
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: { tags: ["eks", "kubernetes", rule.family] }
            }))
          }
        },
        automationDetails: { id: "eks-upgrade-gate/" },
        results: report.findings.map((finding) => ({
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
            suppressions: [{ kind: "external", justification: finding.suppressionReason ?? "" }]
          },
          properties: {
            new: finding.new,
            blocking: finding.blocking,
            ...finding.cluster && { cluster: finding.cluster }
          }
        })),
        properties: { dataDate: report.tool.dataDate, result: report.summary.result }
      }
    ]
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

// src/discover/git.ts
import { execFileSync, spawnSync } from "node:child_process";
import { realpathSync } from "node:fs";
import path2 from "node:path";

// src/discover/decode.ts
import { createHash } from "node:crypto";
var strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
var lenient = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
var MAX_FILE_BYTES = 5 * 1024 * 1024;
function decodeFile(path15, bytes, blob) {
  const at2 = { file: path15, line: 1, column: 1 };
  if (bytes.byteLength > MAX_FILE_BYTES) return { problem: tooLargeProblem(path15, bytes.byteLength) };
  const head = bytes.subarray(0, 8e3);
  if (head.includes(0))
    return { problem: { at: at2, message: `Skipped ${path15}: it looks like a binary file` } };
  let text2;
  let problem;
  try {
    text2 = strict.decode(bytes);
  } catch {
    text2 = lenient.decode(bytes);
    problem = {
      at: at2,
      message: `${path15} is not valid UTF-8: bytes that are not were read as �, so a version written with them cannot be checked; save the file as UTF-8`
    };
  }
  if (text2.includes("\r")) text2 = text2.replace(/\r\n?/g, "\n");
  const file2 = blob ? { path: path15, text: text2, blob } : { path: path15, text: text2 };
  return problem ? { file: file2, problem } : { file: file2 };
}
function gitBlobId(bytes) {
  return createHash("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex");
}
function tooLargeProblem(path15, size) {
  const mib = (size / 1024 / 1024).toFixed(1);
  return {
    at: { file: path15, line: 1, column: 1 },
    message: `Skipped ${path15}: ${mib} MiB is over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit for a configuration file`
  };
}

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str2) => {
  let begs, beg, left, right = void 0, result;
  let ai = str2.indexOf(a);
  let bi = str2.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str2.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str2.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str2.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str2) {
  return !isNaN(str2) ? parseInt(str2, 10) : str2.charCodeAt(0);
}
function escapeBraces(str2) {
  return str2.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str2) {
  return str2.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str2, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str2.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str2.slice(0, r[0]),
    body: str2.slice(r[0] + 1, r[1]),
    post: str2.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at2 = open[i];
    out += masked.slice(last, at2) + "\0";
    last = at2 + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str2, budget) {
  budget.remaining -= str2.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str2.length - 1; i >= 0; i--) {
    const c = str2.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str2.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str2, budget) {
  const parts = [];
  let carry2 = "";
  for (; ; ) {
    const m = balancedWithBudget(str2, str2, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str2.split(",");
      tail[0] = carry2 + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry2 + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry2 = p.pop();
    pushAll(parts, p);
    str2 = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str2, options = {}) {
  if (!str2) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str2.slice(0, 2) === "{}") {
    str2 = "\\{\\}" + str2.slice(2);
  }
  return expand_(escapeBraces(str2), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str2) {
  return "{" + str2 + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str2, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str2];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str2;
  for (; ; ) {
    const m = balancedWithBudget(str2, masked, budget);
    if (!m) {
      return combine(acc, str2, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str2 = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str2 = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal2();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str2 = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal2();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal2();
    }
    acc = next;
    if (!m.post.length)
      break;
    str2 = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out = [];
  if (ra !== zeros)
    out.push(...prefix(lo++, fixed(ra, nines)));
  const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  if (lo <= hi) {
    out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
  }
  out.push(...last);
  return out;
};
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  }
  const out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  if (lo > hi)
    [lo, hi] = [hi, lo];
  const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi, width));
  return out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob, position, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = String.fromCodePoint(glob.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return [noMatch, glob.length - pos];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i += c.length;
      continue;
    }
    if (glob.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i += c.length + 1;
      continue;
    }
    if (glob.startsWith("-", i + c.length)) {
      rangeStart = n;
      i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i += c.length;
  }
  if (endPos < i) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob.length - pos];
  }
  const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re = foldCache.get(ch);
  if (!re) {
    re = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re);
  }
  return re;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code = c.charCodeAt(0);
  if (code >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code] ||= l.re.test(c) ? 1 : 2;
  return ascii[code] === 1;
};
var tokenize = (p, nocase, noext, form, mark) => {
  const toks = [];
  for (let i = 0; i < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        const start = i + m + mark.length;
        const end = p.indexOf(mark, start);
        const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
        const alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re });
        i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c });
      i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs2 = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs2.set(stack.pop(), i);
  });
  return pairs2;
};
var build = (toks, pairs2, start, end, top) => {
  let seq2 = [];
  const alts = [seq2];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs2.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs2, i + 1, close, false);
      seq2.push({ t: "ext", type: tok.type, alts: sub });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq2 = []);
    } else if (tok.t === "open") {
      seq2.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq2.push(lit("|"));
    } else if (tok.t === "close") {
      seq2.push(lit(")"));
    } else {
      seq2.push(tok);
    }
  }
  return alts;
};
var normalize = (items, form) => {
  const out = [];
  let run = "";
  const flush = () => {
    for (const ch of run.normalize(form))
      out.push(lit(ch));
    run = "";
  };
  for (const it of items) {
    if (it.t === "lit") {
      run += it.ch;
      continue;
    }
    flush();
    out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  flush();
  return out;
};
var compile = (items, nocase) => {
  let id = 1;
  const split = (out) => ({ t: "split", id: id++, out });
  const seq2 = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
  const item = (it, next) => {
    switch (it.t) {
      case "lit":
        const re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    const alts = (next2) => it.alts.map((a) => seq2(a, next2));
    switch (it.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    const after = split([]);
    const entry = split(alts(after));
    after.out.push(next, entry);
    return it.type === "*" ? after : entry;
  };
  const start = seq2(items, MATCH);
  return [start, id];
};
var show = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk(n.sub, indent + "  ");
        return walk(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk(n.next, indent);
  };
  walk(start, "");
  return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
var marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    const { seen } = this.#marks;
    if (seen[node.id] === state.gen)
      return false;
    seen[node.id] = state.gen;
    return true;
  }
  #addThread(state, node) {
    const { has } = this.#marks;
    if (has[node.id] === state.gen)
      return false;
    has[node.id] = state.gen;
    state.threads.push(node);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (const o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        const sub = this.state();
        this.add(sub, node.sub, i, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node))
          this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run, i, top) {
    for (const r of state.runs) {
      if (r.neg === run.neg && sameState(r.state, run.state))
        return;
    }
    state.runs.push(run);
    if (!run.state.match) {
      this.add(state, run.neg.next, i, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    const next = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i, top))
            this.add(next, th.next, i + 1, top);
          break;
        case "class":
          if (!this.restricted(i, top) && th.re.test(c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i, top))
            this.add(next, th, i + 1, top);
      }
    }
    if (!this.restricted(i, top)) {
      for (const run of state.runs) {
        if (run.state.dead) {
          this.addRun(next, run, i + 1, top);
          continue;
        }
        const sub = this.step(run.state, c, i, false);
        this.addRun(next, { t: "run", neg: run.neg, state: sub }, i + 1, top);
      }
    }
    return this.done(next);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key = stateKey(state);
    const found = this.#states.get(key);
    if (found)
      return found;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key, d);
    this.#size += key.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code = c.charCodeAt(0);
    const found = code < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start) => {
  const nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars, start, end) => {
  let ni = 0;
  let ci = start;
  let starNi = -1;
  let starCi = 0;
  while (ci < end) {
    const n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++;
      starCi = ci;
      continue;
    }
    const c = chars[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++;
      ci++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni = starNi + 1;
    ci = ++starCi;
  }
  while (nodes[ni]?.t === "star")
    ni++;
  return ni === nodes.length;
};
var lengths = (items) => {
  let min = 0;
  let max = 0;
  for (const it of items) {
    const [lo, hi] = itemLengths(it);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it) => {
  if (it.t === "star")
    return [0, Infinity];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, Infinity];
  const alts = it.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars, start) => {
  for (let j = 0; j < lits.length; j++) {
    if (!litMatch(lits[j], chars[start + j]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern, options = {}) {
    if (pattern.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    }
    this.pattern = pattern;
    this.options = options;
    const { nocase = false, noext = false, normalize: n } = options;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal2 = /^[?*+@]\(\)$/.test(pattern);
    const toks = tokenize(pattern, nocase, noext || literal2, this.#form, options.rangeMark);
    let [items] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items = normalize(items, this.#form);
    const [start, size] = compile(items, nocase);
    this.#start = start;
    this.#size = size;
    if (items.every((it) => it.t === "lit")) {
      this.#literal = items.map((it) => it.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (const it of items) {
        const l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        const l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars = codePoints(s);
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars ??= codePoints(s);
        const end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars ??= codePoints(s);
      const end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    chars ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start = sim.state();
      sim.add(start, this.#start, 0, true);
      let state = sim.done(start);
      for (let i = 0; i < chars.length; i++) {
        state = sim.step(state, chars[i], i, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str2 = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return false;
      const code = str2 ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern, options) => {
  assertValidPattern(pattern);
  if (!options?.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern, options).match(p);
};
var cache = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k in o) {
    const v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v)
          wpe = true;
        break;
      case AWE_KEY:
        if (v === false)
          wpe = true;
        break;
      case "platform": {
        const p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy = {};
  for (const k in o)
    copy[k] = o[k];
  return copy;
};
var cachedMinimatch = (pattern, options) => {
  const key = options ? optionsKey(options) : 0;
  let mm = cache.get(key)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
  const weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
    oldCache = cache;
    cache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache.get(key);
  if (!byPattern)
    cache.set(key, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern, mm);
  cacheSize++;
  cacheTotalWeight += weight;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list3, pattern, options = {}) => orig.match(list3, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark) => {
  const stack = [];
  for (let i = 0; i < portion.length; i++) {
    const c = portion.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list3, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list3 = list3.filter((f) => mm.match(f));
  if (mm.options.nonull && !list3.length) {
    list3.push(pattern);
  }
  return list3;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern, start) => {
  let i = start + 1;
  if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
    i++;
  let sawStart = false;
  for (; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = true;
    if (c === "\\")
      i++;
  }
  return -1;
};
var literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      lit2 += pattern.charAt(++i) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith("\\"))
        body = body.slice(1);
      if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
        return void 0;
      }
      lit2 += body;
      i = close;
    } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      i++;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      n++;
      i++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return false;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close !== -1)
        i = close;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host = p[h];
  const share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start, end, dot, sep2) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep2))
        return true;
    }
    const s = nextSep(f, k, sep2);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep2))
      k++;
  }
  return false;
};
var isSep = (c, sep2) => sep2 === "/" ? c === 47 : sep2 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep2) => {
  if (sep2 !== "both")
    return f.indexOf(sep2, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep2) => sep2 !== "both" ? f.lastIndexOf(sep2, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    const n = options.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row) => this.#rootIndex(row));
    this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
    this.#literals = this.set.map((row, r) => {
      const end = this.#endRows[r] ? row.length - 1 : row.length;
      const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row, r) => {
      const [p0, p1, p2] = row;
      if (this.#endRows[r] && row.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row[0]))
      return 0;
    const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set2 = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.set = set2.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
          if (isLongUNC(this.globParts[i][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row, i) => {
      for (let k = 0; k < row.length; k++) {
        if (row[k] === PENDING) {
          row[k] = this.parse(this.globParts[i][k]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        const groups = /* @__PURE__ */ new Map();
        const R = this.set.length + 1;
        this.set.forEach((row, i) => {
          if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k])) {
            return;
          }
          const { pre, suf } = keys[i];
          const key = pre[k] * R + suf[k + 1];
          const g = groups.get(key);
          if (g)
            g.push(i);
          else
            groups.set(key, [i]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i) => this.globParts[i][k]);
          const glob = `@(${alts.join("|")})`;
          if (extglobCount(glob) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k] = glob;
          this.set[first][k] = this.parse(glob);
          for (const i of rest)
            drop.add(i);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_, i) => !drop.has(i));
          this.globParts = this.globParts.filter((_, i) => !drop.has(i));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P = partIds.size;
    const len = Math.max(0, ...ids.map((r) => r.length));
    const keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { pre } = keys[i];
        const key = pre[k] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { suf } = keys[i];
        const key = suf[k + 1] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      const root = this.#rootIndex(parts) + 1;
      parts = parts.reduce((set2, part) => {
        const prev = set2[set2.length - 1];
        if (part === "**" && prev === "**") {
          return set2;
        }
        if (part === "..") {
          if (set2.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set2.pop();
            return set2;
          }
        }
        set2.push(part);
        return set2;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep2 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row = this.set[r];
      const p = row[row.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep2);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep2))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep2) + 1;
          prev = f.slice(prevStart, j);
        }
        const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep2)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep2))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row, shape === "head", dot, sep2);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file2, row, shape) {
    const dot = !!this.options.dot;
    const n = file2.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row[0], file2[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file2[i], dot))
          return false;
      return true;
    }
    const x = row[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file2[t])) {
        if (file2[t] !== "" || n === 1 || !portionMatch(x, file2[--t])) {
          return false;
        }
      }
      for (let i = 0; i < t; i++)
        if (!walkable(file2[i], dot))
          return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file2[k]) && k + 1 < n) {
        let i = k + 1;
        while (i < n && walkable(file2[i], dot))
          i++;
        if (i === n)
          return true;
      }
      if (!walkable(file2[k], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row, head, dot, sep2) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep2))
      return "maybe";
    const x = row[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep2); e !== -1; e = nextSep(f, s, sep2)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep2))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep2))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep2))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize2 = this.#form;
    if (normalize2)
      parts = parts.map((p) => p.normalize(normalize2));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize2,
      parts
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file2) {
    const parts = [...file2];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      const root = this.#rootIndex(parts) + 1;
      let dd = root;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root);
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          splitCells += addedCells;
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        const root = this.#rootIndex(parts) + 1;
        let dd = root;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows = globParts.filter((parts) => {
      const key = parts.join("/");
      if (keys.has(key))
        return false;
      keys.add(key);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts of rows) {
      const s = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === "*")
          s.push(i);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    const { dot } = this.options;
    return rows.filter((parts) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        const c = [...parts];
        let ok = true;
        let changed = false;
        for (const i of s) {
          const p = parts[i];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok = false;
            break;
          }
          c[i] = "*";
          changed = true;
        }
        if (ok && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file2, resolved2, pattern, partial) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved2) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      const host = pattern[ph];
      const share = pattern[ph + 1];
      if (typeof host !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved2[fh].toLowerCase() === host.toLowerCase() && resolved2[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file2[0] === "string" && /^[a-z]:$/i.test(file2[0]);
      const fileUNC = !fileDrive && file2[0] === "" && file2[1] === "" && file2[2] === "?" && /^[a-z]:$/i.test(file2[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file2[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file2 = resolved2;
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file2, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file2, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file2, pattern, partial, fileIndex, patternIndex) {
    const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file2, head, partial, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file2.length)
        return false;
      let tailStart = file2.length - tail.length;
      if (this.#matchOne(file2, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file2[file2.length - 1] !== "" || fileIndex + tail.length === file2.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file2, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file2.length - fileTailMatch; i++) {
        const f = String(file2[i]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file2, segments, file2.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern, byStart);
    }
    const key = patternIndex * 2 + (partial ? 1 : 0);
    const found = byStart[key];
    if (found)
      return found;
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const head = pattern.slice(patternIndex, firstgs);
    const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
    const tail = partial ? [] : pattern.slice(lastgs + 1);
    const segments = [[[], 0]];
    let current = segments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    const parts = { head, body, tail, segments };
    byStart[key] = parts;
    return parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file2, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file2[fileIndex] === "";
      }
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = true;
        const f = file2[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, need] = bs;
    const after = partial ? fileLength : fileLength - need;
    while (fileIndex <= after) {
      const key = bodyIndex * (file2.length + 1) + fileIndex;
      if (tried.has(key))
        return false;
      tried.add(key);
      const m = this.#matchOne(file2, body, partial, fileIndex, 0, fileIndex + body.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file2, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== false) {
          return sub;
        }
      }
      if (fileIndex === after)
        break;
      const f = file2[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file2, pattern, partial, fileIndex, patternIndex, fileEnd = file2.length) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file2.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi];
      let f = file2[fi];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file2[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code = 57344;
    while (pattern.includes(String.fromCharCode(code))) {
      if (++code > 63743)
        return this.braceExpand();
    }
    const mark = String.fromCharCode(code);
    let found = false;
    const marked = pattern.replace(rangeRe, (m, lo, hi) => {
      const a = Number(lo);
      const b = Number(hi);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found = true;
      return `${mark}${lo}..${hi}${mark}`;
    });
    if (!found)
      return this.braceExpand();
    const set2 = braceExpand(marked, this.options);
    for (const p of set2) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark;
    return set2;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize2 } = options;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern);
      m = new Matcher(pattern, {
        nocase,
        noext,
        dot,
        normalize: normalize2,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? false : this.negate;
        if (can === "yes")
          return options.flipNegate ? true : !this.negate;
      }
      split = this.#split(f);
    }
    const ff = split.parts;
    const resolved2 = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set2 = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r = 0; r < set2.length; r++) {
      const pattern = set2[r];
      const shape = partial ? void 0 : this.#shapes[r];
      const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved2, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved2, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/discover/filter.ts
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([".git", "node_modules", ".terragrunt-cache"]);
var DEAD_FILE = /\.(sav|bak|orig|old|tmp|swp)$|~$/i;
var CANDIDATE = /\.(ya?ml|json|tf|tfvars|hcl)$/i;
var ALWAYS_READ_HIDDEN = /* @__PURE__ */ new Set([".github"]);
function directoryVerdict(relativePath, filter2) {
  const segments = relativePath.split("/");
  const name = segments[segments.length - 1];
  const installed = segments.indexOf(".terraform");
  if (installed >= 0 && installed < segments.length - 1)
    return segments[installed + 1] === "modules" ? "read" : "skip";
  if (name === ".terraform") return "read";
  if (SKIPPED_DIRECTORIES.has(name)) return "skip";
  if (name.startsWith(".") && !ALWAYS_READ_HIDDEN.has(name) && !filter2.hiddenDirectories?.includes(name))
    return "hidden";
  return "read";
}
var INSTALLED_MODULE_FILE = /(^|\/)\.terraform\/modules\/(modules\.json|.+\.tf(\.json)?)$/;
var TEST_TREE = /(^|\/)(testdata|test_data|tests?\/fixtures)\//;
function isCandidate(relativePath, filter2) {
  if (!CANDIDATE.test(relativePath) || DEAD_FILE.test(relativePath)) return false;
  const directories = relativePath.split("/").slice(0, -1);
  if (directories.some(
    (_, i) => directoryVerdict(directories.slice(0, i + 1).join("/"), filter2) !== "read"
  ))
    return false;
  if (/(^|\/)\.terraform\//.test(relativePath))
    return INSTALLED_MODULE_FILE.test(relativePath) && !filter2.exclude.some((glob) => matcher(glob).match(relativePath));
  const included = filter2.include.some((glob) => matcher(glob).match(relativePath));
  if (filter2.include.length > 0 && !included) return false;
  if (TEST_TREE.test(relativePath) && !included) return false;
  return !filter2.exclude.some((glob) => matcher(glob).match(relativePath));
}
var compiled = /* @__PURE__ */ new Map();
function matcher(glob) {
  let found = compiled.get(glob);
  if (!found) compiled.set(glob, found = new Minimatch(glob, { dot: true }));
  return found;
}

// src/discover/git.ts
function git(cwd, args) {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 256 * 1024 * 1024
  });
}
function gitTopLevel(dir) {
  try {
    return git(dir, ["rev-parse", "--show-toplevel"]).trim();
  } catch {
    return null;
  }
}
function resolveCommit(dir, ref) {
  try {
    return git(dir, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).trim() || null;
  } catch {
    return null;
  }
}
function fetchCommit(dir, sha) {
  const result = spawnSync("git", ["fetch", "--no-tags", "--depth=1", "origin", sha], {
    cwd: dir,
    encoding: "utf8",
    timeout: 6e4
  });
  if (result.status === 0) return { ok: true };
  const detail = (result.stderr || result.error?.message || "unknown error").trim().split("\n").pop();
  return { ok: false, message: detail ?? "unknown error" };
}
function collectCommitFiles(root, commit, filter2, prefix2 = "", known = []) {
  const unchanged = new Map(known.filter((f) => f.blob).map((f) => [`${f.path}\0${f.blob}`, f]));
  const top = gitTopLevel(root);
  if (!top) throw new Error(`${root} is not inside a git repository`);
  const below = path2.relative(realpathSync(top), realpathSync(root)).split(path2.sep).join("/");
  const namePrefix = prefix2.replace(/\/+$/, "");
  const listing = git(top, [
    "ls-tree",
    "-r",
    "-z",
    "--long",
    "--full-tree",
    commit,
    "--",
    below || "."
  ]);
  const files = [];
  const problems = [];
  const wanted = [];
  for (const record of listing.split("\0")) {
    if (!record) continue;
    const tab = record.indexOf("	");
    const [mode, type, object, size] = record.slice(0, tab).split(/\s+/);
    const full = record.slice(tab + 1);
    const inRoot = below ? full.slice(below.length + 1) : full;
    const rel = namePrefix ? `${namePrefix}/${inRoot}` : inRoot;
    if (!isCandidate(rel, filter2)) continue;
    if (mode === "120000") {
      problems.push({
        at: { file: rel, line: 1, column: 1 },
        message: `Did not follow the symlink ${rel} in the base commit`
      });
      continue;
    }
    if (type !== "blob") continue;
    const entry = { mode, type, object, size: Number(size), path: rel };
    const same = unchanged.get(`${rel}\0${entry.object}`);
    if (same) files.push(same);
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
  if (entries.length === 0) return [];
  const input = entries.map((entry) => entry.object).join("\n") + "\n";
  const result = spawnSync("git", ["cat-file", "--batch"], {
    cwd,
    input,
    maxBuffer: 1024 * 1024 * 1024
  });
  if (result.status !== 0)
    throw new Error(`git cat-file failed: ${result.stderr.toString().trim()}`);
  const out = result.stdout;
  const blobs = [];
  let offset = 0;
  for (const entry of entries) {
    const headerEnd = out.indexOf(10, offset);
    const header = out.subarray(offset, headerEnd).toString("utf8");
    const size = Number(header.split(" ")[2]);
    if (!Number.isFinite(size))
      throw new Error(`git cat-file: unexpected answer "${header}" for ${entry.path}`);
    blobs.push([entry, out.subarray(headerEnd + 1, headerEnd + 1 + size)]);
    offset = headerEnd + 1 + size + 1;
  }
  return blobs;
}

// src/config/suppression.ts
var DIRECTIVE = /(?:#|\/\/)\s*eks-upgrade-gate:ignore\s+([A-Za-z0-9*,\s-]+?)(?:\s+--\s*(.*?))?\s*$/;
function inlineDirectives(text2) {
  const byLine = /* @__PURE__ */ new Map();
  if (!text2.includes("eks-upgrade-gate:ignore")) return byLine;
  text2.split("\n").forEach((line, index) => {
    const match2 = DIRECTIVE.exec(line);
    if (!match2) return;
    const directive = {
      rules: match2[1].split(/[\s,]+/).filter(Boolean),
      reason: match2[2]?.trim() || "no reason given"
    };
    byLine.set(index + 1, directive);
    byLine.set(index + 2, directive);
  });
  return byLine;
}
function applySuppressions(findings, sources, entries, today, clusterNames) {
  const directives = /* @__PURE__ */ new Map();
  const directivesOf = (file2) => {
    let found = directives.get(file2);
    if (!found) directives.set(file2, found = inlineDirectives(sources.get(file2) ?? ""));
    return found;
  };
  const active = entries.filter((entry) => !isExpired(entry, today));
  return findings.map((finding) => {
    const inline = directivesOf(finding.file).get(finding.line);
    if (inline && (inline.rules.includes(finding.ruleId) || inline.rules.includes("*"))) {
      return { ...finding, suppressed: true, suppressionReason: inline.reason };
    }
    const entry = active.find((candidate) => matches(candidate, finding, clusterNames));
    return entry ? { ...finding, suppressed: true, suppressionReason: entry.reason } : finding;
  });
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

// src/model/identity.ts
var NO_MOVES = { files: /* @__PURE__ */ new Map(), directories: /* @__PURE__ */ new Map(), addresses: [] };
function detectMoves(base, head, addresses = []) {
  const headPaths = new Set(head.map((file2) => file2.path));
  const basePaths = new Set(base.map((file2) => file2.path));
  const gone = base.filter((file2) => !headPaths.has(file2.path));
  const added = head.filter((file2) => !basePaths.has(file2.path));
  const files = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  const byText = groupBy(added, (file2) => file2.text);
  for (const file2 of gone) {
    const same = (byText.get(file2.text) ?? []).filter((candidate) => !taken.has(candidate.path));
    if (same.length === 1) {
      files.set(file2.path, same[0].path);
      taken.add(same[0].path);
    }
  }
  const name = (file2) => file2.path.slice(file2.path.lastIndexOf("/") + 1);
  const goneByName = groupBy(
    gone.filter((file2) => !files.has(file2.path)),
    name
  );
  const addedByName = groupBy(
    added.filter((file2) => !taken.has(file2.path)),
    name
  );
  for (const [key, from] of goneByName) {
    const to = addedByName.get(key);
    if (from.length === 1 && to?.length === 1) files.set(from[0].path, to[0].path);
  }
  return { files, directories: directoryMoves(files), addresses };
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
function directoryMoves(files) {
  const seen = /* @__PURE__ */ new Map();
  for (const [from, to] of files) {
    const a = from.split("/");
    const b = to.split("/");
    if (a[a.length - 1] !== b[b.length - 1]) continue;
    while (a.length > 0 && b.length > 0 && a[a.length - 1] === b[b.length - 1]) {
      a.pop();
      b.pop();
    }
    if (a.length === 0) continue;
    const key = a.join("/");
    seen.set(key, (seen.get(key) ?? /* @__PURE__ */ new Set()).add(b.join("/")));
  }
  const directories = /* @__PURE__ */ new Map();
  for (const [from, targets] of seen)
    if (targets.size === 1) directories.set(from, [...targets][0]);
  return directories;
}
function movedPath(moves, file2) {
  return moves.files.get(file2) ?? underMovedDirectory(moves, file2, file2.split("/").length - 1);
}
function movedDirectory(moves, dir) {
  if (!dir || dir === ".") return dir;
  return underMovedDirectory(moves, dir, dir.split("/").length) || ".";
}
function underMovedDirectory(moves, path15, levels) {
  const parts = path15.split("/");
  for (let i = levels; i > 0; i--) {
    const to = moves.directories.get(parts.slice(0, i).join("/"));
    if (to !== void 0) return [to, ...parts.slice(i)].filter(Boolean).join("/");
  }
  return path15;
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
function isAwsRegion(text2) {
  return /^[a-z]{2}(-[a-z]+)+-\d+$/.test(text2);
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
  const matched2 = /* @__PURE__ */ new Map();
  if (!base) return matched2;
  const baseById = new Map(
    base.clusters.map((cluster) => [movedClusterId(moves, cluster.id), cluster])
  );
  const used = /* @__PURE__ */ new Set();
  for (const cluster of head.clusters) {
    const before = baseById.get(cluster.id);
    const same = before && (namedCluster(before) && namedCluster(cluster) ? sameIdentity(before, cluster) : samePlace(before, cluster));
    if (before && same) {
      matched2.set(cluster.id, before);
      used.add(before.id);
    }
  }
  const unmatchedBase = base.clusters.filter(
    (cluster) => !used.has(cluster.id) && namedCluster(cluster)
  );
  const unmatchedHead = head.clusters.filter(
    (cluster) => !matched2.has(cluster.id) && namedCluster(cluster)
  );
  for (const cluster of unmatchedHead) {
    const same = unmatchedBase.filter((before) => sameIdentity(before, cluster));
    const rivals = same.length === 1 ? unmatchedHead.filter((other) => sameIdentity(same[0], other)) : [];
    if (same.length === 1 && rivals.length === 1) matched2.set(cluster.id, same[0]);
  }
  return matched2;
}

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
  const headContext = {
    ...context(input.head, pairsOf(input.head, matched2)),
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
  const judged = applySuppressions(
    findings,
    input.sources ?? /* @__PURE__ */ new Map(),
    input.config.ignore,
    input.today,
    names
  ).map((finding) => ({ ...finding, blocking: blocks(finding, input.config) }));
  const fixed2 = [...existing].filter(([print]) => !present.has(print)).map(([, { rule, report }]) => ({
    ruleId: rule.meta.id,
    severity: severityOf(rule),
    message: report.message,
    file: report.at.file,
    line: report.at.line,
    ...report.cluster !== void 0 && { cluster: report.cluster }
  }));
  return { findings: sortFindings(judged), fixed: fixed2 };
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
    (a, b) => Number(b.new) - Number(a.new) || severityRank(b.severity) - severityRank(a.severity) || a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId)
  );
}
function blocks(finding, config) {
  if (config.failOn === "never" || finding.suppressed) return false;
  if (!finding.new && !config.failOnExisting) return false;
  return severityRank(finding.severity) >= severityRank(config.failOn);
}

// src/model/declared.ts
function resolved(value, at2, via = []) {
  return { value, status: "resolved", at: at2, via };
}
function policy(value, at2, note, expression) {
  return expression === void 0 ? { value, status: "policy", at: at2, via: [], note } : { value, status: "policy", at: at2, via: [], note, expression };
}
function unresolved(at2, expression, note) {
  return { value: null, status: "unresolved", at: at2, via: [], expression, note };
}
function unspecified(at2, note, value = null) {
  return { value, status: "unspecified", at: at2, via: [], note };
}

// src/plan/upgrade-plan.ts
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
        hop: `${formatKubeVersion(addMinors(from, i))} → ${formatKubeVersion(to)}`,
        text: `Plan the rest when the EKS data knows ${formatKubeVersion(next)}: the data ends at ${formatKubeVersion(newestKnown(knowledge))}; check the version, or add newer versions with a knowledge-file`
      });
      break;
    }
    const hop = `${formatKubeVersion(addMinors(from, i))} → ${formatKubeVersion(next)}`;
    const nextText = formatKubeVersion(next);
    const facts = versionInfo(knowledge, next);
    steps.push({
      kind: "control-plane",
      hop,
      text: `Upgrade the control plane of ${cluster.name} to ${nextText}`,
      version: nextText
    });
    for (const note of facts?.upgradeNotes ?? []) {
      if (note.severity === "blocking" || note.severity === "warning")
        steps.push({ kind: "review", hop, text: `Check before ${nextText}: ${note.text}` });
    }
    for (const name of CORE_ADDONS) steps.push(...addonStep(cluster, name, next, hop, knowledge));
    for (const group of cluster.nodeGroups) steps.push(nodeGroupStep(group, next, hop, knowledge));
    if (cluster.components.some((c) => c.name === "cluster-autoscaler")) {
      steps.push({
        kind: "component",
        hop,
        subject: "cluster-autoscaler",
        text: `Move cluster-autoscaler to a v${nextText}.x image (its minor must match the cluster's)`
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
    const minimum = facts?.vpcCni.minimum;
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
  const target = name === "kube-proxy" ? facts?.kubeProxy.latestAddon : facts?.coredns.latestAddon;
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
  const detail = release ? ` (AL2023 AMI release ${release})` : bottlerocket ? ` (Bottlerocket aws-k8s-${nextText} variant)` : unknownFamily;
  return {
    kind: "node-group",
    hop,
    subject: group.name,
    ...release && { version: release },
    text: `${how} ${group.name} to ${nextText}${detail}`
  };
}

// src/readers/index.ts
import path11 from "node:path/posix";

// src/readers/assign.ts
import path4 from "node:path/posix";

// src/model/node-group.ts
function inheritsControlPlane(cluster, at2) {
  return cluster.value ? { ...unspecified(at2, "inherits the control-plane version", cluster.value), via: [cluster.at] } : unspecified(at2, "inherits the control-plane version");
}
function nodeGroupWithoutAmi(group, why) {
  const none = unspecified(group.at, why);
  return { ...group, amiType: none, amiFamily: none, releaseVersion: none, amiId: none };
}
function followsControlPlane(group, cluster) {
  return group.version.status === "unspecified" && cluster.value ? { ...group, version: { ...group.version, value: cluster.value } } : group;
}

// src/readers/deploy-path.ts
import path3 from "node:path/posix";
function repositoryPath(reference, from) {
  const trimmed2 = reference.trim();
  if (trimmed2 === "" || /^[\w+.-]+:\/\//.test(trimmed2) || /^(git@|github\.com\/)/.test(trimmed2))
    return void 0;
  const joined = path3.normalize(path3.join(from, trimmed2)).replace(/\/+$/, "");
  if (joined === ".." || joined.startsWith("../") || path3.isAbsolute(joined)) return void 0;
  return joined === "." ? "" : joined;
}
function covers(target, file2) {
  return target === "" || file2 === target || file2.startsWith(`${target}/`);
}

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
function clusterHints(text2) {
  const names = /* @__PURE__ */ new Set();
  for (const pattern of HINTS)
    for (const match2 of text2.matchAll(pattern)) if (match2[1]) names.add(clusterNameKey(match2[1]));
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
function assign(clusters, placed, rules, files) {
  const decide = decider(clusters, rules, files, placed.deploys ?? []);
  const owners = new Map(
    clusters.map((c) => [c.id, { components: [], nodeGroups: [], apis: [] }])
  );
  const unassigned = { components: [], nodeGroups: [], apis: [] };
  const ambiguous = /* @__PURE__ */ new Map();
  const place = (kind, items) => {
    for (const item of items) {
      const { clusters: found, certain } = decide(item.at.file);
      if (found.length === 0) unassigned[kind].push(item);
      if (!certain && found.length > 1 && !ambiguous.has(item.at.file))
        ambiguous.set(item.at.file, { file: item.at.file, clusters: found.map((c) => c.name) });
      for (const owner of found) owners.get(owner.id)[kind].push(item);
    }
  };
  place("components", placed.components);
  place("nodeGroups", placed.nodeGroups);
  place("apis", placed.apis);
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
function decider(clusters, rules, files, deploys) {
  const texts = new Map(files.map((file2) => [file2.path, file2.text]));
  const dirOf2 = (file2) => path4.dirname(file2) === "." ? "" : path4.dirname(file2);
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
  const nearest = (file2) => {
    for (let dir = dirOf2(file2); ; dir = dir.includes("/") ? path4.dirname(dir) : "") {
      const here = byDir.get(dir);
      if (here) return here.length === 1 ? here[0] : void 0;
      if (dir === "") return void 0;
    }
  };
  const named2 = (file2) => {
    const hints = clusterHints(texts.get(file2) ?? "");
    return clusters.filter((cluster) => hints.has(clusterNameKey(cluster.name)));
  };
  const namedByPath = (file2) => {
    const segments = new Set(dirOf2(file2).split("/"));
    return [...segments].flatMap((segment) => byName.get(segment) ?? []);
  };
  const assigned = (file2) => {
    const rule = matchers.find(({ matcher: matcher2 }) => matcher2.match(file2))?.rule;
    if (!rule) return void 0;
    const owner = clusters.find((c) => c.id === rule.cluster) ?? clusters.find((c) => c.name === rule.cluster);
    return owner ? [owner] : [];
  };
  const only = (candidates) => candidates.length === 1 ? candidates : [];
  const nonEmpty = (candidates) => candidates.length > 0 ? candidates : void 0;
  const nearestOne = (file2) => {
    const near = nearest(file2);
    return near ? [near] : [];
  };
  const deployedBy = (file2) => clusters.filter((c) => c.deploys?.some((d) => covers(d, file2)));
  const definite = /* @__PURE__ */ new Map();
  const decided = /* @__PURE__ */ new Map();
  const certain = (file2, visiting) => {
    const known = definite.get(file2);
    if (known) return known;
    const steps = [
      () => deployedBy(file2),
      () => nearestOne(file2),
      () => only(named2(file2)),
      () => viaDeployers(file2, visiting),
      () => only(namedByPath(file2))
    ];
    let found = assigned(file2);
    for (const step of steps) found ??= nonEmpty(step());
    found ??= [];
    definite.set(file2, found);
    return found;
  };
  const viaDeployers = (file2, visiting) => {
    if (visiting.has(file2)) return [];
    const inner = new Set(visiting).add(file2);
    const served = /* @__PURE__ */ new Set();
    for (const deploy of deploys)
      if (deploy.at.file !== file2 && covers(deploy.path, file2))
        for (const cluster of certain(deploy.at.file, inner)) served.add(cluster);
    return [...served];
  };
  return (file2) => {
    const known = decided.get(file2);
    if (known) return known;
    const sure = certain(file2, /* @__PURE__ */ new Set());
    let decision;
    if (sure.length > 0 || assigned(file2)) decision = { clusters: sure, certain: true };
    else if (clusters.length === 1) decision = { clusters, certain: true };
    else {
      const hinted = named2(file2);
      const candidates = hinted.length > 1 ? hinted : clusters;
      decision = { clusters: candidates.length > MAX_CANDIDATES ? [] : candidates, certain: false };
    }
    decided.set(file2, decision);
    return decision;
  };
}

// src/model/source.ts
function sourceRef(file2, line, column = 1) {
  return { file: file2, line, column };
}

// src/readers/yaml.ts
function parseYaml(file2) {
  const lines = new LineCounter();
  const docs = [];
  const problems = [];
  const parsed = parseAllDocuments(file2.text, {
    lineCounter: lines,
    uniqueKeys: false,
    prettyErrors: false
  });
  const all = Array.isArray(parsed) ? parsed : [parsed];
  all.forEach((doc, index) => {
    const error2 = doc.errors[0];
    if (error2) {
      const pos = lines.linePos(error2.pos[0]);
      const detail = error2.message.split("\n")[0];
      const message = /call stack/i.test(detail) ? `${file2.path} nests too deeply to read (given up at line ${pos.line}); flatten it, or leave it out with the exclude setting if it is not configuration` : `YAML syntax error in ${file2.path} at line ${pos.line}: ${detail}`;
      problems.push({ at: sourceRef(file2.path, pos.line, pos.col), message });
      return;
    }
    docs.push({ file: file2.path, text: file2.text, doc, lines, index });
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
function getPair(ctx, map2, key, depth = 0, seen = /* @__PURE__ */ new Set()) {
  const target = deref(ctx, map2);
  if (!isMap(target) || depth > 8 || seen.has(target)) return void 0;
  seen.add(target);
  const items = target.items;
  const own = items.find((pair2) => isScalar(pair2.key) && String(pair2.key.value) === key);
  if (own) return own;
  for (const pair2 of items) {
    if (!isScalar(pair2.key) || pair2.key.value !== "<<") continue;
    const source = deref(ctx, pair2.value);
    const sources = isSeq(source) ? source.items : [source];
    for (const merged of sources) {
      const found = getPair(ctx, merged, key, depth + 1, seen);
      if (found) return found;
    }
  }
  return void 0;
}
function getNode(ctx, map2, key) {
  const pair2 = getPair(ctx, map2, key);
  return pair2 ? deref(ctx, pair2.value) : null;
}
function scalarText(ctx, node) {
  if (!isScalar(node) || node.value === null) return null;
  if (node.type === Scalar.PLAIN && node.range)
    return ctx.text.slice(node.range[0], node.range[1]).trim();
  return String(node.value);
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

// src/readers/cloudformation.ts
function mayBeCloudFormation(file2) {
  return /\.(ya?ml|json|template)$/i.test(file2.path) && (file2.text.includes("AWS::EKS::") || file2.text.includes("Custom::AWSCDK-EKS-Cluster"));
}
function readCloudFormation(file2) {
  const parsed = parseYaml(file2);
  const clusters = [];
  for (const ctx of parsed.docs) {
    const resources = getNode(ctx, ctx.doc.contents, "Resources");
    if (!isMap(resources)) continue;
    const parameters = getNode(ctx, ctx.doc.contents, "Parameters");
    const value = (node, fallback) => resolveIntrinsic(ctx, node, parameters, fallback);
    const byLogicalId = /* @__PURE__ */ new Map();
    const entries = resources.items.map((pair2) => ({
      id: scalarText(ctx, pair2.key) ?? "",
      node: pair2.value,
      at: nodeRef(ctx, pair2.key)
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
          id: `cloudformation:${file2.path}:${id}`,
          name: nameValue?.text ?? id,
          source: { kind: "cloudformation", file: file2.path, line: at2.line },
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
        const version2 = explicit ? kubeVersion(explicit, () => inherited) : releaseMinor ? {
          ...resolved(releaseMinor, release.at),
          note: `from the AMI release ${release.value}`
        } : inherited;
        const name = value(getNode(ctx, props, "NodegroupName"), at2)?.text ?? id;
        owner.nodeGroups.push({
          name,
          kind: "managed",
          at: at2,
          version: version2,
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
    const text3 = scalarText(ctx, defaultNode);
    if (text3 === null)
      return {
        text: null,
        at: at2,
        via: [],
        ref: refName,
        unresolved: `parameter ${refName} has no Default: it is set when the stack is deployed`
      };
    return { text: text3, at: nodeRef(ctx, defaultNode, at2), via: [at2, nodeRef(ctx, parameter)] };
  }
  if (tag && tag !== "!!str")
    return {
      text: null,
      at: at2,
      via: [],
      unresolved: `${tag} is evaluated by CloudFormation at deploy time`
    };
  if (isMap(node)) {
    const intrinsic = node.items.map((pair2) => scalarText(ctx, pair2.key)).find((key) => key?.startsWith("Fn::"));
    return {
      text: null,
      at: at2,
      via: [],
      unresolved: `${intrinsic ?? "a mapping"} is evaluated by CloudFormation at deploy time`
    };
  }
  const text2 = scalarText(ctx, node);
  return text2 === null ? { text: null, at: at2, via: [], unresolved: sourceText(ctx, node) } : { text: text2, at: at2, via: [] };
}
function kubeVersion(value, whenAbsent) {
  if (!value) return whenAbsent();
  if (value.text === null)
    return unresolved(
      value.at,
      value.ref ? `!Ref ${value.ref}` : "",
      value.unresolved ?? "not a plain value"
    );
  const version2 = parseKubeVersion(value.text);
  return version2 ? resolved(version2, value.at, value.via) : unresolved(value.at, value.text, `"${value.text}" is not a Kubernetes version`);
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
function mayBeEksctl(file2) {
  return /\.ya?ml$/i.test(file2.path) && file2.text.includes("ClusterConfig");
}
var VERSION_POLICIES = /* @__PURE__ */ new Set(["latest", "auto", "default"]);
var ADDON_VERSION = /^v?\d+\.\d+(\.\d+)?(-[0-9A-Za-z.-]+)?$/;
function readEksctl(file2) {
  const parsed = parseYaml(file2);
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
  const version2 = readVersion(
    ctx,
    metadata,
    "version",
    metadataRef,
    () => unspecified(
      metadataRef,
      "metadata.version is not set: eksctl creates the cluster at its own default version"
    )
  );
  const inherited = (at2) => inheritsControlPlane(version2, at2);
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
    version: version2,
    nodeGroups,
    addons,
    components: []
  };
}
function readVersion(ctx, parent, key, parentRef, whenAbsent) {
  const pair2 = getPair(ctx, parent, key);
  if (!pair2 || pair2.value === null || isScalar(pair2.value) && pair2.value.value === null)
    return whenAbsent();
  const at2 = nodeRef(ctx, pair2.value, parentRef);
  const text2 = scalarText(ctx, pair2.value);
  if (text2 === null) {
    return unresolved(at2, sourceText(ctx, pair2.value), `${key} is not a plain value`);
  }
  if (VERSION_POLICIES.has(text2.toLowerCase())) {
    return policy(null, at2, `"${text2}": eksctl picks the version when it runs`, text2);
  }
  const version2 = parseKubeVersion(text2);
  if (!version2)
    return unresolved(at2, text2, `"${text2}" is not a Kubernetes version (a template placeholder?)`);
  const plainNumber = isScalar(pair2.value) && typeof pair2.value.value === "number" && pair2.value.type === "PLAIN";
  return plainNumber ? { ...resolved(version2, at2), numberWritten: text2 } : resolved(version2, at2);
}
function readString(ctx, parent, key, parentRef, absentNote, absentValue = null) {
  const pair2 = getPair(ctx, parent, key);
  if (!pair2 || pair2.value === null) return unspecified(parentRef, absentNote, absentValue);
  const at2 = nodeRef(ctx, pair2.value, parentRef);
  const text2 = scalarText(ctx, pair2.value);
  if (text2 === null)
    return unresolved(at2, sourceText(ctx, pair2.value), `${key} is not a plain value`);
  return resolved(text2, at2);
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
  let version2;
  if (explicit) {
    version2 = readVersion(ctx, node, "version", at2, () => inherited(at2));
  } else if (releaseVersion.status === "resolved") {
    version2 = versionFromRelease(releaseVersion.value, releaseVersion.at, amiFamily.value) ?? inherited(at2);
  } else if (amiId.status === "resolved") {
    version2 = unresolved(
      amiId.at,
      amiId.value,
      "custom AMI: its Kubernetes version cannot be read from the AMI id"
    );
  } else {
    version2 = inherited(at2);
  }
  return {
    name,
    kind,
    at: at2,
    version: version2,
    amiType: unspecified(at2, "eksctl derives the AMI type from amiFamily and the instance type"),
    amiFamily,
    releaseVersion,
    amiId,
    ...getPair(ctx, node, "containerRuntime") && {
      containerRuntime: readString(ctx, node, "containerRuntime", at2, "not set")
    }
  };
}
function versionFromRelease(release, at2, amiFamily) {
  const family = releaseFamily(amiFamily ?? "AmazonLinux2023");
  const version2 = family === "unknown" ? null : kubeVersionFromRelease(release, family);
  return version2 ? { ...resolved(version2, at2), note: `from releaseVersion ${release}` } : null;
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
  let version2 = declared;
  if (declared.status === "resolved") {
    if (declared.value.toLowerCase() === "latest") {
      version2 = policy(
        "latest",
        declared.at,
        "eksctl installs the latest version for the cluster version"
      );
    } else if (!ADDON_VERSION.test(declared.value)) {
      version2 = unresolved(
        declared.at,
        declared.value,
        `"${declared.value}" is not an add-on version (a template placeholder?)`
      );
    }
  }
  return { name, at: at2, version: version2 };
}

// src/readers/k8s/helm.ts
import path5 from "node:path/posix";

// src/readers/k8s/components.ts
function componentFromImage(text2, at2) {
  const image = parseImage(text2);
  if (!image) return void 0;
  const name = componentForImage(image.repository);
  if (!name) return void 0;
  const version2 = image.tag ? resolved(image.tag, at2) : image.digest ? unresolved(at2, text2, "pinned by digest only: the version is not in the reference") : unspecified(at2, 'no tag: the registry serves "latest"');
  return { name, at: at2, image: text2, version: version2 };
}
function componentFromChart(chart, chartVersion, appVersion, at2, versionAt) {
  const name = componentForChart(chart);
  if (!name) return void 0;
  if (appVersion) return { name, at: at2, chart, version: resolved(appVersion, versionAt ?? at2) };
  if (name === "karpenter" && chartVersion)
    return {
      name,
      at: at2,
      chart,
      version: {
        ...resolved(chartVersion, versionAt ?? at2),
        note: "Karpenter charts share the app version"
      }
    };
  if (chartVersion === void 0)
    return {
      name,
      at: at2,
      chart,
      version: policy("latest", at2, "no chart version: the newest chart is installed")
    };
  return {
    name,
    at: at2,
    chart,
    version: unspecified(
      versionAt ?? at2,
      `chart version ${chartVersion} does not say which ${name} version it installs; set image.tag to check it`
    )
  };
}

// src/readers/k8s/values.ts
function componentsInValues(ctx, root, chart) {
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  const visit5 = (node, depth, chart2) => {
    const target = deref(ctx, node);
    if (depth > 12 || !target || seen.has(target)) return;
    seen.add(target);
    if (isSeq(target)) {
      for (const item of target.items) visit5(item, depth + 1, chart2);
      return;
    }
    if (!isMap(target)) return;
    for (const pair2 of target.items) {
      const key = scalarText(ctx, pair2.key);
      const value = deref(ctx, pair2.value);
      if (key === "image") {
        const text2 = scalarText(ctx, value);
        if (text2) {
          const component = componentFromImage(text2, nodeRef(ctx, value));
          if (component) found.push(component);
          continue;
        }
        const fromMap = imageMap(ctx, value, chart2);
        if (fromMap) {
          found.push(fromMap);
          continue;
        }
      }
      visit5(value, depth + 1, depth === 0 && key && componentForChart(key) ? key : chart2);
    }
  };
  visit5(root, 0, chart);
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

// src/readers/k8s/helm.ts
function isChartFile(file2) {
  return path5.basename(file2.path) === "Chart.yaml";
}
function isValuesFile(file2) {
  return /^values[\w.-]*\.ya?ml$/i.test(path5.basename(file2.path));
}
function readChart(file2) {
  const parsed = parseYaml(file2);
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
      const text2 = scalarText(ctx, depName);
      const component = text2 ? componentFromChart(
        text2,
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
function readValues(file2, chartOf) {
  const chart = chartOf(path5.dirname(file2.path));
  if (!mentionsComponent(file2.text) && !(chart && componentForChart(chart)))
    return { clusters: [], problems: [] };
  const parsed = parseYaml(file2);
  const components = parsed.docs.flatMap(
    (ctx) => ctx.doc.contents ? componentsInValues(ctx, ctx.doc.contents, chart) : []
  );
  return { clusters: [], problems: [...parsed.problems], components };
}
function chartNames(files) {
  const names = /* @__PURE__ */ new Map();
  for (const file2 of files) {
    if (!isChartFile(file2)) continue;
    const name = /^name:\s*["']?([\w.-]+)["']?\s*$/m.exec(file2.text)?.[1];
    if (name) names.set(path5.dirname(file2.path), name);
  }
  return names;
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
  const { name, at: at2, amiFamily, alias } = input;
  const [aliasFamily, aliasVersion] = alias ? alias.text.split("@") : [];
  const familyText = amiFamily?.text ?? (aliasFamily ? FAMILIES[aliasFamily.toLowerCase()] ?? aliasFamily : null);
  const familyAt = amiFamily?.at ?? alias?.at ?? at2;
  const none = (note) => unspecified(at2, note);
  return {
    name,
    kind: "karpenter",
    at: at2,
    version: unspecified(at2, "Karpenter launches nodes at the control-plane version"),
    amiType: none("Karpenter picks the AMI from amiFamily / amiSelectorTerms"),
    amiFamily: familyText ? resolved(familyText, familyAt) : none("not set"),
    releaseVersion: aliasVersion === void 0 || !alias ? none("no alias") : aliasVersion === "latest" ? policy("latest", alias.at, `${alias.text}: the newest AMI when nodes launch`) : resolved(aliasVersion, alias.at),
    amiId: none("selected by amiSelectorTerms")
  };
}

// src/readers/k8s/manifests.ts
function mayBeManifest(file2) {
  return /\.ya?ml$/i.test(file2.path) && file2.text.includes("apiVersion") && file2.text.includes("kind") && !file2.text.includes("kind: ClusterConfig") && !file2.text.includes("AWSTemplateFormatVersion");
}
function readManifests(file2) {
  if (!PRE_RELEASE_API.test(file2.text) && !mentionsComponent(file2.text) && !GITOPS_API.test(file2.text))
    return { clusters: [], problems: [] };
  if (file2.text.includes("{{")) return { clusters: [], problems: [], apis: scanTemplate(file2) };
  const parsed = parseYaml(file2);
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
      const text2 = scalarText(ctx, image);
      const component = text2 ? componentFromImage(text2, nodeRef(ctx, image)) : void 0;
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
function nodeClass(ctx, name, spec, at2) {
  const written = (node) => {
    const text2 = scalarText(ctx, node);
    return text2 === null ? void 0 : { text: text2, at: nodeRef(ctx, node) };
  };
  const alias = seqItems(ctx, getNode(ctx, spec, "amiSelectorTerms")).map((term) => getNode(ctx, term, "alias")).find((node) => node !== null);
  const amiFamily = written(getNode(ctx, spec, "amiFamily"));
  const aliasText = written(alias ?? null);
  return karpenterNodeClass({
    name,
    at: at2,
    ...amiFamily && { amiFamily },
    ...aliasText && { alias: aliasText }
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
    const text2 = scalarText(ctx, node);
    const target = text2 === null ? void 0 : repositoryPath(text2, "");
    return target === void 0 ? [] : [{ path: target, at: nodeRef(ctx, node) }];
  });
}
function fluxChartPath(ctx, spec) {
  const chartSpec = getNode(ctx, getNode(ctx, spec, "chart"), "spec");
  const source = scalarText(ctx, getNode(ctx, getNode(ctx, chartSpec, "sourceRef"), "kind"));
  return source === "GitRepository" || source === "Bucket" ? deployed(ctx, [getNode(ctx, chartSpec, "chart")]) : [];
}
function helmComponent(ctx, chart, versionNode, values, at2, valuesText) {
  const fromValues = values ? componentsInValues(ctx, values, chart) : valuesText ? componentsInValuesText(valuesText, chart, at2) : [];
  if (fromValues.length > 0) return fromValues;
  const version2 = scalarText(ctx, versionNode) ?? void 0;
  const component = componentFromChart(
    chart,
    version2,
    void 0,
    at2,
    versionNode ? nodeRef(ctx, versionNode) : at2
  );
  return component ? [component] : [];
}
function componentsInValuesText(text2, chart, at2) {
  try {
    const values = parse(text2, { maxAliasCount: 50 });
    const tag = values?.image?.tag;
    if (typeof tag !== "string" && typeof tag !== "number") return [];
    const component = componentFromChart(chart, void 0, String(tag), at2, at2);
    return component ? [component] : [];
  } catch {
    return [];
  }
}
var API_LINE = /^\s*apiVersion:\s*["']?([\w.-]+\/[\w.-]+|v\d[\w]*)["']?\s*$/;
var KIND_LINE = /^\s*kind:\s*["']?(\w+)["']?\s*$/;
function scanTemplate(file2) {
  const lines = file2.text.split("\n");
  const usages2 = [];
  lines.forEach((line, index) => {
    const api = API_LINE.exec(line);
    if (!api) return;
    for (let next = index + 1; next < Math.min(lines.length, index + 6); next++) {
      const kind = KIND_LINE.exec(lines[next]);
      if (kind) {
        usages2.push({
          apiVersion: api[1],
          kind: kind[1],
          at: { file: file2.path, line: index + 1, column: line.indexOf("apiVersion") + 1 }
        });
        return;
      }
    }
  });
  for (let index = 0; index < lines.length; index++) {
    const kind = KIND_LINE.exec(lines[index]);
    if (!kind || usages2.some((u) => u.at.line < index + 1 && index + 1 - u.at.line < 6)) continue;
    const api = lines.slice(index + 1, index + 6).map((l) => API_LINE.exec(l)).find(Boolean);
    if (api)
      usages2.push({
        apiVersion: api[1],
        kind: kind[1],
        at: { file: file2.path, line: index + 1, column: 1 }
      });
  }
  return usages2;
}

// src/readers/k8s/kustomization.ts
import path6 from "node:path/posix";
function isKustomization(file2) {
  return /(^|\/)(kustomization\.ya?ml|Kustomization)$/.test(file2.path);
}
function readKustomization(file2) {
  const parsed = parseYaml(file2);
  const dir = path6.dirname(file2.path) === "." ? "" : path6.dirname(file2.path);
  const deploys = [];
  const add = (ctx, node) => {
    const text2 = scalarText(ctx, node);
    const target = text2 === null ? void 0 : repositoryPath(text2, dir);
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

// src/readers/terraform/index.ts
import path10 from "node:path/posix";

// src/readers/terraform/hcl/directory.ts
function isOverrideFile(path15) {
  return /(^|\/)(override|[^/]*_override)\.tf(\.json)?$/.test(path15);
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
    ...files.filter((file2) => !isOverrideFile(file2.path)),
    ...files.filter((file2) => isOverrideFile(file2.path))
  ];
  for (const file2 of ordered) {
    const override = isOverrideFile(file2.path);
    const put = (map2, key, block) => {
      const primary = map2.get(key);
      map2.set(key, override && primary ? merge2(primary, block) : block);
    };
    for (const block of file2.body.blocks) {
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
function merge2(primary, override) {
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
function parse2(text2) {
  const match2 = DECIMAL.exec(text2.trim());
  if (!match2) return null;
  const [, sign, whole, fraction = "", exponentText = "0"] = match2;
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
  const decimal = parse2(text2);
  return decimal ? format(decimal) : null;
}
function numberText(value) {
  if (!Number.isFinite(value)) return null;
  if (Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER) return String(value);
  const text2 = String(value);
  const decimal = parse2(text2);
  if (!decimal) return null;
  const significant = (decimal.digits < 0n ? -decimal.digits : decimal.digits).toString().replace(/0+$/, "");
  return significant.length <= 15 ? format(decimal) : null;
}
function decimalArithmetic(a, op, b) {
  const x = parse2(a);
  const y = parse2(b);
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
function origin(at2, via = []) {
  return { at: at2, via };
}
var str = (value, origin2) => ({ type: "string", value, origin: origin2 });
var num = (value, origin2, text2) => text2 === void 0 ? { type: "number", value, origin: origin2 } : { type: "number", value, origin: origin2, text: text2 };
var bool = (value, origin2) => ({ type: "bool", value, origin: origin2 });
var list2 = (items, origin2) => ({
  type: "list",
  items,
  origin: origin2
});
var obj = (entries, origin2) => ({
  type: "object",
  entries: new Map([...entries].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)),
  origin: origin2
});
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
function combined(at2, operands) {
  const referenced = operands.filter((operand) => operand.origin.via.length > 0);
  if (referenced.length === 1) return referenced[0].origin;
  return origin(at2);
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
  const version2 = EKS_VERSION.test(text2) ? parseKubeVersion(text2) : null;
  if (!version2)
    return unresolved(
      single.origin.at,
      text2,
      `"${text2}" is not a version EKS accepts (MAJOR.MINOR, such as 1.31)`
    );
  const declared = resolved(version2, single.origin.at, viaOf(single, attributeAt));
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
    const version2 = text2 ? kubeVersionFromAmiHint(text2) : null;
    if (version2 === "control-plane")
      return unspecified(
        candidate.origin.at,
        `the AMI ${text2.replace(CONTROL_PLANE_MINOR, "<cluster version>")} follows the control-plane version`
      );
    if (version2)
      return {
        ...resolved(version2, candidate.origin.at, candidate.origin.via),
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
function groupVersion(inputs2) {
  const explicit = inputs2.explicit;
  if (explicit?.type === "unknown" && explicit.data?.type === "aws_eks_cluster" && explicit.data.attribute === "version")
    return inheritsControlPlane(inputs2.cluster, inputs2.at);
  if (inputs2.explicit && inputs2.explicit.type !== "null")
    return declaredVersion(
      inputs2.explicit,
      void 0,
      () => inheritsControlPlane(inputs2.cluster, inputs2.at)
    );
  if (inputs2.release.status === "resolved" && inputs2.release.value) {
    const version2 = kubeVersionFromRelease(inputs2.release.value, releaseFamily(inputs2.amiType));
    if (version2)
      return {
        ...resolved(version2, inputs2.release.at, inputs2.release.via),
        note: `from the AMI release ${inputs2.release.value}`
      };
  }
  if (inputs2.customAmi) {
    const ami = inputs2.customAmi;
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
  return inheritsControlPlane(inputs2.cluster, inputs2.at);
}

// src/readers/terraform/eks/eks-module.ts
var EKS_MODULE = /(?:^|[/:])terraform-aws-modules\/(?:eks\/aws|terraform-aws-eks)(?:\.git)?(?:\/\/modules\/([a-z0-9_-]+))?/;
function classifyEksSource(source, versionConstraint) {
  const match2 = EKS_MODULE.exec(source);
  if (!match2) return void 0;
  const sub = match2[1];
  const kind = sub === void 0 ? "cluster" : sub === "eks-managed-node-group" || sub === "self-managed-node-group" || sub === "fargate-profile" || sub === "fargate" ? sub : sub === "node_groups" ? "node-groups" : "other";
  const pinned2 = /[?&](?:ref|version)=v?(\d+)/.exec(source)?.[1] ?? (versionConstraint ? /(\d+)/.exec(versionConstraint)?.[1] : void 0);
  const exact = /[?&](?:ref|version)=v?(\d+)\.(\d+)\.(\d+)(?:$|&)/.exec(source) ?? (versionConstraint ? /^\s*=?\s*v?(\d+)\.(\d+)\.(\d+)\s*$/.exec(versionConstraint) : null);
  return {
    kind,
    major: pinned2 === void 0 ? null : Number(pinned2),
    ...exact && { exact: [Number(exact[1]), Number(exact[2]), Number(exact[3])] }
  };
}
function classifyEksModule(call) {
  const source = moduleSource(call);
  if (!source) return void 0;
  const version2 = call.body.attributes.get("version")?.expression;
  return classifyEksSource(
    source,
    version2?.kind === "literal" && typeof version2.value === "string" ? version2.value : void 0
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
  output(call, caller, expansion, output, at2) {
    const source = classifyEksModule(call);
    if (!source || source.kind !== "cluster") return void 0;
    const names = eksInputNames(source.major);
    const inputs2 = {
      cluster_version: names.version,
      kubernetes_version: names.version,
      cluster_name: names.name,
      name: names.name,
      cluster_id: names.name
    };
    const wanted = inputs2[output];
    const input = wanted && moduleInput(call, caller, expansion, wanted);
    if (input) return through(input.value, [input.at]);
    return unknown(
      `module output ${output} is computed by AWS or the module`,
      `module.${call.labels[0]}.${output}`,
      origin(at2),
      // The module's version output is its cluster's: a group given it follows the control plane.
      wanted === names.version ? { type: "aws_eks_cluster", name: "this", attribute: "version" } : void 0
    );
  }
};
function readGroupCollection(collection, defaults2, kind, major, cluster) {
  if (!collection || collection.value.type === "null") return [];
  const value = collection.value;
  const entries = value.type === "object" ? [...value.entries] : value.type === "list" ? value.items.map((item, i) => [String(i), item]) : [];
  if (value.type !== "object" && value.type !== "list") {
    const version2 = declaredVersion(
      value,
      collection.at,
      () => unspecified(collection.at, "no node groups")
    );
    return [
      nodeGroupWithoutAmi(
        { name: `(${kind} node groups)`, kind, at: collection.at, version: version2 },
        "unknown"
      )
    ];
  }
  return entries.filter(([, group]) => creates(group, defaults2)).map(([key, group]) => readGroup(key, group, defaults2, kind, major, cluster));
}
function creates(group, defaults2) {
  for (const source of [group, defaults2]) {
    const create = source?.type === "object" ? source.entries.get("create") : void 0;
    if (create && create.type !== "null") return truthy(create) !== false;
  }
  return true;
}
function readGroup(key, group, defaults2, kind, major, cluster) {
  const at2 = group.origin.at;
  const setting = (...names2) => {
    for (const source of [group, defaults2]) {
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
    () => defaultAmiType(kind, major, platform, at2)
  );
  const releaseVersion = declaredString(
    setting("ami_release_version", "release_version"),
    void 0,
    () => truthy(
      setting("use_latest_ami_release_version") ?? { type: "null", origin: group.origin }
    ) === true ? policy(
      "latest",
      at2,
      "use_latest_ami_release_version: the newest AMI release for the version, read from SSM at plan time"
    ) : unspecified(
      at2,
      kind === "managed" ? "EKS picks the latest AMI release for the version" : "not set"
    )
  );
  const amiValue = setting("ami_id");
  const amiId = declaredString(amiValue, void 0, () => unspecified(at2, "the EKS-optimized AMI"));
  const version2 = groupVersion({
    explicit: setting(...names.groupVersion),
    release: releaseVersion,
    amiType: amiType.value ?? platform,
    customAmi: amiValue ? versionFromAmi(amiValue) ?? amiId : void 0,
    cluster,
    at: at2
  });
  return {
    name,
    kind,
    at: at2,
    version: version2,
    amiType,
    amiFamily: unspecified(at2, "see the AMI type"),
    releaseVersion,
    amiId
  };
}
function defaultAmiType(kind, major, platform, at2) {
  if (kind === "fargate") return unspecified(at2, "Fargate has no AMI");
  if (platform === "bottlerocket")
    return unspecified(at2, 'platform = "bottlerocket"', "BOTTLEROCKET_x86_64");
  if (platform === "windows")
    return unspecified(at2, 'platform = "windows"', "WINDOWS_CORE_2019_x86_64");
  if (major !== null && major >= 21)
    return unspecified(at2, "the module default from v21", "AL2023_x86_64_STANDARD");
  if (major === null)
    return unspecified(
      at2,
      "depends on the module major, which the call does not pin: AL2023 from v21, before that the EKS or module default"
    );
  if (kind === "self-managed")
    return unspecified(at2, "the module default before v21 (an AL2 AMI)", "AL2_x86_64");
  return unspecified(
    at2,
    "EKS's default when the group was created (AL2 before 1.30, AL2023 from 1.30); set ami_type to make it checkable"
  );
}
function readAddonMap(input, module) {
  if (!input || input.value.type !== "object") return [];
  const { major, exact } = module;
  const nullVersion = exact !== void 0 && exact[0] === 21 && exact[1] === 0 && exact[2] < 5;
  return [...input.value.entries].map(([key, config]) => {
    const at2 = config.origin.at;
    const get = (name2) => config.type === "object" ? config.entries.get(name2) : void 0;
    const name = asString(get("name") ?? { type: "null", origin: config.origin }) ?? key;
    const mostRecent = truthy(get("most_recent") ?? { type: "null", origin: config.origin });
    const version2 = addonVersion(get("addon_version"), () => {
      if (nullVersion)
        return unspecified(
          at2,
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
          at2,
          "terraform-aws-modules/eks v21 installs the most recent version by default"
        );
      if (major === null)
        return unspecified(
          at2,
          "the EKS default version up to module v20, the most recent from v21 (the module major is not pinned)"
        );
      if (major >= 19)
        return policy(
          "default",
          at2,
          "terraform-aws-modules/eks v19/v20 reads the default version for the cluster version at plan time"
        );
      return unspecified(at2, "EKS installs its default version for the cluster version");
    });
    return { name, at: at2, version: version2 };
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
          const fixed2 = toFixedExact(exact, precision ?? 6, parsed ? binarySide(exact) : null);
          if (fixed2 === null)
            return fail(`rounding ${exact} to ${precision ?? 6} places is a tie`, true);
          body = !fixed2.startsWith("-") && flags.includes("+") ? `+${fixed2}` : fixed2;
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
function convert2(value, type, evaluateDefault) {
  if (type.kind === "any" || value.type === "unknown" || value.type === "error" || value.type === "null")
    return value;
  const fail = (what) => error(`a ${describe2(value)} cannot be converted to ${what}`, "", value.origin);
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
        const converted = convert2(through(item, value.origin.via), type.element, evaluateDefault);
        if (converted.type === "error") return converted;
        items.push(converted);
      }
      return type.kind === "set" ? setOf(items, value.origin) : list2(items, value.origin);
    }
    case "tuple": {
      if (value.type !== "list" || value.items.length !== type.elements.length) return fail("tuple");
      return list2(
        value.items.map((item, i) => convert2(item, type.elements[i], evaluateDefault)),
        value.origin
      );
    }
    case "map": {
      if (value.type !== "object") return fail("map");
      const entries = /* @__PURE__ */ new Map();
      for (const [key, item] of value.entries) {
        const converted = convert2(item, type.element, evaluateDefault);
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
            fallback ? convert2(fallback, attribute.type, evaluateDefault) : given ?? { type: "null", origin: value.origin }
          );
          continue;
        }
        const converted = convert2(given, attribute.type, evaluateDefault);
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
function describe2(value) {
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
  } catch {
    return unknown(`${name}() could not be evaluated with these arguments`, call.text, here);
  }
}
function settle(value, call, here) {
  if (value.type === "unknown") return unknown(value.reason, call.text, here, value.data);
  const failed = value;
  return (failed.static ? staticError : error)(failed.reason, call.text, here);
}
function strict2(impl) {
  return (args, call, here) => {
    const unsettled2 = firstUnsettled(args);
    return unsettled2 ? settle(unsettled2, call, here) : impl(args, call, here);
  };
}
var stringOp = (fn) => strict2((args, call, here) => {
  const texts = args.map(asString);
  if (texts.some((t) => t === null)) return error(`${call.name}() needs strings`, call.text, here);
  return str(fn(...texts), combined(call.at, args));
});
var FUNCTIONS = {
  format: strict2((args, call, here) => {
    const [spec, ...rest] = args;
    const pattern = spec && asString(spec);
    if (pattern === null || pattern === void 0)
      return error("format() needs a format string", call.text, here);
    const text2 = formatString(pattern, rest);
    if (typeof text2 !== "string")
      return text2.unknown ? unknown(text2.reason, call.text, here) : error(text2.reason, call.text, here);
    return str(text2, combined(call.at, rest));
  }),
  join: strict2((args, call, here) => {
    const [sep2, ...lists] = args;
    const parts = lists.flatMap((l) => elements(l) ?? []);
    const unsettled2 = firstUnsettled(parts);
    if (unsettled2) return settle(unsettled2, call, here);
    const texts = parts.map(asString);
    if (!sep2 || asString(sep2) === null || texts.some((t) => t === null))
      return error("join() needs a separator and lists of strings", call.text, here);
    return str(texts.join(asString(sep2)), combined(call.at, parts));
  }),
  split: strict2((args, call, here) => {
    const [sep2, text2] = args.map(asString);
    if (sep2 == null || text2 == null) return error("split() needs two strings", call.text, here);
    return list2(
      text2.split(sep2).map((part) => str(part, here)),
      here
    );
  }),
  lower: stringOp((s) => s.toLowerCase()),
  upper: stringOp((s) => s.toUpperCase()),
  trimspace: stringOp((s) => s.trim()),
  trimprefix: stringOp((s, p) => s.startsWith(p) ? s.slice(p.length) : s),
  trimsuffix: stringOp((s, p) => p && s.endsWith(p) ? s.slice(0, -p.length) : s),
  trim: stringOp((s, chars) => {
    const set2 = new Set(chars);
    let a = 0;
    let b = s.length;
    while (a < b && set2.has(s[a])) a++;
    while (b > a && set2.has(s[b - 1])) b--;
    return s.slice(a, b);
  }),
  replace: strict2((args, call, here) => {
    const [text2, search, replacement] = args.map(asString);
    if (text2 == null || search == null || replacement == null)
      return error("replace() needs three strings", call.text, here);
    if (search.length > 1 && search.startsWith("/") && search.endsWith("/")) {
      const compiled2 = compileRe2(search.slice(1, -1), "g");
      const template = replacementTemplate(replacement);
      if ("unsupported" in compiled2 || template === null)
        return unknown(
          "unsupported" in compiled2 ? compiled2.unsupported : "the replacement is not evaluated",
          call.text,
          here
        );
      return str(text2.replace(compiled2.regex, template), combined(call.at, args));
    }
    return str(text2.split(search).join(replacement), combined(call.at, args));
  }),
  regex: strict2((args, call, here) => {
    const matches2 = regexMatches(args, call, here, false);
    return Array.isArray(matches2) ? matches2[0] : matches2;
  }),
  regexall: strict2((args, call, here) => {
    const matches2 = regexMatches(args, call, here, true);
    return Array.isArray(matches2) ? list2(matches2, here) : matches2;
  }),
  jsondecode: strict2((args, call, here) => {
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
  substr: strict2((args, call, here) => {
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
  startswith: strict2(
    (args, _call, here) => bool((asString(args[0]) ?? "").startsWith(asString(args[1]) ?? "\0"), here)
  ),
  endswith: strict2(
    (args, _call, here) => bool((asString(args[0]) ?? "").endsWith(asString(args[1]) ?? "\0"), here)
  ),
  strcontains: strict2(
    (args, _call, here) => bool((asString(args[0]) ?? "").includes(asString(args[1]) ?? "\0"), here)
  ),
  // Sensitivity changes how Terraform prints a value, not the value.
  sensitive: (args, call, here) => args.length === 1 ? args[0] : error("sensitive() takes one argument", call.text, here),
  nonsensitive: (args, call, here) => args.length === 1 ? args[0] : error("nonsensitive() takes one argument", call.text, here),
  tostring: strict2((args, call, here) => {
    const value = args[0];
    if (value.type === "null") return value;
    const text2 = asString(value);
    return text2 === null ? error("tostring() needs a primitive", call.text, here) : str(text2, value.origin);
  }),
  tonumber: strict2((args, call, here) => {
    const value = args[0];
    if (value.type === "null") return value;
    const n = asNumber(value);
    return n === null ? error("tonumber() cannot convert this", call.text, here) : num(n, value.origin);
  }),
  tobool: strict2((args, call, here) => {
    const b = truthy(args[0]);
    return b === null ? error("tobool() cannot convert this", call.text, here) : bool(b, args[0].origin);
  }),
  tolist: strict2((args, call, here) => listOf(args[0], call, here)),
  toset: strict2((args, call, here) => {
    const items = elements(args[0]);
    return items && args[0].type === "list" ? setOf(items, args[0].origin) : error("toset() needs a list", call.text, here);
  }),
  tomap: strict2(
    (args, call, here) => args[0].type === "object" ? args[0] : error("tomap() needs an object", call.text, here)
  ),
  concat: strict2((args, call, here) => {
    const items = [];
    for (const arg of args) {
      const parts = elements(arg);
      if (!parts || arg.type === "object") return error("concat() needs lists", call.text, here);
      items.push(...parts.map((p) => through(p, arg.origin.via)));
    }
    return list2(items, here);
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
    const [map2, key, fallback] = args;
    if (!map2 || !key) return error("lookup() needs a map and a key", call.text, here);
    const unsettled2 = firstUnsettled([map2, key]);
    if (unsettled2) return settle(unsettled2, call, here);
    const k = asString(key);
    if (map2.type !== "object" || k === null)
      return error("lookup() needs a map and a string key", call.text, here);
    const found = map2.entries.get(k);
    if (found) return through(found, map2.origin.via);
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
  element: strict2((args, call, here) => {
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
  one: strict2((args, call, here) => {
    const items = elements(args[0]);
    if (!items || items.length > 1)
      return error("one() needs a list of at most one element", call.text, here);
    return items[0] ? through(items[0], args[0].origin.via) : { type: "null", origin: here };
  }),
  length: strict2((args, call, here) => {
    const value = args[0];
    if (value.type === "string") return num([...value.value].length, here);
    const items = elements(value);
    return items ? num(items.length, here) : error("length() needs a string, list or map", call.text, here);
  }),
  keys: strict2(
    (args, call, here) => args[0].type === "object" ? list2(
      [...args[0].entries.keys()].sort().map((k) => str(k, here)),
      here
    ) : error("keys() needs a map", call.text, here)
  ),
  values: strict2((args, call, here) => {
    const value = args[0];
    if (value.type !== "object") return error("values() needs a map", call.text, here);
    const sorted = [...value.entries].sort(([a], [b]) => a < b ? -1 : 1).map(([, v]) => through(v, value.origin.via));
    return list2(sorted, here);
  }),
  contains: strict2((args, call, here) => {
    const items = elements(args[0]);
    return items ? bool(
      items.some((item) => equalValues(item, args[1])),
      here
    ) : error("contains() needs a list", call.text, here);
  }),
  flatten: strict2((args, _call, here) => {
    const out = [];
    const walk = (value) => {
      if (value.type === "list") value.items.forEach(walk);
      else out.push(value);
    };
    walk(args[0]);
    return list2(out, here);
  }),
  distinct: strict2((args, call, here) => distinctList(args[0], call, here)),
  compact: strict2((args, call, here) => {
    const items = elements(args[0]);
    if (!items) return error("compact() needs a list", call.text, here);
    const unsettled2 = firstUnsettled(items);
    if (unsettled2) return settle(unsettled2, call, here);
    return list2(
      items.filter(
        (item) => item.type !== "null" && !(item.type === "string" && item.value === "")
      ),
      here
    );
  }),
  reverse: strict2((args, call, here) => {
    const items = elements(args[0]);
    return items ? list2([...items].reverse(), here) : error("reverse() needs a list", call.text, here);
  }),
  sort: strict2((args, call, here) => {
    const items = elements(args[0]);
    if (!items) return error("sort() needs a list", call.text, here);
    return list2(
      [...items].sort((a, b) => (asString(a) ?? "") < (asString(b) ?? "") ? -1 : 1),
      here
    );
  }),
  slice: strict2((args, call, here) => {
    const items = elements(args[0]);
    const from = asNumber(args[1]);
    const to = asNumber(args[2]);
    if (!items || from === null || to === null)
      return error("slice() needs a list and two indexes", call.text, here);
    return list2(items.slice(from, to), here);
  }),
  zipmap: strict2((args, call, here) => {
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
  range: strict2((args, call, here) => {
    const n = args.map(asNumber);
    if (n.some((x) => x === null) || n.length === 0)
      return error("range() needs numbers", call.text, here);
    const [start, end, step] = n.length === 1 ? [0, n[0], 1] : [n[0], n[1], n[2] ?? 1];
    const out = [];
    for (let i = start; step > 0 ? i < end : i > end; i += step) {
      if (out.length > 1024) return error("range() is too long", call.text, here);
      out.push(num(i, here));
    }
    return list2(out, here);
  }),
  max: strict2((args, call, here) => numeric2(args, call, here, (...n) => Math.max(...n))),
  min: strict2((args, call, here) => numeric2(args, call, here, (...n) => Math.min(...n))),
  floor: strict2((args, call, here) => numeric2(args, call, here, Math.floor)),
  ceil: strict2((args, call, here) => numeric2(args, call, here, Math.ceil)),
  abs: strict2((args, call, here) => numeric2(args, call, here, Math.abs))
};
function numeric2(args, call, here, fn) {
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
  const compiled2 = compileRe2(pattern, "g");
  if ("unsupported" in compiled2) return unknown(compiled2.unsupported, call.text, here);
  const at2 = combined(call.at, args);
  const results = [];
  for (const match2 of text2.matchAll(compiled2.regex)) {
    const groups = match2.slice(1);
    const named2 = match2.groups ? Object.entries(match2.groups) : [];
    if (named2.length > 0 && named2.length !== groups.length)
      return error("a pattern cannot mix named and unnamed groups", call.text, here);
    results.push(
      named2.length > 0 ? obj(new Map(named2.map(([name, v]) => [name, str(v ?? "", at2)])), at2) : groups.length > 0 ? list2(
        groups.map((v) => str(v ?? "", at2)),
        at2
      ) : str(match2[0], at2)
    );
    if (!all) break;
    if (match2[0] === "") compiled2.regex.lastIndex++;
  }
  if (!all && results.length === 0) return error("the pattern did not match", call.text, here);
  return results;
}
function fromJson(data, at2) {
  if (data === null) return { type: "null", origin: at2 };
  if (typeof data === "string") return str(data, at2);
  if (typeof data === "boolean") return bool(data, at2);
  if (typeof data === "number") {
    const text2 = numberText(data);
    return text2 === null ? unknown("a JSON number too precise to use", "", at2) : num(data, at2, text2);
  }
  if (Array.isArray(data))
    return list2(
      data.map((item) => fromJson(item, at2)),
      at2
    );
  return obj(
    new Map(Object.entries(data).map(([k, v]) => [k, fromJson(v, at2)])),
    at2
  );
}
function distinctList(value, call, here) {
  const items = elements(value);
  if (!items || value.type === "object")
    return error(`${call.name}() needs a list`, call.text, here);
  const out = [];
  for (const item of items) if (!out.some((seen) => equalValues(seen, item))) out.push(item);
  return list2(out, value.origin);
}

// src/readers/terraform/hcl/evaluate.ts
var NO_BINDINGS = /* @__PURE__ */ new Map();
function evaluate(expr, scope, bindings = NO_BINDINGS, depth = 0) {
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
      return list2(
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
        reason: `it depends on \`${expr.test.text}\``,
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
      return binary2(expr, ev(expr.left), ev(expr.right));
    case "for":
      return forExpression(expr, ev, bindings);
    case "unsupported":
      return unknown(`${expr.reason} is not supported`, expr.text, here);
  }
}
function binary2(expr, left, right) {
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
  const at2 = combined(expr.at, [left, right]);
  if (expr.op === "==" || expr.op === "!=") {
    const same = equalValues(left, right) || asString(left) !== null && asString(left) === asString(right) && left.type !== "bool" && right.type !== "bool" && left.type === right.type;
    return bool(expr.op === "==" ? same : !same, at2);
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
      ) : num(Number(text2), at2, text2);
    }
    case ">":
      return bool(a > b, at2);
    case ">=":
      return bool(a >= b, at2);
    case "<":
      return bool(a < b, at2);
    case "<=":
      return bool(a <= b, at2);
    default:
      return error(`unknown operator ${expr.op}`, expr.text, here);
  }
}
function forExpression(expr, ev, bindings) {
  const here = origin(expr.at);
  const collection = ev(expr.collection);
  if (firstUnsettled([collection])) return carry(collection, expr);
  const pairs2 = collection.type === "object" ? [...collection.entries].map(([k, v]) => [str(k, v.origin), v]) : collection.type === "list" ? collection.items.map((v, i) => [num(i, v.origin), v]) : [];
  if (collection.type !== "object" && collection.type !== "list")
    return error("for needs a list or a map", expr.text, here);
  const items = [];
  const entries = /* @__PURE__ */ new Map();
  for (const [key, value] of pairs2) {
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
          list2([...group && group.type === "list" ? group.items : [], result], here)
        );
      } else {
        entries.set(text2, result);
      }
    } else {
      items.push(result);
    }
  }
  return expr.keyExpr ? obj(entries, here) : list2(items, here);
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
  const bound2 = bindings.get(name);
  if (bound2) return applySteps(bound2, steps, expr, ev);
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
    return list2(items2, here);
  }
  const target = ev(expr.target);
  if (target.type === "unknown" || target.type === "error") return carry(target, expr);
  if (target.type === "null") return list2([], here);
  const items = target.type === "list" ? target.items : [target];
  return list2(
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
      return error(`${what} does not exist in ${describe3(current)}`, expr.text, origin(expr.at));
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
function describe3(value) {
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
  const map2 = call.body.attributes.get("providers")?.expression;
  const entry = map2?.kind === "object" ? map2.entries.find((e) => (typeof e.key === "string" ? e.key : e.key.text) === reference) : void 0;
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

// src/readers/terraform/eks/deployed-files.ts
import path7 from "node:path/posix";
function deployedFiles(site, attribute) {
  const expression = site.block.body.attributes.get(attribute)?.expression;
  if (!expression) return [];
  const rootDir = site.root.replace(/\[.*\]$/, "").replace(/^\.$/, "");
  const dirs = { module: site.instance.directory.dir, root: rootDir };
  const found = [];
  visit3(expression, (call) => {
    const target = call.args[0] && filePath(call.args[0], dirs);
    if (target !== void 0) found.push(target);
  });
  return found;
}
function visit3(expr, onFileCall, depth = 0) {
  if (depth > 32) return;
  const next = (child) => visit3(child, onFileCall, depth + 1);
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
  return repositoryPath(path7.join(".", tail.replace(/^\//, "")), dirs[which]);
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
    const prefix2 = site.instance.address ? `${site.instance.address}.` : "";
    const key = maybeIndex?.kind === "index" ? site.instance.evaluateIn(site.expansion, maybeIndex.key) : void 0;
    const suffix = key ? key.type === "number" ? `[${key.value}]` : `[${JSON.stringify(asString(key))}]` : "";
    return { kind: "address", address: `${prefix2}${kind}.${resource.name}${suffix}` };
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
  const version2 = attr(site, "version");
  const at2 = site.block.at;
  const tag = helmImageTag(site);
  const component = componentFromChart(
    chart,
    version2 ? asString(version2.value) ?? void 0 : void 0,
    tag ? asString(tag.value) ?? void 0 : void 0,
    at2,
    tag?.value.origin.at ?? version2?.value.origin.at
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
    const match2 = declared?.status && typeof declared.value === "string" ? HOLE.exec(declared.value) : null;
    const cause = match2 ? holes[Number(match2[1])] : void 0;
    if (declared?.at && (cause?.type === "unknown" || cause?.type === "error"))
      out[key] = unresolved(declared.at, cause.expression, cause.reason);
  }
  return out;
}
function expressionOf(value) {
  return value?.type === "unknown" || value?.type === "error" ? value.expression : "…";
}
function pointedAt(item, at2) {
  const out = { ...item };
  for (const [key, field] of Object.entries(item)) {
    if (key === "at") out[key] = at2;
    else if (field?.status && field.at) out[key] = { ...field, at: at2 };
  }
  return out;
}
function objectContents(manifest, at2) {
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
  const group = karpenterNodeClass({
    name: name ?? "EC2NodeClass",
    at: at2,
    ...amiFamily && { amiFamily },
    ...alias && { alias }
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
  const at2 = site.block.at;
  const name = text(attr(site, "name")) ?? text(attr(site, "name_prefix")) ?? site.address;
  const amiId = image ? declaredString(
    image.value,
    image.at,
    () => unspecified(at2, "the launch template sets no image")
  ) : unresolved(
    at2,
    site.address,
    "the launch template or configuration of this group could not be followed"
  );
  const hint = image ? familyHint(image.value) : void 0;
  const family = hint?.family ?? null;
  const amiFamily = hint ? unspecified(hint.at, `from the AMI ${hint.text}`, hint.family) : unspecified(at2, "a self-managed group: see its AMI");
  site.out.attachments.push({
    root: site.root,
    link: clusterName !== void 0 ? { kind: "name", name: clusterName } : {
      kind: "unknown",
      reason: "the group has no kubernetes.io/cluster/NAME tag",
      within: site.instance.address
    },
    what: `self-managed node group ${name}`,
    ...onlyInsideCluster && { onlyInsideCluster },
    at: at2,
    attach(cluster) {
      const version2 = groupVersion({
        explicit: void 0,
        release: unspecified(at2, "a self-managed group runs the AMI it is given"),
        amiType: family,
        customAmi: fromAmi ?? amiId,
        cluster: cluster.version,
        at: at2
      });
      cluster.nodeGroups.push({
        name,
        kind: "self-managed",
        at: at2,
        version: version2,
        amiType: unspecified(at2, "a self-managed group has no EKS AMI type; see its AMI family"),
        amiFamily,
        releaseVersion: unspecified(at2, "a self-managed group runs the AMI it is given"),
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
    const match2 = value ? CLUSTER_TAG.exec(value) : null;
    if (match2) return match2[1];
  }
  const tags = attr(site, "tags")?.value;
  for (const item of tags?.type === "list" ? tags.items : []) {
    const key = item.type === "object" ? item.entries.get("key") : void 0;
    const match2 = key ? CLUSTER_TAG.exec(asString(key) ?? "") : null;
    if (match2) return match2[1];
  }
  return void 0;
}

// src/readers/terraform/eks/extract.ts
var settled = (value) => value !== void 0 && value.type !== "unknown" && value.type !== "error";
function extractInstance(instance, root, out) {
  const prefix2 = instance.address ? `${instance.address}.` : "";
  for (const [key, block] of instance.directory.resources) {
    const type = block.labels[0];
    for (const expansion of instance.expand(block)) {
      const address = `${prefix2}${key}${expansion.suffix}`;
      const read = RESOURCE_READERS[type];
      if (read) read({ instance, block, expansion, address, root, out });
    }
  }
  for (const [name, call] of instance.directory.moduleCalls) {
    const eks = classifyEksModule(call);
    for (const expansion of instance.expand(call)) {
      const address = `${prefix2}module.${name}${expansion.suffix}`;
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
  const version2 = attr(site, "version");
  site.out.clusters.push({
    id: clusterId(site.root, site.address),
    name: text(attr(site, "name")) ?? site.address,
    address: site.address,
    root: site.root,
    source: { kind: "terraform", file: site.block.at.file, line: site.block.at.line },
    ...awsIdentity(site),
    version: declaredVersion(
      version2?.value,
      version2?.at,
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
  const at2 = site.block.at;
  const amiType = declaredString(
    amiTypeInput?.value,
    amiTypeInput?.at,
    () => unspecified(at2, EKS_DEFAULT_AMI_TYPE)
  );
  const releaseVersion = declaredString(
    releaseInput?.value,
    releaseInput?.at,
    () => unspecified(at2, EKS_LATEST_RELEASE)
  );
  const customAmi = nodeImage(site);
  const amiId = customAmi ? declaredString(customAmi.value, customAmi.at, () => unspecified(at2, "the EKS-optimized AMI")) : unspecified(at2, "the EKS-optimized AMI");
  site.out.attachments.push(
    attachment(site, "cluster_name", `node group ${name}`, (cluster) => {
      const version2 = groupVersion({
        // EKS refuses a version beside a custom AMI, so a version that depends on
        // whether the AMI is set (the module's `var.ami_id != "" ? null : …`) is the AMI's.
        explicit: customAmi && !settled(versionInput?.value) ? void 0 : versionInput?.value,
        release: releaseVersion,
        amiType: amiType.value,
        customAmi: customAmi ? versionFromAmi(customAmi.value) ?? amiId : void 0,
        cluster: cluster.version,
        at: versionInput?.at ?? at2
      });
      cluster.nodeGroups.push({
        name,
        kind: "managed",
        at: at2,
        version: version2,
        amiType,
        amiFamily: unspecified(at2, "see the AMI type"),
        releaseVersion,
        amiId
      });
    })
  );
}
function readAddonResource(site) {
  const name = text(attr(site, "addon_name")) ?? site.address;
  const version2 = attr(site, "addon_version");
  const at2 = site.block.at;
  site.out.attachments.push(
    attachment(site, "cluster_name", `add-on ${name}`, (cluster) => {
      cluster.addons.push({
        name,
        at: at2,
        version: addonVersion(
          version2?.value,
          () => unspecified(at2, "EKS installs its default version for the cluster version")
        )
      });
    })
  );
}
function readFargateResource(site) {
  const name = text(attr(site, "fargate_profile_name")) ?? site.address;
  const at2 = site.block.at;
  site.out.attachments.push(
    attachment(
      site,
      "cluster_name",
      `Fargate profile ${name}`,
      (cluster) => cluster.nodeGroups.push(fargateProfile(name, at2, cluster.version))
    )
  );
}
function fargateProfile(name, at2, cluster) {
  const none = (what) => unspecified(at2, `Fargate manages the ${what}`);
  return {
    name,
    kind: "fargate",
    at: at2,
    version: inheritsControlPlane(cluster, at2),
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
  const at2 = site.block.at;
  const name = text(input(["node_group_name", "name"])) ?? site.address;
  const single = (value) => value?.type === "list" && value.items.length <= 1 ? value.items[0] : value;
  const versionInput = input(["kubernetes_version", "cluster_version"]);
  const explicit = single(versionInput?.value);
  const amiTypeInput = input(["ami_type"]);
  const releaseInput = input(["ami_release_version", "release_version"]);
  const amiType = declaredString(
    single(amiTypeInput?.value),
    amiTypeInput?.at,
    () => unspecified(at2, EKS_DEFAULT_AMI_TYPE)
  );
  const releaseVersion = declaredString(
    single(releaseInput?.value),
    releaseInput?.at,
    () => unspecified(at2, EKS_LATEST_RELEASE)
  );
  site.out.attachments.push(
    attachment(site, "cluster_name", `node group module ${site.block.labels[0]}`, (cluster) => {
      cluster.nodeGroups.push({
        name,
        kind: "managed",
        at: at2,
        version: groupVersion({
          explicit,
          release: releaseVersion,
          amiType: amiType.value,
          customAmi: void 0,
          cluster: cluster.version,
          at: versionInput?.at ?? at2
        }),
        amiType,
        amiFamily: unspecified(at2, "see the AMI type"),
        releaseVersion,
        amiId: unspecified(at2, "the EKS-optimized AMI")
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
  const input = (list3) => moduleInput(call, instance, expansion, list3);
  const majorNote = source.major === null ? " (module major not pinned: input names of every major accepted)" : "";
  const create = input(["create", "create_eks"]);
  if (create && truthy(create.value) === false) return;
  if (source.kind === "cluster") {
    const versionInput = input(names.version);
    const version2 = declaredVersion(
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
      version: version2,
      nodeGroups: [],
      addons: [],
      components: [],
      apis: [],
      deploys: []
    };
    const defaults2 = (list3) => input(list3)?.value;
    draft.nodeGroups.push(
      ...readGroupCollection(
        input(names.managed),
        defaults2(names.managedDefaults),
        "managed",
        source.major,
        version2
      ),
      ...names.selfManaged.flatMap(
        (name) => readGroupCollection(
          input([name]),
          defaults2(names.selfManagedDefaults),
          "self-managed",
          source.major,
          version2
        )
      ),
      ...readGroupCollection(
        input(["fargate_profiles"]),
        defaults2(["fargate_profile_defaults"]),
        "fargate",
        source.major,
        version2
      ).map((group2) => fargateProfile(group2.name, group2.at, version2))
    );
    draft.addons.push(...readAddonMap(input(names.addons), source));
    site.out.clusters.push(draft);
    return;
  }
  if (source.kind === "other") return;
  if (source.kind === "node-groups" || source.kind === "fargate") {
    const fargate = source.kind === "fargate";
    const groups = input(fargate ? ["fargate_profiles"] : ["node_groups"]);
    const defaults2 = input(fargate ? [] : ["node_groups_defaults"])?.value;
    site.out.attachments.push(
      attachment(site, "cluster_name", `module ${call.labels[0]}`, (cluster) => {
        const read = readGroupCollection(
          groups,
          defaults2,
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

// src/readers/terraform/hcl/exponents.ts
var INSERT = ".0";
function fixExponents(text2) {
  if (!/\d[eE][-+]?\d/.test(text2)) return { text: text2, shift: (_row, column) => column };
  let out = "";
  let row = 0;
  let lineStart = 0;
  const inserts = /* @__PURE__ */ new Map();
  let i = 0;
  const n = text2.length;
  const copy = (stop) => {
    for (; i < stop; i++) {
      out += text2[i];
      if (text2[i] === "\n") {
        row++;
        lineStart = out.length;
      }
    }
  };
  const expression = (closing) => {
    let depth = 0;
    while (i < n) {
      const ch = text2[i];
      if (closing && ch === "}" && depth === 0) return;
      if (ch === "{") depth++;
      else if (ch === "}") depth--;
      if (ch === "#" || ch === "/" && text2[i + 1] === "/") {
        const end = text2.indexOf("\n", i);
        copy(end < 0 ? n : end);
      } else if (ch === "/" && text2[i + 1] === "*") {
        const end = text2.indexOf("*/", i + 2);
        copy(end < 0 ? n : end + 2);
      } else if (ch === '"') {
        quoted();
      } else if (ch === "<" && text2[i + 1] === "<") {
        heredoc();
      } else if (/\d/.test(ch) && !/[\w.]/.test(text2[i - 1] ?? " ")) {
        const match2 = /^(\d+)([eE][-+]?\d+)(?![\w.])/.exec(text2.slice(i, i + 64));
        if (match2) {
          const column = out.length - lineStart + match2[1].length;
          inserts.set(row, [...inserts.get(row) ?? [], column]);
          out += match2[1] + INSERT + match2[2];
          i += match2[0].length;
        } else copy(i + /^[\w.]+/.exec(text2.slice(i))[0].length);
      } else copy(i + 1);
    }
  };
  const templateStep = () => {
    const ch = text2[i];
    const next = text2[i + 1];
    if ((ch === "$" || ch === "%") && next === ch && text2[i + 2] === "{") copy(i + 3);
    else if ((ch === "$" || ch === "%") && next === "{") {
      copy(i + 2);
      expression(true);
      copy(Math.min(i + 1, n));
    } else copy(i + 1);
  };
  const quoted = () => {
    copy(i + 1);
    while (i < n && text2[i] !== '"' && text2[i] !== "\n") {
      if (text2[i] === "\\") copy(Math.min(i + 2, n));
      else templateStep();
    }
    copy(Math.min(i + 1, n));
  };
  const heredoc = () => {
    const marker = /^<<-?([A-Za-z_][\w-]*)\r?\n/.exec(text2.slice(i, i + 256));
    if (!marker) return copy(i + 2);
    copy(i + marker[0].length);
    const end = new RegExp(`^[ \\t]*${marker[1]}[ \\t]*\\r?$`);
    while (i < n) {
      const lineEnd = text2.indexOf("\n", i);
      const line = text2.slice(i, lineEnd < 0 ? n : lineEnd);
      if (end.test(line)) return copy(i + line.length);
      const stop = lineEnd < 0 ? n : lineEnd + 1;
      while (i < stop) templateStep();
    }
  };
  expression(false);
  return {
    text: out,
    shift: (r, column) => {
      let original = column;
      for (const at2 of inserts.get(r) ?? []) if (column > at2) original -= INSERT.length;
      return original;
    }
  };
}

// src/readers/terraform/hcl/parse.ts
function parseHcl(parser, file2) {
  const source = fixExponents(file2.text);
  const tree = parser.parse(source.text);
  if (!tree)
    return {
      path: file2.path,
      body: emptyBody(),
      syntaxErrors: [{ at: sourceRef(file2.path, 1), message: "the parser gave up on this file" }]
    };
  try {
    const converter = new Converter(file2.path, source.text, source.shift);
    const root = tree.rootNode;
    const bodyNode = root.namedChildren.find((child) => child?.type === "body");
    const body = bodyNode ? converter.body(bodyNode, true) : emptyBody();
    if (root.hasError) converter.collectErrors(root);
    return { path: file2.path, body, syntaxErrors: converter.errors };
  } finally {
    tree.delete();
  }
}
function emptyBody() {
  return { attributes: /* @__PURE__ */ new Map(), blocks: [] };
}
var BINARY_OPERATORS = /* @__PURE__ */ new Set([
  "*",
  "/",
  "%",
  "+",
  "-",
  ">",
  ">=",
  "<",
  "<=",
  "==",
  "!=",
  "&&",
  "||"
]);
var Converter = class {
  constructor(file2, source, shift = (_r, column) => column) {
    this.file = file2;
    this.source = source;
    this.shift = shift;
  }
  file;
  source;
  shift;
  errors = [];
  at(node) {
    const { row, column } = node.startPosition;
    return sourceRef(this.file, row + 1, this.shift(row, column) + 1);
  }
  collectErrors(node) {
    if (this.errors.length >= 20) return;
    if (node.isError || node.isMissing) {
      const what = node.isMissing ? `missing "${node.type}"` : `unexpected "${firstLine(node.text)}"`;
      this.errors.push({ at: this.at(node), message: `HCL syntax error: ${what}` });
      return;
    }
    if (!node.hasError) return;
    for (const child of node.children) if (child) this.collectErrors(child);
  }
  body(node, skipBroken = false) {
    const attributes = /* @__PURE__ */ new Map();
    const blocks2 = [];
    for (const child of named(node)) {
      if (skipBroken && child.hasError) continue;
      if (child.type === "attribute") {
        const [name, value] = named(child);
        if (!name || !value) continue;
        attributes.set(name.text, {
          name: name.text,
          at: this.at(child),
          expression: this.expression(value)
        });
      } else if (child.type === "block") {
        const parts = named(child);
        const type = parts[0]?.text ?? "";
        const labels = parts.slice(1).filter((part) => part.type === "string_lit" || part.type === "identifier").map((part) => part.type === "string_lit" ? stringContent(part) : part.text);
        const inner = parts.find((part) => part.type === "body");
        blocks2.push({
          type,
          labels,
          at: this.at(child),
          body: inner ? this.body(inner) : emptyBody()
        });
      }
    }
    return { attributes, blocks: blocks2 };
  }
  expression(node) {
    if (node.type !== "expression") return this.term([node]);
    const children = node.children.filter(isNode2);
    const conditional = children.length === 1 && children[0].type === "conditional" ? children[0] : void 0;
    if (conditional) {
      const [test, then, otherwise] = named(conditional).filter(
        (child) => child.type === "expression"
      );
      if (!test || !then || !otherwise) return this.unsupported(node, "an incomplete conditional");
      return {
        kind: "conditional",
        test: this.expression(test),
        then: this.expression(then),
        otherwise: this.expression(otherwise),
        at: this.at(node),
        text: node.text
      };
    }
    return this.term(children, node);
  }
  /** An `_expr_term`, which tree-sitter inlines: a primary followed by attribute, index and splat suffixes. */
  term(nodes, whole) {
    const parts = nodes.filter((node) => node.type !== "comment");
    if (parts.length === 0) return this.unsupported(whole ?? nodes[0], "an empty expression");
    let index;
    let expr;
    const first = parts[0];
    const text2 = (end) => this.source.slice(first.startIndex, end.endIndex);
    if (first.type === "(") {
      const inner = parts.find((part) => part.type === "expression");
      const close = parts.findIndex((part) => part.type === ")");
      expr = inner ? this.expression(inner) : this.unsupported(first, "empty parentheses");
      index = close >= 0 ? close + 1 : parts.length;
    } else {
      expr = this.primary(first);
      index = 1;
    }
    for (; index < parts.length; index++) {
      const suffix = parts[index];
      const at2 = this.at(first);
      if (suffix.type === "get_attr") {
        const name = named(suffix)[0]?.text ?? "";
        expr = { kind: "attr", target: expr, name, at: at2, text: text2(suffix) };
      } else if (suffix.type === "index") {
        expr = { kind: "index", target: expr, key: this.indexKey(suffix), at: at2, text: text2(suffix) };
      } else if (suffix.type === "splat") {
        expr = this.splat(expr, suffix, at2, text2);
      } else if (suffix.isError || suffix.isMissing) {
        break;
      }
    }
    return expr;
  }
  /** The key of an `[expr]` or legacy `.0` index suffix. */
  indexKey(suffix) {
    const inner = named(suffix)[0];
    if (inner?.type === "legacy_index") {
      const digits = inner.text.replace(/^\./, "");
      return { kind: "literal", value: Number(digits), at: this.at(inner), text: digits };
    }
    const keyNode = inner && named(inner).find((child) => child.type === "expression");
    return keyNode ? this.expression(keyNode) : this.unsupported(suffix, "an empty index");
  }
  /**
   * `[*]` applies every following attribute and index step to each element;
   * `.*` only the attribute steps (HCL: `x.*.id[0]` is the first id), so an
   * index after it applies to the resulting list.
   */
  splat(target, node, at2, text2) {
    const [kind] = named(node);
    const full = kind?.type === "full_splat";
    const suffixes = kind ? named(kind) : [];
    const steps = [];
    let rest = suffixes.length;
    for (const [i, suffix] of suffixes.entries()) {
      if (suffix.type === "get_attr")
        steps.push({ kind: "attr", name: named(suffix)[0]?.text ?? "" });
      else if (suffix.type === "index" && full)
        steps.push({ kind: "index", key: this.indexKey(suffix) });
      else {
        rest = i;
        break;
      }
    }
    const last = rest > 0 ? suffixes[rest - 1] : kind ?? node;
    let expr = { kind: "splat", target, steps, at: at2, text: text2(last) };
    for (const suffix of suffixes.slice(rest)) {
      expr = suffix.type === "get_attr" ? {
        kind: "attr",
        target: expr,
        name: named(suffix)[0]?.text ?? "",
        at: at2,
        text: text2(suffix)
      } : { kind: "index", target: expr, key: this.indexKey(suffix), at: at2, text: text2(suffix) };
    }
    return expr;
  }
  primary(node) {
    const at2 = this.at(node);
    const text2 = node.text;
    switch (node.type) {
      case "literal_value":
        return this.literal(named(node)[0] ?? node);
      case "template_expr":
        return this.template(named(node)[0] ?? node);
      case "collection_value":
        return this.collection(named(node)[0] ?? node);
      case "variable_expr":
        return { kind: "variable", name: text2, at: at2, text: text2 };
      case "function_call": {
        const [name, args] = named(node);
        const argNodes = args ? named(args).filter((child) => child.type === "expression") : [];
        const expand2 = args ? named(args).some((child) => child.type === "ellipsis") : false;
        return {
          kind: "call",
          name: name?.text ?? "",
          args: argNodes.map((arg) => this.expression(arg)),
          expand: expand2,
          at: at2,
          text: text2
        };
      }
      case "for_expr":
        return this.forExpr(named(node)[0] ?? node);
      case "operation":
        return this.operation(named(node)[0] ?? node);
      case "expression":
        return this.expression(node);
      default:
        return this.unsupported(node, `"${node.type}"`);
    }
  }
  literal(node) {
    const at2 = this.at(node);
    const text2 = node.text;
    switch (node.type) {
      case "numeric_lit":
        return { kind: "literal", value: Number(text2), at: at2, text: text2 };
      case "bool_lit":
        return { kind: "literal", value: text2 === "true", at: at2, text: text2 };
      case "null_lit":
        return { kind: "literal", value: null, at: at2, text: text2 };
      case "string_lit":
        return {
          kind: "literal",
          value: unescape2(
            this.pieces(node).filter((p) => typeof p === "string").join("")
          ),
          at: at2,
          text: text2
        };
      default:
        return this.unsupported(node, `literal "${node.type}"`);
    }
  }
  template(node) {
    const parts = [];
    const heredoc = node.type === "heredoc_template";
    for (const piece of this.pieces(node)) {
      if (typeof piece === "string") {
        parts.push(heredoc ? piece : unescape2(piece));
      } else if (piece.type === "template_interpolation") {
        const inner = named(piece).find((part) => part.type === "expression");
        if (inner) parts.push(this.expression(inner));
      } else {
        return this.unsupported(node, "a template directive (%{ if } / %{ for })");
      }
    }
    if (heredoc && named(node)[0]?.text === "<<-") dedent(parts);
    const at2 = this.at(node);
    if (parts.every((part) => typeof part === "string"))
      return { kind: "literal", value: parts.join(""), at: at2, text: node.text };
    return { kind: "template", parts, at: at2, text: node.text };
  }
  /**
   * A string's or heredoc's content: literal text (read from the source, because
   * the grammar drops whitespace between tokens as an extra: " 1.30" would lose
   * its space and a heredoc its last line break) and the interpolations in it.
   */
  pieces(node) {
    const children = node.children.filter(isNode2);
    const heredoc = node.type === "heredoc_template";
    const markers = children.filter(
      (child) => heredoc ? child.type === "heredoc_identifier" : child.type === "quoted_template_start" || child.type === "quoted_template_end"
    );
    if (markers.length < 2) return [stringContent(node)];
    let start = markers[0].endIndex;
    let end = markers[markers.length - 1].startIndex;
    if (heredoc) {
      const lineEnd = this.source.indexOf("\n", start);
      start = lineEnd < 0 ? start : lineEnd + 1;
      end = this.source.lastIndexOf("\n", end - 1) + 1;
      if (end < start) end = start;
    }
    const pieces = [];
    let cursor = start;
    for (const child of children) {
      if (child.type !== "template_interpolation" && child.type !== "template_directive") continue;
      pieces.push(this.source.slice(cursor, child.startIndex), child);
      cursor = child.endIndex;
    }
    pieces.push(this.source.slice(cursor, end));
    return pieces.filter((piece) => piece !== "");
  }
  collection(node) {
    const at2 = this.at(node);
    if (node.type === "tuple") {
      const items = named(node).filter((child) => child.type === "expression").map((child) => this.expression(child));
      return { kind: "tuple", items, at: at2, text: node.text };
    }
    if (node.type === "object") {
      const entries = [];
      for (const elem of named(node)) {
        if (elem.type !== "object_elem") continue;
        const keyNode = elem.childForFieldName("key");
        const valueNode = elem.childForFieldName("val");
        if (!keyNode || !valueNode) continue;
        entries.push({
          key: this.objectKey(keyNode),
          keyAt: this.at(keyNode),
          value: this.expression(valueNode)
        });
      }
      return { kind: "object", entries, at: at2, text: node.text };
    }
    return this.unsupported(node, `collection "${node.type}"`);
  }
  /** `{ coredns = {} }`: a bare identifier key is the string "coredns", not a variable. */
  objectKey(node) {
    const children = named(node);
    if (children.length === 1 && children[0].type === "variable_expr") return children[0].text;
    const expr = this.expression(node);
    return expr.kind === "literal" && typeof expr.value === "string" ? expr.value : expr;
  }
  forExpr(node) {
    const at2 = this.at(node);
    const parts = named(node);
    const intro = parts.find((part) => part.type === "for_intro");
    const condition = parts.find((part) => part.type === "for_cond");
    const bodies = parts.filter((part) => part.type === "expression");
    if (!intro || bodies.length === 0) return this.unsupported(node, "an incomplete for expression");
    const identifiers = named(intro).filter((part) => part.type === "identifier").map((part) => part.text);
    const collection = named(intro).find((part) => part.type === "expression");
    if (!collection || identifiers.length === 0)
      return this.unsupported(node, "an incomplete for expression");
    const [keyVar, valueVar] = identifiers.length === 2 ? identifiers : [void 0, identifiers[0]];
    const conditionExpr = condition && named(condition).find((part) => part.type === "expression");
    const isObject = node.type === "for_object_expr";
    return {
      kind: "for",
      ...keyVar !== void 0 && { keyVar },
      valueVar,
      collection: this.expression(collection),
      ...isObject && { keyExpr: this.expression(bodies[0]) },
      value: this.expression(isObject ? bodies[1] ?? bodies[0] : bodies[0]),
      ...conditionExpr && { condition: this.expression(conditionExpr) },
      grouping: parts.some((part) => part.type === "ellipsis"),
      at: at2,
      text: node.text
    };
  }
  operation(node) {
    const at2 = this.at(node);
    const children = node.children.filter(isNode2).filter((child) => child.type !== "comment");
    if (node.type === "unary_operation") {
      const [op, ...rest] = children;
      return {
        kind: "unary",
        op: op?.type ?? "-",
        operand: this.term(rest, node),
        at: at2,
        text: node.text
      };
    }
    let depth = 0;
    const split = children.findIndex((child, i) => {
      if (child.type === "(") depth++;
      if (child.type === ")") depth--;
      return i > 0 && depth === 0 && !child.isNamed && BINARY_OPERATORS.has(child.type);
    });
    if (split <= 0) return this.unsupported(node, "an operation");
    return {
      kind: "binary",
      op: children[split].type,
      left: this.term(children.slice(0, split), node),
      right: this.term(children.slice(split + 1), node),
      at: at2,
      text: node.text
    };
  }
  unsupported(node, reason) {
    return { kind: "unsupported", reason, at: this.at(node), text: node.text };
  }
};
function isNode2(node) {
  return node !== null;
}
function named(node) {
  return node.namedChildren.filter(isNode2);
}
function stringContent(node) {
  return named(node).filter((child) => child.type === "template_literal").map((child) => child.text).join("");
}
function unescape2(text2) {
  return text2.replace(
    /\\(["\\nrt]|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})/g,
    (_, ch) => ch.length > 1 ? String.fromCodePoint(parseInt(ch.slice(1), 16)) : { n: "\n", r: "\r", t: "	" }[ch] ?? ch
  ).replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}
function dedent(parts) {
  const text2 = parts.map((part) => typeof part === "string" ? part : "\0").join("");
  const indents = text2.split("\n").filter((line) => line.trim() !== "").map((line) => /^[ \t]*/.exec(line)[0].length);
  const strip = indents.length > 0 ? Math.min(...indents) : 0;
  if (strip === 0) return;
  let lineStart = true;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (typeof part !== "string") {
      lineStart = false;
      continue;
    }
    parts[i] = part.split("\n").map(
      (line, index) => index > 0 || lineStart ? line.slice(Math.min(strip, /^[ \t]*/.exec(line)[0].length)) : line
    ).join("\n");
    lineStart = part.endsWith("\n");
  }
}
function firstLine(text2) {
  const line = text2.split("\n")[0] ?? "";
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
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
  constructor(workspace, directory, address, inputs2, depth = 0, installedAs = {
    root: directory.dir,
    key: ""
  }, caller) {
    this.workspace = workspace;
    this.directory = directory;
    this.address = address;
    this.inputs = inputs2;
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
  variable(name, at2) {
    const cached = this.variableCache.get(name);
    if (cached) return cached;
    const block = this.directory.variables.get(name);
    if (!block)
      return staticError(
        `variable "${name}" is not declared in ${this.directory.dir || "."}`,
        `var.${name}`,
        origin(at2)
      );
    return this.guarded(`var.${name}`, at2, () => {
      const input = this.inputs.get(name);
      const fallback = block.body.attributes.get("default");
      const typeAttribute = block.body.attributes.get("type");
      const nullableAttribute = block.body.attributes.get("nullable");
      let value;
      if (input) value = input();
      else if (fallback) value = evaluate(fallback.expression, this);
      else {
        const where2 = this.address ? `the module call (${this.address})` : "terraform.tfvars, a *.auto.tfvars file or the var-files setting";
        value = unknown(
          `variable "${name}" has no default and no value in ${where2}`,
          `var.${name}`,
          origin(block.at)
        );
      }
      if (value.type === "null" && input && fallback && nullableAttribute && truthy(evaluate(nullableAttribute.expression, this)) === false)
        value = evaluate(fallback.expression, this);
      if (typeAttribute)
        value = convert2(value, parseType(typeAttribute.expression), (expr) => evaluate(expr, this));
      const result = through(value, [block.at]);
      this.variableCache.set(name, result);
      return result;
    });
  }
  local(name, at2) {
    const cached = this.localCache.get(name);
    if (cached) return cached;
    const attribute = this.directory.locals.get(name);
    if (!attribute)
      return staticError(
        `local "${name}" is not defined in ${this.directory.dir || "."}`,
        `local.${name}`,
        origin(at2)
      );
    return this.guarded(`local.${name}`, at2, () => {
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
  guarded(key, at2, compute) {
    if (this.evaluating.has(key)) return error(`${key} refers to itself (a cycle)`, key, origin(at2));
    this.evaluating.add(key);
    try {
      return compute();
    } finally {
      this.evaluating.delete(key);
    }
  }
  moduleOutput(name, key, output, at2) {
    const call = this.directory.moduleCalls.get(name);
    const expr = `module.${name}.${output}`;
    if (!call)
      return error(
        `module "${name}" is not called in ${this.directory.dir || "."}`,
        expr,
        origin(at2)
      );
    const expansion = this.expand(call).find((e) => e.key === key) ?? (key === void 0 ? void 0 : null);
    if (expansion === null)
      return error(`module.${name} has no instance [${JSON.stringify(key)}]`, expr, origin(at2));
    if (!expansion)
      return unknown(`module.${name} has several instances; index it`, expr, origin(at2));
    const address = key === void 0 ? expr : `module.${name}[${JSON.stringify(key)}].${output}`;
    return this.guarded(address, at2, () => {
      const external = this.workspace.external.output(call, this, expansion, output, at2);
      if (external) return external;
      const child = this.child(name, call, expansion);
      if (!child)
        return unknown(
          `the outputs of module "${name}" (${moduleSource(call) ?? "unknown source"}) are not read`,
          expr,
          origin(at2)
        );
      return child.output(output, at2);
    });
  }
  output(name, at2) {
    const block = this.directory.outputs.get(name);
    if (!block)
      return error(
        `output "${name}" is not defined in ${this.directory.dir || "."}`,
        name,
        origin(at2)
      );
    const value = block.body.attributes.get("value");
    if (!value) return error(`output "${name}" has no value`, name, origin(block.at));
    return through(evaluate(value.expression, this), [block.at]);
  }
  resourceAttribute(type, name, key, attribute, at2) {
    const expr = `${type}.${name}.${attribute}`;
    const block = this.directory.resources.get(`${type}.${name}`);
    if (!block)
      return staticError(
        `resource ${type}.${name} is not declared in ${this.directory.dir || "."}`,
        expr,
        origin(at2)
      );
    const expansions = this.expand(block);
    if (expansions.length === 0)
      return error(
        `${type}.${name} has no instances (count = 0 or an empty for_each)`,
        expr,
        origin(at2)
      );
    const expansion = expansions.find((e) => e.key === key) ?? (expansions.length === 1 && key === void 0 ? expansions[0] : void 0);
    if (!expansion) return unknown(`${type}.${name} has no single instance here`, expr, origin(at2));
    const declared = block.body.attributes.get(attribute);
    const computed = () => unknown(`${expr} is computed by AWS`, expr, origin(at2), {
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
  dataAttribute(type, name, key, attribute, at2) {
    const block = this.directory.data.get(`${type}.${name}`);
    if (block && this.expand(block).length === 0)
      return error(
        `data.${type}.${name} has no instances (count = 0 or an empty for_each)`,
        `data.${type}.${name}.${attribute}`,
        origin(at2)
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
      origin(at2),
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
    for (const filter2 of block.body.blocks.filter((b) => b.type === "filter")) {
      const filterName = filter2.body.attributes.get("name");
      const values = filter2.body.attributes.get("values");
      const label = filterName ? asString(evaluate(filterName.expression, this, expansion.bindings)) : null;
      if (label && values)
        args.set(`filter.${label}`, evaluate(values.expression, this, expansion.bindings));
    }
    return args;
  }
  /** The instances a block with `for_each` or `count` stands for; one when neither is known. */
  expand(block, outer = /* @__PURE__ */ new Map()) {
    const forEach = block.body.attributes.get("for_each");
    const count2 = block.body.attributes.get("count");
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
    if (count2) {
      const value = evaluate(count2.expression, this, outer);
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
        count2.expression.text,
        origin(count2.at)
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
      const inputs2 = /* @__PURE__ */ new Map();
      for (const [input, attribute] of call.body.attributes) {
        if (META_ARGUMENTS.has(input)) continue;
        inputs2.set(input, () => evaluate(attribute.expression, this, expansion.bindings));
      }
      const address = `${this.address ? `${this.address}.` : ""}module.${name}${expansion.suffix}`;
      child = new _ModuleInstance(
        this.workspace,
        directory,
        address,
        inputs2,
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

// src/readers/terraform/hcl/installed-modules.ts
import path8 from "node:path";
function isModulesManifest(file2) {
  return /(^|\/)\.terraform\/modules\/modules\.json$/.test(file2);
}
function readModulesManifest(file2, problems) {
  const root = file2.path.replace(/(^|\/)\.terraform\/modules\/modules\.json$/, "");
  let data;
  try {
    data = JSON.parse(file2.text);
  } catch (error2) {
    problems.push({
      at: sourceRef(file2.path, 1),
      message: `${file2.path} is not valid JSON (${error2.message}); installed modules there are not read`
    });
    return void 0;
  }
  const modules = data?.Modules;
  if (!Array.isArray(modules)) {
    problems.push({
      at: sourceRef(file2.path, 1),
      message: `${file2.path} has no "Modules" list; installed modules there are not read`
    });
    return void 0;
  }
  const dirs = /* @__PURE__ */ new Map();
  for (const entry of modules) {
    if (typeof entry?.Key !== "string" || typeof entry.Dir !== "string" || entry.Key === "")
      continue;
    const dir = path8.posix.normalize(path8.posix.join(root || ".", entry.Dir.replaceAll("\\", "/")));
    if (path8.posix.isAbsolute(entry.Dir) || dir === ".." || dir.startsWith("../")) continue;
    dirs.set(entry.Key, dir === "." ? "" : dir);
  }
  return { root, dirs };
}

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text2, ignoreTrivia = false) {
  const len = text2.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count2, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count2 || !exact) {
      let ch = text2.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count2) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text2.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text2.length && text2.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text2.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text2.length && (text2.charCodeAt(pos) === 69 || text2.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text2.length && text2.charCodeAt(pos) === 43 || text2.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text2.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text2.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text2.charCodeAt(pos);
      if (ch === 34) {
        result += text2.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text2.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text2.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text2.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text2.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text2.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text2.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text2.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text2.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text2.substring(start, pos);
          return token = 12;
        }
        if (text2.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text2.charCodeAt(pos);
            if (ch === 42 && text2.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text2.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text2.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text2.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text2.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text2.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text2, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep2, offset, length) => {
      if (currentParent.type === "property") {
        if (sep2 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep2 === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error2, offset, length) => {
      errors.push({ error: error2, offset, length });
    }
  };
  visit4(text2, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit4(text2, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text2, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error2, skipUntilAfter = [], skipUntil = []) {
    onError(error2);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/readers/terraform/hcl/json-config.ts
function isJsonTfvars(path15) {
  return path15.endsWith(".tfvars.json");
}
function isJsonConfig(path15) {
  return path15.endsWith(".tf.json");
}
var LABELS = {
  resource: 2,
  data: 2,
  module: 1,
  variable: 1,
  output: 1,
  provider: 1,
  locals: 0,
  terraform: 0,
  moved: 0,
  import: 0,
  check: 1
};
var NESTED_BLOCKS = /* @__PURE__ */ new Set([
  "dynamic",
  "content",
  "launch_template",
  "launch_template_specification",
  "mixed_instances_policy",
  "filter",
  "tag",
  "set",
  "scaling_config",
  "vpc_config",
  "validation",
  "lifecycle"
]);
function parseJsonConfig(parser, file2) {
  const tree = readJson(file2, "one JSON object of blocks");
  if ("failed" in tree) return tree.failed;
  const reader = new JsonReader(file2, tree.at, parser);
  const blocks2 = [];
  for (const [key, value, keyAt] of reader.properties(tree.root)) {
    const depth = LABELS[key];
    if (depth === void 0) continue;
    blocks2.push(...reader.labelled(key, value, depth, [], keyAt));
  }
  return { path: file2.path, body: { attributes: /* @__PURE__ */ new Map(), blocks: blocks2 }, syntaxErrors: reader.errors };
}
function parseJsonTfvars(file2) {
  const tree = readJson(file2, "one object of variable values");
  if ("failed" in tree) return tree.failed;
  const reader = new JsonReader(file2, tree.at);
  const attributes = /* @__PURE__ */ new Map();
  for (const [name, value, at2] of reader.properties(tree.root))
    attributes.set(name, { name, at: at2, expression: reader.expr(value, at2, true) });
  return { path: file2.path, body: { attributes, blocks: [] }, syntaxErrors: [] };
}
function readJson(file2, holds) {
  const errors = [];
  const root = parseTree2(file2.text, errors, { disallowComments: true, allowTrailingComma: false });
  const at2 = positions(file2);
  if (errors.length === 0 && root?.type === "object") return { root, at: at2 };
  const first = errors[0];
  return {
    failed: {
      path: file2.path,
      body: { attributes: /* @__PURE__ */ new Map(), blocks: [] },
      syntaxErrors: [
        {
          at: at2(first?.offset ?? 0),
          message: first ? `${file2.path} is not valid JSON (${printParseErrorCode(first.error)})` : `${file2.path} must hold ${holds}`
        }
      ]
    }
  };
}
function positions(file2) {
  const starts = [0];
  for (let i = 0; i < file2.text.length; i++) if (file2.text[i] === "\n") starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return sourceRef(file2.path, low + 1, offset - starts[low] + 1);
  };
}
var JsonReader = class {
  constructor(file2, at2, parser) {
    this.file = file2;
    this.at = at2;
    this.parser = parser;
  }
  file;
  at;
  parser;
  errors = [];
  /** An object's properties, without `"//"` comments. */
  *properties(node) {
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (!key || !value || key.value === "//") continue;
      yield [String(key.value), value, this.at(key.offset)];
    }
  }
  /** `"resource": {"TYPE": {"NAME": {…}}}`: the labels, then one block per body (an array holds several). */
  labelled(type, node, depth, labels, at2) {
    if (depth === 0)
      return (node.type === "array" ? node.children ?? [] : [node]).filter((item) => item.type === "object").map((item) => ({ type, labels, at: at2, body: this.body(item, type) }));
    if (node.type !== "object") return [];
    return [...this.properties(node)].flatMap(
      ([label, value, keyAt]) => this.labelled(type, value, depth - 1, [...labels, label], depth === 1 ? keyAt : at2)
    );
  }
  body(node, blockType) {
    const attributes = /* @__PURE__ */ new Map();
    const blocks2 = [];
    for (const [name, value, at2] of this.properties(node)) {
      const nested = value.type === "object" || value.type === "array";
      if (nested && NESTED_BLOCKS.has(name)) {
        blocks2.push(...this.labelled(name, value, name === "dynamic" ? 1 : 0, [], at2));
        continue;
      }
      const literal2 = blockType === "variable" && name === "default" || blockType === "module" && (name === "source" || name === "version");
      const expression = blockType === "variable" && name === "type" && value.type === "string" ? this.hcl(String(value.value), at2, false) : this.expr(value, at2, literal2);
      attributes.set(name, { name, at: at2, expression });
    }
    return { attributes, blocks: blocks2 };
  }
  expr(node, at2, literal2) {
    const text2 = this.file.text.slice(node.offset, node.offset + node.length);
    const here = this.at(node.offset);
    switch (node.type) {
      case "string":
        return literal2 || !/[$%]\{/.test(String(node.value)) ? { kind: "literal", value: String(node.value), at: here, text: text2 } : this.hcl(String(node.value), here, true);
      case "number":
        return { kind: "literal", value: Number(node.value), at: here, text: text2 };
      case "boolean":
        return { kind: "literal", value: Boolean(node.value), at: here, text: text2 };
      case "null":
        return { kind: "literal", value: null, at: here, text: text2 };
      case "array":
        return {
          kind: "tuple",
          items: (node.children ?? []).map((item) => this.expr(item, at2, literal2)),
          at: here,
          text: text2
        };
      default:
        return {
          kind: "object",
          entries: [...this.properties(node)].map(([key, value, keyAt]) => ({
            key,
            keyAt,
            value: this.expr(value, keyAt, literal2)
          })),
          at: here,
          text: text2
        };
    }
  }
  /** A JSON string read as HCL: a template (`"1.${var.minor}"`), or a type expression. */
  hcl(source, at2, template) {
    const text2 = template ? `x = "${escapeForHcl(source)}"
` : `x = ${source}
`;
    const parsed = this.parser && parseHcl(this.parser, { path: this.file.path, text: text2 });
    const attribute = parsed?.body.attributes.get("x");
    if (!attribute || parsed.syntaxErrors.length > 0) {
      this.errors.push({
        at: at2,
        message: `${this.file.path}: ${JSON.stringify(source)} is not a valid Terraform ${template ? "template" : "type"} (check its \${ } and quotes)`
      });
      return {
        kind: "unsupported",
        reason: `${JSON.stringify(source)} is not a valid ${template ? "template" : "type"}`,
        at: at2,
        text: JSON.stringify(source)
      };
    }
    return relocate(attribute.expression, at2);
  }
};
function escapeForHcl(text2) {
  return text2.replace(/[\\"\n\r\t\u0000-\u001f]/g, (ch) => {
    switch (ch) {
      case "\\":
        return "\\\\";
      case '"':
        return '\\"';
      case "\n":
        return "\\n";
      case "\r":
        return "\\r";
      case "	":
        return "\\t";
      default:
        return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
    }
  });
}
function relocate(value, at2) {
  if (Array.isArray(value)) return value.map((item) => relocate(item, at2));
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [key, item] of Object.entries(value))
    out[key] = key === "at" || key === "keyAt" ? at2 : relocate(item, at2);
  return out;
}

// src/readers/terraform/hcl/terragrunt.ts
import path9 from "node:path/posix";
function isTerragruntFile(file2) {
  return path9.basename(file2) === "terragrunt.hcl";
}
function terragruntDirectory(file2) {
  const dir = path9.dirname(file2.path) === "." ? "" : path9.dirname(file2.path);
  const terraform = file2.body.blocks.find((block) => block.type === "terraform");
  const source = terraform?.body.attributes.get("source");
  const inputs2 = file2.body.attributes.get("inputs");
  const attributes = /* @__PURE__ */ new Map();
  if (source) {
    const expr = source.expression.kind === "literal" && typeof source.expression.value === "string" && !source.expression.value.includes("://") && !source.expression.value.startsWith("git") ? { ...source.expression, value: source.expression.value.replace(/\/\/+/g, "/") } : source.expression;
    attributes.set("source", { ...source, expression: expr });
  }
  if (inputs2?.expression.kind === "object") {
    for (const entry of inputs2.expression.entries) {
      if (typeof entry.key === "string")
        attributes.set(entry.key, { name: entry.key, at: entry.keyAt, expression: entry.value });
    }
  }
  const call = {
    type: "module",
    labels: ["terragrunt"],
    at: terraform?.at ?? inputs2?.at ?? { file: file2.path, line: 1, column: 1 },
    body: { attributes, blocks: [] }
  };
  const body = {
    attributes: /* @__PURE__ */ new Map(),
    blocks: [...file2.body.blocks.filter((block) => block.type === "locals"), call]
  };
  return indexDirectory(dir, [{ path: file2.path, body, syntaxErrors: [] }]);
}

// src/readers/terraform/index.ts
function isTerraformFile(file2) {
  return /\.(tf|tfvars)$/.test(file2.path) || isJsonConfig(file2.path) || isModulesManifest(file2.path) || isJsonTfvars(file2.path) || isTerragruntFile(file2.path);
}
function isAutoVarFile(file2) {
  const name = path10.basename(file2);
  return name === "terraform.tfvars" || name === "terraform.tfvars.json" || name.endsWith(".auto.tfvars") || name.endsWith(".auto.tfvars.json");
}
function autoVarFileOrder(a, b) {
  const rank = (file2) => path10.basename(file2) === "terraform.tfvars" ? 0 : path10.basename(file2) === "terraform.tfvars.json" ? 1 : 2;
  const x = path10.basename(a);
  const y = path10.basename(b);
  return rank(a) - rank(b) || (x < y ? -1 : x > y ? 1 : 0);
}
function readTerraform(files, parser, options) {
  const problems = [];
  const parsed = /* @__PURE__ */ new Map();
  for (const file2 of files) {
    if (!isTerraformFile(file2) || isModulesManifest(file2.path)) continue;
    const read = () => isJsonTfvars(file2.path) ? parseJsonTfvars(file2) : isJsonConfig(file2.path) ? parseJsonConfig(parser, file2) : parseHcl(parser, file2);
    const hcl = options.cache ? options.cache.remember("hcl", file2, read) : read();
    parsed.set(file2.path, hcl);
    for (const syntax of hcl.syntaxErrors)
      problems.push({
        at: syntax.at,
        message: `${syntax.message} in ${file2.path} at line ${syntax.at.line}; the block around it was skipped`
      });
  }
  const byDir = /* @__PURE__ */ new Map();
  const autoVarFiles = /* @__PURE__ */ new Map();
  const add = (map2, key, value) => {
    const list3 = map2.get(key);
    if (list3) list3.push(value);
    else map2.set(key, [value]);
  };
  for (const [file2, hcl] of parsed) {
    if (file2.endsWith(".tf") || isJsonConfig(file2)) add(byDir, dirOf(file2), hcl);
    else if (isAutoVarFile(file2)) add(autoVarFiles, dirOf(file2), file2);
  }
  const directories = new Map(
    [...byDir].map(([dir, hcls]) => [dir, indexDirectory(dir, hcls)])
  );
  const installed = /* @__PURE__ */ new Map();
  for (const file2 of files) {
    if (!isModulesManifest(file2.path)) continue;
    const manifest = readModulesManifest(file2, problems);
    if (manifest) installed.set(manifest.root, manifest.dirs);
  }
  const workspace = { directories, external: eksModuleOutputs, installed };
  const terragrunt = [...parsed].filter(([file2]) => isTerragruntFile(file2)).map(([, hcl]) => terragruntDirectory(hcl));
  const called = /* @__PURE__ */ new Set();
  for (const directory of [...directories.values(), ...terragrunt]) {
    for (const call of directory.moduleCalls.values()) {
      const source = moduleSource(call);
      const target = source !== void 0 ? localModuleDir(directory.dir, source) : void 0;
      if (target !== void 0 && target !== directory.dir) called.add(target);
    }
  }
  const moved = [];
  for (const [file2, hcl] of parsed) {
    const root = dirOf(file2);
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
      const tfvars = [...autoFiles, ...varFile ? [varFile] : []].map((file2) => parsed.get(file2));
      const inputs2 = tfvarsInputs(tfvars);
      const root = `${directory.dir || "."}${varFile ? `[${varFile}]` : ""}`;
      evaluateRoot(
        root,
        directory,
        problems,
        () => extractInstance(new ModuleInstance(workspace, directory, "", inputs2), root, extraction)
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
    run();
  } catch (error2) {
    const file2 = [...directory.variables.values(), ...directory.moduleCalls.values()][0]?.at.file;
    problems.push({
      at: { file: file2 ?? `${directory.dir || "."}/main.tf`, line: 1, column: 1 },
      message: `The Terraform root ${root} could not be evaluated (internal error: ${error2 instanceof Error ? error2.message : String(error2)}); its clusters were not checked. Please report this.`
    });
  }
}
function dirOf(file2) {
  const dir = path10.dirname(file2);
  return dir === "." ? "" : dir;
}
var NO_REFERENCES = {
  variable: (name, at2) => error("tfvars files cannot refer to variables", `var.${name}`, origin(at2)),
  local: (name, at2) => error("tfvars files cannot refer to locals", `local.${name}`, origin(at2)),
  moduleOutput: (name, _k, output, at2) => error("tfvars files cannot refer to modules", `module.${name}.${output}`, origin(at2)),
  resourceAttribute: (type, name, _k, attribute, at2) => error("tfvars files cannot refer to resources", `${type}.${name}.${attribute}`, origin(at2)),
  dataAttribute: (type, name, _k, attribute, at2) => error(
    "tfvars files cannot refer to data sources",
    `data.${type}.${name}.${attribute}`,
    origin(at2)
  ),
  instanceKeys: () => void 0
};
function tfvarsInputs(files) {
  const inputs2 = /* @__PURE__ */ new Map();
  for (const file2 of files) {
    for (const [name, attribute] of file2.body.attributes) {
      let cached;
      inputs2.set(
        name,
        () => cached ??= through(evaluate(attribute.expression, NO_REFERENCES), [])
      );
    }
  }
  return inputs2;
}
function assignVarFiles(entries, directories, parsed, problems) {
  const byRoot = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const eq = entry.indexOf("=");
    const file2 = path10.normalize(eq >= 0 ? entry.slice(eq + 1) : entry);
    const at2 = { file: file2, line: 1, column: 1 };
    if (path10.isAbsolute(file2) || file2 === ".." || file2.startsWith("../")) {
      problems.push({
        at: at2,
        message: `The var-files entry "${entry}" is outside the repository: name a tfvars file by its path from the repository root`
      });
      continue;
    }
    let root = eq >= 0 ? path10.normalize(entry.slice(0, eq)).replace(/^\.$/, "").replace(/\/$/, "") : dirOf(file2);
    if (eq < 0) while (root && !directories.has(root) && dirOf(root) !== root) root = dirOf(root);
    if (!parsed.has(file2)) {
      problems.push({
        at: at2,
        message: `The var-files entry "${entry}" names ${file2}, which is not a .tfvars file in the scanned tree`
      });
      continue;
    }
    if (!directories.has(root)) {
      problems.push({
        at: at2,
        message: `The var-files entry "${entry}": no Terraform root module at "${root || "."}" (write ROOT_DIR=FILE)`
      });
      continue;
    }
    byRoot.set(root, [...byRoot.get(root) ?? [], file2]);
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
    const named2 = sameRoot.filter((cluster) => cluster.name === name);
    if (named2.length === 1) return named2[0];
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

// src/readers/index.ts
function readInventory(files, problems, options) {
  const charts = chartNames(files);
  const readers = [
    { kind: () => "eksctl", accepts: mayBeEksctl, read: readEksctl },
    { kind: () => "cloudformation", accepts: mayBeCloudFormation, read: readCloudFormation },
    { kind: () => "chart", accepts: isChartFile, read: readChart },
    {
      // A values file is read in the light of its chart's name.
      kind: (file2) => `values ${charts.get(path11.dirname(file2.path)) ?? ""}`,
      accepts: isValuesFile,
      read: (file2) => readValues(file2, (dir) => charts.get(dir))
    },
    { kind: () => "kustomization", accepts: isKustomization, read: readKustomization },
    { kind: () => "manifests", accepts: mayBeManifest, read: readManifests }
  ];
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
    if (!options.hcl) throw new Error("Terraform files were found but no HCL parser was loaded");
    const result = readTerraform(terraform, options.hcl, {
      varFiles: options.varFiles,
      ...options.cache && { cache: options.cache }
    });
    clusters.push(...result.clusters);
    moved.push(...result.moved);
    allProblems.push(...result.problems);
    placed.components.push(...result.components);
    placed.nodeGroups.push(...result.nodeGroups);
    placed.apis.push(...result.apis);
  }
  for (const file2 of files) {
    const reader = readers.find((candidate) => candidate.accepts(file2));
    if (!reader) continue;
    try {
      const result = options.cache ? options.cache.remember(reader.kind(file2), file2, () => reader.read(file2)) : reader.read(file2);
      clusters.push(...result.clusters);
      allProblems.push(...result.problems);
      placed.components.push(...result.components ?? []);
      placed.nodeGroups.push(...result.nodeGroups ?? []);
      placed.apis.push(...result.apis ?? []);
      placed.deploys.push(...result.deploys ?? []);
    } catch (error2) {
      allProblems.push({
        at: { file: file2.path, line: 1, column: 1 },
        message: `Could not read ${file2.path}: ${error2 instanceof Error ? error2.message : String(error2)}`
      });
    }
  }
  const assigned = assign(
    mergeEksctlParts(dedupeIds(clusters)),
    placed,
    options.assign ?? [],
    files
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
  remember(kind, file2, read) {
    const key = `${kind}\0${file2.path}`;
    const entry = this.entries.get(key);
    if (entry && entry.text === file2.text) {
      this.hits++;
      return entry.value;
    }
    const value = read();
    this.entries.set(key, { text: file2.text, value });
    return value;
  }
};

// src/readers/terraform/eks/terraform-plan.ts
var TYPES = /* @__PURE__ */ new Set(["aws_eks_cluster", "aws_eks_node_group", "aws_eks_addon"]);
function parseTerraformPlan(file2, text2, root) {
  const at2 = sourceRef(file2, 1);
  let json;
  try {
    json = JSON.parse(text2);
  } catch (error2) {
    return {
      problem: {
        at: at2,
        message: `The plan file ${file2} is not valid JSON (${error2.message}); create it with "terraform show -json plan.out > ${file2}"`
      }
    };
  }
  const changes = json?.resource_changes;
  if (typeof json !== "object" || json === null || !("format_version" in json) || changes !== void 0 && !Array.isArray(changes)) {
    return {
      problem: {
        at: at2,
        message: `The plan file ${file2} is not the output of "terraform show -json" (no format_version / resource_changes)`
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
  return { plan: { file: file2, ...root !== void 0 && { root }, resources } };
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
    const plain = address.replace(/\[[^\]]*\]$/, "");
    const exact = cluster.address === address || cluster.address === plain;
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
  const text2 = stringField(values, "version");
  if (!text2) return void 0;
  const version2 = parseKubeVersion(text2);
  return version2 ? { ...resolved(version2, at2), note: `from the plan (${side})` } : unresolved(at2, text2, `the plan's ${side} version is not a Kubernetes version`);
}
function plannedNodeGroup(name, at2, version2) {
  return nodeGroupWithoutAmi({ name, kind: "managed", at: at2, version: version2 }, "not in the plan");
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
      const text2 = stringField(values, "addon_version");
      const i = addons.findIndex((a) => a.name === name);
      const at2 = i >= 0 ? addons[i].version.at : sourceRef(plan.file, 1);
      if (!text2) continue;
      const version2 = { ...resolved(text2, at2), note: `from the plan (${side})` };
      if (i >= 0) addons[i] = { ...addons[i], version: version2 };
      else addons.push({ name, at: at2, version: version2 });
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
    ...input.hcl && { hcl: input.hcl },
    // The base read reuses what the head read parsed for every unchanged file.
    cache: new ReadCache()
  };
  let head = readInventory(
    input.head.files,
    [...input.head.problems, ...input.terraformPlanProblems ?? []],
    options
  );
  let base = input.base ? readInventory(input.base.files, input.base.problems, options) : void 0;
  for (const plan of input.terraformPlans ?? [])
    ({ head, base } = applyTerraformPlan(head, base, plan));
  return base ? { head, base } : { head };
}
function runEngine(input, trees = readTrees(input)) {
  const { head, base } = trees;
  const sources = new Map(input.head.files.map((file2) => [file2.path, file2.text]));
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
  const { findings, fixed: fixed2 } = runRules({
    sources,
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
      to: formatKubeVersion(to)
    });
    const plan = buildUpgradePlan(cluster, from, to, findings, input.knowledge);
    if (plan) upgradePlans.push(plan);
  }
  const notes = [];
  const empty = head.clusters.length === 0 && (head.unassigned?.components.length ?? 0) === 0 && (head.unassigned?.nodeGroups.length ?? 0) === 0;
  if (empty)
    notes.push(
      `Nothing EKS-related was found in the ${head.filesScanned} ${head.filesScanned === 1 ? "file" : "files"} scanned: no cluster, node group or component. Check the path${input.config.failOnEmpty ? "" : ", or set fail-on-empty to fail the check when this happens"}.`
    );
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
    fixed: fixed2,
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
  const match2 = byConfig ?? (byName.length === 1 ? byName[0] : clusters.length === 1 ? clusters[0] : void 0);
  return match2 ? { clusterId: match2.id } : {};
}

// src/discover/contained-file.ts
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync as realpathSync2 } from "node:fs";
import path12 from "node:path";
var ContainedFileError = class extends Error {
  name = "ContainedFileError";
};
function readContainedFile(file2, cwd, roots, maxBytes) {
  const resolved2 = path12.resolve(cwd, file2);
  let real;
  try {
    real = realpathSync2(resolved2);
  } catch {
    throw new ContainedFileError(`${file2} does not exist`);
  }
  const inside = roots.some((root) => {
    let base;
    try {
      base = realpathSync2(root);
    } catch {
      return false;
    }
    return real === base || real.startsWith(base + path12.sep);
  });
  if (!inside)
    throw new ContainedFileError(
      `${file2} is outside the repository${roots.length > 1 ? " and the runner temp directory" : ""}; name a file inside it`
    );
  const fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ContainedFileError(`${file2} is not a regular file`);
    if (stat.size > maxBytes)
      throw new ContainedFileError(
        `${file2} is ${Math.round(stat.size / 1048576)} MiB, over the ${Math.round(maxBytes / 1048576)} MiB limit`
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

// src/discover/collect.ts
import { statSync as statSync2 } from "node:fs";

// src/discover/workspace.ts
import { readdirSync, readFileSync, realpathSync as realpathSync3, statSync } from "node:fs";
import path13 from "node:path";
function collectWorkspaceFiles(root, filter2, options = {}) {
  const prefix2 = options.prefix ?? "";
  const realRoot = realpathSync3.native(root);
  const files = [];
  const problems = [];
  const hiddenSkipped = [];
  const visited = /* @__PURE__ */ new Set();
  const inside = (real) => real === realRoot || real.startsWith(realRoot + path13.sep);
  const walk = (dir, relDir) => {
    const realDir = realpathSync3.native(dir);
    if (visited.has(realDir)) return;
    visited.add(realDir);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort(
        (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0
      );
    } catch (error2) {
      problems.push({
        at: { file: relDir || ".", line: 1, column: 1 },
        message: `Could not list ${relDir || "."}: ${error2.message}`
      });
      return;
    }
    for (const entry of entries) {
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      try {
        visit5(path13.join(dir, entry.name), entry, rel);
      } catch (error2) {
        problems.push({
          at: { file: rel, line: 1, column: 1 },
          message: `Could not read ${rel}: ${error2.message}`
        });
      }
    }
  };
  const visit5 = (full, entry, rel) => {
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      let real;
      try {
        real = realpathSync3.native(full);
      } catch {
        if (isCandidate(rel, filter2)) problems.push(linkProblem(rel, "its target does not exist"));
        return;
      }
      if (!inside(real)) {
        if (isCandidate(rel, filter2) || statSafe(real)?.isDirectory())
          problems.push(linkProblem(rel, "it points outside the workspace"));
        return;
      }
      const target = statSync(real);
      isDirectory = target.isDirectory();
      isFile = target.isFile();
    }
    if (isDirectory) {
      const verdict = directoryVerdict(rel, filter2);
      if (verdict === "read") walk(full, rel);
      else if (verdict === "hidden") hiddenSkipped.push(rel);
    } else if (isFile && isCandidate(rel, filter2)) {
      const size = statSync(full).size;
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
  walk(root, prefix2.replace(/\/+$/, ""));
  return { files, problems, hiddenSkipped };
}
function statSafe(target) {
  try {
    return statSync(target);
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
function collectTrees(options) {
  const head = collectWorkspaceFiles(options.root, options.filter, {
    prefix: options.prefix,
    blobIds: options.base?.kind === "git"
  });
  if (!options.base) return { head };
  if (options.base.kind === "dir") {
    const dir = options.base.dir;
    if (!statSync2(dir, { throwIfNoEntry: false })?.isDirectory()) {
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
  if (!gitTopLevel(options.root)) {
    return {
      head,
      baseUnavailable: `Could not compare with ${ref}: ${options.root} is not inside a git repository`
    };
  }
  let commit = resolveCommit(options.root, ref);
  const fetched = !commit && options.base.fetchIfMissing;
  if (fetched) {
    const fetched2 = fetchCommit(options.root, ref);
    if (!fetched2.ok)
      return {
        head,
        baseUnavailable: `Could not fetch the base commit ${ref} from origin (${fetched2.message})`
      };
    commit = resolveCommit(options.root, ref) ?? resolveCommit(options.root, "FETCH_HEAD");
  }
  if (!commit)
    return { head, baseUnavailable: `The base ${ref} is not a commit in this repository` };
  try {
    const troubled = new Set(head.problems.map((problem) => problem.at.file));
    const files = collectCommitFiles(
      options.root,
      commit,
      options.filter,
      options.prefix,
      head.files.filter((file2) => !troubled.has(file2.path))
    );
    return {
      head,
      base: { ...files, description: { ref, commit, ...fetched && { fetched: true } } }
    };
  } catch (error2) {
    return {
      head,
      baseUnavailable: `Could not read the base commit ${ref}: ${error2.message}`
    };
  }
}

// src/knowledge/addon-versions.ts
function isDescribeAddonVersions(value) {
  const addons = value?.addons;
  return Array.isArray(addons) && addons.every(
    (addon) => typeof addon === "object" && addon !== null && typeof addon.addonName === "string"
  );
}
function addonCompatibilityFrom(data) {
  const table = {};
  for (const addon of data.addons) {
    const byCluster = table[addon.addonName] ??= {};
    for (const version2 of addon.addonVersions ?? []) {
      for (const compatibility of version2.compatibilities ?? []) {
        const entry = byCluster[compatibility.clusterVersion] ??= { versions: [] };
        if (!entry.versions.includes(version2.addonVersion))
          entry.versions.push(version2.addonVersion);
        if (compatibility.defaultVersion) entry.default = version2.addonVersion;
      }
    }
  }
  return table;
}

// src/knowledge/override.ts
var KnowledgeFileError = class extends Error {
  name = "KnowledgeFileError";
};
var DATE = /^\d{4}-\d{2}-\d{2}$/;
function mergeKnowledgeFile(knowledge, file2, text2) {
  let data;
  try {
    data = parse(text2, { maxAliasCount: 50 });
  } catch (error2) {
    throw new KnowledgeFileError(
      `knowledge file ${file2} is not valid YAML or JSON: ${error2.message.split("\n")[0]}`
    );
  }
  if (isDescribeAddonVersions(data)) {
    const table = addonCompatibilityFrom(data);
    return {
      ...knowledge,
      addonCompatibility: { ...knowledge.addonCompatibility, ...table },
      overrides: [...knowledge.overrides, `${file2} (add-on versions)`]
    };
  }
  const entries = data?.versions;
  if (!Array.isArray(entries)) {
    throw new KnowledgeFileError(
      `knowledge file ${file2} must have a "versions:" list, or be the output of "aws eks describe-addon-versions --output json"`
    );
  }
  let versions = [...knowledge.versions];
  entries.forEach((raw, index) => {
    const where2 = `knowledge file ${file2}, versions[${index}]`;
    if (typeof raw !== "object" || raw === null)
      throw new KnowledgeFileError(
        `${where2} must be a mapping with version, eksRelease, endOfStandardSupport, endOfExtendedSupport`
      );
    const entry = raw;
    if (typeof entry.version === "number")
      throw new KnowledgeFileError(
        `${where2}: quote the version ("${entry.version}" reads as a number)`
      );
    const version2 = parseKubeVersion(String(entry.version ?? ""));
    if (!version2)
      throw new KnowledgeFileError(
        `${where2}: version must be like "1.37" (got "${String(entry.version)}")`
      );
    const date2 = (key) => {
      const value = entry[key];
      if (value === void 0) return void 0;
      const text3 = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
      if (!DATE.test(text3))
        throw new KnowledgeFileError(
          `${where2}: ${key} must be a date like 2027-12-01 (got "${text3}")`
        );
      return text3;
    };
    const existing = versionInfo({ ...knowledge, versions }, version2);
    const template = existing ?? versionInfo(knowledge, newestKnown(knowledge));
    const lifecycle = {
      ...existing ? existing.lifecycle : {
        upstreamRelease: "",
        eksRelease: "",
        endOfStandardSupport: "",
        endOfExtendedSupport: ""
      },
      ...pick({
        eksRelease: date2("eksRelease"),
        endOfStandardSupport: date2("endOfStandardSupport"),
        endOfExtendedSupport: date2("endOfExtendedSupport")
      }),
      verification: "override",
      sources: [file2]
    };
    for (const key of ["eksRelease", "endOfStandardSupport", "endOfExtendedSupport"]) {
      if (!lifecycle[key])
        throw new KnowledgeFileError(
          `${where2}: ${key} is required for a version the data does not know (${formatKubeVersion(version2)})`
        );
    }
    const info = {
      ...template,
      version: version2,
      lifecycle,
      amis: existing ? template.amis : { ...template.amis, al2: false, al2LastRelease: null, al2023LatestRelease: null },
      upgradeNotes: existing ? template.upgradeNotes : []
    };
    versions = [...versions.filter((v) => v !== existing), info].sort(
      (a, b) => a.version.major - b.version.major || a.version.minor - b.version.minor
    );
  });
  return { ...knowledge, versions, overrides: [...knowledge.overrides, file2] };
}
function pick(values) {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== void 0));
}

// src/readers/terraform/hcl/loader.ts
var loading;
function loadHclParser() {
  loading ??= load();
  return loading;
}
async function load() {
  const [{ Language, Parser: Parser2 }, { loadHclWasm }] = await Promise.all([
    import("./web-tree-sitter-E4QZPCMF.js"),
    import("./hcl-wasm-G5G2CXZ5.js")
  ]);
  const wasm = await loadHclWasm();
  await Parser2.init({ wasmBinary: wasm.runtime });
  const parser = new Parser2();
  parser.setLanguage(await Language.load(wasm.grammar));
  return parser;
}

// src/check.ts
var LIVE_TIMEOUT_MS = 1e4;
var PLAN_LIMIT = 256 * 1048576;
var KNOWLEDGE_LIMIT = 16 * 1048576;
async function runCheck(options) {
  const trees = collectTrees({
    root: options.root,
    prefix: options.prefix,
    filter: {
      include: options.config.include,
      exclude: options.config.exclude,
      hiddenDirectories: options.config.hiddenDirectories
    },
    ...options.base && { base: options.base }
  });
  if (trees.baseUnavailable)
    throw new ConfigError(
      `${trees.baseUnavailable}. Compare with a branch, tag or SHA this repository has (git fetch it first${options.base?.kind === "git" && !options.base.fetchIfMissing ? ", or add --fetch-base" : ""}), or leave the base out to check the tree alone.`
    );
  const roots = options.fileRoots ?? [options.cwd];
  let knowledge = withKnowledgeFiles(
    options.knowledge,
    options.config.knowledgeFiles,
    options.cwd,
    roots
  );
  const { plans: terraformPlans, problems: terraformPlanProblems } = readTerraformPlans(
    options.config.planJson,
    options.cwd,
    roots
  );
  const needsHcl = [trees.head, trees.base].some((tree) => tree?.files.some(isTerraformFile));
  const hcl = needsHcl ? await loadHclParser() : void 0;
  const input = {
    ...hcl && { hcl },
    terraformPlans,
    terraformPlanProblems,
    ...trees,
    config: options.config,
    knowledge,
    today: options.today
  };
  const inventories = readTrees(input);
  const kube = options.live ? await readLive(options.live) : void 0;
  const aws = options.aws ? await readAws(options.aws, inventories.head, kube?.views ?? []) : void 0;
  if (aws)
    knowledge = {
      ...knowledge,
      addonCompatibility: { ...knowledge.addonCompatibility, ...aws.compatibility }
    };
  const live = kube || aws ? {
    views: [...kube?.views ?? [], ...aws?.views ?? []],
    errors: [...kube?.errors ?? [], ...aws?.errors ?? []]
  } : void 0;
  const result = runEngine({ ...input, knowledge, ...live && { live } }, inventories);
  return buildReport(result, options.config, knowledge);
}
function readTerraformPlans(entries, cwd, roots) {
  const plans = [];
  const problems = [];
  for (const entry of entries) {
    const eq = entry.indexOf("=");
    const file2 = eq >= 0 ? entry.slice(eq + 1) : entry;
    const root = eq >= 0 ? entry.slice(0, eq).replace(/\/$/, "") : void 0;
    let text2;
    try {
      text2 = readContainedFile(file2, cwd, roots, PLAN_LIMIT);
    } catch (error2) {
      problems.push({
        at: { file: file2, line: 1, column: 1 },
        message: `Could not read the plan file ${file2}: ${error2.message}`
      });
      continue;
    }
    const parsed = parseTerraformPlan(file2, text2, root);
    if (parsed.plan) plans.push(parsed.plan);
    if (parsed.problem) problems.push(parsed.problem);
  }
  return { plans, problems };
}
function withKnowledgeFiles(knowledge, files, cwd, roots) {
  return files.reduce((current, file2) => {
    let text2;
    try {
      text2 = readContainedFile(file2, cwd, roots, KNOWLEDGE_LIMIT);
    } catch (error2) {
      throw new ConfigError(
        `Could not read the knowledge file ${file2}: ${error2.message}`
      );
    }
    try {
      return mergeKnowledgeFile(current, file2, text2);
    } catch (error2) {
      if (error2 instanceof KnowledgeFileError) throw new ConfigError(error2.message);
      throw error2;
    }
  }, knowledge);
}
async function readLive(options) {
  try {
    const [{ readLiveCluster }, { liveView }] = await Promise.all([
      import("./kube-PJECEDPW.js"),
      import("./view-DID3OHZ3.js")
    ]);
    return {
      views: [liveView(await readLiveCluster({ ...options, timeoutMs: LIVE_TIMEOUT_MS }))],
      errors: []
    };
  } catch (error2) {
    return { views: [], errors: [error2 instanceof Error ? error2.message : String(error2)] };
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
    const { readEks } = await import("./aws-HL27ETM4.js");
    return await readEks({ ...options, clusters, timeoutMs: LIVE_TIMEOUT_MS });
  } catch (error2) {
    return {
      views: [],
      errors: [error2 instanceof Error ? error2.message : String(error2)],
      compatibility: {}
    };
  }
}

// src/config/load.ts
import { existsSync, readFileSync as readFileSync2, statSync as statSync3 } from "node:fs";
import path14 from "node:path";
var DEFAULT_CONFIG_FILE = ".github/eks-upgrade-gate.yml";
function loadConfig(inputs2, explicitFile, searchDirs, relativeTo) {
  const read = (file2) => {
    const relative = path14.relative(relativeTo, file2).split(path14.sep).join("/");
    const display = relative && !relative.startsWith("..") ? relative : file2;
    return resolveConfig(inputs2, { path: display, text: readFileSync2(file2, "utf8") });
  };
  if (explicitFile !== void 0) {
    if (!existsSync(explicitFile) || !statSync3(explicitFile).isFile()) {
      throw new ConfigError(`The configuration file ${explicitFile} does not exist`);
    }
    return read(explicitFile);
  }
  for (const dir of searchDirs) {
    const candidate = path14.join(dir, DEFAULT_CONFIG_FILE);
    if (existsSync(candidate)) return read(candidate);
  }
  return resolveConfig(inputs2);
}

export {
  ConfigError,
  validateSettings,
  visibleText,
  visibleStrings,
  embeddedKnowledge,
  TOOL_VERSION,
  verdictLine,
  plural,
  renderMarkdown,
  renderText,
  FORMATS,
  FORMAT_NAMES,
  isFormat,
  gitTopLevel,
  NO_BASE_NOTE,
  runCheck,
  loadConfig
};
