import { afterEach, describe, expect, it } from 'vitest'
import { DeadlockError, LockTimeoutError, type Peer } from '../../src/index.node.js'
import { waitForValue } from '../support/wait.js'
import { startMeshWithLeader, stopAll, waitFor } from './helpers.js'

/** Waits until the lease holder (asked through `peer`) has `waiter` queued for lock `name`. */
async function queuedFor (peer: Peer, name: string, waiter: Peer): Promise<void> {
  await waitForValue(`${waiter.id.slice(-6)} queued for ${name} at the lease holder`,
    async () => (await peer.inspect()).coord?.locks.find(l => l.name === name),
    lock => lock?.queue.some(w => w.peer === waiter.id) === true)
}

describe('deadlock detection on the lease holder', () => {
  let peers: Peer[] = []
  afterEach(async () => { await stopAll(peers); peers = [] })

  it('two peers take x and y, then each waits for the other\'s: the younger wait is refused with the cycle; the other is granted once the victim lets go', async () => {
    peers = await startMeshWithLeader(3)
    const [a, b] = peers as [Peer, Peer]
    const x = await a.lock('x')
    const y = await b.lock('y')
    const aWaits = a.lock('y') // older wait: no cycle yet
    await queuedFor(a, 'y', a)
    const err = await b.lock('x').then(() => undefined, (e: unknown) => e)
    expect(err).toBeInstanceOf(DeadlockError)
    expect((err as DeadlockError).code).toBe('ERR_DEADLOCK')
    expect((err as DeadlockError).cycle).toEqual([
      { agent: b.id, resource: 'lock:x', heldBy: a.id },
      { agent: a.id, resource: 'lock:y', heldBy: b.id }
    ])
    await y.release() // the victim gives up what it holds
    const got = await aWaits
    expect(got.token).toBeGreaterThan(y.token)
    await got.release(); await x.release()
  })

  it('a three-peer cycle is found too, naming all three waits', async () => {
    peers = await startMeshWithLeader(3)
    const [a, b, c] = peers as [Peer, Peer, Peer]
    const held = [await a.lock('p'), await b.lock('q'), await c.lock('r')]
    const w1 = a.lock('q')
    await queuedFor(a, 'q', a)
    const w2 = b.lock('r')
    await queuedFor(a, 'r', b)
    const err = await c.lock('p').then(() => undefined, (e: unknown) => e)
    expect(err).toBeInstanceOf(DeadlockError)
    expect((err as DeadlockError).cycle.map(s => s.agent)).toEqual([c.id, a.id, b.id])
    await held[2]!.release()
    const r = await w2; await r.release(); await held[1]!.release()
    const q = await w1; await q.release(); await held[0]!.release()
  })

  it('no false positive: 200 random waits that respect a global order are never refused', async () => {
    peers = await startMeshWithLeader(4)
    // peer i holds own-i for the whole test and only ever waits for own-j with j > i
    const own = await Promise.all(peers.map(async (p, i) => await p.lock(`own-${i}`, { ttlMs: 30_000 })))
    let deadlocks = 0
    let timeouts = 0
    for (let round = 0; round < 50; round++) {
      await Promise.all(peers.slice(0, 3).map(async (p, i) => {
        const j = i + 1 + Math.floor(Math.random() * (3 - i))
        try {
          const l = await p.lock(`own-${j}`, { waitMs: 20 + Math.floor(Math.random() * 30) })
          await l.release()
        } catch (e) {
          if (e instanceof DeadlockError) deadlocks++
          else if (e instanceof LockTimeoutError) timeouts++
          else throw e
        }
      }))
      // and one extra wait per round from a random lower peer on a random higher lock
      const i = Math.floor(Math.random() * 3)
      await peers[i]!.lock(`own-${3}`, { waitMs: 15 }).then(async l => { await l.release() }, (e: unknown) => { if (e instanceof DeadlockError) deadlocks++; else timeouts++ })
    }
    expect(deadlocks).toBe(0)
    expect(timeouts).toBe(200)
    for (const l of own) await l.release()
  })

  it('lockAll([a, b]) against lockAll([b, a]) from two peers 500 times: never a deadlock, never both inside', async () => {
    peers = await startMeshWithLeader(3)
    const [p, q] = peers as [Peer, Peer]
    let inside = 0
    let overlaps = 0
    const tokens: bigint[] = []
    const loop = async (peer: Peer, names: string[]): Promise<void> => {
      for (let i = 0; i < 250; i++) {
        const l = await peer.lockAll(names, { waitMs: 10_000 })
        if (++inside > 1) overlaps++
        tokens.push(l.tokens.a!)
        await new Promise(resolve => setImmediate(resolve))
        inside--
        await l.release()
      }
    }
    await Promise.all([loop(p, ['a', 'b']), loop(q, ['b', 'a'])])
    expect(overlaps).toBe(0)
    expect(tokens).toHaveLength(500)
    expect(new Set(tokens).size).toBe(500) // every grant a fresh token
  })

  it('finds a cycle that closes through a new leader\'s adopted state', async () => {
    peers = await startMeshWithLeader(4)
    const leaderId = peers[0]!.leader!.id
    const [a, b] = peers.filter(p => p.id !== leaderId) as [Peer, Peer]
    const x = await a.lock('x', { ttlMs: 10_000 })
    const y = await b.lock('y', { ttlMs: 10_000 })
    const aWaits = a.lock('y', { ttlMs: 10_000 })
    await queuedFor(a, 'y', a)
    // a's wait is in the leader's table; make sure a majority holds it too: a grant is
    // answered only once the tables as of then (a's wait among them) are replicated
    const c = peers.find(p => p.id !== leaderId && p !== a && p !== b)!
    await (await c.lock('replicated', { ttlMs: 10_000 })).release()
    await peers.find(p => p.id === leaderId)!.stop()
    const rest = peers.filter(p => p.id !== leaderId)
    await waitFor('a new leader', () => rest.every(p => p.leader != null && p.leader.id !== leaderId && p.leader.id === rest[0]!.leader?.id), 20_000)
    // b's wait would close the cycle with a's adopted wait
    const err = await b.lock('x', { ttlMs: 10_000 }).then(() => undefined, (e: unknown) => e)
    expect(err).toBeInstanceOf(DeadlockError)
    await y.release()
    const got = await aWaits
    expect(got.token).toBeGreaterThan(y.token)
    await got.release(); await x.release()
  })
})
