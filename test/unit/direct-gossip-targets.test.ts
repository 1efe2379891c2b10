import { describe, expect, it } from 'vitest'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { DirectGossip } from '../../src/net/direct-gossip.js'
import type { RpcService } from '../../src/net/rpc.js'
import type { Libp2p, PeerId } from '@libp2p/interface'

const PROTOCOL = '/accord/test/gossip/1.0.0'
const TOPIC = '/accord/test/control'

async function peerIds (n: number): Promise<PeerId[]> {
  return await Promise.all(Array.from({ length: n }, async () => peerIdFromPrivateKey(await generateKeyPair('Ed25519'))))
}

/**
 * A DirectGossip over a node whose links are `connected`, of which gossip has heard
 * `gossipHeard`; our `direct` streams are open to `streams`. Every peer speaks `direct`.
 */
function directGossip (opts: { connected: PeerId[], gossipHeard: PeerId[], streams: PeerId[], meshSize: number }): { direct: DirectGossip, node: EventTarget } {
  const node = new EventTarget() as EventTarget & Partial<Libp2p>
  Object.assign(node, { getConnections: () => [], peerStore: { get: async () => { throw new Error('none') } } })
  const rpc = { isOpenTo: (p: PeerId) => opts.streams.some(s => s.equals(p)), prepare: () => {} } as unknown as RpcService
  const direct = new DirectGossip(node as unknown as Libp2p, rpc, [PROTOCOL], {
    linked: () => opts.gossipHeard,
    connected: () => opts.connected,
    meshSize: links => links.length >= opts.connected.length ? opts.meshSize : Number.POSITIVE_INFINITY
  })
  for (const p of opts.connected) node.dispatchEvent(new CustomEvent('peer:identify', { detail: { peerId: p, protocols: [PROTOCOL] } }))
  return { direct, node }
}

const ids = (peers: PeerId[] | undefined): string[] | undefined => peers?.map(String).sort()

describe('DirectGossip.targets', () => {
  it('before gossip has heard the links: straight on a topic everyone publishes on, to the peers heard on it, over links that carry our streams', async () => {
    const [a, b, c] = await peerIds(3)
    const { direct } = directGossip({ connected: [a!, b!, c!], gossipHeard: [a!], streams: [b!, c!], meshSize: 4 })
    direct.heard(TOPIC, b!, false) // by gossip (forwarded, maybe): b subscribes, but proves no link
    direct.heard(TOPIC, c!, false)
    expect(ids(direct.targets(TOPIC, [a!], true))).toEqual(ids([a!, b!, c!]))
    // another topic, or one where not every subscriber publishes: gossip, as before
    expect(direct.targets(TOPIC, [a!], false)).toBeUndefined()
  })

  it('a link counts once it carried a notice of the peer\'s own; its disconnect undoes that', async () => {
    const [a, b] = await peerIds(2)
    const { direct, node } = directGossip({ connected: [a!, b!], gossipHeard: [a!], streams: [], meshSize: 3 })
    expect(direct.targets(TOPIC, [a!], true), 'b\'s link not known to carry streams').toBeUndefined()
    direct.heard(TOPIC, b!, true) // a notice straight from b
    expect(ids(direct.targets(TOPIC, [a!], true))).toEqual(ids([a!, b!]))
    node.dispatchEvent(new CustomEvent('peer:disconnect', { detail: b }))
    expect(direct.targets(TOPIC, [a!], true)).toBeUndefined()
  })

  it('gossip when a peer heard on the topic is not linked to us, or the mesh is bigger than our links', async () => {
    const [a, b, far] = await peerIds(3)
    const linked = directGossip({ connected: [a!, b!], gossipHeard: [a!, b!], streams: [], meshSize: 3 })
    expect(ids(linked.direct.targets(TOPIC, [a!, b!], true))).toEqual(ids([a!, b!]))
    linked.direct.heard(TOPIC, far!, false) // a member we do not link to: only gossip reaches it
    expect(linked.direct.targets(TOPIC, [a!, b!], true)).toBeUndefined()
    linked.direct.left(far!, TOPIC)
    expect(ids(linked.direct.targets(TOPIC, [a!, b!], true))).toEqual(ids([a!, b!]))

    const bigger = directGossip({ connected: [a!, b!], gossipHeard: [a!, b!], streams: [], meshSize: 4 })
    expect(bigger.direct.targets(TOPIC, [a!, b!], true)).toBeUndefined()
  })
})
