#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/cli.ts
import module from "node:module";
module.enableCompileCache?.();
await import("./chunks/start-NS74X62T.js");
