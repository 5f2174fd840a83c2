import module from 'node:module'

// See src/cli.ts: compiled code is cached between runs where Node offers it.
;(module as { enableCompileCache?: () => unknown }).enableCompileCache?.()
const { run } = await import('./main.js')
await run()
