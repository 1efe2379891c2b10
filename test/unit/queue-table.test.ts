import { describe, expect, it } from 'vitest'
import { DuplicateTaskError, StaleTokenError, TooManyQueuesError, TooManyTasksError } from '../../src/errors.js'
import { QueueTable, type PushRequest, type QueueLimits, type Task } from '../../src/coord/queue-table.js'
import { decodeTables, emptyTables, encodeTables, tableRecords, type CoordLimits } from '../../src/coord/state.js'

const LIMITS: QueueLimits = { maxQueues: 4, maxPending: 1_000, keepFinished: 100 }
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s)
const text = (b: Uint8Array): string => new TextDecoder().decode(b)

/** A table with a token sequence and a clock the test moves. */
function setup (limits = LIMITS): { table: QueueTable, mint: () => bigint, push: (payload: string, opts?: Partial<PushRequest>) => Task, take: (worker: string, requestId: string, leaseMs?: number) => Task | undefined, now: { t: number } } {
  const table = new QueueTable(limits)
  let token = 0n
  const mint = (): bigint => ++token
  const now = { t: 1_000 }
  let pushes = 0
  const push = (payload: string, opts: Partial<PushRequest> = {}): Task => table.push('q', { payload: bytes(payload), priority: 0, delayMs: 0, key: '', maxAttempts: 3, peer: 'producer', requestId: `push-${++pushes}`, ...opts }, now.t, mint).task
  const take = (worker: string, requestId: string, leaseMs = 1_000): Task | undefined => table.take('q', { peer: worker, session: 's', requestId, leaseMs }, now.t + 10_000, now.t, mint)
  return { table, mint, push, take, now }
}

describe('queue table', () => {
  it('hands tasks out by priority, then in push order, each with a new, higher token', () => {
    const { push, take } = setup()
    push('a'); push('b'); push('urgent', { priority: -1 }); push('c')
    const order = ['w1', 'w2', 'w3', 'w4'].map((w, i) => take(w, `t${i}`)!)
    expect(order.map(t => text(t.payload))).toEqual(['urgent', 'a', 'b', 'c'])
    expect(order.map(t => t.token)).toEqual([1n, 2n, 3n, 4n])
    expect(take('w5', 't5')).toBeUndefined()
  })

  it('a retried push returns the same task, a retried take the same lease', () => {
    const { table, take, now, mint } = setup()
    const req: PushRequest = { payload: bytes('x'), priority: 0, delayMs: 0, key: '', maxAttempts: 3, peer: 'p', requestId: 'r1' }
    const first = table.push('q', req, now.t, mint)
    const again = table.push('q', req, now.t, mint)
    expect([again.task.id, again.changed]).toEqual([first.task.id, false])
    const lease = take('w', 'take-1')!
    expect(take('w', 'take-1')).toBe(lease)
    expect(lease.token).toBe(1n)
  })

  it('completes once: a retry with the same token is no change, any other token is stale', () => {
    const { table, push, take, now } = setup()
    const task = push('x')
    const lease = take('w', 't')!
    expect(table.complete('q', task.id, lease.token, bytes('done')).changed).toBe(true)
    expect(table.complete('q', task.id, lease.token, bytes('done')).changed).toBe(false)
    expect(() => table.complete('q', task.id, lease.token + 1n, bytes('other'))).toThrow(StaleTokenError)
    expect(() => table.fail('q', task.id, lease.token, 'late', now.t, () => 99n)).toThrow(StaleTokenError)
    expect(text(table.get('q', task.id)!.result)).toBe('done')
  })

  it('a lease that runs out goes to the next worker with a higher token; the first worker\'s completion is stale', () => {
    const { table, push, take, now, mint } = setup()
    const task = push('x')
    const firstToken = take('slow', 't1', 500)!.token // (tasks are live records: keep the value)
    now.t += 499
    expect(table.sweep(now.t, () => true, mint)).toEqual([])
    now.t += 1
    const events = table.sweep(now.t, () => true, mint)
    expect(events).toMatchObject([{ kind: 'lost', queue: 'q', id: task.id, attempt: 1, worker: 'slow', why: 'expired' }])
    const second = take('fast', 't2')!
    expect([second.id, second.attempt]).toEqual([task.id, 2])
    expect(second.token).toBeGreaterThan(firstToken)
    expect(() => table.complete('q', task.id, firstToken, bytes('late'))).toThrow(StaleTokenError)
    expect(table.complete('q', task.id, second.token, bytes('ok')).changed).toBe(true)
  })

  it('a worker that leaves the mesh loses its task at the next sweep, without waiting for its lease', () => {
    const { table, push, take, now, mint } = setup()
    push('x')
    take('doomed', 't1', 60_000)
    const events = table.sweep(now.t, peer => peer !== 'doomed', mint)
    expect(events.map(e => e.kind === 'lost' ? e.why : e.kind)).toEqual(['worker gone'])
    expect(table.counts('q')).toMatchObject({ waiting: 1, active: 0 })
  })

  it('after maxAttempts the task is dead, with the error of each attempt', () => {
    const { table, push, take, now, mint } = setup()
    const task = push('x', { maxAttempts: 2 })
    const a = take('w', 't1')!
    table.fail('q', task.id, a.token, 'boom 1', now.t, mint)
    const b = take('w', 't2')!
    expect(b.attempt).toBe(2)
    now.t += 2_000
    table.sweep(now.t, () => true, mint)
    const dead = table.get('q', task.id)!
    expect(dead.state).toBe('dead')
    expect(dead.errors).toEqual(['boom 1', 'lease expired (attempt 2, worker w)'])
    expect(take('w', 't3')).toBeUndefined()
  })

  it('a delayed task waits until due; a waiting taker gets the first task pushed', () => {
    const { table, push, take, now, mint } = setup()
    push('later', { delayMs: 1_000 })
    expect(take('w', 't1')).toBeUndefined() // the taker now waits
    now.t += 1_000
    const events = table.sweep(now.t, () => true, mint)
    expect(events.map(e => e.kind === 'leased' ? [e.requestId, text(e.task.payload)] : e.kind)).toEqual([['t1', 'later']])
    expect(take('w2', 't2')).toBeUndefined()
    const pushed = table.push('q', { payload: bytes('now'), priority: 0, delayMs: 0, key: '', maxAttempts: 1, peer: 'p', requestId: 'r' }, now.t, mint)
    expect(pushed.events.map(e => e.kind === 'leased' ? e.requestId : e.kind)).toEqual(['t2'])
  })

  it('a taker whose wait ends, or whose peer is gone, times out', () => {
    const { table, take, now, mint } = setup()
    expect(take('w', 't1')).toBeUndefined()
    expect(table.nextDue()).toBe(now.t + 10_000)
    now.t += 10_000
    expect(table.sweep(now.t, () => true, mint)).toEqual([{ kind: 'timeout', queue: 'q', requestId: 't1' }])
  })

  it('a take that waits for nothing, or whose wait is over, is not handed a task pushed after it', () => {
    const { table, push, now, mint } = setup()
    expect(table.take('q', { peer: 'w0', session: 's', requestId: 'no-wait', leaseMs: 1_000 }, now.t, now.t, mint)).toBeUndefined()
    expect(table.take('q', { peer: 'w1', session: 's', requestId: 'short', leaseMs: 1_000 }, now.t + 10, now.t, mint)).toBeUndefined()
    now.t += 20 // the short wait is over, and no sweep has run yet
    const task = push('late')
    expect(task.state).toBe('waiting')
    expect(table.take('q', { peer: 'w2', session: 's', requestId: 'now', leaseMs: 1_000 }, now.t, now.t, mint)).toBe(task)
  })

  it('refuses a duplicate key while its task is pending, accepts it once finished', () => {
    const { table, push, take, now } = setup()
    const task = push('x', { key: 'k' })
    expect(() => push('y', { key: 'k' })).toThrow(DuplicateTaskError)
    const lease = take('w', 't')!
    table.complete('q', task.id, lease.token, bytes(''))
    expect(push('y', { key: 'k' }).id).not.toBe(task.id)
  })

  it('bounds: queues, unfinished tasks, finished tasks kept', () => {
    const { table, push, take, now, mint } = setup({ maxQueues: 1, maxPending: 2, keepFinished: 1 })
    push('a'); push('b')
    expect(() => push('c')).toThrow(TooManyTasksError)
    expect(() => table.push('other', { payload: bytes(''), priority: 0, delayMs: 0, key: '', maxAttempts: 1, peer: 'p', requestId: 'r' }, now.t, mint)).toThrow(TooManyQueuesError)
    for (const id of ['t1', 't2']) {
      const lease = take('w', id)!
      table.complete('q', lease.id, lease.token, bytes(id))
    }
    expect(table.finished('q').map(t => text(t.result))).toEqual(['t2'])
    expect(table.counts('q')).toEqual({ waiting: 0, delayed: 0, active: 0, completed: 1, dead: 0 })
  })

  it('a new leader adopts the tasks: leases get a full lease from its clock, delays their remainder, order and tokens carry on', () => {
    const { table, push, take, now, mint } = setup()
    push('first'); push('second'); push('later', { delayMs: 5_000 })
    const running = take('w', 't1', 2_000)!
    const adopted = QueueTable.adopt(LIMITS, table.sequences(), table.tasks().map(({ queue, task }) => ({ queue, task, remainingMs: task.state === 'delayed' ? task.until - now.t : 0 })), 50)
    expect(adopted.counts('q')).toEqual({ waiting: 1, delayed: 1, active: 1, completed: 0, dead: 0 })
    expect(adopted.get('q', running.id)!.until).toBe(50 + 2_000)
    expect(adopted.get('q', '3')!.until).toBe(50 + 5_000)
    expect(text(adopted.take('q', { peer: 'w2', session: 's', requestId: 't2', leaseMs: 1_000 }, 10_000, 50, mint)!.payload)).toBe('second')
    expect(adopted.push('q', { payload: bytes('new'), priority: 0, delayMs: 0, key: '', maxAttempts: 1, peer: 'p', requestId: 'fresh' }, 50, mint).task.id).toBe('4')
  })

  it('many tasks: push and take stay cheap (indexes, not scans)', () => {
    const { table, take, now, mint } = setup({ maxQueues: 1, maxPending: 200_000, keepFinished: 1_000 })
    const t0 = performance.now()
    for (let i = 0; i < 50_000; i++) table.push('q', { payload: bytes(''), priority: i % 3, delayMs: 0, key: `k${i}`, maxAttempts: 1, peer: 'p', requestId: `r${i}` }, now.t, mint)
    for (let i = 0; i < 50_000; i++) {
      const lease = take('w', `t${i}`)!
      table.complete('q', lease.id, lease.token, bytes(''))
    }
    // (not a timing claim: a scan per operation would take minutes here, this takes well under a second)
    expect(performance.now() - t0).toBeLessThan(20_000)
    expect(table.counts('q').completed).toBe(1_000)
  })

  it('many leases at once: a take finds a retried take\'s lease by index, not by a scan of the leases', () => {
    const { table, take, now, mint } = setup({ maxQueues: 1, maxPending: 200_000, keepFinished: 1_000 })
    for (let i = 0; i < 50_000; i++) table.push('q', { payload: bytes(''), priority: 0, delayMs: 0, key: '', maxAttempts: 1, peer: 'p', requestId: `r${i}` }, now.t, mint)
    const t0 = performance.now()
    const leases = Array.from({ length: 50_000 }, (_, i) => take('w', `t${i}`)!)
    expect(take('w', 't49999')).toBe(leases[49_999]) // a retried take: its own lease
    for (const lease of leases) table.complete('q', lease.id, lease.token, bytes(''))
    // (not a timing claim: a scan of the leases per take took 12.5 s here, this 0.45 s)
    expect(performance.now() - t0).toBeLessThan(5_000)
    expect(table.counts('q')).toMatchObject({ active: 0, completed: 1_000 })
  })

  it('pushMany adds all or none, and a retried batch returns the tasks it made', () => {
    const { table, push, now, mint } = setup({ ...LIMITS, maxPending: 5 })
    push('pending', { key: 'k' })
    const batch = (keys: string[], id: string): PushRequest[] => keys.map((key, i) => ({ payload: bytes(`${id}${i}`), priority: 0, delayMs: 0, key, maxAttempts: 3, peer: 'p', requestId: `${id}/${i}` }))
    expect(() => table.pushMany('q', batch(['', 'k'], 'a'), now.t, mint)).toThrow(DuplicateTaskError)
    expect(() => table.pushMany('q', batch(['x', 'x'], 'b'), now.t, mint)).toThrow(DuplicateTaskError)
    expect(() => table.pushMany('q', batch(['', '', '', '', ''], 'c'), now.t, mint)).toThrow(TooManyTasksError)
    expect(table.counts('q').waiting).toBe(1) // nothing of the refused batches
    const made = table.pushMany('q', batch(['', 'y'], 'd'), now.t, mint)
    expect(made.tasks.map(t => text(t.payload))).toEqual(['d0', 'd1'])
    const again = table.pushMany('q', batch(['', 'y'], 'd'), now.t, mint)
    expect([again.tasks, again.changed]).toEqual([made.tasks, false])
    expect(table.counts('q').waiting).toBe(3)
  })

  it('replication: an unchanged task keeps the same record bytes; the whole state carries the queues to a new leader', () => {
    const limits: CoordLimits = { maxQueue: 8, maxLocks: 8, maxReentry: 8, maxBarriers: 8, maxVariables: 8, maxSemaphores: 8, maxElections: 8, maxQueues: 8, maxPendingTasks: 100, keepFinishedTasks: 10 }
    const tables = emptyTables(limits)
    let token = 0n
    const mint = (): bigint => ++token
    for (const payload of ['a', 'b']) tables.queues.push('q', { payload: bytes(payload), priority: 0, delayMs: 0, key: '', maxAttempts: 2, peer: 'p', requestId: payload }, 0, mint)
    const before = tableRecords(tables, 0)
    tables.queues.take('q', { peer: 'w', session: 's', requestId: 't', leaseMs: 1_000 }, 10, 0, mint)
    const after = tableRecords(tables, 0)
    expect(after.get('queue/q/2')).toBe(before.get('queue/q/2')) // not encoded again
    expect(after.get('queue/q/1')).not.toEqual(before.get('queue/q/1'))
    const adopted = decodeTables(encodeTables(tables, 0), limits, 5_000, 1_000)
    expect(adopted.queues.counts('q')).toEqual({ waiting: 1, delayed: 0, active: 1, completed: 0, dead: 0 })
    expect(adopted.queues.get('q', '1')).toMatchObject({ state: 'active', worker: 'w', token: 1n, until: 5_000 + 1_000 })
  })
})
