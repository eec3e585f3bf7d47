import { defineConfig } from 'vitest/config'

/** Browser tests: build the app, serve dist/ on localhost, drive Debian chromium with playwright-core. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    sequence: { concurrent: false },
  },
})
