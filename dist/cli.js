#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  __require
} from "./chunks/chunk-FZTWU4BV.js";

// builtin:node:module?src/cli.ts
var m = __require("node:module");
var node_module_default = m;

// src/cli.ts
node_module_default.enableCompileCache?.();
await import("./chunks/start-5PN2YDSM.js");
