import module from 'node:module'

// See src/cli.ts: compiled code is cached between runs where Node offers it. Not on a
// GitHub-hosted runner, which is new for every job: there the cache is written on each
// run and read on none, which costs node24 about 5 ms of every start. A self-hosted
// runner keeps its temp directory between jobs, and there the cache pays.
if (process.env.RUNNER_ENVIRONMENT !== 'github-hosted')
  (module as { enableCompileCache?: () => unknown }).enableCompileCache?.()
const { run } = await import('./main.js')
await run()
