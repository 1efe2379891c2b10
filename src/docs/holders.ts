import { encodeTags } from './reached.js'
import type { Reached } from './reached.js'
import { memoized } from '../net/memo.js'
import type { Gossip } from '../net/gossip.js'
import type { PeerId } from '@libp2p/interface'

/**
 * Up to this many peers with the document, in a mesh where this peer is connected to every
 * member (or, for updates, one of at most this many + 1 members), updates go straight to
 * each over the sync stream instead of gossip (see reach).
 */
export const DIRECT_MAX_PEERS = 16

/** What the holders of a document are worked out from: the links this peer has. */
export interface HolderLinks {
  /** Peers connected now without limits (a relayed connection carries neither gossip nor streams). */
  connected: () => readonly PeerId[]
  /**
   * The links that count towards "linked to every member": those gossip runs on. A link it
   * does not run on yet (a new WebRTC link between tabs, a plain libp2p node) would make the
   * mesh look fully linked while the peer on it is not known to hold the document, and
   * presence, which no peer passes on, would miss it.
   */
  counted: () => readonly PeerId[]
  /** Members of the mesh as far as this peer knows (0: unknown). */
  meshSize: () => number
}

/** How a message for everyone with the document travels: `direct` to these peers, and by gossip too if `gossip`. */
export interface Reach {
  direct: readonly PeerId[]
  gossip: boolean
  /** With no gossip: this peer and `direct` as a push's list of whom it reached (SyncMessage.reachedTags). */
  tags: Uint8Array<ArrayBuffer>
}

/**
 * The peers known to have one document open: those that told us so in an exchange (or
 * pushed us an update of it), and the topic's gossip subscribers; and, from them and this
 * peer's links, whom an update goes to (reach) and whether a pushed update reached them all
 * (allReached). The links, gossip's subscribers and the mesh size are asked for at every
 * call, and what follows from them is worked out again only when one of them changed
 * (memoized): it runs for every update sent or received.
 */
export class DocHolders {
  private readonly told = new Map<string, PeerId>()
  /** `told`'s peers, an array made anew at each change: an input of the memos below. */
  private toldPeers: readonly PeerId[] = []

  constructor (
    private readonly self: PeerId,
    private readonly topic: string,
    private readonly gossip: Pick<Gossip, 'subscribers'>,
    private readonly links: HolderLinks
  ) {}

  /** Whether `peer` has told us it has the document open. */
  has (peer: PeerId): boolean {
    return this.told.has(peer.toString())
  }

  /** `peer` told us it has the document open; true if it had not. */
  add (peer: PeerId): boolean {
    if (this.told.has(peer.toString())) return false
    this.told.set(peer.toString(), peer)
    this.toldPeers = [...this.told.values()]
    return true
  }

  /** `peer` does not have the document open (any more). */
  delete (peer: PeerId): void {
    if (this.told.delete(peer.toString())) this.toldPeers = [...this.told.values()]
  }

  /** The peers we know to have the document open. */
  known (): readonly PeerId[] {
    return this.knownFrom(this.toldPeers, this.gossip.subscribers(this.topic))
  }

  private readonly knownFrom = memoized((told: readonly PeerId[], subscribers: readonly PeerId[]): readonly PeerId[] => {
    const byId = new Map(told.map(p => [p.toString(), p]))
    for (const p of subscribers) byId.set(p.toString(), p)
    return [...byId.values()]
  })

  /** Those of them we link to. */
  linked (): readonly PeerId[] {
    return this.linkedFrom(this.known(), this.links.connected())
  }

  private readonly linkedFrom = memoized((known: readonly PeerId[], connected: readonly PeerId[]): readonly PeerId[] => {
    const here = new Set(connected.map(String))
    return known.filter(p => here.has(p.toString()))
  })

  /**
   * How a message for everyone with the document travels: in a mesh where this peer links
   * to every member and at most DIRECT_MAX_PEERS have the document, straight to each of
   * them; otherwise by gossip, plus straight to the holders gossip does not list yet.
   *
   * `passedOn`: the receivers pass the message on to the holders they link to that it did
   * not reach (an update; presence is never passed on). Then, in a mesh of at most
   * DIRECT_MAX_PEERS + 1 members, it goes straight to the holders this peer links to even
   * when it does not link to every member (a mesh larger than `maxPeers` + 1, the seconds
   * while a newcomer links up), and those it does not link to get it from the ones it did:
   * each update went by gossip there, signed and checked by every receiver, at a few times
   * the latency (bench/HISTORY.md, 2026-12-05). Past that size gossip, which drops the
   * copies a peer has seen, costs less than every peer passing it on to its links.
   */
  reach (passedOn = false): Reach {
    const subscribers = this.gossip.subscribers(this.topic)
    const linked = this.linkedFrom(this.knownFrom(this.toldPeers, subscribers), this.links.connected())
    return this.reachFrom(passedOn, linked, subscribers, this.links.counted(), this.links.meshSize())
  }

  private readonly reachFrom = memoized((passedOn: boolean, linked: readonly PeerId[], subscribers: readonly PeerId[], counted: readonly PeerId[], meshSize: number): Reach => {
    // A link counts if gossip runs on it, or if the peer on it holds the document (it told
    // us so in an exchange, so it is reached straight): for a second or so after peers
    // connect, gossipsub has not heard every link's subscriptions (it opens its streams one
    // peer at a time), and the first document opened then went by gossip's flood.
    const links = new Set(counted.map(String))
    for (const p of linked) links.add(p.toString())
    const linkedToAll = meshSize <= links.size + 1
    const passedOnFromHere = passedOn && linked.length > 0 && meshSize <= DIRECT_MAX_PEERS + 1
    if (linked.length <= DIRECT_MAX_PEERS && (linkedToAll || passedOnFromHere)) {
      return { direct: linked, gossip: false, tags: encodeTags([this.self, ...linked]) }
    }
    const gossiped = new Set(subscribers.map(String))
    return { direct: linked.filter(p => !gossiped.has(p.toString())), gossip: true, tags: new Uint8Array(0) }
  })

  /**
   * Whether every holder we know of is listed in `reached` or is `from`: the common case,
   * answered without asking for our links (it runs for every update a peer receives).
   */
  allReached (reached: Reached, from: PeerId): boolean {
    for (const p of this.known()) if (!reached.has(p) && !p.equals(from)) return false
    return true
  }
}
