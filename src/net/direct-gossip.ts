import type { RpcService } from './rpc.js'
import type { Libp2p, PeerId } from '@libp2p/interface'

/** Who this peer can reach, as the layers that know the mesh's size tell it. */
export interface DirectLinks {
  /** Peers connected now without limits (a relayed connection carries no streams). */
  linked: () => PeerId[]
  /** Members of the mesh as far as this peer knows (0: unknown). */
  meshSize: () => number
}

/**
 * The `direct` stream's own version, apart from net's (1.1 brought the kind): a release
 * before it has no such stream, so identify tells who speaks it.
 */
export const DIRECT_GOSSIP_VERSION = { major: 1, minor: 0 }

/** Up to this many subscribers a message goes straight to each; above, gossip's fan-out is cheaper. */
export const DIRECT_MAX_SUBSCRIBERS = 16

/**
 * Gossip's short cut in a small mesh. When this peer links to every member, gossipsub's
 * work is waste: the publisher floods every subscriber itself, and each of them sends a
 * copy on to its mesh peers, who already have one, and every copy is signed and checked.
 * In a 10-peer mesh the membership heartbeats alone were ~850 messages a second of which
 * ~600 duplicates, a quarter of ten peers' thread at idle. Here a message goes to each
 * subscriber once over a stream (authenticated, so unsigned) as a `direct` notice. Only
 * to peers that speak it (identify lists the protocol); else the caller uses gossip.
 *
 * Nothing is passed on: with a link cut between two peers while both reach a third, gossip
 * would have carried the message around the cut, this does not. Callers whose messages
 * must cross such a cut (routed requests) keep to gossip.
 */
export class DirectGossip {
  /** Peers whose identify listed our direct protocol. */
  private readonly speakers = new Set<string>()
  private readonly onIdentify = (evt: CustomEvent<{ peerId: PeerId, protocols: string[] }>): void => {
    this.note(evt.detail.peerId, evt.detail.protocols)
  }

  private readonly onUpdate = (evt: CustomEvent<{ peer: { id: PeerId, protocols: string[] } }>): void => {
    this.note(evt.detail.peer.id, evt.detail.peer.protocols)
  }

  constructor (
    private readonly node: Libp2p,
    private readonly rpc: RpcService,
    private readonly protocols: string[],
    private readonly links: DirectLinks
  ) {
    node.addEventListener('peer:identify', this.onIdentify)
    node.addEventListener('peer:update', this.onUpdate)
    // peers identified before we listened
    for (const peer of node.getPeers()) {
      void node.peerStore.get(peer).then(p => { this.note(peer, p.protocols) }, () => {})
    }
  }

  /**
   * The peers to send a message for `subscribers` to straight, or undefined when gossip
   * must carry it: the mesh is bigger than our links, a subscriber is behind a relay or
   * does not speak `direct`, or there are too many of them.
   */
  targets (subscribers: PeerId[]): PeerId[] | undefined {
    if (subscribers.length > DIRECT_MAX_SUBSCRIBERS) return undefined
    const linked = this.links.linked()
    if (this.links.meshSize() > linked.length + 1) return undefined
    const here = new Set(linked.map(String))
    return subscribers.every(p => here.has(p.toString()) && this.speakers.has(p.toString())) ? subscribers : undefined
  }

  /** `envelope` (an encoded gossip message for `topic`) to each of `peers`, one way; failures are logged by the caller's `onError`. */
  async send (peers: PeerId[], topic: string, envelope: Uint8Array, onError: (peer: PeerId, err: unknown) => void): Promise<void> {
    const results = await this.rpc.notifyAll(peers, { direct: { topic, body: envelope } }).catch(err => peers.map(() => ({ status: 'rejected' as const, reason: err })))
    results.forEach((r, i) => { if (r.status === 'rejected') onError(peers[i]!, r.reason) })
  }

  stop (): void {
    this.node.removeEventListener('peer:identify', this.onIdentify)
    this.node.removeEventListener('peer:update', this.onUpdate)
  }

  private note (peer: PeerId, protocols: string[]): void {
    if (protocols.some(p => this.protocols.includes(p))) this.speakers.add(peer.toString())
    else this.speakers.delete(peer.toString())
  }
}
