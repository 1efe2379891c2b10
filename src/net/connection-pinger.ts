import type { AccordNode } from './node.js'
import type { PeerId } from '@libp2p/interface'

export interface ConnectionPingerOptions {
  /** Each connected peer is pinged about once per this many ms. */
  intervalMs: number
  /** A peer that does not answer within this long has its connections closed. */
  timeoutMs: number
  /** How often a share of the due pings goes out. */
  tickMs: number
}

/**
 * Keeps connections honest: a connection whose far end died without closing it (a host
 * that lost power, a peer killed behind a cut link) is found by a ping that gets no
 * answer, and closed, so that gossip stops going into it and the peer can be redialled.
 *
 * libp2p's own connection monitor does this by pinging every connection at the same
 * instant each interval. In a fleet that instant is a burst of a new stream per connection
 * (over a hundred in a process running a few busy peers), which stalled loaded processes
 * long enough for a leader's lease to lapse ~30 s after start in 4 of 4 runs of a
 * 50-peer fleet. Here the pings are spread: each tick sends the share of them that keeps
 * every peer pinged once per interval, oldest first.
 */
export class ConnectionPinger {
  private timer: ReturnType<typeof setInterval> | undefined
  /** When each peer (by id) was last pinged, or first seen connected. */
  private readonly last = new Map<string, number>()
  private readonly inFlight = new Set<string>()

  constructor (private readonly node: AccordNode, private readonly opts: ConnectionPingerOptions) {}

  start (): void {
    this.timer = setInterval(() => { this.tick() }, this.opts.tickMs)
  }

  stop (): void {
    clearInterval(this.timer)
    this.timer = undefined
  }

  private tick (): void {
    const now = performance.now()
    const peers = new Map<string, PeerId>()
    for (const c of this.node.getConnections()) if (c.status === 'open') peers.set(c.remotePeer.toString(), c.remotePeer)
    for (const id of this.last.keys()) if (!peers.has(id)) this.last.delete(id)
    for (const id of peers.keys()) if (!this.last.has(id)) this.last.set(id, now) // first ping one interval after we met
    const quota = Math.ceil(peers.size * this.opts.tickMs / this.opts.intervalMs)
    const due = [...peers.keys()]
      .filter(id => !this.inFlight.has(id) && now - this.last.get(id)! >= this.opts.intervalMs)
      .sort((a, b) => this.last.get(a)! - this.last.get(b)!)
      .slice(0, quota)
    for (const id of due) void this.ping(id, peers.get(id)!)
  }

  private async ping (id: string, peer: PeerId): Promise<void> {
    this.inFlight.add(id)
    this.last.set(id, performance.now())
    try {
      await this.node.services.ping.ping(peer, { signal: AbortSignal.timeout(this.opts.timeoutMs) })
    } catch (err) {
      if (this.timer == null) return
      for (const c of this.node.getConnections(peer)) c.abort(new Error(`no answer to a ping within ${this.opts.timeoutMs} ms`, { cause: err }))
    } finally {
      this.inFlight.delete(id)
    }
  }
}
