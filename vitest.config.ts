import { createLogger } from 'vite'
import { defineConfig } from 'vitest/config'

// @actions/workflow-parser ships source maps that name sources it does not ship;
// Vite warns about each of its files. Nothing of ours is hidden by dropping those.
const logger = createLogger()
const warn = logger.warn.bind(logger)
logger.warn = (message, options) => {
  if (!message.includes('@actions/workflow-parser')) warn(message, options)
}

export default defineConfig({
  customLogger: logger,
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
    // @actions/workflow-parser imports its JSON schemas without import attributes,
    // which Node refuses; inlined, Vite loads them.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
})
