import type { AccordNode } from './node.js'
import type { PeerGate } from './gate.js'
import type { PeerDiscoveryEvents, PeerInfo } from '@libp2p/interface'

/**
 * libp2p 3 no longer dials what discovery finds. A mesh of agents is small (tens of
 * peers), so every peer dials every discovered member up to `maxPeers`: gossip then has
 * direct routes, and the mesh survives the loss of whichever peer everyone bootstrapped
 * from.
 */
export class MeshDialer {
  private readonly dialing = new Set<string>()
  private readonly onDiscovery = (evt: CustomEvent<PeerInfo>): void => { void this.maybeDial(evt.detail) }

  constructor (private readonly node: AccordNode, private readonly gate: PeerGate, private readonly maxPeers: number) {
    node.addEventListener('peer:discovery', this.onDiscovery as (evt: PeerDiscoveryEvents['peer'] & CustomEvent<PeerInfo>) => void)
  }

  stop (): void {
    this.node.removeEventListener('peer:discovery', this.onDiscovery as any)
  }

  private async maybeDial (info: PeerInfo): Promise<void> {
    const key = info.id.toString()
    if (info.id.equals(this.node.peerId) || this.dialing.has(key) || this.gate.isBlocked(key)) return
    if (this.node.getConnections(info.id).length > 0 || this.node.getPeers().length >= this.maxPeers) return
    if (this.node.status !== 'started') return
    this.dialing.add(key)
    try {
      await this.node.dial(info.multiaddrs.length > 0 ? info.multiaddrs : info.id, { signal: AbortSignal.timeout(5_000) })
    } catch {
      // unreachable from here (a browser cannot dial TCP, the peer left): another peer relays its gossip
    } finally {
      this.dialing.delete(key)
    }
  }
}
