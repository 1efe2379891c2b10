import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCommandGroup } from './processes.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

/**
 * The README's main job, `npm run demo` (`node bin/accord.mjs demo`), as a user runs it:
 * five agent processes, an election, a shared document, fenced locks, a barrier and a
 * kill -9 of the lease holder. The demo checks each claim it prints (src/cli/demo.ts) and
 * exits 1 if one fails; here: it ends with 0 and said each step.
 */
describe('npm run demo', () => {
  it('runs to its end through the kill -9 of the lease holder, every claim it prints checked', async () => {
    const { code, stdout, stderr } = await runCommandGroup(['bin/accord.mjs', 'demo'], root, 150_000)
    const out = `${stdout}\n${stderr}`
    expect(code, out).toBe(0)
    for (const step of [/election: all 5 agree that agent-\d/, /converged: all 5 agents hold the same document \(100 results/, /15 grants, 15 distinct tokens/, /kill -9 agent-\d, the lease holder/, /failover: agent-\d .* leads epoch \d+/, /caught up: all 5 agents hold the same document \(140 results/, /demo finished/]) {
      expect(out, out).toMatch(step)
    }
  }, 180_000)
})
