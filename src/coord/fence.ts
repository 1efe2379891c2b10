import { StaleTokenError } from '../errors.js'

/**
 * The check a protected resource runs on every operation: accept a fencing token only
 * if it is at least the highest seen for that key. A holder that lost its lock (paused,
 * partitioned) carries an older token than whoever holds it now, so its late writes are
 * refused even though it still believes it holds the lock.
 */
export class FenceGuard {
  private readonly highest = new Map<string, bigint>()

  /** Throws StaleTokenError if `token` is older than the newest seen for `key`; otherwise records it. */
  check (key: string, token: bigint): void {
    const seen = this.highest.get(key)
    if (seen != null && token < seen) throw new StaleTokenError(key, token, seen)
    this.highest.set(key, token)
  }

  /** Runs `operation` only if `token` passes `check`. */
  async run<T> (key: string, token: bigint, operation: () => T | Promise<T>): Promise<T> {
    this.check(key, token)
    return await operation()
  }

  /** The newest token accepted for `key`, or undefined if none has been checked yet. */
  highestFor (key: string): bigint | undefined {
    return this.highest.get(key)
  }
}

/**
 * A fencing token's parts: a token is epoch · 2^32 + n, the n-th minted by the lease
 * holder of that election epoch, so tokens of a later leader are always larger.
 */
export function tokenParts (token: bigint | string): {
  /** The election epoch of the lease holder that minted it. */
  epoch: bigint
  /** Its sequence number within that epoch, from 1. */
  n: bigint
} {
  const t = BigInt(token)
  return { epoch: t >> 32n, n: t & 0xffffffffn }
}

/** A fencing token as people read it: `e2·#54` is the 54th token minted in epoch 2. */
export function formatToken (token: bigint | string): string {
  const { epoch, n } = tokenParts(token)
  return `e${epoch}·#${n}`
}
