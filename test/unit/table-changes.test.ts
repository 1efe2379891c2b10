import { describe, expect, it } from 'vitest'
import { coordState, emptyTables, encodeTables, splitTables, tableChanges, tableRecords, type CoordLimits, type CoordTables } from '../../src/coord/state.js'
import { CoordState } from '../../src/coord/coord-wire.js'
import { applyChange, sameBytes, type Records } from '../../src/election/replica.js'
import { LAZY_COMMIT_MS } from '../../src/machine/lease-holder.js'
import { prng } from '../support/prng.js'

/**
 * A commit replicates only what changed (tableChanges): the queues track their changed
 * tasks, the other tables are compared with their last records. The judge is the whole
 * state made afresh (encodeTables, split as a new leader splits it): the records a voter
 * gets by applying every commit's change must be exactly those, key for key and byte for
 * byte, whatever the schedule of pushes, takes, completions, failures, extensions, expiries
 * and evictions of finished tasks — but for leases younger than the lazy window, which a
 * commit may hold back: such a task's record must still be the one before its lease (the
 * task waiting, one attempt fewer), and once the window has passed, a commit sends them.
 */

const LIMITS: CoordLimits = { maxQueue: 8, maxLocks: 8, maxReentry: 8, maxBarriers: 8, maxVariables: 8, maxSemaphores: 8, maxElections: 8, maxQueues: 4, maxPendingTasks: 50, keepFinishedTasks: 4 }
const EPOCH = 3

function randomOps (tables: CoordTables, rnd: () => number, now: { t: number }, n: number): void {
  const mint = (): bigint => tables.tokens.next(EPOCH)
  const pick = <T>(xs: T[]): T | undefined => xs.length === 0 ? undefined : xs[Math.floor(rnd() * xs.length)]
  for (let i = 0; i < n; i++) {
    const queue = pick(['a', 'b'])!
    const r = rnd()
    try {
      if (r < 0.35) {
        tables.queues.push(queue, { payload: Uint8Array.of(Math.floor(rnd() * 256)), priority: Math.floor(rnd() * 3), delayMs: rnd() < 0.2 ? Math.floor(rnd() * 50) : 0, key: rnd() < 0.1 ? 'k' : '', maxAttempts: 2, peer: 'p', requestId: `${now.t}-${i}` }, now.t, mint)
      } else if (r < 0.6) {
        tables.queues.take(queue, { peer: pick(['w1', 'w2'])!, session: 's', requestId: `t${now.t}-${i}`, leaseMs: 20 + Math.floor(rnd() * 40) }, now.t + (rnd() < 0.5 ? 0 : 30), now.t, mint)
      } else {
        const active = tables.queues.shown(queue).filter(t => t.state === 'active')
        const t = pick(active)
        if (t == null) continue
        if (r < 0.8) tables.queues.complete(queue, t.id, t.token, Uint8Array.of(1, 2))
        else if (r < 0.9) tables.queues.fail(queue, t.id, t.token, 'no', now.t, mint)
        else tables.queues.extend(queue, t.id, t.token, 30, now.t)
      }
    } catch { /* a refused request (duplicate key, too many tasks) changes nothing */ }
  }
  now.t += Math.floor(rnd() * 25)
  tables.queues.sweep(now.t, peer => peer !== 'w2' || rnd() < 0.9, mint)
}

/**
 * The keys whose records differ, but for a task leased less than LAZY_COMMIT_MS ago whose
 * record is still the task before that lease (waiting, one attempt fewer).
 */
function differingButYoungLeases (tables: CoordTables, got: Records, want: Records, now: number, heldBack: { n: number }): string[] {
  const all = differing(got, want)
  const bad = all.filter(key => {
    const [, queue, id] = key.split('/')
    const task = key.startsWith('queue/') ? tables.queues.get(queue!, id!) : undefined
    const before = got.has(key) ? CoordState.decode(got.get(key)!).queueTasks[0] : undefined
    const young = task?.state === 'active' && now - (task.until - task.leaseMs) < LAZY_COMMIT_MS
    return !(young && before?.state === 'waiting' && before.attempt === task.attempt - 1)
  })
  heldBack.n += all.length - bad.length
  return bad
}

/** The keys whose records differ (missing, extra, or other bytes). */
function differing (got: Records, want: Records): string[] {
  const out = [...got.keys()].filter(k => !want.has(k))
  for (const [k, v] of want) if (!sameBytes(got.get(k) ?? new Uint8Array(0), v) || !got.has(k)) out.push(k)
  return out
}

describe('replicating the tables by their changes', () => {
  for (const seed of [1, 2, 3, Math.floor(Math.random() * 2 ** 31)]) {
    it(`the records a voter builds from the changes are the whole state's, after every commit (seed ${seed})`, () => {
      console.log(`[table-changes] seed ${seed}`)
      const rnd = prng(seed)
      const tables = emptyTables(LIMITS)
      const now = { t: 1_000 }
      let held: Records = tableRecords(tables, now.t)
      const heldBack = { n: 0 }
      for (let commit = 0; commit < 300; commit++) {
        randomOps(tables, rnd, now, 1 + Math.floor(rnd() * 6))
        const change = tableChanges(tables, now.t)
        expect(change).toBeDefined()
        held = applyChange(held, change!)
        expect(differingButYoungLeases(tables, held, splitTables(encodeTables(tables, now.t)), now.t, heldBack), `after commit ${commit}`).toEqual([])
      }
      // once the window has passed, the leases held back go too
      now.t += LAZY_COMMIT_MS
      held = applyChange(held, tableChanges(tables, now.t)!)
      expect(differing(held, splitTables(encodeTables(tables, now.t)))).toEqual([])
      // the schedule went through the paths that matter
      const counts = ['a', 'b'].map(q => tables.queues.counts(q))
      expect(counts.some(c => c.completed + c.dead >= LIMITS.keepFinishedTasks), 'finished tasks were evicted').toBe(true)
      expect(heldBack.n, 'young leases were held back').toBeGreaterThan(10)
    })
  }

  it('a task leased and completed between two commits goes once, as completed (what a lazy commit saves)', () => {
    const tables = emptyTables(LIMITS)
    const mint = (): bigint => tables.tokens.next(EPOCH)
    tableRecords(tables, 0)
    tables.queues.push('a', { payload: Uint8Array.of(7), priority: 0, delayMs: 0, key: '', maxAttempts: 2, peer: 'p', requestId: 'r' }, 0, mint)
    expect(tableChanges(tables, 0)!.puts.map(([k]) => k)).toContain('queue/a/1')
    const lease = tables.queues.take('a', { peer: 'w', session: 's', requestId: 't', leaseMs: 50 }, 0, 0, mint)!
    tables.queues.complete('a', lease.id, lease.token, Uint8Array.of(1))
    const tasks = tableChanges(tables, 0)!.puts.filter(([k]) => k.startsWith('queue/a/'))
    expect(tasks).toHaveLength(1)
    expect(splitTables(encodeTables(tables, 0)).get('queue/a/1')).toEqual(tasks[0]![1]) // the completed task's record
  })

  it('a young lease waits for the window, unless its task was pushed in the same commit', () => {
    const tables = emptyTables(LIMITS)
    const mint = (): bigint => tables.tokens.next(EPOCH)
    const push = (requestId: string, at: number): void => { tables.queues.push('a', { payload: Uint8Array.of(7), priority: 0, delayMs: 0, key: '', maxAttempts: 2, peer: 'p', requestId }, at, mint) }
    const taskPuts = (at: number): string[] => tableChanges(tables, at)!.puts.map(([k]) => k).filter(k => k.startsWith('queue/a/'))
    tableRecords(tables, 0)
    push('r1', 0)
    expect(taskPuts(0)).toEqual(['queue/a/1'])
    tables.queues.take('a', { peer: 'w', session: 's', requestId: 't1', leaseMs: 1_000 }, 10, 10, mint)
    // pushed and leased between two commits: the push is acknowledged with this commit, so it goes, as active
    push('r2', 10)
    tables.queues.take('a', { peer: 'w', session: 's', requestId: 't2', leaseMs: 1_000 }, 10, 10, mint)
    expect(taskPuts(20)).toEqual(['queue/a/2'])
    const machine = coordState(LIMITS, 1_000)
    expect(machine.heldBack!(tables)).toBe(true)
    expect(taskPuts(10 + LAZY_COMMIT_MS - 1)).toEqual([])
    expect(taskPuts(10 + LAZY_COMMIT_MS)).toEqual(['queue/a/1'])
    expect(machine.heldBack!(tables)).toBe(false)
  })

  it('without a first `tableRecords`, tables say they cannot tell what changed', () => {
    expect(tableChanges(emptyTables(LIMITS), 0)).toBeUndefined()
  })
})
