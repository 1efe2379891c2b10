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
export type RejectReason = 'malformed' | 'oversize' | 'version' | 'sender' | 'type' | 'apply' | 'unsupported'

export class InvalidMessageError extends AccordError {
  readonly reason: RejectReason
  constructor (reason: RejectReason, message: string, options?: { cause?: unknown }) {
    super('ERR_INVALID_MESSAGE', `${reason}: ${message}`, options)
    this.reason = reason
  }
}

/**
 * A message of a kind this release does not speak: a newer peer's (a later minor version of
 * its layer's protocol). Not garbage: gossip ignores it without penalising the forwarder,
 * and a request gets this error back so its sender can fall back to what we speak.
 */
export class UnsupportedError extends AccordError {
  constructor (message: string) { super('ERR_UNSUPPORTED', message) }
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

/**
 * A caller's mistake, refused where it was made, before any traffic. `option` names the
 * option or argument at fault (e.g. `'lock options.ttlMs'`) and `allowed` says what it
 * accepts, when the check knows; a check only the lease holder can make (a semaphore's size
 * differs from its first user's) carries the message alone.
 */
export class InvalidArgumentError extends AccordError {
  readonly option?: string
  readonly allowed?: string
  constructor (message: string, detail?: { option: string, allowed: string }) {
    super('ERR_INVALID_ARGUMENT', message)
    this.option = detail?.option
    this.allowed = detail?.allowed
  }
}

/** This peer is not the acting lease holder; `leader` is who it believes leads, if anyone. */
export class NotLeaderError extends AccordError {
  readonly leader?: string
  constructor (message = 'not the acting leader', leader?: string) {
    super('ERR_NOT_LEADER', message)
    this.leader = leader
  }
}

/** A change of voters that cannot be made as asked (see `peer.voters`); the message says why. */
export class ReconfigurationError extends AccordError {
  constructor (message: string) { super('ERR_RECONFIGURATION', message) }
}

/** No acting leader could be reached in time. */
export class NoLeaderError extends AccordError {
  constructor (message = 'no acting leader') { super('ERR_NO_LEADER', message) }
}

/** What a wait was for: a lock (or lockAll), a semaphore's permits, a named election's leadership. */
export type AcquireKind = 'lock' | 'semaphore' | 'election'

/** A wait for a lease ran out (`waitMs`) before it was granted; `kind` says what for. Catch this for all of them. */
export class AcquireTimeoutError extends AccordError {
  constructor (code: string, readonly kind: AcquireKind, readonly lock: string) { super(code, `${kind} ${lock}: not granted within waitMs`) }
  /** The error of `kind` for a wait on `name` that ran out. */
  static of (kind: AcquireKind, name: string): AcquireTimeoutError {
    return kind === 'semaphore' ? new SemaphoreTimeoutError(name) : kind === 'election' ? new CampaignTimeoutError(name) : new LockTimeoutError(name)
  }
}

export class LockTimeoutError extends AcquireTimeoutError {
  constructor (lock: string) { super('ERR_LOCK_TIMEOUT', 'lock', lock) }
}

export class SemaphoreTimeoutError extends AcquireTimeoutError {
  constructor (semaphore: string) { super('ERR_SEMAPHORE_TIMEOUT', 'semaphore', semaphore) }
}

export class CampaignTimeoutError extends AcquireTimeoutError {
  constructor (election: string) { super('ERR_CAMPAIGN_TIMEOUT', 'election', election) }
}

export class LockQueueFullError extends AccordError {
  constructor (readonly lock: string, readonly limit: number) { super('ERR_LOCK_QUEUE_FULL', `lock ${lock}: ${limit} waiters already queued`) }
}

export class LockReentryLimitError extends AccordError {
  constructor (readonly lock: string, readonly limit: number) { super('ERR_LOCK_REENTRY_LIMIT', `lock ${lock}: re-entered ${limit} times already`) }
}

export class TooManyLocksError extends AccordError {
  constructor (readonly limit: number) { super('ERR_TOO_MANY_LOCKS', `the lock table holds ${limit} locks already`) }
}

/** A fenced resource refused an operation: a newer token has been seen for this key. */
export class StaleTokenError extends AccordError {
  constructor (readonly key: string, readonly token: bigint, readonly highest: bigint) {
    super('ERR_STALE_TOKEN', `${key}: token ${token} is older than ${highest}`)
  }
}

export class BarrierNotFoundError extends AccordError {
  constructor (readonly barrier: string, readonly generation: number) { super('ERR_BARRIER_GENERATION', `barrier ${barrier}: generation ${generation} is not known to the lease holder`) }
}

/** A timed barrier with onTimeout 'fail' ran out; `arrived` is who had arrived. */
export class BarrierTimeoutError extends AccordError {
  constructor (readonly barrier: string, readonly generation: number, readonly arrived: string[]) {
    super('ERR_BARRIER_TIMEOUT', `barrier ${barrier}: generation ${generation} timed out with ${arrived.length} arrived`)
  }
}

export class TooManyBarriersError extends AccordError {
  constructor (readonly limit: number) { super('ERR_TOO_MANY_BARRIERS', `the barrier table holds ${limit} barriers already`) }
}

/** The lease holder dropped a queued request because it did not hear from its peer in time; the client queues again. */
export class WithdrawnError extends AccordError {
  constructor (readonly lock: string) { super('ERR_WITHDRAWN', `lock ${lock}: withdrawn from the queue (its peer was not heard from)`) }
}

/**
 * The lease holder refused a request because the same client has sent a newer one for
 * the same lock since (a delayed duplicate, or a request its client gave up on). Nothing
 * changed; the client is not waiting for this answer.
 */
export class SupersededError extends AccordError {
  constructor (readonly lock: string) { super('ERR_SUPERSEDED', `lock ${lock}: superseded by a newer request of the same client`) }
}

/**
 * The local lease of a lock (or permit, or leadership) can no longer be trusted: its
 * holder must stop using the resource. Thrown by `lock.assertHeld()`.
 */
export class LockLostError extends AccordError {
  constructor (readonly lock: string, why: string) { super('ERR_LOCK_LOST', `lock ${lock}: ${why}`) }
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
  constructor (readonly limit: number) { super('ERR_TOO_MANY_VARIABLES', `the lease holder tracks ${limit} 'reject' variables already`) }
}

/** One wait of a deadlock cycle: `agent` waits for `resource`, which `heldBy` holds. Agents are `peer` or `peer/owner`. */
export interface DeadlockStep { agent: string, resource: string, heldBy: string }

/**
 * This request would close a cycle of waits (a deadlock): it was refused at once, and
 * nothing changed. `cycle` names the waits. Give up something you hold, then retry.
 */
export class DeadlockError extends AccordError {
  constructor (readonly resource: string, readonly cycle: DeadlockStep[]) {
    super('ERR_DEADLOCK', `${resource}: refused, this wait would close a cycle of waits (deadlock): ${JSON.stringify(cycle)}`)
  }
}

/**
 * The typed fields of an error as they cross the wire (net/envelope.proto, ErrorDetails):
 * which are set depends on the code. The requester rebuilds the same class from them.
 */
export interface ErrorDetails {
  subject: string
  limit: number
  leader: string
  cycle: DeadlockStep[]
  arrived: string[]
  generation: bigint
  token: bigint
  highest: bigint
}

/** The fields of `err` to send along with its code and message. */
export function detailsOf (err: AccordError): ErrorDetails {
  const d: ErrorDetails = { subject: '', limit: 0, leader: '', cycle: [], arrived: [], generation: 0n, token: 0n, highest: 0n }
  if (err instanceof AcquireTimeoutError || err instanceof WithdrawnError || err instanceof SupersededError || err instanceof LockLostError) d.subject = err.lock
  else if (err instanceof LockQueueFullError || err instanceof LockReentryLimitError) { d.subject = err.lock; d.limit = err.limit } else if (err instanceof TooManyLocksError || err instanceof TooManyBarriersError || err instanceof TooManyVariablesError) d.limit = err.limit
  else if (err instanceof NotLeaderError) d.leader = err.leader ?? ''
  else if (err instanceof DeadlockError) { d.subject = err.resource; d.cycle = err.cycle } else if (err instanceof BarrierNotFoundError) { d.subject = err.barrier; d.generation = BigInt(err.generation) } else if (err instanceof BarrierTimeoutError) { d.subject = err.barrier; d.generation = BigInt(err.generation); d.arrived = err.arrived } else if (err instanceof ConflictError) d.subject = err.variable
  else if (err instanceof StaleTokenError) { d.subject = err.key; d.token = err.token; d.highest = err.highest }
  return d
}

/**
 * Rebuilds the typed error a remote peer reported, from its code and details (never from
 * the message text); the message is the remote one. An unknown code is a RemoteError.
 */
export function errorFromWire (code: string, message: string, details?: ErrorDetails): AccordError {
  const d = details ?? detailsOf(new AccordError('', ''))
  const g = Number(d.generation)
  const e = ((): AccordError => {
    switch (code) {
      case 'ERR_NOT_LEADER': return new NotLeaderError(message, d.leader === '' ? undefined : d.leader)
      case 'ERR_NO_LEADER': return new NoLeaderError(message)
      case 'ERR_LOCK_TIMEOUT': return new LockTimeoutError(d.subject)
      case 'ERR_SEMAPHORE_TIMEOUT': return new SemaphoreTimeoutError(d.subject)
      case 'ERR_CAMPAIGN_TIMEOUT': return new CampaignTimeoutError(d.subject)
      case 'ERR_WITHDRAWN': return new WithdrawnError(d.subject)
      case 'ERR_SUPERSEDED': return new SupersededError(d.subject)
      case 'ERR_LOCK_QUEUE_FULL': return new LockQueueFullError(d.subject, d.limit)
      case 'ERR_LOCK_REENTRY_LIMIT': return new LockReentryLimitError(d.subject, d.limit)
      case 'ERR_TOO_MANY_LOCKS': return new TooManyLocksError(d.limit)
      case 'ERR_DEADLOCK': return new DeadlockError(d.subject, d.cycle.map(s => ({ agent: s.agent, resource: s.resource, heldBy: s.heldBy })))
      case 'ERR_INVALID_ARGUMENT': return new InvalidArgumentError(message)
      case 'ERR_CONFLICT': return new ConflictError(d.subject)
      case 'ERR_TOO_MANY_VARIABLES': return new TooManyVariablesError(d.limit)
      case 'ERR_BARRIER_GENERATION': return new BarrierNotFoundError(d.subject, g)
      case 'ERR_BARRIER_TIMEOUT': return new BarrierTimeoutError(d.subject, g, [...d.arrived])
      case 'ERR_TOO_MANY_BARRIERS': return new TooManyBarriersError(d.limit)
      case 'ERR_STALE_TOKEN': return new StaleTokenError(d.subject, d.token, d.highest)
      case 'ERR_TIMEOUT': return new TimeoutError(message)
      case 'ERR_UNSUPPORTED': return new UnsupportedError(message)
      case 'ERR_RECONFIGURATION': return new ReconfigurationError(message)
      case 'ERR_ABORTED': return new AbortedError(message)
      default: return new RemoteError(code, message)
    }
  })()
  if (!(e instanceof RemoteError)) e.message = message
  return e
}

/** The error fields of an answer frame: code, message and, for accord's own errors, the typed details. */
export function wireError (err: unknown): { errorCode: string, errorMessage: string, errorDetails?: ErrorDetails } {
  if (err instanceof AccordError) return { errorCode: err.code, errorMessage: err.message, errorDetails: detailsOf(err) }
  const code = (err as { code?: unknown } | undefined)?.code
  return { errorCode: typeof code === 'string' && code !== '' ? code : 'ERR_INTERNAL', errorMessage: err instanceof Error ? err.message : String(err) }
}
