import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/node/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/faults/**/*.test.ts'],
    setupFiles: ['./src/net/polyfill.ts'],
    pool: 'forks',
    // One file at a time: the suites run real meshes and several peer processes with
    // sub-second leases; on CI's two cores, two such files side by side starve each
    // other's timers and turn timing into flakiness. Serial, the whole suite takes ~2 min.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
