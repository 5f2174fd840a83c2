import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  loadHclParser
} from "./chunk-5O3PC5IH.js";
import "./chunk-FZTWU4BV.js";
export {
  loadHclParser
};
