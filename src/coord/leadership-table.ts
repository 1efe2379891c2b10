import { LockReentryLimitError, TooManyLocksError } from '../errors.js'
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
  /** The client's incarnation, request order and tracked token, as for a lock (LeaseQueue.arrive). Defaults '', 0n, 0n (a coord 1.0 client). */
  session?: string
  seq?: bigint
  reenter?: bigint
}

export interface LeaderView { peer: string, rank?: number, token: bigint }

export type LeadershipEvent = LeaseEvent

/** Campaigns of one peer that lead at once (a leadership re-entered). */
const MAX_REENTRY = 64

/** Request ids for resignations given without one (each is a distinct release). */
let resigns = 0

/**
 * Named elections, separate from the mesh's own: a recipe over the lease queue
 * (lease-queue.ts), kind 'election', capacity 1, campaigners admitted by rank. The bully
 * rule among campaigners (lowest rank leads, then lowest peer id), with stability: a
 * leader is not pre-empted by a better campaigner that comes later unless that one asks
 * to (`preempt`). Leadership is a lease like a lock's, with a fencing token from the same
 * sequence, so a deposed leader's writes can be refused. Campaigns have no deadline: a
 * campaigner waits for as long as its peer lives.
 */
export class LeadershipTable {
  /** `queue`: the lease holder's one lease queue (a table of its own if not given). */
  constructor (private readonly maxElections: number, readonly queue = new LeaseQueue()) {}

  campaign (req: CampaignRequest, now: number, mint: () => bigint): { kind: 'granted', token: bigint, changed: boolean, events: LeadershipEvent[] } | { kind: 'queued', changed: boolean, superseded: string[] } | { kind: 'stale' } {
    const agent = { peer: req.peer, session: req.session ?? '', owner: '' }
    const seq = req.seq ?? 0n
    // a campaign has no deadline: it waits for as long as its peer lives
    const arrival = this.queue.arrive('election', { names: [req.name], agent, requestId: req.requestId, seq, reenter: req.reenter ?? 0n, deadline: Number.POSITIVE_INFINITY, maxReentry: MAX_REENTRY }, now)
    if (arrival.kind === 'stale' || arrival.kind === 'queued') return arrival
    if (arrival.kind === 'reentry-limit') throw new LockReentryLimitError(req.name, MAX_REENTRY)
    if (arrival.kind === 'granted') return { kind: 'granted', token: arrival.token, changed: arrival.changed, events: [] }
    const e = this.queue.ensure('election', req.name, 1, this.maxElections, () => new TooManyLocksError(this.maxElections))
    const me = { ...agent, requestId: req.requestId, seq, units: 1, ttlMs: req.ttlMs, deadline: Number.POSITIVE_INFINITY, names: [req.name], rank: req.rank, preempt: req.preempt }
    const events: LeadershipEvent[] = []
    const incumbent = e.holders[0]
    if (incumbent != null && req.preempt && better(me, incumbent)) {
      events.push({ kind: 'deposed', name: req.name, token: incumbent.token })
      e.holders = []
    }
    if (e.holders.length === 0 && e.queue.every(c => better(me, c))) {
      return { kind: 'granted', token: this.queue.hold(e, me, mint(), now).token, changed: true, events }
    }
    this.queue.enqueue('election', me)
    return { kind: 'queued', changed: true, superseded: arrival.superseded }
  }

  /** The leader steps down (resign): one re-entry of `token`; false if `token` does not lead `name`. */
  resign (name: string, token: bigint, peer: string, requestId = `resign:${++resigns}`): boolean {
    return this.queue.release('election', name, token, peer, requestId)
  }

  renew (name: string, token: bigint, peer: string, now: number): boolean {
    return this.queue.renew('election', name, token, peer, now)
  }

  /** A campaign was abandoned: withdraw it, or resign if it won meanwhile. */
  cancel (name: string, requestId: string, peer: string): 'withdrawn' | 'released' | undefined {
    return this.queue.cancel('election', name, requestId, peer)
  }

  /** Expires a lapsed leader, drops campaigners whose peer is gone, and elects the best campaigner where nobody leads. */
  sweep (now: number, isLive: (peer: string, session: string) => boolean, mint: () => bigint): LeadershipEvent[] {
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
        session: l?.session ?? '',
        seq: l?.seq ?? 0n,
        reentry: l?.reentry ?? 0,
        applied: l?.applied ?? [],
        campaigners: e.queue.map(c => ({ peer: c.peer, session: c.session, seq: c.seq, requestId: c.requestId, hasRank: c.rank != null, rank: BigInt(c.rank ?? 0), preempt: c.preempt, ttlMs: c.ttlMs }))
      }
    })
  }

  /** Adopts replicated elections; the leader gets a full TTL from `now`. */
  static fromEntries (entries: ElectionEntry[], maxElections: number, now: number, queue = new LeaseQueue()): LeadershipTable {
    const table = new LeadershipTable(maxElections, queue)
    for (const x of entries) {
      const e = queue.ensure('election', x.name, 1, Number.POSITIVE_INFINITY, () => new TooManyLocksError(maxElections))
      if (x.leader !== '') {
        const h = queue.hold(e, { peer: x.leader, session: x.session, owner: '', seq: x.seq, units: 1, requestId: x.requestId, ttlMs: x.ttlMs, rank: x.hasRank ? Number(x.rank) : undefined }, x.token, now)
        if (x.reentry > 0) h.reentry = x.reentry // 0: from a coord 1.0 leader, which had no re-entry
        if (x.applied.length > 0) h.applied = [...x.applied]
      }
      for (const c of x.campaigners) {
        queue.enqueue('election', { peer: c.peer, session: c.session, owner: '', seq: c.seq, units: 1, requestId: c.requestId, ttlMs: c.ttlMs, deadline: Number.POSITIVE_INFINITY, names: [x.name], rank: c.hasRank ? Number(c.rank) : undefined, preempt: c.preempt })
      }
    }
    return table
  }
}
