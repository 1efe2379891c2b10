import { TypedEventEmitter, type EventHandler } from 'main-event'
import { AbortedError, InvalidArgumentError, StaleTokenError, UnsupportedError } from '../errors.js'
import { checkFunction, checkInteger, checkMs, checkOptions, checkSignal, checkString, invalid } from '../arguments.js'
import { clampMs, uniqueId, type LeaderChannel } from '../machine/leader-channel.js'
import { MAX_PUSH_BYTES, MAX_PUSH_TASKS, MAX_TASK_BYTES } from './queue-table.js'
import { SettleBatch, type TaskOutcome } from './queue-settle-batch.js'
import type { Body, Message } from '../net/codec.js'
import type { QueueEvent, QueueLease, QueueSettleItem } from './coord-wire.js'

/** Options of `peer.queue(name, …)`. */
export interface QueueOptions {
  /** Attempts a task gets before it is dead (a pushed task may say otherwise): an integer from 1 to 1000. Default 3. */
  maxAttempts?: number
}

/** Options of `queue.push`. */
export interface PushOptions {
  /** Lower goes first; tasks of one priority go in push order. An integer from -2^31 to 2^31-1. Default 0. */
  priority?: number
  /** Not handed out before this many ms have passed. Default 0. */
  delayMs?: number
  /** Refused (DuplicateTaskError) while a pending task of the queue has this key. */
  key?: string
  /** Overrides the queue's `maxAttempts` for this task. */
  maxAttempts?: number
  /** Stops waiting for the answer (AbortedError); the push may still have been made. */
  signal?: AbortSignal
}

/** One task of `queue.pushAll`, with the options `push` takes for it. */
export interface PushEntry<T = unknown> {
  /** The task (JSON), as `push` takes it. */
  task: T
  /** As PushOptions.priority. */
  priority?: number
  /** As PushOptions.delayMs. */
  delayMs?: number
  /** As PushOptions.key; two entries of one call may not share one. */
  key?: string
}

/** Options of `queue.pushAll`, for all its tasks. */
export interface PushAllOptions {
  /** Overrides the queue's `maxAttempts` for these tasks. */
  maxAttempts?: number
  /** Stops waiting for the answer (AbortedError); the push may still have been made. */
  signal?: AbortSignal
}

/** Options of `queue.process`. */
export interface ProcessOptions {
  /** Tasks run at once. An integer from 1 to 1,000. Default 1. */
  concurrency?: number
  /** Each task's lease, renewed every half of it while the handler runs. Default 30,000 ms, at least 100. */
  leaseMs?: number
  /** Told of what went wrong outside the handler (a lease lost, no lease holder for a while). */
  onError?: (err: unknown) => void
  /** Told once a task's completion is durable (replicated to a majority of the voters). */
  onCompleted?: (job: Job<unknown>) => void
}

/** A running `queue.process`. */
export interface QueueProcessor {
  /** Takes no more tasks; resolves once the handlers running now have finished and their tasks are settled. */
  close: () => Promise<void>
}

/** Options of `queue.take`. */
export interface TakeOptions {
  /** How long the task is leased to this worker before it goes to another (extend it with `job.extend`). Default 30,000 ms, at least 100. */
  leaseMs?: number
  /** How long to wait for a task when none is ready; then `take` resolves undefined. Default Infinity (until `signal` aborts). */
  waitMs?: number
  /** Stops the wait (AbortedError), and withdraws it from the lease holder. */
  signal?: AbortSignal
}

/** One task as `queue.inspect()` shows it. */
export interface TaskView {
  /** The task's id within its queue. */
  id: string
  /** `active` (running), `completed` or `dead`. */
  state: string
  /** Leases it has had (the one running, while active). */
  attempt: number
  /** The peer that holds its lease, while active. */
  worker: string
  /** Why each ended attempt failed. */
  errors: string[]
  /** What it completed with (completed tasks only). */
  result?: unknown
}

/** What `queue.inspect()` shows: the lease holder's counts, the running tasks and the finished ones it keeps. */
export interface QueueInspection {
  /** Tasks ready to be taken. */
  waiting: number
  /** Tasks pushed with a delay that is not over. */
  delayed: number
  /** Tasks leased to a worker now. */
  active: number
  /** Completed tasks kept (`coord.keepFinishedTasks`). */
  completed: number
  /** Tasks that failed their last attempt, kept likewise. */
  dead: number
  /** Running tasks, then finished ones, oldest first. */
  tasks: TaskView[]
}

/** A completed task's outcome, as `queue.results()` lists it. */
export interface TaskResult {
  /** The task's id within its queue. */
  id: string
  /** What it completed with. */
  result: unknown
  /** The peer whose lease completed it. */
  worker: string
}

export interface QueueClientOptions {
  /** Kept between the local view of a lease and its end on the lease holder. */
  marginMs: number
}

const MAX_ATTEMPTS = 1_000
const MIN_LEASE_MS = 100

/**
 * A task leased to this worker: finish it with `complete` or `fail`, or `extend` the
 * lease. `lost` aborts when the lease is over for this worker (it ran out, or the lease
 * holder refused it as stale): stop working on the task then, another worker has it or
 * will have it.
 */
export class Job<T> {
  /**
   * Made when `lost` is first read, and only then a timer for the lease's end: most jobs
   * end before anyone listens, and an AbortController and a timer made and cleared for
   * each showed in a busy worker's profile (QUEUE_CPU_PROF, perf).
   */
  private lostController: AbortController | undefined
  private lostReason: StaleTokenError | undefined
  private timer: ReturnType<typeof setTimeout> | undefined
  /** When the lease is over for this worker (its end less the client's margin), unless extended. */
  private deadline: number
  /** The lease holder accepted its completion or failure: it can no longer be lost. */
  private ended = false

  /** Aborts when the lease is over for this worker. */
  get lost (): AbortSignal {
    if (this.lostController == null) {
      this.lostController = new AbortController()
      if (this.isLost()) this.lose()
      else this.arm()
    }
    return this.lostController.signal
  }

  constructor (
    /** The queue's name. */
    readonly queue: string,
    /** The task's id within its queue. */
    readonly id: string,
    /** The task, as pushed. */
    readonly task: T,
    /** This lease's attempt: 1 for the first. */
    readonly attempt: number,
    /** This lease's fencing token: higher than any earlier lease of the task, or lease of the lock sequence. */
    readonly token: bigint,
    leaseMs: number,
    sentAt: number,
    private readonly client: QueueClient
  ) {
    this.deadline = sentAt + leaseMs - client.opts.marginMs
  }

  /** Completes the task with `result` (JSON). Accepted once; StaleTokenError if this lease is over. */
  async complete (result?: unknown): Promise<void> {
    await this.settle('complete', { result: this.client.encode('job.complete result', result ?? null) })
  }

  /** Ends this attempt as failed: the task waits for another, or is dead after its last. */
  async fail (error: unknown): Promise<void> {
    await this.settle('fail', { error: errorText(error) })
  }

  /** Extends the lease to end `leaseMs` from now. */
  async extend (leaseMs: number): Promise<void> {
    checkMs('job.extend leaseMs', leaseMs, MIN_LEASE_MS)
    const sentAt = performance.now()
    await this.settle('extend', { leaseMs: Math.round(leaseMs) }, false)
    this.watch(sentAt + leaseMs)
  }

  /**
   * `complete` (with `result`) or `fail` (with `error`), and the queue's next ready task
   * leased to this worker for `leaseMs` in the same round trip, or undefined if none is
   * ready (queue.process). A lease holder of coord 1.2 answers without a task.
   */
  async settleAndTake (outcome: TaskOutcome, leaseMs: number): Promise<Job<T> | undefined> {
    const requestId = uniqueId()
    const sentAt = performance.now()
    const fields = 'result' in outcome ? { result: this.client.encode('job.complete result', outcome.result ?? null) } : { error: errorText(outcome.error) }
    const reply = await this.settle('result' in outcome ? 'complete' : 'fail', fields, true, { next: true, nextRequestId: requestId, nextLeaseMs: Math.round(leaseMs), session: this.client.session })
    if (reply.kind !== 'queueLease' || !reply.body.found) return undefined
    return this.client.job<T>(this.queue, reply.body, sentAt)
  }

  /** @internal This lease's end as one item of a many-settle request (queue.process). */
  settleItem (outcome: TaskOutcome): QueueSettleItem {
    return 'result' in outcome
      ? { id: this.id, token: this.token, outcome: 'complete', result: this.client.encode('job.complete result', outcome.result ?? null), error: '' }
      : { id: this.id, token: this.token, outcome: 'fail', result: NONE, error: errorText(outcome.error) }
  }

  /** @internal The lease holder answered this lease's end: accepted (no `err`), or refused with `err`. */
  settled (err?: unknown): void {
    if (err instanceof StaleTokenError) this.lose()
    else if (err === undefined) { this.ended = true; clearTimeout(this.timer); this.timer = undefined }
  }

  private async settle (outcome: string, fields: { result?: Uint8Array, error?: string, leaseMs?: number }, ends = true, next = NO_NEXT): Promise<Message> {
    if (this.isLost() && outcome !== 'complete' && outcome !== 'fail') { this.lose(); throw this.stale() }
    let reply: Message
    try {
      reply = await this.client.send({ queueSettle: { queue: this.queue, id: this.id, token: this.token, outcome, result: fields.result ?? NONE, error: fields.error ?? '', leaseMs: fields.leaseMs ?? 0, ...next } })
    } catch (err) {
      this.settled(err)
      throw err
    }
    if (ends) this.settled()
    return reply
  }

  private watch (until: number): void {
    this.deadline = until - this.client.opts.marginMs
    if (this.lostController != null && this.lostReason == null) this.arm()
  }

  /** The lease is over for this worker: refused as stale, or past its deadline (and not ended). */
  private isLost (): boolean {
    return this.lostReason != null || (!this.ended && performance.now() >= this.deadline)
  }

  /** Aborts `lost` at the deadline (someone listens). */
  private arm (): void {
    clearTimeout(this.timer)
    if (this.ended) return
    this.timer = setTimeout(() => { this.lose() }, clampMs(this.deadline - performance.now()))
  }

  private lose (): void {
    clearTimeout(this.timer)
    this.lostReason ??= this.stale()
    this.lostController?.abort(this.lostReason)
  }

  private stale (): StaleTokenError {
    return new StaleTokenError(`queue ${this.queue} task ${this.id}`, this.token, this.token)
  }
}

/** What `push` and each `pushAll` entry may say of their task. */
const TASK_OPTION_CHECKS = {
  priority: (option: string, value: unknown) => checkInteger(option, value, -(2 ** 31), 2 ** 31 - 1),
  delayMs: (option: string, value: unknown) => checkMs(option, value, 0),
  key: (option: string, value: unknown) => checkString(option, value)
}

const NO_NEXT = { next: false, nextRequestId: '', nextLeaseMs: 0, session: '' }

function errorText (error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 4_096)
}

/** Which task, whose attempt: what every task event says. */
export interface TaskEventBase {
  /** The task's id within its queue. */
  id: string
  /** The peer whose lease it was. */
  worker: string
  /** The attempt (1 for the first lease). */
  attempt: number
}

/** A task completed. */
export interface CompletedEvent extends TaskEventBase {
  /** What it completed with (undefined above 4 KiB: read it with `results()`). */
  result: unknown
}

/** An attempt ended without completing: failed by its worker, its lease ran out, or its worker left the mesh. */
export interface FailedEvent extends TaskEventBase {
  /** Why (the worker's error, or `lease expired` / `worker gone`). */
  error: string
}

/** A task failed its last attempt. */
export interface DeadEvent extends TaskEventBase {
  /** Each attempt's error, first to last. */
  errors: string[]
}

/** Events this listener did not hear. */
export interface MissedEvent {
  /** How many (0: unknown, the lease holder changed). */
  count: number
}

/** What a queue's listeners hear (`queue.addEventListener`), as the lease holder saw it. */
export interface QueueEvents {
  /** A task completed. */
  completed: CustomEvent<CompletedEvent>
  /** An attempt ended without completing. */
  failed: CustomEvent<FailedEvent>
  /** A task failed its last attempt. */
  dead: CustomEvent<DeadEvent>
  /** Events were not heard (the listener fell behind, or the lease holder changed). */
  missed: CustomEvent<MissedEvent>
}

const EVENT_KINDS = ['completed', 'failed', 'dead', 'missed'] as const

/** A promise and what resolves it. */
function signal (): { promise: Promise<void>, resolve: () => void } {
  let resolve = (): void => {}
  const promise = new Promise<void>(r => { resolve = r })
  return { promise, resolve }
}

/**
 * A named work queue (the lease holder's, replicated with the lock table): push tasks,
 * take them as a worker, complete them exactly once. Its events ('completed', 'failed',
 * 'dead') reach listeners from when `watching()` resolves, by a long poll of the lease
 * holder that runs while any listener is attached; they are best effort across a change
 * of lease holder ('missed' says so), while `inspect` and `results` read the replicated record.
 */
export class Queue<T = unknown> extends TypedEventEmitter<QueueEvents> {
  private readonly maxAttempts: number
  private watch: Promise<void> | undefined
  private watched = signal()

  constructor (
    /** The queue's name. */
    readonly name: string,
    options: QueueOptions,
    private readonly client: QueueClient
  ) {
    super()
    checkOptions('queue options', options, { maxAttempts: (option, value) => checkInteger(option, value, 1, MAX_ATTEMPTS) })
    this.maxAttempts = options.maxAttempts ?? 3
  }

  /** Adds a listener; the first one starts watching the lease holder for this queue's events. */
  override addEventListener<K extends keyof QueueEvents> (type: K, listener: EventHandler<QueueEvents[K]> | null, options?: boolean | AddEventListenerOptions): void {
    super.addEventListener(type, listener, options)
    this.watch ??= this.watchEvents().finally(() => { this.watch = undefined; this.watched = signal() })
  }

  /** Resolves once the lease holder watches this queue for this peer: events from then on reach the listeners. */
  async watching (): Promise<void> {
    await this.watched.promise
  }

  /** Adds `task` (JSON); resolves with its id once it is durable (replicated to a majority of the voters). */
  async push (task: T, options: PushOptions = {}): Promise<string> {
    checkOptions('push options', options, {
      ...TASK_OPTION_CHECKS,
      maxAttempts: (option, value) => checkInteger(option, value, 1, MAX_ATTEMPTS),
      signal: checkSignal
    })
    const payload = this.client.encode('push task', task)
    const reply = await this.client.send({
      queuePush: { queue: this.name, requestId: uniqueId(), payload, priority: options.priority ?? 0, delayMs: Math.round(options.delayMs ?? 0), key: options.key ?? '', maxAttempts: options.maxAttempts ?? this.maxAttempts }
    }, options.signal)
    if (reply.kind !== 'queuePushed') throw new InvalidArgumentError(`queue ${this.name}: unexpected answer ${reply.kind}`)
    return reply.body.id
  }

  /**
   * Adds many tasks in one request, all or none (a duplicate key or too many tasks refuses
   * them all), as BullMQ's `addBulk`: one round trip and one replication for all of them.
   * Resolves with their ids, in order, once they are durable. At most 1,000 tasks and
   * 960 KiB of them (as JSON) a call. A lease holder of a release before it (coord 1.2)
   * gets them one `push` at a time, in order; then they are not all or none.
   */
  async pushAll (entries: Array<PushEntry<T>>, options: PushAllOptions = {}): Promise<string[]> {
    checkOptions('pushAll options', options, {
      maxAttempts: (option, value) => checkInteger(option, value, 1, MAX_ATTEMPTS),
      signal: checkSignal
    })
    if (!Array.isArray(entries) || entries.length > MAX_PUSH_TASKS) throw invalid('pushAll entries', `an array of at most ${MAX_PUSH_TASKS} { task, priority?, delayMs?, key? }`, entries)
    const items = entries.map((entry, i) => {
      if (typeof entry !== 'object' || entry === null || !('task' in entry)) throw invalid(`pushAll entry ${i}`, 'an object { task, priority?, delayMs?, key? }', entry)
      const { task, ...opts } = entry
      checkOptions(`pushAll entry ${i}`, opts, TASK_OPTION_CHECKS)
      return { payload: this.client.encode(`pushAll entry ${i} task`, task), priority: opts.priority ?? 0, delayMs: Math.round(opts.delayMs ?? 0), key: opts.key ?? '' }
    })
    const bytes = items.reduce((n, i) => n + i.payload.byteLength, 0)
    if (bytes > MAX_PUSH_BYTES) throw invalid('pushAll entries', `at most ${MAX_PUSH_BYTES} bytes of tasks as JSON a call (split them)`, `${bytes} bytes`)
    if (items.length === 0) return []
    const maxAttempts = options.maxAttempts ?? this.maxAttempts
    try {
      const reply = await this.client.send({ queuePushMany: { queue: this.name, requestId: uniqueId(), maxAttempts, items } }, options.signal)
      if (reply.kind !== 'queuePushedMany' || reply.body.ids.length !== items.length) throw new InvalidArgumentError(`queue ${this.name}: unexpected answer ${reply.kind}`)
      return reply.body.ids
    } catch (err) {
      if (!(err instanceof UnsupportedError)) throw err
      const ids: string[] = []
      for (const { task, ...opts } of entries) ids.push(await this.push(task, { ...opts, maxAttempts, signal: options.signal }))
      return ids
    }
  }

  /**
   * The next task, leased to this worker for `leaseMs`; waits up to `waitMs` for one, then
   * resolves undefined. Aborting `signal` stops the wait (AbortedError).
   */
  async take (options: TakeOptions = {}): Promise<Job<T> | undefined> {
    checkOptions('take options', options, {
      leaseMs: (option, value) => checkMs(option, value, MIN_LEASE_MS),
      waitMs: (option, value) => { if (value !== Number.POSITIVE_INFINITY) checkMs(option, value, 0) },
      signal: checkSignal
    })
    const leaseMs = Math.round(options.leaseMs ?? 30_000)
    const deadline = performance.now() + (options.waitMs ?? Number.POSITIVE_INFINITY)
    const requestId = uniqueId()
    try {
      while (true) {
        const sentAt = performance.now()
        const waitMs = Math.max(0, Math.min(Math.round(deadline - sentAt), TAKE_POLL_MS))
        const reply = await this.client.send({ queueTake: { queue: this.name, requestId, leaseMs, waitMs, session: this.client.session } }, options.signal, waitMs)
        if (reply.kind !== 'queueLease') throw new InvalidArgumentError(`queue ${this.name}: unexpected answer ${reply.kind}`)
        const l = reply.body
        if (l.found) return this.client.job<T>(this.name, l, sentAt)
        if (performance.now() >= deadline) return undefined
      }
    } catch (err) {
      if (options.signal?.aborted === true) {
        // withdraw the wait, so that no task is leased to a worker that left (best effort)
        void this.client.send({ queueSettle: { queue: this.name, id: requestId, token: 0n, outcome: 'withdraw', result: NONE, error: '', leaseMs: 0, ...NO_NEXT } }).catch(() => {})
        throw new AbortedError(`queue ${this.name}: take aborted`, { cause: err })
      }
      throw err
    }
  }

  /**
   * Runs `handler` on this queue's tasks, `concurrency` at a time, as BullMQ's Worker: a
   * task whose handler resolves is completed with what it resolved to, one whose handler
   * throws is failed with its error (and runs again until `maxAttempts`). The lease is
   * renewed while the handler runs; `job.lost` aborts if it is lost anyway. The completions
   * its slots make in one turn of the event loop go in one request, and the next tasks for
   * those slots in another sent with it, which is answered without waiting for the
   * completions to replicate: a slot may start its next task before its last completion is
   * durable (`onCompleted` says when it is). Before coord 1.4, one round trip per task:
   * each completion, once durable, takes the next.
   */
  process (handler: (task: T, job: Job<T>) => unknown, options: ProcessOptions = {}): QueueProcessor {
    checkFunction('process handler', handler, 'a function (task, job) => result')
    checkOptions('process options', options, {
      concurrency: (option, value) => checkInteger(option, value, 1, 1_000),
      leaseMs: (option, value) => checkMs(option, value, MIN_LEASE_MS),
      onError: checkFunction,
      onCompleted: checkFunction
    })
    const leaseMs = Math.round(options.leaseMs ?? 30_000)
    const stop = new AbortController()
    /** Settles sent and not yet answered: a slot goes on to its next task meanwhile. */
    const settling = new Set<Promise<void>>()
    const settles = new SettleBatch<Job<T>>(this.name, leaseMs, { session: this.client.session, send: async body => await this.client.send(body), job: (queue, lease, sentAt) => this.client.job<T>(queue, lease, sentAt) })
    const report = (err: unknown): void => { try { options.onError?.(err) } catch { /* the caller's */ } }
    const completed = (job: Job<T>): void => { try { options.onCompleted?.(job as Job<unknown>) } catch (err) { report(err) } }
    // Each running job's lease is extended by the time it is half over, by one tick for the
    // whole processor while any job runs (an interval made and cleared for each job showed in
    // a busy worker's profile): a tick every eighth of the lease renews up to that much early.
    const tickMs = Math.max(MIN_LEASE_MS / 8, Math.floor(leaseMs / 8))
    const renewAfterMs = Math.floor(leaseMs / 2) - tickMs
    const running = new Map<Job<T>, number>()
    let renewals: ReturnType<typeof setInterval> | undefined
    const renew = (): void => {
      const now = performance.now()
      for (const [job, renewAt] of running) {
        if (now < renewAt) continue
        running.set(job, now + renewAfterMs)
        job.extend(leaseMs).catch(report)
      }
    }
    const run = async (job: Job<T>): Promise<{ result: unknown } | { error: unknown }> => {
      running.set(job, performance.now() + renewAfterMs)
      renewals ??= setInterval(renew, tickMs)
      try {
        return { result: await handler(job.task, job) }
      } catch (error) {
        return { error }
      } finally {
        running.delete(job)
        if (running.size === 0) { clearInterval(renewals); renewals = undefined }
      }
    }
    const slot = async (): Promise<void> => {
      let job: Job<T> | undefined
      while (true) {
        if (job == null) {
          if (stop.signal.aborted) return
          try {
            job = await this.take({ leaseMs, signal: stop.signal })
          } catch (err) {
            if (stop.signal.aborted) return
            report(err)
            await new Promise(resolve => setTimeout(resolve, 100)) // (a refusal that would repeat at once)
          }
          continue
        }
        // a task in hand runs, closing or not: giving it back would cost it an attempt
        const outcome = await run(job)
        const done = job
        const { next, settled } = settles.settle(job, outcome, !stop.signal.aborted)
        const told = settled.then(error => {
          if (error !== undefined) report(error) // a lost lease: the task goes to another worker
          else if ('result' in outcome) completed(done)
        })
        settling.add(told)
        void told.finally(() => settling.delete(told))
        job = await next
      }
    }
    const slots = Promise.all(Array.from({ length: options.concurrency ?? 1 }, slot))
    return {
      close: async () => {
        stop.abort()
        await slots
        await Promise.all(settling)
      }
    }
  }

  /** The lease holder's counts, running tasks and the finished tasks it keeps, with their results. */
  async inspect (): Promise<QueueInspection> {
    const reply = await this.client.send({ queueInspect: { queue: this.name } })
    if (reply.kind !== 'queueView') throw new InvalidArgumentError(`queue ${this.name}: unexpected answer ${reply.kind}`)
    const v = reply.body
    return {
      waiting: v.waiting, delayed: v.delayed, active: v.active, completed: v.completed, dead: v.dead,
      tasks: v.tasks.map(t => ({ id: t.id, state: t.state, attempt: t.attempt, worker: t.worker, errors: t.errors, ...(t.state === 'completed' ? { result: this.client.decode(t.result) } : {}) }))
    }
  }

  /** Long-polls the lease holder for this queue's events while a listener is attached. */
  private async watchEvents (): Promise<void> {
    let epoch = 0n
    let after = 0n
    let fromNow = true
    while (EVENT_KINDS.some(k => this.listenerCount(k) > 0) && !this.client.stopped) {
      let reply: Message
      try {
        reply = await this.client.send({ queueWatch: { queue: this.name, epoch, after, fromNow } }, undefined, WATCH_WAIT_MS)
      } catch {
        return // the peer stopped (or the lease holder refused the watch: nothing to wait for)
      }
      if (reply.kind !== 'queueEvents') return
      const r = reply.body
      if (fromNow) this.watched.resolve()
      fromNow = false
      if (r.epoch !== epoch && epoch !== 0n) this.safeDispatchEvent('missed', { detail: { count: 0 } }) // a new lease holder: what happened in between is not known
      epoch = r.epoch
      after = r.last
      if (r.missed > 0) this.safeDispatchEvent('missed', { detail: { count: r.missed } })
      for (const e of r.events) this.dispatchQueueEvent(e)
    }
  }

  private dispatchQueueEvent (e: QueueEvent): void {
    const base = { id: e.id, worker: e.worker, attempt: e.attempt }
    if (e.kind === 'completed') this.safeDispatchEvent('completed', { detail: { ...base, result: this.client.decode(e.result) } })
    else if (e.kind === 'failed') this.safeDispatchEvent('failed', { detail: { ...base, error: e.error } })
    else if (e.kind === 'dead') this.safeDispatchEvent('dead', { detail: { ...base, errors: e.error.split('\n') } })
  }

  /** The completed tasks' results the lease holder keeps (`coord.keepFinishedTasks`), oldest first. */
  async results (): Promise<TaskResult[]> {
    return (await this.inspect()).tasks.filter(t => t.state === 'completed').map(t => ({ id: t.id, result: t.result, worker: t.worker }))
  }
}

/** A take waits this long per request at most, then asks again (a long poll that outlives a leader is re-sent). */
const TAKE_POLL_MS = 10_000
/** A watch is answered within about 10 s (queue-service.ts); a little more for the answer to travel. */
const WATCH_WAIT_MS = 12_000
const NONE = new Uint8Array(0)
const UTF8 = new TextEncoder()
const FROM_UTF8 = new TextDecoder()

/** What every queue of a peer shares: the way to the lease holder, this process's session, the size limit. */
export class QueueClient {
  /** This process's incarnation: a task leased to an earlier run of this peer is not mistaken for ours. */
  readonly session = uniqueId()

  constructor (private readonly leader: LeaderChannel, readonly opts: QueueClientOptions) {}

  get stopped (): boolean { return this.leader.isStopped }

  /** Sends to the lease holder, re-sent through leader changes (the same request id: applied once). */
  async send (body: Body, signal?: AbortSignal, waitMs = 0): Promise<Message> {
    return await this.leader.persist(body, signal, waitMs)
  }

  /** The job a found lease (asked for at `sentAt`) gives this worker; its lease is counted from the ask, plus the time it waited at the lease holder. */
  job<T> (queue: string, lease: QueueLease, sentAt: number): Job<T> {
    return new Job<T>(queue, lease.id, this.decode(lease.payload) as T, lease.attempt, lease.token, lease.leaseMs, sentAt + lease.waitedMs, this)
  }

  encode (what: string, value: unknown): Uint8Array<ArrayBuffer> {
    let json: string | undefined
    try { json = JSON.stringify(value) } catch (err) { throw invalid(what, 'a JSON value', value) }
    if (json === undefined) throw invalid(what, 'a JSON value', value)
    const bytes = UTF8.encode(json)
    if (bytes.byteLength > MAX_TASK_BYTES) throw invalid(what, `at most ${MAX_TASK_BYTES} bytes as JSON (put big data in a document and pass its name)`, `${bytes.byteLength} bytes`)
    return bytes
  }

  decode (bytes: Uint8Array): unknown {
    return bytes.byteLength === 0 ? undefined : JSON.parse(FROM_UTF8.decode(bytes))
  }
}
