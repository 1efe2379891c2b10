import { describe, expect, it } from 'vitest'
import { VectorClock } from '../../src/clock/vector-clock.js'
import { CasTable, type CasRules } from '../../src/coord/cas-table.js'
import { decodeTables, emptyTables, encodeTables } from '../../src/coord/state.js'
import { ConflictError, TooManyVariablesError } from '../../src/errors.js'

const limits = { maxQueue: 4, maxLocks: 4, maxReentry: 4, maxBarriers: 4, maxVariables: 2, maxSemaphores: 4, maxElections: 4, maxQueues: 4, maxPendingTasks: 4, keepFinishedTasks: 4 }
const clock = (c: Record<string, number>): VectorClock => VectorClock.from(c)

function harness (visible: (writer: string) => boolean = () => false): { table: CasTable, propose: (base: Record<string, number>, writer: string, now?: number, id?: string) => { clock: VectorClock, token: bigint } } {
  const table = new CasTable(limits.maxVariables)
  let counter = 0n
  const rules: CasRules = { isVisible: (_n, w) => visible(w), abandonAfterMs: 1000 }
  return {
    table,
    propose: (base, writer, now = 0, id = `${writer}-${Object.keys(base).length}-${now}`) => table.propose('x', clock(base), writer, id, now, rules, () => ++counter)
  }
}

describe('CasTable: compare-and-set of vector clocks', () => {
  it('of two writes based on the same state exactly one is accepted; a write that saw it goes on top', () => {
    const { propose } = harness()
    const a = propose({}, 'a')
    expect(a.clock.toJSON()).toEqual({ a: 1 })
    expect(() => propose({}, 'b')).toThrow(ConflictError)
    const b = propose({ a: 1 }, 'b')
    expect(b.clock.toJSON()).toEqual({ a: 1, b: 1 })
    expect(b.token).toBeGreaterThan(a.token)
    // a write that knows something the lease holder does not (a concurrent lww entry) is fine too
    expect(propose({ a: 1, b: 1, z: 4 }, 'a').clock.toJSON()).toEqual({ a: 2, b: 1, z: 4 })
  })

  it('hands out the same replicated entry while the variable is unchanged, a new one once its write is seen or replaced', () => {
    let seen = false
    const { table, propose } = harness(() => seen)
    propose({}, 'a')
    const [first] = table.toEntries()
    expect(table.toEntries()[0]).toBe(first) // encoded once, not on every commit
    expect(first!.visible).toBe(false)
    seen = true
    expect(() => propose({}, 'b')).toThrow(ConflictError) // the check finds a's write in the replica
    const [marked] = table.toEntries()
    expect(marked).not.toBe(first)
    expect(marked!.visible).toBe(true)
    propose({ a: 1 }, 'b')
    expect(table.toEntries()[0]!.writer).toBe('b')
  })

  it('a retry with the same request id gets the same answer, not a conflict', () => {
    const { propose } = harness()
    const first = propose({}, 'a', 0, 'req-1')
    const again = propose({}, 'a', 5, 'req-1')
    expect(again.token).toBe(first.token)
  })

  it('an accepted write never seen written is abandoned after abandonAfterMs; one that was seen never is', () => {
    let written = false
    const { propose } = harness(() => written)
    propose({ a: 1 }, 'b', 0) // b accepted at t=0, then (say) died before writing
    expect(() => propose({ a: 1 }, 'c', 999)).toThrow(ConflictError)
    const c = propose({ a: 1 }, 'c', 1000) // based on what b was based on: accepted
    expect(c.clock.toJSON()).toEqual({ a: 1, c: 1 })
    // c's write was written: a stale write is refused however long it waits
    written = true
    expect(() => propose({ a: 1 }, 'd', 1_000_000)).toThrow(ConflictError)
    // and an abandoned write does not let a write based on an even older state through
    written = false
    const { propose: p2 } = harness(() => false)
    p2({ a: 1 }, 'b', 0)
    expect(() => p2({}, 'c', 5000)).toThrow(ConflictError)
  })

  it('bounds the number of tracked variables', () => {
    const table = new CasTable(1)
    const rules: CasRules = { isVisible: () => true, abandonAfterMs: 1 }
    table.propose('x', VectorClock.EMPTY, 'a', 'r1', 0, rules, () => 1n)
    expect(() => table.propose('y', VectorClock.EMPTY, 'a', 'r2', 0, rules, () => 2n)).toThrow(TooManyVariablesError)
  })

  it('survives a leader change: the accepted clock travels in the replicated tables', () => {
    const tables = emptyTables(limits)
    const rules: CasRules = { isVisible: () => true, abandonAfterMs: 1000 }
    const accepted = tables.cas.propose('x', VectorClock.EMPTY, 'a', 'r1', 0, rules, () => tables.tokens.next(1))
    const adopted = decodeTables(encodeTables(tables, 0), limits, 50, 100)
    expect(() => adopted.cas.propose('x', VectorClock.EMPTY, 'b', 'r2', 60, rules, () => adopted.tokens.next(2))).toThrow(ConflictError)
    const next = adopted.cas.propose('x', accepted.clock, 'b', 'r3', 60, rules, () => adopted.tokens.next(2))
    expect(next.token).toBeGreaterThan(accepted.token)
  })
})
