import { AbortedError, AcquireTimeoutError, InvalidArgumentError, LockLostError, LockTimeoutError } from '../errors.js'
import { wireKind, type LeaseKind } from './lease-kind.js'
import { clampMs, uniqueId, retryable, type LeaderChannel } from '../machine/leader-channel.js'
import type { Body, Message } from '../net/codec.js'
import { checkMs, checkOptions, checkSignal, checkString, MAX_MS } from '../arguments.js'

/** Options of `peer.lock` and `peer.lockAll` (and, through AcquireOptions, of a semaphore's `acquire`). */
export interface LockOptions {
  /** Lease on the lock; kept alive automatically while held. Default 10 s. */
  ttlMs?: number
  /** Give up with LockTimeoutError after waiting this long. Default: wait forever. */
  waitMs?: number
  /** Aborting withdraws the request from the queue. */
  signal?: AbortSignal
  /** Re-entry is per (peer, owner): give concurrent tasks of one peer distinct owners to exclude each other. Default ''. */
  owner?: string
}

/**
 * A local lease on something the lease holder granted: `valid()` and `lost` say whether
 * it can still be trusted, on this process's monotonic clock. The promise: `valid()` turns
 * false (and `lost` fires) strictly before the lease holder could grant the same thing to
 * anyone else. After a pause (GC, SIGSTOP) timers run late, so `lost` may fire only once
 * the process runs again: call `valid()` or `assertHeld()` right before each use.
 */
export interface Lease {
  /**
   * Fires when the lease can no longer be trusted: stop using the resource. Reading it
   * checks the lease first, so it may already have fired: like any AbortSignal, a listener
   * added after that never runs. `onLost` does not have that trap.
   */
  readonly lost: AbortSignal
  /** Calls `listener` once when the lease is lost — soon, if it already is. Returns an unsubscribe. */
  onLost: (listener: (reason: Error) => void) => () => void
  /** False once the lease can no longer be trusted (or was released); checked now, not by a timer. */
  valid: () => boolean
  /** Throws LockLostError unless `valid()`. */
  assertHeld: () => void
}

/** A granted lock (`peer.lock`): its fencing token and lease. Release it when done. */
export interface Lock extends Lease {
  /** The lock's name. */
  readonly name: string
  /** Fencing token: strictly increasing across grants and leader changes. */
  readonly token: bigint
  /** Re-entry depth at the time of this acquire. */
  readonly reentry: number
  /**
   * Gives this hold back (one re-entry of it): the lock is free once every re-entry is
   * released. Resolves when the lease holder confirms; if none can be reached, it gives
   * up once the lease would have lapsed there anyway. A second call does nothing.
   */
  release: () => Promise<void>
}

/** Several locks taken together (`peer.lockAll`). */
export interface MultiLock extends Lease {
  /** The names, in canonical (sorted) order. */
  readonly names: string[]
  /** Each lock's fencing token. */
  readonly tokens: Record<string, bigint>
  /** Releases every lock of the set. */
  release: () => Promise<void>
}

export interface LockClientOptions {
  defaultTtlMs: number
  /** Margin kept between the local view of a lease and its expiry on the leader. */
  marginMs: number
  log: (...args: unknown[]) => void
}

/** What a lease is on: a lock, a semaphore grant, or a named election's leadership. */

interface Held { kind: LeaseKind, name: string, key: string, token: bigint, handles: number, controller: AbortController, timer: ReturnType<typeof setTimeout> | undefined, validUntil: number, ttlMs: number }

/** What the lease holder granted, and when the local lease starts counting. */
interface Granted { token: bigint, reentry: number, grants: Array<{ name: string, token: bigint }>, from: number }

/** Builds one request: its id (the same for every retry), the wait left, and its sequence number in this session. */
type RequestBody = (requestId: string, waitMs: number, seq: bigint) => Body

/**
 * The requesting side of locks, semaphores and named elections: sends acquire, renew and
 * release straight to the acting leader, follows leader changes, and keeps held leases
 * alive. The local lease is counted from when a request was *sent*, and the lease holder
 * restarts its own from when that request arrived, so the local one always ends first.
 *
 * Rules that keep that promise through failovers, partitions and long delays:
 * - `lock()` never resolves with a lease that has lapsed or after its `waitMs`: a grant
 *   that comes too late is given back and the caller gets LockTimeoutError.
 * - A request the client gave up on is withdrawn by a cancel retried to whoever leads
 *   next; and since requests of one (lock, owner) go one at a time with increasing
 *   sequence numbers, the lease holder releases any holding of ours that the next request
 *   neither retries nor re-enters (`reenter` names the token we track): an orphaned grant
 *   is never handed to a later acquire.
 */
export class LockClient {
  private readonly held = new Map<string, Held>()
  /** This process's incarnation: the lease holder never mixes up our holdings with an earlier run's. */
  readonly session = uniqueId()
  private seq = 0n
  /** Per lock and owner, the request in flight: the next waits for it (see the class comment). */
  private readonly inFlight = new Map<string, Promise<void>>()
  private stopped = false

  constructor (
    private readonly leader: LeaderChannel,
    private readonly opts: LockClientOptions
  ) {}

  async acquire (name: string, options: LockOptions = {}): Promise<Lock> {
    checkLockOptions('lock options', options)
    const owner = options.owner ?? ''
    return await this.agentLease('lock', name, owner, options, (requestId, waitMs, ttlMs, seq, reenter) => ({
      lockRequest: { name, requestId, owner, ttlMs, waitMs, names: [], session: this.session, seq, reenter }
    }))
  }

  /**
   * Leads named election `name` (a campaign), under the rules of a lock's acquire: one
   * request at a time, in sequence, naming the leadership this client still tracks so that
   * campaigning again while leading re-enters it, and anything else of ours is an orphan.
   */
  async campaign (name: string, options: LockOptions, body: (requestId: string, ttlMs: number, session: string, seq: bigint, reenter: bigint) => Body): Promise<Lock> {
    return await this.agentLease('election', name, '', options, (requestId, _waitMs, ttlMs, seq, reenter) => body(requestId, ttlMs, this.session, seq, reenter))
  }

  /** A lease held by this client's agent (`owner`): a lock, or a leadership. */
  private async agentLease (kind: 'lock' | 'election', name: string, owner: string, options: LockOptions, body: (requestId: string, waitMs: number, ttlMs: number, seq: bigint, reenter: bigint) => Body): Promise<Lock> {
    const ttlMs = options.ttlMs ?? this.opts.defaultTtlMs
    const deadline = deadlineOf(options)
    const key = heldKey(kind, name, owner)
    return await this.oneAtATime([key], name, deadline, options.signal, async () => {
      const tracked = this.held.get(key)
      if (tracked != null && !this.check(tracked)) this.lose(tracked, 'lease lapsed before a renewal was confirmed')
      const reenter = tracked != null && this.held.get(key) === tracked ? tracked.token : 0n
      const g = await this.request(kind, name, [], ttlMs, deadline, options.signal, (requestId, waitMs, seq) => body(requestId, waitMs, ttlMs, seq, reenter))
      return this.track(kind, name, owner, g.token, g.reentry, ttlMs, g.from)
    })
  }

  /**
   * Sends `body` to the leader until it is answered with a grant, retrying through leader
   * changes; withdraws it on timeout or abort. The caller keeps the lease alive with `track`.
   */
  async leased (kind: LeaseKind, name: string, options: LockOptions, body: (requestId: string, waitMs: number, session: string) => Body): Promise<{ token: bigint, sentAt: number }> {
    const ttlMs = options.ttlMs ?? this.opts.defaultTtlMs
    const g = await this.request(kind, name, [], ttlMs, deadlineOf(options), options.signal, (requestId, waitMs) => body(requestId, waitMs, this.session))
    return { token: g.token, sentAt: g.from }
  }

  /**
   * Several locks as one request, all or nothing: the lease holder queues it under every
   * name in arrival order and grants all at once, so two agents asking for the same set in
   * different orders never deadlock. `names` are sorted here (the canonical order).
   */
  async acquireAll (names: string[], options: LockOptions = {}): Promise<MultiLock> {
    checkLockOptions('lockAll options', options)
    const sorted = [...names].sort()
    const ttlMs = options.ttlMs ?? this.opts.defaultTtlMs
    const owner = options.owner ?? ''
    const keys = sorted.map(n => lockKey(n, owner))
    const deadline = deadlineOf(options)
    const grants = await this.oneAtATime(keys, sorted[0]!, deadline, options.signal, async () => {
      // a multi-lock does not re-enter: the lease holder would take a tracked lock for an orphan
      const mine = sorted.find((n, i) => { const h = this.held.get(keys[i]!); return h != null && this.check(h) })
      if (mine != null) throw new InvalidArgumentError(`lockAll: owner '${owner}' already holds ${mine}; release it first, or take the set under another owner`)
      const g = await this.request('lock', sorted[0]!, sorted, ttlMs, deadline, options.signal, (requestId, waitMs, seq) => ({
        lockRequest: { name: sorted[0]!, requestId, owner, ttlMs, waitMs, names: sorted, session: this.session, seq, reenter: 0n }
      }))
      return g.grants.map(x => this.track('lock', x.name, owner, x.token, 1, ttlMs, g.from))
    })
    const valid = (): boolean => grants.every(l => l.valid())
    return {
      names: sorted,
      tokens: Object.fromEntries(grants.map(l => [l.name, l.token])),
      get lost () { return AbortSignal.any(grants.map(l => l.lost)) },
      onLost: listener => whenAborted(AbortSignal.any(grants.map(l => l.lost)), listener),
      valid,
      assertHeld: () => { for (const l of grants) l.assertHeld() },
      release: async () => { await Promise.all(grants.map(async l => { await l.release() })) }
    }
  }

  /**
   * Runs `fn` once no other request for any of `keys` is in flight (a local queue, bounded
   * by the caller's deadline and signal), so the lease holder sees our requests for one
   * lock and owner one at a time, in sequence order.
   */
  private async oneAtATime<T>(keys: string[], name: string, deadline: number, signal: AbortSignal | undefined, fn: () => Promise<T>): Promise<T> {
    const before = Promise.all(keys.map(k => this.inFlight.get(k)))
    let done!: () => void
    const mine = new Promise<void>(resolve => { done = resolve })
    const tail = before.then(async () => { await mine })
    for (const k of keys) this.inFlight.set(k, tail)
    try {
      await waitUntil(before, deadline, signal, name)
      return await fn()
    } finally {
      done()
      for (const k of keys) if (this.inFlight.get(k) === tail) this.inFlight.delete(k)
    }
  }

  private async request (kind: LeaseKind, name: string, names: string[], ttlMs: number, deadline: number, callerSignal: AbortSignal | undefined, body: RequestBody): Promise<Granted> {
    // The deadline is a timer of its own, aborting whatever the request awaits: each step
    // is bounded too, but a partition's heal once held an answer 2 s past waitMs by a path
    // not found (fault regression 23), and the promise is LockTimeoutError by waitMs.
    const timeUp = new AbortController()
    const timer = Number.isFinite(deadline) ? setTimeout(() => { timeUp.abort() }, clampMs(deadline - performance.now())) : undefined
    const signal = callerSignal != null ? AbortSignal.any([callerSignal, timeUp.signal]) : timeUp.signal
    try {
      return await this.attempts(kind, name, names, ttlMs, deadline, signal, callerSignal, body)
    } finally {
      clearTimeout(timer)
    }
  }

  private async attempts (kind: LeaseKind, name: string, names: string[], ttlMs: number, deadline: number, signal: AbortSignal, callerSignal: AbortSignal | undefined, body: RequestBody): Promise<Granted> {
    let requestId = uniqueId()
    let seq = ++this.seq
    while (true) {
      if (callerSignal?.aborted === true) { this.giveUp(kind, name, names, requestId, ttlMs); throw new AbortedError(`${kind} ${name}: aborted`) }
      if (this.stopped || this.leader.isStopped) throw new AbortedError('peer stopped')
      const remaining = deadline - performance.now()
      if (remaining <= 0 || signal.aborted) { this.giveUp(kind, name, names, requestId, ttlMs); throw AcquireTimeoutError.of(kind, name) }
      const sentAt = performance.now()
      let reply: Message
      try {
        reply = await this.leader.send(body(requestId, clampMs(remaining), seq), remaining, signal)
      } catch (err) {
        if (signal.aborted) continue // the caller's abort or the deadline: said at the top of the loop
        if (retryable(err)) { this.opts.log('%s %s: retrying after %s', kind, name, (err as Error).message); continue } // leader changed, died or did not answer
        // a lease holder of release 0.1 reports every kind's timeout as a lock's
        if (err instanceof AcquireTimeoutError && err.kind !== kind) throw AcquireTimeoutError.of(kind, name)
        throw err
      }
      if (reply.kind !== 'lockReply') continue
      const grants = names.length > 0 ? reply.body.grants : [{ name, token: reply.body.token }]
      // an answer that arrives after the caller's wait is over is given back, never handed out
      if (performance.now() >= deadline) { this.giveUp(kind, name, names, requestId, ttlMs); throw AcquireTimeoutError.of(kind, name) }
      const from = await this.freshLease(kind, grants, ttlMs, sentAt, deadline)
      if (from == null || performance.now() >= from + ttlMs - this.opts.marginMs) {
        // it lapsed before it could be handed out (a reply delayed behind a partition): give
        // it back and ask anew, as a new request
        this.opts.log('%s %s: the grant lapsed on its way; asking again', kind, name)
        this.giveUp(kind, name, names, requestId, ttlMs)
        requestId = uniqueId()
        seq = ++this.seq
        continue
      }
      if (performance.now() >= deadline) { this.giveUp(kind, name, names, requestId, ttlMs); throw AcquireTimeoutError.of(kind, name) }
      return { token: reply.body.token, reentry: reply.body.reentry, grants, from }
    }
  }

  /**
   * When the local lease starts: the send time of the request, or, for a grant that
   * waited in the queue for a good part of its TTL, a renewal made now (so a long wait does
   * not eat the lease). Undefined when the lease holder says the grant is gone, or when it
   * cannot confirm and the original lease has run out.
   */
  private async freshLease (kind: LeaseKind, grants: Array<{ name: string, token: bigint }>, ttlMs: number, sentAt: number, deadline: number): Promise<number | undefined> {
    const renewedAt = performance.now()
    if (renewedAt - sentAt < ttlMs / 4) return sentAt
    try {
      const timeoutMs = Math.max(1, Math.min(ttlMs / 2, deadline - renewedAt))
      const replies = await Promise.all(grants.map(async g => await this.leader.send({ lockRenew: { name: g.name, token: g.token, kind: wireKind(kind) } }, timeoutMs)))
      return replies.every((r, i) => r.kind === 'lockReply' && r.body.token === grants[i]!.token) ? renewedAt : undefined
    } catch {
      return sentAt // unconfirmed: the original, shorter lease stands (the caller checks it has not run out)
    }
  }

  stop (): void {
    this.stopped = true
    for (const h of this.held.values()) { clearTimeout(h.timer); h.controller.abort(new AbortedError('peer stopped')) }
    this.held.clear()
  }

  /**
   * Keeps a granted lease alive and hands out a handle. Re-entrant lock grants (same
   * name, owner and token) share one lease, which a re-entry refreshes; semaphore grants
   * and leaderships each have their own.
   */
  track (kind: LeaseKind, name: string, owner: string, token: bigint, reentry: number, ttlMs: number, from: number): Lock {
    const key = heldKey(kind, name, owner, token)
    let h = this.held.get(key)
    if (h != null && h.token !== token) { this.lose(h, 'the lease holder granted it anew with another token'); h = undefined }
    if (h == null) {
      h = { kind, name, key, token, handles: 0, controller: new AbortController(), timer: undefined, validUntil: from + ttlMs - this.opts.marginMs, ttlMs }
      this.held.set(key, h)
      this.scheduleRenew(h)
    } else {
      h.validUntil = Math.max(h.validUntil, from + h.ttlMs - this.opts.marginMs) // the lease holder restarted it for the re-entry
    }
    h.handles++
    const held = h
    let released = false
    const valid = (): boolean => !released && this.check(held)
    return {
      name,
      token,
      reentry,
      get lost () { valid(); return held.controller.signal },
      onLost: listener => { valid(); return whenAborted(held.controller.signal, listener) },
      valid,
      assertHeld: () => {
        if (valid()) return
        throw new LockLostError(name, released ? 'released' : String((held.controller.signal.reason as Error)?.message ?? 'lease lapsed'))
      },
      release: async () => {
        if (released) return
        released = true
        await this.release(owner, held)
      }
    }
  }

  /** Whether `h` can still be trusted now; fires its `lost` the first time it cannot. */
  private check (h: Held): boolean {
    if (h.controller.signal.aborted) return false
    if (performance.now() < h.validUntil) return true
    if (this.held.get(h.key) === h) this.lose(h, 'lease lapsed before a renewal was confirmed')
    else h.controller.abort(new AbortedError(`${h.kind} ${h.name} lost: lease lapsed`))
    return false
  }

  private async release (owner: string, h: Held): Promise<void> {
    const requestId = uniqueId()
    const lastHandle = --h.handles <= 0
    if (lastHandle) this.drop(h)
    // even after `lost` fired, the lease holder may still list us: give it back rather than
    // leave it held until its TTL runs out
    // Not confirmed in time: the lease lapses on the leader after its TTL anyway.
    await this.untilConfirmed({ lockRelease: { name: h.name, token: h.token, requestId, owner, kind: wireKind(h.kind) } }, h.ttlMs)
  }

  /**
   * Sends `body` to whoever leads until it is answered, through failovers (retryMs covers
   * an election), or until a lease of `ttlMs` would have lapsed on its own anyway. A verdict
   * of the lease holder that is not retryable is thrown.
   */
  private async untilConfirmed (body: Body, ttlMs: number): Promise<void> {
    const until = performance.now() + Math.max(ttlMs, this.leader.retryMs)
    while (!this.stopped && !this.leader.isStopped && performance.now() < until) {
      try {
        await this.leader.send(body, until - performance.now())
        return
      } catch (err) {
        if (!retryable(err)) throw err
      }
    }
  }

  private drop (h: Held): void {
    clearTimeout(h.timer)
    if (this.held.get(h.key) === h) this.held.delete(h.key)
  }

  /** Renews at a third of the TTL; fires `lost` once the local lease runs out unconfirmed. */
  private scheduleRenew (h: Held): void {
    const every = Math.max(10, Math.floor(h.ttlMs / 3))
    h.timer = setTimeout(() => {
      if (this.held.get(h.key) !== h) return
      if (!this.check(h)) return
      const sentAt = performance.now()
      this.leader.send({ lockRenew: { name: h.name, token: h.token, kind: wireKind(h.kind) } }, Math.max(10, h.validUntil - sentAt))
        .then(reply => {
          if (reply.kind === 'lockReply' && reply.body.token === h.token) h.validUntil = Math.max(h.validUntil, sentAt + h.ttlMs - this.opts.marginMs)
          else if (reply.kind === 'lockReply') this.lose(h, 'the lease holder no longer lists us as holder')
        }, () => { /* retried at the next tick; `lost` fires if none succeeds in time */ })
        .finally(() => { if (this.held.get(h.key) === h) this.scheduleRenew(h) })
    }, Math.min(every, Math.max(1, h.validUntil - performance.now())))
  }

  private lose (h: Held, why: string): void {
    this.drop(h)
    h.controller.abort(new AbortedError(`${h.kind} ${h.name} lost: ${why}`))
  }

  /**
   * The client gave up on request `requestId`: withdraw it, or release what was granted to
   * it meanwhile. Retried in the background to whoever leads, until confirmed or until a
   * grant made to it would have lapsed on its own; the caller does not wait.
   */
  private giveUp (kind: LeaseKind, name: string, names: string[], requestId: string, ttlMs: number): void {
    this.untilConfirmed({ lockCancel: { name, requestId, names, kind: wireKind(kind) } }, ttlMs).catch(() => {})
  }
}

function lockKey (name: string, owner: string): string {
  return `\u0000${name}\u0000${owner}`
}

/**
 * What one tracked lease is keyed by: a lock per (name, owner) and a leadership per
 * election (re-entries share it); each permit of a semaphore on its own.
 */
function heldKey (kind: LeaseKind, name: string, owner: string, token = 0n): string {
  return kind === 'lock' ? lockKey(name, owner) : kind === 'election' ? `election\u0000${name}` : `${kind}\u0000${name}\u0000${token}`
}

/** The least lease: a renewal (half the lease) must make a round trip to the lease holder. */
export const MIN_LEASE_MS = 100

/** A lease's length in ms: from MIN_LEASE_MS to what the wire carries. */
export function checkLeaseMs (option: string, value: unknown): number {
  return checkMs(option, value, MIN_LEASE_MS)
}

/** A wait in ms: at least 1 (a wait of 0 could never be granted), or Infinity. */
export function checkWaitMs (option: string, value: unknown): number {
  return value === Number.POSITIVE_INFINITY ? value : checkMs(option, value, 1, MAX_MS)
}

/** The checks of each lock option (a semaphore's acquire takes them too, and `permits`). */
export const LOCK_OPTION_CHECKS = {
  ttlMs: checkLeaseMs,
  waitMs: checkWaitMs,
  signal: checkSignal,
  owner: (option: string, value: unknown) => checkString(option, value, 256, true)
}

/** Refuses lock options a caller got wrong (InvalidArgumentError), before any request. */
export function checkLockOptions (what: string, options: LockOptions | undefined): void {
  checkOptions(what, options, LOCK_OPTION_CHECKS)
}

function deadlineOf (options: LockOptions): number {
  return performance.now() + (options.waitMs ?? Number.POSITIVE_INFINITY)
}

/** Waits for `p`, but no longer than `deadline` (LockTimeoutError) or `signal` (AbortedError). */
async function waitUntil (p: Promise<unknown>, deadline: number, signal: AbortSignal | undefined, name: string): Promise<void> {
  if (signal?.aborted === true) throw new AbortedError(`lock ${name}: aborted`)
  let timer: ReturnType<typeof setTimeout> | undefined
  let onAbort: (() => void) | undefined
  try {
    await Promise.race([
      p,
      new Promise((_resolve, reject) => {
        // (a timer counts from the event loop's cached time, which can lag performance.now():
        // it may fire a little early, and then waits out the rest)
        const arm = (): void => { timer = setTimeout(() => { if (performance.now() >= deadline) reject(new LockTimeoutError(name)); else arm() }, clampMs(deadline - performance.now())) }
        if (Number.isFinite(deadline)) arm()
        onAbort = () => { reject(new AbortedError(`lock ${name}: aborted`)) }
        signal?.addEventListener('abort', onAbort, { once: true })
      })
    ])
  } finally {
    clearTimeout(timer)
    if (onAbort != null) signal?.removeEventListener('abort', onAbort)
  }
}

/** Runs `listener` once when `signal` aborts — on the next microtask if it already has. */
function whenAborted (signal: AbortSignal, listener: (reason: Error) => void): () => void {
  if (signal.aborted) {
    queueMicrotask(() => { listener(signal.reason) })
    return () => {}
  }
  const fire = (): void => { listener(signal.reason) }
  signal.addEventListener('abort', fire, { once: true })
  return () => { signal.removeEventListener('abort', fire) }
}
