import { LockQueueFullError, LockReentryLimitError, TooManyLocksError } from '../errors.js'
import type { CoordState, LockEntry } from '../net/wire.js'

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
  peer: string
  owner: string
  requestId: string
  ttlMs: number
  /** Leader-local monotonic deadline of the wait. */
  deadline: number
}

interface Holding { peer: string, owner: string, token: bigint, ttlMs: number, reentry: number, applied: string[], expiresAt: number }
interface Waiter { peer: string, owner: string, requestId: string, ttlMs: number, deadline: number }
interface Lock { holding?: Holding, queue: Waiter[] }

export type AcquireOutcome =
  | { kind: 'granted', token: bigint, reentry: number, changed: boolean }
  | { kind: 'queued', changed: boolean }

/** A waiter that was granted, expired or withdrawn by `sweep`. */
export type SweepEvent =
  | { kind: 'granted', name: string, requestId: string, token: bigint, ttlMs: number }
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
    let lock = this.locks.get(req.name)
    const h = lock?.holding
    if (h != null && h.peer === req.peer && h.owner === req.owner) {
      if (h.applied.includes(req.requestId)) return { kind: 'granted', token: h.token, reentry: h.reentry, changed: false }
      if (h.reentry >= this.limits.maxReentry) throw new LockReentryLimitError(req.name, this.limits.maxReentry)
      h.reentry++
      remember(h, req.requestId)
      return { kind: 'granted', token: h.token, reentry: h.reentry, changed: true }
    }
    if (lock == null) {
      if (this.locks.size >= this.limits.maxLocks) throw new TooManyLocksError(this.limits.maxLocks)
      lock = { queue: [] }
      this.locks.set(req.name, lock)
    }
    const queued = lock.queue.find(w => w.requestId === req.requestId && w.peer === req.peer)
    if (queued != null) { queued.deadline = req.deadline; return { kind: 'queued', changed: false } }
    if (lock.holding == null && lock.queue.length === 0) {
      const token = this.nextToken(epoch)
      lock.holding = { peer: req.peer, owner: req.owner, token, ttlMs: req.ttlMs, reentry: 1, applied: [req.requestId], expiresAt: now + req.ttlMs }
      return { kind: 'granted', token, reentry: 1, changed: true }
    }
    if (lock.queue.length >= this.limits.maxQueue) throw new LockQueueFullError(req.name, this.limits.maxQueue)
    lock.queue.push({ peer: req.peer, owner: req.owner, requestId: req.requestId, ttlMs: req.ttlMs, deadline: req.deadline })
    return { kind: 'queued', changed: true }
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

  /** Withdraws a waiter; true if it was queued. */
  cancel (name: string, requestId: string, peer: string): boolean {
    const lock = this.locks.get(name)
    if (lock == null) return false
    const before = lock.queue.length
    lock.queue = lock.queue.filter(w => !(w.requestId === requestId && w.peer === peer))
    return lock.queue.length !== before
  }

  /**
   * Expires lapsed holders, drops waiters past their deadline or no longer live (a
   * waiter whose own session lapsed is never granted), and grants free locks to the
   * next waiter in FIFO order.
   */
  sweep (now: number, epoch: number, isLive: (peer: string) => boolean): SweepEvent[] {
    const events: SweepEvent[] = []
    for (const [name, lock] of this.locks) {
      const h = lock.holding
      if (h != null && now >= h.expiresAt) {
        lock.holding = undefined
        events.push({ kind: 'expired', name, token: h.token })
      }
      lock.queue = lock.queue.filter(w => {
        if (now >= w.deadline) events.push({ kind: 'timeout', name, requestId: w.requestId })
        else if (!isLive(w.peer)) events.push({ kind: 'withdrawn', name, requestId: w.requestId })
        else return true
        return false
      })
      if (lock.holding == null) {
        const next = lock.queue.shift()
        if (next != null) {
          const token = this.nextToken(epoch)
          lock.holding = { peer: next.peer, owner: next.owner, token, ttlMs: next.ttlMs, reentry: 1, applied: [next.requestId], expiresAt: now + next.ttlMs }
          events.push({ kind: 'granted', name, requestId: next.requestId, token, ttlMs: next.ttlMs })
        }
      }
      if (lock.holding == null && lock.queue.length === 0) this.locks.delete(name)
    }
    return events
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
        queue: lock.queue.map(w => ({ peer: w.peer, owner: w.owner, requestId: w.requestId, ttlMs: w.ttlMs }))
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
      const queue = e.queue.map(w => ({ peer: w.peer, owner: w.owner, requestId: w.requestId, ttlMs: w.ttlMs, deadline: now + waiterGraceMs }))
      table.locks.set(e.name, { holding, queue })
    }
    return table
  }
}

function remember (h: Holding, requestId: string): void {
  h.applied.push(requestId)
  if (h.applied.length > APPLIED_MEMORY) h.applied.splice(0, h.applied.length - APPLIED_MEMORY)
}
