import { afterEach, describe, expect, it } from 'vitest'
import { BarrierTimeoutError, type BarrierResult, type Peer } from '../../src/index.node.js'
import { startQuorum, stopAll, waitFor } from './helpers.js'

const cluster = startQuorum

const same = (results: BarrierResult[]): boolean => results.every(r => JSON.stringify({ ...r, arrived: [...r.arrived].sort() }) === JSON.stringify({ ...results[0]!, arrived: [...results[0]!.arrived].sort() }))

describe('barriers', () => {
  let peers: Peer[] = []
  afterEach(async () => { await stopAll(peers); peers = [] })

  it('full barrier: nobody passes until all parties arrive; cascading stages with next()', async () => {
    peers = await cluster(4)
    const barriers = peers.map(p => p.barrier('epoch', { parties: 4 }))
    const early = Promise.all(barriers.slice(0, 3).map(async b => await b.arrive()))
    let passed = false
    void early.then(() => { passed = true })
    await new Promise(resolve => setTimeout(resolve, 300))
    expect(passed).toBe(false)
    const all = await Promise.all([early, barriers[3]!.arrive()]).then(([a, b]) => [...a, b])
    expect(all.every(r => r.outcome === 'all' && r.arrived.length === 4 && r.generation === 0)).toBe(true)
    expect(same(all)).toBe(true)
    // stage 2
    const stage2 = await Promise.all(barriers.map(async b => await b.next()))
    expect(stage2.every(r => r.generation === 1 && r.outcome === 'all')).toBe(true)
  })

  it('threshold fires exactly once, with one arrived set for everyone; late arrivals start the next generation', async () => {
    peers = await cluster(5)
    const barriers = peers.map(p => p.barrier('vote', { parties: 5, threshold: 0.6 }))
    const results = await Promise.all(barriers.slice(0, 3).map(async b => await b.arrive()))
    expect(results.every(r => r.outcome === 'threshold' && r.arrived.length === 3 && r.generation === 0)).toBe(true)
    expect(same(results)).toBe(true)
    // the two latecomers do not re-fire generation 0: they wait in generation 1
    const late = Promise.all(barriers.slice(3).map(async b => await b.arrive()))
    const again = await Promise.all(barriers.slice(0, 1).map(async b => await b.next()))
    const lateResults = await late
    expect([...lateResults, ...again].every(r => r.generation === 1 && r.outcome === 'threshold')).toBe(true)
  })

  it('timed barrier: one outcome for all; onTimeout fail throws BarrierTimeoutError with the arrived set', async () => {
    peers = await cluster(3)
    const t0 = performance.now()
    const results = await Promise.all(peers.slice(0, 2).map(async p => await p.barrier('timed', { parties: 3, timeoutMs: 400 }).arrive()))
    expect(performance.now() - t0).toBeGreaterThanOrEqual(350)
    expect(results.every(r => r.outcome === 'timeout' && r.arrived.length === 2)).toBe(true)
    expect(same(results)).toBe(true)
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
    await new Promise(resolve => setTimeout(resolve, 200))
    await ba.setParties(2)
    const shrunk = await Promise.all(waiting)
    expect(shrunk.every(r => r.outcome === 'all' && r.arrived.length === 2)).toBe(true)

    // d arrives, then dies; the barrier of 3 needs 3 live arrivals
    void d.barrier('withdraw', { parties: 3 }).arrive().catch(() => {})
    await new Promise(resolve => setTimeout(resolve, 200))
    await d.stop()
    await waitFor('d left', () => !a.members.some(m => m.id === d.id))
    const bw = b.barrier('withdraw', { parties: 3 })
    const pending = [bw.arrive(), c.barrier('withdraw', { parties: 3 }).arrive()]
    let done = false
    void Promise.all(pending).then(() => { done = true })
    await new Promise(resolve => setTimeout(resolve, 300))
    expect(done).toBe(false) // d's arrival was withdrawn: 2 of 3
    const final = await Promise.all([...pending, a.barrier('withdraw', { parties: 3 }).arrive()])
    expect(final.every(r => r.arrived.length === 3 && !r.arrived.includes(d.id))).toBe(true)
  })
})
