import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  PARSED,
  isParsedFile,
  parseTerraformFile
} from "./chunk-BKAIXYQU.js";
import "./chunk-5JKFPUKD.js";
import "./chunk-FZTWU4BV.js";
export {
  PARSED,
  isParsedFile,
  parseTerraformFile
};
