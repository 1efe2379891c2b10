import { afterEach, describe, expect, it } from 'vitest'
import { topics } from '../../src/net/topics.js'
import { meshWire, MESH_LAYERS } from '../../src/protocols.js'
import { createPeer, Peer } from '../../src/index.node.js'
import { nodePlatform } from '../../src/platform.node.js'
import { NET_LAYER } from '../../src/net/codec.js'
import { freshMesh, sleep, stopAll, waitFor } from './helpers.js'
import type { Parts } from '../../src/assemble.js'

const partsOf = (p: Peer): Parts => (p as unknown as { parts: Parts }).parts
const published = (p: Peer): { all: number, direct: number } => ({ all: p.stats().gossip.published, direct: p.stats().gossip.direct })

/**
 * In a small mesh where every peer links to every other, heartbeats and digests go straight
 * to each subscriber (net/direct-gossip.ts). The judge is the peers' membership: every peer
 * must keep seeing every other live, whether messages go straight or by gossip — also
 * a peer that joined through one other only, and a peer of an older release (no `direct`
 * stream), which only gossip reaches.
 */
describe('gossip straight to the subscribers of a small mesh', () => {
  let peers: Peer[] = []
  afterEach(async () => { await stopAll(peers); peers = [] })

  const everyoneSeesEveryone = (): boolean => peers.every(p => partsOf(p).membership.live().length === peers.length - 1)

  /** Four peers, three of which know only the first, once every one links to, sees and gossips with every other. */
  async function fourLinked (): Promise<void> {
    const mesh = freshMesh()
    const first = await createPeer({ mesh })
    // the others know only the first: they must learn of each other (their heartbeats
    // travel by gossip until every link has told its view of the mesh)
    const rest = await Promise.all([1, 2, 3].map(async () => await createPeer({ mesh, bootstrap: [first.addrs[0]!] })))
    peers = [first, ...rest]
    await waitFor('everyone linked to everyone', () => peers.every(p => p.network.connections().length === peers.length - 1), 20_000)
    await waitFor('everyone sees everyone', everyoneSeesEveryone, 10_000)
    // and gossip runs on every link (a link counts for "straight to each" only then: assemble.ts)
    await waitFor('every link carries gossip', () => peers.every(p => p.node.services.pubsub.getSubscribers(topics.route(mesh)).length === peers.length - 1), 10_000)
  }

  /** Each peer publishes at least `least` heartbeats in `ms`, every one of them straight. */
  async function allStraight (ms: number, least: number): Promise<void> {
    const before = peers.map(published)
    await sleep(ms)
    for (const [i, p] of peers.entries()) {
      const all = published(p).all - before[i]!.all
      const direct = published(p).direct - before[i]!.direct
      expect(all, `peer ${i} published heartbeats`).toBeGreaterThanOrEqual(least)
      expect(direct, `peer ${i}: all ${all} of them went straight`).toBe(all)
    }
  }

  it('heartbeats go straight once everyone is linked, including a peer that joined through one other', async () => {
    await fourLinked()
    await allStraight(2_000, 3)
  })

  it('a peer that stops says so: the others drop it at once, and their heartbeats go straight again within a second', async () => {
    await fourLinked()
    const leaving = peers.pop()!
    const t0 = performance.now()
    await leaving.stop()
    // its silence would be suspected after 1.5 s at the earliest, and until then the others
    // counted it in the mesh's size and sent everything by gossip
    await waitFor('the others drop it', () => peers.every(p => !partsOf(p).membership.isLive(leaving.id)), 1_000)
    expect(performance.now() - t0).toBeLessThan(1_500)
    await sleep(300)
    await allStraight(1_500, 2)
  })

  it('with a peer of a release before `direct` in the mesh, the others gossip to it, and everyone sees everyone', async () => {
    const mesh = freshMesh()
    const olderWire = meshWire([...MESH_LAYERS, { ...NET_LAYER, minor: 0, kinds: NET_LAYER.kinds.filter(k => k !== 'direct') }])
    const older = await Peer.create(nodePlatform, { mesh }, olderWire)
    const rest = await Promise.all([1, 2].map(async () => await createPeer({ mesh, bootstrap: [older.addrs[0]!] })))
    peers = [older, ...rest]
    await waitFor('everyone sees everyone', everyoneSeesEveryone, 20_000)
    const before = peers.map(published)
    await sleep(3_000) // twice the silence after which a member is suspected
    expect(everyoneSeesEveryone(), 'every peer still sees every other live').toBe(true)
    expect(peers.map((p, i) => published(p).direct - before[i]!.direct), 'nothing straight on a topic the older peer listens to').toEqual([0, 0, 0])
    expect(peers.every((p, i) => published(p).all - before[i]!.all >= 4)).toBe(true)
  })

  it('a direct notice is checked as gossip is: a forged author is refused and counted, and changes nothing', async () => {
    const mesh = freshMesh()
    const victim = await createPeer({ mesh })
    const attacker = await createPeer({ mesh, bootstrap: [victim.addrs[0]!] })
    peers = [victim, attacker]
    await waitFor('both see each other', everyoneSeesEveryone, 10_000)
    const a = partsOf(attacker)
    const victimId = a.node.getPeers().find(p => p.toString() === victim.id)!
    const rejected = victim.stats().rejected.total
    // a heartbeat in the name of the victim itself, sent over the attacker's own stream
    const forged = meshWire().encode(victimId, { heartbeat: { hasRank: true, rank: 0n, candidate: true, epoch: 99n, leading: true, capabilities: [], addrs: [], preempt: false, members: 0, intervalMs: 500, seen: 2, leaving: false } })
    await a.gossipRpc!.notify(victimId, { direct: { topic: topics.control(victim.mesh), body: forged } })
    await waitFor('the forgery is counted', () => victim.stats().rejected.total > rejected)
    expect(victim.stats().rejected.byReason.sender).toBeGreaterThanOrEqual(1)
    expect(victim.leader?.epoch ?? 0).toBeLessThan(99)
  })

  it('a farewell in another peer\'s name is refused and counted: that peer stays a member', async () => {
    const mesh = freshMesh()
    const victim = await createPeer({ mesh })
    const attacker = await createPeer({ mesh, bootstrap: [victim.addrs[0]!] })
    const third = await createPeer({ mesh, bootstrap: [victim.addrs[0]!] })
    peers = [victim, attacker, third]
    await waitFor('everyone sees everyone', everyoneSeesEveryone, 10_000)
    const a = partsOf(attacker)
    const victimId = a.node.getPeers().find(p => p.toString() === victim.id)!
    const thirdId = partsOf(victim).node.getPeers().find(p => p.toString() === third.id)!
    const rejected = victim.stats().rejected.byReason.sender ?? 0
    const farewellOf = (author: typeof thirdId): Uint8Array => meshWire().encode(author, { heartbeat: { hasRank: false, rank: 0n, candidate: true, epoch: 0n, leading: false, capabilities: [], addrs: [], preempt: false, members: 0, intervalMs: 500, seen: 3, leaving: true } })
    const farewell = farewellOf(thirdId)
    await a.gossipRpc!.notify(victimId, { direct: { topic: topics.control(victim.mesh), body: farewell } })
    await waitFor('the forgery is counted', () => (victim.stats().rejected.byReason.sender ?? 0) > rejected)
    await sleep(300)
    expect(partsOf(victim).membership.isLive(third.id), 'the third peer is still a member').toBe(true)
    // the same farewell in the attacker's own name is taken: the attacker leaves at once
    await a.gossipRpc!.notify(victimId, { direct: { topic: topics.control(victim.mesh), body: farewellOf(a.node.peerId) } })
    await waitFor('the attacker dropped', () => !partsOf(victim).membership.isLive(attacker.id), 1_000)
  })
})

