#!/usr/bin/env node
// npm run bench: how fast the bundled gate is on a large infrastructure monorepo.
//
// Generates (deterministically, in a temp dir) a git repository of 10,000 files:
// 200 cluster roots (Terraform with modules and tfvars, or eksctl; Helm charts and
// manifests) among unrelated files, as a base commit and a head commit. Then it
// times, each in a fresh process as CI would run them:
//   - the full check with the base commit  (node dist/cli.js check REPO --base SHA --change commits, as the action runs)
//   - a baseline that only reads and parses the head tree's relevant files
//   - the start-up of the CLI and of the action on a one-file repository, beside
//     that of reading the one file and nothing else
// and prints one line per figure, with its budget, so runs can be compared.
// Exit code 1 when a budget is missed. Run `npm run build` first: it measures dist/.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import {
  embeddedWasm,
  optionalAbsent,
  ruleHelpPages,
  schemaValidators,
  yamlAsEsm,
} from './esbuild-plugins.mjs'
import { generateMonorepo, oneLineChange } from './bench/generate-monorepo.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist/cli.js')
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const work = mkdtempSync(path.join(os.tmpdir(), 'eks-upgrade-gate-bench-'))

// A preloaded module that reports the child's peak RSS on exit, so each figure is of
// that process alone (process.resourceUsage().maxRSS is in KiB, for the whole process:
// the parse threads, which preload it too, stay quiet).
const rssProbe = path.join(work, 'rss-probe.mjs')
writeFileSync(
  rssProbe,
  "import { writeSync } from 'node:fs'\nimport { isMainThread } from 'node:worker_threads'\n" +
    "if (isMainThread) process.on('exit', () => { if (process.env.RSS_FD) writeSync(Number(process.env.RSS_FD), `${process.resourceUsage().maxRSS}\\n`) })\n",
)

// The children get the environment without NODE_EXTRA_CA_CERTS: with it Node reads and
// parses a CA bundle before running any code (125 ms on the sandbox this was written on),
// which no runner sets and the gate never needs, since it opens no TLS connection here.
const childEnv = { ...process.env, RSS_FD: '3', NO_COLOR: '1' }
delete childEnv.NODE_EXTRA_CA_CERTS

/** Runs `node args…` once; returns wall milliseconds and peak RSS in MB. */
function timed(args, options = {}) {
  const started = process.hrtime.bigint()
  // Start-up figures run without the probe: it would load the ES module loader into
  // `node -e 0` too, and that floor would flatter every ratio drawn against it.
  const probe = options.probe === false ? [] : ['--import', rssProbe]
  const child = spawnSync(options.node ?? process.execPath, [...probe, ...args], {
    cwd: options.cwd ?? work,
    encoding: 'utf8',
    env: { ...childEnv, ...options.env?.() },
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (child.status !== 0 && !(options.okStatus ?? [0]).includes(child.status))
    throw new Error(`node ${args.join(' ')} exited ${child.status}:\n${child.stderr}`)
  const rss = options.probe === false ? NaN : Number(child.output[3].trim()) / 1024
  return { ms, rss, stdout: child.stdout }
}

/**
 * Runs each command RUNS times, taking turns (one warm-up round first), so a machine
 * that speeds up or slows down mid-run affects every figure alike; returns for each
 * the median wall time and the largest peak RSS.
 */
function measure(commands) {
  return measureWith(RUNS, commands)
}

function measureWith(count, commands) {
  const runs = commands.map(() => [])
  for (let round = -1; round < count; round++)
    commands.forEach(([args, options], index) => {
      const run = timed(args, options)
      if (round >= 0) runs[index].push(run)
    })
  return runs.map((list) => {
    const sorted = [...list].sort((a, b) => a.ms - b.ms)
    return { ...sorted[Math.floor(sorted.length / 2)], rss: Math.max(...list.map((r) => r.rss)) }
  })
}

/**
 * Cost against size: monorepos of 200, 1,000 and 2,000 roots (41 files each), each
 * checked in full (one root in ten upgraded) and for a pull request of one tfvars
 * line. A pull request should cost what it changes, not what the repository holds.
 */
function series() {
  const sizes = [200, 1_000, 2_000]
  const runs = Number(process.env.BENCH_SERIES_RUNS ?? 3)
  const figures = new Map()
  console.log('')
  console.log(`series: roots, files; full check --base; one-line change (median of ${runs})`)
  for (const roots of sizes) {
    const repo = path.join(work, `series-${roots}`)
    const generated = generateMonorepo(repo, { roots, totalFiles: roots * 41 })
    const oneLine = path.join(work, `series-${roots}-one-line`)
    oneLineChange(repo, generated.base, oneLine)
    const failing = { okStatus: [0, 1] }
    const [full, single] = measureWith(runs, [
      [
        [cli, 'check', repo, '--base', generated.base, '--change', 'commits', '--format', 'json'],
        failing,
      ],
      // As the action runs it on a checkout: the change is what the commits change.
      [
        [
          cli,
          'check',
          oneLine,
          '--base',
          generated.base,
          '--change',
          'commits',
          '--format',
          'json',
        ],
        failing,
      ],
    ])
    const singleReport = JSON.parse(single.stdout)
    figures.set(roots, { full, single })
    line(
      `${roots} roots (${generated.files} files)`,
      `full ${full.ms.toFixed(0)} ms, ${full.rss.toFixed(0)} MB; one line ${single.ms.toFixed(0)} ms, ${single.rss.toFixed(0)} MB (${singleReport.summary?.result ?? '?'})`,
    )
    rmSync(repo, { recursive: true, force: true })
    rmSync(oneLine, { recursive: true, force: true })
  }
  const small = figures.get(200)
  const large = figures.get(2_000)
  const oneVsFull = large.single.ms / large.full.ms
  const oneGrowth = large.single.ms / small.single.ms
  const fullGrowth = large.full.ms / small.full.ms
  return [
    line(
      'one line / full at 2,000 roots',
      `${oneVsFull.toFixed(2)}×`,
      '≤ 0.15×',
      oneVsFull <= 0.15,
    ),
    line('one line: 2,000 / 200 roots', `${oneGrowth.toFixed(2)}×`, '≤ 2×', oneGrowth <= 2),
    line('full: 2,000 / 200 roots', `${fullGrowth.toFixed(2)}×`, '≤ 8×', fullGrowth <= 8),
    line(
      'full at 2,000 roots: peak RSS',
      `${large.full.rss.toFixed(0)} MB`,
      '≤ 400 MB',
      large.full.rss <= 400,
    ),
  ]
}

/**
 * Start-up on a one-file repository with `node`, against `node -e 0` in the same
 * rounds: the CLI (`check`, as an npm user runs it) and dist/index.js as a runner runs
 * it (a push, no token: nothing to post). A first run has no compile cache, as on a
 * fresh runner, where every job is a first run; on a Node with the cache (22.1 and
 * later) later runs are measured too, as a developer's shell sees them. The budget
 * is on first runs. For reference, a bundle that only reads the file with the gate's
 * YAML reader and prints a line (scripts/bench/read-one.ts): the part no design avoids.
 */
function startUp(node, single, readOne) {
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()
  const cached = spawnSync(node, ['-p', "typeof require('node:module').enableCompileCache"], {
    encoding: 'utf8',
  }).stdout.includes('function')
  const outputs = path.join(work, 'action-outputs')
  writeFileSync(outputs, '')
  const runner = {
    GITHUB_WORKSPACE: single,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_OUTPUT: outputs,
    GITHUB_STEP_SUMMARY: outputs,
    RUNNER_TEMP: work,
  }
  // A first run as on a fresh GitHub-hosted runner (whose dist/index.js leaves the cache
  // off) or a fresh machine; later runs as on a self-hosted runner or a developer's shell.
  // The cache lives in the temp directory (NODE_COMPILE_CACHE would turn it on for all).
  const fresh = () => ({
    TMPDIR: mkdtempSync(path.join(work, 'compile-cache-')),
    RUNNER_ENVIRONMENT: 'github-hosted',
  })
  const warmDir = path.join(work, 'compile-cache')
  mkdirSync(warmDir, { recursive: true })
  const warm = () => ({
    TMPDIR: warmDir,
    RUNNER_ENVIRONMENT: 'self-hosted',
  })
  const base = { node, probe: false, okStatus: [0, 1] }
  const cliArgs = [cli, 'check', single, '--format', 'json']
  const action = [path.join(root, 'dist/index.js')]
  const variants = cached
    ? [
        ['first run', fresh],
        ['later runs', warm],
      ]
    : [['first run', fresh]]
  const commands = variants.flatMap(([, env]) => [
    [cliArgs, { ...base, env }],
    [action, { ...base, env: () => ({ ...runner, ...env() }) }],
  ])
  const [floor, reference, ...figures] = measure([
    [['-e', '0'], { node, probe: false }],
    [[readOne, path.join(single, 'cluster.yaml')], { node, probe: false }],
    ...commands,
  ])
  const results = [
    line(`node -e 0, node ${version}`, `${floor.ms.toFixed(0)} ms`),
    line(
      'start-up, reading the file alone',
      `${reference.ms.toFixed(0)} ms: ${(reference.ms / floor.ms).toFixed(2)}× node -e 0`,
    ),
  ]
  variants.forEach(([label], index) => {
    for (const [name, figure] of [
      ['CLI', figures[index * 2]],
      ['action', figures[index * 2 + 1]],
    ]) {
      const ratio = figure.ms / floor.ms
      const first = label === 'first run'
      results.push(
        line(
          `start-up, ${name}, ${label}`,
          `${figure.ms.toFixed(0)} ms: ${ratio.toFixed(2)}× node -e 0`,
          first ? '≤ 2×, ≤ 250 ms' : undefined,
          first ? ratio <= 2 && figure.ms <= 250 : undefined,
        ),
      )
    }
  })
  return results
}

function line(label, value, budget, ok) {
  const verdict = budget === undefined ? '' : `  (budget ${budget}: ${ok ? 'ok' : 'MISSED'})`
  console.log(`${label.padEnd(34)} ${value}${verdict}`)
  return ok ?? true
}

try {
  const repo = path.join(work, 'monorepo')
  const generated = generateMonorepo(repo)
  const listFile = path.join(work, 'relevant.txt')
  writeFileSync(listFile, generated.relevant.join('\n') + '\n')

  // The baseline uses the gate's own parsers, bundled like dist/ (wasm embedded).
  const baseline = path.join(work, 'baseline.mjs')
  await build({
    absWorkingDir: root,
    entryPoints: ['scripts/bench/baseline.ts'],
    outfile: baseline,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    plugins: [yamlAsEsm, embeddedWasm, optionalAbsent, schemaValidators, ruleHelpPages],
    loader: { '.wasm': 'binary' },
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
    },
  })

  // The start-up's reference: reading the one file and printing a line, nothing else.
  const readOne = path.join(work, 'read-one.mjs')
  await build({
    absWorkingDir: root,
    entryPoints: ['scripts/bench/read-one.ts'],
    outfile: readOne,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    charset: 'ascii',
    logLevel: 'error',
    plugins: [yamlAsEsm],
  })

  const single = path.join(work, 'single')
  execFileSync('git', ['init', '--quiet', single])
  writeFileSync(
    path.join(single, 'cluster.yaml'),
    'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: one\n  version: "1.32"\n',
  )
  // Findings exit 1 (the upgraded clusters fail the gate), which is expected here.
  const failing = { okStatus: [0, 1] }
  const [check, parse] = measure([
    [
      [cli, 'check', repo, '--base', generated.base, '--change', 'commits', '--format', 'json'],
      failing,
    ],
    [[baseline, repo, listFile]],
  ])
  const report = JSON.parse(check.stdout)
  const ratio = check.ms / parse.ms
  const results = [
    line(
      'repository',
      `${generated.files} files, ${generated.relevant.length} relevant, ${report.clusters?.length ?? '?'} clusters, ${generated.upgraded} upgraded`,
    ),
    line('check --base: wall', `${check.ms.toFixed(0)} ms`, '≤ 3000 ms', check.ms <= 3000),
    line('check --base: files/s', `${Math.round(generated.files / (check.ms / 1000))} files/s`),
    line('check --base: peak RSS', `${check.rss.toFixed(0)} MB`, '≤ 400 MB', check.rss <= 400),
    line('check --base: findings', `${report.findings?.length ?? '?'}`),
    line('baseline read+parse (head): wall', `${parse.ms.toFixed(0)} ms`),
    line('overhead ratio check/baseline', `${ratio.toFixed(2)}×`, '≤ 1.5×', ratio <= 1.5),
  ]
  console.log(`(median of ${RUNS} runs each, node ${process.version}, ${os.cpus().length} CPUs)`)
  results.push(...startUp(process.execPath, single, readOne))
  // Runners run node24, whose compile cache the entries enable: BENCH_NODE=/path/to/node24
  // measures the start-up with it too.
  if (process.env.BENCH_NODE) results.push(...startUp(process.env.BENCH_NODE, single, readOne))
  results.push(...series())
  process.exitCode = results.every(Boolean) ? 0 : 1
} finally {
  rmSync(work, { recursive: true, force: true })
}
