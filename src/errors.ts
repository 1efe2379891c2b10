/**
 * Every error accord raises on purpose is an AccordError with a stable `code`, so callers
 * can branch on `err.code` without string matching, as with Node's system errors.
 */
export class AccordError extends Error {
  readonly code: string
  constructor (code: string, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
    this.name = new.target.name
  }
}

/** Why a message from the network was refused. Counted per reason in `peer.stats()`. */
export type RejectReason = 'malformed' | 'oversize' | 'version' | 'sender' | 'type' | 'apply'

export class InvalidMessageError extends AccordError {
  readonly reason: RejectReason
  constructor (reason: RejectReason, message: string, options?: { cause?: unknown }) {
    super('ERR_INVALID_MESSAGE', `${reason}: ${message}`, options)
    this.reason = reason
  }
}

export class TimeoutError extends AccordError {
  constructor (message: string) { super('ERR_TIMEOUT', message) }
}

export class AbortedError extends AccordError {
  constructor (message = 'the operation was aborted', options?: { cause?: unknown }) { super('ERR_ABORTED', message, options) }
}

export class RemoteError extends AccordError {
  constructor (code: string, message: string) { super(code, `remote: ${message}`) }
}

export class StoppedError extends AccordError {
  constructor (what = 'peer') { super('ERR_STOPPED', `${what} is stopped`) }
}

export class StorageError extends AccordError {
  constructor (message: string, options?: { cause?: unknown }) { super('ERR_STORAGE', message, options) }
}

export class InvalidArgumentError extends AccordError {
  constructor (message: string) { super('ERR_INVALID_ARGUMENT', message) }
}

/** This peer is not the acting lease holder; `leader` is who it believes leads, if anyone. */
export class NotLeaderError extends AccordError {
  readonly leader?: string
  constructor (message = 'not the acting leader', leader?: string) {
    super('ERR_NOT_LEADER', message)
    this.leader = leader
  }
}

/** No acting leader could be reached in time. */
export class NoLeaderError extends AccordError {
  constructor (message = 'no acting leader') { super('ERR_NO_LEADER', message) }
}

export class LockTimeoutError extends AccordError {
  constructor (name: string) { super('ERR_LOCK_TIMEOUT', `lock ${name}: not granted within waitMs`) }
}

export class LockQueueFullError extends AccordError {
  constructor (name: string, limit: number) { super('ERR_LOCK_QUEUE_FULL', `lock ${name}: ${limit} waiters already queued`) }
}

export class LockReentryLimitError extends AccordError {
  constructor (name: string, limit: number) { super('ERR_LOCK_REENTRY_LIMIT', `lock ${name}: re-entered ${limit} times already`) }
}

export class TooManyLocksError extends AccordError {
  constructor (limit: number) { super('ERR_TOO_MANY_LOCKS', `the lock table holds ${limit} locks already`) }
}

/** A fenced resource refused an operation: a newer token has been seen for this key. */
export class StaleTokenError extends AccordError {
  readonly token: bigint
  readonly highest: bigint
  constructor (key: string, token: bigint, highest: bigint) {
    super('ERR_STALE_TOKEN', `${key}: token ${token} is older than ${highest}`)
    this.token = token
    this.highest = highest
  }
}

/** Rebuilds the typed error a remote peer reported, by its code. */
export function errorFromCode (code: string, message: string): AccordError {
  const name = message.match(/^lock (\S+):/)?.[1] ?? ''
  switch (code) {
    case 'ERR_NOT_LEADER': return new NotLeaderError(message)
    case 'ERR_LOCK_TIMEOUT': return new LockTimeoutError(name)
    case 'ERR_WITHDRAWN': return new WithdrawnError(name)
    case 'ERR_SUPERSEDED': return new SupersededError(name)
    case 'ERR_LOCK_QUEUE_FULL': { const e = new LockQueueFullError(name, 0); e.message = message; return e }
    case 'ERR_LOCK_REENTRY_LIMIT': { const e = new LockReentryLimitError(name, 0); e.message = message; return e }
    case 'ERR_TOO_MANY_LOCKS': { const e = new TooManyLocksError(0); e.message = message; return e }
    case 'ERR_DEADLOCK': return DeadlockError.fromMessage(message)
    case 'ERR_INVALID_ARGUMENT': return new InvalidArgumentError(message)
    case 'ERR_CONFLICT': return new ConflictError(message.match(/^variable (\S+):/)?.[1] ?? '')
    case 'ERR_TOO_MANY_VARIABLES': { const e = new TooManyVariablesError(0); e.message = message; return e }
    default: return new RemoteError(code, message)
  }
}

export class BarrierNotFoundError extends AccordError {
  constructor (name: string, generation: number) { super('ERR_BARRIER_GENERATION', `barrier ${name}: generation ${generation} is not known to the lease holder`) }
}

/** A timed barrier with onTimeout 'fail' ran out; `arrived` is who had arrived. */
export class BarrierTimeoutError extends AccordError {
  readonly arrived: string[]
  readonly generation: number
  constructor (name: string, generation: number, arrived: string[]) {
    super('ERR_BARRIER_TIMEOUT', `barrier ${name}: generation ${generation} timed out with ${arrived.length} arrived`)
    this.arrived = arrived
    this.generation = generation
  }
}

export class TooManyBarriersError extends AccordError {
  constructor (limit: number) { super('ERR_TOO_MANY_BARRIERS', `the barrier table holds ${limit} barriers already`) }
}

/** The lease holder dropped a queued request because it did not hear from its peer in time; the client queues again. */
export class WithdrawnError extends AccordError {
  constructor (name: string) { super('ERR_WITHDRAWN', `lock ${name}: withdrawn from the queue (its peer was not heard from)`) }
}

/**
 * The lease holder refused a request because the same client has sent a newer one for
 * the same lock since (a delayed duplicate, or a request its client gave up on). Nothing
 * changed; the client is not waiting for this answer.
 */
export class SupersededError extends AccordError {
  constructor (name: string) { super('ERR_SUPERSEDED', `lock ${name}: superseded by a newer request of the same client`) }
}

/**
 * The local lease of a lock (or permit, or leadership) can no longer be trusted: its
 * holder must stop using the resource. Thrown by `lock.assertHeld()`.
 */
export class LockLostError extends AccordError {
  constructor (name: string, why: string) { super('ERR_LOCK_LOST', `lock ${name}: ${why}`) }
}

/** A write to a 'reject' variable was based on a stale value: someone else's write came first. Read, then try again. */
export class ConflictError extends AccordError {
  readonly variable: string
  constructor (variable: string) {
    super('ERR_CONFLICT', `variable ${variable}: another write was accepted first; read the current value and retry`)
    this.variable = variable
  }
}

export class TooManyVariablesError extends AccordError {
  constructor (limit: number) { super('ERR_TOO_MANY_VARIABLES', `the lease holder tracks ${limit} 'reject' variables already`) }
}

/** One wait of a deadlock cycle: `agent` waits for `resource`, which `heldBy` holds. Agents are `peer` or `peer/owner`. */
export interface DeadlockStep { agent: string, resource: string, heldBy: string }

/**
 * This request would close a cycle of waits (a deadlock): it was refused at once, and
 * nothing changed. `cycle` names the waits. Give up something you hold, then retry.
 */
export class DeadlockError extends AccordError {
  readonly cycle: DeadlockStep[]
  constructor (resource: string, cycle: DeadlockStep[]) {
    super('ERR_DEADLOCK', `${resource}: refused, this wait would close a cycle of waits (deadlock): ${JSON.stringify(cycle)}`)
    this.cycle = cycle
  }

  /** The cycle travels in the message (the wire carries code and message). */
  static fromMessage (message: string): DeadlockError {
    const at = message.indexOf(': [')
    let cycle: DeadlockStep[] = []
    try { cycle = JSON.parse(message.slice(at + 2)) } catch {}
    const e = new DeadlockError(message.slice(0, Math.max(0, message.indexOf(': refused'))), cycle)
    e.message = message
    return e
  }
}
