import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  __require
} from "./chunk-FZTWU4BV.js";

// builtin:node:path/posix?src/readers/terraform/files.ts
var m = __require("node:path/posix");
var posix_default = m;

// src/readers/terraform/files.ts
function isJsonTfvars(file) {
  return file.endsWith(".tfvars.json");
}
function isJsonConfig(file) {
  return file.endsWith(".tf.json");
}
function isModulesManifest(file) {
  return /(^|\/)\.terraform\/modules\/modules\.json$/.test(file);
}
function isTerragruntFile(file) {
  return posix_default.basename(file) === "terragrunt.hcl";
}
function isTerraformFile(file) {
  return /\.(tf|tfvars)$/.test(file.path) || isJsonConfig(file.path) || isModulesManifest(file.path) || isJsonTfvars(file.path) || isTerragruntFile(file.path);
}

// src/model/source.ts
function sourceRef(file, line, column = 1) {
  return { file, line, column };
}
var NOWHERE = { file: "", line: 0, column: 0 };

export {
  sourceRef,
  NOWHERE,
  isJsonTfvars,
  isJsonConfig,
  isModulesManifest,
  isTerragruntFile,
  isTerraformFile
};
