import fc from 'fast-check'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocLog } from '../../src/docs/doc-log.js'
import { InvalidArgumentError, StorageError } from '../../src/errors.js'
import { MemoryStorage } from '../../src/store/memory.js'
import type { Storage } from '../../src/store/storage.js'
import { updates } from './yjs-updates.js'

function rebuild (stored: Uint8Array[]): Y.Doc {
  const ydoc = new Y.Doc()
  for (const u of stored) Y.applyUpdate(ydoc, u)
  expect(ydoc.store.pendingStructs).toBeNull() // a hole would leave later updates pending
  return ydoc
}
const keys = (ydoc: Y.Doc): number[] => [...ydoc.getMap<number>('m').values()].sort((a, b) => a - b)
const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i)
const sizeOf = (us: Uint8Array[]): number => us.reduce((n, u) => n + u.byteLength, 0)

describe('DocLog (the document log over a key/value Storage)', () => {
  it('starts empty; appends load back in order with the log size counted', async () => {
    const s = new MemoryStorage()
    const log = new DocLog(s, 'd')
    expect(await log.load()).toEqual([])
    expect(log.logBytes).toBe(0)
    const ups = updates(0, 5)
    await log.append(ups.slice(0, 2))
    await log.append(ups.slice(2))
    expect(keys(rebuild(await log.load()))).toEqual(range(0, 5))
    expect(log.logBytes).toBe(sizeOf((await s.loadRange(['doc', 'd'])).map(e => e.data)))
    // one entry per batch, under increasing log keys
    expect((await s.loadRange(['doc', 'd'])).map(e => e.key)).toEqual([
      ['doc', 'd', 'updates', '0000000000000000'], ['doc', 'd', 'updates', '0000000000000001']
    ])
  })

  it('learns the log size and the next key from storage (a reopen), also when the first call is an append', async () => {
    const s = new MemoryStorage()
    const ups = updates(0, 6)
    await new DocLog(s, 'd').append(ups.slice(0, 3))
    const again = new DocLog(s, 'd')
    expect(again.logBytes).toBe(0) // unknown until the document is touched
    await again.append(ups.slice(3)) // must not overwrite the stored entry
    expect(keys(rebuild(await again.load()))).toEqual(range(0, 6))
    expect(again.logBytes).toBe(sizeOf((await s.loadRange(['doc', 'd', 'updates'])).map(e => e.data)))
  })

  it('group-commits appends issued without awaiting: one stored entry per batch', async () => {
    const s = new MemoryStorage()
    const log = new DocLog(s, 'd')
    const ups = updates(0, 200)
    await Promise.all(ups.map(async u => { await log.append([u]) }))
    expect((await s.loadRange(['doc', 'd', 'updates'])).length).toBeLessThanOrEqual(2)
    expect(keys(rebuild(await log.load()))).toEqual(range(0, 200))
  })

  it('compaction replaces the log by the state, in call order', async () => {
    const s = new MemoryStorage()
    const log = new DocLog(s, 'd')
    const ydoc = new Y.Doc()
    const first = updates(0, 3, ydoc)
    const state = Y.encodeStateAsUpdate(ydoc)
    const second = updates(3, 5, ydoc)
    await Promise.all([log.append(first), log.compact(state), log.append(second)])
    const stored = await log.load()
    expect(stored[0]).toEqual(state)
    expect(log.logBytes).toBe(sizeOf((await s.loadRange(['doc', 'd', 'updates'])).map(e => e.data)))
    expect(keys(rebuild(stored))).toEqual(range(0, 5))
  })

  it('compaction between un-awaited appends keeps everything', async () => {
    const log = new DocLog(new MemoryStorage(), 'd')
    const ydoc = new Y.Doc()
    const ups = updates(0, 12, ydoc)
    const upTo = (n: number): Uint8Array => Y.mergeUpdates(ups.slice(0, n))
    await Promise.all([
      log.append([ups[0]!]), log.append([ups[1]!, ups[2]!]), log.compact(upTo(3)),
      log.append([ups[3]!]), log.append([ups[4]!]), log.compact(upTo(5)),
      log.append([ups[5]!]), log.append(ups.slice(6, 9)), log.append(ups.slice(9))
    ])
    const stored = await log.load()
    expect(stored[0]).toEqual(upTo(5))
    expect(keys(rebuild(stored))).toEqual(range(0, 12))
    expect(stored.length).toBe(1 + 7) // the last snapshot and the 7 updates appended after it
    expect(log.logBytes).toBeGreaterThan(sizeOf(stored.slice(1))) // each entry adds a few bytes of framing
  })

  it('keeps everything under random interleavings of appends, compactions, loads and reopens', async () => {
    type Op = { t: 'append', n: number } | { t: 'compact' } | { t: 'load' } | { t: 'reopen' }
    const op = fc.oneof(
      fc.record({ t: fc.constant('append' as const), n: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ t: fc.constant('compact' as const) }),
      fc.record({ t: fc.constant('load' as const) }),
      fc.record({ t: fc.constant('reopen' as const) })
    )
    await fc.assert(fc.asyncProperty(fc.array(op, { maxLength: 30 }), async (ops: Op[]) => {
      const s = new MemoryStorage()
      let log = new DocLog(s, 'd')
      const ydoc = new Y.Doc()
      let next = 0
      let pending: Array<Promise<unknown>> = []
      for (const o of ops) {
        if (o.t === 'append') pending.push(log.append(updates(next, next += o.n, ydoc)))
        else if (o.t === 'compact') pending.push(log.compact(Y.encodeStateAsUpdate(ydoc)))
        else if (o.t === 'load') pending.push(log.load())
        else { await Promise.all(pending); pending = []; log = new DocLog(s, 'd') }
      }
      await Promise.all(pending)
      expect(keys(rebuild(await log.load()))).toEqual(range(0, next))
    }), { numRuns: 50 })
  })

  it('keeps documents apart, including names that are prefixes of each other', async () => {
    const s = new MemoryStorage()
    const names = ['a', 'ab', 'a/b', 'b']
    await Promise.all(names.map(async (n, i) => { await new DocLog(s, n).append(updates(i, i + 1)) }))
    await new DocLog(s, 'a').compact(Y.encodeStateAsUpdate(rebuild(updates(0, 1))))
    for (const [i, n] of names.entries()) expect(keys(rebuild(await new DocLog(s, n).load()))).toEqual([i])
    expect(() => new DocLog(s, '')).toThrow(InvalidArgumentError)
  })

  it('writes each batch as lib0 encodes it (format 1, the count, each update as a varUint8Array): what stores written before read back', async () => {
    const s = new MemoryStorage()
    const log = new DocLog(s, 'd')
    // lengths and counts whose varints take one byte and two
    const batch = [new Uint8Array(0), Uint8Array.from({ length: 127 }, (_, i) => i), Uint8Array.from({ length: 300 }, (_, i) => i & 0xff), ...Array.from({ length: 130 }, (_, i) => Uint8Array.of(i))]
    await log.append(batch)
    const enc = encoding.createEncoder()
    encoding.writeUint8(enc, 1)
    encoding.writeVarUint(enc, batch.length)
    for (const u of batch) encoding.writeVarUint8Array(enc, u)
    const [entry] = await s.loadRange(['doc', 'd', 'updates'])
    expect(entry!.data).toEqual(encoding.toUint8Array(enc))
    expect(await new DocLog(s, 'd').load()).toEqual(batch)
  })

  it('takes the caller\'s buffers over until they are written (no copy), and keeps none of them after', async () => {
    const s = new MemoryStorage()
    const log = new DocLog(s, 'd')
    const [u] = updates(0, 1)
    const copy = u!.slice()
    await log.append([u!])
    u!.fill(0) // (a caller may reuse a buffer once the append resolved)
    expect(await log.load()).toEqual([copy])
  })

  it('reads the layout before versioning in place and drops its snapshot key at the next compaction', async () => {
    // What IndexedDB held before the key/value port (and what FsStorage imports old files into).
    const s = new MemoryStorage()
    const ydoc = new Y.Doc()
    const old = updates(0, 4, ydoc)
    await s.save(['doc', 'd', 'snap'], Y.mergeUpdates(old.slice(0, 2)))
    await s.save(['doc', 'd', 'log', '0'], old[2]!)
    await s.save(['doc', 'd', 'log', '1'], old[3]!)
    const log = new DocLog(s, 'd')
    expect(keys(rebuild(await log.load()))).toEqual(range(0, 4))
    expect(log.logBytes).toBe(old[2]!.byteLength + old[3]!.byteLength)
    await log.append(updates(4, 5, ydoc))
    expect((await s.loadRange(['doc', 'd'])).map(e => e.key.slice(2))).toEqual([['log', '0'], ['log', '1'], ['snap'], ['updates', '0000000000000000']])
    await log.compact(Y.encodeStateAsUpdate(ydoc))
    expect((await s.loadRange(['doc', 'd'])).map(e => e.key)).toEqual([['doc', 'd', 'snapshot']])
    expect(keys(rebuild(await log.load()))).toEqual(range(0, 5))
  })

  it('reports storage failures as StorageError', async () => {
    const s = new MemoryStorage()
    const log = new DocLog(s, 'd')
    await s.close()
    await expect(log.append(updates(0, 1))).rejects.toBeInstanceOf(StorageError)
    await expect(log.load()).rejects.toBeInstanceOf(StorageError)
  })

  it('a failed compaction keeps the log: nothing is lost', async () => {
    const s = new MemoryStorage()
    const failing: Storage = Object.assign(Object.create(s) as Storage, {
      removeRange: async () => { throw new StorageError('disk full') }
    })
    const log = new DocLog(failing, 'd')
    const ydoc = new Y.Doc()
    await log.append(updates(0, 3, ydoc))
    await expect(log.compact(Y.encodeStateAsUpdate(ydoc))).rejects.toBeInstanceOf(StorageError)
    await log.append(updates(3, 4, ydoc))
    expect(keys(rebuild(await new DocLog(s, 'd').load()))).toEqual(range(0, 4))
  })
})
