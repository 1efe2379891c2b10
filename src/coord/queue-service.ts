import { InvalidMessageError, StaleTokenError, wireError } from '../errors.js'
import { taskEntry } from './queue-records.js'
import { QueueEventLog } from './queue-events.js'
import { MAX_PUSH_BYTES, MAX_PUSH_TASKS, MAX_TASK_BYTES, type QueueEvent, type Task } from './queue-table.js'
import type { CoordHolder } from './state.js'
import type { Body } from '../net/codec.js'
import type { Rpc } from '../net/rpc.js'
import type { QueueItemOutcome, QueueLease } from './coord-wire.js'

const parkKey = (requestId: string): string => `queue:${requestId}`
/** How long a watch waits for an event before it is answered empty (the client asks again). */
const WATCH_HOLD_MS = 10_000
/** A result bigger than this is left out of its 'completed' event (read it with `results()`). */
const EVENT_RESULT_BYTES = 4 * 1024
const NONE = new Uint8Array(0)
const NOTHING: Body = { queueLease: { found: false, id: '', payload: NONE, attempt: 0, token: 0n, leaseMs: 0, waitedMs: 0 } }

function leaseOf (t: Task, waitedMs = 0): Body {
  return { queueLease: leaseFields(t, waitedMs) }
}

function leaseFields (t: Task, waitedMs = 0): QueueLease {
  return { found: true, id: t.id, payload: t.payload as Uint8Array<ArrayBuffer>, attempt: t.attempt, token: t.token, leaseMs: t.leaseMs, waitedMs: Math.floor(waitedMs) }
}

/** One settle of a many-settle request accepted. */
const ACCEPTED: QueueItemOutcome = { errorCode: '', errorMessage: '', highest: 0n }

function refusal (err: unknown): QueueItemOutcome {
  const { errorCode, errorMessage } = wireError(err)
  return { errorCode, errorMessage, highest: err instanceof StaleTokenError ? err.highest : 0n }
}

/**
 * The lease holder's work queues (coord/queue-table.ts). A push and a completion are
 * answered once replicated to a majority, so no acknowledged one is lost with the leader.
 * A take is answered at once: its lease replicates with the next commit, and if the
 * leader dies first the worker's completion is refused as stale (its token is not the
 * task's), the task goes to another worker, and it still completes exactly once.
 */
export function serveQueues (holder: CoordHolder, rpc: Rpc, onDisconnect: (handler: (peer: string) => void) => void): void {
  // what watchers hear of; a new leader starts its own (events are not replicated)
  let log = new QueueEventLog()
  let logEpoch = 0
  const events = (epoch: number): QueueEventLog => {
    if (epoch !== logEpoch) { log = new QueueEventLog(); logEpoch = epoch }
    return log
  }
  const settle = (changes: QueueEvent[], epoch: number): void => {
    for (const e of changes) {
      if (e.kind === 'leased') holder.settle(parkKey(e.requestId), leaseOf(e.task, e.waitedMs))
      else if (e.kind === 'timeout') holder.settle(parkKey(e.requestId), NOTHING)
      else if (e.kind === 'lost') announceEnded(events(epoch), e.queue, e.task, e.worker, e.attempt, e.why === 'expired' ? 'lease expired' : 'worker gone')
    }
  }
  const need = (ok: boolean, what: string): void => { if (!ok) throw new InvalidMessageError('type', what) }

  /**
   * Ends the lease `token` of task `id` as completed or failed (StaleTokenError if it is
   * not the task's current lease); returns what to tell watchers and waiting takers once
   * that is committed.
   */
  const end = (queue: string, item: { id: string, token: bigint, outcome: string, result: Uint8Array, error: string }, worker: string, epoch: number): () => void => {
    const { tables } = holder
    const { id, token, result, error } = item
    if (item.outcome === 'complete') {
      const { task, changed } = tables.queues.complete(queue, id, token, result)
      return () => { if (changed) events(epoch).add(queue, { kind: 'completed', id, worker: task.worker, attempt: task.attempt, result: result.byteLength <= EVENT_RESULT_BYTES ? result as Uint8Array<ArrayBuffer> : NONE, error: '' }) }
    }
    // (read first: a task handed to a waiting taker at once is on its next attempt after)
    const attempt = tables.queues.get(queue, id)?.attempt ?? 0
    const { task, events: leased } = tables.queues.fail(queue, id, token, error, performance.now(), () => tables.tokens.next(epoch))
    return () => {
      settle(leased, epoch)
      announceEnded(events(epoch), queue, task, worker, attempt, error)
    }
  }
  const needSettle = (outcome: string, result: Uint8Array): void => {
    need(outcome !== 'complete' || result.byteLength <= MAX_TASK_BYTES, `a result of ${result.byteLength} bytes (at most ${MAX_TASK_BYTES})`)
  }

  rpc.handle('queuePush', async (msg): Promise<Body> => {
    holder.heard(msg.from.toString())
    const epoch = holder.assertActing()
    const { queue, requestId, payload, priority, delayMs, key, maxAttempts } = msg.body
    need(queue !== '' && requestId !== '' && maxAttempts > 0, 'a push needs queue, requestId and maxAttempts')
    need(payload.byteLength <= MAX_TASK_BYTES, `a task of ${payload.byteLength} bytes (at most ${MAX_TASK_BYTES})`)
    const { tables } = holder
    const { task, events: leased } = tables.queues.push(queue, { payload, priority, delayMs, key, maxAttempts, peer: msg.from.toString(), requestId }, performance.now(), () => tables.tokens.next(epoch))
    // (a retried push too: the first one's commit may still be under way)
    await holder.commitThen(() => { settle(leased, epoch) })
    return { queuePushed: { id: task.id } }
  })

  rpc.handle('queuePushMany', async (msg): Promise<Body> => {
    const peer = msg.from.toString()
    holder.heard(peer)
    const epoch = holder.assertActing()
    const { queue, requestId, items, maxAttempts } = msg.body
    need(queue !== '' && requestId !== '' && maxAttempts > 0, 'a push needs queue, requestId and maxAttempts')
    need(items.length <= MAX_PUSH_TASKS, `${items.length} tasks in one push (at most ${MAX_PUSH_TASKS})`)
    const bytes = items.reduce((n, i) => n + i.payload.byteLength, 0)
    need(bytes <= MAX_PUSH_BYTES && items.every(i => i.payload.byteLength <= MAX_TASK_BYTES), `tasks of ${bytes} bytes in one push (at most ${MAX_TASK_BYTES} each, ${MAX_PUSH_BYTES} in all)`)
    const { tables } = holder
    // (each field named: spreading the decoded item made V8 define each copy's fields the slow way, which showed in a busy lease holder's profile)
    const reqs = items.map(({ payload, priority, delayMs, key }, i) => ({ payload, priority, delayMs, key, maxAttempts, peer, requestId: `${requestId}/${i}` }))
    const { tasks, events: leased } = tables.queues.pushMany(queue, reqs, performance.now(), () => tables.tokens.next(epoch))
    await holder.commitThen(() => { settle(leased, epoch) })
    return { queuePushedMany: { ids: tasks.map(t => t.id) } }
  })

  rpc.handle('queueTake', async (msg): Promise<Body> => {
    const peer = msg.from.toString()
    const { queue, requestId, leaseMs, waitMs, session } = msg.body
    holder.heard(peer, session)
    const epoch = holder.assertActing()
    need(queue !== '' && requestId !== '' && leaseMs > 0, 'a take needs queue, requestId and leaseMs')
    const { tables } = holder
    const now = performance.now()
    const task = tables.queues.take(queue, { peer, session, requestId, leaseMs }, now + waitMs, now, () => tables.tokens.next(epoch))
    if (task == null) return waitMs === 0 ? NOTHING : await holder.park(parkKey(requestId), false)
    void holder.commit(true).catch(() => {}) // see above: the lease need not be durable before the worker starts (nor soon)
    return leaseOf(task)
  })

  rpc.handle('queueSettle', async (msg): Promise<Body> => {
    holder.heard(msg.from.toString())
    const epoch = holder.assertActing()
    const { queue, id, token, outcome, result, error, leaseMs } = msg.body
    const { tables } = holder
    const now = performance.now()
    need(!msg.body.next || ((outcome === 'complete' || outcome === 'fail') && msg.body.nextRequestId !== '' && msg.body.nextLeaseMs > 0), 'a settle that takes the next task needs complete or fail, nextRequestId and nextLeaseMs')
    needSettle(outcome, result)
    if (outcome === 'complete' || outcome === 'fail') {
      const told = end(queue, { id, token, outcome, result, error }, msg.from.toString(), epoch)
      await holder.commitThen(told) // (a retried completion too, as a retried push)
    } else if (outcome === 'extend') {
      // like a lock's renewal: a new leader gives adopted leases a full lease anyway
      tables.queues.extend(queue, id, token, leaseMs, now)
    } else if (outcome === 'withdraw') {
      // a take the worker gave up (aborted): `id` is the take's request id
      tables.queues.cancelTake(queue, id, msg.from.toString())
      holder.settle(parkKey(id), NOTHING)
    } else {
      throw new InvalidMessageError('type', `unknown queue outcome ${outcome}`)
    }
    if (!msg.body.next) return { ack: {} }
    // and the next ready task for this worker, if there is one now (a retry gets the same lease)
    const peer = msg.from.toString()
    const later = performance.now()
    const next = tables.queues.take(queue, { peer, session: msg.body.session, requestId: msg.body.nextRequestId, leaseMs: msg.body.nextLeaseMs }, later, later, () => tables.tokens.next(epoch))
    if (next == null) return NOTHING
    void holder.commit(true).catch(() => {}) // as a take's: the lease need not be durable before the worker starts
    return leaseOf(next)
  })

  rpc.handle('queueSettleMany', async (msg): Promise<Body> => {
    const worker = msg.from.toString()
    const { queue, items, take, requestId, leaseMs, session } = msg.body
    holder.heard(worker, session)
    const epoch = holder.assertActing()
    need(queue !== '' && items.length <= MAX_PUSH_TASKS && take <= MAX_PUSH_TASKS, `a settle of many needs queue, at most ${MAX_PUSH_TASKS} items and takes`)
    need(take === 0 || (requestId !== '' && leaseMs > 0), 'a settle of many that takes tasks needs requestId and leaseMs')
    need(items.every(i => i.outcome === 'complete' || i.outcome === 'fail'), 'a settle of many settles by complete or fail')
    need(items.reduce((n, i) => n + i.result.byteLength, 0) <= MAX_PUSH_BYTES, `results of at most ${MAX_PUSH_BYTES} bytes in all`)
    for (const i of items) needSettle(i.outcome, i.result)
    const outcomes: QueueItemOutcome[] = []
    const told: Array<() => void> = []
    for (const item of items) {
      try {
        told.push(end(queue, item, worker, epoch))
        outcomes.push(ACCEPTED)
      } catch (err) {
        if (!(err instanceof StaleTokenError)) throw err
        outcomes.push(refusal(err))
      }
    }
    // then the next ready tasks for this worker (a retry gets the same leases), as many as
    // fit one answer: leased now, they travel in the completions' commit (one, not two)
    const { tables } = holder
    const leases: QueueLease[] = []
    const now = performance.now()
    let bytes = 0
    for (let i = 0; i < take && bytes < MAX_PUSH_BYTES - MAX_TASK_BYTES; i++) {
      const task = tables.queues.take(queue, { peer: worker, session, requestId: `${requestId}/${i}`, leaseMs }, now, now, () => tables.tokens.next(epoch))
      if (task == null) break
      leases.push(leaseFields(task))
      bytes += task.payload.byteLength
    }
    // (lazy: `process` runs its slots' next tasks meanwhile, and nobody awaits these
    // completions but its onCompleted: they may wait a moment for other workers')
    if (items.length > 0) {
      await holder.commitThen(() => { for (const t of told) t() }, true) // (retried completions too, as a retried push)
    } else if (leases.length > 0) {
      void holder.commit(true).catch(() => {}) // as a take's: the lease need not be durable before the worker starts
    }
    return { queueSettledMany: { outcomes, leases } }
  })

  rpc.handle('queueInspect', async (msg): Promise<Body> => {
    holder.assertActing()
    const { queue } = msg.body
    const counts = holder.tables.queues.counts(queue)
    const now = performance.now()
    const tasks = holder.tables.queues.shown(queue).map(t => taskEntry(queue, t, now))
    return { queueView: { ...counts, tasks } }
  })

  rpc.handle('queueWatch', async (msg, signal): Promise<Body> => {
    const epoch = holder.assertActing()
    const { queue, after, fromNow } = msg.body
    need(queue !== '', 'a watch needs queue')
    // a watcher of another epoch gets this holder's events from its start
    const answer = await events(epoch).after(queue, msg.body.epoch === BigInt(epoch) ? after : undefined, fromNow, WATCH_HOLD_MS, signal)
    return { queueEvents: { epoch: BigInt(epoch), ...answer } }
  })

  // a worker whose connection closed waits for nothing: its parked takes end now
  onDisconnect(peer => {
    let epoch: number
    try { epoch = holder.assertActing() } catch { return } // not the lease holder: it parks no takes
    settle(holder.tables.queues.dropTakersOf(peer), epoch)
  })

  holder.addSweeper((tables, now, epoch) => {
    const events = tables.queues.sweep(now, (peer, session) => holder.isLive(peer, session), () => tables.tokens.next(epoch))
    // a wait that ran out changed nothing replicated: answered now (the holder settles only after a commit)
    settle(events.filter(e => e.kind === 'timeout'), epoch)
    const changes = events.filter(e => e.kind !== 'timeout')
    return { changed: changes.length > 0, settle: () => { settle(changes, epoch) } }
  })
}

/** The end of an attempt that did not complete, as watchers hear of it: 'failed', and 'dead' after the last. */
function announceEnded (log: QueueEventLog, queue: string, task: Task, worker: string, attempt: number, error: string): void {
  log.add(queue, { kind: 'failed', id: task.id, worker, attempt, result: NONE, error })
  if (task.state === 'dead') log.add(queue, { kind: 'dead', id: task.id, worker, attempt, result: NONE, error: task.errors.join('\n') })
}
