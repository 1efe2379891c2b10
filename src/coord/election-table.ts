import { TooManyLocksError } from '../errors.js'
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

interface Leader { peer: string, rank?: number, token: bigint, ttlMs: number, expiresAt: number, requestId: string }
interface Campaigner { peer: string, rank?: number, requestId: string, preempt: boolean, ttlMs: number, seq: number }
interface Election { leader?: Leader, campaigners: Campaigner[] }

export interface LeaderView { peer: string, rank?: number, token: bigint }

export type ElectionEvent =
  | { kind: 'granted', name: string, requestId: string, token: bigint, ttlMs: number }
  | { kind: 'withdrawn', name: string, requestId: string }
  | { kind: 'expired' | 'deposed', name: string, token: bigint }

/**
 * Named elections on the lease holder, separate from the mesh's own: a pure state
 * machine. The bully rule among campaigners (lowest rank leads, then lowest peer id), with
 * stability: a leader is not pre-empted by a better campaigner that comes later unless
 * that one asks to (`preempt`). Leadership is a lease like a lock's, with a fencing token
 * from the same sequence as locks, so a deposed leader's writes can be refused.
 */
export class ElectionTable {
  private readonly elections = new Map<string, Election>()
  private arrivals = 0

  constructor (private readonly maxElections: number) {}

  campaign (req: CampaignRequest, now: number, mint: () => bigint): { kind: 'granted', token: bigint, changed: boolean, events: ElectionEvent[] } | { kind: 'queued', changed: boolean } {
    let e = this.elections.get(req.name)
    if (e?.leader != null && e.leader.peer === req.peer) {
      // a retry, or campaigning twice: the same leadership, its lease restarted (the client counts from this request)
      e.leader.expiresAt = Math.max(e.leader.expiresAt, now + e.leader.ttlMs)
      return { kind: 'granted', token: e.leader.token, changed: false, events: [] }
    }
    const known = e?.campaigners.find(c => c.peer === req.peer)
    if (known != null && known.requestId === req.requestId) return { kind: 'queued', changed: false }
    if (e == null) {
      if (this.elections.size >= this.maxElections) throw new TooManyLocksError(this.maxElections)
      e = { campaigners: [] }
      this.elections.set(req.name, e)
    }
    e.campaigners = e.campaigners.filter(c => c.peer !== req.peer) // a re-sent campaign replaces the old one
    const me: Campaigner = { peer: req.peer, rank: req.rank, requestId: req.requestId, preempt: req.preempt, ttlMs: req.ttlMs, seq: ++this.arrivals }
    const events: ElectionEvent[] = []
    if (e.leader != null && req.preempt && better(me, e.leader)) {
      events.push({ kind: 'deposed', name: req.name, token: e.leader.token })
      e.leader = undefined
    }
    if (e.leader == null && e.campaigners.every(c => better(me, c))) {
      const token = mint()
      e.leader = { peer: me.peer, rank: me.rank, token, ttlMs: me.ttlMs, expiresAt: now + me.ttlMs, requestId: me.requestId }
      return { kind: 'granted', token, changed: true, events }
    }
    e.campaigners.push(me)
    return { kind: 'queued', changed: true }
  }

  /** The leader steps down (resign); false if `token` does not lead `name`. */
  resign (name: string, token: bigint, peer: string): boolean {
    const e = this.elections.get(name)
    if (e?.leader == null || e.leader.token !== token || e.leader.peer !== peer) return false
    e.leader = undefined
    return true
  }

  renew (name: string, token: bigint, peer: string, now: number): boolean {
    const l = this.elections.get(name)?.leader
    if (l == null || l.token !== token || l.peer !== peer) return false
    l.expiresAt = now + l.ttlMs
    return true
  }

  /** A campaign was abandoned: withdraw it, or resign if it won meanwhile. */
  cancel (name: string, requestId: string, peer: string): 'withdrawn' | 'released' | undefined {
    const e = this.elections.get(name)
    if (e == null) return undefined
    const before = e.campaigners.length
    e.campaigners = e.campaigners.filter(c => !(c.requestId === requestId && c.peer === peer))
    if (e.campaigners.length !== before) return 'withdrawn'
    if (e.leader?.requestId === requestId && e.leader.peer === peer) { e.leader = undefined; return 'released' }
    return undefined
  }

  /** Expires a lapsed leader, drops campaigners whose peer is gone, and elects the best campaigner where nobody leads. */
  sweep (now: number, isLive: (peer: string) => boolean, mint: () => bigint): ElectionEvent[] {
    const events: ElectionEvent[] = []
    for (const [name, e] of this.elections) {
      if (e.leader != null && now >= e.leader.expiresAt) {
        events.push({ kind: 'expired', name, token: e.leader.token })
        e.leader = undefined
      }
      e.campaigners = e.campaigners.filter(c => {
        if (isLive(c.peer)) return true
        events.push({ kind: 'withdrawn', name, requestId: c.requestId })
        return false
      })
      if (e.leader == null && e.campaigners.length > 0) {
        const best = e.campaigners.reduce((a, b) => (better(b, a) ? b : a))
        e.campaigners = e.campaigners.filter(c => c !== best)
        const token = mint()
        e.leader = { peer: best.peer, rank: best.rank, token, ttlMs: best.ttlMs, expiresAt: now + best.ttlMs, requestId: best.requestId }
        events.push({ kind: 'granted', name, requestId: best.requestId, token, ttlMs: best.ttlMs })
      }
      if (e.leader == null && e.campaigners.length === 0) this.elections.delete(name)
    }
    return events
  }

  leaderOf (name: string): LeaderView | undefined {
    const l = this.elections.get(name)?.leader
    return l == null ? undefined : { peer: l.peer, rank: l.rank, token: l.token }
  }

  toEntries (): ElectionEntry[] {
    return [...this.elections].map(([name, e]) => ({
      name,
      leader: e.leader?.peer ?? '',
      hasRank: e.leader?.rank != null,
      rank: BigInt(e.leader?.rank ?? 0),
      token: e.leader?.token ?? 0n,
      ttlMs: e.leader?.ttlMs ?? 0,
      requestId: e.leader?.requestId ?? '',
      campaigners: e.campaigners.map(c => ({ peer: c.peer, requestId: c.requestId, hasRank: c.rank != null, rank: BigInt(c.rank ?? 0), preempt: c.preempt, ttlMs: c.ttlMs }))
    }))
  }

  /** Adopts replicated elections; the leader gets a full TTL from `now`. */
  static fromEntries (entries: ElectionEntry[], maxElections: number, now: number): ElectionTable {
    const table = new ElectionTable(maxElections)
    for (const x of entries) {
      const leader = x.leader !== ''
        ? { peer: x.leader, rank: x.hasRank ? Number(x.rank) : undefined, token: x.token, ttlMs: x.ttlMs, expiresAt: now + x.ttlMs, requestId: x.requestId }
        : undefined
      const campaigners = x.campaigners.map(c => ({ peer: c.peer, rank: c.hasRank ? Number(c.rank) : undefined, requestId: c.requestId, preempt: c.preempt, ttlMs: c.ttlMs, seq: ++table.arrivals }))
      table.elections.set(x.name, { leader, campaigners })
    }
    return table
  }
}

/** The bully order: lower rank first; unranked after ranked; then lower peer id. */
function better (a: { rank?: number, peer: string }, b: { rank?: number, peer: string }): boolean {
  const ra = a.rank ?? Number.POSITIVE_INFINITY
  const rb = b.rank ?? Number.POSITIVE_INFINITY
  return ra !== rb ? ra < rb : a.peer < b.peer
}
