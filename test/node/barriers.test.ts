import { afterEach, describe, expect, it } from 'vitest'
import { AbortedError, BarrierTimeoutError, createPeer, type BarrierResult, type BarrierView, type Peer } from '../../src/index.node.js'
import { waitForValue } from '../support/wait.js'
import { IN_PROCESS_LEASE, sleep, startQuorum, stopAll, waitFor } from './helpers.js'

const cluster = startQuorum

/** Every participant got the same result (arrived sets compared as sets). */
function expectSame (results: BarrierResult[]): void {
  const sorted = (r: BarrierResult): BarrierResult => ({ ...r, arrived: [...r.arrived].sort() })
  expect(results.map(sorted)).toEqual(results.map(() => sorted(results[0]!)))
}

/** What to compare of each result: its outcome, how many arrived, its generation. */
const outline = (r: BarrierResult): { outcome: string, arrived: number, generation: number } => ({ outcome: r.outcome, arrived: r.arrived.length, generation: r.generation })

/** Waits until barrier `name` at the lease holder (asked through `peer`) satisfies `accept`, and returns it. */
async function barrierWhere (peer: Peer, name: string, what: string, accept: (b: BarrierView) => boolean): Promise<BarrierView> {
  return (await waitForValue(`barrier ${name}: ${what}`, async () => (await peer.inspect()).coord?.barriers.find(b => b.name === name), b => b != null && accept(b)))!
}

describe('barriers', () => {
  let peers: Peer[] = []
  afterEach(async () => { await stopAll(peers); peers = [] })

  it('full barrier: nobody passes until all parties arrive; cascading stages with next()', async () => {
    peers = await cluster(4)
    const barriers = peers.map(p => p.barrier('epoch', { parties: 4 }))
    const early = Promise.all(barriers.slice(0, 3).map(async b => await b.arrive()))
    let passed = false
    void early.then(() => { passed = true })
    // the lease holder has the three arrivals (or released, which the next line refutes)
    const three = await barrierWhere(peers[0]!, 'epoch', '3 arrivals', b => b.arrived.length === 3 || b.releases.length > 0)
    expect(three).toMatchObject({ generation: 0, parties: 4, releases: [] })
    expect([...three.arrived].sort()).toEqual(peers.slice(0, 3).map(p => p.id).sort())
    expect(passed).toBe(false)
    const all = await Promise.all([early, barriers[3]!.arrive()]).then(([a, b]) => [...a, b])
    expect(all.map(outline)).toEqual(all.map(() => ({ outcome: 'all', arrived: 4, generation: 0 })))
    expectSame(all)
    // stage 2
    const stage2 = await Promise.all(barriers.map(async b => await b.next()))
    expect(stage2.map(r => [r.generation, r.outcome])).toEqual(stage2.map(() => [1, 'all']))
  })

  it('threshold fires exactly once, with one arrived set for everyone; late arrivals start the next generation', async () => {
    peers = await cluster(5)
    const barriers = peers.map(p => p.barrier('vote', { parties: 5, threshold: 0.6 }))
    const results = await Promise.all(barriers.slice(0, 3).map(async b => await b.arrive()))
    expect(results.map(outline)).toEqual(results.map(() => ({ outcome: 'threshold', arrived: 3, generation: 0 })))
    expectSame(results)
    // the two latecomers do not re-fire generation 0: they wait in generation 1
    const late = Promise.all(barriers.slice(3).map(async b => await b.arrive()))
    const again = await Promise.all(barriers.slice(0, 1).map(async b => await b.next()))
    const lateResults = await late
    expect([...lateResults, ...again].map(r => [r.generation, r.outcome])).toEqual([[1, 'threshold'], [1, 'threshold'], [1, 'threshold']])
  })

  it('timed barrier: one outcome for all; onTimeout fail throws BarrierTimeoutError with the arrived set', async () => {
    peers = await cluster(3)
    const t0 = performance.now()
    const results = await Promise.all(peers.slice(0, 2).map(async p => await p.barrier('timed', { parties: 3, timeoutMs: 400 }).arrive()))
    expect(performance.now() - t0).toBeGreaterThanOrEqual(350)
    expect(results.map(r => [r.outcome, r.arrived.length])).toEqual([['timeout', 2], ['timeout', 2]])
    expectSame(results)
    const failing = await Promise.allSettled(peers.slice(0, 2).map(async p => await p.barrier('timed-fail', { parties: 3, timeoutMs: 300, onTimeout: 'fail' }).arrive()))
    for (const f of failing) {
      expect(f.status).toBe('rejected')
      const err = (f as PromiseRejectedResult).reason as BarrierTimeoutError
      expect(err).toBeInstanceOf(BarrierTimeoutError)
      expect(err.arrived.length).toBe(2)
    }
  })

  it('parties may change while waiting; a participant that dies while waiting is withdrawn, not counted', async () => {
    peers = await cluster(4)
    const [a, b, c, d] = peers as [Peer, Peer, Peer, Peer]
    const ba = a.barrier('shrink', { parties: 3 })
    const waiting = [ba.arrive(), b.barrier('shrink', { parties: 3 }).arrive()]
    await barrierWhere(a, 'shrink', 'a and b arrived', x => x.arrived.includes(a.id) && x.arrived.includes(b.id))
    await ba.setParties(2)
    const shrunk = await Promise.all(waiting)
    expect(shrunk.map(r => [r.outcome, r.arrived.length])).toEqual([['all', 2], ['all', 2]])

    // d arrives, then dies; the barrier of 3 needs 3 live arrivals
    void d.barrier('withdraw', { parties: 3 }).arrive().catch(() => {})
    await barrierWhere(a, 'withdraw', 'd arrived', x => x.arrived.includes(d.id))
    await d.stop()
    await waitFor('d left', () => !a.members.some(m => m.id === d.id))
    const bw = b.barrier('withdraw', { parties: 3 })
    const pending = [bw.arrive(), c.barrier('withdraw', { parties: 3 }).arrive()]
    let done = false
    void Promise.all(pending).then(() => { done = true })
    // the lease holder has b's and c's arrivals (or released, which the next line refutes)
    const two = await barrierWhere(a, 'withdraw', 'b and c arrived', x => (x.arrived.includes(b.id) && x.arrived.includes(c.id)) || x.releases.length > 0)
    expect(two).toMatchObject({ generation: 0, releases: [] })
    expect([...two.arrived].sort()).toEqual([b.id, c.id].sort()) // d's arrival was withdrawn: 2 of 3
    expect(done).toBe(false)
    const final = await Promise.all([...pending, a.barrier('withdraw', { parties: 3 }).arrive()])
    for (const r of final) {
      expect(r.arrived).toHaveLength(3)
      expect(r.arrived).not.toContain(d.id)
    }
  })

  it('setParties with no lease holder keeps trying until its peer stops, then ends with AbortedError', async () => {
    // quorum mode of 3 with one peer: never a lease holder
    const alone = await createPeer({ members: 3, rank: 0, lease: IN_PROCESS_LEASE })
    peers = [alone]
    const setting = alone.barrier('b', { parties: 2 }).setParties(3)
    await sleep(300)
    await alone.stop()
    await expect(setting).rejects.toBeInstanceOf(AbortedError)
  })
})
