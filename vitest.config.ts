import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/node/**/*.test.ts', 'test/unit/**/*.test.ts'],
    setupFiles: ['./src/net/polyfill.ts'],
    pool: 'forks',
    // Two cores in CI: more workers only make real-network tests slower and flakier.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
