import { afterEach, describe, expect, it } from 'vitest'
import { FenceGuard, StaleTokenError } from '../../src/index.node.js'
import { FencedCounter } from './fenced-counter.js'
import { AgentProcess, agreedLeader, killAll, leaderOf, startCluster } from './agents.js'
import { freshMesh, waitFor } from './helpers.js'
import { prng } from '../support/prng.js'

describe('locks survive crashes and pauses of real processes', () => {
  let agents: AgentProcess[] = []
  let counter: FencedCounter | undefined
  afterEach(async () => { await killAll(agents); agents = []; await counter?.stop(); counter = undefined })

  it('leader killed -9 during a stream of lock operations: failover, tokens keep rising, no update lost', async () => {
    const mesh = freshMesh()
    agents = await startCluster(5, mesh)
    const { leader, followers } = await agreedLeader(agents)
    counter = new FencedCounter()
    await counter.start()
    const workers = followers.slice(0, 3)
    for (const w of workers) w.send({ cmd: 'counter', url: counter.url, ops: 60, ttlMs: 2_000 })
    await waitFor('some increments', () => counter!.acceptedWrites >= 20, 20_000)

    const killedAt = performance.now()
    const writesAtKill = counter.acceptedWrites
    leader.kill('SIGKILL')
    await waitFor('writes resume after failover', () => counter!.acceptedWrites > writesAtKill + 1, 10_000)
    const failoverMs = performance.now() - killedAt
    await Promise.all(workers.map(async w => await w.next(e => e.event === 'counted', 60_000)))

    expect(counter.violations).toEqual([])
    expect(counter.value).toBe(counter.acceptedWrites) // no lost update
    expect(counter.acceptedWrites).toBe(180)
    // Grants strictly increase: the accepted tokens never decrease, and a token repeats
    // only for one worker (a re-entry after a release that could not be confirmed in time).
    for (let i = 1; i < counter.acceptedTokens.length; i++) expect(counter.acceptedTokens[i]!).toBeGreaterThanOrEqual(counter.acceptedTokens[i - 1]!)
    expect(new Set(counter.acceptedTokens).size).toBeGreaterThan(counter.acceptedWrites / 2)
    const epochs = new Set(counter.acceptedTokens.map(t => t >> 32n))
    expect(epochs.size).toBeGreaterThanOrEqual(2) // grants from both leaders
    expect(failoverMs).toBeLessThan(5_000) // generous bound; the benchmark measures it
  })

  /** Five processes on memory storage; workers count under the lock while a seeded schedule kills (-9) and restarts one every ~1.5 s. */
  async function countUnderKills (seed: number): Promise<void> {
    const mesh = freshMesh()
    agents = await startCluster(5, mesh)
    await waitFor('a leader', async () => await leaderOf(agents) != null, 20_000)
    counter = new FencedCounter()
    await counter.start()
    const run = (a: AgentProcess): void => a.send({ cmd: 'counter', url: counter!.url, ops: 1_000, ttlMs: 1_000 })
    for (const a of agents.slice(1)) run(a)
    // kill a random process (the leader included) every ~1.5 s and restart it; a seeded
    // schedule, printed, replayed with ACCORD_CRASH_SEED
    console.log(`[coord-crash] kill schedule seed ${seed} (replay: ACCORD_CRASH_SEED=${seed})`)
    const random = prng(seed)
    for (let round = 0; round < 5; round++) {
      await new Promise(resolve => setTimeout(resolve, 1_000 + random() * 1_000))
      const i = Math.floor(random() * agents.length)
      agents[i]!.kill('SIGKILL')
      await agents[i]!.exited()
      const bootstrap = agents.find(a => a.alive)!.addr
      agents[i] = await AgentProcess.start({ MESH: mesh, RANK: String(i), MEMBERS: '5', BOOTSTRAP: bootstrap })
      if (i > 0) run(agents[i]!)
    }
    await waitFor('hundreds of operations', () => counter!.acceptedWrites >= 200, 60_000)
    expect(counter.violations).toEqual([]) // includes: no token used by two workers
    expect(counter.value).toBe(counter.acceptedWrites)
    // Never decreasing. A token may repeat for one worker: a release that could not be
    // confirmed during a failover leaves the lock held, and that worker's next acquire is
    // then a re-entry with the same token (until the lease lapses).
    for (let i = 1; i < counter.acceptedTokens.length; i++) expect(counter.acceptedTokens[i]!).toBeGreaterThanOrEqual(counter.acceptedTokens[i - 1]!)
  }

  it('a lock-protected counter shared by 4 processes over hundreds of ops with random kills loses nothing', async () => {
    await countUnderKills(Number(process.env.ACCORD_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31)))
  }, 150_000) // 10 process starts and then up to 60 s of work: 60 s was too short in a fresh-clone CI run (when each start compiled with tsx)

  // Kills of ranks 0, 2, 0, 3, 0: three of the five voters restarted with no memory, and
  // the last rank 0 led epoch 1 a second time from an empty state, its tokens those of the
  // first (test/unit/amnesia-sim.test.ts replays it on simulated time).
  it('regression, seed 1188578476: a majority of voters restarted without storage does not hand out a token twice', async () => {
    await countUnderKills(1188578476)
  }, 150_000)

  it('a holder frozen past its TTL (SIGSTOP) loses the lock; on waking its lost signal has fired and its token is refused', async () => {
    const mesh = freshMesh()
    agents = await startCluster(3, mesh)
    const { followers } = await agreedLeader(agents)
    const [holder, next] = followers as [AgentProcess, AgentProcess]
    const guard = new FenceGuard()
    const g1 = await holder.call({ cmd: 'lock', name: 'res', ttlMs: 1_000 }, ['granted', 'error'])
    expect(g1.event).toBe('granted')
    guard.check('res', BigInt(g1.token))

    holder.kill('SIGSTOP')
    const g2 = await next.call({ cmd: 'lock', name: 'res', ttlMs: 5_000, waitMs: 10_000 }, ['granted', 'error'], 15_000)
    expect(g2.event).toBe('granted')
    expect(BigInt(g2.token)).toBeGreaterThan(BigInt(g1.token))
    guard.check('res', BigInt(g2.token))

    holder.kill('SIGCONT')
    const lost = await holder.next(e => e.event === 'lost', 5_000)
    expect(lost.token).toBe(g1.token)
    // what the woken holder would do next is refused by the resource
    expect(() => guard.check('res', BigInt(g1.token))).toThrow(StaleTokenError)
    const st = await holder.status()
    expect(st.lost).toEqual(['res'])
  })

  it('barrier: the leader is killed -9 while participants wait; all are released with one outcome', async () => {
    const mesh = freshMesh()
    agents = await startCluster(5, mesh)
    const { leader, followers: participants } = await agreedLeader(agents)
    for (const a of participants.slice(0, 3)) await a.call({ cmd: 'barrier', name: 'stage', parties: 4 }, ['arriving'])
    await new Promise(resolve => setTimeout(resolve, 300)) // the three arrivals are committed
    leader.kill('SIGKILL')
    await waitFor('a new leader', async () => { const l = await leaderOf(participants); return l != null && l !== leader.id }, 10_000)
    await participants[3]!.call({ cmd: 'barrier', name: 'stage', parties: 4 }, ['arriving'])
    const passed = await Promise.all(participants.map(async a => await a.next(e => e.event === 'passed', 10_000)))
    const sig = passed.map(p => JSON.stringify({ outcome: p.outcome, generation: p.generation, arrived: [...p.arrived].sort() }))
    expect(new Set(sig).size).toBe(1)
    expect(passed[0]!.outcome).toBe('all')
    expect(passed[0]!.arrived.length).toBe(4)
  })
})
