import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

/**
 * The hyperparameter-search example end to end, as `npm run example:search` runs it: an
 * orchestrator and four worker processes, three rounds, a worker killed -9 mid-task. The
 * example checks its own invariants and exits non-zero if any fails.
 */
describe('examples/node/search', () => {
  it('runs three rounds through a kill -9 of a worker, and every invariant holds', async () => {
    const started = performance.now()
    const { code, stdout, stderr } = await new Promise<{ code: number | null, stdout: string, stderr: string }>((resolve, reject) => {
      // its own process group, which its workers join: a run that hangs is killed whole
      const child = spawn(process.execPath, ['--import', 'tsx', 'examples/node/search/run.ts'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
      let stdout = ''
      let stderr = ''
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk })
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk })
      const timer = setTimeout(() => { process.kill(-child.pid!, 'SIGKILL') }, 150_000)
      child.on('error', reject)
      child.on('close', code => { clearTimeout(timer); resolve({ code, stdout, stderr }) })
    })
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
