import { describe, expect, it } from 'vitest'
import { FenceGuard, formatToken, StaleTokenError, tokenParts } from '../../src/index.js'

describe('fencing tokens', () => {
  it('print one way everywhere: epoch and number within it (formatToken), and order across epochs', () => {
    const t = (epoch: bigint, n: bigint): bigint => (epoch << 32n) + n
    expect(formatToken(t(2n, 54n))).toBe('e2·#54')
    expect(formatToken(t(1n, 4n).toString())).toBe('e1·#4') // decimal strings too (JSON has no bigint)
    expect(tokenParts(t(7n, 0xffffffffn))).toEqual({ epoch: 7n, n: 0xffffffffn })
    // a later epoch's first token outranks an earlier epoch's last: what FenceGuard relies on
    const guard = new FenceGuard()
    guard.check('r', t(3n, 1n))
    expect(() => { guard.check('r', t(2n, 0xffffffffn)) }).toThrow(StaleTokenError)
  })
})
