import { describe, expect, it } from 'vitest'
import { memoized } from '../../src/net/memo.js'

describe('memoized', () => {
  it('derives again only when an input changed: by identity, an array item by item', () => {
    const a = { id: 'a' }
    const b = { id: 'b' }
    let derived = 0
    const ids = memoized((list: ReadonlyArray<{ id: string }>, n: number) => { derived++; return list.slice(0, n).map(x => x.id) })
    const first = ids([a, b], 2)
    expect(first).toEqual(['a', 'b'])
    expect(ids([a, b], 2)).toBe(first) // a fresh array of the same objects
    expect(derived).toBe(1)
    expect(ids([a, b], 1)).toEqual(['a']) // another number
    expect(ids([b, a], 1)).toEqual(['b']) // the same objects in another order
    expect(ids([a, { id: 'b' }], 2)).toEqual(['a', 'b']) // an equal object is not the same one
    expect(ids([a], 2)).toEqual(['a']) // fewer items
    expect(derived).toBe(5)
  })
})
