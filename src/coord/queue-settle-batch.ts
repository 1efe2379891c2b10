import { InvalidArgumentError, StaleTokenError, UnsupportedError, errorFromWire } from '../errors.js'
import { afterThisTurn } from '../net/next-turn.js'
import { uniqueId } from '../machine/leader-channel.js'
import { MAX_PUSH_BYTES, MAX_PUSH_TASKS } from './queue-table.js'
import type { QueueItemOutcome, QueueLease, QueueSettleItem } from './coord-wire.js'
import type { Body, Message } from '../net/codec.js'

/** How a task's handler ended: with a result to complete it with, or an error to fail it with. */
export type TaskOutcome =
  | {
    /** What the handler returned: the task completes with it (JSON). */
    result: unknown
  }
  | {
    /** What the handler threw: the attempt fails with it. */
    error: unknown
  }

/** What the batch needs of a leased task (queue-client.ts's Job). */
export interface SettlingJob<J> {
  readonly queue: string
  readonly id: string
  readonly token: bigint
  settleItem: (outcome: TaskOutcome) => QueueSettleItem
  settled: (err?: unknown) => void
  settleAndTake: (outcome: TaskOutcome, leaseMs: number) => Promise<J | undefined>
  complete: (result?: unknown) => Promise<void>
  fail: (error: unknown) => Promise<void>
}

/** What the batch needs of the way to the lease holder (queue-client.ts's QueueClient). */
export interface SettlingClient<J> {
  readonly session: string
  send: (body: Body) => Promise<Message>
  job: (queue: string, lease: QueueLease, sentAt: number) => J
}

/** What a settle of `queue.process` comes to: the next task leased to the slot (if one was ready), and the settle's refusal (if it was refused). */
export interface SettleResult<J> { next: J | undefined, error?: unknown }

interface Entry<J> {
  job: J
  outcome: TaskOutcome
  item: QueueSettleItem
  /** The slot wants the next task (it is not closing). */
  take: boolean
  resolve: (r: SettleResult<J>) => void
}

/** After a lease holder refused the request kind (coord 1.3), how long the slots settle one by one before trying again. */
const UNSUPPORTED_RETRY_MS = 60_000

/**
 * The settles of one `queue.process`, gathered per turn of the event loop into one
 * request (coord 1.4's queueSettleMany) that also takes as many ready tasks as the
 * settling slots want: a busy worker's slots then cost one round trip, one replication
 * and one answer between them, where each would cost its own (as XREADGROUP's COUNT and
 * one XACK of many do for a Redis Streams consumer). A lease holder of coord 1.3 refuses
 * the kind: then each slot settles on its own (Job.settleAndTake) for a while.
 */
export class SettleBatch<J extends SettlingJob<J>> {
  private entries: Array<Entry<J>> = []
  private bytes = 0
  private oneByOneUntil = -Infinity

  constructor (private readonly queue: string, private readonly leaseMs: number, private readonly client: SettlingClient<J>) {}

  /** Completes or fails `job` (and takes the next task, with `take`). A refused settle resolves with its error: the slot may still get a task. */
  async settle (job: J, outcome: TaskOutcome, take: boolean): Promise<SettleResult<J>> {
    if (performance.now() < this.oneByOneUntil) return await this.alone(job, outcome, take)
    const item = job.settleItem(outcome) // (a result that is not JSON throws here, for this slot alone)
    return await new Promise(resolve => {
      if (this.entries.length === MAX_PUSH_TASKS || this.bytes + item.result.byteLength > MAX_PUSH_BYTES) this.flush()
      if (this.entries.push({ job, outcome, item, take, resolve }) === 1) afterThisTurn(() => { this.flush() })
      this.bytes += item.result.byteLength
    })
  }

  private async alone (job: J, outcome: TaskOutcome, take: boolean): Promise<SettleResult<J>> {
    try {
      if (take) return { next: await job.settleAndTake(outcome, this.leaseMs) }
      await ('result' in outcome ? job.complete(outcome.result) : job.fail(outcome.error))
      return { next: undefined }
    } catch (error) {
      return { next: undefined, error }
    }
  }

  private flush (): void {
    const entries = this.entries
    if (entries.length === 0) return
    this.entries = []
    this.bytes = 0
    void this.send(entries)
  }

  private async send (entries: Array<Entry<J>>): Promise<void> {
    const takers = entries.filter(e => e.take)
    const sentAt = performance.now()
    let outcomes: QueueItemOutcome[]
    let leases: J[]
    try {
      const reply = await this.client.send({ queueSettleMany: { queue: this.queue, items: entries.map(e => e.item), take: takers.length, requestId: uniqueId(), leaseMs: this.leaseMs, session: this.client.session } })
      if (reply.kind !== 'queueSettledMany' || reply.body.outcomes.length !== entries.length) throw new InvalidArgumentError(`queue ${this.queue}: unexpected answer ${reply.kind}`)
      outcomes = reply.body.outcomes
      leases = reply.body.leases.slice(0, takers.length).map(l => this.client.job(this.queue, l, sentAt))
    } catch (err) {
      if (err instanceof UnsupportedError) {
        this.oneByOneUntil = performance.now() + UNSUPPORTED_RETRY_MS
        for (const e of entries) void this.alone(e.job, e.outcome, e.take).then(e.resolve)
        return
      }
      for (const e of entries) { e.job.settled(err); e.resolve({ next: undefined, error: err }) }
      return
    }
    // each taking slot gets the next lease, in order, refused settle or not (the lease is its)
    let nextLease = 0
    entries.forEach((e, i) => {
      const error = refusalOf(outcomes[i]!, e.job)
      e.job.settled(error)
      e.resolve({ next: e.take ? leases[nextLease++] : undefined, ...(error !== undefined ? { error } : {}) })
    })
  }
}

function refusalOf (o: QueueItemOutcome, job: SettlingJob<unknown>): Error | undefined {
  if (o.errorCode === '') return undefined
  if (o.errorCode === 'ERR_STALE_TOKEN') return new StaleTokenError(`queue ${job.queue} task ${job.id}`, job.token, o.highest)
  return errorFromWire(o.errorCode, o.errorMessage)
}
