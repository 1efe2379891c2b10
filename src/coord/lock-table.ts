import { LockQueueFullError, LockReentryLimitError, TooManyLocksError } from '../errors.js'
import { TokenCounter } from './token-counter.js'
import type { CoordState, LockEntry } from './coord-wire.js'
import type { PendingRequest, ResourceState } from './deadlock.js'

export interface LockLimits {
  /** Waiters per lock. Default 64. */
  maxQueue: number
  /** Locks held or waited for at once. Default 256. */
  maxLocks: number
  /** Re-entrant acquires by one holder. Default 64. */
  maxReentry: number
}

export interface AcquireRequest {
  name: string
  /** A multi-lock: every one of these names (sorted, distinct; `name` is the first), all or nothing. */
  names?: string[]
  peer: string
  /** The client's incarnation: another session's holdings are never re-entered or released on its word. Default ''. */
  session?: string
  owner: string
  requestId: string
  /** Increases with every request of a session; a lower one than the table knows for the same agent is a delayed duplicate. Default 0n. */
  seq?: bigint
  /** The token the client tracks and wants to re-enter; 0n (default) for a fresh acquire. */
  reenter?: bigint
  ttlMs: number
  /** Leader-local monotonic deadline of the wait. */
  deadline: number
}

/** An agent is one (peer, session, owner): re-entry, orphans and deadlock cycles are per agent. */
interface Agent { peer: string, session: string, owner: string }
interface Holding extends Agent { token: bigint, ttlMs: number, reentry: number, applied: string[], seq: bigint, expiresAt: number }
/** A queued request; a multi-lock's one Waiter object sits in the queue of each of its locks. */
interface Waiter extends Agent { requestId: string, seq: bigint, ttlMs: number, deadline: number, names: string[], arrival: number }
interface Lock { holding?: Holding, queue: Waiter[] }

export interface Grant { name: string, token: bigint }

export type AcquireOutcome =
  | { kind: 'granted', token: bigint, reentry: number, changed: boolean, grants: Grant[], superseded: string[] }
  | { kind: 'queued', changed: boolean, superseded: string[] }
  /** A delayed duplicate: the same agent has sent a newer request since. Nothing changed. */
  | { kind: 'stale' }

/** A waiter that was granted, expired or withdrawn by `sweep`. */
export type SweepEvent =
  | { kind: 'granted', name: string, requestId: string, token: bigint, ttlMs: number, grants: Grant[] }
  | { kind: 'timeout', name: string, requestId: string }
  | { kind: 'withdrawn', name: string, requestId: string }
  | { kind: 'expired', name: string, token: bigint }

/** Request ids remembered per holding, so retries after lost replies apply once. */
const APPLIED_MEMORY = 32

/**
 * The lease holder's lock table: a pure state machine over monotonic time, with no I/O.
 * Expiry times live only on the leader that set them; the replicated form carries TTLs,
 * and a new leader gives every adopted holder a full TTL from its own clock.
 *
 * Every answer that hands a holding to its client (a grant, a retry of it, a re-entry)
 * restarts the holding's lease from now: the client counts its lease from when it sent
 * that request, which is never later, so the client's lease always ends first.
 *
 * A client sends one request per (lock, owner) at a time, each with a higher `seq`, and
 * names the token it still tracks in `reenter`. So a holding of the same agent that the
 * request neither retries nor re-enters is one the client gave up on or saw lapse (an
 * orphan): it is released, never handed to the new request; and the agent's older queued
 * requests are withdrawn (superseded).
 */
export class LockTable {
  private readonly locks = new Map<string, Lock>()
  /** Arrival order of queued requests (leader-local): the youngest is the deadlock victim. */
  private arrivals = 0

  /** `tokens`: the fencing sequence, shared with every other kind of lease (token-counter.ts). */
  constructor (private readonly limits: LockLimits, readonly tokens = new TokenCounter()) {}

  acquire (req: AcquireRequest, epoch: number, now: number): AcquireOutcome {
    const names = req.names ?? [req.name]
    const agent: Agent = { peer: req.peer, session: req.session ?? '', owner: req.owner }
    const seq = req.seq ?? 0n
    const existing = names.map(n => this.locks.get(n))
    const holdings = existing.map(l => l?.holding != null && sameAgent(l.holding, agent) ? l.holding : undefined)
    // a retry of a request already granted: the same grant, its lease restarted
    if (holdings.every(h => h?.applied.includes(req.requestId) === true)) {
      for (const h of holdings) h!.expiresAt = Math.max(h!.expiresAt, now + h!.ttlMs)
      const h = holdings[0]!
      return { kind: 'granted', token: h.token, reentry: h.reentry, changed: false, grants: names.map((name, i) => ({ name, token: holdings[i]!.token })), superseded: [] }
    }
    const queued = existing[0]?.queue.find(w => w.requestId === req.requestId && w.peer === req.peer)
    if (queued != null) { queued.deadline = req.deadline; return { kind: 'queued', changed: false, superseded: [] } }
    const mine = existing.flatMap(l => l?.queue.filter(w => sameAgent(w, agent)) ?? [])
    if (holdings.some(h => h != null && h.seq > seq) || mine.some(w => w.seq > seq)) return { kind: 'stale' }
    const single = holdings[0]
    if (names.length === 1 && single != null && (req.reenter ?? 0n) === single.token) {
      if (single.reentry >= this.limits.maxReentry) throw new LockReentryLimitError(req.name, this.limits.maxReentry)
      single.reentry++
      single.seq = seq
      single.expiresAt = Math.max(single.expiresAt, now + single.ttlMs)
      remember(single, req.requestId)
      return { kind: 'granted', token: single.token, reentry: single.reentry, changed: true, grants: [{ name: req.name, token: single.token }], superseded: [] }
    }
    // orphans of this agent are released, its older waits withdrawn: the client moved on
    let changed = false
    existing.forEach((l, i) => { if (l != null && holdings[i] != null) { l.holding = undefined; changed = true } })
    const superseded = [...new Set(mine)]
    for (const w of superseded) this.unqueue(w)
    if (superseded.length > 0) changed = true
    const outcome = names.length > 1 ? this.acquireAll(req, agent, seq, names, epoch, now) : this.acquireOne(req, agent, seq, epoch, now)
    return { ...outcome, changed: outcome.changed || changed, superseded: superseded.map(w => w.requestId) }
  }

  private acquireOne (req: AcquireRequest, agent: Agent, seq: bigint, epoch: number, now: number): { kind: 'granted', token: bigint, reentry: number, changed: boolean, grants: Grant[] } | { kind: 'queued', changed: boolean } {
    let lock = this.locks.get(req.name)
    if (lock == null) {
      if (this.locks.size >= this.limits.maxLocks) throw new TooManyLocksError(this.limits.maxLocks)
      lock = { queue: [] }
      this.locks.set(req.name, lock)
    }
    if (lock.holding == null && lock.queue.length === 0) {
      const token = this.hold(lock, { ...agent, requestId: req.requestId, ttlMs: req.ttlMs, seq }, epoch, now)
      return { kind: 'granted', token, reentry: 1, changed: true, grants: [{ name: req.name, token }] }
    }
    if (lock.queue.length >= this.limits.maxQueue) throw new LockQueueFullError(req.name, this.limits.maxQueue)
    lock.queue.push(this.waiter(req, agent, seq, [req.name]))
    return { kind: 'queued', changed: true }
  }

  /**
   * A multi-lock: granted only when every lock is free and this request is first in every
   * queue. All queues are appended in arrival order, so two multi-locks over the same
   * names queue in the same order everywhere and can never wait for each other.
   */
  private acquireAll (req: AcquireRequest, agent: Agent, seq: bigint, names: string[], epoch: number, now: number): { kind: 'granted', token: bigint, reentry: number, changed: boolean, grants: Grant[] } | { kind: 'queued', changed: boolean } {
    const fresh = names.filter(n => !this.locks.has(n)).length
    if (this.locks.size + fresh > this.limits.maxLocks) throw new TooManyLocksError(this.limits.maxLocks)
    const locks = names.map(n => this.locks.get(n) ?? { queue: [] })
    names.forEach((n, i) => this.locks.set(n, locks[i]!))
    if (locks.every(l => l.holding == null && l.queue.length === 0)) {
      const grants = names.map((name, i) => ({ name, token: this.hold(locks[i]!, { ...agent, requestId: req.requestId, ttlMs: req.ttlMs, seq }, epoch, now) }))
      return { kind: 'granted', token: grants[0]!.token, reentry: 1, changed: true, grants }
    }
    const full = names.find((n, i) => locks[i]!.queue.length >= this.limits.maxQueue)
    if (full != null) throw new LockQueueFullError(full, this.limits.maxQueue)
    const w = this.waiter(req, agent, seq, names)
    for (const l of locks) l.queue.push(w)
    return { kind: 'queued', changed: true }
  }

  private waiter (req: AcquireRequest, agent: Agent, seq: bigint, names: string[]): Waiter {
    return { ...agent, requestId: req.requestId, seq, ttlMs: req.ttlMs, deadline: req.deadline, names, arrival: ++this.arrivals }
  }

  private hold (lock: Lock, w: Agent & { requestId: string, ttlMs: number, seq: bigint }, epoch: number, now: number): bigint {
    const token = this.tokens.next(epoch)
    lock.holding = { peer: w.peer, session: w.session, owner: w.owner, token, ttlMs: w.ttlMs, reentry: 1, applied: [w.requestId], seq: w.seq, expiresAt: now + w.ttlMs }
    return token
  }

  /** Releases one re-entry of `token`. Idempotent: a repeated or stale release changes nothing. */
  release (name: string, token: bigint, peer: string, requestId: string): boolean {
    const h = this.locks.get(name)?.holding
    if (h == null || h.token !== token || h.peer !== peer || h.applied.includes(requestId)) return false
    h.reentry--
    remember(h, requestId)
    if (h.reentry <= 0) this.locks.get(name)!.holding = undefined
    return true
  }

  /** Extends the holder's lease; false if `token` no longer holds `name`. */
  renew (name: string, token: bigint, peer: string, now: number): boolean {
    const h = this.locks.get(name)?.holding
    if (h == null || h.token !== token || h.peer !== peer) return false
    h.expiresAt = now + h.ttlMs
    return true
  }

  /**
   * The client gave up on request `requestId` (its wait ran out, or it was aborted).
   * A queued request is withdrawn (from every queue, for a multi-lock): 'withdrawn'. A
   * request that was granted in the meantime, its answer still in flight, is released —
   * otherwise nobody would hold the lock until its TTL, and the same owner's next acquire
   * would silently re-enter the orphaned grant: 'released'.
   */
  cancel (name: string, requestId: string, peer: string, names: string[] = [name]): 'withdrawn' | 'released' | undefined {
    const w = this.locks.get(name)?.queue.find(x => x.requestId === requestId && x.peer === peer)
    if (w != null) { this.unqueue(w); return 'withdrawn' }
    let released: 'released' | undefined
    for (const n of names) {
      const lock = this.locks.get(n)
      const h = lock?.holding
      if (h == null || h.peer !== peer || !h.applied.includes(requestId) || h.applied.includes(`cancel:${requestId}`)) continue
      h.reentry--
      remember(h, `cancel:${requestId}`)
      if (h.reentry <= 0) lock!.holding = undefined
      released = 'released'
    }
    return released
  }

  /** Withdraws the queued request `requestId` of `peer`, whichever locks it waits for (a deadlock victim). */
  cancelRequest (requestId: string, peer: string): boolean {
    for (const lock of this.locks.values()) {
      const w = lock.queue.find(x => x.requestId === requestId && x.peer === peer)
      if (w != null) { this.unqueue(w); return true }
    }
    return false
  }

  private unqueue (w: Waiter): void {
    for (const n of w.names) {
      const lock = this.locks.get(n)
      if (lock == null) continue
      lock.queue = lock.queue.filter(x => x !== w)
      if (lock.holding == null && lock.queue.length === 0) this.locks.delete(n)
    }
  }

  /**
   * Expires lapsed holders, drops waiters past their deadline or no longer live (a
   * waiter whose own session lapsed is never granted), and grants free locks to the
   * next waiter in FIFO order (a multi-lock once it is first everywhere and all are free).
   */
  sweep (now: number, epoch: number, isLive: (peer: string) => boolean): SweepEvent[] {
    const events: SweepEvent[] = []
    const dropped = new Set<Waiter>()
    for (const [name, lock] of this.locks) {
      const h = lock.holding
      if (h != null && now >= h.expiresAt) {
        lock.holding = undefined
        events.push({ kind: 'expired', name, token: h.token })
      }
      for (const w of lock.queue) {
        if (dropped.has(w)) continue
        if (now >= w.deadline) events.push({ kind: 'timeout', name: w.names[0]!, requestId: w.requestId })
        else if (!isLive(w.peer)) events.push({ kind: 'withdrawn', name: w.names[0]!, requestId: w.requestId })
        else continue
        dropped.add(w)
      }
    }
    for (const w of dropped) this.unqueue(w)
    let granting = true
    while (granting) { // a multi-lock's grant can unblock nothing else, but a single one's can free a head: loop to a fixpoint
      granting = false
      for (const lock of [...this.locks.values()]) {
        const next = lock.queue[0]
        if (lock.holding != null || next == null) continue
        const locks = next.names.map(n => this.locks.get(n)!)
        if (!locks.every(l => l.holding == null && l.queue[0] === next)) continue
        for (const l of locks) l.queue.shift()
        const grants = next.names.map((name, i) => ({ name, token: this.hold(locks[i]!, next, epoch, now) }))
        events.push({ kind: 'granted', name: next.names[0]!, requestId: next.requestId, token: grants[0]!.token, ttlMs: next.ttlMs, grants })
        granting = true
      }
    }
    for (const [name, lock] of this.locks) if (lock.holding == null && lock.queue.length === 0) this.locks.delete(name)
    return events
  }

  /** Who holds and who waits, for deadlock detection. Agents are `peer NUL session NUL owner`. */
  waitState (): { resources: ResourceState[], pending: PendingRequest[] } {
    const resources: ResourceState[] = []
    const pending = new Map<Waiter, PendingRequest>()
    for (const [name, lock] of this.locks) {
      const h = lock.holding
      resources.push({ name: `lock:${name}`, capacity: 1, holders: h != null ? [{ agent: agentOf(h), units: 1 }] : [] })
      for (const w of lock.queue) {
        if (!pending.has(w)) pending.set(w, { key: w.requestId, agent: agentOf(w), seq: w.arrival, needs: w.names.map(n => ({ resource: `lock:${n}`, units: 1 })) })
      }
    }
    return { resources, pending: [...pending.values()] }
  }

  /** The holding of `name`, if any (for answering retried acquires and for views). */
  holder (name: string): { peer: string, token: bigint, reentry: number } | undefined {
    const h = this.locks.get(name)?.holding
    return h != null ? { peer: h.peer, token: h.token, reentry: h.reentry } : undefined
  }

  /** The replicated form at `now` (waiters carry the wait they have left). */
  toState (now: number): Pick<CoordState, 'counterEpoch' | 'counter' | 'locks'> {
    const locks: LockEntry[] = []
    for (const [name, lock] of this.locks) {
      const h = lock.holding
      locks.push({
        name,
        holder: h?.peer ?? '',
        session: h?.session ?? '',
        owner: h?.owner ?? '',
        seq: h?.seq ?? 0n,
        token: h?.token ?? 0n,
        ttlMs: h?.ttlMs ?? 0,
        reentry: h?.reentry ?? 0,
        applied: h?.applied ?? [],
        queue: lock.queue.map(w => ({ peer: w.peer, session: w.session, owner: w.owner, requestId: w.requestId, seq: w.seq, ttlMs: w.ttlMs, names: w.names.length > 1 ? w.names : [], waitLeftMs: waitLeft(w.deadline, now) }))
      })
    }
    return { ...this.tokens.toState(), locks } // the sequence travels with the table that draws most from it
  }

  /**
   * Adopts a replicated table. Holders get a full TTL from `now` (this leader's clock);
   * waiters get `waiterGraceMs` to re-send their request to this leader, or less if their
   * wait had less left when the state was replicated: their client gives up by then, and
   * a grant to a waiter nobody waits for anymore would hold the lock for a TTL for nothing.
   * (Time spent between replication and adoption only makes that bound later: safe.)
   */
  static fromState (state: Pick<CoordState, 'counterEpoch' | 'counter' | 'locks'>, limits: LockLimits, now: number, waiterGraceMs: number): LockTable {
    const table = new LockTable(limits, TokenCounter.fromState(state))
    for (const e of state.locks) {
      const holding = e.holder !== ''
        ? { peer: e.holder, session: e.session, owner: e.owner, token: e.token, ttlMs: e.ttlMs, reentry: e.reentry, applied: [...e.applied], seq: e.seq, expiresAt: now + e.ttlMs }
        : undefined
      table.locks.set(e.name, { holding, queue: [] })
    }
    // a multi-lock's waiter is one object in several queues, found by its request id
    const waiters = new Map<string, Waiter>()
    for (const e of state.locks) {
      const lock = table.locks.get(e.name)!
      for (const w of e.queue) {
        const key = `${w.peer}\u0000${w.requestId}`
        let waiter = waiters.get(key)
        if (waiter == null) {
          const wait = w.waitLeftMs > 0 ? Math.min(w.waitLeftMs, waiterGraceMs) : waiterGraceMs
          waiter = { peer: w.peer, session: w.session, owner: w.owner, requestId: w.requestId, seq: w.seq, ttlMs: w.ttlMs, deadline: now + wait, names: w.names.length > 0 ? w.names : [e.name], arrival: ++table.arrivals }
          waiters.set(key, waiter)
        }
        lock.queue.push(waiter)
      }
    }
    return table
  }
}

/** Whole ms of wait left at `now`, at least 1 (0 on the wire means "unknown"); capped to fit a uint32. */
function waitLeft (deadline: number, now: number): number {
  if (!Number.isFinite(deadline)) return 0
  return Math.max(1, Math.min(Math.ceil(deadline - now), 0xffffffff))
}

function sameAgent (a: Agent, b: Agent): boolean {
  return a.peer === b.peer && a.session === b.session && a.owner === b.owner
}

function agentOf (x: Agent): string {
  return `${x.peer}\u0000${x.session}\u0000${x.owner}`
}

function remember (h: Holding, requestId: string): void {
  h.applied.push(requestId)
  if (h.applied.length > APPLIED_MEMORY) h.applied.splice(0, h.applied.length - APPLIED_MEMORY)
}
