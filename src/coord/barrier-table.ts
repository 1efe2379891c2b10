import { BarrierNotFoundError, TooManyBarriersError } from '../errors.js'
import type { BarrierArrival, BarrierEntry, BarrierRelease } from './coord-wire.js'

/**
 * Why a barrier generation was released: `all` parties arrived, the `threshold` was
 * reached first, or the `timeout` ran out (with `onTimeout: 'release'`).
 */
export type BarrierOutcome = 'all' | 'threshold' | 'timeout'

export interface BarrierConfig {
  parties: number
  /** Release when this many arrived (0: none). */
  thresholdCount: number
  /** Or this fraction of parties, in thousandths (0: none). */
  thresholdPermille: number
  /** Release as 'timeout' this long after the first arrival (0: never). */
  timeoutMs: number
  failOnTimeout: boolean
}

export interface Release { generation: number, outcome: BarrierOutcome, arrived: Arrival[], failOnTimeout: boolean }
interface Arrival { peer: string, requestId: string }
interface Barrier { generation: number, config?: BarrierConfig, arrived: Arrival[], deadline?: number, releases: Release[] }

export type ArriveOutcome =
  | { kind: 'released', release: Release }
  | { kind: 'waiting', generation: number, changed: boolean }

/** Releases kept per barrier, so that a participant re-sending after a failover learns the outcome. */
const HISTORY = 8

/**
 * The lease holder's barrier table, a pure state machine over monotonic time. A
 * generation is released exactly once, and the release (outcome and arrived set) is
 * stored: every participant of that generation is answered from the same record.
 */
export class BarrierTable {
  private readonly barriers = new Map<string, Barrier>()

  constructor (private readonly maxBarriers: number) {}

  arrive (name: string, peer: string, requestId: string, generation: number | undefined, config: BarrierConfig, now: number, isLive: (peer: string) => boolean): ArriveOutcome {
    let b = this.barriers.get(name)
    if (b == null) {
      if (this.barriers.size >= this.maxBarriers) throw new TooManyBarriersError(this.maxBarriers)
      b = { generation: generation ?? 0, arrived: [], releases: [] }
      this.barriers.set(name, b)
    }
    const done = b.releases.find(r => generation != null ? r.generation === generation : r.arrived.some(a => a.requestId === requestId && a.peer === peer))
    if (done != null) return { kind: 'released', release: done }
    if (generation != null && generation < b.generation) throw new BarrierNotFoundError(name, generation)
    if (generation != null && generation > b.generation) {
      // a participant ahead of a leader that adopted an older state: the stages it skipped are gone
      throw new BarrierNotFoundError(name, generation)
    }
    if (b.arrived.some(a => a.peer === peer)) return { kind: 'waiting', generation: b.generation, changed: false }
    if (b.config == null) {
      b.config = config
      if (config.timeoutMs > 0) b.deadline = now + config.timeoutMs
    }
    // count only live participants: one that died since it arrived is withdrawn first
    b.arrived = b.arrived.filter(a => isLive(a.peer))
    b.arrived.push({ peer, requestId })
    const release = this.maybeRelease(name, b)
    return release != null ? { kind: 'released', release } : { kind: 'waiting', generation: b.generation, changed: true }
  }

  /** Changes the parties of the current generation; returns its release if that completes it. */
  setParties (name: string, parties: number, isLive: (peer: string) => boolean): { changed: boolean, release?: Release } {
    const b = this.barriers.get(name)
    if (b?.config == null || b.config.parties === parties) return { changed: false }
    b.config = { ...b.config, parties }
    b.arrived = b.arrived.filter(a => isLive(a.peer))
    return { changed: true, release: this.maybeRelease(name, b) }
  }

  /**
   * Withdraws arrivals of peers that are no longer live (a dead participant is not
   * counted), and releases generations whose deadline passed.
   */
  sweep (now: number, isLive: (peer: string) => boolean): { changed: boolean, released: Array<{ name: string, release: Release }> } {
    let changed = false
    const released: Array<{ name: string, release: Release }> = []
    for (const [name, b] of this.barriers) {
      const before = b.arrived.length
      b.arrived = b.arrived.filter(a => isLive(a.peer))
      if (b.arrived.length !== before) changed = true
      if (b.deadline != null && now >= b.deadline && b.config != null) {
        released.push({ name, release: this.release(b, 'timeout') })
        continue
      }
      if (b.arrived.length === 0 && b.config != null && b.arrived.length !== before) {
        this.reset(b) // everyone withdrew: the generation starts over
      }
    }
    return { changed: changed || released.length > 0, released }
  }

  private maybeRelease (name: string, b: Barrier): Release | undefined {
    const c = b.config
    if (c == null) return undefined
    const n = b.arrived.length
    if (n >= c.parties) return this.release(b, 'all')
    const threshold = c.thresholdCount > 0 ? c.thresholdCount : c.thresholdPermille > 0 ? Math.ceil(c.parties * c.thresholdPermille / 1000) : 0
    if (threshold > 0 && n >= threshold) return this.release(b, 'threshold')
    return undefined
  }

  private release (b: Barrier, outcome: BarrierOutcome): Release {
    const release: Release = { generation: b.generation, outcome, arrived: b.arrived, failOnTimeout: b.config?.failOnTimeout ?? false }
    b.releases.push(release)
    if (b.releases.length > HISTORY) b.releases.shift()
    b.generation++
    this.reset(b)
    return release
  }

  private reset (b: Barrier): void {
    b.arrived = []
    b.config = undefined
    b.deadline = undefined
  }

  toEntries (now: number): BarrierEntry[] {
    return [...this.barriers].map(([name, b]) => ({
      name,
      generation: BigInt(b.generation),
      configured: b.config != null,
      parties: b.config?.parties ?? 0,
      thresholdCount: b.config?.thresholdCount ?? 0,
      thresholdPermille: b.config?.thresholdPermille ?? 0,
      timeoutMs: b.config?.timeoutMs ?? 0,
      failOnTimeout: b.config?.failOnTimeout ?? false,
      deadlineInMs: b.deadline != null ? Math.max(1, Math.ceil(b.deadline - now)) : 0,
      arrived: b.arrived,
      releases: b.releases.map(r => ({ generation: BigInt(r.generation), outcome: r.outcome, arrived: r.arrived, failOnTimeout: r.failOnTimeout }))
    }))
  }

  /** Adopts replicated barriers; a running timeout resumes with the time it had left. */
  static fromEntries (entries: BarrierEntry[], maxBarriers: number, now: number): BarrierTable {
    const table = new BarrierTable(maxBarriers)
    for (const e of entries) {
      const config: BarrierConfig | undefined = e.configured
        ? { parties: e.parties, thresholdCount: e.thresholdCount, thresholdPermille: e.thresholdPermille, timeoutMs: e.timeoutMs, failOnTimeout: e.failOnTimeout }
        : undefined
      table.barriers.set(e.name, {
        generation: Number(e.generation),
        config,
        arrived: e.arrived.map(copyArrival),
        deadline: e.deadlineInMs > 0 ? now + e.deadlineInMs : undefined,
        releases: e.releases.map((r: BarrierRelease) => ({ generation: Number(r.generation), outcome: r.outcome as BarrierOutcome, arrived: r.arrived.map(copyArrival), failOnTimeout: r.failOnTimeout }))
      })
    }
    return table
  }
}

function copyArrival (a: BarrierArrival): Arrival {
  return { peer: a.peer, requestId: a.requestId }
}
