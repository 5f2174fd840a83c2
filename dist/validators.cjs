var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/config/date-format.ts
var date_format_exports = {};
__export(date_format_exports, {
  date: () => date
});
function date(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}
var init_date_format = __esm({
  "src/config/date-format.ts"() {
    "use strict";
  }
});

// <stdin>
var stdin_exports = {};
__export(stdin_exports, {
  configValidators: () => configValidators
});
module.exports = __toCommonJS(stdin_exports);

// schema-validators:src/config/validators.js
var file = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/eks-upgrade-gate/eks-upgrade-gate/main/schema/config.schema.json", "title": "eks-upgrade-gate configuration", "description": "The configuration file of eks-upgrade-gate (.github/eks-upgrade-gate.yml). An action input or CLI flag overrides the same setting here.", "type": "object", "additionalProperties": false, "properties": { "fail-on": { "$ref": "#/definitions/failOn" }, "fail-on-existing": { "$ref": "#/definitions/boolean", "description": "Also fail on findings that already exist on the base commit." }, "fail-on-empty": { "$ref": "#/definitions/boolean", "description": "Fail when nothing EKS-related is found (a mistyped path, a moved directory) instead of passing with a warning." }, "include": { "$ref": "#/definitions/globs", "description": "Only scan these paths (globs from the repository root)." }, "exclude": { "$ref": "#/definitions/globs", "description": "Never scan these paths (globs from the repository root)." }, "rules": { "type": "object", "description": "Per-rule severity, or off.", "propertyNames": { "$ref": "#/definitions/ruleId" }, "additionalProperties": { "$ref": "#/definitions/ruleSetting" } }, "var-files": { "$ref": "#/definitions/rootFiles", "description": "tfvars files CI passes with -var-file: FILE (applies to the Terraform root around it) or ROOT_DIR=FILE." }, "plan-json": { "$ref": "#/definitions/rootFiles", "description": "Output of terraform show -json: FILE or ROOT_DIR=FILE." }, "hidden-directories": { "$ref": "#/definitions/globs", "description": "Hidden directories to read, e.g. .karpenter; others are skipped and listed." }, "target-version": { "$ref": "#/definitions/kubeVersion", "description": "Check and plan an upgrade to this version that the change has not made yet. Quote it: 1.30 is a number in YAML." }, "knowledge-file": { "$ref": "#/definitions/globs", "description": "Extra EKS data files: versions newer than the embedded data, or describe-addon-versions output." }, "live-cluster": { "$ref": "#/definitions/text", "description": "The declared cluster (id or name) a live cluster is, when the names differ." }, "assign": { "type": "array", "description": "Which cluster manifests and Helm files under a path belong to, where it is not the nearest one.", "items": { "type": "object", "additionalProperties": false, "required": ["paths", "cluster"], "properties": { "paths": { "$ref": "#/definitions/text", "description": "A glob from the repository root." }, "cluster": { "$ref": "#/definitions/text", "description": "A cluster name or id." } } }, "examples": [[{ "paths": "apps/prod/**", "cluster": "prod" }]] }, "ignore": { "type": "array", "description": "Suppressions: a reason is required, an expiry date is optional.", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "reason"], "properties": { "rule": { "oneOf": [{ "$ref": "#/definitions/ruleId" }, { "const": "*" }], "description": "A rule id, or * for every rule." }, "cluster": { "$ref": "#/definitions/text", "description": "Glob on the cluster id or name." }, "file": { "$ref": "#/definitions/text", "description": "Glob on the file path." }, "reason": { "$ref": "#/definitions/text", "description": "Why, shown in every report." }, "expires": { "$ref": "#/definitions/date", "description": "From this day on the entry no longer applies." } } }, "examples": [[{ "rule": "node-group-skew", "cluster": "*legacy*", "reason": "group is being retired in Q1", "expires": "2027-01-31" }]] } }, "definitions": { "failOn": { "type": "string", "enum": ["error", "warning", "notice", "never"], "description": "Lowest severity of a new finding that fails the check." }, "boolean": { "enum": [true, false, "true", "false"] }, "text": { "type": "string", "pattern": "\\S" }, "globs": { "anyOf": [{ "$ref": "#/definitions/text" }, { "type": "array", "items": { "$ref": "#/definitions/text" } }] }, "rootFiles": { "anyOf": [{ "$ref": "#/definitions/text" }, { "type": "array", "items": { "$ref": "#/definitions/text" } }] }, "kubeVersion": { "type": "string", "pattern": "^\\s*v?1\\.\\d{1,3}\\s*$", "examples": ["1.33"] }, "date": { "type": "string", "format": "date", "examples": ["2027-01-31"] }, "severity": { "type": "string", "enum": ["error", "warning", "notice"] }, "ruleSetting": { "type": "string", "enum": ["error", "warning", "notice", "off"] }, "ruleId": { "type": "string", "enum": ["addon-field-conflicts", "addon-floating", "addon-incompatible", "addon-not-moved", "al2023-bootstrap-script", "ami-containerd-too-old", "ami-custom-unverified", "ami-family-end-of-life", "ami-family-unsupported", "ami-release-mismatch", "api-deprecated", "api-removed", "cluster-autoscaler-mismatch", "cluster-removed", "cluster-unreadable", "control-plane-downgrade", "control-plane-end-of-support", "control-plane-extended-support", "control-plane-skips-minor", "control-plane-support-ending", "coredns-outdated", "coredns-too-old", "docker-runtime", "karpenter-unsupported", "knowledge-stale", "kubelet-flag-removed", "kube-proxy-minor-mismatch", "kube-proxy-skew", "kube-proxy-tag-variant", "live-addon-versions", "live-al2-nodes", "live-container-runtime", "live-kernel", "live-node-skew", "live-os-image", "live-unavailable", "live-version-drift", "managed-node-group-behind-control-plane", "node-group-newer-than-control-plane", "node-group-skew", "suppression-expired", "unassigned-component", "unreadable-file", "unresolved-value", "version-unknown-to-data", "version-written-as-number", "vpc-cni-minimum", "vpc-cni-below-recommended", "vpc-cni-minor-jump"] }, "comment": { "type": "string", "enum": ["update", "on-failure", "on-change", "new", "off"], "description": "update: one sticky comment; on-failure: the sticky comment only while the gate fails (removed once it passes); on-change: only while the pull request changes a file the gate read; new: a new comment per run; off: none." }, "inputs": { "description": "The settings an action input or CLI flag can give (as text), validated with the same definitions as the file.", "type": "object", "additionalProperties": false, "properties": { "fail-on": { "$ref": "#/definitions/failOn" }, "fail-on-existing": { "$ref": "#/definitions/boolean" }, "fail-on-empty": { "$ref": "#/definitions/boolean" }, "var-files": { "$ref": "#/definitions/rootFiles" }, "plan-json": { "$ref": "#/definitions/rootFiles" }, "target-version": { "$ref": "#/definitions/kubeVersion" }, "knowledge-file": { "$ref": "#/definitions/globs" }, "live-cluster": { "$ref": "#/definitions/text" }, "evaluation-date": { "$ref": "#/definitions/date" }, "comment": { "$ref": "#/definitions/comment" }, "review-comments": { "$ref": "#/definitions/boolean" } } } } };
var schema12 = { "type": "string", "enum": ["error", "warning", "notice", "never"], "description": "Lowest severity of a new finding that fails the check." };
var schema13 = { "enum": [true, false, "true", "false"] };
var schema18 = { "type": "string", "enum": ["addon-field-conflicts", "addon-floating", "addon-incompatible", "addon-not-moved", "al2023-bootstrap-script", "ami-containerd-too-old", "ami-custom-unverified", "ami-family-end-of-life", "ami-family-unsupported", "ami-release-mismatch", "api-deprecated", "api-removed", "cluster-autoscaler-mismatch", "cluster-removed", "cluster-unreadable", "control-plane-downgrade", "control-plane-end-of-support", "control-plane-extended-support", "control-plane-skips-minor", "control-plane-support-ending", "coredns-outdated", "coredns-too-old", "docker-runtime", "karpenter-unsupported", "knowledge-stale", "kubelet-flag-removed", "kube-proxy-minor-mismatch", "kube-proxy-skew", "kube-proxy-tag-variant", "live-addon-versions", "live-al2-nodes", "live-container-runtime", "live-kernel", "live-node-skew", "live-os-image", "live-unavailable", "live-version-drift", "managed-node-group-behind-control-plane", "node-group-newer-than-control-plane", "node-group-skew", "suppression-expired", "unassigned-component", "unreadable-file", "unresolved-value", "version-unknown-to-data", "version-written-as-number", "vpc-cni-minimum", "vpc-cni-below-recommended", "vpc-cni-minor-jump"] };
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
                          if (!(key1 === "addon-field-conflicts" || key1 === "addon-floating" || key1 === "addon-incompatible" || key1 === "addon-not-moved" || key1 === "al2023-bootstrap-script" || key1 === "ami-containerd-too-old" || key1 === "ami-custom-unverified" || key1 === "ami-family-end-of-life" || key1 === "ami-family-unsupported" || key1 === "ami-release-mismatch" || key1 === "api-deprecated" || key1 === "api-removed" || key1 === "cluster-autoscaler-mismatch" || key1 === "cluster-removed" || key1 === "cluster-unreadable" || key1 === "control-plane-downgrade" || key1 === "control-plane-end-of-support" || key1 === "control-plane-extended-support" || key1 === "control-plane-skips-minor" || key1 === "control-plane-support-ending" || key1 === "coredns-outdated" || key1 === "coredns-too-old" || key1 === "docker-runtime" || key1 === "karpenter-unsupported" || key1 === "knowledge-stale" || key1 === "kubelet-flag-removed" || key1 === "kube-proxy-minor-mismatch" || key1 === "kube-proxy-skew" || key1 === "kube-proxy-tag-variant" || key1 === "live-addon-versions" || key1 === "live-al2-nodes" || key1 === "live-container-runtime" || key1 === "live-kernel" || key1 === "live-node-skew" || key1 === "live-os-image" || key1 === "live-unavailable" || key1 === "live-version-drift" || key1 === "managed-node-group-behind-control-plane" || key1 === "node-group-newer-than-control-plane" || key1 === "node-group-skew" || key1 === "suppression-expired" || key1 === "unassigned-component" || key1 === "unreadable-file" || key1 === "unresolved-value" || key1 === "version-unknown-to-data" || key1 === "version-written-as-number" || key1 === "vpc-cni-minimum" || key1 === "vpc-cni-below-recommended" || key1 === "vpc-cni-minor-jump")) {
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
                                                    if (!(data19 === "addon-field-conflicts" || data19 === "addon-floating" || data19 === "addon-incompatible" || data19 === "addon-not-moved" || data19 === "al2023-bootstrap-script" || data19 === "ami-containerd-too-old" || data19 === "ami-custom-unverified" || data19 === "ami-family-end-of-life" || data19 === "ami-family-unsupported" || data19 === "ami-release-mismatch" || data19 === "api-deprecated" || data19 === "api-removed" || data19 === "cluster-autoscaler-mismatch" || data19 === "cluster-removed" || data19 === "cluster-unreadable" || data19 === "control-plane-downgrade" || data19 === "control-plane-end-of-support" || data19 === "control-plane-extended-support" || data19 === "control-plane-skips-minor" || data19 === "control-plane-support-ending" || data19 === "coredns-outdated" || data19 === "coredns-too-old" || data19 === "docker-runtime" || data19 === "karpenter-unsupported" || data19 === "knowledge-stale" || data19 === "kubelet-flag-removed" || data19 === "kube-proxy-minor-mismatch" || data19 === "kube-proxy-skew" || data19 === "kube-proxy-tag-variant" || data19 === "live-addon-versions" || data19 === "live-al2-nodes" || data19 === "live-container-runtime" || data19 === "live-kernel" || data19 === "live-node-skew" || data19 === "live-os-image" || data19 === "live-unavailable" || data19 === "live-version-drift" || data19 === "managed-node-group-behind-control-plane" || data19 === "node-group-newer-than-control-plane" || data19 === "node-group-skew" || data19 === "suppression-expired" || data19 === "unassigned-component" || data19 === "unreadable-file" || data19 === "unresolved-value" || data19 === "version-unknown-to-data" || data19 === "version-written-as-number" || data19 === "vpc-cni-minimum" || data19 === "vpc-cni-below-recommended" || data19 === "vpc-cni-minor-jump")) {
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
var schema39 = { "type": "string", "enum": ["update", "on-failure", "on-change", "new", "off"], "description": "update: one sticky comment; on-failure: the sticky comment only while the gate fails (removed once it passes); on-change: only while the pull request changes a file the gate read; new: a new comment per run; off: none." };
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
                            if (!(data9 === "update" || data9 === "on-failure" || data9 === "on-change" || data9 === "new" || data9 === "off")) {
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  configValidators
});
