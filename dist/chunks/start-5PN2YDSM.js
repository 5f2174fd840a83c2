import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  ConfigError,
  FORMATS,
  FORMAT_NAMES,
  NO_BASE_NOTE,
  TOOL_VERSION,
  isFormat,
  loadConfig,
  prepareBase,
  renderText,
  repositoryTop,
  runCheck,
  validateSettings,
  visibleText
} from "./chunk-F23IT3MZ.js";
import "./chunk-WDDD33ZD.js";
import "./chunk-4WBBM4JK.js";
import "./chunk-W5FTCSPK.js";
import {
  embeddedKnowledge
} from "./chunk-JL4GYMN3.js";
import "./chunk-KIHNS4ND.js";
import "./chunk-D2WDCTU4.js";
import "./chunk-5JKFPUKD.js";
import {
  __require
} from "./chunk-FZTWU4BV.js";

// builtin:node:fs?src/cli/output.ts
var m = __require("node:fs");
var writeSync = /* @__PURE__ */ (() => m.writeSync)();

// src/cli/output.ts
function directWriter(fd, stream) {
  let fallback;
  let closed = false;
  return (text) => {
    if (closed) return;
    if (fallback) {
      fallback.write(text);
      return;
    }
    const bytes = Buffer.from(text);
    let offset = 0;
    while (offset < bytes.length) {
      try {
        offset += writeSync(fd, bytes, offset);
      } catch (error) {
        const code = error.code;
        if (code === "EAGAIN") {
          fallback = stream();
          fallback.write(bytes.subarray(offset));
          return;
        }
        if (code === "EPIPE") {
          closed = true;
          return;
        }
        throw error;
      }
    }
  };
}

// builtin:node:fs?src/cli/run.ts
var m2 = __require("node:fs");
var existsSync = /* @__PURE__ */ (() => m2.existsSync)();
var statSync = /* @__PURE__ */ (() => m2.statSync)();
var writeFileSync = /* @__PURE__ */ (() => m2.writeFileSync)();

// builtin:node:os?src/cli/run.ts
var m3 = __require("node:os");
var node_os_default = m3;

// builtin:node:path?src/cli/run.ts
var m4 = __require("node:path");
var node_path_default = m4;

// builtin:node:util?src/cli/args.ts
var m5 = __require("node:util");
var parseArgs = /* @__PURE__ */ (() => m5.parseArgs)();

// src/cli/args.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var USAGE = `Usage: eks-upgrade-gate check [PATH] [options]

Checks the EKS versions declared under PATH (a directory, default ., or one
file) against the Kubernetes version-skew policy and EKS upgrade rules.

Options:
  --base REF             compare with the same tree at git REF; findings that
                         already exist there are "existing", not "new"
  --base-dir DIR         compare with another copy of the tree on disk
  --fetch-base           git fetch REF from origin when it is not present
  -f, --format FORMAT    text (default), json, markdown or sarif
  -o, --output FILE      write the report to FILE instead of standard output
                         (choose the format with -f: -o json is refused)
  --var-file [ROOT=]FILE tfvars file that CI passes with -var-file (repeatable);
                         it applies to the Terraform root module around FILE,
                         or to ROOT; each file is a separate instance of it
  --plan-json [ROOT=]FILE output of "terraform show -json" (repeatable); its
                         before/after values win for the resources it covers
  --target-version X     check and plan an upgrade to X that the tree has not
                         made yet ("what would break at 1.33?")
  --knowledge-file FILE  extra EKS data (repeatable): versions newer than the
                         embedded data, or describe-addon-versions output
  --kubeconfig FILE      also read the live cluster (read-only GET requests)
  --context NAME         the kubeconfig context to use
  --live-cluster NAME    the declared cluster the live one is, if names differ
  --aws-region REGION    also describe the declared clusters with the EKS API
                         (read-only; default AWS credential chain)
  --aws-endpoint URL     a different EKS API endpoint (private endpoints, tests)
  --evaluation-date DATE judge support dates as of DATE (YYYY-MM-DD; default today)
  --config FILE          configuration file (default: .github/eks-upgrade-gate.yml
                         under PATH or its git repository, when present)
  --config-source SIDE   head (default): the tree's configuration decides; base:
                         the --base commit's does, so the change cannot lower
                         its own bar (its inline suppressions wait for the merge)
  --scope SCOPE          affected (default): with --base, evaluate only what the
                         change reaches (every other cluster is unchanged); all:
                         the whole tree, always
  --change SIDE          worktree (default): uncommitted and untracked files are
                         part of the change; commits: only what the commits since
                         --base change (a CI checkout, as the action assumes)
  -j, --jobs N           threads that parse Terraform (default: one per core,
                         at most 4, from 8,000 files; 1: no threads)
  --fail-on LEVEL        error (default), warning, notice or never
  --fail-on-existing     also fail on findings that already exist at the base
  -q, --quiet            text: the verdict and new findings only
  --no-color             no colour (also NO_COLOR=1); colour is used only on a
                         terminal, where text also wraps to its width
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 passed, 1 the gate failed, 2 usage, configuration or internal error.
`;
var OPTIONS = {
  base: { type: "string" },
  "base-dir": { type: "string" },
  "fetch-base": { type: "boolean" },
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  "config-source": { type: "string" },
  scope: { type: "string" },
  change: { type: "string" },
  jobs: { type: "string", short: "j" },
  "fail-on": { type: "string" },
  "fail-on-existing": { type: "boolean" },
  "var-file": { type: "string", multiple: true },
  "plan-json": { type: "string", multiple: true },
  "evaluation-date": { type: "string" },
  "target-version": { type: "string" },
  "knowledge-file": { type: "string", multiple: true },
  kubeconfig: { type: "string" },
  context: { type: "string" },
  "live-cluster": { type: "string" },
  "aws-region": { type: "string" },
  "aws-endpoint": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: OPTIONS
    });
  } catch (error) {
    throw new UsageError(withSuggestion(error.message));
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help" };
  if (values.version) return { command: "version" };
  const [command, ...rest] = positionals;
  if (command === void 0) throw new UsageError('missing command: try "eks-upgrade-gate check ."');
  if (command !== "check")
    throw new UsageError(`unknown command "${command}": the only command is "check"`);
  if (rest.length > 1)
    throw new UsageError(`check takes one PATH, got ${rest.length}: ${rest.join(" ")}`);
  if (values.base !== void 0 && values["base-dir"] !== void 0) {
    throw new UsageError("use either --base REF or --base-dir DIR, not both");
  }
  const configSource = values["config-source"] ?? "head";
  if (configSource !== "head" && configSource !== "base")
    throw new UsageError(`--config-source must be head or base (got "${configSource}")`);
  if (configSource === "base" && values.base === void 0)
    throw new UsageError(
      "--config-source base reads the configuration from the --base commit: add --base REF"
    );
  const scope = values.scope ?? "affected";
  if (scope !== "affected" && scope !== "all")
    throw new UsageError(`--scope must be affected or all (got "${scope}")`);
  const change = values.change ?? "worktree";
  if (change !== "worktree" && change !== "commits")
    throw new UsageError(`--change must be worktree or commits (got "${change}")`);
  const jobs = values.jobs === void 0 ? void 0 : Number(values.jobs);
  if (jobs !== void 0 && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64))
    throw new UsageError(`--jobs must be a whole number from 1 to 64 (got "${values.jobs}")`);
  const format = values.format ?? "text";
  if (values.output !== void 0 && isFormat(values.output))
    throw new UsageError(
      `--output (-o) names the file to write; for the ${values.output} format use --format ${values.output} (-f ${values.output})`
    );
  if (!isFormat(format)) {
    throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(", ")} (got "${format}")`);
  }
  const settings = validateSettings(
    {
      "fail-on": values["fail-on"],
      "fail-on-existing": values["fail-on-existing"],
      "var-files": values["var-file"],
      "plan-json": values["plan-json"],
      "knowledge-file": values["knowledge-file"],
      "target-version": values["target-version"],
      "live-cluster": values["live-cluster"],
      "evaluation-date": values["evaluation-date"]
    },
    { kind: "cli" }
  );
  return {
    command: "check",
    path: rest[0] ?? ".",
    format,
    fetchBase: values["fetch-base"] ?? false,
    configSource,
    scope,
    change,
    ...jobs !== void 0 && { jobs },
    quiet: values.quiet ?? false,
    noColor: values["no-color"] ?? false,
    settings,
    ...values.kubeconfig !== void 0 && { kubeconfig: values.kubeconfig },
    ...values.context !== void 0 && { context: values.context },
    ...values["aws-region"] !== void 0 && { awsRegion: values["aws-region"] },
    ...values["aws-endpoint"] !== void 0 && { awsEndpoint: values["aws-endpoint"] },
    ...values.base !== void 0 && { base: values.base },
    ...values["base-dir"] !== void 0 && { baseDir: values["base-dir"] },
    ...values.config !== void 0 && { config: values.config },
    ...values.output !== void 0 && { output: values.output }
  };
}
function withSuggestion(message) {
  const match = /Unknown option '(--?[\w-]+)'/.exec(message);
  if (!match) return message;
  const typed = match[1].replace(/^-+/, "");
  const best = Object.keys(OPTIONS).map((name) => ({ name, distance: editDistance(typed, name) })).sort((a, b) => a.distance - b.distance)[0];
  return best && best.distance <= Math.max(1, Math.floor(typed.length / 3)) ? `unknown option ${match[1]}: did you mean --${best.name}?` : `unknown option ${match[1]}`;
}
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

// src/cli/run.ts
async function runCli(argv, io) {
  try {
    const args = parseCliArgs(argv);
    if (args.command === "help") {
      io.stdout(USAGE);
      return 0;
    }
    if (args.command === "version") {
      io.stdout(`${TOOL_VERSION}
`);
      return 0;
    }
    return await check(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(
        `eks-upgrade-gate: ${visibleText(error.message)}
Run "eks-upgrade-gate --help" for usage.
`
      );
    } else if (error instanceof ConfigError) {
      io.stderr(`eks-upgrade-gate: configuration error: ${visibleText(error.message)}
`);
    } else {
      io.stderr(
        `eks-upgrade-gate: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`
      );
    }
    return 2;
  }
}
async function check(args, io) {
  const target = node_path_default.resolve(io.cwd, args.path);
  if (!existsSync(target)) throw new UsageError(`${args.path} does not exist`);
  const file = statSync(target).isFile();
  if (!file && !statSync(target).isDirectory())
    throw new UsageError(`${args.path} is neither a file nor a directory`);
  const root = file ? node_path_default.dirname(target) : target;
  const top = repositoryTop(root);
  const fromCwd = node_path_default.relative(io.cwd, root);
  const prefix = fromCwd.startsWith("..") || node_path_default.isAbsolute(fromCwd) ? "" : fromCwd.split(node_path_default.sep).join("/");
  const { evaluationDate, ...flags } = args.settings;
  const settings = file ? {
    ...flags,
    include: [
      [prefix, node_path_default.basename(target)].filter(Boolean).join("/").replace(/[*?[\]{}()!]/g, "\\$&")
    ]
  } : flags;
  const { base, readBase } = prepareBase(
    root,
    args.base !== void 0 ? { kind: "git", ref: args.base, fetchIfMissing: args.fetchBase } : args.baseDir !== void 0 ? { kind: "dir", dir: node_path_default.resolve(io.cwd, args.baseDir), label: args.baseDir } : void 0
  );
  const { config, change } = loadConfig(
    settings,
    args.config === void 0 ? void 0 : node_path_default.resolve(io.cwd, args.config),
    [root, ...top ? [top] : []],
    io.cwd,
    { source: args.configSource, ...readBase && { readBase } }
  );
  const report = await runCheck({
    root,
    cwd: io.cwd,
    // Run locally, the files a setting names may be anywhere the user keeps them
    // beside the repository, never the machine's own files.
    fileRoots: [io.cwd, root, ...top ? [top] : [], node_os_default.tmpdir()],
    prefix,
    config,
    knowledge: embeddedKnowledge,
    today: evaluationDate ?? io.today,
    progress: (line) => io.stderr(`eks-upgrade-gate: ${visibleText(line)}
`),
    ...args.awsRegion !== void 0 && {
      aws: {
        region: args.awsRegion,
        ...args.awsEndpoint !== void 0 && { endpoint: args.awsEndpoint }
      }
    },
    ...args.kubeconfig !== void 0 && {
      live: {
        kubeconfig: node_path_default.resolve(io.cwd, args.kubeconfig),
        ...args.context !== void 0 && { context: args.context }
      }
    },
    ...base && { base },
    scope: args.scope,
    change: args.change,
    ...args.jobs !== void 0 && { threads: args.jobs },
    ...readBase && { readBase },
    ...change && { configChange: change }
  });
  if (report.notes.includes(NO_BASE_NOTE))
    io.stderr(
      "eks-upgrade-gate: no base to compare with (pass --base REF or --base-dir DIR): every finding counts as new.\n"
    );
  const terminal2 = args.output === void 0 && args.format === "text" ? io.terminal?.() : void 0;
  const columns = terminal2?.columns;
  const rendered = args.format === "text" ? renderText(report, {
    ...columns && { width: { columns, wrap: await wordWrapper() } },
    color: (terminal2?.color ?? false) && !args.noColor,
    quiet: args.quiet
  }) : FORMATS[args.format](report);
  if (args.output) {
    try {
      writeFileSync(node_path_default.resolve(io.cwd, args.output), rendered);
    } catch (error) {
      const code = error.code;
      throw new UsageError(
        `cannot write --output ${args.output}: ${code === "ENOENT" ? "its directory does not exist" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : error.message}`
      );
    }
  } else io.stdout(rendered);
  return report.summary.result === "fail" ? 1 : 0;
}
async function wordWrapper() {
  const { default: wrapAnsi } = await import("./wrap-ansi-NVU6VX5A.js");
  return (text, columns) => wrapAnsi(text, columns, { hard: false, trim: true });
}

// src/cli/start.ts
process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: directWriter(1, () => process.stdout),
  stderr: directWriter(2, () => process.stderr),
  today: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
  terminal
});
function terminal() {
  const tty = process.stdout.isTTY === true;
  const columns = tty ? process.stdout.columns : Number(process.env.COLUMNS) || void 0;
  const force = process.env.FORCE_COLOR;
  const color = !process.env.NO_COLOR && (force !== void 0 ? force !== "0" && force !== "false" : tty);
  return { ...columns && { columns }, color };
}
