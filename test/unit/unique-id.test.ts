import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { uniqueId } from '../../src/machine/leader-channel.js'

const MODULE = fileURLToPath(new URL('../../src/machine/leader-channel.ts', import.meta.url))

/** Ids another Node process makes, from a fresh import of the module. */
function idsOfAnotherProcess (n: number): string[] {
  const script = `const { uniqueId } = await import(${JSON.stringify(MODULE)}); console.log(JSON.stringify(Array.from({ length: ${n} }, () => uniqueId())))`
  return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' })) as string[]
}

/**
 * Request and session ids (uniqueId) are applied at most once by the lease holder, so two
 * requests must never share one: not within a process (a count), not across processes,
 * restarts included (a random prefix drawn at each start).
 */
describe('uniqueId', () => {
  it('never repeats within a process, nor between two processes', () => {
    const here = Array.from({ length: 100_000 }, () => uniqueId())
    expect(new Set(here).size).toBe(here.length)
    const [a, b] = [idsOfAnotherProcess(1_000), idsOfAnotherProcess(1_000)]
    // two runs of one program count alike: only their prefixes keep them apart
    expect(a.map(id => id.slice(24))).toEqual(b.map(id => id.slice(24)))
    expect(new Set([...here, ...a, ...b]).size).toBe(here.length + a.length + b.length)
  })
})
