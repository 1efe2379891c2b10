import { LOCK_OPTION_CHECKS, type Lease, type LockClient, type LockOptions } from './lock-client.js'
import { checkInteger, checkKeys, checkOptions } from '../arguments.js'

/** Options of `peer.semaphore`. */
export interface SemaphoreOptions {
  /**
   * Permits in all, 1 to 65535: never more are held at once across the mesh. Its first
   * user fixes it on the lease holder; an `acquire` that names another size fails with
   * InvalidArgumentError.
   */
  permits: number
}

/**
 * Options of `semaphore.acquire`: a lock's (`ttlMs` default 10 s, `waitMs` for
 * SemaphoreTimeoutError, `signal`, `owner`) and how many permits.
 */
export interface AcquireOptions extends LockOptions {
  /** Permits to take at once, 1 to the semaphore's size. Default 1. */
  permits?: number
}

/** Permits granted by `semaphore.acquire`, held under one lease. Release them when done. */
export interface Permit extends Lease {
  /** The semaphore's name. */
  readonly name: string
  /** Fencing token of this grant: distinct and increasing across grants (locks' sequence). */
  readonly token: bigint
  /** How many permits this grant holds. */
  readonly permits: number
  /** Gives the permits back; like `Lock.release`, a second call does nothing. */
  release: () => Promise<void>
}

/**
 * A counting semaphore held by the lease holder: at most `permits` held at once, FIFO
 * and fair (a large request at the head is not overtaken by small ones behind it), each
 * grant with its own token, lease and `lost` signal like a lock.
 */
export class Semaphore {
  /** Permits in all (its size). */
  readonly permits: number

  constructor (
    /** The semaphore's name. */
    readonly name: string,
    options: SemaphoreOptions,
    private readonly leases: LockClient,
    private readonly defaultTtlMs: number
  ) {
    checkKeys('semaphore options', options, ['permits'])
    checkInteger('semaphore options.permits', options?.permits, 1, 0xffff)
    this.permits = options.permits
  }

  /** Takes `permits` (default 1) once free, in FIFO order; SemaphoreTimeoutError after `waitMs`. */
  async acquire (options: AcquireOptions = {}): Promise<Permit> {
    checkOptions('acquire options', options, { ...LOCK_OPTION_CHECKS, permits: (option, value) => checkInteger(option, value, 1, this.permits) })
    const permits = options.permits ?? 1
    const ttlMs = options.ttlMs ?? this.defaultTtlMs
    const owner = options.owner ?? ''
    const { token, sentAt } = await this.leases.leased('semaphore', this.name, options, (requestId, waitMs, session) => ({
      semaphoreAcquire: { name: this.name, requestId, owner, size: this.permits, permits, ttlMs, waitMs, session }
    }))
    const lease = this.leases.track('semaphore', this.name, owner, token, 1, ttlMs, sentAt)
    return { name: this.name, token, permits, get lost () { return lease.lost }, onLost: lease.onLost, valid: lease.valid, assertHeld: lease.assertHeld, release: lease.release }
  }
}
