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

/**
 * What a settle of `queue.process` comes to: the next task leased to the slot (undefined
 * if none was ready), and apart from it, once the lease holder has made the settle durable
 * or refused it, the refusal (undefined when accepted).
 */
export interface SettleResult<J> { next: Promise<J | undefined>, settled: Promise<unknown> }

interface Entry<J> {
  job: J
  outcome: TaskOutcome
  item: QueueSettleItem
  /** The slot wants the next task (it is not closing). */
  take: boolean
  next: (job: J | undefined) => void
  settled: (error: unknown) => void
}

/** After a lease holder refused the request kind (coord 1.3), how long the slots settle one by one before trying again. */
const UNSUPPORTED_RETRY_MS = 60_000

/**
 * The settles of one `queue.process`, gathered per turn of the event loop: the completions
 * (and failures) in one request (coord 1.4's queueSettleMany), answered once they are
 * replicated, and the next tasks the settling slots want in another, sent with it and
 * answered at once. So a busy worker's slots cost two requests, one replication and two
 * answers between them, where each would cost its own (as XREADGROUP's COUNT and one XACK
 * of many do for a Redis Streams consumer), and a slot runs its next task while its last
 * completion replicates. A lease holder of coord 1.3 refuses the kind: then each slot
 * settles on its own (Job.settleAndTake) for a while.
 */
export class SettleBatch<J extends SettlingJob<J>> {
  private entries: Array<Entry<J>> = []
  private bytes = 0
  private oneByOneUntil = -Infinity

  constructor (private readonly queue: string, private readonly leaseMs: number, private readonly client: SettlingClient<J>) {}

  /**
   * Completes or fails `job`, and takes the next task with `take`. A result that is not
   * JSON fails the attempt instead (the error says why, and is the settle's refusal).
   */
  settle (job: J, outcome: TaskOutcome, take: boolean): SettleResult<J> {
    if (performance.now() < this.oneByOneUntil) {
      const alone = this.alone(job, outcome, take)
      return { next: alone.then(r => r.next), settled: alone.then(r => r.error) }
    }
    let item: QueueSettleItem
    let unencodable: unknown
    try {
      item = job.settleItem(outcome)
    } catch (err) {
      unencodable = err
      outcome = { error: err }
      item = job.settleItem(outcome)
    }
    let resolveNext: Entry<J>['next'] = () => {}
    let resolveSettled: Entry<J>['settled'] = () => {}
    const next = take ? new Promise<J | undefined>(resolve => { resolveNext = resolve }) : Promise.resolve(undefined)
    const settled = new Promise<unknown>(resolve => { resolveSettled = err => { resolve(err ?? unencodable) } })
    if (this.entries.length === MAX_PUSH_TASKS || this.bytes + item.result.byteLength > MAX_PUSH_BYTES) this.flush()
    if (this.entries.push({ job, outcome, item, take, next: resolveNext, settled: resolveSettled }) === 1) afterThisTurn(() => { this.flush() })
    this.bytes += item.result.byteLength
    return { next, settled }
  }

  private async alone (job: J, outcome: TaskOutcome, take: boolean): Promise<{ next: J | undefined, error?: unknown }> {
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
    const takers = entries.filter(e => e.take)
    // (both go in one write: the settles first, so the takes see the tasks they freed)
    const settling = this.request(entries.map(e => e.item), 0)
    const taking = takers.length > 0 ? this.request([], takers.length) : undefined
    void this.settled(entries, settling)
    if (taking != null) void this.taken(takers, taking)
  }

  private async request (items: QueueSettleItem[], take: number): Promise<{ outcomes: QueueItemOutcome[], leases: J[] }> {
    const sentAt = performance.now()
    const reply = await this.client.send({ queueSettleMany: { queue: this.queue, items, take, requestId: take > 0 ? uniqueId() : '', leaseMs: this.leaseMs, session: this.client.session } })
    if (reply.kind !== 'queueSettledMany' || reply.body.outcomes.length !== items.length) throw new InvalidArgumentError(`queue ${this.queue}: unexpected answer ${reply.kind}`)
    return { outcomes: reply.body.outcomes, leases: reply.body.leases.slice(0, take).map(l => this.client.job(this.queue, l, sentAt)) }
  }

  private async settled (entries: Array<Entry<J>>, answer: ReturnType<SettleBatch<J>['request']>): Promise<void> {
    let outcomes: QueueItemOutcome[]
    try {
      outcomes = (await answer).outcomes
    } catch (err) {
      if (err instanceof UnsupportedError) {
        // a lease holder of coord 1.3 applied none of them: each on its own (the takes' answer gives their next tasks, if any)
        this.oneByOneUntil = performance.now() + UNSUPPORTED_RETRY_MS
        for (const e of entries) void this.alone(e.job, e.outcome, false).then(r => { e.settled(r.error) })
        return
      }
      for (const e of entries) { e.job.settled(err); e.settled(err) }
      return
    }
    entries.forEach((e, i) => {
      const error = refusalOf(outcomes[i]!, e.job)
      e.job.settled(error)
      e.settled(error)
    })
  }

  /** Each taking slot gets the next lease, in order; those left over (or all, if the takes failed) get none and wait for one on their own. */
  private async taken (takers: Array<Entry<J>>, answer: ReturnType<SettleBatch<J>['request']>): Promise<void> {
    const leases = await answer.then(a => a.leases, () => [])
    takers.forEach((e, i) => { e.next(leases[i]) })
  }
}

function refusalOf (o: QueueItemOutcome, job: SettlingJob<unknown>): Error | undefined {
  if (o.errorCode === '') return undefined
  if (o.errorCode === 'ERR_STALE_TOKEN') return new StaleTokenError(`queue ${job.queue} task ${job.id}`, job.token, o.highest)
  return errorFromWire(o.errorCode, o.errorMessage)
}
