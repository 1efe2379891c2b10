import { afterEach, describe, expect, it } from 'vitest'
import { COORD_PROTOCOL } from '../../src/coord/protocol.js'
import { ELECTION_PROTOCOL } from '../../src/election/protocol.js'
import { CoordState } from '../../src/coord/coord-wire.js'
import { joinRecords } from '../../src/election/replica.js'
import { createPeer, Peer, UnsupportedError } from '../../src/index.node.js'
import { nodePlatform } from '../../src/platform.node.js'
import { meshWire, MESH_LAYERS } from '../../src/protocols.js'
import { CoordBody as CoordBodyNext } from '../fixtures/wire-next/coord-next.js'
import { ElectionBody as ElectionBodyPrev } from '../fixtures/wire-prev/election-1.0.js'
import { DocsBody as DocsBodyPrev } from '../fixtures/wire-prev/docs-1.0.js'
import { DOCS_PROTOCOL } from '../../src/docs/protocol.js'
import { freshMesh, IN_PROCESS_LEASE, stopAll, waitFor } from './helpers.js'
import type { Parts } from '../../src/assemble.js'

/**
 * Two releases in one mesh: a peer of this release and one of the
 * next minor release (coord from test/fixtures/wire-next: a new request kind and a new
 * LockRequest field). They agree on the stream protocol both speak, lock through each
 * other's lease holder, share documents, and the newer one's new request is refused as
 * unsupported — typed, counted, and nothing else breaks.
 */
/** The coord protocol as release 1.`minor` spoke it: the kinds each later minor added left out. */
function coordBefore (minor: 3 | 4): typeof COORD_PROTOCOL {
  const added: Record<number, string[]> = { 3: ['queuePushMany', 'queuePushedMany'], 4: ['queueSettleMany', 'queueSettledMany'] }
  const later = new Set(Object.entries(added).filter(([m]) => Number(m) >= minor).flatMap(([, kinds]) => kinds))
  return { ...COORD_PROTOCOL, minor: minor - 1, kinds: COORD_PROTOCOL.kinds.filter(k => !later.has(k)) }
}

describe('peers of two minor releases share one mesh', () => {
  let peers: Peer[] = []
  afterEach(async () => { await stopAll(peers); peers = [] })

  it('the next release leads, this one locks through it; the new kind is refused as unsupported', async () => {
    const mesh = freshMesh()
    const nextCoord = { ...COORD_PROTOCOL, minor: COORD_PROTOCOL.minor + 1, body: CoordBodyNext, kinds: [...COORD_PROTOCOL.kinds, 'lockHolders'] }
    const nextWire = meshWire(MESH_LAYERS.map(l => l.name === 'coord' ? nextCoord : l))
    const newer = await Peer.create(nodePlatform, { mesh, rank: 0, lease: IN_PROCESS_LEASE }, nextWire)
    const older = await createPeer({ mesh, rank: 1, lease: IN_PROCESS_LEASE, bootstrap: [newer.addrs[0]!] })
    peers = [newer, older]
    await waitFor('both name the newer peer leader', () => peers.every(p => p.leader?.id === newer.id))

    // this release's requests are served by the next release's lease holder, in FIFO order
    const first = await older.lock('L', { ttlMs: 5_000 })
    const second = newer.lock('L', { ttlMs: 5_000, waitMs: 10_000 })
    await waitFor('the newer peer queued behind', async () => (await older.inspect()).coord?.locks.find(l => l.name === 'L')?.queue.length === 1)
    await first.release()
    expect((await second).token).toBeGreaterThan(first.token)

    // the coord stream between them speaks 1.0, the version both have
    const newerParts = (newer as unknown as { parts: Parts }).parts
    const coordStreams = newerParts.node.getConnections().flatMap(c => c.streams.map(s => s.protocol)).filter(p => p?.includes('/coord/'))
    expect(coordStreams).toContain(`/accord/${mesh}/coord/1.${COORD_PROTOCOL.minor}.0`)
    expect(coordStreams).not.toContain(`/accord/${mesh}/coord/1.${COORD_PROTOCOL.minor + 1}.0`)

    // the new kind reaches the older peer and comes back as a typed refusal, counted there
    const olderId = newerParts.node.getPeers().find(p => p.toString() === older.id)!
    await expect(newerParts.coordRpc.request(olderId, { lockHolders: { name: 'L' } } as never)).rejects.toBeInstanceOf(UnsupportedError)
    expect(older.stats().rejected.byReason.unsupported).toBe(1)

    // documents flow both ways
    ;(await older.doc('d')).getMap('m').set('older', 1)
    ;(await newer.doc('d')).getMap('m').set('newer', 1)
    await waitFor('the document converges', async () => (await older.doc('d')).getMap('m').size === 2 && (await newer.doc('d')).getMap('m').size === 2)

    // a new kind over gossip: ignored (no penalty for the forwarder), counted; the topic keeps working
    await newerParts.gossip.publish(`/accord/${mesh}/doc/d`, { lockHolders: { name: 'L' } } as never)
    await waitFor('the gossiped new kind counted as unsupported', () => older.stats().rejected.byReason.unsupported === 2)
    ;(await newer.doc('d')).getMap('m').set('after', 1)
    await waitFor('later updates still arrive', async () => (await older.doc('d')).getMap('m').get('after') === 1)
  })
})

describe('peers of election 1.0 (whole states only) and 1.1 (changes) share one quorum', () => {
  let peers: Peer[] = []
  afterEach(async () => { await stopAll(peers); peers = [] })

  it('pushAll through a lease holder of coord 1.2 (before it): refused as unsupported, the client pushes the tasks one by one', async () => {
    const mesh = freshMesh()
    const prevCoord = coordBefore(3)
    const older = await Peer.create(nodePlatform, { mesh, rank: 0, lease: IN_PROCESS_LEASE }, meshWire(MESH_LAYERS.map(l => l.name === 'coord' ? prevCoord : l)))
    const newer = await createPeer({ mesh, rank: 1, lease: IN_PROCESS_LEASE, bootstrap: [older.addrs[0]!] })
    peers = [older, newer]
    await waitFor('both name the older peer leader', () => peers.every(p => p.leader?.id === older.id))
    const ids = await newer.queue<number>('q').pushAll([1, 2, 3].map(task => ({ task })))
    expect(ids).toHaveLength(3)
    expect(older.stats().rejected.byReason.unsupported).toBe(1)
    const job = (await older.queue<number>('q').take({ leaseMs: 5_000, waitMs: 1_000 }))!
    expect([job.id, job.task]).toEqual([ids[0], 1])
  })

  it('queue.process through a lease holder of coord 1.3: a settle of many refused as unsupported, each slot settles on its own', async () => {
    const mesh = freshMesh()
    const older = await Peer.create(nodePlatform, { mesh, rank: 0, lease: IN_PROCESS_LEASE }, meshWire(MESH_LAYERS.map(l => l.name === 'coord' ? coordBefore(4) : l)))
    const newer = await createPeer({ mesh, rank: 1, lease: IN_PROCESS_LEASE, bootstrap: [older.addrs[0]!] })
    peers = [older, newer]
    await waitFor('both name the older peer leader', () => peers.every(p => p.leader?.id === older.id))
    await newer.queue<number>('q').pushAll(Array.from({ length: 50 }, (_, task) => ({ task })))
    const ran: number[] = []
    const errors: unknown[] = []
    const run = newer.queue<number>('q').process(n => { ran.push(n); return n }, { concurrency: 8, onError: err => errors.push(err) })
    await waitFor('every task completed', async () => (await older.queue('q').inspect()).completed === 50, 15_000)
    await run.close()
    expect(errors).toEqual([])
    expect(older.stats().rejected.byReason.unsupported, 'the first turn\'s two requests (settles, takes) refused, then settled one by one').toBe(2)
    expect([...ran].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, n) => n))
  })

  it('a 1.1 leader sends the 1.0 voter whole states and the 1.1 voter changes; the 1.0 peer takes over on the state a 1.1 vote carried, and its whole states reach the 1.1 voter', async () => {
    const mesh = freshMesh()
    // (1.0 had the first six kinds; voters' changes came in 1.2)
    const prevElection = { ...ELECTION_PROTOCOL, minor: 0, body: ElectionBodyPrev, kinds: ELECTION_PROTOCOL.kinds.slice(0, 6) }
    const prevWire = meshWire(MESH_LAYERS.map(l => l.name === 'election' ? prevElection : l))
    const opts = { mesh, members: 3, lease: IN_PROCESS_LEASE }
    const a = await createPeer({ ...opts, rank: 0 })
    const old = await Peer.create(nodePlatform, { ...opts, rank: 1, bootstrap: [a.addrs[0]!] }, prevWire)
    const c = await createPeer({ ...opts, rank: 2, bootstrap: [a.addrs[0]!] })
    peers = [a, old, c]
    await waitFor('all name rank 0 leader', () => peers.every(p => p.leader?.id === a.id))

    const held = await c.lock('L', { ttlMs: 30_000 })
    const before = a.stats().replication
    const other = await c.lock('M', { ttlMs: 30_000 })
    await other.release()
    const after = a.stats().replication
    expect(after.whole - before.whole, 'whole states: one per commit, to the 1.0 voter').toBeGreaterThanOrEqual(2)
    expect(after.changes - before.changes, 'changes: one per commit, to the 1.1 voter').toBeGreaterThanOrEqual(2)

    // the 1.1 leader goes: the 1.0 peer leads on the state the 1.1 voter's vote carried whole
    await a.stop()
    peers = [old, c]
    await waitFor('the 1.0 peer leads', () => c.leader?.id === old.id && old.leader?.id === old.id, 15_000)
    expect((await c.inspect()).coord?.locks.find(l => l.name === 'L')?.holder?.token).toBe(held.token)
    // and replicates whole states to this release, which takes them
    const next = await c.lock('N', { ttlMs: 30_000 })
    expect(next.token).toBeGreaterThan(held.token)
    expect(held.valid(), 'the lock held across the failover is still renewed').toBe(true)
    await held.release()
    await waitFor('the 1.1 voter holds the 1.0 leader\'s state, release included', () => {
      const whole = joinRecords((c as unknown as { parts: Parts }).parts.elector.state().records)
      const locks = CoordState.decode(whole).locks
      return locks.some(l => l.name === 'N' && l.token === next.token) && !locks.some(l => l.name === 'L' && l.holder !== '')
    })
  })
})

describe('peers of docs 1.0 (no presence, its own catch-up) and of this release share documents', () => {
  let peers: Peer[] = []
  afterEach(async () => { await stopAll(peers); peers = [] })

  it('the 1.0 peer skips presence (counted as unsupported, nobody penalised), is caught up with and pushed to in its own messages, and the document converges both ways; the newer peers see each other\'s presence', async () => {
    const mesh = freshMesh()
    const prevDocs = { ...DOCS_PROTOCOL, minor: 0, body: DocsBodyPrev, kinds: DOCS_PROTOCOL.kinds.slice(0, 5) } // 1.0 had the first five kinds
    const prevWire = meshWire(MESH_LAYERS.map(l => l.name === 'docs' ? prevDocs : l))
    const a = await createPeer({ mesh, lease: IN_PROCESS_LEASE })
    const old = await Peer.create(nodePlatform, { mesh, lease: IN_PROCESS_LEASE, bootstrap: [a.addrs[0]!] }, prevWire)
    const c = await createPeer({ mesh, lease: IN_PROCESS_LEASE, bootstrap: [a.addrs[0]!] })
    peers = [a, old, c]
    const [awA, awC] = [await a.awareness('d'), await c.awareness('d')]
    const oldDoc = await old.doc('d')
    awA.setLocalState({ user: 'a' })
    awC.setLocalState({ user: 'c' })
    await waitFor('the newer peers see each other', () => awA.getStates().size === 2 && awC.getStates().size === 2, 10_000)
    await waitFor('the 1.0 peer skipped presence, counted as unsupported', () => (old.stats().rejected.byReason.unsupported ?? 0) > 0, 10_000)
    oldDoc.getMap('m').set('old', 1)
    ;(await a.doc('d')).getMap('m').set('a', 1)
    await waitFor('converged', async () => oldDoc.getMap('m').size === 2 && (await c.doc('d')).getMap('m').size === 2, 10_000)
    expect(old.stats().rejected.byReason.malformed ?? 0).toBe(0)
  })
})
