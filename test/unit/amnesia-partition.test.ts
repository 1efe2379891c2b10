import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { prng } from '../support/prng.js'
import { sleep } from '../support/wait.js'
import { EpochLeaders, FAKE_TIMERS, newIds, SimMesh, TTL, type SimPeer } from './sim.js'
import type { Lock } from '../../src/coord/lock-client.js'
import type { PeerId } from '@libp2p/interface'

/**
 * One voter of five restarted on memory storage (`members: 5`, no storage directory), and a
 * partition. A commit made by ranks 0, 1 and 2 (a lock granted to rank 1, for 10 s) is
 * then held by 0 and 1 only; cut them off, and ranks 3 and 4, which missed it, make a
 * majority with the restarted rank 2, which forgot it. Before election 1.6 that majority
 * elected a leader from their state and granted the lock again while rank 1 held it.
 */

let mesh: SimMesh | undefined

const byRank = (m: SimMesh, rank: number): SimPeer => m.peers.find(p => p.rank === rank)!
const LONG_TTL = 10_000

/**
 * Five peers (`named`: five voters named by id); ranks `away` (3 and 4) cut off while rank
 * `holder` (1) takes lock L for LONG_TTL: the other three make that commit.
 */
async function lockedWhileAway (named = false, away = [3, 4], holder = 1, ids?: PeerId[]): Promise<{ m: SimMesh, first: Lock }> {
  const m = mesh = new SimMesh(ids ?? await newIds(5), true, named ? 5 : undefined)
  vi.useFakeTimers(FAKE_TIMERS)
  await m.start()
  await vi.advanceTimersByTimeAsync(3_000)
  expect(m.acting().map(p => p.rank)).toEqual([0])
  m.net.partition(away.map(r => byRank(m, r).id))
  const taking = byRank(m, holder).locks!.acquire('L', { ttlMs: LONG_TTL, waitMs: 3_000 })
  await vi.advanceTimersByTimeAsync(500)
  const first = await taking
  expect(first.valid()).toBe(true)
  return { m, first }
}

/** Rank `rank` (3) asks for L again and again (checking every 100 ms that at most one leader acts); resolves to its lock, or undefined once `ms` of fake time passed. */
async function keepsAsking (m: SimMesh, ms: number, rank = 3): Promise<Lock | undefined> {
  let got: Lock | undefined
  let stop = false
  void (async () => {
    while (!stop && got == null) {
      try { got = await byRank(m, rank).locks!.acquire('L', { ttlMs: LONG_TTL, waitMs: 3_000 }) } catch {}
    }
  })()
  for (let t = 0; t < ms && got == null; t += 100) {
    await vi.advanceTimersByTimeAsync(100)
    expect(m.acting().map(p => p.rank), 'leaders acting at once').toHaveLength(Math.min(1, m.acting().length))
  }
  stop = true
  return got
}

describe('one voter restarted on memory storage, and a partition', () => {
  afterEach(async () => { await mesh?.stop(); mesh = undefined; vi.useRealTimers() })

  it('the side whose majority needs the forgetful voter elects no leader, and the lock is not granted twice', async () => {
    const { m, first } = await lockedWhileAway()
    // rank 2 restarts with nothing, straight onto the side of 3 and 4
    const fresh = await m.restartWithoutDisk(byRank(m, 2))
    m.net.healAll()
    m.net.partition([byRank(m, 0).id, byRank(m, 1).id])
    expect(m.net.connected(fresh.id, byRank(m, 3).id)).toBe(true)

    const second = await keepsAsking(m, 12_000)
    expect(second == null || !first.valid(), `L granted to rank 3 (token ${second?.token}) while rank 1 holds it (token ${first.token})`).toBe(true)
    expect(m.acting(), 'no leader: two voters remember, and the third forgot').toEqual([])

    // healed, the five elect again, from the state that holds the grant: rank 1 still holds L
    m.net.healAll()
    for (let t = 0; t < 8_000 && m.acting().length === 0; t += 100) await vi.advanceTimersByTimeAsync(100)
    expect(m.acting()).toHaveLength(1)
    if (first.valid()) {
      const early = await keepsAsking(m, 500)
      expect(early == null || !first.valid(), 'L granted again while rank 1 holds it').toBe(true)
    }
  }, 60_000)

  it('named voters: a voter restarted on memory storage with its key (its id) is forgetful too', async () => {
    const { m, first } = await lockedWhileAway(true)
    const fresh = await m.restartSameIdWithoutDisk(byRank(m, 2))
    m.net.healAll()
    m.net.partition([byRank(m, 0).id, byRank(m, 1).id])
    const second = await keepsAsking(m, 12_000)
    expect(second == null || !first.valid(), `L granted to rank 3 (token ${second?.token}) while rank 1 holds it (token ${first.token})`).toBe(true)
    expect(m.acting(), 'no leader: two voters remember, and the third forgot').toEqual([])
    expect(fresh.elector.forgetful).toBe(true)
    m.net.healAll()
    for (let t = 0; t < 8_000 && m.acting().length === 0; t += 100) await vi.advanceTimersByTimeAsync(100)
    expect(m.acting()).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(fresh.elector.forgetful, 'healed, it took the leader\'s state').toBe(false)
  }, 60_000)

  it('property: that schedule with its choices at random (who is away, who holds, who restarts and how, who asks, how soon, voters named or counted)', async () => {
    const pool = await Promise.all(Array.from({ length: 12 }, async () => await newIds(5)))
    await fc.assert(fc.asyncProperty(
      fc.shuffledSubarray([1, 2, 3, 4], { minLength: 4, maxLength: 4 }),
      fc.boolean(), fc.nat(1), fc.integer({ min: 0, max: 1_500 }), fc.boolean(),
      // on memory storage (a new id, or its key kept), or from its disk (it remembers: that side elects, and waits out the lease)
      fc.constantFrom('memory' as const, 'same id' as const, 'disk' as const),
      async (order, leaderHolds, asker, delayMs, named, restart) => {
        // two away; one of the three that commit restarts; the holder is the leader or the third
        const [a, b, restarts, stays] = order as [number, number, number, number]
        const holder = leaderHolds ? 0 : stays
        const { m, first } = await lockedWhileAway(named, [a, b], holder, pool.length > 0 ? pool.pop() : undefined)
        await vi.advanceTimersByTimeAsync(delayMs)
        const old = byRank(m, restarts)
        if (restart === 'disk') {
          m.crash(old)
          await m.boot(old.id, old.rank, old.store)
        } else if (restart === 'same id' || named) await m.restartSameIdWithoutDisk(old)
        else await m.restartWithoutDisk(old)
        m.net.healAll()
        m.net.partition([byRank(m, 0).id, byRank(m, stays).id])
        const second = await keepsAsking(m, 12_000, [a, b][asker]!)
        expect(second == null || !first.valid(), `L granted to rank ${[a, b][asker]} (token ${second?.token}) while rank ${holder} holds it (token ${first.token})`).toBe(true)
        await m.stop()
        mesh = undefined
        vi.useRealTimers()
      }
    ), { numRuns: Number(process.env.ACCORD_AMNESIA_RUNS ?? 10), seed: Number(process.env.ACCORD_AMNESIA_SEED ?? 16), endOnFailure: true })
  }, 120_000)

  it('once the restarted voter has taken the leader\'s state, that side elects, and the lock waits for its holder\'s lease', async () => {
    const { m, first } = await lockedWhileAway()
    // rank 2 restarts with nothing while the leader is there to give it the state
    const fresh = await m.restartWithoutDisk(byRank(m, 2))
    for (const p of [byRank(m, 3), byRank(m, 4)]) for (const q of [byRank(m, 0), byRank(m, 1)]) m.net.cut(p.id, q.id)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(fresh.elector.forgetful, 'the restarted voter took the leader\'s state').toBe(false)
    m.net.healAll()
    m.net.partition([byRank(m, 0).id, byRank(m, 1).id])

    const second = await keepsAsking(m, 20_000)
    expect(m.acting().map(p => p.rank), 'ranks 2, 3 and 4 elect').toEqual([2])
    expect(second, 'rank 3 takes L once rank 1\'s lease is over').toBeDefined()
    expect(first.valid(), 'rank 1\'s lease is over when rank 3 has L').toBe(false)
    expect(second!.token).toBeGreaterThan(first.token)
  }, 60_000)

  /**
   * The same at random: restarts on memory storage (onto the same side of a partition, or
   * the other), splits and heals, while agents take and hold locks of several names. The
   * schedule keeps the README's limit: fewer than a majority of the voters restarted since
   * they all last held a leader's state (a `settle`: healed, a leader, time for it to renew
   * every lease). Each name's grants are for 10 s, longer than a restarted voter's quiet
   * period, so a grant a new leader did not know of is still valid when it grants that
   * name again. Judged by the holders: never two valid holders of one name; and never an
   * epoch led twice, at most one leader at once, a leader after the last settle. (Without
   * election 1.6 it rarely finds the first test's bug: about one of 60 runs of that test's
   * schedule with other seeds, none of 300 random schedules. A name must change hands while
   * the split stands, be free in the state of the side that missed it, be kept past that
   * side's election, and be asked for there. The first test and the property after it,
   * which fails at its first run without the change, are the regression cases; this one
   * guards the rule's other consequences.)
   */
  it('property: restarts and partitions, fewer than a majority restarted between settles: no name held twice, no epoch led twice', async () => {
    const pool = await Promise.all(Array.from({ length: 12 }, async () => await newIds(5)))
    vi.useFakeTimers(FAKE_TIMERS)
    type Step = { k: 'restart', rank: number } | { k: 'restart-across', rank: number } | { k: 'restart-leader' } | { k: 'split', side: number[] } | { k: 'heal' } | { k: 'settle' } | { k: 'wait', ms: number }
    await fc.assert(fc.asyncProperty(
      fc.integer(),
      fc.array(fc.oneof(
        fc.record({ k: fc.constant('restart' as const), rank: fc.nat(4) }),
        // a peer that restarts on the other side of the partition (its machine rebooted as its switch did)
        fc.record({ k: fc.constant('restart-across' as const), rank: fc.nat(4) }),
        fc.record({ k: fc.constant('restart-leader' as const) }),
        fc.record({ k: fc.constant('split' as const), side: fc.subarray([0, 1, 2, 3, 4], { minLength: 1, maxLength: 2 }) }),
        fc.record({ k: fc.constant('heal' as const) }),
        fc.record({ k: fc.constant('settle' as const) }),
        fc.record({ k: fc.constant('wait' as const), ms: fc.integer({ min: 100, max: 5_000 }) })
      ), { minLength: 4, maxLength: 16 }),
      async (seed, steps: Step[]) => {
        const m = mesh = new SimMesh(pool.length > 0 ? pool.pop()! : await newIds(5), true)
        await m.start()
        await vi.advanceTimersByTimeAsync(3_000)
        const agents = new Holders(m, prng(seed))
        for (const p of m.peers) agents.join(p)
        const judge = new Judge(m, agents)
        await judge.run(1_000)
        let side = new Set<number>()
        const restarted = new Set<number>()
        for (const s of steps) {
          const old = s.k === 'restart' || s.k === 'restart-across' ? byRank(m, s.rank) : s.k === 'restart-leader' ? m.acting()[0] : undefined
          if (old != null && (restarted.has(old.rank) || restarted.size < 2)) {
            restarted.add(old.rank)
            const fresh = await m.restartWithoutDisk(old)
            if (s.k === 'restart-across') side = new Set(side.has(old.rank) ? [...side].filter(r => r !== old.rank) : [...side, old.rank])
            for (const p of m.peers) if (p !== fresh && side.has(p.rank) !== side.has(fresh.rank)) m.net.cut(fresh.id, p.id)
            agents.join(fresh)
          } else if (s.k === 'split') {
            m.net.healAll()
            side = new Set(s.side)
            m.net.partition(m.peers.filter(p => side.has(p.rank)).map(p => p.id))
          } else if (s.k === 'heal' || s.k === 'settle') {
            m.net.healAll()
            side = new Set()
          }
          if (s.k === 'settle') {
            await judge.untilLeader()
            await judge.run(1_000)
            restarted.clear()
          } else {
            await judge.run(s.k === 'wait' ? s.ms : 100)
          }
        }
        m.net.healAll()
        await judge.untilLeader()
        await judge.run(4 * TTL)
        agents.stop()
        expect(judge.violations).toEqual([])
        await m.stop()
        mesh = undefined
      }
    ), {
      numRuns: Number(process.env.ACCORD_AMNESIA_RUNS ?? 10),
      seed: Number(process.env.ACCORD_AMNESIA_SEED ?? 15),
      examples: [
        // the first test's schedule, in a crowd
        [1, [{ k: 'split', side: [3, 4] }, { k: 'wait', ms: 2_000 }, { k: 'restart-across', rank: 2 }, { k: 'wait', ms: 5_000 }, { k: 'wait', ms: 5_000 }]]
      ],
      // (a failure is reported as found, seed and path included: shrinking a schedule of
      // this many fake seconds ran past the test's timeout)
      endOnFailure: true
    })
  }, 300_000)
})

/**
 * More names than the agents' loops hold at once: a name a holder takes while a split stands
 * was most likely free before it, so the side that missed the grant holds it free.
 */
const NAMES = Array.from({ length: 20 }, (_, i) => `N${i}`)
/** Each agent's loops: with one, an agent sat in a long hold most of the time and no name changed hands during a split. */
const LOOPS = 2

/** Each running peer's agent, in LOOPS loops, takes a lock of a random name (for LONG_TTL), holds it a while, checking, and releases it. */
class Holders {
  readonly holds = new Set<{ peer: SimPeer, name: string, lock: Lock }>()
  private stopped = false
  constructor (private readonly mesh: SimMesh, private readonly rnd: () => number) {}

  join (peer: SimPeer): void {
    for (let i = 0; i < LOOPS; i++) this.loop(peer)
  }

  private loop (peer: SimPeer): void {
    void (async () => {
      while (!this.stopped && peer.alive) {
        const name = NAMES[Math.floor(this.rnd() * NAMES.length)]!
        let lock: Lock
        try { lock = await peer.locks!.acquire(name, { ttlMs: LONG_TTL, waitMs: 3_000 }) } catch { await sleep(100 + this.rnd() * 400); continue }
        if (!peer.alive) return
        const hold = { peer, name, lock }
        this.holds.add(hold)
        // short holds keep the names changing hands; long ones outlast a new leader's election
        await sleep(this.rnd() < 0.5 ? 100 + this.rnd() * 400 : 6_000 + this.rnd() * 4_000)
        this.holds.delete(hold)
        if (peer.alive) await lock.release().catch(() => {})
        await sleep(this.rnd() * 300)
      }
    })()
  }

  stop (): void { this.stopped = true }
}

/** Checks every 10 ms of fake time: one leader at most, no epoch led by two peers, no name with two valid holders. */
class Judge {
  readonly violations: string[] = []
  private readonly leaders = new EpochLeaders()
  constructor (private readonly mesh: SimMesh, private readonly agents: Holders) {}

  async run (ms: number): Promise<void> {
    for (let t = 0; t < ms; t += 10) {
      await vi.advanceTimersByTimeAsync(10)
      this.check()
    }
  }

  async untilLeader (): Promise<void> {
    for (let t = 0; t < 30_000 && this.mesh.acting().length === 0; t += 100) await this.run(100)
    if (this.mesh.acting().length === 0) this.violations.push(`no leader ${30_000} ms after a heal`)
  }

  private check (): void {
    const at = Math.round(performance.now())
    const acting = this.mesh.acting()
    if (acting.length > 1) this.violations.push(`at ${at} ms: ${acting.length} leaders`)
    for (const epoch of this.leaders.secondLeaders(acting)) this.violations.push(`at ${at} ms: epoch ${epoch} led by two peers`)
    // (an agent's two loops may hold one name at once: a re-entry, by the same peer)
    const valid = new Map<string, Map<SimPeer, bigint>>()
    for (const h of this.agents.holds) {
      if (h.peer.alive && h.lock.valid()) valid.set(h.name, (valid.get(h.name) ?? new Map<SimPeer, bigint>()).set(h.peer, h.lock.token))
    }
    for (const [name, holders] of valid) {
      if (holders.size > 1) this.violations.push(`at ${at} ms: ${name} held by ${[...holders].map(([p, token]) => `rank ${p.rank} token ${token}`).join(' and ')}`)
    }
  }
}
