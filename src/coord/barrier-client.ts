import { AbortedError, BarrierTimeoutError } from '../errors.js'
import { uniqueId, retryable, type LeaderChannel } from '../machine/leader-channel.js'
import type { BarrierOutcome } from './barrier-table.js'
import { checkInteger, checkKeys, checkMs, checkOneOf, checkOptions, checkSignal, invalid } from '../arguments.js'

/**
 * Options of `peer.barrier` (and `barrier.next`). The first arrival of a generation fixes
 * them for that generation on the lease holder; later arrivals' options are not used.
 */
export interface BarrierOptions {
  /** How many participants make the barrier complete: an integer from 1 to 4096. */
  parties: number
  /** Release early: a count (>= 1) or a fraction of parties (0 < x < 1). */
  threshold?: number
  /** Release with outcome 'timeout' this long (ms) after the first arrival. Default: no timeout. */
  timeoutMs?: number
  /** On timeout: release with outcome 'timeout' (default), or make arrive() throw BarrierTimeoutError. */
  onTimeout?: 'release' | 'fail'
}

/** How a generation of a barrier was released: the same for every participant of it. */
export interface BarrierResult {
  /** Why it was released. */
  outcome: BarrierOutcome
  /** Peer ids that had arrived when the generation was released: the same list for every participant. */
  arrived: string[]
  /** The generation (stage) that was released; the next `arrive()` waits at the one after it. */
  generation: number
}

/**
 * A named, cascading barrier: each release ends one generation (stage); the next
 * `arrive()` (or `next()`) waits at the following one. Arrivals are idempotent and
 * re-sent to a new leader after a failover, which answers from the replicated record
 * of the release, so every participant sees the same outcome.
 */
export class Barrier {
  /** The generation the next arrive() waits at; undefined until the first one. */
  generation: number | undefined

  constructor (
    /** The barrier's name. */
    readonly name: string,
    private options: BarrierOptions,
    private readonly leader: LeaderChannel
  ) {
    validate(options)
  }

  /**
   * Arrives at the barrier (at `generation`, or the one waiting if unset) and resolves
   * when the lease holder releases that generation. Re-sent through failovers; aborting
   * `signal` stops the wait with AbortedError. With `onTimeout: 'fail'`, a timeout throws
   * BarrierTimeoutError.
   */
  async arrive (opts: { signal?: AbortSignal } = {}): Promise<BarrierResult> {
    checkOptions('arrive options', opts, { signal: checkSignal })
    const requestId = uniqueId()
    const { parties, threshold, timeoutMs, onTimeout } = this.options
    const isFraction = threshold != null && threshold < 1
    while (true) {
      if (opts.signal?.aborted === true) throw new AbortedError(`barrier ${this.name}: aborted`)
      if (this.leader.isStopped) throw new AbortedError('peer stopped')
      let reply
      try {
        reply = await this.leader.send({
          barrierArrive: {
            name: this.name,
            requestId,
            hasGeneration: this.generation != null,
            generation: BigInt(this.generation ?? 0),
            parties,
            thresholdCount: threshold != null && !isFraction ? threshold : 0,
            thresholdPermille: isFraction ? Math.round(threshold * 1000) : 0,
            timeoutMs: timeoutMs ?? 0,
            failOnTimeout: onTimeout === 'fail'
          }
        }, 0x7fffffff, opts.signal)
      } catch (err) {
        if (retryable(err) && !(opts.signal?.aborted ?? false)) continue // re-sent to the next leader
        throw err
      }
      if (reply.kind !== 'barrierReply') continue
      const generation = Number(reply.body.generation)
      this.generation = generation + 1
      const result: BarrierResult = { outcome: reply.body.outcome as BarrierOutcome, arrived: reply.body.arrived, generation }
      if (result.outcome === 'timeout' && reply.body.failOnTimeout) throw new BarrierTimeoutError(this.name, generation, result.arrived)
      return result
    }
  }

  /** Waits at the following stage (after a release); `options` may change for it. */
  async next (options?: Partial<BarrierOptions>, opts: { signal?: AbortSignal } = {}): Promise<BarrierResult> {
    checkKeys('barrier options', options, BARRIER_OPTIONS)
    if (options != null) { const next = { ...this.options, ...options }; validate(next); this.options = next }
    return await this.arrive(opts)
  }

  /**
   * Changes the number of parties of the current generation while participants wait;
   * re-sent through leader changes until answered (AbortedError once this peer stops).
   */
  async setParties (parties: number): Promise<void> {
    validate({ ...this.options, parties })
    this.options = { ...this.options, parties }
    await this.leader.persist({ barrierParties: { name: this.name, parties } })
  }
}

const BARRIER_OPTIONS = ['parties', 'threshold', 'timeoutMs', 'onTimeout'] as const

function validate (o: BarrierOptions): void {
  checkOptions('barrier options', o, {
    parties: (option, value) => checkInteger(option, value, 1, 4096),
    threshold: (option, value) => {
      const allowed = `a count from 1 to parties (${o.parties}) or a fraction of parties (0 < x < 1)`
      // a count above parties could never be met: the barrier would only ever time out
      if (typeof value !== 'number' || !(value > 0) || (value >= 1 && !(Number.isInteger(value) && value <= o.parties))) throw invalid(option, allowed, value)
    },
    timeoutMs: checkMs,
    onTimeout: (option, value) => checkOneOf(option, value, ['release', 'fail'])
  })
  checkInteger('barrier options.parties', o.parties, 1, 4096) // required
}
