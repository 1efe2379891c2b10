import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { VectorClock } from '../../src/clock/vector-clock.js'
import { HybridClock } from '../../src/variables/hlc.js'
import { lastWriter, mergeAll, siblings, type Entry } from '../../src/variables/siblings.js'

/** Orders hybrid timestamps: > 0 when `x` is after `y`. */
const hlcOrder = (x: readonly [number, number], y: readonly [number, number]): number => x[0] - y[0] || x[1] - y[1]

const entry = (writer: string, value: number, clock: Record<string, number>, hlc: [number, number]): Entry<number> =>
  ({ writer, value, clock: VectorClock.from(clock), hlc, token: 0n })

describe('siblings and strategies', () => {
  it('a dominated entry is not a sibling; concurrent ones are', () => {
    const a = entry('a', 1, { a: 1 }, [1, 0])
    const b = entry('b', 2, { a: 1, b: 1 }, [2, 0]) // saw a
    const c = entry('c', 3, { c: 1 }, [3, 0]) // concurrent with both
    expect(siblings([a, b, c]).map(e => e.writer)).toEqual(['b', 'c'])
  })

  it('lww and merge give the same answer whatever order the entries arrive in', () => {
    const arb = fc.uniqueArray(fc.record({ writer: fc.constantFrom('a', 'b', 'c', 'd'), value: fc.integer(), ms: fc.integer({ min: 0, max: 5 }), n: fc.integer({ min: 0, max: 3 }) }), { selector: e => e.writer, minLength: 1, maxLength: 4 })
    fc.assert(fc.property(arb, fc.infiniteStream(fc.nat()), (raw, seeds) => {
      const entries = raw.map(r => entry(r.writer, r.value, { [r.writer]: 1 }, [r.ms, r.n]))
      const shuffled = [...entries].sort(() => (seeds.next().value % 3) - 1)
      expect(lastWriter(shuffled).writer).toBe(lastWriter(entries).writer)
      const concat = (a: number, b: number): number => a * 31 + b // order-sensitive on purpose
      expect(mergeAll(shuffled, concat)).toBe(mergeAll(entries, concat))
    }))
  })

  it('the hybrid clock never goes back, even when the wall clock does, and moves past what it observes', () => {
    let wall = 1_000
    const h = new HybridClock(() => wall)
    const t1 = h.now(); wall = 500
    const t2 = h.now()
    expect(hlcOrder(t2, t1), `${JSON.stringify(t2)} after ${JSON.stringify(t1)}`).toBeGreaterThan(0)
    h.observe([5_000, 7])
    const t3 = h.now()
    expect(hlcOrder(t3, [5_000, 7]), `${JSON.stringify(t3)} after [5000,7]`).toBeGreaterThan(0)
  })
})
