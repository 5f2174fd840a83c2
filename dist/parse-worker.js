import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  loadHclParser
} from "./chunks/chunk-5O3PC5IH.js";
import {
  parseTerraformFile
} from "./chunks/chunk-BKAIXYQU.js";
import "./chunks/chunk-5JKFPUKD.js";
import {
  __require
} from "./chunks/chunk-FZTWU4BV.js";

// builtin:node:worker_threads?src/readers/terraform/parse-worker.ts
var m = __require("node:worker_threads");
var parentPort = /* @__PURE__ */ (() => m.parentPort)();

// src/readers/terraform/parse-worker.ts
var parser = await loadHclParser();
parentPort?.once("message", ({ files, next, batch }) => {
  const counter = new Int32Array(next);
  for (; ; ) {
    const start = Atomics.add(counter, 0, batch);
    if (start >= files.length) break;
    const slice = files.slice(start, start + batch);
    const message = {
      start,
      parsed: slice.map((file) => parseTerraformFile(parser, file))
    };
    parentPort?.postMessage(message);
  }
  parentPort?.postMessage({ done: true });
});
