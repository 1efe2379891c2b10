/**
 * Every error accord raises on purpose is an AccordError with a stable `code`, so callers
 * can branch on `err.code` without string matching, as with Node's system errors.
 */
export class AccordError extends Error {
  /**
   * Stable machine-readable code, e.g. `'ERR_LOCK_TIMEOUT'`: branch on it rather than on
   * the message. Each subclass names its own; a RemoteError carries the remote peer's.
   */
  readonly code: string
  constructor (code: string, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
    this.name = new.target.name
  }
}

/** Why a message from the network was refused. Counted per reason in `peer.stats()`. */
export type RejectReason = 'malformed' | 'oversize' | 'version' | 'sender' | 'type' | 'apply' | 'unsupported'

/**
 * Code `ERR_INVALID_MESSAGE`: bytes from the network (or a stored entry) that fail
 * validation. Never thrown into the event loop: the message is dropped and counted under
 * `reason` in `peer.stats()`.
 */
export class InvalidMessageError extends AccordError {
  /** What was wrong with it; the key it is counted under in `peer.stats().rejected.byReason`. */
  readonly reason: RejectReason
  constructor (reason: RejectReason, message: string, options?: { cause?: unknown }) {
    super('ERR_INVALID_MESSAGE', `${reason}: ${message}`, options)
    this.reason = reason
  }
}

/**
 * Code `ERR_UNSUPPORTED`: a message of a kind this release does not speak, a newer peer's
 * (a later minor version of its layer's protocol). Not garbage: gossip ignores it without
 * penalising the forwarder, and a request gets this error back so its sender can fall
 * back to what we speak.
 */
export class UnsupportedError extends AccordError {
  constructor (message: string) { super('ERR_UNSUPPORTED', message) }
}

/**
 * Code `ERR_TIMEOUT`: an operation with a deadline ran out of it, e.g. a `variable.set`
 * whose `ack` did not come within `timeoutMs` (the write itself stands), or a request the
 * lease holder did not answer in time.
 */
export class TimeoutError extends AccordError {
  constructor (message: string) { super('ERR_TIMEOUT', message) }
}

/**
 * Code `ERR_ABORTED`: the caller's `signal` aborted the operation (a queued lock or
 * semaphore request is withdrawn), or the peer stopped while it was in flight.
 */
export class AbortedError extends AccordError {
  constructor (message = 'the operation was aborted', options?: { cause?: unknown }) { super('ERR_ABORTED', message, options) }
}

/**
 * An error a remote peer reported with a code this release does not know (a newer peer's,
 * or a plain `Error` of its, `ERR_INTERNAL`): `code` is the remote code as sent.
 */
export class RemoteError extends AccordError {
  constructor (code: string, message: string) { super(code, `remote: ${message}`) }
}

/** Code `ERR_STOPPED`: the peer (or one of its services) was used after `stop()`. */
export class StoppedError extends AccordError {
  constructor (what = 'peer') { super('ERR_STOPPED', `${what} is stopped`) }
}

/**
 * Code `ERR_STORAGE`: the storage refused a call (a malformed key or value, a closed
 * store, data written by a newer release) or its medium failed; `cause` holds the
 * underlying error, if any. Every `Storage` adapter rejects with this.
 */
export class StorageError extends AccordError {
  constructor (message: string, options?: { cause?: unknown }) { super('ERR_STORAGE', message, options) }
}

/**
 * Code `ERR_INVALID_ARGUMENT`: a caller's mistake, refused where it was made, before any
 * traffic; nothing changed. `option` names the option or argument at fault (e.g.
 * `'lock options.ttlMs'`) and `allowed` says what it accepts, when the check knows; a check
 * only the lease holder can make (a semaphore's size differs from its first user's) carries
 * the message alone.
 */
export class InvalidArgumentError extends AccordError {
  /** The option or argument at fault, e.g. `'lock options.ttlMs'` or `'value.items[2]'`. */
  readonly option?: string
  /** What that option accepts, e.g. `'a number of ms from 100 to 4294967295'`. */
  readonly allowed?: string
  constructor (message: string, detail?: { option: string, allowed: string }) {
    super('ERR_INVALID_ARGUMENT', message)
    this.option = detail?.option
    this.allowed = detail?.allowed
  }
}

/**
 * Code `ERR_NOT_LEADER`: this peer is not the acting lease holder; `leader` is who it
 * believes leads, if anyone. Requests that get it are retried with the next leader.
 */
export class NotLeaderError extends AccordError {
  /** Peer id of the leader as the refusing peer knows it; undefined during an election. */
  readonly leader?: string
  constructor (message = 'not the acting leader', leader?: string) {
    super('ERR_NOT_LEADER', message)
    this.leader = leader
  }
}

/** Code `ERR_RECONFIGURATION`: a change of voters that cannot be made as asked (see `peer.voters`); the message says why. */
export class ReconfigurationError extends AccordError {
  constructor (message: string) { super('ERR_RECONFIGURATION', message) }
}

/** Code `ERR_NO_LEADER`: no acting lease holder could be reached in time (an election that did not finish, or a minority side in quorum mode). */
export class NoLeaderError extends AccordError {
  constructor (message = 'no acting leader') { super('ERR_NO_LEADER', message) }
}

/** What a wait was for: a lock (or lockAll), a semaphore's permits, a named election's leadership. */
export type AcquireKind = 'lock' | 'semaphore' | 'election'

/**
 * A wait for a lease ran out (`waitMs`) before it was granted; `kind` says what for. Catch
 * this for all of them; its subclasses say which (LockTimeoutError, SemaphoreTimeoutError,
 * CampaignTimeoutError). Nothing is held: a grant that arrived too late was given back.
 */
export class AcquireTimeoutError extends AccordError {
  constructor (
    code: string,
    /** What the wait was for. */
    readonly kind: AcquireKind,
    /** The name of the lock, semaphore or election waited for. */
    readonly lock: string
  ) { super(code, `${kind} ${lock}: not granted within waitMs`) }
  /** The error of `kind` for a wait on `name` that ran out. */
  static of (kind: AcquireKind, name: string): AcquireTimeoutError {
    return kind === 'semaphore' ? new SemaphoreTimeoutError(name) : kind === 'election' ? new CampaignTimeoutError(name) : new LockTimeoutError(name)
  }
}

/** Code `ERR_LOCK_TIMEOUT`: `peer.lock` or `peer.lockAll` was not granted within `waitMs`. */
export class LockTimeoutError extends AcquireTimeoutError {
  constructor (lock: string) { super('ERR_LOCK_TIMEOUT', 'lock', lock) }
}

/** Code `ERR_SEMAPHORE_TIMEOUT`: `semaphore.acquire` was not granted within `waitMs`. */
export class SemaphoreTimeoutError extends AcquireTimeoutError {
  constructor (semaphore: string) { super('ERR_SEMAPHORE_TIMEOUT', 'semaphore', semaphore) }
}

/**
 * Code `ERR_CAMPAIGN_TIMEOUT`: a wait for the leadership of a named election ran out.
 * (`campaign()` takes no `waitMs` today: it waits until it leads or its `signal` aborts.)
 */
export class CampaignTimeoutError extends AcquireTimeoutError {
  constructor (election: string) { super('ERR_CAMPAIGN_TIMEOUT', 'election', election) }
}

/** Code `ERR_LOCK_QUEUE_FULL`: the lock (or semaphore) already has `limit` waiters; the request was refused and nothing changed. */
export class LockQueueFullError extends AccordError {
  constructor (
    /** The lock or semaphore whose queue is full. */
    readonly lock: string,
    /** The bound that was hit: the lease holder's `coord.maxQueue`. */
    readonly limit: number
  ) { super('ERR_LOCK_QUEUE_FULL', `lock ${lock}: ${limit} waiters already queued`) }
}

/** Code `ERR_LOCK_REENTRY_LIMIT`: the holder (peer, owner) already re-entered this lock (or leadership) `limit` times. */
export class LockReentryLimitError extends AccordError {
  constructor (
    /** The lock or election re-entered. */
    readonly lock: string,
    /** The bound that was hit: the lease holder's `coord.maxReentry` (64 for elections). */
    readonly limit: number
  ) { super('ERR_LOCK_REENTRY_LIMIT', `lock ${lock}: re-entered ${limit} times already`) }
}

/**
 * Code `ERR_TOO_MANY_LOCKS`: the lease holder's table is full, so a new lock (or semaphore,
 * or named election) was refused. Those already in use are unaffected.
 */
export class TooManyLocksError extends AccordError {
  constructor (
    /** The bound that was hit: `coord.maxLocks` (or `maxSemaphores`, `maxElections`). */
    readonly limit: number
  ) { super('ERR_TOO_MANY_LOCKS', `the lock table holds ${limit} locks already`) }
}

/**
 * Code `ERR_STALE_TOKEN`: a fenced resource (FenceGuard) refused an operation because a
 * newer token has been seen for this key: its caller lost the lock and must stop.
 */
export class StaleTokenError extends AccordError {
  constructor (
    /** The FenceGuard key the operation was on. */
    readonly key: string,
    /** The token that was refused. */
    readonly token: bigint,
    /** The newest token seen for `key`. */
    readonly highest: bigint
  ) {
    super('ERR_STALE_TOKEN', `${key}: token ${token} is older than ${highest}`)
  }
}

/**
 * Code `ERR_BARRIER_GENERATION`: an arrival at a generation the lease holder does not know:
 * too old (its release is no longer kept) or not yet reached. Set `barrier.generation` to
 * a current one, or leave it unset to join the waiting one.
 */
export class BarrierNotFoundError extends AccordError {
  constructor (
    /** The barrier's name. */
    readonly barrier: string,
    /** The generation asked for. */
    readonly generation: number
  ) { super('ERR_BARRIER_GENERATION', `barrier ${barrier}: generation ${generation} is not known to the lease holder`) }
}

/** Code `ERR_BARRIER_TIMEOUT`: a timed barrier with `onTimeout: 'fail'` ran out; `arrived` is who had arrived. */
export class BarrierTimeoutError extends AccordError {
  constructor (
    /** The barrier's name. */
    readonly barrier: string,
    /** The generation that timed out. */
    readonly generation: number,
    /** Peer ids that had arrived when it timed out: the same list for every participant. */
    readonly arrived: string[]
  ) {
    super('ERR_BARRIER_TIMEOUT', `barrier ${barrier}: generation ${generation} timed out with ${arrived.length} arrived`)
  }
}

/** Code `ERR_TOO_MANY_BARRIERS`: the lease holder's barrier table is full, so a new barrier was refused. */
export class TooManyBarriersError extends AccordError {
  constructor (
    /** The bound that was hit: `coord.maxBarriers`. */
    readonly limit: number
  ) { super('ERR_TOO_MANY_BARRIERS', `the barrier table holds ${limit} barriers already`) }
}

/**
 * Code `ERR_WITHDRAWN`: the lease holder dropped a queued request because it did not hear
 * from its peer in time; the client queues again.
 */
export class WithdrawnError extends AccordError {
  constructor (
    /** The lock, semaphore or election the request was queued for. */
    readonly lock: string
  ) { super('ERR_WITHDRAWN', `lock ${lock}: withdrawn from the queue (its peer was not heard from)`) }
}

/**
 * Code `ERR_SUPERSEDED`: the lease holder refused a request because the same client has
 * sent a newer one for the same lock since (a delayed duplicate, or a request its client
 * gave up on). Nothing changed; the client is not waiting for this answer.
 */
export class SupersededError extends AccordError {
  constructor (
    /** The lock, semaphore or election the request was for. */
    readonly lock: string
  ) { super('ERR_SUPERSEDED', `lock ${lock}: superseded by a newer request of the same client`) }
}

/**
 * Code `ERR_LOCK_LOST`: the local lease of a lock (or permit, or leadership) can no longer
 * be trusted: its holder must stop using the resource. Thrown by `lock.assertHeld()`.
 */
export class LockLostError extends AccordError {
  constructor (
    /** The lock, semaphore or election whose lease was lost. */
    readonly lock: string,
    why: string
  ) { super('ERR_LOCK_LOST', `lock ${lock}: ${why}`) }
}

/**
 * Code `ERR_CONFLICT`: a write to a 'reject' variable was based on a stale value: someone
 * else's write came first, and this one wrote nothing. Read, then try again.
 */
export class ConflictError extends AccordError {
  /** The variable's name. */
  readonly variable: string
  constructor (variable: string) {
    super('ERR_CONFLICT', `variable ${variable}: another write was accepted first; read the current value and retry`)
    this.variable = variable
  }
}

/** Code `ERR_TOO_MANY_VARIABLES`: the lease holder already tracks `limit` 'reject' variables, so a write to a new one was refused. */
export class TooManyVariablesError extends AccordError {
  constructor (
    /** The bound that was hit: `coord.maxVariables`. */
    readonly limit: number
  ) { super('ERR_TOO_MANY_VARIABLES', `the lease holder tracks ${limit} 'reject' variables already`) }
}

/**
 * Code `ERR_DUPLICATE_TASK`: a push named a `key` that a task of the queue still pending
 * (waiting, delayed or running) has: refused, nothing added. `id` is that task.
 */
export class DuplicateTaskError extends AccordError {
  constructor (
    /** The queue pushed to. */
    readonly queue: string,
    /** The dedupe key of the push. */
    readonly key: string,
    /** The pending task that has the key. */
    readonly id: string
  ) { super('ERR_DUPLICATE_TASK', `queue ${queue}: task ${id} with key ${key} is still pending`) }
}

/** Code `ERR_TOO_MANY_TASKS`: the queue already holds `limit` unfinished tasks, so a push was refused. */
export class TooManyTasksError extends AccordError {
  constructor (
    /** The queue pushed to. */
    readonly queue: string,
    /** The bound that was hit: `coord.maxPendingTasks`. */
    readonly limit: number
  ) { super('ERR_TOO_MANY_TASKS', `queue ${queue}: ${limit} unfinished tasks already`) }
}

/** Code `ERR_TOO_MANY_QUEUES`: the lease holder already has `limit` queues, so a new one was refused. */
export class TooManyQueuesError extends AccordError {
  constructor (
    /** The bound that was hit: `coord.maxQueues`. */
    readonly limit: number
  ) { super('ERR_TOO_MANY_QUEUES', `the lease holder has ${limit} queues already`) }
}

/** One wait of a deadlock cycle: `agent` waits for `resource`, which `heldBy` holds. Agents are `peer` or `peer/owner`. */
export interface DeadlockStep {
  /** The waiting agent. */
  agent: string
  /** The lock or semaphore it waits for. */
  resource: string
  /** The agent that holds it. */
  heldBy: string
}

/**
 * Code `ERR_DEADLOCK`: this request would close a cycle of waits (a deadlock): it was
 * refused at once, and nothing changed. `cycle` names the waits. Give up something you
 * hold, then retry.
 */
export class DeadlockError extends AccordError {
  constructor (
    /** The lock or semaphore whose wait was refused. */
    readonly resource: string,
    /** The waits that make the cycle, this request's first. */
    readonly cycle: DeadlockStep[]
  ) {
    super('ERR_DEADLOCK', `${resource}: refused, this wait would close a cycle of waits (deadlock): ${JSON.stringify(cycle)}`)
  }
}

/**
 * The typed fields of an error as they cross the wire (net/envelope.proto, ErrorDetails):
 * which are set depends on the code. The requester rebuilds the same class from them.
 *
 * @internal
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
  /** A queue's task: its dedupe key and id (DuplicateTaskError). */
  key: string
  id: string
}

/**
 * The fields of `err` to send along with its code and message.
 *
 * @internal
 */
export function detailsOf (err: AccordError): ErrorDetails {
  const d: ErrorDetails = { subject: '', limit: 0, leader: '', cycle: [], arrived: [], generation: 0n, token: 0n, highest: 0n, key: '', id: '' }
  if (err instanceof AcquireTimeoutError || err instanceof WithdrawnError || err instanceof SupersededError || err instanceof LockLostError) d.subject = err.lock
  else if (err instanceof LockQueueFullError || err instanceof LockReentryLimitError) { d.subject = err.lock; d.limit = err.limit } else if (err instanceof TooManyLocksError || err instanceof TooManyBarriersError || err instanceof TooManyVariablesError) d.limit = err.limit
  else if (err instanceof NotLeaderError) d.leader = err.leader ?? ''
  else if (err instanceof DeadlockError) { d.subject = err.resource; d.cycle = err.cycle } else if (err instanceof BarrierNotFoundError) { d.subject = err.barrier; d.generation = BigInt(err.generation) } else if (err instanceof BarrierTimeoutError) { d.subject = err.barrier; d.generation = BigInt(err.generation); d.arrived = err.arrived } else if (err instanceof ConflictError) d.subject = err.variable
  else if (err instanceof StaleTokenError) { d.subject = err.key; d.token = err.token; d.highest = err.highest }
  else if (err instanceof DuplicateTaskError) { d.subject = err.queue; d.key = err.key; d.id = err.id } else if (err instanceof TooManyTasksError) { d.subject = err.queue; d.limit = err.limit } else if (err instanceof TooManyQueuesError) d.limit = err.limit
  return d
}

/**
 * Rebuilds the typed error a remote peer reported, from its code and details (never from
 * the message text); the message is the remote one. An unknown code is a RemoteError.
 *
 * @internal
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
      case 'ERR_DUPLICATE_TASK': return new DuplicateTaskError(d.subject, d.key, d.id)
      case 'ERR_TOO_MANY_TASKS': return new TooManyTasksError(d.subject, d.limit)
      case 'ERR_TOO_MANY_QUEUES': return new TooManyQueuesError(d.limit)
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

/**
 * The error fields of an answer frame: code, message and, for accord's own errors, the typed details.
 *
 * @internal
 */
export function wireError (err: unknown): { errorCode: string, errorMessage: string, errorDetails?: ErrorDetails } {
  if (err instanceof AccordError) return { errorCode: err.code, errorMessage: err.message, errorDetails: detailsOf(err) }
  const code = (err as { code?: unknown } | undefined)?.code
  return { errorCode: typeof code === 'string' && code !== '' ? code : 'ERR_INTERNAL', errorMessage: err instanceof Error ? err.message : String(err) }
}
