import { TooManyLocksError } from '../errors.js'
import { better, LeaseQueue, type LeaseEvent } from './lease-queue.js'
import type { ElectionEntry } from './coord-wire.js'

export interface CampaignRequest {
  name: string
  peer: string
  /** Lower leads; undefined ranks after every ranked campaigner, then by peer id. */
  rank?: number
  requestId: string
  /** Take over from a leader of higher rank at once (instead of waiting for it to go). */
  preempt: boolean
  ttlMs: number
}

export interface LeaderView { peer: string, rank?: number, token: bigint }

export type ElectionEvent = LeaseEvent

/**
 * Named elections, separate from the mesh's own: a recipe over the lease queue
 * (lease-queue.ts), kind 'election', capacity 1, campaigners admitted by rank. The bully
 * rule among campaigners (lowest rank leads, then lowest peer id), with stability: a
 * leader is not pre-empted by a better campaigner that comes later unless that one asks
 * to (`preempt`). Leadership is a lease like a lock's, with a fencing token from the same
 * sequence, so a deposed leader's writes can be refused. Campaigns have no deadline: a
 * campaigner waits for as long as its peer lives.
 */
export class ElectionTable {
  /** `queue`: the lease holder's one lease queue (a table of its own if not given). */
  constructor (private readonly maxElections: number, readonly queue = new LeaseQueue()) {}

  campaign (req: CampaignRequest, now: number, mint: () => bigint): { kind: 'granted', token: bigint, changed: boolean, events: ElectionEvent[] } | { kind: 'queued', changed: boolean } {
    const existing = this.queue.get('election', req.name)
    const leader = existing?.holders[0]
    if (leader != null && leader.peer === req.peer) {
      // a retry, or campaigning twice: the same leadership, its lease restarted (the client counts from this request)
      leader.expiresAt = Math.max(leader.expiresAt, now + leader.ttlMs)
      return { kind: 'granted', token: leader.token, changed: false, events: [] }
    }
    const known = existing?.queue.find(c => c.peer === req.peer)
    if (known != null && known.requestId === req.requestId) return { kind: 'queued', changed: false }
    const e = this.queue.ensure('election', req.name, 1, this.maxElections, () => new TooManyLocksError(this.maxElections))
    e.queue = e.queue.filter(c => c.peer !== req.peer) // a re-sent campaign replaces the old one
    const me = { peer: req.peer, session: '', owner: '', requestId: req.requestId, seq: 0n, units: 1, ttlMs: req.ttlMs, deadline: Number.POSITIVE_INFINITY, names: [req.name], rank: req.rank, preempt: req.preempt }
    const events: ElectionEvent[] = []
    const incumbent = e.holders[0]
    if (incumbent != null && req.preempt && better(me, incumbent)) {
      events.push({ kind: 'deposed', name: req.name, token: incumbent.token })
      e.holders = []
    }
    if (e.holders.length === 0 && e.queue.every(c => better(me, c))) {
      return { kind: 'granted', token: this.queue.hold(e, me, mint(), now).token, changed: true, events }
    }
    this.queue.enqueue('election', me)
    return { kind: 'queued', changed: true }
  }

  /** The leader steps down (resign); false if `token` does not lead `name`. */
  resign (name: string, token: bigint, peer: string): boolean {
    return this.queue.drop('election', name, h => h.token === token && h.peer === peer) != null
  }

  renew (name: string, token: bigint, peer: string, now: number): boolean {
    return this.queue.renew('election', name, token, peer, now)
  }

  /** A campaign was abandoned: withdraw it, or resign if it won meanwhile. */
  cancel (name: string, requestId: string, peer: string): 'withdrawn' | 'released' | undefined {
    const w = this.queue.waiter('election', name, requestId, peer)
    if (w != null) { this.queue.unqueue('election', w); return 'withdrawn' }
    return this.queue.drop('election', name, h => h.requestId === requestId && h.peer === peer) != null ? 'released' : undefined
  }

  /** Expires a lapsed leader, drops campaigners whose peer is gone, and elects the best campaigner where nobody leads. */
  sweep (now: number, isLive: (peer: string) => boolean, mint: () => bigint): ElectionEvent[] {
    return this.queue.sweep('election', 'rank', now, isLive, mint)
  }

  leaderOf (name: string): LeaderView | undefined {
    const l = this.queue.get('election', name)?.holders[0]
    return l == null ? undefined : { peer: l.peer, rank: l.rank, token: l.token }
  }

  toEntries (): ElectionEntry[] {
    return [...this.queue.of('election')].map(([name, e]) => {
      const l = e.holders[0]
      return {
        name,
        leader: l?.peer ?? '',
        hasRank: l?.rank != null,
        rank: BigInt(l?.rank ?? 0),
        token: l?.token ?? 0n,
        ttlMs: l?.ttlMs ?? 0,
        requestId: l?.requestId ?? '',
        campaigners: e.queue.map(c => ({ peer: c.peer, requestId: c.requestId, hasRank: c.rank != null, rank: BigInt(c.rank ?? 0), preempt: c.preempt, ttlMs: c.ttlMs }))
      }
    })
  }

  /** Adopts replicated elections; the leader gets a full TTL from `now`. */
  static fromEntries (entries: ElectionEntry[], maxElections: number, now: number, queue = new LeaseQueue()): ElectionTable {
    const table = new ElectionTable(maxElections, queue)
    for (const x of entries) {
      const e = queue.ensure('election', x.name, 1, Number.POSITIVE_INFINITY, () => new TooManyLocksError(maxElections))
      const agent = { session: '', owner: '', seq: 0n, units: 1 }
      if (x.leader !== '') queue.hold(e, { ...agent, peer: x.leader, requestId: x.requestId, ttlMs: x.ttlMs, rank: x.hasRank ? Number(x.rank) : undefined }, x.token, now)
      for (const c of x.campaigners) {
        queue.enqueue('election', { ...agent, peer: c.peer, requestId: c.requestId, ttlMs: c.ttlMs, deadline: Number.POSITIVE_INFINITY, names: [x.name], rank: c.hasRank ? Number(c.rank) : undefined, preempt: c.preempt })
      }
    }
    return table
  }
}
