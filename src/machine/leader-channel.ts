import { setMaxListeners } from 'main-event'
import { AbortedError, AccordError, NoLeaderError, TimeoutError } from '../errors.js'
import type { Elector } from '../election/elector.js'
import type { MembershipView } from '../election/elector.js'
import type { Body, BodyKind, Message } from '../net/codec.js'
import type { GossipRouter } from '../net/router.js'
import type { Rpc } from '../net/rpc.js'
import type { PeerId } from '@libp2p/interface'

const RETRYABLE_CODES = new Set(['ERR_NOT_LEADER', 'ERR_TIMEOUT', 'ERR_ABORTED', 'ERR_NO_LEADER', 'ERR_WITHDRAWN'])

/** Leader changes, timeouts and network failures are retried; the lease holder's own verdicts are not. */
export function retryable (err: unknown): boolean {
  return !(err instanceof AccordError) || RETRYABLE_CODES.has(err.code)
}

function isAborted (signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true
}

/** Timer-safe milliseconds: setTimeout and AbortSignal.timeout take at most 2^31-1. */
export function clampMs (ms: number): number {
  // rounded up: a deadline's timer must not fire before it (floored, a 2,499.9 ms wait fired at 2,499)
  return Math.max(1, Math.min(Math.ceil(ms), 0x7fffffff))
}

/** 96 random bits drawn once per process: what makes this process's ids unlike any other's. */
const ID_PREFIX = Array.from(crypto.getRandomValues(new Uint8Array(12)), x => x.toString(16).padStart(2, '0')).join('')
let idCount = 0

/**
 * An id no other request (or session) of any process has: this process's random prefix and
 * a count. (Random bytes per id, drawn and written out in hex, stood out in a busy queue
 * worker's CPU profile: QUEUE_CPU_PROF of bench/queue-peers.ts.)
 */
export function uniqueId (): string {
  return ID_PREFIX + (idCount++).toString(36)
}

/**
 * Requests to whoever is the acting leader right now, over the coord protocol's
 * persistent stream (one round trip; a request to ourselves runs locally).
 */
export class LeaderChannel {
  private stopped = false
  /**
   * The leader requests go to now, and a signal that fires once another one is known:
   * one for all the requests of a term, where each request made a controller, a listener
   * and a combined signal of its own.
   */
  private term: { leader: string, changed: AbortController } | undefined
  private readonly onLeader = (): void => {
    if (this.term != null && this.elector.leader?.id !== this.term.leader) {
      this.term.changed.abort()
      this.term = undefined
    }
  }

  constructor (
    private readonly elector: Elector,
    private readonly membership: MembershipView,
    private readonly rpc: Rpc,
    /** The gossip route, for when no stream to the leader can be opened. */
    private readonly router: Pick<GossipRouter, 'request'>,
    /** How long to wait for a leader to be known, per attempt. */
    readonly retryMs: number
  ) {
    elector.addEventListener('leader', this.onLeader)
  }

  /** A signal that fires once the leader is no longer `leader`. */
  private changedFrom (leader: string): AbortSignal {
    if (this.term?.leader !== leader) {
      this.term?.changed.abort()
      this.term = { leader, changed: new AbortController() }
      setMaxListeners(Infinity, this.term.changed.signal) // one listener per request in flight
    }
    return this.term.changed.signal
  }

  stop (): void {
    this.stopped = true
    this.elector.removeEventListener('leader', this.onLeader)
  }
  get isStopped (): boolean { return this.stopped }

  /**
   * Sends `body` to the acting leader, waiting (up to `timeoutMs`) for one to be known.
   * If another leader takes over meanwhile, the request is abandoned (ERR_ABORTED, which
   * callers retry): a paused or partitioned old leader may never answer.
   */
  async send (body: Body, timeoutMs: number, signal?: AbortSignal): Promise<Message> {
    // One deadline for the whole send: the wait for a leader and a failed stream count
    // against it, or a caller's waitMs would be overrun by as long as they took.
    const deadline = performance.now() + timeoutMs
    const leader = await this.leaderWithin(Math.min(timeoutMs, this.retryMs), signal)
    const changed = this.changedFrom(leader.toString())
    try {
      const options = (): { timeoutMs: number, signal: AbortSignal } => {
        const left = deadline - performance.now()
        if (left <= 0) throw new TimeoutError(`no answer from the lease holder within ${Math.round(timeoutMs)} ms`)
        return { timeoutMs: clampMs(left), signal: signal != null ? AbortSignal.any([signal, changed]) : changed }
      }
      try {
        return await this.rpc.request(leader, body, options())
      } catch (err) {
        // No stream to the leader (cut off from it, or a tab that cannot dial it): go round
        // by gossip through the peers that can. Requests carry ids, so a retry is safe.
        if (err instanceof AccordError || leader.equals(this.elector.selfPeerId)) throw err
        return await this.router.request(leader, body, options())
      }
    } catch (err) {
      if (signal?.aborted === true) throw new AbortedError('aborted', { cause: err })
      // do not hammer a leader that just said no: give the election a moment
      if (retryable(err)) await new Promise(resolve => setTimeout(resolve, 20))
      throw err
    }
  }

  /**
   * Sends `body` until the acting leader answers, through leader changes (retryable
   * errors), with no deadline of its own: until `signal` aborts or this peer stops (both
   * AbortedError). Each attempt waits up to `retryMs + waitMs` (a long poll's hold). Only
   * for requests that are applied once however often they arrive (they carry a request id,
   * or set a value).
   */
  async persist (body: Body, signal?: AbortSignal, waitMs = 0): Promise<Message> {
    while (true) {
      if (isAborted(signal)) throw new AbortedError('aborted')
      if (this.stopped) throw new AbortedError('peer stopped')
      try {
        return await this.send(body, this.retryMs + waitMs, signal)
      } catch (err) {
        if (!retryable(err) || isAborted(signal)) throw err
      }
    }
  }

  /**
   * Sends `body` until the acting leader answers with a `kind`, through leader changes
   * (retryable errors), for at most `timeoutMs`: then NoLeaderError if no leader was found,
   * else TimeoutError, both saying `what` and `after` (what the caller may rely on). The
   * lease holder's own verdicts are thrown as they come. Only for idempotent requests: a
   * retry may reach a leader that already did it.
   */
  async untilAnswered<K extends BodyKind> (body: Body, kind: K, timeoutMs: number, what: string, after = ''): Promise<Message<K>> {
    const deadline = performance.now() + timeoutMs
    let last: unknown
    while (true) {
      const remaining = deadline - performance.now()
      if (remaining <= 0) {
        if (last instanceof NoLeaderError) throw new NoLeaderError(`${what}: no lease holder within ${timeoutMs} ms${after}`)
        throw new TimeoutError(`${what}: the lease holder did not answer within ${timeoutMs} ms${after}`)
      }
      if (this.stopped) throw new AbortedError('peer stopped')
      try {
        const reply = await this.send(body, remaining)
        if (reply.kind === kind) return reply as Message<K>
        last = new Error(`unexpected ${reply.kind}`)
      } catch (err) {
        if (!retryable(err)) throw err
        last = err
      }
    }
  }

  private async leaderWithin (timeoutMs: number, signal?: AbortSignal): Promise<PeerId> {
    const deadline = performance.now() + timeoutMs
    while (true) {
      const l = this.elector.leader
      const id = l == null ? undefined : l.id === this.elector.selfId ? this.elector.selfPeerId : this.membership.get(l.id)?.peerId
      if (id != null) return id
      if (signal?.aborted === true) throw new AbortedError()
      if (performance.now() >= deadline || this.stopped) throw new NoLeaderError()
      await new Promise(resolve => setTimeout(resolve, 10))
    }
  }
}
