import type { ConnectionGater, PeerId } from '@libp2p/interface'

/**
 * Which remote peers this node refuses to talk to. Used to cut a partition on purpose
 * (fault-injection tests, operators isolating a misbehaving peer), and to keep a mesh to
 * the peers it allows (an allow-list by peer id): a refused peer can neither be dialled
 * nor connect to us.
 */
export class PeerGate {
  private readonly blocked = new Set<string>()

  /** `allow`: if given, every other peer is refused. */
  constructor (private readonly allow?: ReadonlySet<string>) {}

  block (peer: PeerId | string): void { this.blocked.add(peer.toString()) }
  unblock (peer: PeerId | string): void { this.blocked.delete(peer.toString()) }
  isBlocked (peer: PeerId | string): boolean {
    const id = peer.toString()
    return this.blocked.has(id) || (this.allow != null && !this.allow.has(id))
  }

  gater (): ConnectionGater {
    return {
      // libp2p refuses private addresses by default in browsers; agents of a mesh live on
      // private networks (and on 127.0.0.1 in tests), so every address may be dialled.
      denyDialMultiaddr: () => false,
      denyDialPeer: (peer) => this.isBlocked(peer),
      denyInboundEncryptedConnection: (peer) => this.isBlocked(peer),
      denyOutboundEncryptedConnection: (peer) => this.isBlocked(peer)
    }
  }
}
