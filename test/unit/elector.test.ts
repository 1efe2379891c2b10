import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EpochLeaders, FAKE_TIMERS, newIds as makeIds, SimMesh } from './sim.js'
import type { PeerId } from '@libp2p/interface'

/**
 * The mesh's election as a pure state machine: real Electors over an in-memory network
 * (real wire codec) on fake timers (sim.ts), so partitions, crashes and long schedules run
 * in milliseconds and every instant can be checked.
 */

const N = 5
class Cluster extends SimMesh {
  get nodes (): SimMesh['peers'] { return this.peers }
}

let ids: PeerId[] = []
let cluster: Cluster | undefined

async function newIds (): Promise<PeerId[]> {
  return await makeIds(N)
}

/** Advances fake time in `step` ms slices, checking at every slice that at most one peer acts as leader. */
async function run (c: Cluster, ms: number, step = 50, seen?: EpochLeaders): Promise<void> {
  for (let t = 0; t < ms; t += step) {
    await vi.advanceTimersByTimeAsync(step)
    const acting = c.acting()
    expect(acting.length, `acting leaders at once: ${acting.map(n => n.rank).join(', ')}`).toBeLessThanOrEqual(1)
    if (seen != null) expect(seen.secondLeaders(acting), 'epochs led by two peers').toEqual([])
  }
}

describe('the mesh election (quorum mode, 5 voters) as a state machine', () => {
  beforeEach(async () => {
    ids = await newIds()
    vi.useFakeTimers(FAKE_TIMERS)
  })
  afterEach(async () => {
    await cluster?.stop()
    cluster = undefined
    vi.useRealTimers()
  })

  it('elects exactly one leader, the lowest rank, and keeps it', async () => {
    cluster = new Cluster(ids)
    await cluster.start()
    await run(cluster, 5_000)
    expect(cluster.acting().map(n => n.rank)).toEqual([0])
    const epoch = cluster.nodes[0]!.elector.actingEpoch()
    await run(cluster, 20_000)
    expect(cluster.nodes[0]!.elector.actingEpoch()).toBe(epoch)
  })

  it('a minority side never elects; the majority side does, with a higher epoch; after the heal one leader', async () => {
    cluster = new Cluster(ids)
    await cluster.start()
    await run(cluster, 5_000)
    const first = cluster.nodes[0]!.elector.actingEpoch()!
    cluster.net.partition([ids[0]!, ids[1]!]) // the leader is on the minority side
    await run(cluster, 10_000)
    const acting = cluster.acting()
    expect(acting.map(n => n.rank)).toEqual([2])
    expect(acting[0]!.elector.actingEpoch()!).toBeGreaterThan(first)
    cluster.net.healAll()
    await run(cluster, 10_000)
    expect(cluster.acting()).toHaveLength(1)
  })

  it('a leader cut off for less than the election TTL stays leader in the same epoch', async () => {
    cluster = new Cluster(ids)
    await cluster.start()
    await run(cluster, 5_000)
    const epoch = cluster.nodes[0]!.elector.actingEpoch()
    cluster.net.partition([ids[0]!])
    await run(cluster, 1_000)
    cluster.net.healAll()
    await run(cluster, 5_000)
    expect(cluster.acting().map(n => [n.rank, n.elector.actingEpoch()])).toEqual([[0, epoch]])
  })

  it('bridge: a voter that promised the leader does not vote for a lower rank that cannot see it', async () => {
    cluster = new Cluster(ids)
    await cluster.start()
    const [r0, r1, r2, r3, r4] = ids as [PeerId, PeerId, PeerId, PeerId, PeerId]
    // ranks 0 and 1 away at first: rank 2 leads, and keeps leading after they return (stability)
    cluster.net.partition([r0, r1])
    await run(cluster, 8_000)
    cluster.net.healAll()
    await run(cluster, 3_000)
    const leader = cluster.acting()
    expect(leader.map(n => n.rank)).toEqual([2])
    const epoch = leader[0]!.elector.actingEpoch()
    // 0 and 1 lose sight of 2 and 3; 4 sees everyone. 0 campaigns once its promise lapses:
    // 1 may vote for it, 4 must not (it has promised 2), so 0 never reaches 3 votes
    for (const a of [r0, r1]) for (const b of [r2, r3]) cluster.net.cut(a, b)
    void r4
    await run(cluster, 10_000)
    expect(cluster.acting().map(n => [n.rank, n.elector.actingEpoch()])).toEqual([[2, epoch]])
  })

  it('a crashed leader is replaced after its lease; restarted from its disk, it does not pre-empt the new one', async () => {
    cluster = new Cluster(ids)
    await cluster.start()
    await run(cluster, 5_000)
    const old = cluster.nodes[0]!
    cluster.crash(old)
    await run(cluster, 5_000)
    expect(cluster.acting().map(n => n.rank)).toEqual([1])
    await cluster.boot(old.id, 0, old.store)
    await run(cluster, 10_000)
    expect(cluster.acting().map(n => n.rank)).toEqual([1])
  })

  it('property: under random partitions (bridges included), crashes and restarts, never two acting leaders and never two leaders of one epoch; a heal brings a leader back', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.oneof(
        fc.record({ k: fc.constant('cut' as const), a: fc.nat(N - 1), b: fc.nat(N - 1) }),
        fc.record({ k: fc.constant('split' as const), side: fc.subarray([0, 1, 2, 3, 4], { minLength: 1, maxLength: 4 }) }),
        // a bridge: the two sides cannot reach each other, one peer reaches both (non-transitive)
        fc.record({ k: fc.constant('bridge' as const), order: fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }), cutAt: fc.integer({ min: 1, max: 3 }) }),
        fc.record({ k: fc.constant('heal' as const) }),
        fc.record({ k: fc.constant('crash' as const), who: fc.nat(N - 1) }),
        fc.record({ k: fc.constant('wait' as const), ms: fc.integer({ min: 100, max: 4_000 }) })
      ), { minLength: 3, maxLength: 12 }),
      async steps => {
        const c = new Cluster(await newIdsFast())
        cluster = c
        await c.start()
        const seen = new EpochLeaders()
        await run(c, 3_000, 50, seen)
        for (const s of steps) {
          if (s.k === 'cut' && s.a !== s.b) c.net.cut(c.nodes[s.a]!.id, c.nodes[s.b]!.id)
          else if (s.k === 'split') c.net.partition(s.side.map(i => c.nodes[i]!.id))
          else if (s.k === 'bridge') {
            const rest = s.order.slice(1).map(i => c.nodes[i]!.id) // order[0] stays linked to both sides
            const left = rest.slice(0, s.cutAt); const right = rest.slice(s.cutAt)
            for (const a of left) for (const b of right) c.net.cut(a, b)
          }
          else if (s.k === 'heal') c.net.healAll()
          else if (s.k === 'crash') {
            const n = c.nodes[s.who]!
            if (n.alive && c.nodes.filter(x => x.alive).length > 3) c.crash(n)
            else if (!n.alive) await c.boot(n.id, n.rank, n.store)
          }
          await run(c, s.k === 'wait' ? s.ms : 500, 50, seen)
        }
        // heal everything and restart the dead: one leader again
        c.net.healAll()
        for (const n of [...c.nodes]) if (!n.alive) await c.boot(n.id, n.rank, n.store)
        await run(c, 12_000, 50, seen)
        expect(c.acting()).toHaveLength(1)
        await c.stop()
        cluster = undefined
      }
    ), { numRuns: Number(process.env.ACCORD_ELECTOR_RUNS ?? 40), seed: Number(process.env.ACCORD_ELECTOR_SEED ?? 42) })
  }, 120_000)
})

/** Peer ids are only names here; reuse a pool so a property run does not spend its time generating keys. */
let pool: PeerId[][] = []
async function newIdsFast (): Promise<PeerId[]> {
  if (pool.length === 0) pool = await Promise.all(Array.from({ length: 12 }, async () => await newIds()))
  return pool.pop()!
}
