import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCommandGroup } from './processes.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

/**
 * The hyperparameter-search example end to end, as `npm run example:search` runs it: an
 * orchestrator and four worker processes, three rounds, a worker killed -9 mid-task. The
 * example checks its own invariants and exits non-zero if any fails.
 */
describe('examples/node/search', () => {
  it('runs three rounds through a kill -9 of a worker, and every invariant holds', async () => {
    const started = performance.now()
    const { code, stdout, stderr } = await runCommandGroup(['--import', 'tsx', 'examples/node/search/run.ts'], root, 150_000)
    const output = `${stdout}\n${stderr}`
    expect(code, output).toBe(0)
    expect(stdout).toMatch(/worker w\d killed -9 holding task \d+/)
    expect(stdout).toMatch(/task \d+ redone by w\d: attempt [2-9]/)
    for (let round = 1; round <= 3; round++) expect(stdout).toContain(`round ${round} closed (all,`)
    expect(stdout).not.toContain('✗')
    expect(stdout.trim().split('\n').at(-1)).toMatch(/invariants: all hold$/)
    console.log(`search example: ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }, 180_000)
})
