/**
 * Failure detection that tells a slow peer from a dead one (pure: time is passed in).
 *
 * Two corrections over a fixed timeout, both learned the hard way on a loaded 2-core
 * machine where a 600 ms timeout suspected live peers every few seconds:
 *
 * - **Phi accrual** (Hayashibara et al.; as in Cassandra and Akka): each member's
 *   heartbeat inter-arrival times are sampled, and a member is suspected only once its
 *   silence is improbable given its own history (phi ≥ threshold). Heartbeats that arrive
 *   late and jittery (a busy machine) raise the bar by themselves; a quiet LAN keeps it low.
 *   A floor (`minSilenceMs`) keeps one lucky streak from making the detector twitchy.
 * - **Our own stalls do not count.** Silence is measured on a clock that stops while this
 *   process's event loop was blocked (a GC pause, SIGSTOP, CPU starvation): heartbeats that
 *   queued up meanwhile have not been read yet, so their senders are not late.
 */

export interface DetectorOptions {
  /** The expected heartbeat period, used until a member has a history. */
  expectedIntervalMs: number
  /** Never suspect a member silent for less than this. */
  minSilenceMs: number
  /** phi at which a member is suspected; 8 ≈ a 1-in-10^8 chance that it is alive. */
  threshold: number
  /** Lower bound on the spread of intervals, so a very regular history is not over-trusted. */
  minStdDevMs: number
  /** Intervals kept per member. */
  windowSize: number
}

export const DEFAULT_DETECTOR: Omit<DetectorOptions, 'expectedIntervalMs' | 'minSilenceMs'> = {
  threshold: 8,
  minStdDevMs: 100,
  windowSize: 100
}

/** One member's heartbeat history. */
export class ArrivalWindow {
  private readonly intervals: number[] = []
  private last: number | undefined
  /** Running sums of the intervals and their squares: phi is asked of every member on every tick. */
  private sum = 0
  private sumSquares = 0

  constructor (private readonly opts: DetectorOptions) {}

  /** A heartbeat arrived at `now` (on the detector's clock). */
  heartbeat (now: number): void {
    if (this.last != null) {
      const interval = now - this.last
      this.intervals.push(interval)
      this.sum += interval
      this.sumSquares += interval * interval
      if (this.intervals.length > this.opts.windowSize) {
        const old = this.intervals.shift()!
        this.sum -= old
        this.sumSquares -= old * old
      }
    }
    this.last = now
  }

  /** ms since the last heartbeat. */
  silence (now: number): number {
    return this.last == null ? 0 : now - this.last
  }

  /** Suspicion level: -log10 of the probability that a live member stays silent this long. */
  phi (now: number): number {
    const elapsed = this.silence(now)
    const n = this.intervals.length
    const mean = n === 0 ? this.opts.expectedIntervalMs : this.sum / n
    const variance = n === 0 ? 0 : Math.max(0, this.sumSquares / n - mean * mean)
    const std = Math.max(Math.sqrt(variance), this.opts.minStdDevMs)
    // logistic approximation of the normal CDF, as Akka's detector uses
    const y = (elapsed - mean) / std
    const e = Math.exp(-y * (1.5976 + 0.070566 * y * y))
    const pLater = elapsed > mean ? e / (1 + e) : 1 - 1 / (1 + e)
    return -Math.log10(Math.max(pLater, Number.MIN_VALUE))
  }

  suspect (now: number): boolean {
    return this.silence(now) >= this.opts.minSilenceMs && this.phi(now) >= this.opts.threshold
  }
}

/**
 * A monotonic clock that does not advance while this process was stalled. `tick(now)` is
 * called on a timer every `periodMs`; whatever a tick arrives late beyond `toleranceMs` is
 * counted as a stall and left out of the time `now()` reports.
 */
export class ResponsiveClock {
  private stalled = 0
  private lastTick: number

  constructor (private readonly periodMs: number, private readonly toleranceMs: number, start: number) {
    this.lastTick = start
  }

  /** Call from a timer every `periodMs`; returns how long this tick found us stalled. */
  tick (now: number): number {
    const late = now - this.lastTick - this.periodMs
    this.lastTick = now
    if (late <= this.toleranceMs) return 0
    this.stalled += late
    return late
  }

  /**
   * Real time minus the stalls seen so far, and minus the one under way: a caller that runs
   * right after a stall, before the next tick, must not count it either.
   */
  now (real: number): number {
    const pending = Math.max(0, real - this.lastTick - this.periodMs - this.toleranceMs)
    return real - this.stalled - pending
  }

  /** Total stall time seen. */
  get stalledMs (): number { return this.stalled }
}
