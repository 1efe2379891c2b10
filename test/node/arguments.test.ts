import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPeer, InvalidArgumentError, RemoteError, type Peer } from '../../src/index.node.js'
import { startMeshWithLeader, stopAll } from './helpers.js'

/**
 * Issue 14: a caller's mistake is refused where it is made, before any traffic, with an
 * InvalidArgumentError that names the option and what it allows — never a RemoteError from
 * the lease holder, never a hang, never a stack overflow, and never counted at the leader as
 * bad wire input. The cases first seen as wrong are marked (issue).
 */
describe('a caller\'s mistakes', () => {
  let peers: Peer[] = []
  let leader: Peer
  let follower: Peer
  beforeAll(async () => {
    peers = await startMeshWithLeader(2)
    leader = peers.find(p => p.leader?.id === p.id)!
    follower = peers.find(p => p !== leader)!
  })
  afterAll(async () => { await stopAll(peers) })

  const cyclic: Record<string, unknown> = { a: 1 }
  cyclic.self = { back: cyclic }

  // [what the caller did, the call, the option the error must name]
  const cases: Array<[string, (p: Peer) => unknown, string]> = [
    ['lock ttlMs -5 (issue: was granted, uint32 on the wire)', async p => await p.lock('l', { ttlMs: -5 }), 'lock options.ttlMs'],
    ['lock ttlMs 0 (issue: RemoteError)', async p => await p.lock('l', { ttlMs: 0 }), 'lock options.ttlMs'],
    ['lock ttlMs NaN (issue: RemoteError)', async p => await p.lock('l', { ttlMs: Number.NaN }), 'lock options.ttlMs'],
    ['lock waitMs 0 (could never be granted)', async p => await p.lock('l', { waitMs: 0 }), 'lock options.waitMs'],
    ['lock option misspelt', async p => await p.lock('l', { ttl: 5_000 } as never), 'lock options.ttl'],
    ['lock signal not a signal', async p => await p.lock('l', { signal: 'stop' } as never), 'lock options.signal'],
    ['lockAll ttlMs Infinity', async p => await p.lockAll(['a', 'b'], { ttlMs: Number.POSITIVE_INFINITY }), 'lockAll options.ttlMs'],
    ['lock name empty', async p => await p.lock(''), 'name'],
    ['barrier threshold above parties (issue: hung)', p => p.barrier('b', { parties: 1, threshold: 2 }), 'barrier options.threshold'],
    ['barrier onTimeout unknown', p => p.barrier('b', { parties: 2, onTimeout: 'explode' as never }), 'barrier options.onTimeout'],
    ['barrier next() with bad parties', async p => await p.barrier('b2', { parties: 2 }).next({ parties: 0 }), 'barrier options.parties'],
    ['semaphore permits missing', p => p.semaphore('s', {} as never), 'semaphore options.permits'],
    ['semaphore acquire more than it has', async p => await p.semaphore('s', { permits: 2 }).acquire({ permits: 3 }), 'acquire options.permits'],
    ['semaphore acquire ttlMs -1', async p => await p.semaphore('s', { permits: 2 }).acquire({ ttlMs: -1 }), 'acquire options.ttlMs'],
    ['campaign rank -1', async p => await p.election('e').campaign({ rank: -1 }), 'campaign options.rank'],
    ['campaign ttlMs 0', async p => await p.election('e').campaign({ ttlMs: 0 }), 'campaign options.ttlMs'],
    ['election group empty', p => p.election('e', { group: '' }), 'election options.group'],
    ["variable strategy 'bogus' (issue: accepted)", p => p.variable('v1', { strategy: 'bogus' as never }), 'variable options.strategy'],
    ['variable strategy with no function', p => p.variable('v2', { strategy: { merge: 1 } as never }), 'variable options.strategy'],
    ['a variable opened lww, asked for again as reject (the second would be ignored)', p => { p.variable('v10'); return p.variable('v10', { strategy: 'reject' }) }, 'variable options.strategy'],
    ['a cyclic value (issue: stack overflow)', async p => { await p.variable('v3').set(cyclic) }, 'value.self.back'],
    ["undefined (issue: 'a undefined')", async p => { await p.variable('v4').set(undefined) }, 'value'],
    ['a Map inside a value', async p => { await p.variable('v5').set({ m: new Map() }) }, 'value.m'],
    ['set ack unknown', async p => { await p.variable('v6').set(1, { ack: 'most' as never }) }, 'set options.ack'],
    ['set timeoutMs NaN', async p => { await p.variable('v7').set(1, { timeoutMs: Number.NaN }) }, 'set options.timeoutMs'],
    ['propose a cyclic value', async p => await p.propose('v8', cyclic), 'proposed value'],
    ['propose acceptRatio 2', async p => await p.propose('v9', 1, { acceptRatio: 2 }), 'propose options.acceptRatio'],
    ['inspect timeoutMs -1', async p => await p.inspect({ timeoutMs: -1 }), 'inspect options.timeoutMs']
  ]

  it('each is an InvalidArgumentError naming the option and what it allows, thrown before any traffic; the leader counts nothing', async () => {
    const before = leader.stats().rejected.total
    for (const [what, call, option] of cases) {
      for (const p of [follower, leader]) {
        const err = await (async () => { await call(p) })().then(() => undefined, (e: unknown) => e)
        expect(err, what).toBeInstanceOf(InvalidArgumentError)
        expect(err, what).not.toBeInstanceOf(RemoteError)
        const e = err as InvalidArgumentError
        expect(e.code, what).toBe('ERR_INVALID_ARGUMENT')
        expect(e.option, what).toBe(option)
        expect(e.allowed, what).toBeTruthy()
        expect(e.message, what).toContain(option)
        expect(e.message, what).not.toMatch(/\ba undefined\b/)
      }
    }
    expect(leader.stats().rejected.total, 'bad wire input counted at the leader').toBe(before)
    // the peers still work
    const lock = await follower.lock('after', { ttlMs: 1_000, waitMs: 5_000 })
    await lock.release()
  })

  it('a closed variable is not handed out again: peer.variable opens a new one, which may take another strategy', async () => {
    const v = follower.variable<number>('reopened')
    await v.set(1)
    v.close()
    expect(v.closed).toBe(true)
    const again = follower.variable<number>('reopened', { strategy: { merge: (a, b) => Math.max(a, b) } })
    expect(again).not.toBe(v)
    expect(again.closed).toBe(false)
    expect(again.get()).toBe(1)
    expect(follower.variable('reopened')).toBe(again)
  })

  it('a peer\'s options are checked at createPeer, before it listens', async () => {
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ bootstrap: ['garbage'] }, 'peer options.bootstrap[0]'], // issue: libp2p's error, no code
      [{ bootstrap: '/ip4/127.0.0.1/tcp/1' }, 'peer options.bootstrap'],
      [{ listen: ['/ip4/127.0.0.1/tcp/x'] }, 'peer options.listen[0]'],
      [{ mesh: 'a b' }, 'peer options.mesh'],
      [{ rank: 1.5 }, 'peer options.rank'],
      [{ candidate: 'yes' }, 'peer options.candidate'],
      [{ lease: { ttlMs: Number.NaN } }, 'peer options.lease.ttlMs'],
      [{ lease: { ttl: 1 } }, 'peer options.lease.ttl'],
      [{ lease: { ttlMs: 100, heartbeatMs: 100 } }, 'peer options.lease.ttlMs'],
      [{ tuning: { maxPeers: 0 } }, 'peer options.tuning.maxPeers'],
      [{ tuning: { forgetMs: 2 ** 32 } }, 'peer options.tuning.forgetMs'],
      [{ coord: { maxQueue: -1 } }, 'peer options.coord.maxQueue'],
      [{ capabilities: ['gpu', 7] }, 'peer options.capabilities[1]'],
      [{ storage: 42 }, 'peer options.storage'],
      [{ meshName: 'x' }, 'peer options.meshName']
    ]
    for (const [options, option] of bad) {
      const err = await createPeer(options as never).then(async p => { await p.stop(); return undefined }, (e: unknown) => e)
      expect(err, JSON.stringify(options)).toBeInstanceOf(InvalidArgumentError)
      expect((err as InvalidArgumentError).option, JSON.stringify(options)).toBe(option)
    }
  })
})
