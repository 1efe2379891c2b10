import TinyQueue from 'tinyqueue'
import { DuplicateTaskError, StaleTokenError, TooManyQueuesError, TooManyTasksError } from '../errors.js'

/**
 * Work queues on the lease holder: a pure state machine over monotonic time (no I/O),
 * like the lock table, replicated with it.
 *
 * A task is leased to one worker at a time with a fencing token from the lock sequence.
 * Its lease ends when the worker completes or fails it, when the lease runs out, or when
 * the worker's peer leaves the mesh; the task then waits again (attempt + 1) or, after its
 * last attempt, is dead with the errors of each. A completion is accepted once, and only
 * with the token of the current lease: at-least-once execution, exactly-once completion.
 * Ready tasks go out by priority (lower first), then in push order. A task pushed with a
 * delay waits until it is due; a push whose key names a task still pending is refused.
 */

export type TaskState = 'waiting' | 'delayed' | 'active' | 'completed' | 'dead'

/** The largest task or result, encoded: bigger data belongs in a document, passed by name. */
export const MAX_TASK_BYTES = 64 * 1024
/** Tasks one `pushAll` may carry, and their payloads' total bytes (a coord frame is at most 1 MiB). */
export const MAX_PUSH_TASKS = 1_000
export const MAX_PUSH_BYTES = 960 * 1024

export interface QueueLimits {
  /** Queues alive at once. */
  maxQueues: number
  /** Tasks a queue holds that are not finished (waiting, delayed, active). */
  maxPending: number
  /** Finished tasks (completed or dead) kept per queue, with their results or errors; the oldest go first. */
  keepFinished: number
}

export interface Task {
  id: string
  payload: Uint8Array
  /** Lower goes first. */
  priority: number
  /** Push order within the queue. */
  seq: bigint
  /** Dedupe key ('' none): refused while a task with it is pending. */
  key: string
  state: TaskState
  /** Leases handed out so far (the attempt running now, while active). */
  attempt: number
  maxAttempts: number
  /** The current (or last) lease's fencing token; 0n before the first. */
  token: bigint
  /** The worker's peer while active (and, once completed, the one that completed it); its session while active. */
  worker: string
  session: string
  leaseMs: number
  /** Leader-local monotonic time: when a delayed task is due, or an active lease ends. */
  until: number
  /** Why each ended attempt failed. */
  errors: string[]
  result: Uint8Array
  /** Who pushed it and with which request id (a retried push returns the same task). */
  pushedBy: string
  pushId: string
  /** The take that leased it now (a retried take gets the same lease). */
  takeId: string
  /** When it finished (completed or dead) among the table's tasks: 1, 2, … (0 while pending). */
  finishOrder: number
  /** Bumped by every change: its replicated record is encoded again only then (queue-records.ts). */
  rev: number
}

/**
 * A task as the table files it: with its keys in `Queue.pushes` and `Queue.active` made
 * once (a key made again for each lookup is a new string, hashed again).
 */
interface FiledTask extends Task {
  /** requestKey(pushedBy, pushId). */
  readonly pushKey: string
  /** requestKey(worker, takeId) while active, else ''. */
  leaseKey: string
}

export interface PushRequest {
  payload: Uint8Array
  priority: number
  delayMs: number
  key: string
  maxAttempts: number
  peer: string
  requestId: string
}

export interface TakeRequest { peer: string, session: string, requestId: string, leaseMs: number }

/** A worker waiting for a task (a take long-polling): not replicated, a new leader's workers ask again. */
export interface Taker extends TakeRequest {
  deadline: number
  /** When the take arrived (leader-local monotonic): the lease it gets later is that much younger than its request. */
  arrived: number
}

/** What changed for whom: leases handed to waiting takers, and attempts that ended without their worker. */
export type QueueEvent =
  | { kind: 'leased', queue: string, task: Task, requestId: string, waitedMs: number }
  | { kind: 'timeout', queue: string, requestId: string }
  /** `task` is the live record: by the time the event is read it waits again, is leased again, or is dead. */
  | { kind: 'lost', queue: string, id: string, attempt: number, worker: string, why: 'expired' | 'worker gone', task: Task }

/** Per-queue counts, as `inspect` shows them. */
export type QueueCounts = Record<TaskState, number>

/**
 * One queue's tasks and the indexes that keep each operation cheap with many tasks: ready
 * and delayed tasks in heaps (a task leaves a heap lazily: an entry whose task is no
 * longer in that state is skipped), leases in a set, pushes and takes by request id.
 */
interface Queue {
  name: string
  tasks: Map<string, FiledTask>
  /** Waiting tasks, by priority then push order. */
  ready: TinyQueue<FiledTask>
  /** Delayed tasks, soonest due first. */
  delayed: TinyQueue<FiledTask>
  /** Leased tasks by the take that leased them (worker, take request id): a retried take finds its lease at once. */
  active: Map<string, FiledTask>
  /** Pending task ids by dedupe key. */
  keys: Map<string, string>
  /** Tasks by the push that made them (peer, request id), while kept: a retried push returns its task. */
  pushes: Map<string, FiledTask>
  /** Finished task ids, oldest first. */
  finished: string[]
  takers: Taker[]
  nextSeq: bigint
}

const byPriority = (a: FiledTask, b: FiledTask): number => a.priority - b.priority || (a.seq < b.seq ? -1 : a.seq > b.seq ? 1 : 0)
const byDue = (a: FiledTask, b: FiledTask): number => a.until - b.until
const requestKey = (peer: string, requestId: string): string => `${peer}\n${requestId}`

export class QueueTable {
  private readonly queues = new Map<string, Queue>()
  /** Tasks finished so far (see Task.finishOrder). */
  private finishes = 0
  /** What changed since the last `drainChanges`: each commit replicates only that (coord/state.ts). */
  private changes: QueueChanges = noChanges()

  constructor (private readonly limits: QueueLimits) {}

  /** Adds a task (or, for a retried push, returns the task it made); leases it at once if a worker waits. */
  push (name: string, req: PushRequest, now: number, mint: () => bigint): { task: Task, changed: boolean, events: QueueEvent[] } {
    const q = this.ensure(name)
    const pushKey = requestKey(req.peer, req.requestId)
    const again = q.pushes.get(pushKey)
    if (again != null) return { task: again, changed: false, events: [] }
    if (req.key !== '') {
      const pending = q.keys.get(req.key)
      if (pending != null) throw new DuplicateTaskError(name, req.key, pending)
    }
    if (this.pendingIn(q) >= this.limits.maxPending) throw new TooManyTasksError(name, this.limits.maxPending)
    const task = this.add(q, req, pushKey, now)
    return { task, changed: true, events: this.serveTakers(name, q, now, mint) }
  }

  /** The task `req` makes (its checks passed), filed and marked changed; a retried request's own task. */
  private add (q: Queue, req: PushRequest, pushKey: string, now: number): FiledTask {
    const again = q.pushes.get(pushKey)
    if (again != null) return again
    const seq = q.nextSeq++
    this.changes.sequences.add(q.name)
    const task: FiledTask = {
      id: seq.toString(),
      payload: req.payload,
      priority: req.priority,
      seq,
      key: req.key,
      state: req.delayMs > 0 ? 'delayed' : 'waiting',
      attempt: 0,
      maxAttempts: req.maxAttempts,
      token: 0n,
      worker: '',
      session: '',
      leaseMs: 0,
      until: req.delayMs > 0 ? now + req.delayMs : 0,
      errors: [],
      result: EMPTY,
      pushedBy: req.peer,
      pushId: req.requestId,
      takeId: '',
      finishOrder: 0,
      rev: 0,
      pushKey,
      leaseKey: ''
    }
    this.file(q, task)
    this.touch(q, task)
    return task
  }

  /**
   * Adds tasks all or none: a duplicate key (among them, or of a pending task) or too many
   * tasks refuses the lot before any is added. Requests already made (a retried batch)
   * return their tasks. Waiting workers are served once, after all are added.
   */
  pushMany (name: string, reqs: PushRequest[], now: number, mint: () => bigint): { tasks: Task[], changed: boolean, events: QueueEvent[] } {
    const q = this.ensure(name)
    const pushKeys = reqs.map(r => requestKey(r.peer, r.requestId))
    const fresh = reqs.filter((r, i) => !q.pushes.has(pushKeys[i]!))
    const keys = new Set<string>()
    for (const r of fresh) {
      if (r.key === '') continue
      const pending = q.keys.get(r.key) ?? (keys.has(r.key) ? '(this batch)' : undefined)
      if (pending != null) throw new DuplicateTaskError(name, r.key, pending)
      keys.add(r.key)
    }
    if (this.pendingIn(q) + fresh.length > this.limits.maxPending) throw new TooManyTasksError(name, this.limits.maxPending)
    const tasks = reqs.map((r, i) => this.add(q, r, pushKeys[i]!, now))
    return { tasks, changed: fresh.length > 0, events: this.serveTakers(name, q, now, mint) }
  }

  /**
   * The next ready task leased to the taker, or undefined (the taker waits until
   * `deadline`; the service parks it). A retried take gets the lease it was given.
   */
  take (name: string, req: TakeRequest, deadline: number, now: number, mint: () => bigint): Task | undefined {
    const q = this.ensure(name)
    const leaseKey = requestKey(req.peer, req.requestId)
    const again = q.active.get(leaseKey)
    if (again != null) return again
    const next = this.nextReady(q, now)
    if (next != null) return this.lease(q, next, req, now, mint, leaseKey)
    // (a take that waits for none is not left behind: a task pushed later would go to it)
    if (deadline > now && !q.takers.some(t => t.requestId === req.requestId && t.peer === req.peer)) q.takers.push({ ...req, deadline, arrived: now })
    return undefined
  }

  /**
   * Drops every waiting take of `peer` (its connection closed: a stopped or killed process).
   * A task handed to a take nobody waits for any more would sit leased until its lease ran
   * out; membership tells of a fleet client's death only after ~14 s.
   */
  dropTakersOf (peer: string): QueueEvent[] {
    const events: QueueEvent[] = []
    for (const [name, q] of this.queues) {
      q.takers = q.takers.filter(t => {
        if (t.peer !== peer) return true
        events.push({ kind: 'timeout', queue: name, requestId: t.requestId })
        return false
      })
    }
    return events
  }

  /** A taker gave up (its client's wait ended or it was aborted). */
  cancelTake (name: string, requestId: string, peer: string): void {
    const q = this.queues.get(name)
    if (q != null) q.takers = q.takers.filter(t => !(t.requestId === requestId && t.peer === peer))
  }

  /**
   * Completes the task leased with `token`. Once: a second completion with the same token
   * is a retry and changes nothing; any other token, or a lease that ended, is stale.
   */
  complete (name: string, id: string, token: bigint, result: Uint8Array): { task: Task, changed: boolean } {
    const task = this.leased(name, id, token, true)
    if (task.state === 'completed') return { task, changed: false }
    task.result = result
    this.finish(name, task, 'completed')
    return { task, changed: true }
  }

  /** Ends the attempt leased with `token` as failed: the task waits again, or is dead after its last attempt. */
  fail (name: string, id: string, token: bigint, error: string, now: number, mint: () => bigint): { task: Task, events: QueueEvent[] } {
    const task = this.leased(name, id, token, false)
    return { task, events: this.endAttempt(name, task, error, now, mint) }
  }

  /** Extends the lease with `token` to end `leaseMs` from now. */
  extend (name: string, id: string, token: bigint, leaseMs: number, now: number): Task {
    const task = this.leased(name, id, token, false)
    task.leaseMs = leaseMs
    task.until = now + leaseMs
    this.touch(this.queues.get(name)!, task)
    return task
  }

  /**
   * Ends leases that ran out or whose worker is gone, makes due tasks ready, hands ready
   * tasks to waiting takers and times out takers whose wait ended.
   */
  sweep (now: number, isLive: (peer: string, session: string) => boolean, mint: () => bigint): QueueEvent[] {
    const events: QueueEvent[] = []
    for (const [name, q] of this.queues) {
      for (const task of [...q.active.values()]) {
        const why = now >= task.until ? 'expired' : !isLive(task.worker, task.session) ? 'worker gone' : undefined
        if (why == null) continue
        events.push({ kind: 'lost', queue: name, id: task.id, attempt: task.attempt, worker: task.worker, why, task }, ...this.endAttempt(name, task, `lease ${why} (attempt ${task.attempt}, worker ${task.worker})`, now, mint))
      }
      q.takers = q.takers.filter(t => {
        if (now < t.deadline && isLive(t.peer, t.session)) return true
        events.push({ kind: 'timeout', queue: name, requestId: t.requestId })
        return false
      })
      events.push(...this.serveTakers(name, q, now, mint))
    }
    return events
  }

  /** The soonest time something becomes due (a delayed task, a lease's end, a taker's deadline), or Infinity. */
  nextDue (): number {
    let soonest = Number.POSITIVE_INFINITY
    for (const q of this.queues.values()) {
      for (const t of q.active.values()) soonest = Math.min(soonest, t.until)
      for (const t of q.takers) soonest = Math.min(soonest, t.deadline)
      soonest = Math.min(soonest, this.firstDelayed(q)?.until ?? Number.POSITIVE_INFINITY)
    }
    return soonest
  }

  /** The running tasks and the finished ones kept, as inspect shows them: running first, then finished oldest first. */
  shown (name: string): Task[] {
    const q = this.queues.get(name)
    return q == null ? [] : [...q.active.values(), ...this.finished(name)]
  }

  get (name: string, id: string): Task | undefined {
    return this.queues.get(name)?.tasks.get(id)
  }

  counts (name: string): QueueCounts {
    const counts: QueueCounts = { waiting: 0, delayed: 0, active: 0, completed: 0, dead: 0 }
    for (const t of this.queues.get(name)?.tasks.values() ?? []) counts[t.state]++
    return counts
  }

  /** The finished tasks of `name` still kept, oldest first. */
  finished (name: string): Task[] {
    const q = this.queues.get(name)
    return q == null ? [] : q.finished.map(id => q.tasks.get(id)!)
  }

  /** Every task of every queue, for replication. */
  tasks (): Array<{ queue: string, task: Task }> {
    return [...this.queues].flatMap(([queue, q]) => [...q.tasks.values()].map(task => ({ queue, task })))
  }

  /** Queue name → the next task's sequence number, for replication. */
  sequences (): Map<string, bigint> {
    return new Map([...this.queues].map(([name, q]) => [name, q.nextSeq]))
  }

  /** The next task's sequence number in queue `name` (1 for a queue not made). */
  sequence (name: string): bigint {
    return this.queues.get(name)?.nextSeq ?? 1n
  }

  /**
   * The tasks changed (with their queue), the tasks dropped and the queues whose sequence
   * moved since the last call, and starts over: a commit replicates what changed, not
   * every task (with 20,000 tasks waiting, making and comparing every task's record took
   * ~100 ms a commit).
   */
  drainChanges (): QueueChanges {
    const out = this.changes
    this.changes = noChanges()
    return out
  }

  /** Keeps a lease that `drainChanges` gave out but was not replicated (coord/state.ts holds young leases back) for the next drain. */
  keepLease (task: Task, queue: string): void {
    this.changes.changed.set(task, queue)
    this.changes.leasedOnly.add(task)
  }

  /**
   * Adopts replicated tasks on a new leader. An active lease gets a full `leaseMs` from
   * `now`, and a delayed task its whole remaining delay from `now`: this leader cannot
   * know how long ago the old one wrote them, so it never ends a lease early.
   */
  static adopt (limits: QueueLimits, sequences: Map<string, bigint>, tasks: Array<{ queue: string, task: Task, remainingMs: number }>, now: number): QueueTable {
    const table = new QueueTable(limits)
    for (const [name, next] of sequences) table.ensure(name, true).nextSeq = next
    for (const { queue, task, remainingMs } of [...tasks].sort((a, b) => a.task.finishOrder - b.task.finishOrder)) {
      const q = table.ensure(queue, true)
      const t: FiledTask = {
        ...task,
        until: task.state === 'active' ? now + task.leaseMs : task.state === 'delayed' ? now + remainingMs : 0,
        pushKey: requestKey(task.pushedBy, task.pushId),
        leaseKey: task.state === 'active' ? requestKey(task.worker, task.takeId) : ''
      }
      if (q.nextSeq <= t.seq) q.nextSeq = t.seq + 1n
      table.finishes = Math.max(table.finishes, t.finishOrder)
      table.file(q, t)
    }
    return table
  }

  private ensure (name: string, adopting = false): Queue {
    let q = this.queues.get(name)
    if (q == null) {
      if (!adopting && this.queues.size >= this.limits.maxQueues) throw new TooManyQueuesError(this.limits.maxQueues)
      this.changes.sequences.add(name)
      q = { name, tasks: new Map(), ready: new TinyQueue([], byPriority), delayed: new TinyQueue([], byDue), active: new Map(), keys: new Map(), pushes: new Map(), finished: [], takers: [], nextSeq: 1n }
      this.queues.set(name, q)
    }
    return q
  }

  private pendingIn (q: Queue): number {
    return q.tasks.size - q.finished.length
  }

  /** The task leased with `token`, or StaleTokenError (also for a completion retried on a completed task, unless `completedToo`). */
  private leased (name: string, id: string, token: bigint, completedToo: boolean): FiledTask {
    const task = this.queues.get(name)?.tasks.get(id)
    const current = task != null && task.token === token && (task.state === 'active' || (completedToo && task.state === 'completed'))
    if (!current) throw new StaleTokenError(`queue ${name} task ${id}`, token, task?.token ?? 0n)
    return task
  }

  /** Files a task (new, or adopted) in its state's index. */
  private file (q: Queue, task: FiledTask): void {
    q.tasks.set(task.id, task)
    q.pushes.set(task.pushKey, task)
    if (task.key !== '' && isPending(task)) q.keys.set(task.key, task.id)
    if (task.state === 'waiting') q.ready.push(task)
    else if (task.state === 'delayed') q.delayed.push(task)
    else if (task.state === 'active') q.active.set(task.leaseKey, task)
    else q.finished.push(task.id)
  }

  private lease (q: Queue, task: FiledTask, req: TakeRequest, now: number, mint: () => bigint, leaseKey = requestKey(req.peer, req.requestId)): Task {
    task.state = 'active'
    task.attempt++
    task.token = mint()
    task.worker = req.peer
    task.session = req.session
    task.leaseMs = req.leaseMs
    task.until = now + req.leaseMs
    task.takeId = req.requestId
    task.leaseKey = leaseKey
    const untouched = !this.changes.changed.has(task)
    this.touch(q, task)
    if (untouched) this.changes.leasedOnly.add(task)
    q.active.set(task.leaseKey, task)
    return task
  }

  private endAttempt (name: string, task: FiledTask, error: string, now: number, mint: () => bigint): QueueEvent[] {
    const q = this.queues.get(name)!
    task.errors.push(error)
    this.touch(q, task)
    q.active.delete(task.leaseKey)
    task.leaseKey = ''
    task.worker = ''
    task.session = ''
    task.takeId = ''
    if (task.attempt >= task.maxAttempts) {
      this.finish(name, task, 'dead')
      return []
    }
    task.state = 'waiting'
    task.until = 0
    q.ready.push(task)
    return this.serveTakers(name, q, now, mint)
  }

  private finish (name: string, task: FiledTask, state: 'completed' | 'dead'): void {
    const q = this.queues.get(name)!
    task.state = state
    this.touch(q, task)
    task.finishOrder = ++this.finishes
    task.until = 0
    q.active.delete(task.leaseKey)
    task.leaseKey = ''
    // what only a running task needs goes, and a completed one's payload (nothing reads it
    // again: inspect and results show the result), so that its record is smaller: replication
    // is most of what a busy lease holder sends (scenario 15 prints its bytes per task)
    task.session = '' // (the worker stays: who completed it)
    task.takeId = ''
    task.leaseMs = 0
    if (state === 'completed') task.payload = EMPTY
    if (task.key !== '' && q.keys.get(task.key) === task.id) q.keys.delete(task.key)
    q.finished.push(task.id)
    while (q.finished.length > this.limits.keepFinished) {
      const old = q.tasks.get(q.finished.shift()!)!
      q.tasks.delete(old.id)
      q.pushes.delete(old.pushKey)
      this.changes.changed.delete(old)
      this.changes.leasedOnly.delete(old)
      this.changes.removed.push({ queue: name, id: old.id })
    }
  }

  /** `task` changed: its record is encoded again (queue-records.ts) and replicated with the next commit. */
  private touch (q: Queue, task: Task): void {
    task.rev++
    this.changes.changed.set(task, q.name)
    this.changes.leasedOnly.delete(task)
  }

  /** The soonest delayed task still delayed (stale heap entries dropped). */
  private firstDelayed (q: Queue): FiledTask | undefined {
    while (q.delayed.length > 0 && q.delayed.peek()!.state !== 'delayed') q.delayed.pop()
    return q.delayed.peek()
  }

  /** The next task to lease: delayed tasks that are due join the ready ones first. */
  private nextReady (q: Queue, now: number): FiledTask | undefined {
    for (let t = this.firstDelayed(q); t != null && now >= t.until; t = this.firstDelayed(q)) {
      q.delayed.pop()
      t.state = 'waiting'
      t.until = 0
      this.touch(q, t)
      q.ready.push(t)
    }
    while (q.ready.length > 0 && q.ready.peek()!.state !== 'waiting') q.ready.pop()
    return q.ready.pop()
  }

  /** Leases ready tasks to the takers waiting on `q`, first come first served. */
  private serveTakers (name: string, q: Queue, now: number, mint: () => bigint): QueueEvent[] {
    const events: QueueEvent[] = []
    while (q.takers.length > 0) {
      const taker = q.takers[0]!
      if (now >= taker.deadline) { // its wait is over (the sweep had not yet said so): no task for it
        q.takers.shift()
        events.push({ kind: 'timeout', queue: name, requestId: taker.requestId })
        continue
      }
      const next = this.nextReady(q, now)
      if (next == null) break
      q.takers.shift()
      events.push({ kind: 'leased', queue: name, task: this.lease(q, next, taker, now, mint), requestId: taker.requestId, waitedMs: now - taker.arrived })
    }
    return events
  }
}

const EMPTY = new Uint8Array(0)

/** What changed in a QueueTable between two commits (see drainChanges). */
export interface QueueChanges {
  /** Changed or new tasks, each with its queue's name. */
  changed: Map<Task, string>
  /** Tasks no longer kept (the oldest finished ones). */
  removed: Array<{ queue: string, id: string }>
  /** Queues whose next sequence number moved (or that were made). */
  sequences: Set<string>
  /**
   * Of `changed`, the tasks whose one change is a lease (their last replicated record is
   * the task waiting): nobody waits for that to replicate, and it may be left for a later
   * commit (coord/state.ts). A task pushed, failed or completed since is not among them.
   */
  leasedOnly: Set<Task>
}

function noChanges (): QueueChanges {
  return { changed: new Map(), removed: [], sequences: new Set(), leasedOnly: new Set() }
}

function isPending (t: Task): boolean {
  return t.state === 'waiting' || t.state === 'delayed' || t.state === 'active'
}
