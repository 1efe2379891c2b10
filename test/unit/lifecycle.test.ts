import { describe, expect, it } from 'vitest'
import { startAll, stopAll, type Part } from '../../src/net/lifecycle.js'
import { quorum } from '../../src/net/quorum.js'

describe('lifecycle: one list, two orders', () => {
  const parts = (log: string[], failAt?: string): Part[] => ['storage', 'node', 'elector', 'dialer'].map(name => ({
    name,
    part: {
      start: () => { if (name === failAt) throw new Error(`${name} failed`); log.push(`start ${name}`) },
      stop: () => { log.push(`stop ${name}`) }
    }
  }))

  it('starts front to back and stops back to front', async () => {
    const log: string[] = []
    const list = parts(log)
    await startAll(list)
    await stopAll(list)
    expect(log).toEqual(['start storage', 'start node', 'start elector', 'start dialer', 'stop dialer', 'stop elector', 'stop node', 'stop storage'])
  })

  it('a part that fails to start stops the ones already started, in reverse, and the error comes through', async () => {
    const log: string[] = []
    await expect(startAll(parts(log, 'elector'))).rejects.toThrow('elector failed')
    expect(log).toEqual(['start storage', 'start node', 'stop node', 'stop storage'])
  })

  it('stopAll stops every part even if one throws, then rethrows the first error', async () => {
    const log: string[] = []
    const list: Part[] = [
      { name: 'a', part: { stop: () => { log.push('a') } } },
      { name: 'b', part: { stop: () => { throw new Error('b') } } },
      { name: 'c', part: { stop: () => { log.push('c') } } }
    ]
    await expect(stopAll(list)).rejects.toThrow('b')
    expect(log).toEqual(['c', 'a'])
  })
})

describe('quorum: k of n', () => {
  const later = async <T>(ms: number, v: T, fail = false): Promise<T> => await new Promise((resolve, reject) => setTimeout(() => { fail ? reject(new Error('no')) : resolve(v) }, ms))

  it('resolves at the k-th success without waiting for the rest', async () => {
    const t0 = performance.now()
    await quorum([later(5, true), later(10, true), later(2_000, true)], 2, 5_000)
    expect(performance.now() - t0).toBeLessThan(1_000)
  })

  it('rejects as soon as k can no longer be reached, naming how many succeeded', async () => {
    const t0 = performance.now()
    await expect(quorum([later(5, true), later(5, false), later(10, false), later(3_000, true)], 3, 5_000, n => new Error(`${n} ok`))).rejects.toThrow('1 ok')
    expect(performance.now() - t0).toBeLessThan(1_000)
  })

  it('times out, and needs nothing when k is 0', async () => {
    await expect(quorum([later(1_000, true)], 1, 20, n => new Error(`timeout with ${n}`))).rejects.toThrow('timeout with 0')
    await quorum([], 0, 10)
  })

  it('too few attempts to ever succeed: refused at once, and their later failures are still handled', async () => {
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown): void => { unhandled.push(reason) }
    process.on('unhandledRejection', onUnhandled)
    try {
      const failing = new Promise<boolean>((_resolve, reject) => setTimeout(() => { reject(new Error('timed out later')) }, 10))
      await expect(quorum([failing], 2, 1_000, n => new Error(`${n} ok`))).rejects.toThrow('0 ok')
      await new Promise(resolve => setTimeout(resolve, 50))
      expect(unhandled).toEqual([]) // (found by the fault suite: it ended a minority leader's process)
    } finally {
      process.off('unhandledRejection', onUnhandled)
    }
  })
})
