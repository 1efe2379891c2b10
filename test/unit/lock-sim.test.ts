import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { prng } from '../support/prng.js'
import { copiesDiffer, FAKE_TIMERS, newIds, settle, SimMesh, startedSim, TTL, type SimPeer } from './sim.js'
import { Contenders, ELECTION, LOCK, LOCK_TTL, run, SEMAPHORE, type Contest } from './contenders.js'
import type { Lock } from '../../src/coord/lock-client.js'
import type { PeerId } from '@libp2p/interface'

/**
 * The lock's promise, checked at every instant (issue 11): five simulated peers (real
 * elector, lease holder, lock service and lock client over an in-memory network, on fake
 * timers shared by all) loop acquire / hold / release on one lock while a seeded schedule
 * cuts links, splits the mesh, builds bridges and crashes peers. Every 10 ms of simulated
 * time: never two locks `valid()` at once, tokens handed out in increasing order, and a
 * grant a majority holds reaches its running, linked holder within a second.
 * One shared clock makes "at once" exact; the real-process fault suite (test/faults) is
 * the same check with real clocks, sockets and signals.
 */

const N = 5

type Step =
  | { k: 'split', side: number[] } | { k: 'bridge', order: number[], cutAt: number } | { k: 'isolate-leader' } | { k: 'isolate-holder' }
  | { k: 'heal' } | { k: 'crash', who: number } | { k: 'wait', ms: number }
  | { k: 'bounce', who: number[], ms: number }

let mesh: SimMesh | undefined
let pool: PeerId[][] = []

/**
 * One seeded schedule of faults against `contest`, checked at every instant; then healed,
 * grants must resume. With `refuse`, a request to a crashed peer is refused at once (its
 * host answers, its process is gone), so a commit can fail while the lease holder is still
 * in office; the regressions below were found with such requests dropped. With `tcp`,
 * links hold what they carry while cut and deliver it on the heal, or close after a
 * while, failing the requests across them (MemoryNetwork.holdOnCut), as TCP connections
 * do: then the judge also holds waiters that were cut off during their take to hearing
 * their grant; the regressions below were found over links that drop.
 */
async function runSchedule (contest: Contest, seed: number, steps: Step[], refuse = true, tcp = true): Promise<void> {
  const m = new SimMesh(pool.pop() ?? await newIds(N), true)
  m.net.refuseStopped = refuse
  m.net.holdOnCut = tcp
  mesh = m
  await m.start()
  await vi.advanceTimersByTimeAsync(3_000)
  const c = new Contenders(m, prng(seed), contest, tcp)
  c.start()
  await run(m, c, 2_000)
  for (const s of steps) {
    const ids = m.peers.map(p => p.id)
    if (s.k === 'split') m.net.partition(s.side.map(i => ids[i]!))
    else if (s.k === 'bridge') {
      const rest = s.order.slice(1).map(i => ids[i]!) // order[0] stays linked to both sides
      for (const a of rest.slice(0, s.cutAt)) for (const b of rest.slice(s.cutAt)) m.net.cut(a, b)
    } else if (s.k === 'isolate-leader') {
      const l = m.acting()[0]
      if (l != null) m.net.partition([l.id])
    } else if (s.k === 'isolate-holder') {
      // the moment of a grant is when a lease is freshest and a cut hurts most
      const grants = c.grants
      for (let t = 0; t < 3_000 && c.grants === grants; t += 10) await run(m, c, 10)
      const h = [...c.holds].find(x => x.peer.alive)
      if (h != null) m.net.partition([h.peer.id])
    } else if (s.k === 'bounce') {
      // voters down for less than a lease: the lease holder stays in office while its
      // commits fail (too few voters answer), then they are back from their disks
      const down = s.who.map(i => m.peers[i]!).filter(p => p.alive && !p.elector.isActing())
      for (const p of down) { c.forget(p); m.crash(p) }
      await run(m, c, s.ms)
      for (const p of down) c.join(await m.boot(p.id, p.rank, p.store))
    } else if (s.k === 'heal') m.net.healAll()
    else if (s.k === 'crash') {
      const p = m.peers[s.who]!
      if (p.alive && m.peers.filter(x => x.alive).length > 3) { c.forget(p); m.crash(p) } else if (!p.alive) c.join(await m.boot(p.id, p.rank, p.store))
    }
    await run(m, c, s.k === 'wait' ? s.ms : 700)
  }
  m.net.healAll()
  for (const p of [...m.peers]) if (!p.alive) c.join(await m.boot(p.id, p.rank, p.store))
  const before = c.grants
  await run(m, c, TTL * 2 + 4_000) // a new election, and every lapsed lease, fit in this
  c.stop()
  await run(m, c, LOCK_TTL)
  if (process.env.ACCORD_LOCKSIM_VERBOSE != null) console.log(`seed ${seed}: ${c.grants} grants (${before} before the heal), steps ${JSON.stringify(steps)}, violations ${JSON.stringify(c.violations)}`)
  expect(c.violations).toEqual([])
  expect(c.grants, 'grants after the heal').toBeGreaterThan(before)
  // one more commit reaches every voter: each then holds exactly the leader's state, whether
  // it got changes all along, missed some, or restarted from its disk on the way
  const leader = m.acting()[0]
  expect(leader, 'an acting leader after the heal').toBeDefined()
  const probe = await settle(m.peers.find(p => p !== leader)!.locks!.acquire('probe', { ttlMs: LOCK_TTL }))
  await settle(probe.release())
  await run(m, c, 1_000)
  expect(await copiesDiffer(leader!, m.peers), 'peers whose copy of the state is not the leader\'s').toEqual([])
  await m.stop()
  mesh = undefined
}

/**
 * Schedules that once broke a promise, kept as they were found (ids differ from run to
 * run, the schedule and seed do not). Named elections, before campaigns carried session,
 * seq and the tracked token: a resign that arrived late ended a leadership its peer had
 * been granted again with the same token, while a new campaigner was granted it too.
 */
const BOUNCE: Step = { k: 'bounce', who: [1, 2, 3], ms: 1_000 }
const PAUSE: Step = { k: 'wait', ms: 300 }
const REGRESSIONS: Array<{ contest: Contest, seed: number, steps: Step[], refuse?: boolean, tcp?: boolean }> = [
  { contest: ELECTION, seed: 1907858427, steps: [{ k: 'isolate-leader' }, { k: 'isolate-holder' }, { k: 'isolate-leader' }, { k: 'split', side: [4] }, { k: 'bridge', order: [1, 3, 4, 0, 2], cutAt: 3 }] },
  { contest: ELECTION, seed: 1788617276, steps: [{ k: 'isolate-leader' }, { k: 'isolate-holder' }, { k: 'isolate-leader' }, { k: 'split', side: [4] }, { k: 'bridge', order: [1, 3, 4, 0, 2], cutAt: 3 }] },
  { contest: ELECTION, seed: 1728996700, steps: [{ k: 'isolate-leader' }, { k: 'isolate-holder' }, { k: 'isolate-leader' }, { k: 'split', side: [4] }, { k: 'bridge', order: [1, 3, 4, 0, 2], cutAt: 3 }] },
  // Locks, requests to crashed peers refused: three voters down for a second at a time, so
  // the lease holder's commits fail while it stays in office. With the settles of a failed
  // commit dropped (before 76ba2ab), rank 4's grant stood in a majority's state, untold,
  // until its lease lapsed (at 17,020 ms of this schedule, in 3 of 3 runs).
  { contest: LOCK, seed: 2, steps: [BOUNCE, PAUSE, BOUNCE, PAUSE, BOUNCE, PAUSE, BOUNCE, PAUSE, BOUNCE, PAUSE, BOUNCE], refuse: true },
  // Locks over TCP-like links, the judge holding waiters cut off during their take: rank 3
  // was cut off from the lease holder while its request was parked; the park's commit
  // failed and its error answer was on the cut link. Over links that drop, the answer was
  // gone, the client never re-sent, and its grant stood untold ("never reached it" at
  // 1,634,620 ms, seed 11's search with ACCORD_LOCKSIM_RUNS=40); TCP delivers it on the
  // heal (or the closed connection fails the request), and the client re-sends.
  { contest: LOCK, seed: 22, steps: [{ k: 'isolate-leader' }, { k: 'isolate-leader' }, { k: 'split', side: [1, 2, 3, 4] }, { k: 'isolate-leader' }, { k: 'split', side: [1, 2, 4] }], refuse: true, tcp: true }
]

describe('the lock promise in a simulated mesh (5 voters, fake time)', () => {
  afterEach(async () => { await mesh?.stop(); mesh = undefined; vi.useRealTimers() })

  it('a holder cut off right after its grant is no longer valid when the next holder gets the lock', async () => {
    const m = mesh = await startedSim(N)
    const [a, b] = m.peers.filter(p => !p.elector.isActing()) as [SimPeer, SimPeer]
    const first = await settle(a.locks!.acquire('L', { ttlMs: LOCK_TTL }))
    const told: string[] = []
    first.onLost(reason => told.push(`early: ${reason.message}`))
    first.onLost(() => told.push('unsubscribed'))()
    m.net.partition([a.id]) // its renewals and its release go nowhere from now on
    const next = b.locks!.acquire('L', { ttlMs: LOCK_TTL, waitMs: 10_000 })
    let second: Lock | undefined
    void next.then(l => { second = l })
    for (let t = 0; t < 2 * LOCK_TTL && second == null; t += 5) {
      await vi.advanceTimersByTimeAsync(5)
      expect(first.valid() && second != null, `both valid at ${performance.now()}`).toBe(false)
    }
    expect(second?.token).toBeGreaterThan(first.token)
    expect(first.valid()).toBe(false)
    // a listener added after the loss still hears of it (a bare addEventListener on the
    // already-aborted `lost` would wait forever); one added before heard it once
    first.onLost(reason => told.push(`late: ${reason.message}`))
    await Promise.resolve()
    expect(told).toEqual([expect.stringMatching(/^early: lock L lost/), expect.stringMatching(/^late: lock L lost/)])
  })

  it('a peer restarted with the same id (a new session) leaves no wait behind: its old waiter is withdrawn, not granted', async () => {
    const m = mesh = await startedSim(N)
    const leader = m.acting()[0]!
    const [a, b] = m.peers.filter(p => p !== leader) as [SimPeer, SimPeer]
    const first = await settle(a.locks!.acquire('L', { ttlMs: LOCK_TTL }))
    void b.locks!.acquire('L', { ttlMs: 60_000, waitMs: 60_000 }).catch(() => {})
    await vi.advanceTimersByTimeAsync(200)
    expect(leader.holder!.tables.locks.waitState().pending.map(w => w.agent.split('\u0000')[0]), 'b waits for L').toContain(b.id.toString())
    m.crash(b)
    const again = await m.boot(b.id, b.rank, b.store) // the same peer id, a new process: a new session
    const other = await settle(again.locks!.acquire('M', { ttlMs: LOCK_TTL })) // its first request
    await settle(other.release())
    await settle(first.release())
    await vi.advanceTimersByTimeAsync(500)
    expect(leader.holder!.tables.locks.holder('L'), 'L granted to the wait of a process that is gone').toBeUndefined()
  })

  it.each([LOCK, SEMAPHORE, ELECTION])('property ($what): never more valid holders than the capacity at any instant (tokens rise for a lock), under partitions, bridges and crashes; grants resume after the heal', async (contest) => {
    pool = await Promise.all(Array.from({ length: 30 }, async () => await newIds(N)))
    vi.useFakeTimers(FAKE_TIMERS)
    const runs = Number(process.env.ACCORD_LOCKSIM_RUNS ?? 10)
    await fc.assert(fc.asyncProperty(
      fc.integer(),
      fc.array(fc.oneof(
        fc.record({ k: fc.constant('split' as const), side: fc.subarray([0, 1, 2, 3, 4], { minLength: 1, maxLength: 4 }) }),
        fc.record({ k: fc.constant('bridge' as const), order: fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }), cutAt: fc.integer({ min: 1, max: 3 }) }),
        fc.record({ k: fc.constant('isolate-leader' as const) }),
        fc.record({ k: fc.constant('isolate-holder' as const) }),
        fc.record({ k: fc.constant('heal' as const) }),
        fc.record({ k: fc.constant('crash' as const), who: fc.nat(N - 1) }),
        fc.record({ k: fc.constant('wait' as const), ms: fc.integer({ min: 200, max: 4_000 }) }),
        fc.record({ k: fc.constant('bounce' as const), who: fc.subarray([0, 1, 2, 3, 4], { minLength: 2, maxLength: 3 }), ms: fc.integer({ min: 100, max: 1_500 }) })
      ), { minLength: 2, maxLength: 8 }),
      async (seed, steps) => { await runSchedule(contest, seed, steps) }
    ), { numRuns: runs, seed: Number(process.env.ACCORD_LOCKSIM_SEED ?? 7) })
  }, 300_000)

  it.each(REGRESSIONS)('regression ($contest.what, seed $seed)', async ({ contest, seed, steps, refuse, tcp }) => {
    vi.useFakeTimers(FAKE_TIMERS)
    await runSchedule(contest, seed, steps, refuse ?? false, tcp ?? false)
  }, 60_000)
})
