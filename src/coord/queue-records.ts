import { QueueTable, type QueueLimits, type Task, type TaskState } from './queue-table.js'
import type { QueueSequence, QueueTaskEntry } from './coord-wire.js'

/**
 * A task as replicated (and as inspect shows it). A delayed task carries the delay it had
 * left when it last changed: a new leader waits at least that long from its own clock, never
 * less, as it gives running tasks a full lease.
 */
export function taskEntry (queue: string, t: Task, now: number): QueueTaskEntry {
  // the same entry object while the task is unchanged: coord/state.ts encodes each entry
  // once (with thousands of tasks waiting, encoding every one on every commit was the cost)
  const cached = entries.get(t)
  if (cached?.rev === t.rev) return cached.entry
  const entry = currentTaskEntry(queue, t, now)
  entries.set(t, { rev: t.rev, entry })
  return entry
}

const entries = new WeakMap<Task, { rev: number, entry: QueueTaskEntry }>()

/** A task as replicated, made now and not remembered (a commit's changed tasks: each is new). */
export function currentTaskEntry (queue: string, t: Task, now: number): QueueTaskEntry {
  return {
    queue,
    id: t.id,
    payload: t.payload as Uint8Array<ArrayBuffer>,
    priority: t.priority,
    seq: t.seq,
    key: t.key,
    state: t.state,
    attempt: t.attempt,
    maxAttempts: t.maxAttempts,
    token: t.token,
    worker: t.worker,
    session: t.session,
    leaseMs: t.leaseMs,
    remainingMs: t.state === 'delayed' ? Math.max(0, Math.ceil(t.until - now)) : 0,
    errors: t.errors,
    result: t.result as Uint8Array<ArrayBuffer>,
    pushedBy: t.pushedBy,
    pushId: t.pushId,
    takeId: t.takeId,
    finished: BigInt(Math.max(0, Math.round(t.finishOrder)))
  }
}

export function queueSequences (table: QueueTable): QueueSequence[] {
  return [...table.sequences()].map(([queue, next]) => ({ queue, next }))
}

/** A new leader's queues from the replicated entries (QueueTable.adopt). */
export function adoptQueues (limits: QueueLimits, sequences: QueueSequence[], entries: QueueTaskEntry[], now: number): QueueTable {
  return QueueTable.adopt(limits, new Map(sequences.map(s => [s.queue, s.next])), entries.map(e => ({
    queue: e.queue,
    remainingMs: e.remainingMs,
    task: {
      id: e.id,
      payload: e.payload,
      priority: e.priority,
      seq: e.seq,
      key: e.key,
      state: e.state as TaskState,
      attempt: e.attempt,
      maxAttempts: e.maxAttempts,
      token: e.token,
      worker: e.worker,
      session: e.session,
      leaseMs: e.leaseMs,
      until: 0,
      errors: [...e.errors],
      result: e.result,
      pushedBy: e.pushedBy,
      pushId: e.pushId,
      takeId: e.takeId,
      finishOrder: Number(e.finished),
      rev: 0
    }
  })), now)
}
