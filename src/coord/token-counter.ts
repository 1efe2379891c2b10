/**
 * The lease holder's fencing sequence: epoch * 2^32 + counter, strictly increasing across
 * grants and across leaders (a new epoch restarts the counter above every old token).
 * Every lease — lock, permit, leadership — and every accepted variable write draws from
 * this one sequence, so one FenceGuard can order them all.
 */
export class TokenCounter {
  constructor (private epoch = 0, private counter = 0) {}

  next (epoch: number): bigint {
    if (epoch !== this.epoch) { this.epoch = epoch; this.counter = 0 }
    this.counter++
    return (BigInt(epoch) << 32n) + BigInt(this.counter)
  }

  /** The replicated form (CoordState's counterEpoch and counter). */
  toState (): { counterEpoch: bigint, counter: bigint } {
    return { counterEpoch: BigInt(this.epoch), counter: BigInt(this.counter) }
  }

  static fromState (state: { counterEpoch: bigint, counter: bigint }): TokenCounter {
    return new TokenCounter(Number(state.counterEpoch), Number(state.counter))
  }
}
