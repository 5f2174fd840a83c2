import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  parseTerraformFile
} from "./chunk-BKAIXYQU.js";
import "./chunk-5JKFPUKD.js";
import {
  __require
} from "./chunk-FZTWU4BV.js";

// builtin:node:fs?src/readers/terraform/parse-pool.ts
var m = __require("node:fs");
var existsSync = /* @__PURE__ */ (() => m.existsSync)();

// builtin:node:os?src/readers/terraform/parse-pool.ts
var m2 = __require("node:os");
var availableParallelism = /* @__PURE__ */ (() => m2.availableParallelism)();

// src/readers/terraform/parse-pool.ts
var POOL_THRESHOLD = 8e3;
var MAX_THREADS = 4;
var BATCH = 32;
function workerScript() {
  const script = new URL("../parse-worker.js", import.meta.url);
  return import.meta.url.endsWith(".js") && existsSync(script) ? script : void 0;
}
async function parseInPool(files, parser, threads, meanwhile = () => {
}) {
  const results = new Array(files.length);
  const script = workerScript();
  const wanted = threads ?? (files.length >= POOL_THRESHOLD ? Math.min(availableParallelism(), MAX_THREADS) : 1);
  const helpers = script && files.length >= 2 * BATCH ? wanted - 1 : 0;
  const next = new Int32Array(new SharedArrayBuffer(4));
  const finished = [];
  let failed = 0;
  if (helpers > 0) {
    const { Worker } = await import("node:worker_threads");
    const job = { files, next: next.buffer, batch: BATCH };
    for (let index = 0; index < helpers; index++) {
      const worker = new Worker(script);
      finished.push(
        new Promise((resolve) => {
          let settled = false;
          const settle = (done) => {
            if (settled) return;
            settled = true;
            if (!done) failed++;
            resolve();
          };
          worker.on("message", (message) => {
            if ("done" in message) {
              void worker.terminate();
              settle(true);
            } else message.parsed.forEach((hcl, i) => results[message.start + i] = hcl);
          });
          worker.once("error", () => settle(false));
          worker.once("exit", () => settle(false));
          worker.postMessage(job);
        })
      );
    }
  }
  if (helpers > 0) meanwhile();
  for (; ; ) {
    const start = Atomics.add(next, 0, BATCH);
    if (start >= files.length) break;
    const end = Math.min(files.length, start + BATCH);
    for (let index = start; index < end; index++)
      results[index] = parseTerraformFile(parser, files[index]);
  }
  await Promise.all(finished);
  const parsed = Array.from(
    results,
    (hcl, index) => hcl ?? parseTerraformFile(parser, files[index])
  );
  return { parsed, threads: 1 + helpers, failed };
}
export {
  parseInPool
};
