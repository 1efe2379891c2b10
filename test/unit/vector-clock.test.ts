import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InvalidMessageError } from '../../src/errors.js'
import { VectorClock } from '../../src/clock/vector-clock.js'
import { VectorClockWire } from '../../src/clock/clock-wire.js'

const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e')
const clock = fc.array(fc.tuple(ids, fc.integer({ min: 0, max: 20 })), { maxLength: 6 }).map(pairs => VectorClock.from(pairs))
const same = (x: VectorClock, y: VectorClock): boolean => x.compare(y) === 'equal'
const show = (...clocks: VectorClock[]): string => clocks.map(c => JSON.stringify(c)).join(' vs ')
/** x and y are the same clock; a failure prints both. */
const expectSame = (x: VectorClock, y: VectorClock, what: string): void => { expect(x.compare(y), `${what}: ${show(x, y)}`).toBe('equal') }

describe('VectorClock', () => {
  it('merge is commutative, associative and idempotent', () => {
    fc.assert(fc.property(clock, clock, clock, (a, b, c) => {
      expectSame(a.merge(b), b.merge(a), 'commutative')
      expectSame(a.merge(b).merge(c), a.merge(b.merge(c)), 'associative')
      expectSame(a.merge(a), a, 'idempotent')
    }), { numRuns: 500 })
  })

  it('compare agrees with merge: a ≤ b exactly when merge(a, b) = b', () => {
    fc.assert(fc.property(clock, clock, (a, b) => {
      const o = a.compare(b)
      expect(same(a.merge(b), b), `a ${o} b; merge = ${show(a.merge(b), b)}`).toBe(o === 'before' || o === 'equal')
      expect(same(a.merge(b), a), `a ${o} b; merge = ${show(a.merge(b), a)}`).toBe(o === 'after' || o === 'equal')
      // antisymmetric: b sees the mirror image
      const mirror = { before: 'after', after: 'before', equal: 'equal', concurrent: 'concurrent' } as const
      expect(b.compare(a)).toBe(mirror[o])
      // the merge dominates both
      expect(a.merge(b).dominates(a), `merge dominates a: ${show(a.merge(b), a)}`).toBe(true)
      expect(a.merge(b).dominates(b), `merge dominates b: ${show(a.merge(b), b)}`).toBe(true)
    }), { numRuns: 500 })
  })

  it('increment makes a clock strictly after; independent increments are concurrent', () => {
    fc.assert(fc.property(clock, ids, ids, (a, x, y) => {
      expect(a.increment(x).compare(a)).toBe('after')
      if (x !== y) expect(a.increment(x).compare(a.increment(y))).toBe('concurrent')
    }))
  })

  it('prune is monotone: folding counters away never turns happened-before into concurrency', () => {
    const floors = fc.array(fc.tuple(ids, fc.integer({ min: 0, max: 20 })), { maxLength: 3 }).map(p => new Map(p))
    fc.assert(fc.property(clock, clock, floors, (a, b, f) => {
      const o = a.compare(b)
      const p = a.prune(f).compare(b.prune(f))
      if (o === 'before') expect(['before', 'equal']).toContain(p)
      if (o === 'after') expect(['after', 'equal']).toContain(p)
      if (o === 'equal') expect(p).toBe('equal')
      // nothing at or below a floor survives; everything above does
      for (const [id, floor] of f) expect(a.prune(f).get(id)).toBe(a.get(id) > floor ? a.get(id) : 0)
    }), { numRuns: 500 })
  })

  it('increment past a floor: a returning writer counts above its folded counters', () => {
    const a = VectorClock.from({ x: 2 })
    expect(a.increment('x', 7).get('x')).toBe(8)
    expect(a.increment('x', 1).get('x')).toBe(3)
  })

  it('encodes canonically and decodes to the same clock', () => {
    fc.assert(fc.property(clock, clock, (a, b) => {
      expectSame(VectorClock.decode(a.encode()), a, 'decoded')
      if (same(a, b)) expect(a.encode()).toEqual(b.encode())
    }))
  })

  it('decoding is strict: garbage, unsorted or duplicate ids, zero or huge counters are refused', () => {
    const bad = [
      new Uint8Array([0xff, 0xff, 0xff]),
      VectorClockWire.encode({ entries: [{ id: 'b', counter: 1n }, { id: 'a', counter: 1n }] }),
      VectorClockWire.encode({ entries: [{ id: 'a', counter: 1n }, { id: 'a', counter: 2n }] }),
      VectorClockWire.encode({ entries: [{ id: 'a', counter: 0n }] }),
      VectorClockWire.encode({ entries: [{ id: 'a', counter: 2n ** 60n }] })
    ]
    for (const bytes of bad) expect(() => VectorClock.decode(bytes)).toThrow(InvalidMessageError)
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), junk => {
      try { VectorClock.decode(junk) } catch (err) { expect(err).toBeInstanceOf(InvalidMessageError) }
    }), { numRuns: 1000 })
  })

  it('without() folds away departed writers', () => {
    const c = VectorClock.from({ a: 3, b: 1, gone: 7 })
    expect(c.without(['gone']).toJSON()).toEqual({ a: 3, b: 1 })
    expect(c.size).toBe(3)
  })
})
