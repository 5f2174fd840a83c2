import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  ConfigError,
  FORMATS,
  escapeCell,
  foundNothing,
  hash,
  loadConfig,
  plural,
  prepareBase,
  readContainedFile,
  renderMarkdown,
  renderText,
  runCheck,
  validateSettings,
  verdictLine,
  visibleStrings
} from "./chunk-F23IT3MZ.js";
import "./chunk-WDDD33ZD.js";
import "./chunk-4WBBM4JK.js";
import {
  debug,
  error,
  getInput,
  info,
  notice,
  setFailed,
  setSecret,
  summary,
  warning
} from "./chunk-FFOW5IBR.js";
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

// builtin:node:path?src/main.ts
var m = __require("node:path");
var node_path_default = m;

// builtin:node:fs?src/action/earlier-report.ts
var m2 = __require("node:fs");
var readFileSync = /* @__PURE__ */ (() => m2.readFileSync)();

// src/action/earlier-report.ts
function readEarlierReport(file, target) {
  if (!target)
    throw new ConfigError(
      "from-report: publishing a saved report needs the workflow_run event of the run that made it (see the README's fork workflow); refusing to publish it from this event"
    );
  let report;
  try {
    report = JSON.parse(readFileSync(file, "utf8"));
  } catch (error2) {
    throw new ConfigError(`from-report: could not read ${file} (${error2.message})`);
  }
  if (report?.schemaVersion !== 1 || !Array.isArray(report.findings) || !report.summary || report.summary.result !== "pass" && report.summary.result !== "fail") {
    throw new ConfigError(
      `from-report: ${file} is not an eks-upgrade-gate report (schemaVersion 1, result pass or fail)`
    );
  }
  const claimed = report.pullRequest;
  if (claimed && claimed.headSha !== target.headSha) {
    throw new ConfigError(
      `from-report: the report is for ${String(claimed.headSha).slice(0, 7)} but the workflow run checked ${target.headSha.slice(0, 7)}; refusing to publish it`
    );
  }
  const number = target.number ?? claimed?.number;
  if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 1)
    throw new ConfigError(
      `from-report: neither the workflow_run event nor the report names a pull request for ${target.headSha.slice(0, 7)}`
    );
  return { ...report, pullRequest: { number, headSha: target.headSha } };
}

// builtin:node:fs?src/action/event.ts
var m3 = __require("node:fs");
var readFileSync2 = /* @__PURE__ */ (() => m3.readFileSync)();

// src/action/event.ts
var get = (object, key) => typeof object === "object" && object !== null ? object[key] : void 0;
function baseCommitFromEvent(eventName, payload) {
  switch (eventName) {
    case "pull_request":
    case "pull_request_target":
    case "pull_request_review":
    case "pull_request_review_comment":
      return asSha(get(get(get(payload, "pull_request"), "base"), "sha"));
    case "merge_group":
      return asSha(get(get(payload, "merge_group"), "base_sha"));
    case "push": {
      const before = asSha(get(payload, "before"));
      return before && !/^0+$/.test(before) ? before : void 0;
    }
    default:
      return void 0;
  }
}
function pullRequestFromEvent(payload) {
  const pr = get(payload, "pull_request");
  const number = get(pr, "number") ?? get(payload, "number");
  const headSha = asSha(get(get(pr, "head"), "sha"));
  return typeof number === "number" && headSha ? { number, headSha } : void 0;
}
function workflowRunTarget(eventName, payload) {
  if (eventName !== "workflow_run") return void 0;
  const run2 = get(payload, "workflow_run");
  const headSha = asSha(get(run2, "head_sha"));
  if (!headSha) return void 0;
  const pulls = get(run2, "pull_requests");
  const number = Array.isArray(pulls) ? get(pulls[0], "number") : void 0;
  return typeof number === "number" ? { headSha, number } : { headSha };
}
function asSha(value) {
  return typeof value === "string" && /^[0-9a-f]{7,64}$/i.test(value) ? value : void 0;
}
function readEvent(env) {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return {};
  try {
    return JSON.parse(readFileSync2(file, "utf8"));
  } catch (error2) {
    warning(`Could not read the event payload ${file}: ${error2.message}`);
    return {};
  }
}
function blobUrlFor(env, headSha) {
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const sha = headSha ?? env.GITHUB_SHA;
  return env.GITHUB_REPOSITORY && sha ? `${server}/${env.GITHUB_REPOSITORY}/blob/${sha}` : void 0;
}

// src/github/repo.ts
function statusOf(error2) {
  const status = error2?.status;
  return typeof status === "number" ? status : void 0;
}

// src/action/external-config.ts
var LIMIT = 1048576;
async function readExternalConfig(file, token) {
  const name = `${file.owner}/${file.repo}/${file.path}@${file.ref}`;
  if (!token)
    throw new ConfigError(
      `reading the configuration file ${name} needs a token: set github-token or external-repo-token`
    );
  let data;
  try {
    const { createClient } = await import("./client-KCDEK3S5.js");
    const answer = await createClient(token).rest.repos.getContent({
      owner: file.owner,
      repo: file.repo,
      path: file.path,
      ref: file.ref,
      mediaType: { format: "raw" }
    });
    data = answer.data;
  } catch (error2) {
    const status = statusOf(error2);
    throw new ConfigError(
      status === 404 ? `the configuration file ${name} does not exist, or the token cannot read ${file.owner}/${file.repo} (give it contents: read there with external-repo-token)` : `could not read the configuration file ${name} (${status ? `HTTP ${status}` : error2.message})`
    );
  }
  if (typeof data !== "string")
    throw new ConfigError(`the configuration file ${name} is not a file (a directory?)`);
  if (data.length > LIMIT)
    throw new ConfigError(`the configuration file ${name} is over ${LIMIT / 1048576} MiB`);
  return { name, text: data };
}

// builtin:node:path?src/action/inputs.ts
var m4 = __require("node:path");
var node_path_default2 = m4;

// src/action/inputs.ts
var EXTERNAL_CONFIG = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)\/([^@]+)@(.+)$/;
var SETTING_INPUTS = [
  "fail-on",
  "fail-on-existing",
  "fail-on-empty",
  "target-version",
  "live-cluster",
  "evaluation-date",
  "comment",
  "review-comments"
];
var LIST_INPUTS = ["var-files", "plan-json", "knowledge-file"];
var OTHER_INPUTS = [
  "path",
  "config-file",
  "config-source",
  "scope",
  "external-repo-token",
  "base-ref",
  "github-token",
  "comment-key",
  "sarif-file",
  "from-report",
  "kubeconfig",
  "kube-context",
  "kubeconfig-exec",
  "aws-region",
  "aws-endpoint"
];
var INPUT_NAMES = [...SETTING_INPUTS, ...LIST_INPUTS, ...OTHER_INPUTS];
function optional(name) {
  const value = getInput(name);
  return value === "" ? void 0 : value;
}
function list(name) {
  return (optional(name) ?? "").split(/[\n,]/).map((entry) => entry.trim()).filter((entry) => entry !== "");
}
function readInputs(env) {
  const workspace = node_path_default2.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const root = node_path_default2.resolve(workspace, optional("path") ?? ".");
  if (root !== workspace && !root.startsWith(workspace + node_path_default2.sep)) {
    throw new ConfigError(
      `the path input "${optional("path")}" is outside the workspace ${workspace}`
    );
  }
  const lists = Object.fromEntries(
    LIST_INPUTS.flatMap((name) => {
      const entries = list(name);
      return entries.length > 0 ? [[name, entries]] : [];
    })
  );
  const texts = Object.fromEntries(
    SETTING_INPUTS.flatMap((name) => {
      const value = optional(name);
      return value === void 0 ? [] : [[name, value]];
    })
  );
  const settings = validateSettings({ ...texts, ...lists }, { kind: "action" });
  const { evaluationDate, comment, reviewComments, ...overrides } = settings;
  const configFile = optional("config-file");
  const external = configFile === void 0 ? null : EXTERNAL_CONFIG.exec(configFile);
  const configSource = optional("config-source") ?? "head";
  const scope = optional("scope") ?? "affected";
  if (scope !== "affected" && scope !== "all")
    throw new ConfigError(`scope must be affected or all (got "${scope}")`);
  if (configSource !== "head" && configSource !== "base")
    throw new ConfigError(`config-source must be head or base (got "${configSource}")`);
  const baseRef = optional("base-ref");
  const sarifFile = optional("sarif-file");
  const fromReport = optional("from-report");
  const kubeconfig = optional("kubeconfig");
  const kubeContext = optional("kube-context");
  const awsRegion = optional("aws-region");
  const awsEndpoint = optional("aws-endpoint");
  return {
    root,
    workspace,
    ...external ? {
      externalConfig: {
        owner: external[1],
        repo: external[2],
        path: external[3],
        ref: external[4]
      }
    } : configFile !== void 0 && { configFile: node_path_default2.resolve(workspace, configFile) },
    ...optional("external-repo-token") !== void 0 && {
      externalRepoToken: optional("external-repo-token")
    },
    configSource,
    scope,
    overrides,
    ...baseRef !== void 0 && { baseRef },
    ...evaluationDate !== void 0 && { evaluationDate },
    token: optional("github-token") ?? "",
    comment: comment ?? "update",
    // The job and the path tell gates apart, as a matrix over paths makes them.
    commentKey: optional("comment-key") ?? `${env.GITHUB_JOB ?? "gate"}:${optional("path") ?? "."}`,
    reviewComments: reviewComments ?? false,
    ...sarifFile !== void 0 && { sarifFile: node_path_default2.resolve(workspace, sarifFile) },
    ...fromReport !== void 0 && { fromReport: node_path_default2.resolve(workspace, fromReport) },
    ...kubeconfig !== void 0 && { kubeconfig },
    ...kubeContext !== void 0 && { kubeContext },
    kubeconfigExec: optional("kubeconfig-exec") === "true",
    ...awsRegion !== void 0 && { awsRegion },
    ...awsEndpoint !== void 0 && { awsEndpoint }
  };
}

// builtin:node:fs?src/action/kubeconfig.ts
var m5 = __require("node:fs");
var mkdtempSync = /* @__PURE__ */ (() => m5.mkdtempSync)();
var rmSync = /* @__PURE__ */ (() => m5.rmSync)();
var writeFileSync = /* @__PURE__ */ (() => m5.writeFileSync)();

// builtin:node:os?src/action/kubeconfig.ts
var m6 = __require("node:os");
var node_os_default = m6;

// builtin:node:path?src/action/kubeconfig.ts
var m7 = __require("node:path");
var node_path_default3 = m7;

// src/action/kubeconfig.ts
function kubeconfigFile(value, workspace, env) {
  if (!value.includes("\n") && !value.includes("apiVersion") && !value.trimStart().startsWith("{")) {
    const file2 = node_path_default3.resolve(workspace, value);
    if (file2 === workspace || file2.startsWith(workspace + node_path_default3.sep))
      throw new ConfigError(
        `the kubeconfig input points inside the workspace (${value}), whose files the pull request controls; pass the kubeconfig's content from a secret, or a path outside the workspace (RUNNER_TEMP)`
      );
    return { path: file2, remove: () => {
    } };
  }
  for (const match of value.matchAll(
    /^\s*(?:token|password|client-key-data|client-certificate-data):\s*["']?([^\s"'}]+)/gm
  ))
    setSecret(match[1]);
  for (const match of value.matchAll(/\btoken:\s*["']?([^\s"'},]+)/g)) setSecret(match[1]);
  for (const match of value.matchAll(
    /"(?:token|password|client-key-data|client-certificate-data)"\s*:\s*"([^"]+)"/g
  ))
    setSecret(match[1]);
  const dir = mkdtempSync(node_path_default3.join(env.RUNNER_TEMP ?? node_os_default.tmpdir(), "eks-upgrade-gate-kube-"));
  const file = node_path_default3.join(dir, "kubeconfig");
  writeFileSync(file, value, { mode: 384 });
  return { path: file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

// builtin:node:fs?src/action/outputs.ts
var m8 = __require("node:fs");
var mkdirSync = /* @__PURE__ */ (() => m8.mkdirSync)();
var writeFileSync2 = /* @__PURE__ */ (() => m8.writeFileSync)();

// builtin:node:os?src/action/outputs.ts
var m9 = __require("node:os");
var node_os_default2 = m9;

// builtin:node:path?src/action/outputs.ts
var m10 = __require("node:path");
var node_path_default4 = m10;

// src/report/annotations.ts
var ANNOTATIONS_PER_LEVEL = 10;
function planAnnotations(report) {
  const candidates = report.findings.filter(
    (finding) => !finding.suppressed && (finding.new || finding.blocking)
  );
  const perLevel = { error: 0, warning: 0, notice: 0 };
  const annotations = [];
  const rest = [];
  for (const finding of candidates) {
    if (perLevel[finding.severity] >= ANNOTATIONS_PER_LEVEL) {
      rest.push(toAnnotation(finding));
      continue;
    }
    perLevel[finding.severity]++;
    annotations.push(toAnnotation(finding));
  }
  if (rest.length > 0 && perLevel.notice >= ANNOTATIONS_PER_LEVEL) {
    const last = annotations.map((a) => a.level).lastIndexOf("notice");
    rest.unshift(...annotations.splice(last, 1));
  }
  return { annotations, rest };
}
function toAnnotation(finding) {
  return {
    level: finding.severity,
    message: `${finding.message}
Rule ${finding.ruleId}: ${finding.docs}`,
    title: `eks-upgrade-gate: ${finding.ruleId}`,
    file: finding.file,
    line: finding.line,
    column: finding.column
  };
}

// builtin:node:fs?src/action/runner-files.ts
var m11 = __require("node:fs");
var appendFileSync = /* @__PURE__ */ (() => m11.appendFileSync)();
var existsSync = /* @__PURE__ */ (() => m11.existsSync)();

// builtin:node:os?src/action/runner-files.ts
var m12 = __require("node:os");
var node_os_default3 = m12;

// src/action/runner-files.ts
function tokenAbsentFrom(text, stem) {
  let token = stem;
  for (let n = 2; text.includes(token); n++) token = `${stem}-${n}`;
  return token;
}
function setOutput(name, value, env) {
  const file = env.GITHUB_OUTPUT;
  if (!file) throw new Error("GITHUB_OUTPUT is not set: the runner gives every step one");
  if (!existsSync(file)) throw new Error(`GITHUB_OUTPUT names no file: ${file}`);
  const text = String(value);
  const delimiter = tokenAbsentFrom(`${name}
${text}`, "EKS_UPGRADE_GATE_EOF");
  appendFileSync(file, `${name}<<${delimiter}${node_os_default3.EOL}${text}${node_os_default3.EOL}${delimiter}${node_os_default3.EOL}`);
}

// src/action/outputs.ts
function writeOutputs(report, markdown, env) {
  const dir = node_path_default4.join(env.RUNNER_TEMP ?? node_os_default2.tmpdir(), "eks-upgrade-gate");
  mkdirSync(dir, { recursive: true });
  const reportFile = node_path_default4.join(dir, "report.json");
  const markdownFile = node_path_default4.join(dir, "report.md");
  writeFileSync2(reportFile, JSON.stringify(report, null, 2) + "\n");
  writeFileSync2(markdownFile, markdown);
  setOutput("result", report.summary.result, env);
  setOutput("errors", report.summary.errors, env);
  setOutput("warnings", report.summary.warnings, env);
  setOutput("notices", report.summary.notices, env);
  setOutput(
    "clusters",
    JSON.stringify(
      report.clusters.map((cluster) => ({
        id: cluster.id,
        name: cluster.name,
        version: cluster.version.value
      }))
    ),
    env
  );
  setOutput("report-file", reportFile, env);
  setOutput("plan-markdown-file", markdownFile, env);
}
function writeSarif(report, file, env) {
  mkdirSync(node_path_default4.dirname(file), { recursive: true });
  writeFileSync2(file, FORMATS.sarif(report));
  setOutput("sarif-file", file, env);
}
function annotate(report) {
  const { annotations, rest } = planAnnotations(visibleStrings(report));
  for (const annotation of annotations) {
    const properties = annotation.file ? {
      title: annotation.title,
      file: annotation.file,
      startLine: annotation.line,
      startColumn: annotation.column
    } : { title: annotation.title };
    if (annotation.level === "error") error(annotation.message, properties);
    else if (annotation.level === "warning") warning(annotation.message, properties);
    else notice(annotation.message, properties);
  }
  return rest;
}

// src/github/checks.ts
var CHECK_ANNOTATIONS_PER_REQUEST = 50;
var SUMMARY_LIMIT = 65535;
var MAX_CHECK_ANNOTATIONS = 500;
var LEVEL = { error: "failure", warning: "warning", notice: "notice" };
async function publishCheckRun(client, repo, input) {
  const sent = input.annotations.slice(0, MAX_CHECK_ANNOTATIONS);
  const left = input.annotations.length - sent.length;
  const batches = [];
  for (let i = 0; i < sent.length; i += CHECK_ANNOTATIONS_PER_REQUEST)
    batches.push(sent.slice(i, i + CHECK_ANNOTATIONS_PER_REQUEST));
  const note = left > 0 ? `

${left} more findings are not annotated: see the job summary.` : "";
  const summary2 = input.summary.length + note.length > SUMMARY_LIMIT ? `${input.summary.slice(0, SUMMARY_LIMIT - 40 - note.length)}

\u2026cut: see the job summary${note}` : input.summary + note;
  const output = (batch) => ({
    title: input.title,
    summary: summary2,
    annotations: batch.filter((a) => a.file !== "").map((a) => ({
      path: a.file,
      start_line: a.line,
      end_line: a.line,
      annotation_level: LEVEL[a.level],
      message: a.message,
      title: a.title
    }))
  });
  const created = await client.rest.checks.create({
    ...repo,
    name: "EKS upgrade gate",
    head_sha: input.headSha,
    status: "completed",
    conclusion: input.conclusion,
    output: output(batches[0] ?? [])
  });
  for (const batch of batches.slice(1)) {
    await client.rest.checks.update({
      ...repo,
      check_run_id: created.data.id,
      output: output(batch)
    });
  }
  return { url: created.data.html_url ?? "", batches: Math.max(1, batches.length) };
}

// src/report/comment.ts
var COMMENT_MARKER = "<!-- eks-upgrade-gate:comment -->";
var META = /<!-- eks-upgrade-gate:meta head=([0-9a-f]*) at=([0-9TZ:.-]*) -->/;
var KEY = /<!-- eks-upgrade-gate:key ([A-Za-z0-9._:/@+=-]{1,120}) -->/;
function commentKey(text) {
  const safe = text.replace(/[^A-Za-z0-9._:/@+=-]/g, "-");
  return safe.length <= 120 ? safe : hash("sha256").update(text).digest("hex").slice(0, 32);
}
function parseCommentKey(body) {
  return KEY.exec(body)?.[1];
}
var COMMENT_LIMIT = 65536;
function commentBody(report, meta, options) {
  const key = meta.key === void 0 ? "" : `<!-- eks-upgrade-gate:key ${commentKey(meta.key)} -->
`;
  const header = `${COMMENT_MARKER}
${key}<!-- eks-upgrade-gate:meta head=${meta.head} at=${meta.at} -->
`;
  return header + renderMarkdown(report, { ...options, maxLength: COMMENT_LIMIT - header.length - 16 });
}
function parseCommentMeta(body) {
  const match = META.exec(body);
  return match ? { head: match[1], at: match[2] } : void 0;
}
function keepChecks(previous, next) {
  const keys = (body) => {
    let plan = "";
    let hop = "";
    return body.split("\n").map((line) => {
      if (line.startsWith("### ")) plan = line;
      else if (/^\*\*.+\*\*$/.test(line)) hop = line;
      const item = /^- \[([ xX])\] (.*?)(?: · .*)?$/.exec(line);
      return item ? { ticked: item[1] !== " ", key: `${plan}
${hop}
${item[2]}` } : void 0;
    });
  };
  const ticked = new Set(keys(previous).flatMap((item) => item?.ticked ? [item.key] : []));
  if (ticked.size === 0) return next;
  const lines = next.split("\n");
  keys(next).forEach((item, index) => {
    if (item && !item.ticked && ticked.has(item.key))
      lines[index] = lines[index].replace("- [ ] ", "- [x] ");
  });
  return lines.join("\n");
}
function commentContent(body) {
  return body.replace(META, "");
}
var REVIEW_MARKER = /<!-- eks-upgrade-gate:review ([0-9a-f]{16}) -->/;
function reviewCommentBody(findings, lineText) {
  const id = hash("sha256").update(
    findings.map((finding) => finding.fingerprint).sort().join("\n")
  ).digest("hex").slice(0, 16);
  const parts = findings.map((finding) => {
    const icon = finding.severity === "error" ? "\u{1F534}" : finding.severity === "warning" ? "\u{1F7E0}" : "\u{1F535}";
    return `${icon} **${finding.severity}** \xB7 [\`${finding.ruleId}\`](${finding.docs})

${escapeCell(finding.message)}`;
  });
  return `<!-- eks-upgrade-gate:review ${id} -->
${parts.join("\n\n---\n\n")}${suggestionBlock(findings, lineText)}`;
}
function suggestionBlock(findings, lineText) {
  const fix = findings.find((finding) => finding.suggestion)?.suggestion;
  if (!fix || lineText === void 0 || fix.from === "" || lineText.includes("`")) return "";
  const at = lineText.indexOf(fix.from);
  if (at < 0 || lineText.indexOf(fix.from, at + 1) >= 0) return "";
  const fixed = lineText.slice(0, at) + fix.to + lineText.slice(at + fix.from.length);
  return `

\`\`\`suggestion
${fixed}
\`\`\``;
}
function reviewCommentId(body) {
  return REVIEW_MARKER.exec(body)?.[1];
}

// src/github/identity.ts
async function tokenPoster(client) {
  try {
    return { kind: "account", id: (await client.rest.users.getAuthenticated()).data.id };
  } catch {
    return { kind: "actions-bot" };
  }
}
function postedBy(author, poster) {
  if (!author) return false;
  return poster.kind === "account" ? author.id === poster.id : author.type === "Bot" && author.login === "github-actions[bot]";
}

// src/github/comment.ts
async function upsertComment(client, repo, issueNumber, body, mode, notApplicable2) {
  if (mode === "off") return { action: "skipped", why: "comment: off" };
  if (mode === "new") {
    const created = await client.rest.issues.createComment({
      ...repo,
      issue_number: issueNumber,
      body
    });
    return { action: "created", url: created.data.html_url, id: created.data.id };
  }
  const poster = await tokenPoster(client);
  const comments = await client.paginate(client.rest.issues.listComments, {
    ...repo,
    issue_number: issueNumber,
    per_page: 100
  });
  const ours = comments.filter(
    (comment) => comment.body?.includes(COMMENT_MARKER) && postedBy(comment.user, poster)
  );
  const key = parseCommentKey(body);
  const keyOf = (comment) => parseCommentKey(comment.body ?? "");
  const existing = ours.filter((comment) => keyOf(comment) === key).at(-1) ?? ours.filter((comment) => keyOf(comment) === void 0).at(-1);
  const theirs = existing && parseCommentMeta(existing.body ?? "");
  const mine = parseCommentMeta(body);
  if (existing && theirs && mine && theirs.at > mine.at) {
    return {
      action: "skipped",
      why: `the comment is from a newer run (${theirs.at}, head ${theirs.head.slice(0, 7)})`
    };
  }
  if (notApplicable2 !== void 0) {
    if (!existing) return { action: "skipped", why: notApplicable2 };
    await client.rest.issues.deleteComment({ ...repo, comment_id: existing.id });
    return { action: "deleted", id: existing.id };
  }
  if (!existing) {
    const created = await client.rest.issues.createComment({
      ...repo,
      issue_number: issueNumber,
      body
    });
    return { action: "created", url: created.data.html_url, id: created.data.id };
  }
  body = keepChecks(existing.body ?? "", body);
  if (commentContent(existing.body ?? "") === commentContent(body))
    return { action: "unchanged", url: existing.html_url, id: existing.id };
  const updated = await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
  return { action: "updated", url: updated.data.html_url, id: updated.data.id };
}

// src/report/diff.ts
function linesInPatch(patch) {
  const lines = /* @__PURE__ */ new Set();
  let next = 0;
  for (const line of patch.split("\n")) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      continue;
    }
    if (next === 0 || line.startsWith("\\")) continue;
    if (line.startsWith("-")) continue;
    if (line.startsWith("+") || line.startsWith(" ") || line === "") lines.add(next++);
  }
  return lines;
}

// src/github/review.ts
var REVIEW_COMMENTS_PER_REVIEW = 30;
async function publishReviewComments(client, repo, pullNumber, headSha, report, lineOf = () => void 0) {
  const files = await client.paginate(client.rest.pulls.listFiles, {
    ...repo,
    pull_number: pullNumber,
    per_page: 100
  });
  const diffLines = new Map(files.map((file) => [file.filename, linesInPatch(file.patch ?? "")]));
  const byLine = /* @__PURE__ */ new Map();
  for (const finding of report.findings) {
    if (!finding.new || finding.suppressed || !diffLines.get(finding.file)?.has(finding.line))
      continue;
    const key = `${finding.file}:${finding.line}`;
    byLine.set(key, [...byLine.get(key) ?? [], finding]);
  }
  const wanted = new Map(
    [...byLine.values()].map((findings) => [
      reviewCommentBody(findings, lineOf(findings[0].file, findings[0].line)),
      findings[0]
    ])
  );
  const wantedIds = new Set([...wanted.keys()].map((body) => reviewCommentId(body)));
  const existing = await client.paginate(client.rest.pulls.listReviewComments, {
    ...repo,
    pull_number: pullNumber,
    per_page: 100
  });
  const poster = await tokenPoster(client);
  const ours = existing.filter(
    (comment) => reviewCommentId(comment.body) !== void 0 && postedBy(comment.user, poster)
  );
  const already = new Set(ours.map((comment) => reviewCommentId(comment.body)));
  let removed = 0;
  for (const comment of ours) {
    if (wantedIds.has(reviewCommentId(comment.body))) continue;
    await client.rest.pulls.deleteReviewComment({ ...repo, comment_id: comment.id });
    removed++;
  }
  const toPost = [...wanted].filter(([body]) => !already.has(reviewCommentId(body)));
  const batch = toPost.slice(0, REVIEW_COMMENTS_PER_REVIEW);
  if (batch.length > 0) {
    const rest = toPost.length - batch.length;
    await client.rest.pulls.createReview({
      ...repo,
      pull_number: pullNumber,
      commit_id: headSha,
      event: "COMMENT",
      body: `EKS upgrade gate: findings on ${batch.length} changed line${batch.length === 1 ? "" : "s"}.${rest > 0 ? ` ${rest} more are in the job summary.` : ""}`,
      comments: batch.map(([body, finding]) => ({
        path: finding.file,
        line: finding.line,
        side: "RIGHT",
        body
      }))
    });
  }
  return {
    posted: batch.length,
    kept: wanted.size - toPost.length,
    removed,
    notPosted: toPost.length - batch.length
  };
}

// src/github/publish.ts
async function publishToPullRequest(client, repo, pr, report, options) {
  const problems = [];
  try {
    const current = await client.rest.pulls.get({ ...repo, pull_number: pr.number });
    if (current.data.head.sha !== pr.headSha) {
      return {
        problems,
        skipped: `pull request #${pr.number} has a newer head (${current.data.head.sha.slice(0, 7)}) than this run (${pr.headSha.slice(0, 7)}); its own run will report`
      };
    }
  } catch (error2) {
    return { problems: [describe("read the pull request", error2)] };
  }
  let comment;
  try {
    comment = await upsertComment(
      client,
      repo,
      pr.number,
      options.commentBody,
      options.mode,
      await notApplicable(client, repo, pr.number, report, options.mode)
    );
  } catch (error2) {
    problems.push(describe("post the PR comment", error2));
  }
  let review;
  if (options.reviewComments) {
    try {
      review = await publishReviewComments(
        client,
        repo,
        pr.number,
        pr.headSha,
        report,
        options.lineOf
      );
    } catch (error2) {
      problems.push(describe("post review comments", error2));
    }
  }
  return { ...comment && { comment }, ...review && { review }, problems };
}
async function notApplicable(client, repo, pullNumber, report, mode) {
  if (mode === "on-failure")
    return report.summary.result === "fail" ? void 0 : "comment: on-failure, and the gate passed";
  if (mode !== "on-change") return void 0;
  const changed = await client.paginate(client.rest.pulls.listFiles, {
    ...repo,
    pull_number: pullNumber,
    per_page: 100
  });
  const read = filesRead(report);
  return changed.some((file) => read.has(file.filename)) ? void 0 : "comment: on-change, and the pull request changes no file the gate read";
}
function filesRead(report) {
  return /* @__PURE__ */ new Set([
    ...report.clusters.flatMap((cluster) => [
      cluster.source.file,
      cluster.version.file,
      ...cluster.nodeGroups.map((group) => group.file),
      ...cluster.addons.map((addon) => addon.file),
      ...cluster.components.map((component) => component.file)
    ]),
    ...report.unassigned.components.map((component) => component.file),
    ...report.findings.map((finding) => finding.file),
    ...report.tool.knowledgeFiles ?? []
  ]);
}
function describe(what, error2) {
  const status = statusOf(error2);
  const message = error2 instanceof Error ? error2.message.split("\n")[0] : String(error2);
  return status ? `could not ${what} (HTTP ${status}: ${message})` : `could not ${what} (${message})`;
}

// src/action/publish.ts
var PUBLISH_DEADLINE_MS = 12e4;
async function publish(inputs, env, report, rest, links) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const canPost = inputs.token !== "" && owner && repo;
  const problems = [];
  const deadline = canPost ? AbortSignal.timeout(PUBLISH_DEADLINE_MS) : void 0;
  const client = deadline ? (await import("./client-KCDEK3S5.js")).createClient(inputs.token, deadline) : void 0;
  const repoRef = { owner: owner ?? "", repo: repo ?? "" };
  let restShown = false;
  if (rest.length > 0 && client) {
    try {
      const headSha = report.pullRequest?.headSha ?? env.GITHUB_SHA ?? "";
      const conclusion = inputs.fromReport ? "neutral" : report.summary.result === "fail" ? "failure" : "success";
      const check2 = await publishCheckRun(client, repoRef, {
        headSha,
        conclusion,
        title: inputs.fromReport ? `EKS upgrade gate: ${report.summary.result} (as reported by the pull request's run)` : `EKS upgrade gate: ${report.summary.result}`,
        summary: renderMarkdown(report, { maxLength: 6e4 }),
        annotations: rest
      });
      info(
        `${rest.length} more ${plural(rest.length, "annotation")} posted to the "EKS upgrade gate" check run in ${check2.batches} ${check2.batches === 1 ? "batch" : "batches"}: ${check2.url}`
      );
      restShown = true;
    } catch (error2) {
      problems.push(describe("create a check run for the remaining annotations", error2));
    }
  }
  if (rest.length > 0 && !restShown) {
    notice(
      `${rest.length} more ${plural(rest.length, "finding")} did not fit GitHub's limit of 10 annotations per level; the job summary lists every finding.`,
      { title: "eks-upgrade-gate: more findings" }
    );
  }
  const pr = report.pullRequest;
  if (client && pr && (inputs.comment !== "off" || inputs.reviewComments)) {
    const body = commentBody(
      report,
      { head: pr.headSha, at: links.startedAt, key: inputs.commentKey },
      {
        ...links.blobUrl && { blobUrl: links.blobUrl },
        ...links.runUrl && { moreUrl: links.runUrl }
      }
    );
    const result = await publishToPullRequest(client, repoRef, pr, report, {
      commentBody: body,
      mode: inputs.comment,
      reviewComments: inputs.reviewComments,
      // The checked-out head, for suggestions; a published report's tree is not here.
      ...!inputs.fromReport && { lineOf: headLines(inputs.workspace) }
    });
    if (result.skipped) info(`Not updating the pull request: ${result.skipped}.`);
    if (result.comment?.action === "deleted")
      info(`PR comment deleted: it no longer applies (comment: ${inputs.comment}).`);
    if (result.comment?.action === "skipped") info(`No PR comment: ${result.comment.why}.`);
    if (result.comment && "url" in result.comment) {
      info(`PR comment ${result.comment.action}: ${result.comment.url}`);
      setOutput("comment-url", result.comment.url, env);
    }
    if (result.review)
      info(
        `Review comments: ${result.review.posted} posted, ${result.review.kept} kept, ${result.review.removed} removed.`
      );
    problems.push(...result.problems);
  }
  if (deadline?.aborted)
    problems.unshift(
      `stopped posting after ${PUBLISH_DEADLINE_MS / 1e3} s (GitHub answered too slowly)`
    );
  if (problems.length > 0) {
    warning(
      `The gate's result stands, but it ${problems.join("; ")}. On pull requests from forks the token is read-only: the job summary and annotations carry the full report, and the README shows the two-workflow setup that posts comments for forks.`,
      { title: "eks-upgrade-gate: could not post to the pull request" }
    );
  }
}
function headLines(workspace) {
  const files = /* @__PURE__ */ new Map();
  return (file, line) => {
    if (!files.has(file)) {
      try {
        files.set(
          file,
          readContainedFile(file, workspace, [workspace], 5 * 1024 * 1024).split(/\r?\n/)
        );
      } catch {
        files.set(file, null);
      }
    }
    return files.get(file)?.[line - 1];
  };
}

// src/main.ts
var SUMMARY_LIMIT2 = 9e5;
async function run(env = process.env) {
  const startedAt = (/* @__PURE__ */ new Date()).toISOString();
  try {
    const inputs = readInputs(env);
    const event = readEvent(env);
    const eventName = env.GITHUB_EVENT_NAME ?? "";
    const report = inputs.fromReport ? readEarlierReport(inputs.fromReport, workflowRunTarget(eventName, event)) : await check(inputs, env, event);
    printReport(renderText(report));
    const blobUrl = blobUrlFor(env, report.pullRequest?.headSha);
    const runUrl = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
    const markdown = renderMarkdown(report, {
      ...blobUrl && { blobUrl },
      maxLength: SUMMARY_LIMIT2
    });
    writeOutputs(report, markdown, env);
    if (inputs.sarifFile) writeSarif(report, inputs.sarifFile, env);
    if (env.GITHUB_STEP_SUMMARY) await summary.addRaw(markdown).write();
    const rest = annotate(report);
    if (foundNothing(report))
      warning(verdictLine(report), { title: "eks-upgrade-gate: nothing found" });
    if (report.summary.result === "fail") {
      const blocking = report.findings.filter((finding) => finding.blocking).length;
      setFailed(
        blocking > 0 ? `EKS upgrade gate failed: ${blocking} ${plural(blocking, "finding")} at or above "${report.summary.failOn}". See the job summary.` : `EKS upgrade gate failed: ${verdictLine(report)}.`
      );
    }
    await publish(inputs, env, report, rest, {
      startedAt,
      ...blobUrl && { blobUrl },
      ...runUrl && { runUrl }
    });
  } catch (error2) {
    const message = error2 instanceof Error ? error2.message : String(error2);
    setFailed(
      error2 instanceof ConfigError ? `Configuration error: ${message}` : `Internal error: ${message}`
    );
    if (!(error2 instanceof ConfigError) && error2 instanceof Error && error2.stack)
      debug(error2.stack);
    process.exitCode = 2;
  }
}
async function check(inputs, env, event) {
  const baseRef = inputs.baseRef ?? baseCommitFromEvent(env.GITHUB_EVENT_NAME ?? "", event);
  const { base, readBase } = prepareBase(
    inputs.root,
    baseRef !== void 0 ? { kind: "git", ref: baseRef, fetchIfMissing: true } : void 0
  );
  const external = inputs.externalConfig ? await readExternalConfig(inputs.externalConfig, inputs.externalRepoToken ?? inputs.token) : void 0;
  const { config, change } = loadConfig(
    inputs.overrides,
    inputs.configFile,
    [inputs.workspace],
    inputs.workspace,
    { source: inputs.configSource, ...readBase && { readBase }, ...external && { external } }
  );
  const kubeconfig = inputs.kubeconfig !== void 0 ? kubeconfigFile(inputs.kubeconfig, inputs.workspace, env) : void 0;
  try {
    const report = await runCheck({
      progress: (line) => info(`eks-upgrade-gate: ${line}`),
      root: inputs.root,
      cwd: inputs.workspace,
      // Files the settings name live in the repository or the runner's temp directory.
      fileRoots: [inputs.workspace, ...env.RUNNER_TEMP ? [env.RUNNER_TEMP] : []],
      prefix: node_path_default.relative(inputs.workspace, inputs.root).split(node_path_default.sep).join("/"),
      config,
      knowledge: embeddedKnowledge,
      today: inputs.evaluationDate ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
      ...base && { base },
      scope: inputs.scope,
      // The workspace is the checkout of the commit under review.
      change: "commits",
      ...readBase && { readBase },
      ...change && { configChange: change },
      ...inputs.awsRegion !== void 0 && {
        aws: {
          region: inputs.awsRegion,
          ...inputs.awsEndpoint !== void 0 && { endpoint: inputs.awsEndpoint }
        }
      },
      ...kubeconfig && {
        live: {
          kubeconfig: kubeconfig.path,
          ...inputs.kubeContext !== void 0 && { context: inputs.kubeContext },
          allowExec: inputs.kubeconfigExec
        }
      }
    });
    const pullRequest = pullRequestFromEvent(event);
    return pullRequest ? { ...report, pullRequest } : report;
  } finally {
    kubeconfig?.remove();
  }
}
function printReport(text) {
  const token = tokenAbsentFrom(text, "eks-upgrade-gate-report");
  process.stdout.write(`::stop-commands::${token}
${text}::${token}::
`);
}
export {
  run
};
