import { InvalidArgumentError, LockQueueFullError, TooManyLocksError } from '../errors.js'
import type { SemaphoreEntry } from './coord-wire.js'
import type { PendingRequest, ResourceState } from './deadlock.js'

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

interface Holder { peer: string, session: string, owner: string, requestId: string, token: bigint, permits: number, ttlMs: number, expiresAt: number }
interface Waiter { peer: string, session: string, owner: string, requestId: string, permits: number, ttlMs: number, deadline: number, seq: number }
interface Semaphore { size: number, holders: Holder[], queue: Waiter[] }

export type SemaphoreEvent =
  | { kind: 'granted', name: string, requestId: string, token: bigint, ttlMs: number }
  | { kind: 'timeout' | 'withdrawn', name: string, requestId: string }
  | { kind: 'expired', name: string, token: bigint }

export interface SemaphoreLimits {
  /** Waiters per semaphore. */
  maxQueue: number
  /** Semaphores alive at once. */
  maxSemaphores: number
}

/**
 * Counting semaphores on the lease holder: a pure state machine over monotonic time.
 * Never more than `size` permits are held; each grant has its own fencing token (from
 * the lock sequence) and lease. The queue is strictly FIFO: a large request at its head
 * is not overtaken by small ones behind it, so it cannot starve.
 */
export class SemaphoreTable {
  private readonly sems = new Map<string, Semaphore>()
  private arrivals = 0

  constructor (private readonly limits: SemaphoreLimits) {}

  acquire (req: SemaphoreRequest, now: number, mint: () => bigint): { kind: 'granted', token: bigint, changed: boolean } | { kind: 'queued', changed: boolean } {
    let sem = this.sems.get(req.name)
    if (sem != null && sem.size !== req.size) throw new InvalidArgumentError(`semaphore ${req.name} has ${sem.size} permits, not ${req.size}`)
    if (req.permits < 1 || req.permits > req.size) throw new InvalidArgumentError(`semaphore ${req.name}: permits must be from 1 to ${req.size}`)
    const held = sem?.holders.find(h => h.requestId === req.requestId && h.peer === req.peer)
    if (held != null) { // a retry: the same grant, its lease restarted (its client counts from the retry)
      held.expiresAt = Math.max(held.expiresAt, now + held.ttlMs)
      return { kind: 'granted', token: held.token, changed: false }
    }
    const queued = sem?.queue.find(w => w.requestId === req.requestId && w.peer === req.peer)
    if (queued != null) { queued.deadline = req.deadline; return { kind: 'queued', changed: false } }
    if (sem == null) {
      if (this.sems.size >= this.limits.maxSemaphores) throw new TooManyLocksError(this.limits.maxSemaphores)
      sem = { size: req.size, holders: [], queue: [] }
      this.sems.set(req.name, sem)
    }
    if (sem.queue.length === 0 && free(sem) >= req.permits) {
      const token = mint()
      sem.holders.push({ peer: req.peer, session: req.session ?? '', owner: req.owner, requestId: req.requestId, token, permits: req.permits, ttlMs: req.ttlMs, expiresAt: now + req.ttlMs })
      return { kind: 'granted', token, changed: true }
    }
    if (sem.queue.length >= this.limits.maxQueue) throw new LockQueueFullError(req.name, this.limits.maxQueue)
    sem.queue.push({ peer: req.peer, session: req.session ?? '', owner: req.owner, requestId: req.requestId, permits: req.permits, ttlMs: req.ttlMs, deadline: req.deadline, seq: ++this.arrivals })
    return { kind: 'queued', changed: true }
  }

  /** Gives back the permits of grant `token`; a repeated or stale release changes nothing. */
  release (name: string, token: bigint, peer: string): boolean {
    const sem = this.sems.get(name)
    const i = sem?.holders.findIndex(h => h.token === token && h.peer === peer) ?? -1
    if (sem == null || i < 0) return false
    sem.holders.splice(i, 1)
    return true
  }

  renew (name: string, token: bigint, peer: string, now: number): boolean {
    const h = this.sems.get(name)?.holders.find(x => x.token === token && x.peer === peer)
    if (h == null) return false
    h.expiresAt = now + h.ttlMs
    return true
  }

  /** The client gave up: withdraw its request, or release what was granted meanwhile. */
  cancel (name: string, requestId: string, peer: string): 'withdrawn' | 'released' | undefined {
    const sem = this.sems.get(name)
    if (sem == null) return undefined
    const w = sem.queue.findIndex(x => x.requestId === requestId && x.peer === peer)
    if (w >= 0) { sem.queue.splice(w, 1); return 'withdrawn' }
    const h = sem.holders.findIndex(x => x.requestId === requestId && x.peer === peer)
    if (h >= 0) { sem.holders.splice(h, 1); return 'released' }
    return undefined
  }

  /** Withdraws a queued request wherever it waits (a deadlock victim). */
  cancelRequest (requestId: string, peer: string): boolean {
    for (const sem of this.sems.values()) {
      const w = sem.queue.findIndex(x => x.requestId === requestId && x.peer === peer)
      if (w >= 0) { sem.queue.splice(w, 1); return true }
    }
    return false
  }

  /** Expires lapsed grants, drops waiters that timed out or whose peer is gone, grants from the head in order. */
  sweep (now: number, isLive: (peer: string) => boolean, mint: () => bigint): SemaphoreEvent[] {
    const events: SemaphoreEvent[] = []
    for (const [name, sem] of this.sems) {
      sem.holders = sem.holders.filter(h => {
        if (now < h.expiresAt) return true
        events.push({ kind: 'expired', name, token: h.token })
        return false
      })
      sem.queue = sem.queue.filter(w => {
        if (now >= w.deadline) events.push({ kind: 'timeout', name, requestId: w.requestId })
        else if (!isLive(w.peer)) events.push({ kind: 'withdrawn', name, requestId: w.requestId })
        else return true
        return false
      })
      while (sem.queue.length > 0 && free(sem) >= sem.queue[0]!.permits) {
        const w = sem.queue.shift()!
        const token = mint()
        sem.holders.push({ peer: w.peer, session: w.session, owner: w.owner, requestId: w.requestId, token, permits: w.permits, ttlMs: w.ttlMs, expiresAt: now + w.ttlMs })
        events.push({ kind: 'granted', name, requestId: w.requestId, token, ttlMs: w.ttlMs })
      }
      if (sem.holders.length === 0 && sem.queue.length === 0) this.sems.delete(name)
    }
    return events
  }

  /** Permits held at once, per semaphore (for views and checks). */
  held (name: string): number {
    const sem = this.sems.get(name)
    return sem == null ? 0 : sem.size - free(sem)
  }

  waitState (): { resources: ResourceState[], pending: PendingRequest[] } {
    const resources: ResourceState[] = []
    const pending: PendingRequest[] = []
    for (const [name, sem] of this.sems) {
      resources.push({ name: `semaphore:${name}`, capacity: sem.size, holders: sem.holders.map(h => ({ agent: `${h.peer}\u0000${h.session}\u0000${h.owner}`, units: h.permits })) })
      for (const w of sem.queue) pending.push({ key: w.requestId, agent: `${w.peer}\u0000${w.session}\u0000${w.owner}`, seq: w.seq, needs: [{ resource: `semaphore:${name}`, units: w.permits }] })
    }
    return { resources, pending }
  }

  toEntries (): SemaphoreEntry[] {
    return [...this.sems].map(([name, s]) => ({
      name,
      size: s.size,
      holders: s.holders.map(h => ({ peer: h.peer, session: h.session, owner: h.owner, requestId: h.requestId, token: h.token, permits: h.permits, ttlMs: h.ttlMs })),
      queue: s.queue.map(w => ({ peer: w.peer, session: w.session, owner: w.owner, requestId: w.requestId, permits: w.permits, ttlMs: w.ttlMs }))
    }))
  }

  /** Adopts replicated semaphores: holders get a full TTL from `now`, waiters `waiterGraceMs` to re-send. */
  static fromEntries (entries: SemaphoreEntry[], limits: SemaphoreLimits, now: number, waiterGraceMs: number): SemaphoreTable {
    const table = new SemaphoreTable(limits)
    for (const e of entries) {
      table.sems.set(e.name, {
        size: e.size,
        holders: e.holders.map(h => ({ ...h, expiresAt: now + h.ttlMs })),
        queue: e.queue.map(w => ({ ...w, deadline: now + waiterGraceMs, seq: ++table.arrivals }))
      })
    }
    return table
  }
}

function free (sem: Semaphore): number {
  return sem.size - sem.holders.reduce((n, h) => n + h.permits, 0)
}
