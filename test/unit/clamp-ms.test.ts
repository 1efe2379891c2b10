import { describe, expect, it } from 'vitest'
import { clampMs } from '../../src/machine/leader-channel.js'

/**
 * Every deadline timer's delay goes through clampMs: rounded down, a lock wait of 2,500 ms
 * ended in LockTimeoutError 2,499.9 ms after the call (lock-promise.test.ts, a full run).
 */
describe('clampMs', () => {
  it('rounds a delay up, so that a deadline\'s timer never fires before it', () => {
    expect(clampMs(2_499.1)).toBe(2_500)
    expect(clampMs(2_500)).toBe(2_500)
    expect(clampMs(0.2)).toBe(1)
  })

  it('keeps a delay within what setTimeout takes (at least 1 ms, at most 2^31 - 1)', () => {
    expect(clampMs(-5)).toBe(1)
    expect(clampMs(Number.POSITIVE_INFINITY)).toBe(0x7fffffff)
    expect(clampMs(2 ** 40)).toBe(0x7fffffff)
  })
})
