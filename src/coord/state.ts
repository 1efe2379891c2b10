import { CoordState } from './coord-wire.js'
import { BarrierTable } from './barrier-table.js'
import { CasTable } from './cas-table.js'
import { LeadershipTable } from './leadership-table.js'
import { SemaphoreTable } from './semaphore-table.js'
import { LockTable, type LockLimits } from './lock-table.js'
import { TokenCounter } from './token-counter.js'
import { QueueTable } from './queue-table.js'
import { adoptQueues, currentTaskEntry, queueSequences, taskEntry } from './queue-records.js'
import { LeaseQueue } from './lease-queue.js'
import { diffRecords, type ReplicaChange } from '../election/replica.js'
import { LAZY_COMMIT_MS, type LeaseHolder, type MachineState } from '../machine/lease-holder.js'
import type { QueueTaskEntry } from './coord-wire.js'

/**
 * Bounds of the lease holder's tables (the `coord` option), so a runaway client cannot
 * grow them without end. A request past a bound is refused with the matching error
 * (LockQueueFullError, TooManyLocksError, …); what is already in use is unaffected.
 */
export interface CoordLimits extends LockLimits {
  /** Barriers alive at once. Default 256. */
  maxBarriers: number
  /** 'reject' variables whose last accepted write is tracked. Default 4096. */
  maxVariables: number
  /** Semaphores alive at once. Default 256. */
  maxSemaphores: number
  /** Named elections alive at once. Default 256. */
  maxElections: number
  /** Work queues alive at once. Default 256. */
  maxQueues: number
  /** Unfinished tasks (waiting, delayed, running) one queue holds. Default 100,000. */
  maxPendingTasks: number
  /** Finished tasks (completed with their results, or dead with their errors) kept per queue; the oldest go first. Default 1,000. */
  keepFinishedTasks: number
}

/**
 * Everything the lease holder replicates: the one lease queue (its fencing sequence, and
 * the locks, semaphores and named elections' leaderships that are recipes over it), barriers,
 * 'reject' variables' accepted clocks and work queues.
 */
export interface CoordTables { leases: LeaseQueue, tokens: TokenCounter, locks: LockTable, semaphores: SemaphoreTable, leaderships: LeadershipTable, barriers: BarrierTable, cas: CasTable, queues: QueueTable }

function recipes (leases: LeaseQueue, limits: CoordLimits): Pick<CoordTables, 'leases' | 'tokens' | 'locks' | 'semaphores' | 'leaderships'> {
  return {
    leases,
    tokens: leases.tokens,
    locks: new LockTable(limits, leases),
    semaphores: new SemaphoreTable({ maxQueue: limits.maxQueue, maxSemaphores: limits.maxSemaphores }, leases),
    leaderships: new LeadershipTable(limits.maxElections, leases)
  }
}

/** The lease holder that serves these tables. */
export type CoordHolder = LeaseHolder<CoordTables>

/** The tables as the lease holder's state machine runs them (machine/lease-holder.ts). */
export function coordState (limits: CoordLimits, waiterGraceMs: number): MachineState<CoordTables> {
  return {
    empty: () => emptyTables(limits),
    adopt: (whole, now) => decodeTables(whole, limits, now, waiterGraceMs),
    records: tableRecords,
    changes: tableChanges,
    heldBack: t => heldLeases.has(t)
  }
}

export function emptyTables (limits: CoordLimits): CoordTables {
  return {
    ...recipes(new LeaseQueue(), limits),
    barriers: new BarrierTable(limits.maxBarriers),
    cas: new CasTable(limits.maxVariables),
    queues: new QueueTable(queueLimits(limits))
  }
}

function queueLimits (limits: CoordLimits): ConstructorParameters<typeof QueueTable>[0] {
  return { maxQueues: limits.maxQueues, maxPending: limits.maxPendingTasks, keepFinished: limits.keepFinishedTasks }
}

function toState (t: CoordTables, now: number): CoordState {
  return { ...fewState(t, now), queueTasks: t.queues.tasks().map(({ queue, task }) => taskEntry(queue, task, now)), queueSequences: queueSequences(t.queues) }
}

/** Every table but the queues' tasks and sequences: few entries (bounded by their limits). */
function fewState (t: CoordTables, now: number): CoordState {
  return { ...t.locks.toState(now), barriers: t.barriers.toEntries(now), cas: t.cas.toEntries(), semaphores: t.semaphores.toEntries(), elections: t.leaderships.toEntries(), queueTasks: [], queueSequences: [] }
}

/** The tables as one CoordState, the whole form (see tableRecords). */
export function encodeTables (t: CoordTables, now: number): Uint8Array {
  return CoordState.encode(toState(t, now))
}

/**
 * The tables as replicated records (election/replica.ts): the fencing sequence, and one
 * record per lock, barrier, variable, semaphore and named election, each a CoordState
 * holding just that. Joined in key order they are one CoordState (protobuf appends
 * repeated fields), the form a vote carries and election 1.0 peers store; so a commit
 * replicates only the records it changed.
 */
export function tableRecords (t: CoordTables, now: number): Map<string, Uint8Array> {
  const out = recordsOf(toState(t, now))
  // from here on, commits send what changed since these
  t.queues.drainChanges()
  sentFew.set(t, fewRecords(t, now))
  heldLeases.delete(t)
  return out
}

/**
 * What changed in the records since the last `tableRecords` or `tableChanges` of `t`
 * (undefined if there was none: the caller sends them all). The queues say which tasks
 * changed; the other tables are few (bounded by their limits), so their records are made
 * again and compared with the last ones, as before.
 */
export function tableChanges (t: CoordTables, now: number): ReplicaChange | undefined {
  const before = sentFew.get(t)
  if (before == null) return undefined
  const few = fewRecords(t, now)
  sentFew.set(t, few)
  const change = diffRecords(before, few)
  const queues = t.queues.drainChanges()
  for (const { queue, id } of queues.removed) change.deletes.push(taskKey(queue, id))
  // (not through the caches of whole encodings: a changed task's entry and bytes are new,
  // and two WeakMap entries per change were ~3 % of a busy lease holder and weight for its GC)
  let held = false
  for (const [task, queue] of queues.changed) {
    // A lease younger than the lazy window waits (see heldLeases), so that a task completed
    // within it replicates once, as completed; otherwise a commit made for others' pushes
    // takes it along as active too (scenario 15's bytes replicated per task show the difference)
    const leasedAt = task.until - task.leaseMs
    if (queues.leasedOnly.has(task) && task.state === 'active' && now - leasedAt < LAZY_COMMIT_MS) {
      t.queues.keepLease(task, queue)
      held = true
      continue
    }
    change.puts.push(taskRecord(currentTaskEntry(queue, task, now), false))
  }
  if (held) heldLeases.add(t)
  else heldLeases.delete(t)
  for (const queue of queues.sequences) change.puts.push(sequenceRecord({ queue, next: t.queues.sequence(queue) }))
  return change
}

/**
 * The tables whose last `tableChanges` held leases back. Nobody waits for a lease to
 * replicate (the worker has it at once), and a lease holder that dies already loses the
 * leases of its last lazy window (LAZY_COMMIT_MS), whose tasks run again. Held per lease
 * rather than per commit, a task leased and completed within the window is replicated
 * once, as completed, even when another's push commits meanwhile; a lease held back goes
 * with the next lazy commit (MachineState.heldBack), so it is at most about two windows old.
 */
const heldLeases = new WeakSet<CoordTables>()

/** The records of every table but the queues' tasks and sequences, as last sent, per tables. */
const sentFew = new WeakMap<CoordTables, Map<string, Uint8Array>>()

function fewRecords (t: CoordTables, now: number): Map<string, Uint8Array> {
  return recordsOf(fewState(t, now))
}

/** Splits a whole CoordState into the records `tableRecords` makes of it. */
export function splitTables (whole: Uint8Array): Map<string, Uint8Array> {
  return recordsOf(CoordState.decode(whole))
}

/** Encodings of entries a table hands out again unchanged (CasTable's, queue tasks'), by entry. */
const encodedEntries = new WeakMap<object, Uint8Array>()
const NONE: CoordState = { counterEpoch: 0n, counter: 0n, locks: [], barriers: [], cas: [], semaphores: [], elections: [], queueTasks: [], queueSequences: [] }

function recordsOf (s: CoordState): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>()
  const put = (key: string, part: Partial<CoordState>): void => { out.set(key, CoordState.encode({ ...NONE, ...part })) }
  put('tokens', { counterEpoch: s.counterEpoch, counter: s.counter })
  for (const e of s.locks) put(`lock/${e.name}`, { locks: [e] })
  for (const e of s.barriers) put(`barrier/${e.name}`, { barriers: [e] })
  for (const e of s.cas) {
    let bytes = encodedEntries.get(e)
    if (bytes == null) { bytes = CoordState.encode({ ...NONE, cas: [e] }); encodedEntries.set(e, bytes) }
    out.set(`cas/${e.name}`, bytes)
  }
  for (const e of s.semaphores) put(`semaphore/${e.name}`, { semaphores: [e] })
  for (const e of s.elections) put(`election/${e.name}`, { elections: [e] })
  for (const e of s.queueTasks) out.set(...taskRecord(e))
  for (const e of s.queueSequences) out.set(...sequenceRecord(e))
  return out
}

const taskKey = (queue: string, id: string): string => `queue/${queue}/${id}`

/** A task's record; with `cached`, its bytes are kept for the entry (a table hands unchanged entries out again). */
function taskRecord (e: QueueTaskEntry, cached = true): [string, Uint8Array] {
  let bytes = cached ? encodedEntries.get(e) : undefined
  if (bytes == null) {
    bytes = CoordState.encode({ ...NONE, queueTasks: [e] })
    if (cached) encodedEntries.set(e, bytes)
  }
  return [taskKey(e.queue, e.id), bytes]
}

function sequenceRecord (e: CoordState['queueSequences'][number]): [string, Uint8Array] {
  return [`queue-sequence/${e.queue}`, CoordState.encode({ ...NONE, queueSequences: [e] })]
}

/** Adopts replicated tables on a new leader (see LockTable.fromState for the timing rules). */
export function decodeTables (whole: Uint8Array, limits: CoordLimits, now: number, waiterGraceMs: number): CoordTables {
  if (whole.byteLength === 0) return emptyTables(limits)
  const state = CoordState.decode(whole)
  const leases = new LeaseQueue(TokenCounter.fromState(state))
  LockTable.fromState(state, limits, now, waiterGraceMs, leases)
  SemaphoreTable.fromEntries(state.semaphores, { maxQueue: limits.maxQueue, maxSemaphores: limits.maxSemaphores }, now, waiterGraceMs, leases)
  LeadershipTable.fromEntries(state.elections, limits.maxElections, now, leases)
  return {
    ...recipes(leases, limits),
    barriers: BarrierTable.fromEntries(state.barriers, limits.maxBarriers, now),
    cas: CasTable.fromEntries(state.cas, limits.maxVariables, now),
    queues: adoptQueues(queueLimits(limits), state.queueSequences, state.queueTasks, now)
  }
}
