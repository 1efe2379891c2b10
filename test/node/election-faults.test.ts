import { afterEach, describe, expect, it } from 'vitest'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join as joinPath } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { lpStream } from '@libp2p/utils'
import { ENVELOPE_VERSION as WIRE_VERSION } from '../../src/net/codec.js'
import { Envelope, RpcFrame } from '../fixtures/wire-v1/wire.js'
import { createPeer, type Peer, type PeerOptions } from '../../src/index.node.js'
import { freshMesh, stopAll, waitFor } from './helpers.js'

async function join (mesh: string, rank: number, options: PeerOptions, bootstrap?: Peer): Promise<Peer> {
  return await createPeer({ ...options, mesh, rank, bootstrap: bootstrap != null ? [bootstrap.addrs[0]!] : [] })
}

const leaderOf = (peers: Peer[]): string | undefined => {
  const ids = peers.map(p => p.leader?.id)
  return ids.every(id => id != null && id === ids[0]) ? ids[0] : undefined
}

async function partition (a: Peer[], b: Peer[]): Promise<void> {
  await Promise.all(a.flatMap(x => b.map(async y => { await x.network.block(y.id); await y.network.block(x.id) })))
}

function heal (a: Peer[], b: Peer[]): void {
  for (const x of a) for (const y of b) { x.network.unblock(y.id); y.network.unblock(x.id) }
}

/** Asks `target` for a (real) vote in `epoch` as `from` would, over a raw election stream; returns 'granted' or the refusal. */
async function askVote (from: Peer, target: Peer, epoch: bigint): Promise<string> {
  const lp = lpStream(await from.node.dialProtocol(target.peerId, `/accord/${from.mesh}/election/1.0.0`))
  await lp.write(RpcFrame.encode({ id: 1n, body: { version: WIRE_VERSION, sender: from.peerId.toMultihash().bytes, voteRequest: { epoch, hasRank: false, rank: 0n, pre: false } } as Envelope }))
  const reply = RpcFrame.decode((await lp.read()).subarray())
  return reply.body?.voteReply?.granted === true ? 'granted' : reply.body?.voteReply?.reason ?? reply.errorMessage
}

describe('election and locks under partitions, joins and forged claims', () => {
  let peers: Peer[] = []
  afterEach(async () => { await stopAll(peers); peers = [] })

  it('quorum mode, 5 peers split 2|3: the 2-side never grants, the 3-side goes on; after heal one leader, one lock table', async () => {
    const mesh = freshMesh()
    const opts: PeerOptions = { members: 5 }
    const first = await join(mesh, 0, opts)
    peers = [first, ...await Promise.all([1, 2, 3, 4].map(async r => await join(mesh, r, opts, first)))]
    await waitFor('full mesh', () => peers.every(p => p.network.connections().length === 4))
    await waitFor('rank 0 leads', () => leaderOf(peers) === first.id)
    const before = await peers[3]!.lock('shared', { ttlMs: 2_000 })
    await before.release()

    const minority = peers.slice(0, 2); const majority = peers.slice(2)
    await partition(minority, majority)
    // the old leader cannot renew with a majority: it stops acting within a lease TTL
    await waitFor('old leader steps down', () => !first.isLeader, 2_000)
    await waitFor('rank 2 leads the majority', () => leaderOf(majority) === peers[2]!.id, 10_000)
    expect(peers[2]!.leader!.epoch).toBeGreaterThan(0)
    const majorityLock = await peers[3]!.lock('shared', { ttlMs: 30_000 })
    expect(majorityLock.token).toBeGreaterThan(before.token)

    // the minority side never grants: not to a new lock, not to the one the majority holds
    await expect(peers[1]!.lock('other', { waitMs: 1_500 })).rejects.toMatchObject({ code: 'ERR_LOCK_TIMEOUT' })
    await expect(first.lock('shared', { waitMs: 500 })).rejects.toMatchObject({ code: 'ERR_LOCK_TIMEOUT' })
    expect(minority.some(p => p.isLeader)).toBe(false)

    heal(minority, majority)
    await waitFor('one leader for all five', () => leaderOf(peers) === peers[2]!.id, 15_000)
    expect(peers.filter(p => p.isLeader).length).toBe(1)
    // one lock table: the majority's holder still holds 'shared'
    const waiting = first.lock('shared', { waitMs: 10_000 })
    await new Promise(resolve => setTimeout(resolve, 300))
    await majorityLock.release()
    const after = await waiting
    expect(after.token).toBeGreaterThan(majorityLock.token)
  })

  it('a later-joining lower rank does not pre-empt by default; with preempt: true it takes over cleanly', async () => {
    const mesh = freshMesh()
    const opts: PeerOptions = {}
    const p2 = await join(mesh, 2, opts)
    const p3 = await join(mesh, 3, opts, p2)
    peers = [p2, p3]
    await waitFor('rank 2 leads', () => leaderOf(peers) === p2.id)
    const held = await p3.lock('model', { ttlMs: 30_000 })

    const p1 = await join(mesh, 1, opts, p2)
    peers.push(p1)
    await waitFor('p1 sees the leader', () => p1.leader?.id === p2.id)
    await new Promise(resolve => setTimeout(resolve, 1_000))
    expect(leaderOf(peers)).toBe(p2.id) // stability: no pre-emption
    const epoch = p2.leader!.epoch

    const p0 = await join(mesh, 0, { preempt: true }, p2)
    peers.push(p0)
    await waitFor('p0 takes over', () => leaderOf(peers) === p0.id, 10_000)
    expect(p0.leader!.epoch).toBeGreaterThan(epoch)
    expect(p2.isLeader).toBe(false)
    // the lock table came along: p3 still holds 'model', others wait, tokens keep rising
    await expect(p1.lock('model', { waitMs: 300 })).rejects.toMatchObject({ code: 'ERR_LOCK_TIMEOUT' })
    await held.release()
    const next = await p1.lock('model', { waitMs: 5_000 })
    expect(next.token).toBeGreaterThan(held.token)
  })

  it('forged leader claims are ignored: another sender, or an old epoch', async () => {
    const mesh = freshMesh()
    const first = await join(mesh, 0, { members: 3 })
    peers = [first, ...await Promise.all([1, 2].map(async r => await join(mesh, r, { members: 3 }, first)))]
    await waitFor('rank 0 leads', () => leaderOf(peers) === first.id)
    const epoch = first.leader!.epoch
    const attacker = await join(mesh, 9, { candidate: false }, first)
    peers.push(attacker)
    await waitFor('attacker subscribed', () => attacker.node.services.pubsub.getSubscribers(`/accord/${mesh}/control`).length >= 3)
    const topic = `/accord/${mesh}/control`
    const heartbeat = { hasRank: true, rank: 0n, candidate: true, leading: true, capabilities: [], addrs: [], preempt: false, members: 3 }
    // 1. claims to be the leader's peer id, with a newer epoch: signer != claimed sender
    await attacker.node.services.pubsub.publish(topic, Envelope.encode({ version: WIRE_VERSION, sender: peers[1]!.peerId.toMultihash().bytes, heartbeat: { ...heartbeat, epoch: BigInt(epoch + 5) } }))
    // 2. its own id, claiming to lead an old epoch
    await attacker.node.services.pubsub.publish(topic, Envelope.encode({ version: WIRE_VERSION, sender: attacker.peerId.toMultihash().bytes, heartbeat: { ...heartbeat, epoch: BigInt(epoch - 1) } }))
    await waitFor('forgery counted', () => peers.slice(0, 3).every(p => (p.stats().rejected.byReason.sender ?? 0) >= 1))
    await new Promise(resolve => setTimeout(resolve, 500))
    for (const p of peers.slice(0, 3)) expect(p.leader?.id).toBe(first.id)
    expect(peers.slice(0, 3).every(p => p.leader?.epoch === epoch)).toBe(true)
    const l = await peers[2]!.lock('x', { waitMs: 2_000 })
    expect(l.token >> 32n).toBe(BigInt(epoch))
  })

  it('a voter that restarts without durable storage refuses to vote for a quiet period (it cannot know its past votes)', async () => {
    const mesh = freshMesh()
    const key = await generateKeyPair('Ed25519')
    const lease = { ttlMs: 500, heartbeatMs: 100 } // a short quiet period (2 x TTL) keeps the test short
    const asker = await join(mesh, 5, { members: 3, candidate: false, lease })
    const voter = await createPeer({ mesh, rank: 1, members: 3, candidate: false, privateKey: key, lease, bootstrap: [asker.addrs[0]!] })
    peers = [asker, voter]
    await waitFor('voter sees the asker as a voter', () => voter.members.length === 2)
    await voter.stop()
    // same identity, memory storage: everything it voted is forgotten
    const again = await createPeer({ mesh, rank: 1, members: 3, candidate: false, privateKey: key, lease, bootstrap: [asker.addrs[0]!] })
    peers.push(again)
    await waitFor('restarted voter sees the asker', () => again.members.length === 2)
    expect(await askVote(asker, again, 7n)).toMatch(/quiet period/)
    await new Promise(resolve => setTimeout(resolve, 1_100)) // 2 x lease TTL (500 ms)
    expect(await askVote(asker, again, 7n)).toBe('granted')
  })

  it('a voter that just started grants no vote until it has listened one heartbeat period: it may not yet have heard a lower rank it links to', async () => {
    const mesh = freshMesh()
    // members beat every 2 s: the voter listens 2.1 s, far longer than one request takes
    const lease = { ttlMs: 500, heartbeatMs: 100, memberHeartbeatMs: 2_000 }
    const asker = await join(mesh, 5, { candidate: false, lease })
    const dir = await mkdtemp(joinPath(tmpdir(), 'accord-vote-')) // durable: no quiet period for forgotten votes
    const voter = await createPeer({ mesh, rank: 1, candidate: false, lease, storage: dir, bootstrap: [asker.addrs[0]!] })
    peers = [asker, voter]
    await waitFor('the voter linked to the asker', () => asker.node.getConnections(voter.peerId).length > 0)
    expect(await askVote(asker, voter, 3n)).toMatch(/listening/)
    await new Promise(resolve => setTimeout(resolve, 2_200))
    expect(await askVote(asker, voter, 3n)).toBe('granted')
    await stopAll(peers)
    peers = []
    await rm(dir, { recursive: true, force: true })
  })

  it('a voter with durable storage remembers its vote across a restart: one vote per epoch', async () => {
    const mesh = freshMesh()
    const dir = await mkdtemp(joinPath(tmpdir(), 'accord-vote-'))
    const key = await generateKeyPair('Ed25519')
    const first = await join(mesh, 5, { members: 3, candidate: false })
    const second = await join(mesh, 6, { members: 3, candidate: false }, first)
    const voter = await createPeer({ mesh, rank: 1, members: 3, candidate: false, privateKey: key, storage: dir, bootstrap: [first.addrs[0]!] })
    peers = [first, second, voter]
    await waitFor('voter sees both', () => voter.members.length === 3)
    await new Promise(resolve => setTimeout(resolve, 800)) // past its listening period (a member heartbeat and a lease heartbeat)
    expect(await askVote(first, voter, 9n)).toBe('granted')
    await voter.stop()
    const again = await createPeer({ mesh, rank: 1, members: 3, candidate: false, privateKey: key, storage: dir, bootstrap: [first.addrs[0]!] })
    peers.push(again)
    await waitFor('restarted voter sees both', () => again.members.length === 3)
    await new Promise(resolve => setTimeout(resolve, 600)) // past its promise to the first candidate
    expect(await askVote(second, again, 9n)).toMatch(/already voted in epoch 9/)
    await rm(dir, { recursive: true, force: true })
  })
})
