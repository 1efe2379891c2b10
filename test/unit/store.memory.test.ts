import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { StorageError } from '../../src/errors.js'
import { MemoryStorage } from '../../src/store/memory.js'
import { updates } from './yjs-updates.js'


describe('MemoryStorage', () => {
  it('is not durable and starts empty', async () => {
    const s = new MemoryStorage()
    expect(s.durable).toBe(false)
    expect(await s.loadDoc('d')).toEqual([])
    expect(await s.getMeta('m')).toBeUndefined()
    expect(s.logBytes('d')).toBe(0)
  })

  it('appends, loads in order and counts log bytes', async () => {
    const s = new MemoryStorage()
    const ups = updates(0, 5)
    await s.appendDoc('d', ups.slice(0, 2))
    await s.appendDoc('d', ups.slice(2))
    expect(await s.loadDoc('d')).toEqual(ups)
    expect(await s.loadDoc('other')).toEqual([])
    expect(s.logBytes('d')).toBe(ups.reduce((n, u) => n + u.length, 0))
  })

  it('compaction replaces the log by the state, in call order', async () => {
    const s = new MemoryStorage()
    const ydoc = new Y.Doc()
    const first = updates(0, 3, ydoc)
    const state = Y.encodeStateAsUpdate(ydoc)
    const second = updates(3, 5, ydoc)
    const ops = [s.appendDoc('d', first), s.compactDoc('d', state), s.appendDoc('d', second)]
    await Promise.all(ops)
    const stored = await s.loadDoc('d')
    expect(stored).toEqual([state, ...second])
    expect(s.logBytes('d')).toBe(second.reduce((n, u) => n + u.length, 0))
    const rebuilt = new Y.Doc()
    for (const u of stored) Y.applyUpdate(rebuilt, u)
    expect(rebuilt.getMap('m').toJSON()).toEqual({ k0: 0, k1: 1, k2: 2, k3: 3, k4: 4 })
  })

  it('copies buffers so callers may reuse theirs', async () => {
    const s = new MemoryStorage()
    const buf = new Uint8Array([1, 2, 3])
    await s.appendDoc('d', [buf])
    await s.putMeta('m', buf)
    buf[0] = 9
    expect([...(await s.loadDoc('d'))[0]!]).toEqual([1, 2, 3])
    expect([...(await s.getMeta('m'))!]).toEqual([1, 2, 3])
  })

  it('overwrites metadata', async () => {
    const s = new MemoryStorage()
    await s.putMeta('m', new Uint8Array([1]))
    await s.putMeta('m', new Uint8Array([2]))
    expect([...(await s.getMeta('m'))!]).toEqual([2])
  })

  it('rejects operations after close with StorageError', async () => {
    const s = new MemoryStorage()
    await s.close()
    await expect(s.loadDoc('d')).rejects.toBeInstanceOf(StorageError)
    await expect(s.appendDoc('d', [])).rejects.toBeInstanceOf(StorageError)
    await expect(s.putMeta('m', new Uint8Array())).rejects.toBeInstanceOf(StorageError)
  })
})
