import { LockQueueFullError, LockReentryLimitError, TooManyLocksError } from '../errors.js'
import { LeaseQueue, type Agent, type Grant, type Holding, type LeaseEvent, type Waiter } from './lease-queue.js'
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

export type { Grant } from './lease-queue.js'

export type AcquireOutcome =
  | { kind: 'granted', token: bigint, reentry: number, changed: boolean, grants: Grant[], superseded: string[] }
  | { kind: 'queued', changed: boolean, superseded: string[] }
  /** A delayed duplicate: the same agent has sent a newer request since. Nothing changed. */
  | { kind: 'stale' }

/** A waiter that was granted, expired or withdrawn by `sweep`. */
export type SweepEvent = LeaseEvent

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
  /** `queue`: the lease holder's one lease queue (a table of its own if not given). */
  constructor (private readonly limits: LockLimits, readonly queue = new LeaseQueue()) {}

  get tokens (): TokenCounter { return this.queue.tokens }

  private holding (name: string): Holding | undefined {
    return this.queue.get('lock', name)?.holders[0]
  }

  acquire (req: AcquireRequest, epoch: number, now: number): AcquireOutcome {
    const names = req.names ?? [req.name]
    const agent: Agent = { peer: req.peer, session: req.session ?? '', owner: req.owner }
    const seq = req.seq ?? 0n
    const arrival = this.queue.arrive('lock', { names, agent, requestId: req.requestId, seq, reenter: req.reenter ?? 0n, deadline: req.deadline, maxReentry: this.limits.maxReentry }, now)
    if (arrival.kind === 'reentry-limit') throw new LockReentryLimitError(req.name, this.limits.maxReentry)
    if (arrival.kind !== 'fresh') return arrival
    const outcome = this.admit(req, agent, seq, names, epoch, now)
    return { ...outcome, changed: outcome.changed || arrival.changed, superseded: arrival.superseded }
  }

  /**
   * A fresh request: granted at once if every lock is free and nobody waits, else queued
   * behind the others. A multi-lock queues under all its names in arrival order, so two
   * multi-locks over the same names queue in the same order everywhere and can never wait
   * for each other.
   */
  private admit (req: AcquireRequest, agent: Agent, seq: bigint, names: string[], epoch: number, now: number): { kind: 'granted', token: bigint, reentry: number, changed: boolean, grants: Grant[] } | { kind: 'queued', changed: boolean } {
    const fresh = names.filter(n => this.queue.get('lock', n) == null).length
    if (this.queue.of('lock').size + fresh > this.limits.maxLocks) throw new TooManyLocksError(this.limits.maxLocks)
    const locks = names.map(n => this.queue.ensure('lock', n, 1, Number.POSITIVE_INFINITY, () => new TooManyLocksError(this.limits.maxLocks)))
    if (locks.every(l => l.holders.length === 0 && l.queue.length === 0)) {
      const w = { ...agent, requestId: req.requestId, units: 1, ttlMs: req.ttlMs, seq }
      const grants = names.map((name, i) => ({ name, token: this.queue.hold(locks[i]!, w, this.tokens.next(epoch), now).token }))
      return { kind: 'granted', token: grants[0]!.token, reentry: 1, changed: true, grants }
    }
    const full = names.find((n, i) => locks[i]!.queue.length >= this.limits.maxQueue)
    if (full != null) {
      for (const n of names) this.queue.gc('lock', n)
      throw new LockQueueFullError(full, this.limits.maxQueue)
    }
    this.queue.enqueue('lock', { ...agent, requestId: req.requestId, seq, units: 1, ttlMs: req.ttlMs, deadline: req.deadline, names })
    return { kind: 'queued', changed: true }
  }

  /** Releases one re-entry of `token`. Idempotent: a repeated or stale release changes nothing. */
  release (name: string, token: bigint, peer: string, requestId: string): boolean {
    return this.queue.release('lock', name, token, peer, requestId)
  }

  /** Extends the holder's lease; false if `token` no longer holds `name`. */
  renew (name: string, token: bigint, peer: string, now: number): boolean {
    return this.queue.renew('lock', name, token, peer, now)
  }

  /** The client gave up on request `requestId`: withdrawn if queued, released if granted meanwhile (see LeaseQueue.cancel). */
  cancel (name: string, requestId: string, peer: string, names: string[] = [name]): 'withdrawn' | 'released' | undefined {
    return this.queue.cancel('lock', name, requestId, peer, names)
  }

  /** Withdraws the queued request `requestId` of `peer`, whichever locks it waits for (a deadlock victim). */
  cancelRequest (requestId: string, peer: string): boolean {
    return this.queue.cancelRequest('lock', requestId, peer)
  }

  /**
   * Expires lapsed holders, drops waiters past their deadline or no longer live, and
   * grants free locks to the next waiter in FIFO order (a multi-lock once it is first
   * everywhere and all are free).
   */
  sweep (now: number, epoch: number, isLive: (peer: string, session: string) => boolean): SweepEvent[] {
    return this.queue.sweep('lock', 'fifo', now, isLive, () => this.tokens.next(epoch))
  }

  /** Who holds and who waits, for deadlock detection. Agents are `peer NUL session NUL owner`. */
  waitState (): { resources: ResourceState[], pending: PendingRequest[] } {
    return this.queue.waitState('lock')
  }

  /** The holding of `name`, if any (for answering retried acquires and for views). */
  holder (name: string): { peer: string, token: bigint, reentry: number } | undefined {
    const h = this.holding(name)
    return h != null ? { peer: h.peer, token: h.token, reentry: h.reentry } : undefined
  }

  /** The replicated form at `now` (waiters carry the wait they have left), with the fencing sequence. */
  toState (now: number): Pick<CoordState, 'counterEpoch' | 'counter' | 'locks'> {
    const locks: LockEntry[] = []
    for (const [name, lock] of this.queue.of('lock')) {
      const h = lock.holders[0]
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
    return { ...this.tokens.toState(), locks }
  }

  /**
   * Adopts a replicated table. Holders get a full TTL from `now` (this leader's clock);
   * waiters get `waiterGraceMs` to re-send their request to this leader, or less if their
   * wait had less left when the state was replicated: their client gives up by then, and
   * a grant to a waiter nobody waits for anymore would hold the lock for a TTL for nothing.
   * (Time spent between replication and adoption only makes that bound later: safe.)
   */
  static fromState (state: Pick<CoordState, 'counterEpoch' | 'counter' | 'locks'>, limits: LockLimits, now: number, waiterGraceMs: number, queue = new LeaseQueue(TokenCounter.fromState(state))): LockTable {
    const table = new LockTable(limits, queue)
    for (const e of state.locks) {
      const lock = queue.ensure('lock', e.name, 1, Number.POSITIVE_INFINITY, () => new TooManyLocksError(limits.maxLocks))
      if (e.holder !== '') {
        lock.holders = [{ peer: e.holder, session: e.session, owner: e.owner, requestId: e.applied[0] ?? '', token: e.token, units: 1, ttlMs: e.ttlMs, expiresAt: now + e.ttlMs, reentry: e.reentry, applied: [...e.applied], seq: e.seq }]
      }
    }
    // a multi-lock's waiter is one object in several queues, found by its request id; each
    // queue keeps its replicated order
    const waiters = new Map<string, Waiter>()
    for (const e of state.locks) {
      const lock = queue.get('lock', e.name)!
      for (const w of e.queue) {
        const key = `${w.peer}\u0000${w.requestId}`
        let waiter = waiters.get(key)
        if (waiter == null) {
          const wait = w.waitLeftMs > 0 ? Math.min(w.waitLeftMs, waiterGraceMs) : waiterGraceMs
          waiter = queue.newWaiter({ peer: w.peer, session: w.session, owner: w.owner, requestId: w.requestId, seq: w.seq, units: 1, ttlMs: w.ttlMs, deadline: now + wait, names: w.names.length > 0 ? w.names : [e.name] })
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

