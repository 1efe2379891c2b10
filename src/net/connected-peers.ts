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

/** Peers with an open connection that has no limits (a relayed one carries neither gossip nor streams). */
export function unlimitedPeers (node: Pick<Libp2p, 'getConnections'>): PeerId[] {
  return connectedPeers(node, c => c.limits == null && c.status === 'open')
}
