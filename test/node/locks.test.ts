import { afterEach, describe, expect, it } from 'vitest'
import { FenceGuard, LockQueueFullError, LockReentryLimitError, LockTimeoutError, StaleTokenError, TooManyLocksError, type LockView, type Peer } from '../../src/index.node.js'
import { waitForValue } from '../support/wait.js'
import { sleep, startQuorum, stopAll, waitFor } from './helpers.js'

const cluster = startQuorum

/** Waits until lock `name` at the lease holder (asked through `peer`) satisfies `accept`, and returns it. */
async function lockWhere (peer: Peer, name: string, what: string, accept: (l: LockView) => boolean): Promise<LockView> {
  return (await waitForValue(`lock ${name}: ${what}`, async () => (await peer.inspect()).coord?.locks.find(l => l.name === name), l => l != null && accept(l)))!
}

describe('fenced locks', () => {
  let peers: Peer[] = []
  afterEach(async () => { await stopAll(peers); peers = [] })

  it('grants from a non-leader, excludes others, hands over FIFO with increasing tokens', async () => {
    peers = await cluster(3)
    const [, b, c] = peers as [Peer, Peer, Peer]
    const first = await b.lock('gpu-0', { ttlMs: 5_000 })
    const order: string[] = []
    const waiting = [c.lock('gpu-0', { ttlMs: 5_000 }).then(l => { order.push('c1'); return l })]
    await lockWhere(b, 'gpu-0', 'c queued', l => l.queue.some(w => w.peer === c.id))
    waiting.push(b.lock('gpu-0', { ttlMs: 5_000, owner: 'other-task' }).then(l => { order.push('b2'); return l }))
    // the lease holder has decided: both wait, in this order, while b holds it
    const queued = await lockWhere(b, 'gpu-0', 'b\'s other task queued', l => l.queue.length === 2)
    expect(queued).toMatchObject({ holder: { peer: b.id, token: first.token }, queue: [{ peer: c.id, owner: '' }, { peer: b.id, owner: 'other-task' }] })
    expect(order).toEqual([]) // nobody else got it while b holds it
    await first.release()
    const second = await waiting[0]!
    expect(second.token).toBeGreaterThan(first.token)
    await second.release()
    const third = await waiting[1]!
    expect(third.token).toBeGreaterThan(second.token)
    expect(order).toEqual(['c1', 'b2'])
    await third.release()
  })

  it('re-entrant for the same holder (same token), up to the limit', async () => {
    peers = await cluster(3, { coord: { maxReentry: 3 } })
    const b = peers[1]!
    const l1 = await b.lock('r')
    const l2 = await b.lock('r')
    const l3 = await b.lock('r')
    expect([l2.token, l3.token]).toEqual([l1.token, l1.token])
    expect(l3.reentry).toBe(3)
    await expect(b.lock('r')).rejects.toBeInstanceOf(LockReentryLimitError)
    await l3.release(); await l2.release()
    // still held once: another peer must wait
    await expect(peers[2]!.lock('r', { waitMs: 150 })).rejects.toBeInstanceOf(LockTimeoutError)
    await l1.release()
    const other = await peers[2]!.lock('r', { waitMs: 2_000 })
    expect(other.token).toBeGreaterThan(l1.token)
  })

  it('waitMs gives LockTimeoutError; abort withdraws from the queue; bounds give typed errors', async () => {
    peers = await cluster(3, { coord: { maxQueue: 2, maxLocks: 3 } })
    const [a, b, c] = peers as [Peer, Peer, Peer]
    const held = await a.lock('q')
    await expect(b.lock('q', { waitMs: 100 })).rejects.toBeInstanceOf(LockTimeoutError)
    const ac = new AbortController()
    const aborted = b.lock('q', { signal: ac.signal })
    const queued = c.lock('q', { waitMs: 5_000 })
    await lockWhere(a, 'q', 'b and c queued', l => l.queue.some(w => w.peer === b.id) && l.queue.some(w => w.peer === c.id))
    await expect(a.lock('q', { owner: 'x', waitMs: 5_000 })).rejects.toBeInstanceOf(LockQueueFullError)
    ac.abort()
    await expect(aborted).rejects.toMatchObject({ code: 'ERR_ABORTED' })
    await held.release()
    const next = await queued // the aborted waiter was withdrawn, not granted
    expect(next.token).toBeGreaterThan(held.token)
    await a.lock('l2'); await a.lock('l3')
    await expect(a.lock('l4')).rejects.toBeInstanceOf(TooManyLocksError)
  })

  it('FenceGuard accepts equal or newer tokens and refuses older ones', () => {
    const guard = new FenceGuard()
    guard.check('file', 5n)
    guard.check('file', 5n)
    guard.check('file', 9n)
    expect(() => guard.check('file', 8n)).toThrow(StaleTokenError)
    guard.check('other', 1n)
  })

  it('a peer cut off from the leader still locks and releases, by gossip through a peer that reaches both', async () => {
    peers = await cluster(3)
    const leader = peers.find(p => p.isLeader)!
    const [bridge, cut] = peers.filter(p => p !== leader) as [Peer, Peer]
    await cut.network.block(leader.id)
    await leader.network.block(cut.id)
    await waitFor('no direct connection', () => !cut.network.connections().includes(leader.id))
    const held = await bridge.lock('shared', { ttlMs: 5_000 })
    const waiting = cut.lock('shared', { ttlMs: 5_000, waitMs: 10_000 })
    await lockWhere(bridge, 'shared', 'cut queued', l => l.queue.some(w => w.peer === cut.id))
    await held.release()
    const mine = await waiting // granted through the route, FIFO after the bridge
    expect(mine.token).toBeGreaterThan(held.token)
    await sleep(800) // time is the point: keepalives also go round
    expect(mine.lost.reason).toBeUndefined() // not lost
    await mine.release()
    const next = await bridge.lock('shared', { waitMs: 2_000 })
    expect(next.token).toBeGreaterThan(mine.token)
  })

  it('a lock granted after waiting longer than its TTL is not lost on arrival: it is renewed before it is handed out', async () => {
    peers = await cluster(3)
    const [, b, c] = peers as [Peer, Peer, Peer]
    const first = await b.lock('slow', { ttlMs: 600 })
    const waiting = c.lock('slow', { ttlMs: 600 })
    await sleep(1_200) // time is the point: two TTLs in the queue; b keeps its lock alive
    expect(first.lost.reason).toBeUndefined() // not lost
    await first.release()
    const second = await waiting
    expect(second.lost.reason).toBeUndefined()
    await sleep(1_500) // time is the point: kept alive by renewals like any lock
    expect(second.lost.reason).toBeUndefined()
    await second.release()
  })

  it('a wait that runs out as the lock is granted leaves nobody holding it: the next owner gets it at once', async () => {
    peers = await cluster(3)
    const [, b, c] = peers as [Peer, Peer, Peer]
    // race the grant against waitMs many times; every orphaned grant must be given back
    for (let i = 0; i < 15; i++) {
      const held = await b.lock('race', { ttlMs: 10_000 })
      const wait = c.lock('race', { ttlMs: 10_000, waitMs: 100 }).then(async l => { await l.release(); return 'granted' }, () => 'timeout')
      await sleep(96 + (i % 8)) // time is the point: release just around the end of c's 100 ms wait
      await held.release()
      await wait
      // whatever happened, the lock is free again (not held for the 10 s TTL by a grant nobody saw)
      const again = await b.lock('race', { ttlMs: 10_000, waitMs: 2_000 })
      await again.release()
    }
  })

  it('across a change of lease holder: waiters keep their FIFO order, and waitMs is honoured within a second', async () => {
    peers = await cluster(5)
    const leader = peers.find(p => p.isLeader)!
    const others = peers.filter(p => p !== leader)
    const [holder, ...waiters] = others as [Peer, Peer, Peer, Peer]
    const held = await holder.lock('fifo', { ttlMs: 10_000 })
    const order: string[] = []
    const granted: Array<Promise<{ release: () => Promise<void> }>> = []
    let queue: string[] = []
    for (const [i, w] of waiters.entries()) {
      granted.push(w.lock('fifo', { ttlMs: 10_000, waitMs: 30_000 }).then(l => { order.push(`w${i}`); return l }))
      queue = (await lockWhere(holder, 'fifo', `w${i} queued`, l => l.queue.some(x => x.peer === w.id))).queue.map(x => x.peer)
    }
    expect(queue).toEqual(waiters.map(w => w.id)) // queued in this order
    // and committed: a grant is answered only once the tables as of then (the queue among
    // them) are held by a majority
    await (await holder.lock('replicated', { ttlMs: 10_000 })).release()
    // one more waiter whose wait ends during the failover
    const t0 = performance.now()
    const short = holder.lock('fifo', { ttlMs: 10_000, waitMs: 1_500, owner: 'short' }).then(() => 'granted', (err: Error) => err)
    await leader.stop() // the lease holder goes away; a new one adopts the queue
    peers = peers.filter(p => p !== leader)
    const shortOutcome = await short
    expect(shortOutcome).toBeInstanceOf(LockTimeoutError)
    expect(performance.now() - t0).toBeLessThan(1_500 + 1_000)
    await waitFor('a new lease holder', () => others.every(p => p.leader != null && p.leader.id !== leader.id))
    await held.release()
    for (const g of granted) await (await g).release()
    expect(order).toEqual(['w0', 'w1', 'w2'])
  })
})
