import { afterEach, describe, expect, it } from 'vitest'
import { DeadlockError, FenceGuard, InvalidArgumentError, SemaphoreTimeoutError, StaleTokenError, type CoordView, type ElectionLeader, type Peer } from '../../src/index.node.js'
import { waitForValue } from '../support/wait.js'
import { sleep, startMeshWithLeader, stopAll, waitFor } from './helpers.js'

/** Waits until the lease holder's tables, as `peer` is told them by inspect(), satisfy `accept`. */
async function tablesWhere (peer: Peer, what: string, accept: (coord: CoordView) => boolean): Promise<CoordView> {
  return (await waitForValue(`${what} at the lease holder`, async () => (await peer.inspect()).coord, c => c != null && accept(c)))!
}

const semaphore = (coord: CoordView, name: string): CoordView['semaphores'][number] | undefined => coord.semaphores.find(s => s.name === name)
const lockQueue = (coord: CoordView, name: string): string[] => coord.locks.find(l => l.name === name)?.queue.map(w => w.peer) ?? []
const campaigners = (coord: CoordView, name: string): string[] => coord.elections.find(e => e.name === name)?.campaigners.map(c => c.peer) ?? []

describe('semaphores', () => {
  let peers: Peer[] = []
  afterEach(async () => { await stopAll(peers); peers = [] })

  it('never more than `permits` at once; distinct rising tokens; a waiter is granted on release', async () => {
    peers = await startMeshWithLeader(3)
    const [a, b, c] = peers.map(p => p.semaphore('gpus', { permits: 2 })) as [ReturnType<Peer['semaphore']>, ReturnType<Peer['semaphore']>, ReturnType<Peer['semaphore']>]
    const p1 = await a.acquire({ ttlMs: 5_000 })
    const p2 = await b.acquire({ ttlMs: 5_000 })
    expect(p2.token).toBeGreaterThan(p1.token)
    let third = false
    const waiting = c.acquire({ ttlMs: 5_000 }).then(p => { third = true; return p })
    const cId = peers[2]!.id
    // the lease holder has decided: c waits (it would be granted, not queued, if a permit were free)
    const queued = await tablesWhere(peers[0]!, 'c queued for gpus', t => semaphore(t, 'gpus')?.queue.some(w => w.peer === cId) === true)
    expect(semaphore(queued, 'gpus')).toMatchObject({ size: 2, holders: [{ token: p1.token }, { token: p2.token }], queue: [{ peer: cId, permits: 1 }] })
    expect(third).toBe(false)
    await expect(c.acquire({ waitMs: 200 })).rejects.toBeInstanceOf(SemaphoreTimeoutError)
    await p1.release()
    const p3 = await waiting
    expect(p3.token).toBeGreaterThan(p2.token)
    await p2.release(); await p3.release()
  })

  it('is fair: a large request at the head is not overtaken by small ones behind it', async () => {
    peers = await startMeshWithLeader(3)
    const [a, b, c] = peers.map(p => p.semaphore('slots', { permits: 3 }))
    const two = await a!.acquire({ permits: 2, ttlMs: 5_000 })
    const order: string[] = []
    const [, bId, cId] = peers.map(p => p.id)
    const big = b!.acquire({ permits: 3, ttlMs: 5_000 }).then(p => { order.push('big'); return p })
    await tablesWhere(peers[0]!, 'big queued for slots', t => semaphore(t, 'slots')?.queue.some(w => w.peer === bId) === true)
    const small = c!.acquire({ permits: 1, ttlMs: 5_000 }).then(p => { order.push('small'); return p }) // one permit is free, but big is first
    const bothWait = await tablesWhere(peers[0]!, 'small queued behind big', t => semaphore(t, 'slots')?.queue.length === 2)
    expect(semaphore(bothWait, 'slots')).toMatchObject({ holders: [{ token: two.token, permits: 2 }], queue: [{ peer: bId, permits: 3 }, { peer: cId, permits: 1 }] })
    expect(order).toEqual([])
    await two.release()
    const bigPermit = await big
    // big holds all three permits: small is still queued at the lease holder, not granted
    const bigHolds = await tablesWhere(peers[0]!, 'big holding slots', t => semaphore(t, 'slots')?.holders.some(h => h.token === bigPermit.token) === true)
    expect(semaphore(bigHolds, 'slots')).toMatchObject({ holders: [{ peer: bId, permits: 3 }], queue: [{ peer: cId, permits: 1 }] })
    expect(order).toEqual(['big'])
    await bigPermit.release()
    await (await small).release()
    expect(order).toEqual(['big', 'small'])
  })

  it('bad input is refused with typed errors and changes nothing', async () => {
    peers = await startMeshWithLeader(2)
    const [a, b] = peers as [Peer, Peer]
    expect(() => a.semaphore('s', { permits: 0 })).toThrow(InvalidArgumentError)
    expect(() => a.semaphore('', { permits: 2 })).toThrow(InvalidArgumentError)
    const s = a.semaphore('s', { permits: 2 })
    await expect(s.acquire({ permits: 3 })).rejects.toBeInstanceOf(InvalidArgumentError)
    await expect(s.acquire({ permits: 0 })).rejects.toBeInstanceOf(InvalidArgumentError)
    const held = await s.acquire({ ttlMs: 5_000 })
    // another peer that thinks the semaphore has 5 permits is told it has 2
    await expect(b.semaphore('s', { permits: 5 }).acquire({ waitMs: 1_000 })).rejects.toBeInstanceOf(InvalidArgumentError)
    await expect(a.lockAll(['x', 'x'])).rejects.toBeInstanceOf(InvalidArgumentError)
    await expect(a.lockAll([])).rejects.toBeInstanceOf(InvalidArgumentError)
    await expect(a.lockAll(['x', ''])).rejects.toBeInstanceOf(InvalidArgumentError)
    const view = await a.inspect()
    expect(view.coord?.locks).toEqual([]) // nothing was taken by the refused requests
    await held.release()
  })

  it('a wait on a semaphore can close a cycle with a lock: refused with DeadlockError', async () => {
    peers = await startMeshWithLeader(3)
    const [a, b] = peers as [Peer, Peer]
    const permit = await a.semaphore('pool', { permits: 1 }).acquire({ ttlMs: 5_000 })
    const lock = await b.lock('ckpt', { ttlMs: 5_000 })
    const aWaits = a.lock('ckpt', { ttlMs: 5_000 })
    await tablesWhere(a, 'a queued for ckpt', t => lockQueue(t, 'ckpt').includes(a.id))
    await expect(b.semaphore('pool', { permits: 1 }).acquire({ ttlMs: 5_000 })).rejects.toBeInstanceOf(DeadlockError)
    await lock.release()
    await (await aWaits).release()
    await permit.release()
  })
})

describe('named elections', () => {
  let peers: Peer[] = []
  afterEach(async () => { await stopAll(peers); peers = [] })

  it('the lowest-rank campaigner leads; no pre-emption by default; preempt takes over; resign hands over with a higher token; observers see each change', async () => {
    peers = await startMeshWithLeader(4)
    const [a, b, c, watcher] = peers as [Peer, Peer, Peer, Peer]
    const seen: Array<ElectionLeader | undefined> = []
    const observed = watcher.election('optimizer', { group: 'search' })
    observed.addEventListener('leader', evt => { seen.push(evt.detail) })
    const fence = new FenceGuard()

    const lb = await b.election('optimizer', { group: 'search' }).campaign({ rank: 2, ttlMs: 2_000 })
    fence.check('search/optimizer', lb.token)
    await waitFor('the watcher sees b', () => observed.leader?.id === b.id)
    // a better rank that comes later does not pre-empt a working leader…
    let aLeads = false
    const la = a.election('optimizer', { group: 'search' }).campaign({ rank: 1, ttlMs: 2_000 }).then(l => { aLeads = true; return l })
    // the lease holder has decided: a waits behind the working leader b
    const waiting = await tablesWhere(a, 'a campaigning behind b', t => campaigners(t, 'search/optimizer').includes(a.id))
    expect(waiting.elections.find(e => e.name === 'search/optimizer')).toMatchObject({ leader: { peer: b.id, token: lb.token }, campaigners: [{ peer: a.id, rank: 1 }] })
    expect(aLeads).toBe(false)
    expect(lb.lost.reason).toBeUndefined() // b's leadership not lost
    // …until b resigns: a (rank 1) leads with a higher token
    await lb.resign()
    const leaderA = await la
    expect(leaderA.token).toBeGreaterThan(lb.token)
    fence.check('search/optimizer', leaderA.token)
    await waitFor('the watcher sees a', () => observed.leader?.id === a.id && observed.leader.rank === 1)
    // c asks to pre-empt with rank 0: it takes over at once, a loses its leadership
    const lc = await c.election('optimizer', { group: 'search' }).campaign({ rank: 0, preempt: true, ttlMs: 2_000 })
    expect(lc.token).toBeGreaterThan(leaderA.token)
    fence.check('search/optimizer', lc.token)
    await waitFor('a is told it lost', () => leaderA.lost.aborted, 5_000)
    expect(() => { fence.check('search/optimizer', leaderA.token) }).toThrow(StaleTokenError) // the deposed leader is fenced
    await waitFor('the watcher sees c', () => observed.leader?.id === c.id)
    expect(seen.filter(l => l != null).map(l => l!.id)).toEqual([b.id, a.id, c.id])
    await lc.resign()
    await waitFor('nobody leads', () => observed.leader === undefined)
  })

  it('a standby campaigner that holds a lock the election leader asks for is no deadlock: the leader waits its turn', async () => {
    peers = await startMeshWithLeader(3)
    const [a, b] = peers as [Peer, Peer]
    const leads = await b.election('planner').campaign({ rank: 1, ttlMs: 5_000 })
    const standby = a.election('planner').campaign({ rank: 2, ttlMs: 5_000 }).catch(() => undefined) // waits while b leads
    const held = await a.lock('dataset', { ttlMs: 5_000 }) // a's other work
    await tablesWhere(a, 'a campaigning behind b', t => campaigners(t, 'planner').includes(a.id))
    const wanted = b.lock('dataset', { ttlMs: 5_000 }) // the leader wants it: not a cycle, a's work ends
    await tablesWhere(a, 'b queued for dataset', t => lockQueue(t, 'dataset').includes(b.id)) // queued, not refused as a deadlock
    await held.release()
    const got = await wanted
    expect(got.token).toBeGreaterThan(held.token)
    await got.release(); await leads.resign()
    await (await standby)?.resign()
  })

  it('a leader that stops without resigning loses it after its TTL; the next campaigner leads with a higher token', async () => {
    peers = await startMeshWithLeader(4)
    const mesh = peers[0]!.leader!.id
    const [x, y] = peers.filter(p => p.id !== mesh) as [Peer, Peer]
    const lx = await x.election('writer').campaign({ rank: 0, ttlMs: 800 })
    const ly = y.election('writer').campaign({ rank: 1, ttlMs: 800 })
    await x.stop() // no goodbye: its leadership lapses
    peers = peers.filter(p => p !== x)
    const next = await ly
    expect(next.token).toBeGreaterThan(lx.token)
    await next.resign()
  })

  it('a named election and a semaphore survive a failover of the mesh\'s lease holder: same leader, same permit count', async () => {
    peers = await startMeshWithLeader(5)
    const meshLeader = peers.find(p => p.id === peers[0]!.leader!.id)!
    const [a, b, c, observer] = peers.filter(p => p !== meshLeader) as [Peer, Peer, Peer, Peer]
    const leading = await a.election('planner').campaign({ rank: 1, ttlMs: 3_000 })
    const permits = [await a.semaphore('gpu', { permits: 2 }).acquire({ ttlMs: 3_000 }), await b.semaphore('gpu', { permits: 2 }).acquire({ ttlMs: 3_000 })]
    await waitFor('observer sees a', () => observer.election('planner').leader?.id === a.id)
    let bLeads = false
    b.election('planner').campaign({ rank: 2, ttlMs: 3_000 }).then(() => { bLeads = true }, () => {}) // rejected when the test stops b
    let cGot = false
    const cWaits = c.semaphore('gpu', { permits: 2 }).acquire({ ttlMs: 3_000 }).then(p => { cGot = true; return p })
    const bothWait = (t: CoordView): boolean => campaigners(t, 'planner').includes(b.id) && semaphore(t, 'gpu')?.queue.some(w => w.peer === c.id) === true
    await tablesWhere(observer, 'b campaigning and c queued for gpu', bothWait)
    // in the leader's table; make sure a majority holds them too: a grant is answered only
    // once the tables as of then (both waits among them) are replicated
    await (await observer.lock('replicated', { ttlMs: 3_000 })).release()
    await meshLeader.stop()
    peers = peers.filter(p => p !== meshLeader)
    await waitFor('a new mesh leader', () => peers.every(p => p.leader != null && p.leader.id !== meshLeader.id && p.leader.id === peers[0]!.leader?.id), 20_000)
    // a sleep: time is the point, a renewal period (ttlMs / 3) of a's leadership and of the
    // permits passes with the new lease holder, in which a lapse or a wrong grant would show
    await sleep(1_000)
    // the new lease holder adopted both waits, and keeps them waiting: two permits are held, a leads
    const adopted = (await observer.inspect()).coord
    expect(adopted?.elections.find(e => e.name === 'planner')).toMatchObject({ leader: { peer: a.id, token: leading.token }, campaigners: [{ peer: b.id }] })
    expect(adopted?.semaphores.find(x => x.name === 'gpu')).toMatchObject({ size: 2, holders: [{ token: permits[0]!.token }, { token: permits[1]!.token }], queue: [{ peer: c.id, permits: 1 }] })
    expect(leading.lost.reason).toBeUndefined() // not lost: still a's, kept alive through the new lease holder
    expect(bLeads).toBe(false)
    expect(cGot).toBe(false) // two permits are still held: the count came across
    expect(observer.election('planner').leader?.id).toBe(a.id)
    await permits[0]!.release()
    const third = await cWaits
    expect(third.token).toBeGreaterThan(permits[1]!.token)
    await third.release(); await permits[1]!.release()
  })
})
