import type { RpcService } from './rpc.js'
import { connectedPeers } from './connected-peers.js'
import type { Libp2p, PeerId } from '@libp2p/interface'

/** Who this peer can reach, as the layers that know the mesh's size tell it. */
export interface DirectLinks {
  /** Peers connected now without limits whose subscriptions gossip has heard over that link. */
  linked: () => readonly PeerId[]
  /** Peers connected now without limits (a relayed connection carries no streams). */
  connected: () => readonly PeerId[]
  /** Members of the mesh as far as this peer knows, given these links (Infinity: not known yet). */
  meshSize: (links: readonly PeerId[]) => number
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
  /** Topic → the authors of messages heard on it (by gossip or straight), by id. */
  private readonly publishers = new Map<string, Map<string, PeerId>>()
  /** Peers that sent us a `direct` notice: the link to each carries streams. */
  private readonly proven = new Set<string>()
  private readonly onDisconnect = (evt: CustomEvent<PeerId>): void => {
    const id = evt.detail.toString()
    this.proven.delete(id)
    for (const authors of this.publishers.values()) authors.delete(id)
  }
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
    node.addEventListener('peer:disconnect', this.onDisconnect)
    // peers identified before we listened
    for (const peer of connectedPeers(node)) {
      void node.peerStore.get(peer).then(p => { this.note(peer, p.protocols) }, () => {})
    }
  }

  /**
   * The peers to send a message on `topic` for `subscribers` to straight, or undefined when
   * gossip must carry it: the mesh is bigger than our links, a subscriber is behind a relay
   * or does not speak `direct`, or there are too many of them.
   *
   * With `everyonePublishes` (a topic every subscriber publishes on: membership's
   * heartbeats), a peer heard publishing on it counts as a subscriber, and a link counts once
   * it carries our `direct` streams, not only once gossip has heard its subscriptions:
   * gossipsub opens its streams one peer at a time, and for the first ~0.4 s of a 10-peer
   * mesh in one process every heartbeat went by its flood (signed, checked and forwarded by
   * each peer), a third of that time's work.
   */
  targets (topic: string, subscribers: PeerId[], everyonePublishes = false): PeerId[] | undefined {
    const all = new Map(subscribers.map(p => [p.toString(), p]))
    let linked = this.links.linked()
    if (everyonePublishes) {
      for (const [id, p] of this.publishers.get(topic) ?? []) all.set(id, p)
      const known = new Set(linked.map(String))
      linked = [...linked, ...this.links.connected().filter(p => !known.has(p.toString()) && this.carriesStreams(p))]
    }
    if (all.size > DIRECT_MAX_SUBSCRIBERS) return undefined
    if (this.links.meshSize(linked) > linked.length + 1) return undefined
    const here = new Set(linked.map(String))
    const targets = [...all.values()]
    return targets.every(p => here.has(p.toString()) && this.speakers.has(p.toString())) ? targets : undefined
  }

  /** A message by `author` was heard on `topic`, `straight` over its `direct` stream or by gossip. */
  heard (topic: string, author: PeerId, straight: boolean): void {
    const id = author.toString()
    if (straight) this.proven.add(id)
    let authors = this.publishers.get(topic)
    if (authors == null) this.publishers.set(topic, authors = new Map())
    if (!authors.has(id)) authors.set(id, author)
  }

  /** `peer` left `topic`. */
  left (peer: PeerId, topic: string): void {
    this.publishers.get(topic)?.delete(peer.toString())
  }

  /** `envelope` (an encoded gossip message for `topic`) to each of `peers`, one way; failures are logged by the caller's `onError`. */
  async send (peers: PeerId[], topic: string, envelope: Uint8Array, onError: (peer: PeerId, err: unknown) => void): Promise<void> {
    const results = await this.rpc.notifyAll(peers, { direct: { topic, body: envelope } }).catch(err => peers.map(() => ({ status: 'rejected' as const, reason: err })))
    results.forEach((r, i) => { if (r.status === 'rejected') onError(peers[i]!, r.reason) })
  }

  stop (): void {
    this.node.removeEventListener('peer:identify', this.onIdentify)
    this.node.removeEventListener('peer:update', this.onUpdate)
    this.node.removeEventListener('peer:disconnect', this.onDisconnect)
  }

  /** Whether the link to `peer` has carried a `direct` stream (ours is open, or it sent us a notice on its own). */
  private carriesStreams (peer: PeerId): boolean {
    return this.speakers.has(peer.toString()) && (this.proven.has(peer.toString()) || this.rpc.isOpenTo(peer))
  }

  private note (peer: PeerId, protocols: string[]): void {
    if (protocols.some(p => this.protocols.includes(p))) {
      if (!this.speakers.has(peer.toString())) this.rpc.prepare(peer) // our stream, before gossip has heard the link
      this.speakers.add(peer.toString())
    } else this.speakers.delete(peer.toString())
  }
}
