import type { Connection, Libp2p, PeerId } from '@libp2p/interface'

/**
 * The peers `node` has a connection to (one that `counts`, if given), each once: what
 * libp2p's `getPeers()` lists, without its cost. `getPeers()` gathers them in a PeerSet, which
 * keeps strings, and parses each string back into a PeerId (a base58 decode and a CID each):
 * asked on every anti-entropy round and dial check of every peer, that showed in CPU
 * profiles of an idle mesh and of a late joiner.
 */
export function connectedPeers (node: Pick<Libp2p, 'getConnections'>, counts: (c: Connection) => boolean = () => true): PeerId[] {
  const peers = new Map<string, PeerId>()
  for (const connection of node.getConnections()) {
    const id = connection.remotePeer.toString()
    if (!peers.has(id) && counts(connection)) peers.set(id, connection.remotePeer)
  }
  return [...peers.values()]
}

type WatchesConnections = Pick<Libp2p, 'getConnections' | 'addEventListener' | 'removeEventListener'>

/**
 * The peers with an open connection that has no limits (a relayed one carries neither
 * gossip nor streams), worked out again only when a connection opens or closes, or one it
 * was worked out from is no longer open (a connection is 'closing' before its close event). The documents layer asks it for every update it sends and libp2p's
 * `getConnections()` builds its array anew each time (a concat per peer): in a ten-peer mesh
 * in one process that was a fifth of a writer's time before its first byte went out.
 */
export class UnlimitedPeers {
  private cached: { peers: readonly PeerId[], from: Connection[] } | undefined
  private readonly forget = (): void => { this.cached = undefined }
  private stopped = false

  constructor (private readonly node: WatchesConnections) {
    node.addEventListener('connection:open', this.forget)
    node.addEventListener('connection:close', this.forget)
  }

  /** The peers, in the order of their first such connection (one array until it changes: do not modify it). */
  list (): readonly PeerId[] {
    if (this.cached != null && this.cached.from.every(c => c.status === 'open')) return this.cached.peers
    const from: Connection[] = []
    const peers = Object.freeze(connectedPeers(this.node, c => {
      const counts = c.limits == null && c.status === 'open'
      if (counts) from.push(c)
      return counts
    }))
    if (!this.stopped) this.cached = { peers, from } // (stopped: no events say when it changes)
    return peers
  }

  stop (): void {
    this.node.removeEventListener('connection:open', this.forget)
    this.node.removeEventListener('connection:close', this.forget)
    this.cached = undefined
    this.stopped = true
  }
}
