import { InvalidArgumentError, LockQueueFullError, TooManyLocksError } from '../errors.js'
import { LeaseQueue, type LeaseEvent } from './lease-queue.js'
import type { SemaphoreEntry } from './coord-wire.js'

export interface SemaphoreRequest {
  name: string
  /** Permits in all; fixed by the semaphore's first user. */
  size: number
  permits: number
  peer: string
  /** The client's incarnation (see LockTable): part of the agent, for deadlock detection. Default ''. */
  session?: string
  owner: string
  requestId: string
  ttlMs: number
  /** Leader-local monotonic deadline of the wait. */
  deadline: number
}

export type SemaphoreEvent = LeaseEvent

export interface SemaphoreLimits {
  /** Waiters per semaphore. */
  maxQueue: number
  /** Semaphores alive at once. */
  maxSemaphores: number
}

/**
 * Counting semaphores: a recipe over the lease queue (lease-queue.ts), kind 'semaphore'.
 * Never more than `size` permits are held; each grant has its own fencing token and lease.
 * The queue is strictly FIFO: a large request at its head is not overtaken by small ones
 * behind it, so it cannot starve.
 */
export class SemaphoreTable {
  /** `queue`: the lease holder's one lease queue (a table of its own if not given). */
  constructor (private readonly limits: SemaphoreLimits, readonly queue = new LeaseQueue()) {}

  acquire (req: SemaphoreRequest, now: number, mint: () => bigint): { kind: 'granted', token: bigint, changed: boolean } | { kind: 'queued', changed: boolean } {
    const existing = this.queue.get('semaphore', req.name)
    if (existing != null && existing.capacity !== req.size) throw new InvalidArgumentError(`semaphore ${req.name} has ${existing.capacity} permits, not ${req.size}`)
    if (req.permits < 1 || req.permits > req.size) throw new InvalidArgumentError(`semaphore ${req.name}: permits must be from 1 to ${req.size}`)
    const held = existing?.holders.find(h => h.requestId === req.requestId && h.peer === req.peer)
    if (held != null) { // a retry: the same grant, its lease restarted (its client counts from the retry)
      held.expiresAt = Math.max(held.expiresAt, now + held.ttlMs)
      return { kind: 'granted', token: held.token, changed: false }
    }
    const queued = this.queue.waiter('semaphore', req.name, req.requestId, req.peer)
    if (queued != null) { queued.deadline = req.deadline; return { kind: 'queued', changed: false } }
    const sem = this.queue.ensure('semaphore', req.name, req.size, this.limits.maxSemaphores, () => new TooManyLocksError(this.limits.maxSemaphores))
    const agent = { peer: req.peer, session: req.session ?? '', owner: req.owner, requestId: req.requestId, units: req.permits, ttlMs: req.ttlMs, seq: 0n }
    if (sem.queue.length === 0 && this.queue.free(sem) >= req.permits) {
      return { kind: 'granted', token: this.queue.hold(sem, agent, mint(), now).token, changed: true }
    }
    if (sem.queue.length >= this.limits.maxQueue) throw new LockQueueFullError(req.name, this.limits.maxQueue)
    this.queue.enqueue('semaphore', { ...agent, deadline: req.deadline, names: [req.name] })
    return { kind: 'queued', changed: true }
  }

  /** Gives back the permits of grant `token`; a repeated or stale release changes nothing. */
  release (name: string, token: bigint, peer: string): boolean {
    return this.queue.release('semaphore', name, token, peer, `release:${token}`)
  }

  renew (name: string, token: bigint, peer: string, now: number): boolean {
    return this.queue.renew('semaphore', name, token, peer, now)
  }

  /** The client gave up: withdraw its request, or release what was granted meanwhile. */
  cancel (name: string, requestId: string, peer: string): 'withdrawn' | 'released' | undefined {
    return this.queue.cancel('semaphore', name, requestId, peer)
  }

  /** Expires lapsed grants, drops waiters that timed out or whose peer is gone, grants from the head in order. */
  sweep (now: number, isLive: (peer: string, session: string) => boolean, mint: () => bigint): SemaphoreEvent[] {
    return this.queue.sweep('semaphore', 'fifo', now, isLive, mint)
  }

  /** Permits held at once, per semaphore (for views and checks). */
  held (name: string): number {
    const sem = this.queue.get('semaphore', name)
    return sem == null ? 0 : sem.capacity - this.queue.free(sem)
  }

  toEntries (): SemaphoreEntry[] {
    return [...this.queue.of('semaphore')].map(([name, s]) => ({
      name,
      size: s.capacity,
      holders: s.holders.map(h => ({ peer: h.peer, session: h.session, owner: h.owner, requestId: h.requestId, token: h.token, permits: h.units, ttlMs: h.ttlMs })),
      queue: s.queue.map(w => ({ peer: w.peer, session: w.session, owner: w.owner, requestId: w.requestId, permits: w.units, ttlMs: w.ttlMs }))
    }))
  }

  /** Adopts replicated semaphores: holders get a full TTL from `now`, waiters `waiterGraceMs` to re-send. */
  static fromEntries (entries: SemaphoreEntry[], limits: SemaphoreLimits, now: number, waiterGraceMs: number, queue = new LeaseQueue()): SemaphoreTable {
    const table = new SemaphoreTable(limits, queue)
    for (const e of entries) {
      const sem = queue.ensure('semaphore', e.name, e.size, Number.POSITIVE_INFINITY, () => new TooManyLocksError(limits.maxSemaphores))
      for (const h of e.holders) queue.hold(sem, { ...h, units: h.permits, seq: 0n }, h.token, now)
      for (const w of e.queue) queue.enqueue('semaphore', { ...w, units: w.permits, seq: 0n, deadline: now + waiterGraceMs, names: [e.name] })
    }
    return table
  }
}
