import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { describe, expect, it } from 'vitest'
import { DIRECT_MAX_PEERS, DocHolders } from '../../src/docs/holders.js'
import { encodeTags, Reached } from '../../src/docs/reached.js'
import type { PeerId } from '@libp2p/interface'

const peer = async (): Promise<PeerId> => peerIdFromPrivateKey(await generateKeyPair('Ed25519'))
const peers = async (n: number): Promise<PeerId[]> => await Promise.all(Array.from({ length: n }, peer))
const ids = (list: readonly PeerId[]): string[] => list.map(String).sort()

/** A document's holders over links and gossip the test sets by hand. */
function setup (self: PeerId): { holders: DocHolders, net: { subscribers: PeerId[], connected: readonly PeerId[], counted: readonly PeerId[] | undefined, meshSize: number } } {
  const net = { subscribers: [] as PeerId[], connected: [] as readonly PeerId[], counted: undefined as readonly PeerId[] | undefined, meshSize: 0 }
  const gossip = { subscribers: () => [...net.subscribers] }
  const holders = new DocHolders(self, 'topic', gossip, { connected: () => net.connected, counted: () => net.counted ?? net.connected, meshSize: () => net.meshSize })
  return { holders, net }
}

/** `self` linked to `connected`, each of `told` having told it that it holds the document. */
function linkedTo (self: PeerId, connected: PeerId[], told: PeerId[] = connected): ReturnType<typeof setup> {
  const s = setup(self)
  s.net.connected = Object.freeze(connected)
  for (const p of told) s.holders.add(p)
  return s
}

describe("a document's holders (who to reach with an update)", () => {
  it('knows the peers that told it and gossip subscribers, once each, and links to those connected', async () => {
    const [self, a, b, c, d] = await peers(5)
    const { holders, net } = setup(self!)
    net.connected = Object.freeze([a!, b!, d!])
    net.subscribers = [b!, c!]
    expect(holders.add(a!)).toBe(true)
    expect(holders.add(b!)).toBe(true)
    expect(holders.add(a!)).toBe(false)
    expect(ids(holders.known())).toEqual(ids([a!, b!, c!]))
    expect(ids(holders.linked())).toEqual(ids([a!, b!])) // c is not connected, d holds nothing
    expect(holders.has(a!)).toBe(true)
    holders.delete(a!)
    expect(holders.has(a!)).toBe(false)
    expect(ids(holders.known())).toEqual(ids([b!, c!]))
  })

  it('reaches holders straight when linked to the whole mesh, listing itself and them; else by gossip too', async () => {
    const [self, a, b, c] = await peers(4)
    const { holders, net } = linkedTo(self!, [a!, b!])
    net.meshSize = 3 // self, a, b
    const straight = holders.reach()
    expect(straight.gossip).toBe(false)
    expect(ids(straight.direct)).toEqual(ids([a!, b!]))
    const listed = Reached.fromMessage(straight.tags, [])
    expect([self!, a!, b!, c!].map(p => listed.has(p))).toEqual([true, true, true, false])
    // a link gossip does not run on yet counts when the peer on it told us it holds the document
    net.counted = []
    expect(holders.reach().gossip).toBe(false)
    net.counted = undefined

    net.meshSize = 4 // a member it does not link to: gossip, and straight to the holders gossip does not list
    net.subscribers = [a!]
    const both = holders.reach()
    expect(both.gossip).toBe(true)
    expect(ids(both.direct)).toEqual(ids([b!]))
  })

  it('reaches the holders it links to straight, listing them, when the receivers pass it on, though it does not link to every member', async () => {
    const [self, a, b, c] = await peers(4)
    const { holders, net } = linkedTo(self!, [a!, b!], [a!, b!, c!]) // c told us, but is not linked: a or b passes it on
    net.meshSize = 6 // members it has not even heard of
    const passedOn = holders.reach(true)
    expect(passedOn.gossip).toBe(false)
    expect(ids(passedOn.direct)).toEqual(ids([a!, b!]))
    const listed = Reached.fromMessage(passedOn.tags, [])
    expect([self!, a!, b!, c!].map(p => listed.has(p))).toEqual([true, true, true, false])
    expect(holders.reach().gossip).toBe(true) // presence is never passed on: gossip carries the author's signature
    net.connected = Object.freeze([])
    expect(holders.reach(true).gossip).toBe(true) // linked to no holder: gossip is all there is
  })

  it('goes by gossip past DIRECT_MAX_PEERS holders', async () => {
    const [self, ...others] = await peers(DIRECT_MAX_PEERS + 2)
    const { holders, net } = linkedTo(self!, others)
    net.meshSize = others.length + 1
    expect(holders.reach().gossip).toBe(true)
    expect(holders.reach(true).gossip).toBe(true)
  })

  it('says whether a push reached every holder it knows, its sender aside', async () => {
    const [self, a, b, c] = await peers(4)
    const { holders } = linkedTo(self!, [a!, b!, c!])
    expect(holders.allReached(Reached.fromMessage(encodeTags([a!, self!, b!]), []), c!)).toBe(true) // c sent it
    expect(holders.allReached(Reached.fromMessage(encodeTags([a!, self!]), []), c!)).toBe(false) // b was not reached
  })
})
