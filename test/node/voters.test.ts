import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { afterEach, describe, expect, it } from 'vitest'
import { createPeer, InvalidArgumentError, storedPeerId, type Peer } from '../../src/index.node.js'
import type { Parts } from '../../src/assemble.js'
import { ENVELOPE_VERSION as WIRE_VERSION } from '../../src/net/codec.js'
import { Envelope } from '../fixtures/wire-v1/wire.js'
import { freshMesh, IN_PROCESS_LEASE, sleep, stopAll, TempDirs, waitFor } from './helpers.js'

/**
 * Issue 13, voters by identity: a peer's id is kept in its storage directory, and a
 * cluster's voters can be named by id, so that a peer outside the list never votes or
 * leads, however it is started.
 */

let peers: Peer[] = []
const temp = new TempDirs('accord-voter-')
afterEach(async () => {
  await stopAll(peers)
  peers = []
  await temp.removeAll()
})

async function dir (): Promise<string> {
  return await temp.make()
}

describe('a stable identity', () => {
  it('a peer restarted on its storage directory keeps its id, which `storedPeerId` gives before it ever starts; memory storage or keepIdentity: false get a new one', async () => {
    const d = await dir()
    const before = await storedPeerId(d)
    const mesh = freshMesh()
    const first = await createPeer({ mesh, storage: d, lease: IN_PROCESS_LEASE })
    expect(first.id).toBe(before)
    await first.stop()
    const again = await createPeer({ mesh, storage: d, lease: IN_PROCESS_LEASE })
    peers.push(again)
    expect(again.id).toBe(before)
    const elsewhere = await createPeer({ mesh, storage: await dir(), keepIdentity: false, lease: IN_PROCESS_LEASE })
    peers.push(elsewhere)
    expect(elsewhere.id).not.toBe(before)
    const inMemory = await createPeer({ mesh, lease: IN_PROCESS_LEASE })
    peers.push(inMemory)
    expect(inMemory.id).not.toBe(before)
  })
})

/** Three voters named by id, on storage directories, ranks 1–3, once they agree that rank 1 (`a`) leads. */
async function threeVoters (): Promise<{ mesh: string, voters: string[], a: Peer, b: Peer, c: Peer }> {
  const mesh = freshMesh()
  const dirs = [await dir(), await dir(), await dir()]
  const voters = await Promise.all(dirs.map(async d => await storedPeerId(d)))
  const opts = { mesh, voters, lease: IN_PROCESS_LEASE }
  const a = await createPeer({ ...opts, storage: dirs[0], rank: 1 })
  const b = await createPeer({ ...opts, storage: dirs[1], rank: 2, bootstrap: [a.addrs[0]!] })
  const c = await createPeer({ ...opts, storage: dirs[2], rank: 3, bootstrap: [a.addrs[0]!] })
  peers.push(a, b, c)
  await waitFor('the voters agree on rank 1', () => [a, b, c].every(p => p.leader?.id === a.id))
  return { mesh, voters, a, b, c }
}

describe('voters named by peer id', () => {
  it('refuses a voter list that is not one: not peer ids, duplicates, or a members count that disagrees', async () => {
    const id = await storedPeerId(await dir())
    await expect(createPeer({ voters: ['not-an-id'] })).rejects.toBeInstanceOf(InvalidArgumentError)
    await expect(createPeer({ voters: [id, id] })).rejects.toBeInstanceOf(InvalidArgumentError)
    await expect(createPeer({ voters: [id], members: 3 })).rejects.toBeInstanceOf(InvalidArgumentError)
  })

  it('only the named voters vote and lead: an outsider that lists itself (same cluster size, rank 0, pre-empting) is never asked, never counted, never leads — and still locks as a client', async () => {
    const { mesh, voters, a, b, c } = await threeVoters()

    // the outsider: the lowest rank, pre-empting, and a list of three voters with itself in
    // place of c (so its heartbeats claim the same cluster size: with `members: 3` alone,
    // that made any peer a voter)
    const key = await generateKeyPair('Ed25519')
    const outsiderId = peerIdFromPrivateKey(key).toString()
    const outsider = await createPeer({ mesh, privateKey: key, voters: [voters[0]!, voters[1]!, outsiderId], rank: 0, preempt: true, lease: IN_PROCESS_LEASE, bootstrap: [a.addrs[0]!] })
    peers.push(outsider)
    await waitFor('the outsider sees the voters\' leader', () => outsider.leader?.id === a.id)
    const epoch = a.leader!.epoch
    for (let t = 0; t < 20; t++) {
      await sleep(100)
      expect(outsider.isLeader, 'the outsider leads').toBe(false)
      expect(a.leader?.id, 'the voters\' leader changed').toBe(a.id)
    }
    expect(a.leader?.epoch, 'an election happened').toBe(epoch)
    // a client it is: its lock goes through the voters' leader
    const lock = await outsider.lock('L', { ttlMs: 5_000 })
    await lock.release()

    // it forges what its code would never send: a signed heartbeat of its own, claiming to
    // lead a newer epoch, on the voters' topic: the voters' leader does not step down for it
    const gossip = (outsider as unknown as { parts: Parts }).parts.gossip
    const claim = { hasRank: true, rank: 0n, candidate: true, epoch: BigInt(epoch + 5), leading: true, capabilities: [], addrs: [], preempt: false, members: 3, intervalMs: 200, seen: 0, leaving: false }
    for (let i = 0; i < 5; i++) { await gossip.publish(`/accord/${mesh}/control`, { heartbeat: claim }); await sleep(100) }
    await sleep(500)
    expect([a.isLeader, a.leader?.epoch], 'the leader stepped down for a non-voter\'s claim').toEqual([true, epoch])
    expect([b.leader?.id, c.leader?.id]).toEqual([a.id, a.id])

    // two voters gone: the third alone is no majority, and the outsider's vote does not make one
    await a.stop()
    await b.stop()
    peers = [c, outsider]
    for (let t = 0; t < 30; t++) {
      await sleep(100)
      expect([c.isLeader, outsider.isLeader], 'a leader without a majority of the named voters').toEqual([false, false])
    }
  })

  it('a member outside the voters that beats a huge epoch does not move the voters\' next one (their campaigns start above the epochs voters name)', async () => {
    const { mesh, a, b, c } = await threeVoters()
    const outsider = await createPeer({ mesh, lease: IN_PROCESS_LEASE, bootstrap: [a.addrs[0]!] }) // open mode: it beats on the control topic
    peers.push(outsider)
    const epoch = a.leader!.epoch
    // the outsider's own, validly signed heartbeats, naming an epoch near 2^53 (where a
    // campaign's epoch + 1 would be the same number)
    const huge = 2n ** 52n
    const heartbeat = { hasRank: true, rank: 0n, candidate: true, leading: false, epoch: huge, capabilities: [], addrs: [], preempt: false, members: 0 }
    const pubsub = (outsider as unknown as { parts: Parts }).parts.node.services.pubsub
    await waitFor('the voters subscribed', () => pubsub.getSubscribers(`/accord/${mesh}/control`).length >= 3)
    for (let t = 0; t < 5; t++) {
      await pubsub.publish(`/accord/${mesh}/control`, Envelope.encode({ version: WIRE_VERSION, sender: outsider.peerId.toMultihash().bytes, heartbeat }))
      await sleep(100)
    }
    await a.stop()
    peers = [b, c, outsider]
    await waitFor('a new leader among the voters left', () => b.leader != null && b.leader.id !== a.id && c.leader?.id === b.leader.id, 20_000)
    expect(b.leader!.epoch).toBeGreaterThan(epoch)
    expect(b.leader!.epoch).toBeLessThan(epoch + 10)
    const lock = await c.lock('x', { waitMs: 5_000 })
    expect(lock.token >> 32n).toBe(BigInt(b.leader!.epoch))
  })
})

describe('a fleet\'s client', () => {
  it('gossips no heartbeats and hears none: the voter it attends names the leader, another does once that one stops, and the leader lists the client', async () => {
    const mesh = freshMesh()
    const dirs = [await dir(), await dir(), await dir()]
    const voters = await Promise.all(dirs.map(async d => await storedPeerId(d)))
    const opts = { mesh, voters, lease: IN_PROCESS_LEASE, tuning: { attendHoldMs: 1_000 } }
    const a = await createPeer({ ...opts, storage: dirs[0], rank: 0 })
    const b = await createPeer({ ...opts, storage: dirs[1], rank: 1, bootstrap: [a.addrs[0]!] })
    const c = await createPeer({ ...opts, storage: dirs[2], rank: 2, bootstrap: [a.addrs[0]!] })
    const client = await createPeer({ ...opts, bootstrap: [a.addrs[0]!, b.addrs[0]!, c.addrs[0]!] })
    peers.push(a, b, c, client)
    await waitFor('the client names the voters\' leader', () => client.leader?.id === a.id && [b, c].every(p => p.leader?.id === a.id))
    const parts = (client as unknown as { parts: Parts }).parts
    expect(parts.node.services.pubsub.getTopics().filter(t => t.includes('/control')), 'the client listens to the voters\' heartbeats').toEqual([])
    await waitFor('the leader lists the client', () => a.members.some(m => m.id === client.id))
    // it attends a follower (it left the leader, if it picked it before the election)
    await waitFor('the client attends a follower', () => [b.id, c.id].includes(parts.attendant?.attending ?? ''))
    const attended = [b, c].find(p => p.id === parts.attendant?.attending)!
    await attended.stop()
    peers = peers.filter(p => p !== attended)
    await waitFor('the client attends another voter', () => [a.id, b.id, c.id].filter(id => id !== attended.id).includes(parts.attendant?.attending ?? ''))
    expect(client.leader?.id).toBe(a.id)
    const lock = await client.lock('L', { ttlMs: 5_000, waitMs: 5_000 })
    await lock.release()
  })
})
