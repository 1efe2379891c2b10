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
    // One fork for all files, modules imported once: isolated, each of the 85 files paid
    // ~0.8 s to import src/ and libp2p again (70.8 s of a slow day's 872 s run; 8.1 s
    // shared). Files stop what they start in their after-hooks, as they must anyway.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
