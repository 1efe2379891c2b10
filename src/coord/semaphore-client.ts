import { checkLeaseMs, checkWaitMs, type Lease, type LockClient, type LockOptions } from './lock-client.js'
import { checkInteger, checkKeys, checkOptions, checkSignal, checkString } from '../arguments.js'

export interface SemaphoreOptions {
  /** Permits in all: never more are held at once across the mesh. */
  permits: number
}

export interface AcquireOptions extends LockOptions {
  /** Permits to take at once. Default 1. */
  permits?: number
}

export interface Permit extends Lease {
  readonly name: string
  /** Fencing token of this grant: distinct and increasing across grants (locks' sequence). */
  readonly token: bigint
  readonly permits: number
  release: () => Promise<void>
}

/**
 * A counting semaphore held by the lease holder: at most `permits` held at once, FIFO
 * and fair (a large request at the head is not overtaken by small ones behind it), each
 * grant with its own token, lease and `lost` signal like a lock.
 */
export class Semaphore {
  readonly permits: number

  constructor (readonly name: string, options: SemaphoreOptions, private readonly leases: LockClient, private readonly defaultTtlMs: number) {
    checkKeys('semaphore options', options, ['permits'])
    checkInteger('semaphore options.permits', options?.permits, 1, 0xffff)
    this.permits = options.permits
  }

  /** Takes `permits` (default 1) once free, in FIFO order; SemaphoreTimeoutError after `waitMs`. */
  async acquire (options: AcquireOptions = {}): Promise<Permit> {
    checkOptions('acquire options', options, {
      permits: (option, value) => checkInteger(option, value, 1, this.permits),
      ttlMs: checkLeaseMs,
      waitMs: checkWaitMs,
      signal: checkSignal,
      owner: (option, value) => checkString(option, value, 256, true)
    })
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
