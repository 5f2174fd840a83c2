import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  __require
} from "./chunks/chunk-FZTWU4BV.js";

// builtin:node:module?src/index.ts
var m = __require("node:module");
var node_module_default = m;

// src/index.ts
if (process.env.RUNNER_ENVIRONMENT !== "github-hosted")
  node_module_default.enableCompileCache?.();
var { run } = await import("./chunks/main-RUAIE5ZV.js");
await run();
