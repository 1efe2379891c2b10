import { TokenCounter } from './token-counter.js'
import type { PendingRequest, ResourceState } from './deadlock.js'
import type { LeaseKind } from './lease-kind.js'

/**
 * The one fenced-lease queue of the lease holder: named resources of some capacity, their
 * holders (each with a fencing token and a lease on this leader's monotonic clock) and
 * their waiters, for every kind of lease. Locks, semaphores and named elections are
 * recipes over it (lock-table.ts, semaphore-table.ts, leadership-table.ts): they decide
 * what a request does on arrival; the queue expires leases, drops waits that ran out or
 * whose peer is gone, and admits waiters — FIFO (locks, semaphores: a head that does not
 * fit blocks those behind it, so it cannot starve) or by rank (named elections). A pure
 * state machine: no I/O, time passed in.
 */

/** Who holds or waits: re-entry, orphans and deadlock cycles are per agent. */
export interface Agent { peer: string, session: string, owner: string }

export interface Holding extends Agent {
  requestId: string
  token: bigint
  /** Permits held (1 for a lock or a leadership). */
  units: number
  ttlMs: number
  /** Leader-local monotonic time. */
  expiresAt: number
  /** A lock's re-entries (1 otherwise). */
  reentry: number
  /** Request ids already applied to this holding (retries, releases). */
  applied: string[]
  seq: bigint
  /** A leadership's rank (lower leads). */
  rank?: number
}

export interface Waiter extends Agent {
  requestId: string
  seq: bigint
  units: number
  ttlMs: number
  /** Leader-local monotonic deadline (Infinity: a campaign waits as long as its peer lives). */
  deadline: number
  /** Every resource it waits for, all or nothing (a multi-lock); the same object sits in each queue. */
  names: string[]
  /** Arrival order on this leader: the youngest wait of a deadlock cycle is refused. */
  arrival: number
  rank?: number
  preempt: boolean
}

export interface Resource { capacity: number, holders: Holding[], queue: Waiter[] }

/** How a kind admits its waiters. */
export type Admission = 'fifo' | 'rank'

export interface Grant { name: string, token: bigint }

/** What a sweep did to a lease or a wait. */
export type LeaseEvent =
  | { kind: 'granted', name: string, requestId: string, token: bigint, ttlMs: number, grants: Grant[] }
  | { kind: 'timeout' | 'withdrawn', name: string, requestId: string }
  | { kind: 'expired' | 'deposed', name: string, token: bigint }

/** A request as it arrives, for the rules every recipe shares (`arrive`). */
export interface Arrival {
  names: string[]
  agent: Agent
  requestId: string
  seq: bigint
  /** The token its client tracks and wants to re-enter; 0n for a fresh request. */
  reenter: bigint
  deadline: number
  maxReentry: number
}

export type ArrivalOutcome =
  | { kind: 'granted', token: bigint, reentry: number, changed: boolean, grants: Grant[], superseded: string[] }
  | { kind: 'queued', changed: false, superseded: string[] }
  | { kind: 'stale' } | { kind: 'reentry-limit' }
  /** Not a retry, re-entry or stale duplicate: the recipe admits it (orphans released, `superseded` waits withdrawn). */
  | { kind: 'fresh', changed: boolean, superseded: string[] }

/** Request ids remembered per holding, so retries after lost replies apply once. */
const APPLIED_MEMORY = 32

export type WaiterFields = Agent & Pick<Waiter, 'requestId' | 'seq' | 'units' | 'ttlMs' | 'deadline' | 'names'> & Partial<Pick<Waiter, 'rank' | 'preempt'>>

export class LeaseQueue {
  private readonly kinds = new Map<LeaseKind, Map<string, Resource>>()
  private arrivals = 0

  constructor (readonly tokens = new TokenCounter()) {}

  /** The resources of one kind, by name. */
  of (kind: LeaseKind): Map<string, Resource> {
    let m = this.kinds.get(kind)
    if (m == null) { m = new Map(); this.kinds.set(kind, m) }
    return m
  }

  get (kind: LeaseKind, name: string): Resource | undefined {
    return this.of(kind).get(name)
  }

  /** The resource, created empty with `capacity` if new (`tooMany` refuses one past the limit). */
  ensure (kind: LeaseKind, name: string, capacity: number, limit: number, tooMany: () => Error): Resource {
    const all = this.of(kind)
    let r = all.get(name)
    if (r == null) {
      if (all.size >= limit) throw tooMany()
      r = { capacity, holders: [], queue: [] }
      all.set(name, r)
    }
    return r
  }

  free (r: Resource): number {
    return r.capacity - r.holders.reduce((n, h) => n + h.units, 0)
  }

  /** Gives `r` to `w` with a new token; its lease runs from `now`. */
  hold (r: Resource, w: Agent & { requestId: string, units: number, ttlMs: number, seq: bigint, rank?: number }, token: bigint, now: number): Holding {
    const h: Holding = { peer: w.peer, session: w.session, owner: w.owner, requestId: w.requestId, token, units: w.units, ttlMs: w.ttlMs, expiresAt: now + w.ttlMs, reentry: 1, applied: [w.requestId], seq: w.seq, rank: w.rank }
    r.holders.push(h)
    return h
  }

  /** Queues a new wait at the back of each of its names' queues (the resources must exist). */
  enqueue (kind: LeaseKind, fields: WaiterFields): Waiter {
    const w = this.newWaiter(fields)
    for (const n of w.names) this.get(kind, n)!.queue.push(w)
    return w
  }

  /** A wait that arrives now, not yet in any queue (adoption puts it back in each queue's order). */
  newWaiter (fields: WaiterFields): Waiter {
    return { preempt: false, ...fields, arrival: ++this.arrivals }
  }

  /** Takes a wait out of every queue it is in, and forgets resources left empty. */
  unqueue (kind: LeaseKind, w: Waiter): void {
    for (const n of w.names) {
      const r = this.get(kind, n)
      if (r == null) continue
      r.queue = r.queue.filter(x => x !== w)
      this.gc(kind, n)
    }
  }

  /** Forgets `name` if nobody holds or waits for it. */
  gc (kind: LeaseKind, name: string): void {
    const r = this.get(kind, name)
    if (r != null && r.holders.length === 0 && r.queue.length === 0) this.of(kind).delete(name)
  }

  waiter (kind: LeaseKind, name: string, requestId: string, peer: string): Waiter | undefined {
    return this.get(kind, name)?.queue.find(w => w.requestId === requestId && w.peer === peer)
  }

  /** Extends the lease of `token`; false if it no longer holds `name`. */
  renew (kind: LeaseKind, name: string, token: bigint, peer: string, now: number): boolean {
    const h = this.get(kind, name)?.holders.find(x => x.token === token && x.peer === peer)
    if (h == null) return false
    h.expiresAt = now + h.ttlMs
    return true
  }

  /** Removes the first holding of `name` that `match` accepts (and forgets `name` if that left it empty). */
  drop (kind: LeaseKind, name: string, match: (h: Holding) => boolean): Holding | undefined {
    const r = this.get(kind, name)
    const i = r?.holders.findIndex(match) ?? -1
    if (r == null || i < 0) return undefined
    const [h] = r.holders.splice(i, 1)
    this.gc(kind, name)
    return h
  }

  /**
   * What a request for `names` of `kind` is, given what its agent already holds and waits
   * for — the rules every recipe shares (issue 11's lock promise):
   * - a retry of a request already granted: the same grant, its lease restarted (the client
   *   counts from the retry, which is never earlier);
   * - a retry of a queued request: it keeps its place (its deadline refreshed);
   * - older than a request of the same agent already seen: stale, changes nothing;
   * - naming in `reenter` the token its agent holds (one resource): a re-entry;
   * - otherwise fresh: a holding of the same agent that the request neither retries nor
   *   re-enters is one its client gave up on or saw lapse (an orphan) and is released,
   *   never handed on; the agent's older waits are withdrawn (superseded).
   */
  arrive (kind: LeaseKind, a: Arrival, now: number): ArrivalOutcome {
    const existing = a.names.map(n => this.get(kind, n))
    const holdings = existing.map(r => r?.holders.find(h => sameAgent(h, a.agent)))
    if (holdings.every(h => h?.applied.includes(a.requestId) === true)) {
      for (const h of holdings) h!.expiresAt = Math.max(h!.expiresAt, now + h!.ttlMs)
      return { kind: 'granted', token: holdings[0]!.token, reentry: holdings[0]!.reentry, changed: false, grants: a.names.map((name, i) => ({ name, token: holdings[i]!.token })), superseded: [] }
    }
    const queued = this.waiter(kind, a.names[0]!, a.requestId, a.agent.peer)
    if (queued != null) { queued.deadline = a.deadline; return { kind: 'queued', changed: false, superseded: [] } }
    const mine = [...new Set(existing.flatMap(r => r?.queue.filter(w => sameAgent(w, a.agent)) ?? []))]
    if (holdings.some(h => h != null && h.seq > a.seq) || mine.some(w => w.seq > a.seq)) return { kind: 'stale' }
    const single = holdings[0]
    if (a.names.length === 1 && single != null && a.reenter !== 0n && a.reenter === single.token) {
      if (single.reentry >= a.maxReentry) return { kind: 'reentry-limit' }
      single.reentry++
      single.seq = a.seq
      single.expiresAt = Math.max(single.expiresAt, now + single.ttlMs)
      remember(single, a.requestId)
      return { kind: 'granted', token: single.token, reentry: single.reentry, changed: true, grants: [{ name: a.names[0]!, token: single.token }], superseded: [] }
    }
    let changed = false
    existing.forEach((r, i) => { if (r != null && holdings[i] != null) { r.holders = r.holders.filter(h => h !== holdings[i]); changed = true } })
    for (const w of mine) this.unqueue(kind, w)
    return { kind: 'fresh', changed: changed || mine.length > 0, superseded: mine.map(w => w.requestId) }
  }

  /** Releases one re-entry of `token` (the whole holding at the last). Idempotent: a repeated or stale release changes nothing. */
  release (kind: LeaseKind, name: string, token: bigint, peer: string, requestId: string): boolean {
    const h = this.get(kind, name)?.holders.find(x => x.token === token && x.peer === peer)
    if (h == null || h.applied.includes(requestId)) return false
    this.endOne(kind, name, h, requestId)
    return true
  }

  /**
   * The client gave up on request `requestId` (its wait ran out, or it was aborted). A
   * queued request is withdrawn (from every queue it is in): 'withdrawn'. A request that
   * was granted in the meantime, its answer still in flight, gives back what it was
   * granted — otherwise nobody would use it until its TTL, and the same agent's next
   * request would find an orphan: 'released'.
   */
  cancel (kind: LeaseKind, name: string, requestId: string, peer: string, names: string[] = [name]): 'withdrawn' | 'released' | undefined {
    const w = this.waiter(kind, name, requestId, peer)
    if (w != null) { this.unqueue(kind, w); return 'withdrawn' }
    let released: 'released' | undefined
    for (const n of names) {
      const h = this.get(kind, n)?.holders.find(x => x.peer === peer && x.applied.includes(requestId))
      if (h == null || h.applied.includes(`cancel:${requestId}`)) continue
      this.endOne(kind, n, h, `cancel:${requestId}`)
      released = 'released'
    }
    return released
  }

  private endOne (kind: LeaseKind, name: string, h: Holding, requestId: string): void {
    h.reentry--
    remember(h, requestId)
    if (h.reentry <= 0) this.drop(kind, name, x => x === h)
  }

  /** Withdraws the queued request `requestId` of `peer`, whatever it waits for (a deadlock victim). */
  cancelRequest (kind: LeaseKind, requestId: string, peer: string): boolean {
    for (const r of this.of(kind).values()) {
      const w = r.queue.find(x => x.requestId === requestId && x.peer === peer)
      if (w != null) { this.unqueue(kind, w); return true }
    }
    return false
  }

  /** The waiter `r` admits next, if any: its queue's head, or its best rank. */
  next (r: Resource, admission: Admission): Waiter | undefined {
    if (admission === 'fifo' || r.queue.length === 0) return r.queue[0]
    return r.queue.reduce((a, b) => (better(b, a) ? b : a))
  }

  /**
   * Expires lapsed leases, drops waits past their deadline or whose peer is not live (a
   * waiter whose own session lapsed is never granted), then admits waiters to a fixpoint:
   * one is granted when, in every queue it is in, it is next and fits.
   */
  sweep (kind: LeaseKind, admission: Admission, now: number, isLive: (peer: string, session: string) => boolean, mint: () => bigint): LeaseEvent[] {
    const events: LeaseEvent[] = []
    const dropped = new Set<Waiter>()
    for (const [name, r] of this.of(kind)) {
      r.holders = r.holders.filter(h => {
        if (now < h.expiresAt) return true
        events.push({ kind: 'expired', name, token: h.token })
        return false
      })
      for (const w of r.queue) {
        if (dropped.has(w)) continue
        if (now >= w.deadline) events.push({ kind: 'timeout', name: w.names[0]!, requestId: w.requestId })
        else if (!isLive(w.peer, w.session)) events.push({ kind: 'withdrawn', name: w.names[0]!, requestId: w.requestId })
        else continue
        dropped.add(w)
      }
    }
    for (const w of dropped) this.unqueue(kind, w)
    let admitted = true
    while (admitted) { // a grant can free a head elsewhere (a multi-lock's other queues): loop to a fixpoint
      admitted = false
      for (const r of [...this.of(kind).values()]) {
        const next = this.next(r, admission)
        if (next == null) continue
        const all = next.names.map(n => this.get(kind, n)!)
        if (!all.every(x => this.next(x, admission) === next && this.free(x) >= next.units)) continue
        for (const x of all) x.queue = x.queue.filter(w => w !== next)
        const grants = next.names.map((name, i) => ({ name, token: this.hold(all[i]!, next, mint(), now).token }))
        events.push({ kind: 'granted', name: next.names[0]!, requestId: next.requestId, token: grants[0]!.token, ttlMs: next.ttlMs, grants })
        admitted = true
      }
    }
    for (const name of [...this.of(kind).keys()]) this.gc(kind, name)
    return events
  }

  /** Who holds and who waits, as `kind:name` resources, for deadlock detection. Agents are `peer NUL session NUL owner`. */
  waitState (kind: LeaseKind): { resources: ResourceState[], pending: PendingRequest[] } {
    const resources: ResourceState[] = []
    const pending = new Map<Waiter, PendingRequest>()
    for (const [name, r] of this.of(kind)) {
      resources.push({ name: `${kind}:${name}`, capacity: r.capacity, holders: r.holders.map(h => ({ agent: agentOf(h), units: h.units })) })
      for (const w of r.queue) {
        if (!pending.has(w)) pending.set(w, { key: w.requestId, agent: agentOf(w), seq: w.arrival, needs: w.names.map(n => ({ resource: `${kind}:${n}`, units: w.units })) })
      }
    }
    return { resources, pending: [...pending.values()] }
  }
}

export function sameAgent (a: Agent, b: Agent): boolean {
  return a.peer === b.peer && a.session === b.session && a.owner === b.owner
}

function agentOf (x: Agent): string {
  return `${x.peer}\u0000${x.session}\u0000${x.owner}`
}

/** The bully order: lower rank first; unranked after ranked; then lower peer id. */
export function better (a: { rank?: number, peer: string }, b: { rank?: number, peer: string }): boolean {
  const ra = a.rank ?? Number.POSITIVE_INFINITY
  const rb = b.rank ?? Number.POSITIVE_INFINITY
  return ra !== rb ? ra < rb : a.peer < b.peer
}

function remember (h: Holding, requestId: string): void {
  h.applied.push(requestId)
  if (h.applied.length > APPLIED_MEMORY) h.applied.splice(0, h.applied.length - APPLIED_MEMORY)
}
