import { LockQueueFullError, LockReentryLimitError, TooManyLocksError } from '../errors.js'
import type { CoordState, LockEntry } from '../net/wire.js'
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
  owner: string
  requestId: string
  ttlMs: number
  /** Leader-local monotonic deadline of the wait. */
  deadline: number
}

interface Holding { peer: string, owner: string, token: bigint, ttlMs: number, reentry: number, applied: string[], expiresAt: number }
/** A queued request; a multi-lock's one Waiter object sits in the queue of each of its locks. */
interface Waiter { peer: string, owner: string, requestId: string, ttlMs: number, deadline: number, names: string[], seq: number }
interface Lock { holding?: Holding, queue: Waiter[] }

export interface Grant { name: string, token: bigint }

export type AcquireOutcome =
  | { kind: 'granted', token: bigint, reentry: number, changed: boolean, grants: Grant[] }
  | { kind: 'queued', changed: boolean }

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
 */
export class LockTable {
  private readonly locks = new Map<string, Lock>()
  private counterEpoch = 0
  private counter = 0
  /** Arrival order of queued requests (leader-local): the youngest is the deadlock victim. */
  private arrivals = 0

  constructor (private readonly limits: LockLimits) {}

  /**
   * Fencing token: epoch * 2^32 + counter, strictly increasing across grants and epochs.
   * Other tables (accepted variable writes) draw from this one sequence too.
   */
  nextToken (epoch: number): bigint {
    if (epoch !== this.counterEpoch) { this.counterEpoch = epoch; this.counter = 0 }
    this.counter++
    return (BigInt(epoch) << 32n) + BigInt(this.counter)
  }

  acquire (req: AcquireRequest, epoch: number, now: number): AcquireOutcome {
    const names = req.names ?? [req.name]
    if (names.length > 1) return this.acquireAll(req, names, epoch, now)
    let lock = this.locks.get(req.name)
    const h = lock?.holding
    if (h != null && h.peer === req.peer && h.owner === req.owner) {
      if (h.applied.includes(req.requestId)) return granted(h.token, h.reentry, false, [{ name: req.name, token: h.token }])
      if (h.reentry >= this.limits.maxReentry) throw new LockReentryLimitError(req.name, this.limits.maxReentry)
      h.reentry++
      remember(h, req.requestId)
      return granted(h.token, h.reentry, true, [{ name: req.name, token: h.token }])
    }
    if (lock == null) {
      if (this.locks.size >= this.limits.maxLocks) throw new TooManyLocksError(this.limits.maxLocks)
      lock = { queue: [] }
      this.locks.set(req.name, lock)
    }
    const queued = lock.queue.find(w => w.requestId === req.requestId && w.peer === req.peer)
    if (queued != null) { queued.deadline = req.deadline; return { kind: 'queued', changed: false } }
    if (lock.holding == null && lock.queue.length === 0) {
      const token = this.hold(lock, req, epoch, now)
      return granted(token, 1, true, [{ name: req.name, token }])
    }
    if (lock.queue.length >= this.limits.maxQueue) throw new LockQueueFullError(req.name, this.limits.maxQueue)
    lock.queue.push(this.waiter(req, names))
    return { kind: 'queued', changed: true }
  }

  /**
   * A multi-lock: granted only when every lock is free and this request is first in every
   * queue. All queues are appended in arrival order, so two multi-locks over the same
   * names queue in the same order everywhere and can never wait for each other.
   */
  private acquireAll (req: AcquireRequest, names: string[], epoch: number, now: number): AcquireOutcome {
    const held = names.map(n => this.locks.get(n)?.holding)
    if (held.every(h => h != null && h.peer === req.peer && h.applied.includes(req.requestId))) {
      return granted(held[0]!.token, 1, false, names.map((name, i) => ({ name, token: held[i]!.token }))) // a retry
    }
    const queued = this.locks.get(names[0]!)?.queue.find(w => w.requestId === req.requestId && w.peer === req.peer)
    if (queued != null) { queued.deadline = req.deadline; return { kind: 'queued', changed: false } }
    const fresh = names.filter(n => !this.locks.has(n)).length
    if (this.locks.size + fresh > this.limits.maxLocks) throw new TooManyLocksError(this.limits.maxLocks)
    const locks = names.map(n => this.locks.get(n) ?? { queue: [] })
    names.forEach((n, i) => this.locks.set(n, locks[i]!))
    if (locks.every(l => l.holding == null && l.queue.length === 0)) {
      const grants = names.map((name, i) => ({ name, token: this.hold(locks[i]!, req, epoch, now) }))
      return granted(grants[0]!.token, 1, true, grants)
    }
    const full = names.find((n, i) => locks[i]!.queue.length >= this.limits.maxQueue)
    if (full != null) throw new LockQueueFullError(full, this.limits.maxQueue)
    const w = this.waiter(req, names)
    for (const l of locks) l.queue.push(w)
    return { kind: 'queued', changed: true }
  }

  private waiter (req: AcquireRequest, names: string[]): Waiter {
    return { peer: req.peer, owner: req.owner, requestId: req.requestId, ttlMs: req.ttlMs, deadline: req.deadline, names, seq: ++this.arrivals }
  }

  private hold (lock: Lock, w: { peer: string, owner: string, requestId: string, ttlMs: number }, epoch: number, now: number): bigint {
    const token = this.nextToken(epoch)
    lock.holding = { peer: w.peer, owner: w.owner, token, ttlMs: w.ttlMs, reentry: 1, applied: [w.requestId], expiresAt: now + w.ttlMs }
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

  /** Withdraws the queued request `requestId` of `peer`, whichever locks it waits for. */
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

  /** Who holds and who waits, for deadlock detection. Agents are `peer NUL owner`. */
  waitState (): { resources: ResourceState[], pending: PendingRequest[] } {
    const resources: ResourceState[] = []
    const pending = new Map<Waiter, PendingRequest>()
    for (const [name, lock] of this.locks) {
      const h = lock.holding
      resources.push({ name: `lock:${name}`, capacity: 1, holders: h != null ? [{ agent: agentOf(h), units: 1 }] : [] })
      for (const w of lock.queue) {
        if (!pending.has(w)) pending.set(w, { key: w.requestId, agent: agentOf(w), seq: w.seq, needs: w.names.map(n => ({ resource: `lock:${n}`, units: 1 })) })
      }
    }
    return { resources, pending: [...pending.values()] }
  }

  /** The holding of `name`, if any (for answering retried acquires and for views). */
  holder (name: string): { peer: string, token: bigint, reentry: number } | undefined {
    const h = this.locks.get(name)?.holding
    return h != null ? { peer: h.peer, token: h.token, reentry: h.reentry } : undefined
  }

  toState (): Pick<CoordState, 'counterEpoch' | 'counter' | 'locks'> {
    const locks: LockEntry[] = []
    for (const [name, lock] of this.locks) {
      const h = lock.holding
      locks.push({
        name,
        holder: h?.peer ?? '',
        owner: h?.owner ?? '',
        token: h?.token ?? 0n,
        ttlMs: h?.ttlMs ?? 0,
        reentry: h?.reentry ?? 0,
        applied: h?.applied ?? [],
        queue: lock.queue.map(w => ({ peer: w.peer, owner: w.owner, requestId: w.requestId, ttlMs: w.ttlMs, names: w.names.length > 1 ? w.names : [] }))
      })
    }
    return { counterEpoch: BigInt(this.counterEpoch), counter: BigInt(this.counter), locks }
  }

  /**
   * Adopts a replicated table. Holders get a full TTL from `now` (this leader's clock);
   * waiters get `waiterGraceMs` to re-send their request to this leader.
   */
  static fromState (state: Pick<CoordState, 'counterEpoch' | 'counter' | 'locks'>, limits: LockLimits, now: number, waiterGraceMs: number): LockTable {
    const table = new LockTable(limits)
    table.counterEpoch = Number(state.counterEpoch)
    table.counter = Number(state.counter)
    for (const e of state.locks) {
      const holding = e.holder !== ''
        ? { peer: e.holder, owner: e.owner, token: e.token, ttlMs: e.ttlMs, reentry: e.reentry, applied: [...e.applied], expiresAt: now + e.ttlMs }
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
          waiter = { peer: w.peer, owner: w.owner, requestId: w.requestId, ttlMs: w.ttlMs, deadline: now + waiterGraceMs, names: w.names.length > 0 ? w.names : [e.name], seq: ++table.arrivals }
          waiters.set(key, waiter)
        }
        lock.queue.push(waiter)
      }
    }
    return table
  }
}

function granted (token: bigint, reentry: number, changed: boolean, grants: Grant[]): AcquireOutcome {
  return { kind: 'granted', token, reentry, changed, grants }
}

function agentOf (x: { peer: string, owner: string }): string {
  return `${x.peer}\u0000${x.owner}`
}

function remember (h: Holding, requestId: string): void {
  h.applied.push(requestId)
  if (h.applied.length > APPLIED_MEMORY) h.applied.splice(0, h.applied.length - APPLIED_MEMORY)
}
