import { rm } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { storedPeerId } from '../../src/index.node.js'
import { AgentProcess, killAll, leaderOf } from './agents.js'
import { FencedCounter } from './fenced-counter.js'
import { freshMesh, TempDirs, waitFor } from './helpers.js'

/**
 * Issue 13, reconfiguration: a voter killed for good is replaced while the cluster runs,
 * under lock traffic, in real processes with durable storage. The judge is a fenced
 * counter outside the peers: a stale write or a lost update would show there.
 */

const dirs = new TempDirs('accord-reconf-')
let agents: AgentProcess[] = []
let counter: FencedCounter | undefined
afterEach(async () => {
  await killAll(agents); agents = []
  await counter?.stop(); counter = undefined
  await dirs.removeAll()
})

describe('replacing a voter of a running cluster', () => {
  it('a voter killed -9 for good is replaced under lock traffic; the cluster then survives losing its leader, and the fence never sees a stale write', async () => {
    const mesh = freshMesh()
    const data = [await dirs.make(), await dirs.make(), await dirs.make(), await dirs.make()]
    const ids = await Promise.all(data.map(async d => await storedPeerId(d)))
    const voters = ids.slice(0, 3).join(',')
    const env = (i: number, bootstrap: string): Record<string, string> => ({ MESH: mesh, RANK: String(i), VOTERS: voters, DATA: data[i]!, BOOTSTRAP: bootstrap, TTL_MS: '1000', HEARTBEAT_MS: '100' })
    const first = await AgentProcess.start(env(0, ''))
    const rest = await Promise.all([1, 2, 3].map(async i => await AgentProcess.start(env(i, first.addr))))
    // a client: no storage, not a voter
    const client = await AgentProcess.start({ MESH: mesh, VOTERS: voters, BOOTSTRAP: first.addr, TTL_MS: '1000', HEARTBEAT_MS: '100' })
    agents = [first, ...rest, client]
    const [v0, v1, v2, spare] = agents as [AgentProcess, AgentProcess, AgentProcess, AgentProcess]
    await waitFor('one leader among the voters', async () => { const l = await leaderOf(agents); return l != null && ids.slice(0, 3).includes(l) }, 30_000)

    counter = new FencedCounter()
    await counter.start()
    for (const w of [client, spare, v2]) w.send({ cmd: 'counter', url: counter.url, ops: 100_000, ttlMs: 2_000 })
    await waitFor('increments', () => counter!.acceptedWrites >= 20, 20_000)

    // a voter that is not the leader dies for good: its disk is gone
    const leaderId = await leaderOf(agents)
    const doomed = [v0, v1].find(v => v.id !== leaderId)!
    doomed.kill('SIGKILL')
    await doomed.exited()
    await rm(data[agents.indexOf(doomed)]!, { recursive: true, force: true })
    const writesBefore = counter.acceptedWrites

    const replaced = await client.call({ cmd: 'voters', op: 'replace', id: doomed.id, next: spare.id }, ['voters', 'error'], 60_000)
    expect(replaced.event, JSON.stringify(replaced)).toBe('voters')
    expect([...replaced.voters].sort()).toEqual(ids.filter(id => id !== doomed.id && ids.indexOf(id) < 4).sort())
    expect(replaced.index).toBe(2)
    const listed = await v2.call({ cmd: 'voters', op: 'list' }, ['voters', 'error'], 20_000)
    expect(listed.voters).toEqual(replaced.voters)
    await waitFor('writes go on through the change', () => counter!.acceptedWrites > writesBefore + 10, 20_000)

    // with the old three, losing a second one would stop the cluster; with the new one it goes on
    const leader = agents.find(a => a.id === leaderId)!
    leader.kill('SIGKILL')
    await leader.exited()
    const afterKill = counter.acceptedWrites
    const left = agents.filter(a => a.alive)
    await waitFor('a new leader among the voters left', async () => { const l = await leaderOf(left); return l != null && replaced.voters.includes(l) && l !== leaderId }, 20_000)
    await waitFor('writes resume after the leader died', () => counter!.acceptedWrites > afterKill + 10, 20_000)

    expect(counter.violations).toEqual([]) // no token used by two workers, no write over a stale value
    expect(counter.value).toBe(counter.acceptedWrites) // no lost update
    for (let i = 1; i < counter.acceptedTokens.length; i++) expect(counter.acceptedTokens[i]!).toBeGreaterThanOrEqual(counter.acceptedTokens[i - 1]!)
  }, 180_000)
})
