import type { RejectReason } from '../errors.js'

/** Where a message arrived: a gossip topic family or a request/response protocol. */
export type Channel = 'gossip' | 'rpc'

/** What `peer.stats()` returns: counters since the peer started, as a copy. */
export interface StatsSnapshot {
  /** Messages refused (dropped and not forwarded, or answered with an error). */
  rejected: {
    /** All of them. */
    total: number
    /** By why they were refused; a reason never seen is absent. */
    byReason: Partial<Record<RejectReason, number>>
    /** By where they arrived; a channel never seen is absent. */
    byChannel: Partial<Record<Channel, number>>
  }
  /** Gossip (pubsub) traffic of this peer. */
  gossip: {
    /** Messages this peer published. */
    published: number
    /** Valid messages delivered to a handler of this peer. */
    received: number
    /** Publishes that failed (logged, never thrown). */
    publishErrors: number
    /** Of `published`, those sent straight to each subscriber instead (a small mesh where this peer links to every member). */
    direct: number
  }
  /** Request/response traffic over streams. */
  rpc: {
    /** Requests this peer sent. */
    requests: number
    /** Requests of other peers this peer answered successfully. */
    served: number
    /** Requests this peer sent that ended in an error: an error answer, a timeout or a closed stream. */
    failures: number
  }
  /** The lease holder's replication, counted on the leader: leases that carried only changes, leases that carried the whole state, and the state bytes they carried. */
  replication: {
    /** Leases that carried only the changed records. */
    changes: number
    /** Leases that carried the whole state (to a voter that missed a version). */
    whole: number
    /** Bytes of state those leases carried. */
    bytes: number
  }
}

/**
 * Counters a user can read with `peer.stats()`: bad input is refused and counted here,
 * never thrown into the event loop.
 */
export class Stats {
  private readonly data: StatsSnapshot = {
    rejected: { total: 0, byReason: {}, byChannel: {} },
    gossip: { published: 0, received: 0, publishErrors: 0, direct: 0 },
    rpc: { requests: 0, served: 0, failures: 0 },
    replication: { changes: 0, whole: 0, bytes: 0 }
  }

  reject (channel: Channel, reason: RejectReason): void {
    const r = this.data.rejected
    r.total++
    r.byReason[reason] = (r.byReason[reason] ?? 0) + 1
    r.byChannel[channel] = (r.byChannel[channel] ?? 0) + 1
  }

  count (group: 'gossip', key: keyof StatsSnapshot['gossip'], n?: number): void
  count (group: 'rpc', key: keyof StatsSnapshot['rpc'], n?: number): void
  count (group: 'replication', key: keyof StatsSnapshot['replication'], n?: number): void
  count (group: 'gossip' | 'rpc' | 'replication', key: string, n = 1): void {
    const g = this.data[group] as Record<string, number>
    g[key] = (g[key] ?? 0) + n
  }

  snapshot (): StatsSnapshot {
    return structuredClone(this.data)
  }
}
