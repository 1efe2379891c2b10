import { AbortedError, LockTimeoutError } from '../errors.js'
import { clampMs, randomId, retryable, type LeaderChannel } from './leader-channel.js'
import type { Body, Message } from '../net/codec.js'

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

export interface Lock {
  readonly name: string
  /** Fencing token: strictly increasing across grants and leader changes. */
  readonly token: bigint
  /** Fires when the lease can no longer be trusted: stop using the resource. */
  readonly lost: AbortSignal
  /** Re-entry depth at the time of this acquire. */
  readonly reentry: number
  release: () => Promise<void>
}

/** Several locks taken together (`peer.lockAll`). */
export interface MultiLock {
  /** The names, in canonical (sorted) order. */
  readonly names: string[]
  /** Each lock's fencing token. */
  readonly tokens: Record<string, bigint>
  /** Fires when any of the leases can no longer be trusted. */
  readonly lost: AbortSignal
  release: () => Promise<void>
}

export interface LockClientOptions {
  defaultTtlMs: number
  /** Margin kept between the local view of a lease and its expiry on the leader. */
  marginMs: number
  log: (...args: unknown[]) => void
}

/** What a lease is on: a lock, a semaphore grant, or a named election's leadership. */
export type LeaseKind = '' | 'semaphore' | 'election'

interface Held { kind: LeaseKind, name: string, key: string, token: bigint, handles: number, controller: AbortController, timer: ReturnType<typeof setTimeout> | undefined, validUntil: number, ttlMs: number }


/**
 * The requesting side of locks: sends acquire, renew and release straight to the acting
 * leader over its persistent stream, follows leader changes, and keeps held locks alive.
 * The local lease is counted from when a request was *sent*, so it always ends before
 * the leader's (which starts when the request arrives): `lost` fires first.
 */
export class LockClient {
  private readonly held = new Map<string, Held>()
  private stopped = false

  constructor (
    private readonly leader: LeaderChannel,
    private readonly opts: LockClientOptions
  ) {}

  async acquire (name: string, options: LockOptions = {}): Promise<Lock> {
    const ttlMs = options.ttlMs ?? this.opts.defaultTtlMs
    const owner = options.owner ?? ''
    const { reply, sentAt } = await this.request('', name, [], options, (requestId, waitMs) => ({ lockRequest: { name, requestId, owner, ttlMs, waitMs, names: [] } }))
    return this.track('', name, owner, reply.token, reply.reentry, ttlMs, sentAt)
  }

  /**
   * Sends `body(requestId, waitMs)` to the leader until it is answered with a grant,
   * retrying through leader changes; withdraws it on timeout or abort. The answer is a
   * grant (LockReply) whose lease the caller then keeps alive with `track`.
   */
  async leased (kind: LeaseKind, name: string, options: LockOptions, body: (requestId: string, waitMs: number) => Body): Promise<{ token: bigint, sentAt: number }> {
    const { reply, sentAt } = await this.request(kind, name, [], options, body)
    return { token: reply.token, sentAt }
  }

  /**
   * Several locks as one request, all or nothing: the lease holder queues it under every
   * name in arrival order and grants all at once, so two agents asking for the same set in
   * different orders never deadlock. `names` are sorted here (the canonical order).
   */
  async acquireAll (names: string[], options: LockOptions = {}): Promise<MultiLock> {
    const sorted = [...names].sort()
    const ttlMs = options.ttlMs ?? this.opts.defaultTtlMs
    const owner = options.owner ?? ''
    const { reply, sentAt } = await this.request('', sorted[0]!, sorted, options, (requestId, waitMs) => ({ lockRequest: { name: sorted[0]!, requestId, owner, ttlMs, waitMs, names: sorted } }))
    const locks = reply.grants.map(g => this.track('', g.name, owner, g.token, 1, ttlMs, sentAt))
    return {
      names: sorted,
      tokens: Object.fromEntries(locks.map(l => [l.name, l.token])),
      lost: AbortSignal.any(locks.map(l => l.lost)),
      release: async () => { await Promise.all(locks.map(async l => { await l.release() })) }
    }
  }

  private async request (kind: LeaseKind, name: string, names: string[], options: LockOptions, body: (requestId: string, waitMs: number) => Body): Promise<{ reply: { token: bigint, reentry: number, grants: Array<{ name: string, token: bigint }> }, sentAt: number }> {
    const ttlMs = options.ttlMs ?? this.opts.defaultTtlMs
    const requestId = randomId()
    const deadline = performance.now() + (options.waitMs ?? Number.POSITIVE_INFINITY)
    const signal = options.signal
    while (true) {
      if (signal?.aborted === true) { await this.cancel(kind, name, names, requestId); throw new AbortedError(`${kind === '' ? 'lock' : kind} ${name}: aborted`) }
      if (this.stopped || this.leader.isStopped) throw new AbortedError('peer stopped')
      const remaining = deadline - performance.now()
      if (remaining <= 0) { await this.cancel(kind, name, names, requestId); throw new LockTimeoutError(name) }
      const sentAt = performance.now()
      let reply: Message
      try {
        reply = await this.leader.send(body(requestId, clampMs(remaining)), remaining, signal)
      } catch (err) {
        if (retryable(err)) { this.opts.log('lock %s: retrying after %s', name, (err as Error).message); continue } // leader changed, died or did not answer
        throw err
      }
      if (reply.kind !== 'lockReply') continue
      const grants = names.length > 0 ? reply.body.grants : [{ name, token: reply.body.token }]
      return { reply: reply.body, sentAt: await this.freshLease(kind, grants, ttlMs, sentAt) }
    }
  }

  /**
   * The local lease counts from when the request was sent (the grant cannot be earlier),
   * so a grant that waited in the queue for most of a TTL would be lost on arrival. Such
   * a grant is renewed once before it is handed out, and the lease counts from that
   * renewal instead. If the renewal cannot be confirmed, the original (shorter) lease
   * stands: `lost` fires early, never late.
   */
  private async freshLease (kind: LeaseKind, grants: Array<{ name: string, token: bigint }>, ttlMs: number, sentAt: number): Promise<number> {
    if (performance.now() - sentAt < ttlMs / 4) return sentAt
    const renewedAt = performance.now()
    try {
      const replies = await Promise.all(grants.map(async g => await this.leader.send({ lockRenew: { name: g.name, token: g.token, kind } }, ttlMs / 2)))
      const held = replies.every((r, i) => r.kind === 'lockReply' && r.body.token === grants[i]!.token)
      return held ? renewedAt : sentAt
    } catch {
      return sentAt
    }
  }

  stop (): void {
    this.stopped = true
    for (const h of this.held.values()) { clearTimeout(h.timer); h.controller.abort(new AbortedError('peer stopped')) }
    this.held.clear()
  }

  /**
   * Keeps a granted lease alive and hands out a handle. Re-entrant lock grants (same
   * name, same token) share one lease; semaphore grants and leaderships each have their own.
   */
  track (kind: LeaseKind, name: string, owner: string, token: bigint, reentry: number, ttlMs: number, sentAt: number): Lock {
    const key = kind === '' ? `\u0000${name}` : `${kind}\u0000${name}\u0000${token}`
    let h = this.held.get(key)
    if (h == null || h.token !== token) {
      if (h != null) this.drop(h)
      h = { kind, name, key, token, handles: 0, controller: new AbortController(), timer: undefined, validUntil: sentAt + ttlMs - this.opts.marginMs, ttlMs }
      this.held.set(key, h)
      this.scheduleRenew(h)
    }
    h.handles++
    const held = h
    let released = false
    return {
      name,
      token,
      reentry,
      lost: held.controller.signal,
      release: async () => {
        if (released) return
        released = true
        await this.release(owner, held)
      }
    }
  }

  private async release (owner: string, h: Held): Promise<void> {
    const requestId = randomId()
    const lastHandle = --h.handles <= 0
    if (lastHandle) this.drop(h)
    // even after `lost` fired, the lease holder may still list us: give it back rather than
    // leave it held until its TTL runs out
    // keep trying through a failover (retryMs covers an election); past that the lease lapses on its own
    const deadline = performance.now() + Math.max(h.ttlMs, this.leader.retryMs)
    while (performance.now() < deadline && !this.stopped) {
      try {
        await this.leader.send({ lockRelease: { name: h.name, token: h.token, requestId, owner, kind: h.kind } }, deadline - performance.now())
        return
      } catch (err) {
        if (!retryable(err)) throw err
      }
    }
    // Not confirmed: the lease lapses on the leader after its TTL anyway.
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
      if (performance.now() >= h.validUntil) { this.lose(h, 'lease lapsed before a renewal was confirmed'); return }
      const sentAt = performance.now()
      this.leader.send({ lockRenew: { name: h.name, token: h.token, kind: h.kind } }, Math.max(10, h.validUntil - sentAt))
        .then(reply => {
          if (reply.kind === 'lockReply' && reply.body.token === h.token) h.validUntil = Math.max(h.validUntil, sentAt + h.ttlMs - this.opts.marginMs)
          else if (reply.kind === 'lockReply') this.lose(h, 'the lease holder no longer lists us as holder')
        }, () => { /* retried at the next tick; `lost` fires if none succeeds in time */ })
        .finally(() => { if (this.held.get(h.key) === h) this.scheduleRenew(h) })
    }, Math.min(every, Math.max(1, h.validUntil - performance.now())))
  }

  private lose (h: Held, why: string): void {
    this.drop(h)
    h.controller.abort(new AbortedError(`${h.kind === '' ? 'lock' : h.kind} ${h.name} lost: ${why}`))
  }

  /** Withdraws the request, or releases what was granted to it while we gave up. */
  private async cancel (kind: LeaseKind, name: string, names: string[], requestId: string): Promise<void> {
    await this.leader.send({ lockCancel: { name, requestId, names, kind } }, this.leader.retryMs).catch(() => {})
  }
}
