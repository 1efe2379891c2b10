/**
 * Hybrid logical clock for last-writer-wins ordering: wall-clock milliseconds, plus a
 * counter that keeps timestamps increasing when the wall clock stalls or steps back, and
 * that moves past any timestamp seen from others. Only for ordering writes, never for
 * leases (those use performance.now()).
 */
export type Hlc = readonly [ms: number, counter: number]

export class HybridClock {
  private last: Hlc = [0, 0]

  constructor (private readonly wallMs: () => number = () => Date.now()) {}

  now (): Hlc {
    const ms = this.wallMs()
    this.last = ms > this.last[0] ? [ms, 0] : [this.last[0], this.last[1] + 1]
    return this.last
  }

  /** Moves this clock past a timestamp seen from another peer. */
  observe (seen: Hlc): void {
    if (compareHlc(seen, this.last) > 0) this.last = seen
  }
}

export function compareHlc (a: Hlc, b: Hlc): number {
  return a[0] !== b[0] ? a[0] - b[0] : a[1] - b[1]
}
