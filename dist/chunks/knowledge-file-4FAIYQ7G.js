import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  KnowledgeFileError,
  clusterVersionFacts,
  isDescribeClusterVersions,
  mergeFacts
} from "./chunk-WDDD33ZD.js";
import {
  parse
} from "./chunk-JL4GYMN3.js";
import "./chunk-D2WDCTU4.js";
import {
  __commonJS,
  __esm,
  __export,
  __toCommonJS
} from "./chunk-FZTWU4BV.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

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
    for (const version of addon.addonVersions ?? []) {
      for (const compatibility of version.compatibilities ?? []) {
        const entry = byCluster[compatibility.clusterVersion] ??= { versions: [] };
        if (!entry.versions.includes(version.addonVersion))
          entry.versions.push(version.addonVersion);
        if (compatibility.defaultVersion) entry.default = version.addonVersion;
      }
    }
  }
  return table;
}

// schema-validators:src/knowledge/validator.js
var knowledge = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/eks-upgrade-gate/eks-upgrade-gate/main/schema/knowledge.schema.json", "title": "eks-upgrade-gate knowledge file", "description": "EKS facts merged over the embedded data (knowledge-file input, --knowledge-file, or the configuration's knowledge-file). The embedded data (src/knowledge/eks-data.json) is a file of this format. A version the data does not know gets exactly the facts given here, never another version's.", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "dataDate": { "$ref": "#/definitions/date", "description": "The date of the newest source these facts come from." }, "sources": { "type": "object", "description": "Where the facts come from, by the ids the facts' sources lists use.", "additionalProperties": { "$ref": "#/definitions/source" } }, "versions": { "type": "array", "items": { "$ref": "#/definitions/version" } }, "removedApis": { "type": "array", "description": "apiVersions Kubernetes stops serving; an entry with the same apiVersion and kinds replaces the embedded one.", "items": { "$ref": "#/definitions/removedApi" } }, "karpenter": { "type": "object", "additionalProperties": false, "properties": { "matrix": { "type": "array", "description": "Karpenter releases and the Kubernetes minors each supports (as in karpenter's compatibility.yaml); a release given here replaces the embedded one.", "items": { "type": "object", "additionalProperties": false, "required": ["release", "minKubernetes", "maxKubernetes"], "properties": { "release": { "type": "string", "pattern": "^\\d+\\.\\d+(\\.\\d+)?$" }, "minKubernetes": { "$ref": "#/definitions/minor" }, "maxKubernetes": { "$ref": "#/definitions/minor" } } } }, "sources": { "$ref": "#/definitions/sourceIds" } } }, "removedKubeletFlags": { "type": "array", "description": "kubelet flags Kubernetes removed; a flag given here replaces the embedded entry for it.", "items": { "type": "object", "additionalProperties": false, "required": ["flag", "removedIn"], "properties": { "flag": { "type": "string", "pattern": "^--[a-z0-9-]+$" }, "removedIn": { "$ref": "#/definitions/minor" }, "match": { "type": "string", "description": "The text that means the kubelet flag, when the flag's name alone could mean something else." }, "sources": { "$ref": "#/definitions/sourceIds" } } } }, "amiReleases": { "type": "object", "description": "What each EKS-optimized AMI release ships, by release version (1.36.2-20260714): the containerd and kernel of its Amazon Linux 2023 and Amazon Linux 2 builds.", "additionalProperties": { "$ref": "#/definitions/amiRelease" } }, "addonCompatibility": { "type": "object", "description": "Add-on versions EKS offers per cluster minor, as describe-addon-versions reports them.", "additionalProperties": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["versions"], "properties": { "default": { "type": "string" }, "versions": { "type": "array", "items": { "type": "string" } } } } } }, "schemaVersion": { "type": "integer", "description": "Embedded data only." }, "compiledAt": { "$ref": "#/definitions/date", "description": "Embedded data only." }, "newestData": { "type": "object", "description": "Embedded data only." }, "addonDataDate": { "$ref": "#/definitions/date", "description": "Embedded data only." }, "policy": { "type": "object", "description": "Embedded data only." }, "families": { "type": "object", "description": "Embedded data only." }, "components": { "type": "object", "description": "Embedded data only." } }, "definitions": { "date": { "type": "string", "format": "date" }, "minor": { "type": "string", "pattern": "^1\\.\\d{1,3}$", "description": 'A Kubernetes minor, quoted ("1.37"; YAML reads 1.30 unquoted as 1.3).' }, "sourceIds": { "type": "array", "description": "Ids from the sources map, or free text (a URL); the knowledge file itself when left out.", "items": { "type": "string", "minLength": 1 } }, "nullableString": { "type": ["string", "null"] }, "nullableBoolean": { "type": ["boolean", "null"] }, "source": { "type": "object", "required": ["date"], "properties": { "url": { "type": "string" }, "repo": { "type": "string" }, "path": { "type": "string" }, "commit": { "type": ["string", "null"] }, "note": { "type": "string" }, "date": { "$ref": "#/definitions/date", "description": "When the source said it: its commit or publication date, or, where neither is known, the day it was read (dateIs: read)." }, "dateIs": { "enum": ["commit", "published", "read", "checked"] } } }, "version": { "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "version": { "$ref": "#/definitions/minor" }, "eksRelease": { "$ref": "#/definitions/date", "description": "Shorthand for lifecycle.eksRelease." }, "endOfStandardSupport": { "$ref": "#/definitions/date", "description": "Shorthand for lifecycle.endOfStandardSupport." }, "endOfExtendedSupport": { "$ref": "#/definitions/date", "description": "Shorthand for lifecycle.endOfExtendedSupport." }, "lifecycle": { "type": "object", "additionalProperties": false, "properties": { "upstreamRelease": { "$ref": "#/definitions/date" }, "eksRelease": { "$ref": "#/definitions/date" }, "endOfStandardSupport": { "$ref": "#/definitions/date" }, "endOfExtendedSupport": { "$ref": "#/definitions/date" }, "verification": { "type": "string" }, "sources": { "$ref": "#/definitions/sourceIds" } } }, "addons": { "type": "object", "additionalProperties": false, "properties": { "kubeProxy": { "type": "object", "additionalProperties": false, "properties": { "latestAddon": { "$ref": "#/definitions/nullableString" }, "selfManagedImage": { "$ref": "#/definitions/nullableString" }, "tagStyle": { "enum": ["plain", "minimal", "default-or-minimal"] }, "sources": { "$ref": "#/definitions/sourceIds" } } }, "coredns": { "type": "object", "additionalProperties": false, "properties": { "defaultImage": { "$ref": "#/definitions/nullableString" }, "latestAddon": { "$ref": "#/definitions/nullableString" }, "minimum": { "type": "string" }, "sources": { "$ref": "#/definitions/sourceIds" } } }, "vpcCni": { "type": "object", "additionalProperties": false, "properties": { "minimum": { "type": "string" }, "latestAddon": { "$ref": "#/definitions/nullableString" }, "recommended": { "$ref": "#/definitions/nullableString" }, "sources": { "$ref": "#/definitions/sourceIds" } } } } }, "amis": { "type": "object", "additionalProperties": false, "properties": { "al2": { "type": "boolean" }, "al2023": { "type": "boolean" }, "bottlerocket": { "type": "boolean" }, "windows": { "type": "array", "items": { "type": "string", "pattern": "^\\d{4}$" } }, "al2023LatestRelease": { "$ref": "#/definitions/nullableString" }, "al2LastRelease": { "$ref": "#/definitions/nullableString" }, "defaultManagedNodeGroupAmi": { "type": "string" }, "sources": { "$ref": "#/definitions/sourceIds" } } }, "runtime": { "type": "object", "additionalProperties": false, "properties": { "dockershim": { "type": "boolean" }, "containerdMinimum": { "$ref": "#/definitions/nullableString" }, "containerd2Required": { "type": "boolean" }, "cgroupV1KubeletFails": { "type": "boolean" }, "sources": { "$ref": "#/definitions/sourceIds" } } }, "upgradeNotes": { "type": "array", "description": "Added to the version's notes; a note with the same text replaces it.", "items": { "type": "object", "additionalProperties": false, "required": ["severity", "text"], "properties": { "severity": { "enum": ["blocking", "warning", "info"] }, "text": { "type": "string", "minLength": 1, "maxLength": 2e3 }, "sources": { "$ref": "#/definitions/sourceIds" } } } } } }, "removedApi": { "type": "object", "additionalProperties": false, "required": ["apiVersion", "kinds", "removedIn"], "properties": { "apiVersion": { "type": "string", "minLength": 1 }, "kinds": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "deprecatedIn": { "anyOf": [{ "$ref": "#/definitions/minor" }, { "type": "null" }] }, "removedIn": { "anyOf": [{ "$ref": "#/definitions/minor" }, { "type": "null" }] }, "replacement": { "$ref": "#/definitions/nullableString" }, "notes": { "$ref": "#/definitions/nullableString" }, "sources": { "$ref": "#/definitions/sourceIds" } } }, "amiRelease": { "type": "object", "additionalProperties": false, "properties": { "al2023": { "$ref": "#/definitions/amiPackages" }, "al2": { "$ref": "#/definitions/amiPackages" } } }, "amiPackages": { "type": "object", "additionalProperties": false, "properties": { "containerd": { "type": "string" }, "kernel": { "type": "string" } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func4 = require_ucs2length().default;
var formats0 = (init_date_format(), __toCommonJS(date_format_exports)).date;
var schema13 = { "type": "object", "required": ["date"], "properties": { "url": { "type": "string" }, "repo": { "type": "string" }, "path": { "type": "string" }, "commit": { "type": ["string", "null"] }, "note": { "type": "string" }, "date": { "$ref": "#/definitions/date", "description": "When the source said it: its commit or publication date, or, where neither is known, the day it was read (dateIs: read)." }, "dateIs": { "enum": ["commit", "published", "read", "checked"] } } };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.date === void 0 && (missing0 = "date")) {
        validate11.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.url !== void 0) {
          const _errs1 = errors;
          if (typeof data.url !== "string") {
            validate11.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.repo !== void 0) {
            const _errs3 = errors;
            if (typeof data.repo !== "string") {
              validate11.errors = [{ instancePath: instancePath + "/repo", schemaPath: "#/properties/repo/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.path !== void 0) {
              const _errs5 = errors;
              if (typeof data.path !== "string") {
                validate11.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.commit !== void 0) {
                let data3 = data.commit;
                const _errs7 = errors;
                if (typeof data3 !== "string" && data3 !== null) {
                  validate11.errors = [{ instancePath: instancePath + "/commit", schemaPath: "#/properties/commit/type", keyword: "type", params: { type: schema13.properties.commit.type }, message: "must be string,null" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.note !== void 0) {
                  const _errs9 = errors;
                  if (typeof data.note !== "string") {
                    validate11.errors = [{ instancePath: instancePath + "/note", schemaPath: "#/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.date !== void 0) {
                    let data5 = data.date;
                    const _errs11 = errors;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (errors === _errs12) {
                        if (typeof data5 === "string") {
                          if (!formats0(data5)) {
                            validate11.errors = [{ instancePath: instancePath + "/date", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
                            return false;
                          }
                        } else {
                          validate11.errors = [{ instancePath: instancePath + "/date", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.dateIs !== void 0) {
                      let data6 = data.dateIs;
                      const _errs14 = errors;
                      if (!(data6 === "commit" || data6 === "published" || data6 === "read" || data6 === "checked")) {
                        validate11.errors = [{ instancePath: instancePath + "/dateIs", schemaPath: "#/properties/dateIs/enum", keyword: "enum", params: { allowedValues: schema13.properties.dateIs.enum }, message: "must be equal to one of the allowed values" }];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
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
    } else {
      validate11.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema15 = { "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "version": { "$ref": "#/definitions/minor" }, "eksRelease": { "$ref": "#/definitions/date", "description": "Shorthand for lifecycle.eksRelease." }, "endOfStandardSupport": { "$ref": "#/definitions/date", "description": "Shorthand for lifecycle.endOfStandardSupport." }, "endOfExtendedSupport": { "$ref": "#/definitions/date", "description": "Shorthand for lifecycle.endOfExtendedSupport." }, "lifecycle": { "type": "object", "additionalProperties": false, "properties": { "upstreamRelease": { "$ref": "#/definitions/date" }, "eksRelease": { "$ref": "#/definitions/date" }, "endOfStandardSupport": { "$ref": "#/definitions/date" }, "endOfExtendedSupport": { "$ref": "#/definitions/date" }, "verification": { "type": "string" }, "sources": { "$ref": "#/definitions/sourceIds" } } }, "addons": { "type": "object", "additionalProperties": false, "properties": { "kubeProxy": { "type": "object", "additionalProperties": false, "properties": { "latestAddon": { "$ref": "#/definitions/nullableString" }, "selfManagedImage": { "$ref": "#/definitions/nullableString" }, "tagStyle": { "enum": ["plain", "minimal", "default-or-minimal"] }, "sources": { "$ref": "#/definitions/sourceIds" } } }, "coredns": { "type": "object", "additionalProperties": false, "properties": { "defaultImage": { "$ref": "#/definitions/nullableString" }, "latestAddon": { "$ref": "#/definitions/nullableString" }, "minimum": { "type": "string" }, "sources": { "$ref": "#/definitions/sourceIds" } } }, "vpcCni": { "type": "object", "additionalProperties": false, "properties": { "minimum": { "type": "string" }, "latestAddon": { "$ref": "#/definitions/nullableString" }, "recommended": { "$ref": "#/definitions/nullableString" }, "sources": { "$ref": "#/definitions/sourceIds" } } } } }, "amis": { "type": "object", "additionalProperties": false, "properties": { "al2": { "type": "boolean" }, "al2023": { "type": "boolean" }, "bottlerocket": { "type": "boolean" }, "windows": { "type": "array", "items": { "type": "string", "pattern": "^\\d{4}$" } }, "al2023LatestRelease": { "$ref": "#/definitions/nullableString" }, "al2LastRelease": { "$ref": "#/definitions/nullableString" }, "defaultManagedNodeGroupAmi": { "type": "string" }, "sources": { "$ref": "#/definitions/sourceIds" } } }, "runtime": { "type": "object", "additionalProperties": false, "properties": { "dockershim": { "type": "boolean" }, "containerdMinimum": { "$ref": "#/definitions/nullableString" }, "containerd2Required": { "type": "boolean" }, "cgroupV1KubeletFails": { "type": "boolean" }, "sources": { "$ref": "#/definitions/sourceIds" } } }, "upgradeNotes": { "type": "array", "description": "Added to the version's notes; a note with the same text replaces it.", "items": { "type": "object", "additionalProperties": false, "required": ["severity", "text"], "properties": { "severity": { "enum": ["blocking", "warning", "info"] }, "text": { "type": "string", "minLength": 1, "maxLength": 2e3 }, "sources": { "$ref": "#/definitions/sourceIds" } } } } } };
var schema25 = { "type": ["string", "null"] };
var pattern0 = new RegExp("^1\\.\\d{1,3}$", "u");
var pattern1 = new RegExp("^\\d{4}$", "u");
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version")) {
        validate13.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func2.call(schema15.properties, key0)) {
            validate13.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.version !== void 0) {
            let data0 = data.version;
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data0 === "string") {
                if (!pattern0.test(data0)) {
                  validate13.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/definitions/minor/pattern", keyword: "pattern", params: { pattern: "^1\\.\\d{1,3}$" }, message: 'must match pattern "^1\\.\\d{1,3}$"' }];
                  return false;
                }
              } else {
                validate13.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/definitions/minor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.eksRelease !== void 0) {
              let data1 = data.eksRelease;
              const _errs5 = errors;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (errors === _errs6) {
                  if (typeof data1 === "string") {
                    if (!formats0(data1)) {
                      validate13.errors = [{ instancePath: instancePath + "/eksRelease", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
                      return false;
                    }
                  } else {
                    validate13.errors = [{ instancePath: instancePath + "/eksRelease", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.endOfStandardSupport !== void 0) {
                let data2 = data.endOfStandardSupport;
                const _errs8 = errors;
                const _errs9 = errors;
                if (errors === _errs9) {
                  if (errors === _errs9) {
                    if (typeof data2 === "string") {
                      if (!formats0(data2)) {
                        validate13.errors = [{ instancePath: instancePath + "/endOfStandardSupport", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
                        return false;
                      }
                    } else {
                      validate13.errors = [{ instancePath: instancePath + "/endOfStandardSupport", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.endOfExtendedSupport !== void 0) {
                  let data3 = data.endOfExtendedSupport;
                  const _errs11 = errors;
                  const _errs12 = errors;
                  if (errors === _errs12) {
                    if (errors === _errs12) {
                      if (typeof data3 === "string") {
                        if (!formats0(data3)) {
                          validate13.errors = [{ instancePath: instancePath + "/endOfExtendedSupport", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
                          return false;
                        }
                      } else {
                        validate13.errors = [{ instancePath: instancePath + "/endOfExtendedSupport", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.lifecycle !== void 0) {
                    let data4 = data.lifecycle;
                    const _errs14 = errors;
                    if (errors === _errs14) {
                      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                        const _errs16 = errors;
                        for (const key1 in data4) {
                          if (!(key1 === "upstreamRelease" || key1 === "eksRelease" || key1 === "endOfStandardSupport" || key1 === "endOfExtendedSupport" || key1 === "verification" || key1 === "sources")) {
                            validate13.errors = [{ instancePath: instancePath + "/lifecycle", schemaPath: "#/properties/lifecycle/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                            return false;
                            break;
                          }
                        }
                        if (_errs16 === errors) {
                          if (data4.upstreamRelease !== void 0) {
                            let data5 = data4.upstreamRelease;
                            const _errs17 = errors;
                            const _errs18 = errors;
                            if (errors === _errs18) {
                              if (errors === _errs18) {
                                if (typeof data5 === "string") {
                                  if (!formats0(data5)) {
                                    validate13.errors = [{ instancePath: instancePath + "/lifecycle/upstreamRelease", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
                                    return false;
                                  }
                                } else {
                                  validate13.errors = [{ instancePath: instancePath + "/lifecycle/upstreamRelease", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                            }
                            var valid5 = _errs17 === errors;
                          } else {
                            var valid5 = true;
                          }
                          if (valid5) {
                            if (data4.eksRelease !== void 0) {
                              let data6 = data4.eksRelease;
                              const _errs20 = errors;
                              const _errs21 = errors;
                              if (errors === _errs21) {
                                if (errors === _errs21) {
                                  if (typeof data6 === "string") {
                                    if (!formats0(data6)) {
                                      validate13.errors = [{ instancePath: instancePath + "/lifecycle/eksRelease", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
                                      return false;
                                    }
                                  } else {
                                    validate13.errors = [{ instancePath: instancePath + "/lifecycle/eksRelease", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                              }
                              var valid5 = _errs20 === errors;
                            } else {
                              var valid5 = true;
                            }
                            if (valid5) {
                              if (data4.endOfStandardSupport !== void 0) {
                                let data7 = data4.endOfStandardSupport;
                                const _errs23 = errors;
                                const _errs24 = errors;
                                if (errors === _errs24) {
                                  if (errors === _errs24) {
                                    if (typeof data7 === "string") {
                                      if (!formats0(data7)) {
                                        validate13.errors = [{ instancePath: instancePath + "/lifecycle/endOfStandardSupport", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
                                        return false;
                                      }
                                    } else {
                                      validate13.errors = [{ instancePath: instancePath + "/lifecycle/endOfStandardSupport", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                }
                                var valid5 = _errs23 === errors;
                              } else {
                                var valid5 = true;
                              }
                              if (valid5) {
                                if (data4.endOfExtendedSupport !== void 0) {
                                  let data8 = data4.endOfExtendedSupport;
                                  const _errs26 = errors;
                                  const _errs27 = errors;
                                  if (errors === _errs27) {
                                    if (errors === _errs27) {
                                      if (typeof data8 === "string") {
                                        if (!formats0(data8)) {
                                          validate13.errors = [{ instancePath: instancePath + "/lifecycle/endOfExtendedSupport", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
                                          return false;
                                        }
                                      } else {
                                        validate13.errors = [{ instancePath: instancePath + "/lifecycle/endOfExtendedSupport", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                  }
                                  var valid5 = _errs26 === errors;
                                } else {
                                  var valid5 = true;
                                }
                                if (valid5) {
                                  if (data4.verification !== void 0) {
                                    const _errs29 = errors;
                                    if (typeof data4.verification !== "string") {
                                      validate13.errors = [{ instancePath: instancePath + "/lifecycle/verification", schemaPath: "#/properties/lifecycle/properties/verification/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid5 = _errs29 === errors;
                                  } else {
                                    var valid5 = true;
                                  }
                                  if (valid5) {
                                    if (data4.sources !== void 0) {
                                      let data10 = data4.sources;
                                      const _errs31 = errors;
                                      const _errs32 = errors;
                                      if (errors === _errs32) {
                                        if (Array.isArray(data10)) {
                                          var valid11 = true;
                                          const len0 = data10.length;
                                          for (let i0 = 0; i0 < len0; i0++) {
                                            let data11 = data10[i0];
                                            const _errs34 = errors;
                                            if (errors === _errs34) {
                                              if (typeof data11 === "string") {
                                                if (func4(data11) < 1) {
                                                  validate13.errors = [{ instancePath: instancePath + "/lifecycle/sources/" + i0, schemaPath: "#/definitions/sourceIds/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                  return false;
                                                }
                                              } else {
                                                validate13.errors = [{ instancePath: instancePath + "/lifecycle/sources/" + i0, schemaPath: "#/definitions/sourceIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                            var valid11 = _errs34 === errors;
                                            if (!valid11) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate13.errors = [{ instancePath: instancePath + "/lifecycle/sources", schemaPath: "#/definitions/sourceIds/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid5 = _errs31 === errors;
                                    } else {
                                      var valid5 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate13.errors = [{ instancePath: instancePath + "/lifecycle", schemaPath: "#/properties/lifecycle/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.addons !== void 0) {
                      let data12 = data.addons;
                      const _errs36 = errors;
                      if (errors === _errs36) {
                        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                          const _errs38 = errors;
                          for (const key2 in data12) {
                            if (!(key2 === "kubeProxy" || key2 === "coredns" || key2 === "vpcCni")) {
                              validate13.errors = [{ instancePath: instancePath + "/addons", schemaPath: "#/properties/addons/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                              return false;
                              break;
                            }
                          }
                          if (_errs38 === errors) {
                            if (data12.kubeProxy !== void 0) {
                              let data13 = data12.kubeProxy;
                              const _errs39 = errors;
                              if (errors === _errs39) {
                                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                  const _errs41 = errors;
                                  for (const key3 in data13) {
                                    if (!(key3 === "latestAddon" || key3 === "selfManagedImage" || key3 === "tagStyle" || key3 === "sources")) {
                                      validate13.errors = [{ instancePath: instancePath + "/addons/kubeProxy", schemaPath: "#/properties/addons/properties/kubeProxy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                      return false;
                                      break;
                                    }
                                  }
                                  if (_errs41 === errors) {
                                    if (data13.latestAddon !== void 0) {
                                      let data14 = data13.latestAddon;
                                      const _errs42 = errors;
                                      if (typeof data14 !== "string" && data14 !== null) {
                                        validate13.errors = [{ instancePath: instancePath + "/addons/kubeProxy/latestAddon", schemaPath: "#/definitions/nullableString/type", keyword: "type", params: { type: schema25.type }, message: "must be string,null" }];
                                        return false;
                                      }
                                      var valid13 = _errs42 === errors;
                                    } else {
                                      var valid13 = true;
                                    }
                                    if (valid13) {
                                      if (data13.selfManagedImage !== void 0) {
                                        let data15 = data13.selfManagedImage;
                                        const _errs45 = errors;
                                        if (typeof data15 !== "string" && data15 !== null) {
                                          validate13.errors = [{ instancePath: instancePath + "/addons/kubeProxy/selfManagedImage", schemaPath: "#/definitions/nullableString/type", keyword: "type", params: { type: schema25.type }, message: "must be string,null" }];
                                          return false;
                                        }
                                        var valid13 = _errs45 === errors;
                                      } else {
                                        var valid13 = true;
                                      }
                                      if (valid13) {
                                        if (data13.tagStyle !== void 0) {
                                          let data16 = data13.tagStyle;
                                          const _errs48 = errors;
                                          if (!(data16 === "plain" || data16 === "minimal" || data16 === "default-or-minimal")) {
                                            validate13.errors = [{ instancePath: instancePath + "/addons/kubeProxy/tagStyle", schemaPath: "#/properties/addons/properties/kubeProxy/properties/tagStyle/enum", keyword: "enum", params: { allowedValues: schema15.properties.addons.properties.kubeProxy.properties.tagStyle.enum }, message: "must be equal to one of the allowed values" }];
                                            return false;
                                          }
                                          var valid13 = _errs48 === errors;
                                        } else {
                                          var valid13 = true;
                                        }
                                        if (valid13) {
                                          if (data13.sources !== void 0) {
                                            let data17 = data13.sources;
                                            const _errs49 = errors;
                                            const _errs50 = errors;
                                            if (errors === _errs50) {
                                              if (Array.isArray(data17)) {
                                                var valid17 = true;
                                                const len1 = data17.length;
                                                for (let i1 = 0; i1 < len1; i1++) {
                                                  let data18 = data17[i1];
                                                  const _errs52 = errors;
                                                  if (errors === _errs52) {
                                                    if (typeof data18 === "string") {
                                                      if (func4(data18) < 1) {
                                                        validate13.errors = [{ instancePath: instancePath + "/addons/kubeProxy/sources/" + i1, schemaPath: "#/definitions/sourceIds/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                        return false;
                                                      }
                                                    } else {
                                                      validate13.errors = [{ instancePath: instancePath + "/addons/kubeProxy/sources/" + i1, schemaPath: "#/definitions/sourceIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid17 = _errs52 === errors;
                                                  if (!valid17) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate13.errors = [{ instancePath: instancePath + "/addons/kubeProxy/sources", schemaPath: "#/definitions/sourceIds/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                              }
                                            }
                                            var valid13 = _errs49 === errors;
                                          } else {
                                            var valid13 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate13.errors = [{ instancePath: instancePath + "/addons/kubeProxy", schemaPath: "#/properties/addons/properties/kubeProxy/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid12 = _errs39 === errors;
                            } else {
                              var valid12 = true;
                            }
                            if (valid12) {
                              if (data12.coredns !== void 0) {
                                let data19 = data12.coredns;
                                const _errs54 = errors;
                                if (errors === _errs54) {
                                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                                    const _errs56 = errors;
                                    for (const key4 in data19) {
                                      if (!(key4 === "defaultImage" || key4 === "latestAddon" || key4 === "minimum" || key4 === "sources")) {
                                        validate13.errors = [{ instancePath: instancePath + "/addons/coredns", schemaPath: "#/properties/addons/properties/coredns/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }];
                                        return false;
                                        break;
                                      }
                                    }
                                    if (_errs56 === errors) {
                                      if (data19.defaultImage !== void 0) {
                                        let data20 = data19.defaultImage;
                                        const _errs57 = errors;
                                        if (typeof data20 !== "string" && data20 !== null) {
                                          validate13.errors = [{ instancePath: instancePath + "/addons/coredns/defaultImage", schemaPath: "#/definitions/nullableString/type", keyword: "type", params: { type: schema25.type }, message: "must be string,null" }];
                                          return false;
                                        }
                                        var valid18 = _errs57 === errors;
                                      } else {
                                        var valid18 = true;
                                      }
                                      if (valid18) {
                                        if (data19.latestAddon !== void 0) {
                                          let data21 = data19.latestAddon;
                                          const _errs60 = errors;
                                          if (typeof data21 !== "string" && data21 !== null) {
                                            validate13.errors = [{ instancePath: instancePath + "/addons/coredns/latestAddon", schemaPath: "#/definitions/nullableString/type", keyword: "type", params: { type: schema25.type }, message: "must be string,null" }];
                                            return false;
                                          }
                                          var valid18 = _errs60 === errors;
                                        } else {
                                          var valid18 = true;
                                        }
                                        if (valid18) {
                                          if (data19.minimum !== void 0) {
                                            const _errs63 = errors;
                                            if (typeof data19.minimum !== "string") {
                                              validate13.errors = [{ instancePath: instancePath + "/addons/coredns/minimum", schemaPath: "#/properties/addons/properties/coredns/properties/minimum/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid18 = _errs63 === errors;
                                          } else {
                                            var valid18 = true;
                                          }
                                          if (valid18) {
                                            if (data19.sources !== void 0) {
                                              let data23 = data19.sources;
                                              const _errs65 = errors;
                                              const _errs66 = errors;
                                              if (errors === _errs66) {
                                                if (Array.isArray(data23)) {
                                                  var valid22 = true;
                                                  const len2 = data23.length;
                                                  for (let i2 = 0; i2 < len2; i2++) {
                                                    let data24 = data23[i2];
                                                    const _errs68 = errors;
                                                    if (errors === _errs68) {
                                                      if (typeof data24 === "string") {
                                                        if (func4(data24) < 1) {
                                                          validate13.errors = [{ instancePath: instancePath + "/addons/coredns/sources/" + i2, schemaPath: "#/definitions/sourceIds/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                          return false;
                                                        }
                                                      } else {
                                                        validate13.errors = [{ instancePath: instancePath + "/addons/coredns/sources/" + i2, schemaPath: "#/definitions/sourceIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid22 = _errs68 === errors;
                                                    if (!valid22) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  validate13.errors = [{ instancePath: instancePath + "/addons/coredns/sources", schemaPath: "#/definitions/sourceIds/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                  return false;
                                                }
                                              }
                                              var valid18 = _errs65 === errors;
                                            } else {
                                              var valid18 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    validate13.errors = [{ instancePath: instancePath + "/addons/coredns", schemaPath: "#/properties/addons/properties/coredns/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid12 = _errs54 === errors;
                              } else {
                                var valid12 = true;
                              }
                              if (valid12) {
                                if (data12.vpcCni !== void 0) {
                                  let data25 = data12.vpcCni;
                                  const _errs70 = errors;
                                  if (errors === _errs70) {
                                    if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                                      const _errs72 = errors;
                                      for (const key5 in data25) {
                                        if (!(key5 === "minimum" || key5 === "latestAddon" || key5 === "recommended" || key5 === "sources")) {
                                          validate13.errors = [{ instancePath: instancePath + "/addons/vpcCni", schemaPath: "#/properties/addons/properties/vpcCni/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" }];
                                          return false;
                                          break;
                                        }
                                      }
                                      if (_errs72 === errors) {
                                        if (data25.minimum !== void 0) {
                                          const _errs73 = errors;
                                          if (typeof data25.minimum !== "string") {
                                            validate13.errors = [{ instancePath: instancePath + "/addons/vpcCni/minimum", schemaPath: "#/properties/addons/properties/vpcCni/properties/minimum/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid23 = _errs73 === errors;
                                        } else {
                                          var valid23 = true;
                                        }
                                        if (valid23) {
                                          if (data25.latestAddon !== void 0) {
                                            let data27 = data25.latestAddon;
                                            const _errs75 = errors;
                                            if (typeof data27 !== "string" && data27 !== null) {
                                              validate13.errors = [{ instancePath: instancePath + "/addons/vpcCni/latestAddon", schemaPath: "#/definitions/nullableString/type", keyword: "type", params: { type: schema25.type }, message: "must be string,null" }];
                                              return false;
                                            }
                                            var valid23 = _errs75 === errors;
                                          } else {
                                            var valid23 = true;
                                          }
                                          if (valid23) {
                                            if (data25.recommended !== void 0) {
                                              let data28 = data25.recommended;
                                              const _errs78 = errors;
                                              if (typeof data28 !== "string" && data28 !== null) {
                                                validate13.errors = [{ instancePath: instancePath + "/addons/vpcCni/recommended", schemaPath: "#/definitions/nullableString/type", keyword: "type", params: { type: schema25.type }, message: "must be string,null" }];
                                                return false;
                                              }
                                              var valid23 = _errs78 === errors;
                                            } else {
                                              var valid23 = true;
                                            }
                                            if (valid23) {
                                              if (data25.sources !== void 0) {
                                                let data29 = data25.sources;
                                                const _errs81 = errors;
                                                const _errs82 = errors;
                                                if (errors === _errs82) {
                                                  if (Array.isArray(data29)) {
                                                    var valid27 = true;
                                                    const len3 = data29.length;
                                                    for (let i3 = 0; i3 < len3; i3++) {
                                                      let data30 = data29[i3];
                                                      const _errs84 = errors;
                                                      if (errors === _errs84) {
                                                        if (typeof data30 === "string") {
                                                          if (func4(data30) < 1) {
                                                            validate13.errors = [{ instancePath: instancePath + "/addons/vpcCni/sources/" + i3, schemaPath: "#/definitions/sourceIds/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                            return false;
                                                          }
                                                        } else {
                                                          validate13.errors = [{ instancePath: instancePath + "/addons/vpcCni/sources/" + i3, schemaPath: "#/definitions/sourceIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid27 = _errs84 === errors;
                                                      if (!valid27) {
                                                        break;
                                                      }
                                                    }
                                                  } else {
                                                    validate13.errors = [{ instancePath: instancePath + "/addons/vpcCni/sources", schemaPath: "#/definitions/sourceIds/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                    return false;
                                                  }
                                                }
                                                var valid23 = _errs81 === errors;
                                              } else {
                                                var valid23 = true;
                                              }
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      validate13.errors = [{ instancePath: instancePath + "/addons/vpcCni", schemaPath: "#/properties/addons/properties/vpcCni/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid12 = _errs70 === errors;
                                } else {
                                  var valid12 = true;
                                }
                              }
                            }
                          }
                        } else {
                          validate13.errors = [{ instancePath: instancePath + "/addons", schemaPath: "#/properties/addons/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs36 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.amis !== void 0) {
                        let data31 = data.amis;
                        const _errs86 = errors;
                        if (errors === _errs86) {
                          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                            const _errs88 = errors;
                            for (const key6 in data31) {
                              if (!(key6 === "al2" || key6 === "al2023" || key6 === "bottlerocket" || key6 === "windows" || key6 === "al2023LatestRelease" || key6 === "al2LastRelease" || key6 === "defaultManagedNodeGroupAmi" || key6 === "sources")) {
                                validate13.errors = [{ instancePath: instancePath + "/amis", schemaPath: "#/properties/amis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" }];
                                return false;
                                break;
                              }
                            }
                            if (_errs88 === errors) {
                              if (data31.al2 !== void 0) {
                                const _errs89 = errors;
                                if (typeof data31.al2 !== "boolean") {
                                  validate13.errors = [{ instancePath: instancePath + "/amis/al2", schemaPath: "#/properties/amis/properties/al2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                  return false;
                                }
                                var valid28 = _errs89 === errors;
                              } else {
                                var valid28 = true;
                              }
                              if (valid28) {
                                if (data31.al2023 !== void 0) {
                                  const _errs91 = errors;
                                  if (typeof data31.al2023 !== "boolean") {
                                    validate13.errors = [{ instancePath: instancePath + "/amis/al2023", schemaPath: "#/properties/amis/properties/al2023/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                    return false;
                                  }
                                  var valid28 = _errs91 === errors;
                                } else {
                                  var valid28 = true;
                                }
                                if (valid28) {
                                  if (data31.bottlerocket !== void 0) {
                                    const _errs93 = errors;
                                    if (typeof data31.bottlerocket !== "boolean") {
                                      validate13.errors = [{ instancePath: instancePath + "/amis/bottlerocket", schemaPath: "#/properties/amis/properties/bottlerocket/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                      return false;
                                    }
                                    var valid28 = _errs93 === errors;
                                  } else {
                                    var valid28 = true;
                                  }
                                  if (valid28) {
                                    if (data31.windows !== void 0) {
                                      let data35 = data31.windows;
                                      const _errs95 = errors;
                                      if (errors === _errs95) {
                                        if (Array.isArray(data35)) {
                                          var valid29 = true;
                                          const len4 = data35.length;
                                          for (let i4 = 0; i4 < len4; i4++) {
                                            let data36 = data35[i4];
                                            const _errs97 = errors;
                                            if (errors === _errs97) {
                                              if (typeof data36 === "string") {
                                                if (!pattern1.test(data36)) {
                                                  validate13.errors = [{ instancePath: instancePath + "/amis/windows/" + i4, schemaPath: "#/properties/amis/properties/windows/items/pattern", keyword: "pattern", params: { pattern: "^\\d{4}$" }, message: 'must match pattern "^\\d{4}$"' }];
                                                  return false;
                                                }
                                              } else {
                                                validate13.errors = [{ instancePath: instancePath + "/amis/windows/" + i4, schemaPath: "#/properties/amis/properties/windows/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                            var valid29 = _errs97 === errors;
                                            if (!valid29) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate13.errors = [{ instancePath: instancePath + "/amis/windows", schemaPath: "#/properties/amis/properties/windows/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid28 = _errs95 === errors;
                                    } else {
                                      var valid28 = true;
                                    }
                                    if (valid28) {
                                      if (data31.al2023LatestRelease !== void 0) {
                                        let data37 = data31.al2023LatestRelease;
                                        const _errs99 = errors;
                                        if (typeof data37 !== "string" && data37 !== null) {
                                          validate13.errors = [{ instancePath: instancePath + "/amis/al2023LatestRelease", schemaPath: "#/definitions/nullableString/type", keyword: "type", params: { type: schema25.type }, message: "must be string,null" }];
                                          return false;
                                        }
                                        var valid28 = _errs99 === errors;
                                      } else {
                                        var valid28 = true;
                                      }
                                      if (valid28) {
                                        if (data31.al2LastRelease !== void 0) {
                                          let data38 = data31.al2LastRelease;
                                          const _errs102 = errors;
                                          if (typeof data38 !== "string" && data38 !== null) {
                                            validate13.errors = [{ instancePath: instancePath + "/amis/al2LastRelease", schemaPath: "#/definitions/nullableString/type", keyword: "type", params: { type: schema25.type }, message: "must be string,null" }];
                                            return false;
                                          }
                                          var valid28 = _errs102 === errors;
                                        } else {
                                          var valid28 = true;
                                        }
                                        if (valid28) {
                                          if (data31.defaultManagedNodeGroupAmi !== void 0) {
                                            const _errs105 = errors;
                                            if (typeof data31.defaultManagedNodeGroupAmi !== "string") {
                                              validate13.errors = [{ instancePath: instancePath + "/amis/defaultManagedNodeGroupAmi", schemaPath: "#/properties/amis/properties/defaultManagedNodeGroupAmi/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid28 = _errs105 === errors;
                                          } else {
                                            var valid28 = true;
                                          }
                                          if (valid28) {
                                            if (data31.sources !== void 0) {
                                              let data40 = data31.sources;
                                              const _errs107 = errors;
                                              const _errs108 = errors;
                                              if (errors === _errs108) {
                                                if (Array.isArray(data40)) {
                                                  var valid33 = true;
                                                  const len5 = data40.length;
                                                  for (let i5 = 0; i5 < len5; i5++) {
                                                    let data41 = data40[i5];
                                                    const _errs110 = errors;
                                                    if (errors === _errs110) {
                                                      if (typeof data41 === "string") {
                                                        if (func4(data41) < 1) {
                                                          validate13.errors = [{ instancePath: instancePath + "/amis/sources/" + i5, schemaPath: "#/definitions/sourceIds/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                          return false;
                                                        }
                                                      } else {
                                                        validate13.errors = [{ instancePath: instancePath + "/amis/sources/" + i5, schemaPath: "#/definitions/sourceIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid33 = _errs110 === errors;
                                                    if (!valid33) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  validate13.errors = [{ instancePath: instancePath + "/amis/sources", schemaPath: "#/definitions/sourceIds/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                  return false;
                                                }
                                              }
                                              var valid28 = _errs107 === errors;
                                            } else {
                                              var valid28 = true;
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
                            validate13.errors = [{ instancePath: instancePath + "/amis", schemaPath: "#/properties/amis/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs86 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.runtime !== void 0) {
                          let data42 = data.runtime;
                          const _errs112 = errors;
                          if (errors === _errs112) {
                            if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                              const _errs114 = errors;
                              for (const key7 in data42) {
                                if (!(key7 === "dockershim" || key7 === "containerdMinimum" || key7 === "containerd2Required" || key7 === "cgroupV1KubeletFails" || key7 === "sources")) {
                                  validate13.errors = [{ instancePath: instancePath + "/runtime", schemaPath: "#/properties/runtime/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" }];
                                  return false;
                                  break;
                                }
                              }
                              if (_errs114 === errors) {
                                if (data42.dockershim !== void 0) {
                                  const _errs115 = errors;
                                  if (typeof data42.dockershim !== "boolean") {
                                    validate13.errors = [{ instancePath: instancePath + "/runtime/dockershim", schemaPath: "#/properties/runtime/properties/dockershim/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                    return false;
                                  }
                                  var valid34 = _errs115 === errors;
                                } else {
                                  var valid34 = true;
                                }
                                if (valid34) {
                                  if (data42.containerdMinimum !== void 0) {
                                    let data44 = data42.containerdMinimum;
                                    const _errs117 = errors;
                                    if (typeof data44 !== "string" && data44 !== null) {
                                      validate13.errors = [{ instancePath: instancePath + "/runtime/containerdMinimum", schemaPath: "#/definitions/nullableString/type", keyword: "type", params: { type: schema25.type }, message: "must be string,null" }];
                                      return false;
                                    }
                                    var valid34 = _errs117 === errors;
                                  } else {
                                    var valid34 = true;
                                  }
                                  if (valid34) {
                                    if (data42.containerd2Required !== void 0) {
                                      const _errs120 = errors;
                                      if (typeof data42.containerd2Required !== "boolean") {
                                        validate13.errors = [{ instancePath: instancePath + "/runtime/containerd2Required", schemaPath: "#/properties/runtime/properties/containerd2Required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                        return false;
                                      }
                                      var valid34 = _errs120 === errors;
                                    } else {
                                      var valid34 = true;
                                    }
                                    if (valid34) {
                                      if (data42.cgroupV1KubeletFails !== void 0) {
                                        const _errs122 = errors;
                                        if (typeof data42.cgroupV1KubeletFails !== "boolean") {
                                          validate13.errors = [{ instancePath: instancePath + "/runtime/cgroupV1KubeletFails", schemaPath: "#/properties/runtime/properties/cgroupV1KubeletFails/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                          return false;
                                        }
                                        var valid34 = _errs122 === errors;
                                      } else {
                                        var valid34 = true;
                                      }
                                      if (valid34) {
                                        if (data42.sources !== void 0) {
                                          let data47 = data42.sources;
                                          const _errs124 = errors;
                                          const _errs125 = errors;
                                          if (errors === _errs125) {
                                            if (Array.isArray(data47)) {
                                              var valid37 = true;
                                              const len6 = data47.length;
                                              for (let i6 = 0; i6 < len6; i6++) {
                                                let data48 = data47[i6];
                                                const _errs127 = errors;
                                                if (errors === _errs127) {
                                                  if (typeof data48 === "string") {
                                                    if (func4(data48) < 1) {
                                                      validate13.errors = [{ instancePath: instancePath + "/runtime/sources/" + i6, schemaPath: "#/definitions/sourceIds/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                      return false;
                                                    }
                                                  } else {
                                                    validate13.errors = [{ instancePath: instancePath + "/runtime/sources/" + i6, schemaPath: "#/definitions/sourceIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                }
                                                var valid37 = _errs127 === errors;
                                                if (!valid37) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              validate13.errors = [{ instancePath: instancePath + "/runtime/sources", schemaPath: "#/definitions/sourceIds/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                              return false;
                                            }
                                          }
                                          var valid34 = _errs124 === errors;
                                        } else {
                                          var valid34 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate13.errors = [{ instancePath: instancePath + "/runtime", schemaPath: "#/properties/runtime/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs112 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.upgradeNotes !== void 0) {
                            let data49 = data.upgradeNotes;
                            const _errs129 = errors;
                            if (errors === _errs129) {
                              if (Array.isArray(data49)) {
                                var valid38 = true;
                                const len7 = data49.length;
                                for (let i7 = 0; i7 < len7; i7++) {
                                  let data50 = data49[i7];
                                  const _errs131 = errors;
                                  if (errors === _errs131) {
                                    if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                                      let missing1;
                                      if (data50.severity === void 0 && (missing1 = "severity") || data50.text === void 0 && (missing1 = "text")) {
                                        validate13.errors = [{ instancePath: instancePath + "/upgradeNotes/" + i7, schemaPath: "#/properties/upgradeNotes/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                        return false;
                                      } else {
                                        const _errs133 = errors;
                                        for (const key8 in data50) {
                                          if (!(key8 === "severity" || key8 === "text" || key8 === "sources")) {
                                            validate13.errors = [{ instancePath: instancePath + "/upgradeNotes/" + i7, schemaPath: "#/properties/upgradeNotes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" }];
                                            return false;
                                            break;
                                          }
                                        }
                                        if (_errs133 === errors) {
                                          if (data50.severity !== void 0) {
                                            let data51 = data50.severity;
                                            const _errs134 = errors;
                                            if (!(data51 === "blocking" || data51 === "warning" || data51 === "info")) {
                                              validate13.errors = [{ instancePath: instancePath + "/upgradeNotes/" + i7 + "/severity", schemaPath: "#/properties/upgradeNotes/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema15.properties.upgradeNotes.items.properties.severity.enum }, message: "must be equal to one of the allowed values" }];
                                              return false;
                                            }
                                            var valid39 = _errs134 === errors;
                                          } else {
                                            var valid39 = true;
                                          }
                                          if (valid39) {
                                            if (data50.text !== void 0) {
                                              let data52 = data50.text;
                                              const _errs135 = errors;
                                              if (errors === _errs135) {
                                                if (typeof data52 === "string") {
                                                  if (func4(data52) > 2e3) {
                                                    validate13.errors = [{ instancePath: instancePath + "/upgradeNotes/" + i7 + "/text", schemaPath: "#/properties/upgradeNotes/items/properties/text/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" }];
                                                    return false;
                                                  } else {
                                                    if (func4(data52) < 1) {
                                                      validate13.errors = [{ instancePath: instancePath + "/upgradeNotes/" + i7 + "/text", schemaPath: "#/properties/upgradeNotes/items/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                      return false;
                                                    }
                                                  }
                                                } else {
                                                  validate13.errors = [{ instancePath: instancePath + "/upgradeNotes/" + i7 + "/text", schemaPath: "#/properties/upgradeNotes/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                              }
                                              var valid39 = _errs135 === errors;
                                            } else {
                                              var valid39 = true;
                                            }
                                            if (valid39) {
                                              if (data50.sources !== void 0) {
                                                let data53 = data50.sources;
                                                const _errs137 = errors;
                                                const _errs138 = errors;
                                                if (errors === _errs138) {
                                                  if (Array.isArray(data53)) {
                                                    var valid41 = true;
                                                    const len8 = data53.length;
                                                    for (let i8 = 0; i8 < len8; i8++) {
                                                      let data54 = data53[i8];
                                                      const _errs140 = errors;
                                                      if (errors === _errs140) {
                                                        if (typeof data54 === "string") {
                                                          if (func4(data54) < 1) {
                                                            validate13.errors = [{ instancePath: instancePath + "/upgradeNotes/" + i7 + "/sources/" + i8, schemaPath: "#/definitions/sourceIds/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                            return false;
                                                          }
                                                        } else {
                                                          validate13.errors = [{ instancePath: instancePath + "/upgradeNotes/" + i7 + "/sources/" + i8, schemaPath: "#/definitions/sourceIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid41 = _errs140 === errors;
                                                      if (!valid41) {
                                                        break;
                                                      }
                                                    }
                                                  } else {
                                                    validate13.errors = [{ instancePath: instancePath + "/upgradeNotes/" + i7 + "/sources", schemaPath: "#/definitions/sourceIds/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                    return false;
                                                  }
                                                }
                                                var valid39 = _errs137 === errors;
                                              } else {
                                                var valid39 = true;
                                              }
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      validate13.errors = [{ instancePath: instancePath + "/upgradeNotes/" + i7, schemaPath: "#/properties/upgradeNotes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid38 = _errs131 === errors;
                                  if (!valid38) {
                                    break;
                                  }
                                }
                              } else {
                                validate13.errors = [{ instancePath: instancePath + "/upgradeNotes", schemaPath: "#/properties/upgradeNotes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid0 = _errs129 === errors;
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
    } else {
      validate13.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate13.errors = vErrors;
  return errors === 0;
}
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.apiVersion === void 0 && (missing0 = "apiVersion") || data.kinds === void 0 && (missing0 = "kinds") || data.removedIn === void 0 && (missing0 = "removedIn")) {
        validate15.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "apiVersion" || key0 === "kinds" || key0 === "deprecatedIn" || key0 === "removedIn" || key0 === "replacement" || key0 === "notes" || key0 === "sources")) {
            validate15.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.apiVersion !== void 0) {
            let data0 = data.apiVersion;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (typeof data0 === "string") {
                if (func4(data0) < 1) {
                  validate15.errors = [{ instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate15.errors = [{ instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.kinds !== void 0) {
              let data1 = data.kinds;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (Array.isArray(data1)) {
                  if (data1.length < 1) {
                    validate15.errors = [{ instancePath: instancePath + "/kinds", schemaPath: "#/properties/kinds/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                    return false;
                  } else {
                    var valid1 = true;
                    const len0 = data1.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data2 = data1[i0];
                      const _errs6 = errors;
                      if (errors === _errs6) {
                        if (typeof data2 === "string") {
                          if (func4(data2) < 1) {
                            validate15.errors = [{ instancePath: instancePath + "/kinds/" + i0, schemaPath: "#/properties/kinds/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          }
                        } else {
                          validate15.errors = [{ instancePath: instancePath + "/kinds/" + i0, schemaPath: "#/properties/kinds/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid1 = _errs6 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  }
                } else {
                  validate15.errors = [{ instancePath: instancePath + "/kinds", schemaPath: "#/properties/kinds/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.deprecatedIn !== void 0) {
                let data3 = data.deprecatedIn;
                const _errs8 = errors;
                const _errs9 = errors;
                let valid2 = false;
                const _errs10 = errors;
                const _errs11 = errors;
                if (errors === _errs11) {
                  if (typeof data3 === "string") {
                    if (!pattern0.test(data3)) {
                      const err0 = { instancePath: instancePath + "/deprecatedIn", schemaPath: "#/definitions/minor/pattern", keyword: "pattern", params: { pattern: "^1\\.\\d{1,3}$" }, message: 'must match pattern "^1\\.\\d{1,3}$"' };
                      if (vErrors === null) {
                        vErrors = [err0];
                      } else {
                        vErrors.push(err0);
                      }
                      errors++;
                    }
                  } else {
                    const err1 = { instancePath: instancePath + "/deprecatedIn", schemaPath: "#/definitions/minor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                }
                var _valid0 = _errs10 === errors;
                valid2 = valid2 || _valid0;
                if (!valid2) {
                  const _errs13 = errors;
                  if (data3 !== null) {
                    const err2 = { instancePath: instancePath + "/deprecatedIn", schemaPath: "#/properties/deprecatedIn/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                  }
                  var _valid0 = _errs13 === errors;
                  valid2 = valid2 || _valid0;
                }
                if (!valid2) {
                  const err3 = { instancePath: instancePath + "/deprecatedIn", schemaPath: "#/properties/deprecatedIn/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                  validate15.errors = vErrors;
                  return false;
                } else {
                  errors = _errs9;
                  if (vErrors !== null) {
                    if (_errs9) {
                      vErrors.length = _errs9;
                    } else {
                      vErrors = null;
                    }
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.removedIn !== void 0) {
                  let data4 = data.removedIn;
                  const _errs15 = errors;
                  const _errs16 = errors;
                  let valid4 = false;
                  const _errs17 = errors;
                  const _errs18 = errors;
                  if (errors === _errs18) {
                    if (typeof data4 === "string") {
                      if (!pattern0.test(data4)) {
                        const err4 = { instancePath: instancePath + "/removedIn", schemaPath: "#/definitions/minor/pattern", keyword: "pattern", params: { pattern: "^1\\.\\d{1,3}$" }, message: 'must match pattern "^1\\.\\d{1,3}$"' };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                    } else {
                      const err5 = { instancePath: instancePath + "/removedIn", schemaPath: "#/definitions/minor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err5];
                      } else {
                        vErrors.push(err5);
                      }
                      errors++;
                    }
                  }
                  var _valid1 = _errs17 === errors;
                  valid4 = valid4 || _valid1;
                  if (!valid4) {
                    const _errs20 = errors;
                    if (data4 !== null) {
                      const err6 = { instancePath: instancePath + "/removedIn", schemaPath: "#/properties/removedIn/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                      if (vErrors === null) {
                        vErrors = [err6];
                      } else {
                        vErrors.push(err6);
                      }
                      errors++;
                    }
                    var _valid1 = _errs20 === errors;
                    valid4 = valid4 || _valid1;
                  }
                  if (!valid4) {
                    const err7 = { instancePath: instancePath + "/removedIn", schemaPath: "#/properties/removedIn/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                    validate15.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs16;
                    if (vErrors !== null) {
                      if (_errs16) {
                        vErrors.length = _errs16;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid0 = _errs15 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.replacement !== void 0) {
                    let data5 = data.replacement;
                    const _errs22 = errors;
                    if (typeof data5 !== "string" && data5 !== null) {
                      validate15.errors = [{ instancePath: instancePath + "/replacement", schemaPath: "#/definitions/nullableString/type", keyword: "type", params: { type: schema25.type }, message: "must be string,null" }];
                      return false;
                    }
                    var valid0 = _errs22 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.notes !== void 0) {
                      let data6 = data.notes;
                      const _errs25 = errors;
                      if (typeof data6 !== "string" && data6 !== null) {
                        validate15.errors = [{ instancePath: instancePath + "/notes", schemaPath: "#/definitions/nullableString/type", keyword: "type", params: { type: schema25.type }, message: "must be string,null" }];
                        return false;
                      }
                      var valid0 = _errs25 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.sources !== void 0) {
                        let data7 = data.sources;
                        const _errs28 = errors;
                        const _errs29 = errors;
                        if (errors === _errs29) {
                          if (Array.isArray(data7)) {
                            var valid9 = true;
                            const len1 = data7.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                              let data8 = data7[i1];
                              const _errs31 = errors;
                              if (errors === _errs31) {
                                if (typeof data8 === "string") {
                                  if (func4(data8) < 1) {
                                    validate15.errors = [{ instancePath: instancePath + "/sources/" + i1, schemaPath: "#/definitions/sourceIds/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                    return false;
                                  }
                                } else {
                                  validate15.errors = [{ instancePath: instancePath + "/sources/" + i1, schemaPath: "#/definitions/sourceIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                              var valid9 = _errs31 === errors;
                              if (!valid9) {
                                break;
                              }
                            }
                          } else {
                            validate15.errors = [{ instancePath: instancePath + "/sources", schemaPath: "#/definitions/sourceIds/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs28 === errors;
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
    } else {
      validate15.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate15.errors = vErrors;
  return errors === 0;
}
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "al2023" || key0 === "al2")) {
          validate17.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.al2023 !== void 0) {
          let data0 = data.al2023;
          const _errs2 = errors;
          const _errs3 = errors;
          if (errors === _errs3) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              const _errs5 = errors;
              for (const key1 in data0) {
                if (!(key1 === "containerd" || key1 === "kernel")) {
                  validate17.errors = [{ instancePath: instancePath + "/al2023", schemaPath: "#/definitions/amiPackages/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                  return false;
                  break;
                }
              }
              if (_errs5 === errors) {
                if (data0.containerd !== void 0) {
                  const _errs6 = errors;
                  if (typeof data0.containerd !== "string") {
                    validate17.errors = [{ instancePath: instancePath + "/al2023/containerd", schemaPath: "#/definitions/amiPackages/properties/containerd/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid2 = _errs6 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.kernel !== void 0) {
                    const _errs8 = errors;
                    if (typeof data0.kernel !== "string") {
                      validate17.errors = [{ instancePath: instancePath + "/al2023/kernel", schemaPath: "#/definitions/amiPackages/properties/kernel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid2 = _errs8 === errors;
                  } else {
                    var valid2 = true;
                  }
                }
              }
            } else {
              validate17.errors = [{ instancePath: instancePath + "/al2023", schemaPath: "#/definitions/amiPackages/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.al2 !== void 0) {
            let data3 = data.al2;
            const _errs10 = errors;
            const _errs11 = errors;
            if (errors === _errs11) {
              if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                const _errs13 = errors;
                for (const key2 in data3) {
                  if (!(key2 === "containerd" || key2 === "kernel")) {
                    validate17.errors = [{ instancePath: instancePath + "/al2", schemaPath: "#/definitions/amiPackages/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                  }
                }
                if (_errs13 === errors) {
                  if (data3.containerd !== void 0) {
                    const _errs14 = errors;
                    if (typeof data3.containerd !== "string") {
                      validate17.errors = [{ instancePath: instancePath + "/al2/containerd", schemaPath: "#/definitions/amiPackages/properties/containerd/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid4 = _errs14 === errors;
                  } else {
                    var valid4 = true;
                  }
                  if (valid4) {
                    if (data3.kernel !== void 0) {
                      const _errs16 = errors;
                      if (typeof data3.kernel !== "string") {
                        validate17.errors = [{ instancePath: instancePath + "/al2/kernel", schemaPath: "#/definitions/amiPackages/properties/kernel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid4 = _errs16 === errors;
                    } else {
                      var valid4 = true;
                    }
                  }
                }
              } else {
                validate17.errors = [{ instancePath: instancePath + "/al2", schemaPath: "#/definitions/amiPackages/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs10 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate17.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate17.errors = vErrors;
  return errors === 0;
}
var pattern4 = new RegExp("^\\d+\\.\\d+(\\.\\d+)?$", "u");
var pattern7 = new RegExp("^--[a-z0-9-]+$", "u");
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
        if (data.$schema !== void 0) {
          const _errs2 = errors;
          if (typeof data.$schema !== "string") {
            validate10.errors = [{ instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.dataDate !== void 0) {
            let data1 = data.dataDate;
            const _errs4 = errors;
            const _errs5 = errors;
            if (errors === _errs5) {
              if (errors === _errs5) {
                if (typeof data1 === "string") {
                  if (!formats0(data1)) {
                    validate10.errors = [{ instancePath: instancePath + "/dataDate", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
                    return false;
                  }
                } else {
                  validate10.errors = [{ instancePath: instancePath + "/dataDate", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.sources !== void 0) {
              let data2 = data.sources;
              const _errs7 = errors;
              if (errors === _errs7) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  for (const key1 in data2) {
                    const _errs10 = errors;
                    if (!validate11(data2[key1], { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data2, parentDataProperty: key1, rootData })) {
                      vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                      errors = vErrors.length;
                    }
                    var valid2 = _errs10 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                } else {
                  validate10.errors = [{ instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.versions !== void 0) {
                let data4 = data.versions;
                const _errs11 = errors;
                if (errors === _errs11) {
                  if (Array.isArray(data4)) {
                    var valid3 = true;
                    const len0 = data4.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs13 = errors;
                      if (!validate13(data4[i0], { instancePath: instancePath + "/versions/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
                        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                        errors = vErrors.length;
                      }
                      var valid3 = _errs13 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                  } else {
                    validate10.errors = [{ instancePath: instancePath + "/versions", schemaPath: "#/properties/versions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs11 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.removedApis !== void 0) {
                  let data6 = data.removedApis;
                  const _errs14 = errors;
                  if (errors === _errs14) {
                    if (Array.isArray(data6)) {
                      var valid4 = true;
                      const len1 = data6.length;
                      for (let i1 = 0; i1 < len1; i1++) {
                        const _errs16 = errors;
                        if (!validate15(data6[i1], { instancePath: instancePath + "/removedApis/" + i1, parentData: data6, parentDataProperty: i1, rootData })) {
                          vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                          errors = vErrors.length;
                        }
                        var valid4 = _errs16 === errors;
                        if (!valid4) {
                          break;
                        }
                      }
                    } else {
                      validate10.errors = [{ instancePath: instancePath + "/removedApis", schemaPath: "#/properties/removedApis/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs14 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.karpenter !== void 0) {
                    let data8 = data.karpenter;
                    const _errs17 = errors;
                    if (errors === _errs17) {
                      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                        const _errs19 = errors;
                        for (const key2 in data8) {
                          if (!(key2 === "matrix" || key2 === "sources")) {
                            validate10.errors = [{ instancePath: instancePath + "/karpenter", schemaPath: "#/properties/karpenter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                            return false;
                            break;
                          }
                        }
                        if (_errs19 === errors) {
                          if (data8.matrix !== void 0) {
                            let data9 = data8.matrix;
                            const _errs20 = errors;
                            if (errors === _errs20) {
                              if (Array.isArray(data9)) {
                                var valid6 = true;
                                const len2 = data9.length;
                                for (let i2 = 0; i2 < len2; i2++) {
                                  let data10 = data9[i2];
                                  const _errs22 = errors;
                                  if (errors === _errs22) {
                                    if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                      let missing0;
                                      if (data10.release === void 0 && (missing0 = "release") || data10.minKubernetes === void 0 && (missing0 = "minKubernetes") || data10.maxKubernetes === void 0 && (missing0 = "maxKubernetes")) {
                                        validate10.errors = [{ instancePath: instancePath + "/karpenter/matrix/" + i2, schemaPath: "#/properties/karpenter/properties/matrix/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                                        return false;
                                      } else {
                                        const _errs24 = errors;
                                        for (const key3 in data10) {
                                          if (!(key3 === "release" || key3 === "minKubernetes" || key3 === "maxKubernetes")) {
                                            validate10.errors = [{ instancePath: instancePath + "/karpenter/matrix/" + i2, schemaPath: "#/properties/karpenter/properties/matrix/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                            return false;
                                            break;
                                          }
                                        }
                                        if (_errs24 === errors) {
                                          if (data10.release !== void 0) {
                                            let data11 = data10.release;
                                            const _errs25 = errors;
                                            if (errors === _errs25) {
                                              if (typeof data11 === "string") {
                                                if (!pattern4.test(data11)) {
                                                  validate10.errors = [{ instancePath: instancePath + "/karpenter/matrix/" + i2 + "/release", schemaPath: "#/properties/karpenter/properties/matrix/items/properties/release/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+(\\.\\d+)?$" }, message: 'must match pattern "^\\d+\\.\\d+(\\.\\d+)?$"' }];
                                                  return false;
                                                }
                                              } else {
                                                validate10.errors = [{ instancePath: instancePath + "/karpenter/matrix/" + i2 + "/release", schemaPath: "#/properties/karpenter/properties/matrix/items/properties/release/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                            var valid7 = _errs25 === errors;
                                          } else {
                                            var valid7 = true;
                                          }
                                          if (valid7) {
                                            if (data10.minKubernetes !== void 0) {
                                              let data12 = data10.minKubernetes;
                                              const _errs27 = errors;
                                              const _errs28 = errors;
                                              if (errors === _errs28) {
                                                if (typeof data12 === "string") {
                                                  if (!pattern0.test(data12)) {
                                                    validate10.errors = [{ instancePath: instancePath + "/karpenter/matrix/" + i2 + "/minKubernetes", schemaPath: "#/definitions/minor/pattern", keyword: "pattern", params: { pattern: "^1\\.\\d{1,3}$" }, message: 'must match pattern "^1\\.\\d{1,3}$"' }];
                                                    return false;
                                                  }
                                                } else {
                                                  validate10.errors = [{ instancePath: instancePath + "/karpenter/matrix/" + i2 + "/minKubernetes", schemaPath: "#/definitions/minor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                              }
                                              var valid7 = _errs27 === errors;
                                            } else {
                                              var valid7 = true;
                                            }
                                            if (valid7) {
                                              if (data10.maxKubernetes !== void 0) {
                                                let data13 = data10.maxKubernetes;
                                                const _errs30 = errors;
                                                const _errs31 = errors;
                                                if (errors === _errs31) {
                                                  if (typeof data13 === "string") {
                                                    if (!pattern0.test(data13)) {
                                                      validate10.errors = [{ instancePath: instancePath + "/karpenter/matrix/" + i2 + "/maxKubernetes", schemaPath: "#/definitions/minor/pattern", keyword: "pattern", params: { pattern: "^1\\.\\d{1,3}$" }, message: 'must match pattern "^1\\.\\d{1,3}$"' }];
                                                      return false;
                                                    }
                                                  } else {
                                                    validate10.errors = [{ instancePath: instancePath + "/karpenter/matrix/" + i2 + "/maxKubernetes", schemaPath: "#/definitions/minor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                }
                                                var valid7 = _errs30 === errors;
                                              } else {
                                                var valid7 = true;
                                              }
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      validate10.errors = [{ instancePath: instancePath + "/karpenter/matrix/" + i2, schemaPath: "#/properties/karpenter/properties/matrix/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid6 = _errs22 === errors;
                                  if (!valid6) {
                                    break;
                                  }
                                }
                              } else {
                                validate10.errors = [{ instancePath: instancePath + "/karpenter/matrix", schemaPath: "#/properties/karpenter/properties/matrix/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid5 = _errs20 === errors;
                          } else {
                            var valid5 = true;
                          }
                          if (valid5) {
                            if (data8.sources !== void 0) {
                              let data14 = data8.sources;
                              const _errs33 = errors;
                              const _errs34 = errors;
                              if (errors === _errs34) {
                                if (Array.isArray(data14)) {
                                  var valid11 = true;
                                  const len3 = data14.length;
                                  for (let i3 = 0; i3 < len3; i3++) {
                                    let data15 = data14[i3];
                                    const _errs36 = errors;
                                    if (errors === _errs36) {
                                      if (typeof data15 === "string") {
                                        if (func4(data15) < 1) {
                                          validate10.errors = [{ instancePath: instancePath + "/karpenter/sources/" + i3, schemaPath: "#/definitions/sourceIds/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                          return false;
                                        }
                                      } else {
                                        validate10.errors = [{ instancePath: instancePath + "/karpenter/sources/" + i3, schemaPath: "#/definitions/sourceIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid11 = _errs36 === errors;
                                    if (!valid11) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate10.errors = [{ instancePath: instancePath + "/karpenter/sources", schemaPath: "#/definitions/sourceIds/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid5 = _errs33 === errors;
                            } else {
                              var valid5 = true;
                            }
                          }
                        }
                      } else {
                        validate10.errors = [{ instancePath: instancePath + "/karpenter", schemaPath: "#/properties/karpenter/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs17 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.removedKubeletFlags !== void 0) {
                      let data16 = data.removedKubeletFlags;
                      const _errs38 = errors;
                      if (errors === _errs38) {
                        if (Array.isArray(data16)) {
                          var valid12 = true;
                          const len4 = data16.length;
                          for (let i4 = 0; i4 < len4; i4++) {
                            let data17 = data16[i4];
                            const _errs40 = errors;
                            if (errors === _errs40) {
                              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                let missing1;
                                if (data17.flag === void 0 && (missing1 = "flag") || data17.removedIn === void 0 && (missing1 = "removedIn")) {
                                  validate10.errors = [{ instancePath: instancePath + "/removedKubeletFlags/" + i4, schemaPath: "#/properties/removedKubeletFlags/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                  return false;
                                } else {
                                  const _errs42 = errors;
                                  for (const key4 in data17) {
                                    if (!(key4 === "flag" || key4 === "removedIn" || key4 === "match" || key4 === "sources")) {
                                      validate10.errors = [{ instancePath: instancePath + "/removedKubeletFlags/" + i4, schemaPath: "#/properties/removedKubeletFlags/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }];
                                      return false;
                                      break;
                                    }
                                  }
                                  if (_errs42 === errors) {
                                    if (data17.flag !== void 0) {
                                      let data18 = data17.flag;
                                      const _errs43 = errors;
                                      if (errors === _errs43) {
                                        if (typeof data18 === "string") {
                                          if (!pattern7.test(data18)) {
                                            validate10.errors = [{ instancePath: instancePath + "/removedKubeletFlags/" + i4 + "/flag", schemaPath: "#/properties/removedKubeletFlags/items/properties/flag/pattern", keyword: "pattern", params: { pattern: "^--[a-z0-9-]+$" }, message: 'must match pattern "^--[a-z0-9-]+$"' }];
                                            return false;
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/removedKubeletFlags/" + i4 + "/flag", schemaPath: "#/properties/removedKubeletFlags/items/properties/flag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid13 = _errs43 === errors;
                                    } else {
                                      var valid13 = true;
                                    }
                                    if (valid13) {
                                      if (data17.removedIn !== void 0) {
                                        let data19 = data17.removedIn;
                                        const _errs45 = errors;
                                        const _errs46 = errors;
                                        if (errors === _errs46) {
                                          if (typeof data19 === "string") {
                                            if (!pattern0.test(data19)) {
                                              validate10.errors = [{ instancePath: instancePath + "/removedKubeletFlags/" + i4 + "/removedIn", schemaPath: "#/definitions/minor/pattern", keyword: "pattern", params: { pattern: "^1\\.\\d{1,3}$" }, message: 'must match pattern "^1\\.\\d{1,3}$"' }];
                                              return false;
                                            }
                                          } else {
                                            validate10.errors = [{ instancePath: instancePath + "/removedKubeletFlags/" + i4 + "/removedIn", schemaPath: "#/definitions/minor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                        }
                                        var valid13 = _errs45 === errors;
                                      } else {
                                        var valid13 = true;
                                      }
                                      if (valid13) {
                                        if (data17.match !== void 0) {
                                          const _errs48 = errors;
                                          if (typeof data17.match !== "string") {
                                            validate10.errors = [{ instancePath: instancePath + "/removedKubeletFlags/" + i4 + "/match", schemaPath: "#/properties/removedKubeletFlags/items/properties/match/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid13 = _errs48 === errors;
                                        } else {
                                          var valid13 = true;
                                        }
                                        if (valid13) {
                                          if (data17.sources !== void 0) {
                                            let data21 = data17.sources;
                                            const _errs50 = errors;
                                            const _errs51 = errors;
                                            if (errors === _errs51) {
                                              if (Array.isArray(data21)) {
                                                var valid16 = true;
                                                const len5 = data21.length;
                                                for (let i5 = 0; i5 < len5; i5++) {
                                                  let data22 = data21[i5];
                                                  const _errs53 = errors;
                                                  if (errors === _errs53) {
                                                    if (typeof data22 === "string") {
                                                      if (func4(data22) < 1) {
                                                        validate10.errors = [{ instancePath: instancePath + "/removedKubeletFlags/" + i4 + "/sources/" + i5, schemaPath: "#/definitions/sourceIds/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                        return false;
                                                      }
                                                    } else {
                                                      validate10.errors = [{ instancePath: instancePath + "/removedKubeletFlags/" + i4 + "/sources/" + i5, schemaPath: "#/definitions/sourceIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid16 = _errs53 === errors;
                                                  if (!valid16) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate10.errors = [{ instancePath: instancePath + "/removedKubeletFlags/" + i4 + "/sources", schemaPath: "#/definitions/sourceIds/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                              }
                                            }
                                            var valid13 = _errs50 === errors;
                                          } else {
                                            var valid13 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate10.errors = [{ instancePath: instancePath + "/removedKubeletFlags/" + i4, schemaPath: "#/properties/removedKubeletFlags/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid12 = _errs40 === errors;
                            if (!valid12) {
                              break;
                            }
                          }
                        } else {
                          validate10.errors = [{ instancePath: instancePath + "/removedKubeletFlags", schemaPath: "#/properties/removedKubeletFlags/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs38 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.amiReleases !== void 0) {
                        let data23 = data.amiReleases;
                        const _errs55 = errors;
                        if (errors === _errs55) {
                          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                            for (const key5 in data23) {
                              const _errs58 = errors;
                              if (!validate17(data23[key5], { instancePath: instancePath + "/amiReleases/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data23, parentDataProperty: key5, rootData })) {
                                vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                                errors = vErrors.length;
                              }
                              var valid17 = _errs58 === errors;
                              if (!valid17) {
                                break;
                              }
                            }
                          } else {
                            validate10.errors = [{ instancePath: instancePath + "/amiReleases", schemaPath: "#/properties/amiReleases/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs55 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.addonCompatibility !== void 0) {
                          let data25 = data.addonCompatibility;
                          const _errs59 = errors;
                          if (errors === _errs59) {
                            if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                              for (const key6 in data25) {
                                let data26 = data25[key6];
                                const _errs62 = errors;
                                if (errors === _errs62) {
                                  if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                    for (const key7 in data26) {
                                      let data27 = data26[key7];
                                      const _errs65 = errors;
                                      if (errors === _errs65) {
                                        if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                                          let missing2;
                                          if (data27.versions === void 0 && (missing2 = "versions")) {
                                            validate10.errors = [{ instancePath: instancePath + "/addonCompatibility/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/addonCompatibility/additionalProperties/additionalProperties/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                            return false;
                                          } else {
                                            const _errs67 = errors;
                                            for (const key8 in data27) {
                                              if (!(key8 === "default" || key8 === "versions")) {
                                                validate10.errors = [{ instancePath: instancePath + "/addonCompatibility/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/addonCompatibility/additionalProperties/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" }];
                                                return false;
                                                break;
                                              }
                                            }
                                            if (_errs67 === errors) {
                                              if (data27.default !== void 0) {
                                                const _errs68 = errors;
                                                if (typeof data27.default !== "string") {
                                                  validate10.errors = [{ instancePath: instancePath + "/addonCompatibility/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/properties/addonCompatibility/additionalProperties/additionalProperties/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid20 = _errs68 === errors;
                                              } else {
                                                var valid20 = true;
                                              }
                                              if (valid20) {
                                                if (data27.versions !== void 0) {
                                                  let data29 = data27.versions;
                                                  const _errs70 = errors;
                                                  if (errors === _errs70) {
                                                    if (Array.isArray(data29)) {
                                                      var valid21 = true;
                                                      const len6 = data29.length;
                                                      for (let i6 = 0; i6 < len6; i6++) {
                                                        const _errs72 = errors;
                                                        if (typeof data29[i6] !== "string") {
                                                          validate10.errors = [{ instancePath: instancePath + "/addonCompatibility/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/versions/" + i6, schemaPath: "#/properties/addonCompatibility/additionalProperties/additionalProperties/properties/versions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid21 = _errs72 === errors;
                                                        if (!valid21) {
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      validate10.errors = [{ instancePath: instancePath + "/addonCompatibility/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/versions", schemaPath: "#/properties/addonCompatibility/additionalProperties/additionalProperties/properties/versions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid20 = _errs70 === errors;
                                                } else {
                                                  var valid20 = true;
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/addonCompatibility/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/addonCompatibility/additionalProperties/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid19 = _errs65 === errors;
                                      if (!valid19) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate10.errors = [{ instancePath: instancePath + "/addonCompatibility/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/addonCompatibility/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid18 = _errs62 === errors;
                                if (!valid18) {
                                  break;
                                }
                              }
                            } else {
                              validate10.errors = [{ instancePath: instancePath + "/addonCompatibility", schemaPath: "#/properties/addonCompatibility/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs59 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.schemaVersion !== void 0) {
                            let data31 = data.schemaVersion;
                            const _errs74 = errors;
                            if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
                              validate10.errors = [{ instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                              return false;
                            }
                            var valid0 = _errs74 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.compiledAt !== void 0) {
                              let data32 = data.compiledAt;
                              const _errs76 = errors;
                              const _errs77 = errors;
                              if (errors === _errs77) {
                                if (errors === _errs77) {
                                  if (typeof data32 === "string") {
                                    if (!formats0(data32)) {
                                      validate10.errors = [{ instancePath: instancePath + "/compiledAt", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
                                      return false;
                                    }
                                  } else {
                                    validate10.errors = [{ instancePath: instancePath + "/compiledAt", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                              }
                              var valid0 = _errs76 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.newestData !== void 0) {
                                let data33 = data.newestData;
                                const _errs79 = errors;
                                if (!(data33 && typeof data33 == "object" && !Array.isArray(data33))) {
                                  validate10.errors = [{ instancePath: instancePath + "/newestData", schemaPath: "#/properties/newestData/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                                var valid0 = _errs79 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.addonDataDate !== void 0) {
                                  let data34 = data.addonDataDate;
                                  const _errs81 = errors;
                                  const _errs82 = errors;
                                  if (errors === _errs82) {
                                    if (errors === _errs82) {
                                      if (typeof data34 === "string") {
                                        if (!formats0(data34)) {
                                          validate10.errors = [{ instancePath: instancePath + "/addonDataDate", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
                                          return false;
                                        }
                                      } else {
                                        validate10.errors = [{ instancePath: instancePath + "/addonDataDate", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                  }
                                  var valid0 = _errs81 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.policy !== void 0) {
                                    let data35 = data.policy;
                                    const _errs84 = errors;
                                    if (!(data35 && typeof data35 == "object" && !Array.isArray(data35))) {
                                      validate10.errors = [{ instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                    var valid0 = _errs84 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.families !== void 0) {
                                      let data36 = data.families;
                                      const _errs86 = errors;
                                      if (!(data36 && typeof data36 == "object" && !Array.isArray(data36))) {
                                        validate10.errors = [{ instancePath: instancePath + "/families", schemaPath: "#/properties/families/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                      var valid0 = _errs86 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.components !== void 0) {
                                        let data37 = data.components;
                                        const _errs88 = errors;
                                        if (!(data37 && typeof data37 == "object" && !Array.isArray(data37))) {
                                          validate10.errors = [{ instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                        var valid0 = _errs88 === errors;
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
function knowledgeValidator() {
  return knowledge;
}

// src/knowledge/knowledge-file.ts
function mergeKnowledgeFile(knowledge2, file, text) {
  let data;
  try {
    data = parse(text, { maxAliasCount: 50 });
  } catch (error) {
    throw new KnowledgeFileError(
      `knowledge file ${file} is not valid YAML or JSON: ${error.message.split("\n")[0]}`
    );
  }
  if (isDescribeAddonVersions(data))
    return mergeFacts(
      knowledge2,
      { addonCompatibility: addonCompatibilityFrom(data) },
      `${file} (add-on versions)`
    );
  if (isDescribeClusterVersions(data))
    return mergeFacts(knowledge2, clusterVersionFacts(data, file), `${file} (cluster versions)`);
  const check = knowledgeValidator();
  if (!check(data)) throw new KnowledgeFileError(describe(file, check.errors?.[0], data));
  return mergeFacts(knowledge2, data, file);
}
function describe(file, error, data) {
  const where = `knowledge file ${file}`;
  if (!error) return `${where} is not valid`;
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return `${where} must be a mapping with "versions:" (schema/knowledge.schema.json), or the output of "aws eks describe-cluster-versions" or "aws eks describe-addon-versions" (--output json)`;
  const steps = error.instancePath.split("/").slice(1);
  const place = steps.map(
    (step) => /^\d+$/.test(step) ? `[${step}]` : `.${step.replace(/~1/g, "/").replace(/~0/g, "~")}`
  ).join("").replace(/^\./, "");
  const value = steps.reduce(
    (node, step) => node?.[step],
    data
  );
  const at = place ? `${where}, ${place}` : where;
  const got = ` (got ${JSON.stringify(value)?.slice(0, 80) ?? "nothing"})`;
  switch (error.keyword) {
    case "additionalProperties":
      return `${at}: unknown key "${String(error.params.additionalProperty)}" (see schema/knowledge.schema.json)`;
    case "required":
      return `${at}: ${String(error.params.missingProperty)} is required`;
    case "format":
      return `${at} must be a date like 2027-12-01${got}`;
    case "pattern":
    case "type":
      if (typeof value === "number" && /(^|\.)(version|minKubernetes|maxKubernetes|deprecatedIn|removedIn)$/.test(place))
        return `${at}: quote the version ("${value}" reads as a number; write "1.30", not 1.30)`;
      return `${at} ${error.message ?? "is not valid"}${got}`;
    case "enum":
      return `${at} must be one of ${error.params.allowedValues.join(", ")}${got}`;
    default:
      return `${at} ${error.message ?? "is not valid"}${got}`;
  }
}
export {
  mergeKnowledgeFile
};
