import { AbortedError, AccordError, LockTimeoutError, NoLeaderError } from '../errors.js'
import type { Elector, LeaderInfo } from '../election/elector.js'
import type { Membership } from '../election/membership.js'
import type { Body, Message } from '../net/codec.js'
import type { RpcService } from '../net/rpc.js'
import type { PeerId } from '@libp2p/interface'

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

export interface LockClientOptions {
  defaultTtlMs: number
  /** Margin kept between the local view of a lease and its expiry on the leader. */
  marginMs: number
  /** How long to wait for a leader to appear before retrying, per attempt. */
  retryMs: number
  log: (...args: unknown[]) => void
}

interface Held { token: bigint, handles: number, controller: AbortController, timer: ReturnType<typeof setTimeout> | undefined, validUntil: number, ttlMs: number }

const RETRYABLE_CODES = new Set(['ERR_NOT_LEADER', 'ERR_TIMEOUT', 'ERR_ABORTED', 'ERR_NO_LEADER'])

/** Leader changes, timeouts and network failures are retried; the lock service's own verdicts are not. */
function retryable (err: unknown): boolean {
  return !(err instanceof AccordError) || RETRYABLE_CODES.has(err.code)
}

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
    private readonly elector: Elector,
    private readonly membership: Membership,
    private readonly rpc: RpcService,
    private readonly opts: LockClientOptions
  ) {}

  async acquire (name: string, options: LockOptions = {}): Promise<Lock> {
    const ttlMs = options.ttlMs ?? this.opts.defaultTtlMs
    const owner = options.owner ?? ''
    const requestId = randomId()
    const deadline = performance.now() + (options.waitMs ?? Number.POSITIVE_INFINITY)
    const signal = options.signal
    while (true) {
      if (signal?.aborted === true) { await this.cancel(name, requestId); throw new AbortedError(`lock ${name}: aborted`) }
      if (this.stopped) throw new AbortedError('peer stopped')
      const remaining = deadline - performance.now()
      if (remaining <= 0) { await this.cancel(name, requestId); throw new LockTimeoutError(name) }
      const sentAt = performance.now()
      let reply: Message
      try {
        reply = await this.toLeader({ lockRequest: { name, requestId, owner, ttlMs, waitMs: clampMs(remaining) } }, remaining, signal)
      } catch (err) {
        if (retryable(err)) { this.opts.log('lock %s: retrying after %s', name, (err as Error).message); continue } // leader changed, died or did not answer
        throw err
      }
      if (reply.kind !== 'lockReply') continue
      return this.track(name, owner, reply.body.token, reply.body.reentry, ttlMs, sentAt)
    }
  }

  stop (): void {
    this.stopped = true
    for (const h of this.held.values()) { clearTimeout(h.timer); h.controller.abort(new AbortedError('peer stopped')) }
    this.held.clear()
  }

  private track (name: string, owner: string, token: bigint, reentry: number, ttlMs: number, sentAt: number): Lock {
    let h = this.held.get(name)
    if (h == null || h.token !== token) {
      if (h != null) this.drop(name, h)
      h = { token, handles: 0, controller: new AbortController(), timer: undefined, validUntil: sentAt + ttlMs - this.opts.marginMs, ttlMs }
      this.held.set(name, h)
      this.scheduleRenew(name, h)
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
        await this.release(name, owner, held)
      }
    }
  }

  private async release (name: string, owner: string, h: Held): Promise<void> {
    const requestId = randomId()
    const lastHandle = --h.handles <= 0
    if (lastHandle) this.drop(name, h)
    if (h.controller.signal.aborted && lastHandle) return // lapsed already: nothing to give back
    // keep trying through a failover (retryMs covers an election); past that the lock lapses on its own
    const deadline = performance.now() + Math.max(h.ttlMs, this.opts.retryMs)
    while (performance.now() < deadline && !this.stopped) {
      try {
        await this.toLeader({ lockRelease: { name, token: h.token, requestId, owner } }, deadline - performance.now())
        return
      } catch (err) {
        if (!retryable(err)) throw err
      }
    }
    // Not confirmed: the lock lapses on the leader after its TTL anyway.
  }

  private drop (name: string, h: Held): void {
    clearTimeout(h.timer)
    if (this.held.get(name) === h) this.held.delete(name)
  }

  /** Renews at a third of the TTL; fires `lost` once the local lease runs out unconfirmed. */
  private scheduleRenew (name: string, h: Held): void {
    const every = Math.max(10, Math.floor(h.ttlMs / 3))
    h.timer = setTimeout(() => {
      if (this.held.get(name) !== h) return
      if (performance.now() >= h.validUntil) { this.lose(name, h, 'lease lapsed before a renewal was confirmed'); return }
      const sentAt = performance.now()
      this.toLeader({ lockRenew: { name, token: h.token } }, Math.max(10, h.validUntil - sentAt))
        .then(reply => {
          if (reply.kind === 'lockReply' && reply.body.token === h.token) h.validUntil = Math.max(h.validUntil, sentAt + h.ttlMs - this.opts.marginMs)
          else if (reply.kind === 'lockReply') this.lose(name, h, 'the lease holder no longer lists us as holder')
        }, () => { /* retried at the next tick; `lost` fires if none succeeds in time */ })
        .finally(() => { if (this.held.get(name) === h) this.scheduleRenew(name, h) })
    }, Math.min(every, Math.max(1, h.validUntil - performance.now())))
  }

  private lose (name: string, h: Held, why: string): void {
    this.drop(name, h)
    h.controller.abort(new AbortedError(`lock ${name} lost: ${why}`))
  }

  private async cancel (name: string, requestId: string): Promise<void> {
    await this.toLeader({ lockCancel: { name, requestId } }, this.opts.retryMs).catch(() => {})
  }

  /**
   * Sends `body` to the acting leader, waiting (up to `timeoutMs`) for one to be known.
   * If another leader takes over meanwhile, the request is abandoned (ERR_ABORTED, which
   * callers retry): a paused or partitioned old leader may never answer.
   */
  private async toLeader (body: Body, timeoutMs: number, signal?: AbortSignal): Promise<Message> {
    const leader = await this.leaderWithin(Math.min(timeoutMs, this.opts.retryMs), signal)
    const changed = new AbortController()
    const onLeader = (): void => { if (this.elector.leader?.id !== leader.toString()) changed.abort() }
    this.elector.addEventListener('leader', onLeader)
    try {
      const signals = signal != null ? [signal, changed.signal] : [changed.signal]
      return await this.rpc.request(leader, body, { timeoutMs: clampMs(timeoutMs), signal: AbortSignal.any(signals) })
    } catch (err) {
      if (signal?.aborted === true) throw new AbortedError('aborted', { cause: err })
      // do not hammer a leader that just said no: give the election a moment
      if (retryable(err)) await new Promise(resolve => setTimeout(resolve, 20))
      throw err
    } finally {
      this.elector.removeEventListener('leader', onLeader)
    }
  }

  private async leaderWithin (timeoutMs: number, signal?: AbortSignal): Promise<PeerId> {
    const found = (): PeerId | undefined => {
      const l: LeaderInfo | undefined = this.elector.leader
      if (l == null) return undefined
      if (l.id === this.elector.selfId) return this.elector.selfPeerId
      return this.membership.get(l.id)?.peerId
    }
    const deadline = performance.now() + timeoutMs
    while (true) {
      const id = found()
      if (id != null) return id
      if (signal?.aborted === true) throw new AbortedError()
      if (performance.now() >= deadline || this.stopped) throw new NoLeaderError()
      await new Promise(resolve => setTimeout(resolve, 10))
    }
  }
}

/** Timer-safe milliseconds: setTimeout and AbortSignal.timeout take at most 2^31-1. */
function clampMs (ms: number): number {
  return Math.max(1, Math.min(Math.floor(ms), 0x7fffffff))
}

function randomId (): string {
  const b = crypto.getRandomValues(new Uint8Array(12))
  return Array.from(b, x => x.toString(16).padStart(2, '0')).join('')
}
