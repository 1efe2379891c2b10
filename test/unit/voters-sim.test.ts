import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { prng } from '../support/prng.js'
import { clusterOf } from '../../src/election/cluster.js'
import { InvalidArgumentError, ReconfigurationError } from '../../src/errors.js'
import { copiesDiffer, FAKE_TIMERS, newIds, settle, SimMesh, TTL, type SimPeer } from './sim.js'
import { Contenders, run } from './contenders.js'
import type { PeerId } from '@libp2p/interface'

/**
 * Changing the voters while the cluster runs (issue 13), in the simulated mesh: real
 * electors, lease holders, lock services and clients over an in-memory network on fake
 * time. Agents on every peer loop on one lock throughout, and every 10 ms the check is the
 * lock's promise (never two valid holders, tokens rising) and at most one acting leader,
 * whichever configuration each peer believes in.
 */

let mesh: SimMesh | undefined

/** A mesh of `n` peers of which the first `voters` are the voters; elected and contended from the start. */
async function cluster (n: number, voters: number, ids?: PeerId[]): Promise<{ m: SimMesh, c: Contenders }> {
  const all = ids ?? await newIds(n)
  vi.useFakeTimers(FAKE_TIMERS)
  const m = mesh = new SimMesh(all, true, voters)
  await m.start()
  await vi.advanceTimersByTimeAsync(3_000)
  const c = new Contenders(m, prng(1))
  c.start()
  await run(m, c, 1_000)
  return { m, c }
}

/** Awaits `p` while fake time runs, checking the promise every 10 ms on the way. */
async function during<T> (m: SimMesh, c: Contenders, p: Promise<T>): Promise<T> {
  let done = false
  void p.finally(() => { done = true }).catch(() => {})
  while (!done) await run(m, c, 10)
  return await p
}

const ids = (peers: SimPeer[]): string[] => peers.map(p => p.id.toString())
const voterIds = (p: SimPeer): string[] | undefined => p.elector.voters?.voters.slice().sort()

describe('changing the voters of a running cluster (simulated mesh, fake time)', () => {
  afterEach(async () => { await mesh?.stop(); mesh = undefined; vi.useRealTimers() })

  it('a voter killed for good is replaced under lock traffic; the cluster then survives losing a second original voter', async () => {
    const { m, c } = await cluster(5, 3)
    const [v0, v1, v2, spare, client] = m.peers as [SimPeer, SimPeer, SimPeer, SimPeer, SimPeer]
    c.forget(v1); m.crash(v1) // for good: its disk is never seen again
    await run(m, c, 2_000)
    const before = c.grants
    const config = await during(m, c, client.voters!.replace(v1.id.toString(), spare.id.toString()))
    expect(config.voters.slice().sort()).toEqual(ids([v0, v2, spare]).sort())
    expect(config.index).toBe(2) // two changes: remove, then add
    await run(m, c, 1_000)
    for (const p of [v0, v2, spare]) expect(voterIds(p), `${p.rank}'s voters`).toEqual(config.voters.slice().sort())
    // with the old three, losing a second voter now would stop the cluster; with the new one it goes on
    const leader = m.acting()[0]!
    c.forget(leader); m.crash(leader)
    await run(m, c, TTL * 2 + 3_000)
    expect(m.acting().length, 'a leader among the two voters left').toBe(1)
    expect(ids(m.acting())[0]).toBeOneOf(config.voters.filter(v => v !== leader.id.toString()))
    expect(c.grants, 'grants went on').toBeGreaterThan(before + 2)
    c.stop()
    await run(m, c, 1_500)
    expect(c.violations).toEqual([])
  }, 60_000)

  it('removing the acting leader hands leadership to a remaining voter; a removed voter never stands again', async () => {
    const { m, c } = await cluster(4, 3)
    const leader = m.acting()[0]!
    const other = m.peers.find(p => p !== leader && p.rank < 3)!
    const config = await during(m, c, other.voters!.remove(leader.id.toString()))
    expect(config.voters).not.toContain(leader.id.toString())
    await run(m, c, TTL * 2 + 2_000)
    const next = m.acting()[0]
    expect(next, 'a new leader').toBeDefined()
    expect(config.voters).toContain(next!.id.toString())
    // the removed peer was told: it holds the configuration without itself and does not stand
    expect(leader.elector.voters?.voters).not.toContain(leader.id.toString())
    m.crash(next!)
    c.forget(next!)
    await run(m, c, TTL * 3)
    expect(leader.elector.isActing(), 'the removed voter leads a cluster it is no longer in').toBe(false)
    c.stop()
    await run(m, c, 1_500)
    expect(c.violations).toEqual([])
  }, 60_000)

  it('a change that cannot be made is refused with a typed error, and nothing changes', async () => {
    const { m, c } = await cluster(4, 3)
    const asker = m.peers[3]!
    const absent = (await newIds(1))[0]!.toString()
    await expect(during(m, c, asker.voters!.add(absent))).rejects.toBeInstanceOf(ReconfigurationError) // not running
    await expect(asker.voters!.add('not a peer id')).rejects.toBeInstanceOf(InvalidArgumentError) // refused before sending
    const two = await during(m, c, asker.voters!.remove(m.peers[2]!.id.toString()))
    const one = await during(m, c, asker.voters!.remove(m.peers[1]!.id.toString()))
    expect(one.voters).toEqual([m.peers[0]!.id.toString()])
    await expect(during(m, c, asker.voters!.remove(m.peers[0]!.id.toString()))).rejects.toBeInstanceOf(InvalidArgumentError) // the last voter
    expect((await during(m, c, asker.voters!.list())).index).toBe(two.index + 1)
    // a retried change is not an error: removing a voter that is gone returns the configuration as it is
    expect(await during(m, c, asker.voters!.remove(m.peers[1]!.id.toString()))).toEqual(one)
    c.stop()
    await run(m, c, 1_500)
    expect(c.violations).toEqual([])
  }, 60_000)

  it('in a cluster of counted members (no voter ids) the voters cannot be changed', async () => {
    const all = await newIds(3)
    vi.useFakeTimers(FAKE_TIMERS)
    const m = mesh = new SimMesh(all, true)
    await m.start()
    await vi.advanceTimersByTimeAsync(3_000)
    await expect(settle(m.peers[1]!.voters!.list())).rejects.toBeInstanceOf(ReconfigurationError)
  }, 30_000)

  type Step = { k: 'add', who: number } | { k: 'remove', who: number } | { k: 'crash', who: number } | { k: 'split', side: number[] } | { k: 'heal' } | { k: 'wait', ms: number }

  /**
   * Changes race with faults: each change is sent without waiting for the one before (the
   * leader queues them), while peers crash and restart and the mesh splits. Whatever the
   * interleaving: at most one acting leader, never two valid lock holders; after the heal
   * every voter holds the leader's state, configuration included, and grants resume.
   */
  async function schedule (seed: number, steps: Step[]): Promise<void> {
    const { m, c } = await cluster(6, 3)
    const rnd = prng(seed)
    const asked: Array<Promise<unknown>> = []
    const outcomes: string[] = []
    const note = async (p: Promise<unknown>): Promise<void> => { await p.then(() => outcomes.push('ok'), (err: Error) => outcomes.push(err.message.slice(0, 40))) }
    for (const s of steps) {
      const peers = m.peers
      const asker = peers.filter(p => p.alive)[Math.floor(rnd() * peers.filter(p => p.alive).length)]!
      if (s.k === 'add') asked.push(note(asker.voters!.add(peers[s.who]!.id.toString(), { timeoutMs: 5_000 })))
      else if (s.k === 'remove') asked.push(note(asker.voters!.remove(peers[s.who]!.id.toString(), { timeoutMs: 5_000 })))
      else if (s.k === 'crash') {
        const p = peers[s.who]!
        if (p.alive) { c.forget(p); m.crash(p) } else c.join(await m.boot(p.id, p.rank, p.store))
      } else if (s.k === 'split') m.net.partition(s.side.map(i => peers[i]!.id))
      else if (s.k === 'heal') m.net.healAll()
      await run(m, c, s.k === 'wait' ? s.ms : 500)
    }
    m.net.healAll()
    for (const p of [...m.peers]) if (!p.alive) c.join(await m.boot(p.id, p.rank, p.store))
    await during(m, c, Promise.allSettled(asked))
    // a configuration may have lost its majority for good (two of three voters removed
    // while the third was cut off is fine; the check is safety, and liveness when it can)
    const before = c.grants
    await run(m, c, TTL * 2 + 4_000)
    const leader = m.acting()[0]
    expect(leader, `an acting leader after the heal (seed ${seed})`).toBeDefined()
    expect(c.grants, 'grants after the heal').toBeGreaterThan(before)
    c.stop()
    await run(m, c, 1_500)
    expect(c.violations).toEqual([])
    const probe = await settle(leader!.locks!.acquire('probe', { ttlMs: 1_500 }))
    await settle(probe.release())
    await run(m, c, 1_000)
    const config = clusterOf(leader!.elector.state().records)!
    if (process.env.ACCORD_VOTERSIM_VERBOSE != null) console.log(`seed ${seed}: ${c.grants} grants (${before} before the heal), voters ${config.voters.length} at index ${config.index}, changes ${JSON.stringify(outcomes)}, steps ${JSON.stringify(steps)}`)
    const voters = m.peers.filter(x => config.voters.includes(x.id.toString()))
    expect(await copiesDiffer(leader!, voters), 'voters whose copy of the state is not the leader\'s').toEqual([])
    await m.stop()
    mesh = undefined
  }

  /** Schedules that once failed, kept as found (ids differ from run to run; seed and steps do not). */
  const REGRESSIONS: Array<{ seed: number, steps: Step[] }> = [
    // peers deferred to a lower rank that had been removed and no longer stood: no leader, ever
    { seed: 0, steps: [{ k: 'crash', who: 1 }, { k: 'remove', who: 0 }, { k: 'split', side: [1] }, { k: 'add', who: 0 }] },
    // (the check's own race: a sweep committed just before it; copiesDiffer now waits for it)
    { seed: -268843204, steps: [{ k: 'remove', who: 2 }, { k: 'crash', who: 1 }, { k: 'add', who: 2 }, { k: 'remove', who: 2 }, { k: 'wait', ms: 2491 }, { k: 'split', side: [5] }] }
  ]

  it.each(REGRESSIONS)('regression (seed $seed, $steps.length steps)', async ({ seed, steps }) => {
    await schedule(seed, steps)
  }, 60_000)

  it('property: changes racing with crashes and partitions never make two leaders or two holders', async () => {
    const runs = Number(process.env.ACCORD_VOTERSIM_RUNS ?? 15)
    await fc.assert(fc.asyncProperty(
      fc.integer(),
      fc.array(fc.oneof(
        fc.record({ k: fc.constant('add' as const), who: fc.nat(5) }),
        fc.record({ k: fc.constant('remove' as const), who: fc.nat(5) }),
        fc.record({ k: fc.constant('crash' as const), who: fc.nat(5) }),
        fc.record({ k: fc.constant('split' as const), side: fc.subarray([0, 1, 2, 3, 4, 5], { minLength: 1, maxLength: 3 }) }),
        fc.record({ k: fc.constant('heal' as const) }),
        fc.record({ k: fc.constant('wait' as const), ms: fc.integer({ min: 200, max: 3_000 }) })
      ), { minLength: 3, maxLength: 10 }),
      async (seed, steps) => {
        try {
          await schedule(seed, steps)
        } finally {
          await mesh?.stop(); mesh = undefined
        }
      }
    ), { numRuns: runs, seed: Number(process.env.ACCORD_VOTERSIM_SEED ?? 13) })
  }, 300_000)
})
