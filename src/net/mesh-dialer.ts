import { dialAll, type AccordNode } from './node.js'
import { connectedPeers } from './connected-peers.js'
import type { PeerGate } from './gate.js'
import type { Multiaddr } from '@multiformats/multiaddr'
import type { PeerId, PeerInfo } from '@libp2p/interface'

export interface MeshDialerOptions {
  /** Stop dialling once this many peers are connected. */
  maxPeers: number
  /**
   * Peers dialled whatever the count (a voter's fellow voters: the voters' topic reaches
   * only its subscribers, so they must be connected among themselves).
   */
  always?: (peer: string) => boolean
  /**
   * A group of peers this peer keeps at most `max()` connections to (a fleet's client to
   * the voters: each client linked to every voter made a voter's links grow with the
   * fleet). Dials under way count.
   */
  capped?: { members: (peer: string) => boolean, max: () => number }
  /** How often lost members are redialled, at most. */
  redialMs: number
  /** Forget a member that could not be reached for this long. */
  forgetMs: number
}

/** Longest wait between redials of a lost member: bounds how long a healed partition stays apart. */
const MAX_BACKOFF_MS = 5_000

interface Member { id: PeerId, addrs: Multiaddr[], lastReached: number, lastTry: number, nextTry: number, failures: number }

/**
 * libp2p 3 no longer dials what discovery finds. Every peer dials the members it learns
 * of until it has `maxPeers` connections (and always the peers `always` names): a small
 * mesh is fully connected, so gossip has direct routes and survives the loss of whichever
 * peer everyone bootstrapped from; a fleet is a well-connected random graph instead, as
 * every connection costs both ends (handshakes, keep-alive pings, gossip upkeep) and fifty
 * peers dialling each other left too little CPU to elect. Members are remembered and
 * redialled with backoff after they drop, so that a healed partition reconnects by itself:
 * discovery announcements cannot cross a cut. Their addresses go to the peer store, so a
 * request to a member this peer is not connected to (the leader) can dial it.
 */
export class MeshDialer {
  private readonly members = new Map<string, Member>()
  private readonly dialing = new Set<string>()
  private readonly timer: ReturnType<typeof setInterval>
  private readonly onDiscovery = (evt: CustomEvent<PeerInfo>): void => { this.remember(evt.detail) }

  constructor (private readonly node: AccordNode, private readonly gate: PeerGate, private readonly opts: MeshDialerOptions) {
    node.addEventListener('peer:discovery', this.onDiscovery)
    this.timer = setInterval(() => { this.redialLost() }, opts.redialMs)
  }

  /** Dial `peer` now if it is a known member (e.g. an operator just unblocked it). */
  retryNow (peer: string): void {
    const member = this.members.get(peer)
    if (member == null) return
    member.failures = 0
    member.nextTry = 0
    void this.dial(member)
  }

  stop (): void {
    clearInterval(this.timer)
    this.node.removeEventListener('peer:discovery', this.onDiscovery)
  }

  /** Remember (and dial) a member learned from any source: discovery, heartbeats. */
  remember (info: PeerInfo): void {
    if (info.id.equals(this.node.peerId)) return
    const key = info.id.toString()
    const now = performance.now()
    const known = this.members.get(key)
    const member: Member = known ?? { id: info.id, addrs: [], lastReached: now, lastTry: 0, nextTry: now, failures: 0 }
    if (info.multiaddrs.length > 0 && !sameAddrs(member.addrs, info.multiaddrs)) {
      member.addrs = info.multiaddrs
      void this.node.peerStore.merge(info.id, { multiaddrs: info.multiaddrs }).catch(() => {})
    }
    member.lastReached = now // it is announcing itself: it is alive somewhere
    this.members.set(key, member)
    // An announcement that reaches us means a path exists again (a healed partition):
    // skip the backoff, but dial at most once per redial period.
    if (member.addrs.length > 0 && now - member.lastTry >= this.opts.redialMs) void this.dial(member)
  }

  private redialLost (): void {
    const now = performance.now()
    // (in a fleet most members are never dialled: at the cap, only `always` peers are)
    const full = connectedPeers(this.node).length >= this.opts.maxPeers
    for (const [key, member] of this.members) {
      if (this.connected(member.id)) {
        member.lastReached = now
        member.failures = 0
      } else if (now - member.lastReached > this.opts.forgetMs) {
        this.members.delete(key)
      } else if (now >= member.nextTry && (!full || this.opts.always?.(key) === true)) {
        void this.dial(member)
      }
    }
  }

  /**
   * Dials `addrs` (with /p2p/ ids) in random order, `want` at a time, until `want` answered;
   * they count as being dialled meanwhile, so discovery does not dial the rest of a capped
   * group at the same moment. Returns how many answered.
   */
  async dialSome (addrs: Multiaddr[], want: number, timeoutMs: number): Promise<number> {
    const order = [...addrs].sort(() => Math.random() - 0.5)
    let reached = 0
    while (order.length > 0 && reached < want) {
      const batch = order.splice(0, want - reached)
      const keys = batch.flatMap(a => a.getComponents().filter(c => c.name === 'p2p' && c.value != null).map(c => c.value!))
      for (const k of keys) this.dialing.add(k)
      try {
        reached += await dialAll(this.node, batch.map(String), timeoutMs)
      } finally {
        for (const k of keys) this.dialing.delete(k)
      }
    }
    return reached
  }

  private atCap (key: string): boolean {
    const cap = this.opts.capped
    if (cap == null || !cap.members(key)) return false
    // (libp2p's dial queue too: a bootstrap dial made elsewhere, a request's dial)
    const pending = this.node.getDialQueue().flatMap(d => d.peerId != null ? [d.peerId.toString()] : [])
    const linked = new Set([...connectedPeers(this.node).map(String), ...this.dialing, ...pending].filter(p => cap.members(p)))
    return linked.size >= cap.max()
  }

  /**
   * Connected by a connection that carries gossip and requests: a limited (relayed)
   * connection only carries a tab's WebRTC handshake, so it does not count.
   */
  private connected (id: PeerId): boolean {
    return this.node.getConnections(id).some(c => c.limits == null)
  }

  private async dial (member: Member): Promise<void> {
    const key = member.id.toString()
    if (this.dialing.has(key) || this.gate.isBlocked(key) || this.node.status !== 'started') return
    if (this.connected(member.id)) return
    if (connectedPeers(this.node).length >= this.opts.maxPeers && this.opts.always?.(key) !== true) return
    if (this.atCap(key)) return
    this.dialing.add(key)
    member.lastTry = performance.now()
    try {
      await this.node.dial(member.addrs.length > 0 ? member.addrs : member.id, { signal: AbortSignal.timeout(5_000) })
      member.failures = 0
      member.lastReached = performance.now()
    } catch {
      // unreachable for now (cut off, restarting, or a browser that cannot dial TCP): back off
      member.failures++
      member.nextTry = performance.now() + Math.min(this.opts.redialMs * 2 ** member.failures, MAX_BACKOFF_MS)
    } finally {
      this.dialing.delete(key)
    }
  }
}

function sameAddrs (a: Multiaddr[], b: Multiaddr[]): boolean {
  return a.length === b.length && a.every((x, i) => x.equals(b[i]!))
}
