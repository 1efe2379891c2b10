import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BarrierTable, type BarrierConfig } from '../../src/coord/barrier-table.js'
import { LeadershipTable } from '../../src/coord/leadership-table.js'
import { SemaphoreTable } from '../../src/coord/semaphore-table.js'
import { BarrierNotFoundError, InvalidArgumentError, TooManyBarriersError } from '../../src/errors.js'

/** The lease holder's barrier, semaphore and named-election tables: pure, time passed in. */

const live = (): boolean => true
const full = (parties: number, extra: Partial<BarrierConfig> = {}): BarrierConfig => ({ parties, thresholdCount: 0, thresholdPermille: 0, timeoutMs: 0, failOnTimeout: false, ...extra })

describe('BarrierTable', () => {
  it('releases a full barrier once, with one arrived set for every participant; the next generation starts empty', () => {
    const t = new BarrierTable(8)
    expect(t.arrive('b', 'p1', 'r1', undefined, full(3), 0, live)).toMatchObject({ kind: 'waiting', generation: 0, changed: true })
    expect(t.arrive('b', 'p1', 'r1', undefined, full(3), 1, live)).toMatchObject({ kind: 'waiting', changed: false }) // re-sent
    t.arrive('b', 'p2', 'r2', undefined, full(3), 2, live)
    const last = t.arrive('b', 'p3', 'r3', undefined, full(3), 3, live)
    expect(last).toMatchObject({ kind: 'released', release: { generation: 0, outcome: 'all' } })
    // a participant re-sending after the release learns the same outcome
    const again = t.arrive('b', 'p1', 'r1', 0, full(3), 4, live)
    expect(again).toEqual(last)
    expect(t.arrive('b', 'p1', 'r4', undefined, full(3), 5, live)).toMatchObject({ kind: 'waiting', generation: 1 })
  })

  it('threshold by count and by fraction; a timed barrier releases as timeout at its deadline', () => {
    const t = new BarrierTable(8)
    t.arrive('c', 'p1', 'r1', undefined, full(5, { thresholdCount: 2 }), 0, live)
    expect(t.arrive('c', 'p2', 'r2', undefined, full(5, { thresholdCount: 2 }), 0, live)).toMatchObject({ kind: 'released', release: { outcome: 'threshold' } })
    t.arrive('f', 'p1', 'r1', undefined, full(4, { thresholdPermille: 750 }), 0, live)
    t.arrive('f', 'p2', 'r2', undefined, full(4, { thresholdPermille: 750 }), 0, live)
    expect(t.arrive('f', 'p3', 'r3', undefined, full(4, { thresholdPermille: 750 }), 0, live)).toMatchObject({ kind: 'released', release: { outcome: 'threshold' } })
    t.arrive('d', 'p1', 'r1', undefined, full(3, { timeoutMs: 100 }), 0, live)
    expect(t.sweep(99, live).released).toEqual([])
    expect(t.sweep(100, live).released).toMatchObject([{ name: 'd', release: { outcome: 'timeout', arrived: [{ peer: 'p1' }] } }])
  })

  it('a participant that dies while waiting is withdrawn, not counted; parties may change while waiting', () => {
    const t = new BarrierTable(8)
    let dead = ''
    const isLive = (p: string): boolean => p !== dead
    t.arrive('b', 'p1', 'r1', undefined, full(3), 0, isLive)
    t.arrive('b', 'p2', 'r2', undefined, full(3), 0, isLive)
    dead = 'p1'
    expect(t.sweep(1, isLive)).toMatchObject({ changed: true })
    expect(t.arrive('b', 'p3', 'r3', undefined, full(3), 2, isLive)).toMatchObject({ kind: 'waiting' }) // p2 and p3: 2 of 3
    expect(t.setParties('b', 2, isLive)).toMatchObject({ changed: true, release: { outcome: 'all', arrived: [{ peer: 'p2' }, { peer: 'p3' }] } })
  })

  it('refuses unknown generations and too many barriers; adoption keeps a running timeout\'s time left', () => {
    const t = new BarrierTable(1)
    t.arrive('b', 'p1', 'r1', undefined, full(2, { timeoutMs: 1_000 }), 0, live)
    expect(() => t.arrive('b', 'p2', 'r2', 5, full(2), 0, live)).toThrow(BarrierNotFoundError)
    expect(() => t.arrive('other', 'p1', 'r9', undefined, full(2), 0, live)).toThrow(TooManyBarriersError)
    const adopted = BarrierTable.fromEntries(t.toEntries(400), 1, 10_000) // 600 ms left
    expect(adopted.sweep(10_599, live).released).toEqual([])
    expect(adopted.sweep(10_600, live).released).toMatchObject([{ release: { outcome: 'timeout' } }])
  })
})

describe('SemaphoreTable', () => {
  let n = 0n
  const mint = (): bigint => ++n
  const req = (peer: string, requestId: string, permits = 1, extra: { size?: number, deadline?: number } = {}) =>
    ({ name: 's', size: extra.size ?? 3, permits, peer, owner: '', requestId, ttlMs: 1_000, deadline: extra.deadline ?? 10_000 })

  it('property: never more than `size` permits held, whatever the order of acquires, releases, sweeps and adoptions', () => {
    fc.assert(fc.property(fc.array(fc.oneof(
      fc.record({ k: fc.constant('acq' as const), peer: fc.constantFrom('a', 'b', 'c', 'd'), permits: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ k: fc.constant('rel' as const), i: fc.nat(10) }),
      fc.record({ k: fc.constant('tick' as const), dt: fc.integer({ min: 0, max: 1_500 }) }),
      fc.record({ k: fc.constant('adopt' as const) })
    ), { maxLength: 80 }), ops => {
      let t = new SemaphoreTable({ maxQueue: 64, maxSemaphores: 8 })
      let now = 0
      const held: Array<{ peer: string, token: bigint }> = []
      let ids = 0
      for (const o of ops) {
        if (o.k === 'acq') {
          const r = t.acquire(req(o.peer, `r${ids++}`, o.permits), now, mint)
          if (r.kind === 'granted') held.push({ peer: o.peer, token: r.token })
        } else if (o.k === 'rel' && held.length > 0) {
          const h = held.splice(o.i % held.length, 1)[0]!
          t.release('s', h.token, h.peer)
        } else if (o.k === 'tick') {
          now += o.dt
          t.sweep(now, live, mint)
        } else if (o.k === 'adopt') {
          t = SemaphoreTable.fromEntries(t.toEntries(), { maxQueue: 64, maxSemaphores: 8 }, now, 1_000)
        }
        expect(t.held('s')).toBeLessThanOrEqual(3)
      }
    }), { numRuns: 200 })
  })

  it('is FIFO and fair: a large request at the head is not overtaken by small ones; a size mismatch is refused', () => {
    const t = new SemaphoreTable({ maxQueue: 8, maxSemaphores: 8 })
    const a = t.acquire(req('a', 'a1', 2), 0, mint) as { token: bigint }
    expect(t.acquire(req('b', 'b1', 3), 0, mint).kind).toBe('queued') // needs all three
    expect(t.acquire(req('c', 'c1', 1), 0, mint).kind).toBe('queued') // one is free, but b is first
    t.release('s', a.token, 'a')
    expect(t.sweep(1, live, mint).filter(e => e.kind === 'granted').map(e => (e as { requestId: string }).requestId)).toEqual(['b1'])
    expect(() => t.acquire(req('d', 'd1', 1, { size: 4 }), 2, mint)).toThrow(InvalidArgumentError)
  })
})

describe('LeadershipTable', () => {
  let n = 0n
  const mint = (): bigint => ++n
  const campaign = (peer: string, requestId: string, rank?: number, preempt = false) => ({ name: 'e', peer, rank, requestId, preempt, ttlMs: 1_000 })

  it('the lowest rank leads; a better campaigner that comes later waits unless it pre-empts; resign hands over with a higher token', () => {
    const t = new LeadershipTable(8)
    const first = t.campaign(campaign('p2', 'c2', 2), 0, mint) as { token: bigint }
    expect(first).toMatchObject({ kind: 'granted' })
    expect(t.campaign(campaign('p1', 'c1', 1), 1, mint)).toMatchObject({ kind: 'queued' }) // stability
    expect(t.campaign(campaign('p3', 'c3', 3), 1, mint)).toMatchObject({ kind: 'queued' })
    expect(t.resign('e', first.token, 'p2')).toBe(true)
    const next = t.sweep(2, live, mint).find(e => e.kind === 'granted') as { requestId: string, token: bigint }
    expect(next.requestId).toBe('c1')
    expect(next.token).toBeGreaterThan(first.token)
    const pre = t.campaign(campaign('p0', 'c0', 0, true), 3, mint)
    expect(pre).toMatchObject({ kind: 'granted', events: [{ kind: 'deposed', token: next.token }] })
  })

  it('a leader that stops renewing lapses after its TTL; a campaigner whose peer died is withdrawn', () => {
    const t = new LeadershipTable(8)
    const a = t.campaign(campaign('p1', 'c1', 1), 0, mint) as { token: bigint }
    t.campaign(campaign('dead', 'cd', 0), 0, mint)
    expect(t.renew('e', a.token, 'p1', 500)).toBe(true)
    const events = t.sweep(1_500, p => p !== 'dead', mint)
    expect(events.map(e => e.kind).sort()).toEqual(['expired', 'withdrawn'])
    expect(t.leaderOf('e')).toBeUndefined()
  })
})
