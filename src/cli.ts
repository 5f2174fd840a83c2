#!/usr/bin/env node
import module from 'node:module'

// Node 22.1 and later keep compiled code between runs (node24 on runners, a developer's
// shell): the megabyte of bundle is parsed once, not on every start. Older Node has
// no such cache and starts as before. Only then is the CLI itself loaded.
;(module as { enableCompileCache?: () => unknown }).enableCompileCache?.()
await import('./cli/start.js')
