import * as Y from 'yjs'
import { IdbStorage, StorageError } from '../../src/index.browser.js'
import { afterEach, assert, assertEqual, assertRejects, deleteDatabase, describe, it, tag } from './harness.js'

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b)
const list = (us: Uint8Array[]): number[][] => us.map(u => [...u])

/** A document and the updates that built it, one per edit. */
function history (n: number, prefix = 'k'): { doc: Y.Doc, updates: Uint8Array[] } {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (u: Uint8Array) => { updates.push(u) })
  for (let i = 0; i < n; i++) doc.getMap('m').set(`${prefix}${i}`, i)
  return { doc, updates }
}

function rebuild (stored: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc()
  for (const u of stored) Y.applyUpdate(doc, u)
  return doc
}

describe('IdbStorage (real IndexedDB)', () => {
  const open: IdbStorage[] = []
  const names: string[] = []
  async function fresh (): Promise<IdbStorage> {
    const name = `accord-idb-${tag()}`
    names.push(name)
    return await reopen(name)
  }
  async function reopen (name: string): Promise<IdbStorage> {
    const s = await IdbStorage.open(name)
    open.push(s)
    return s
  }
  afterEach(async () => {
    await Promise.allSettled(open.splice(0).map(async s => { await s.close() }))
    await Promise.all(names.splice(0).map(deleteDatabase))
  })

  it('refuses a second peer on the same database while the first holds it, and allows it after close', async () => {
    const name = `accord-idb-${tag()}`
    names.push(name)
    const first = await reopen(name)
    let refused: unknown
    try { open.push(await IdbStorage.open(name)) } catch (err) { refused = err }
    assert(refused instanceof StorageError, 'a second open of the same database must fail with StorageError')
    await first.close()
    const second = await reopen(name) // the lock is released with close()
    await second.appendDoc('d', [bytes(1)])
  })

  it('append and load round-trip in order, and survive a reopen', async () => {
    const s = await fresh()
    assertEqual(list(await s.loadDoc('d')), [], 'an unknown document is empty')
    await s.appendDoc('d', [bytes(1, 2, 3)])
    await s.appendDoc('d', [bytes(4), bytes(5, 6)])
    assertEqual(list(await s.loadDoc('d')), [[1, 2, 3], [4], [5, 6]])
    assertEqual(s.logBytes('d'), 6)
    await s.close()

    const again = await reopen(s.dbName)
    assertEqual(again.logBytes('d'), 0, 'nothing known before the first load')
    assertEqual(list(await again.loadDoc('d')), [[1, 2, 3], [4], [5, 6]])
    assertEqual(again.logBytes('d'), 6)
    // appending after a reopen continues the log instead of colliding with its keys
    await again.appendDoc('d', [bytes(7)])
    assertEqual(list(await again.loadDoc('d')), [[1, 2, 3], [4], [5, 6], [7]])
  })

  it('appends after a reopen without a load first do not collide with the stored keys', async () => {
    const s = await fresh()
    await s.appendDoc('d', [bytes(1), bytes(2)])
    await s.close()
    const again = await reopen(s.dbName)
    await again.appendDoc('d', [bytes(3)]) // `add` would fail on an existing key
    assertEqual(list(await again.loadDoc('d')), [[1], [2], [3]])
  })

  it('stores only the bytes of a view, not its whole buffer', async () => {
    const s = await fresh()
    const big = new Uint8Array(1000).map((_, i) => i % 256)
    await s.appendDoc('d', [big.subarray(10, 14)])
    await s.compactDoc('e', big.subarray(20, 22))
    assertEqual(list(await s.loadDoc('d')), [[10, 11, 12, 13]])
    assertEqual(list(await s.loadDoc('e')), [[20, 21]])
  })

  it('compact replaces the log by the state; later appends follow it', async () => {
    const s = await fresh()
    const { doc, updates } = history(10)
    await s.appendDoc('d', updates.slice(0, 6))
    await s.compactDoc('d', Y.encodeStateAsUpdate(doc)) // covers all 10
    assertEqual(s.logBytes('d'), 0)
    await s.appendDoc('d', [updates[9]!]) // a duplicate: harmless
    const stored = await s.loadDoc('d')
    assertEqual(stored.length, 2, 'the snapshot and one log record')
    assertEqual(rebuild(stored).getMap('m').toJSON(), doc.getMap('m').toJSON())
    await s.close()
    const again = await reopen(s.dbName)
    assertEqual(rebuild(await again.loadDoc('d')).getMap('m').toJSON(), doc.getMap('m').toJSON())
  })

  it('compaction between un-awaited appends keeps everything', async () => {
    const s = await fresh()
    const { doc, updates } = history(12)
    const upTo = (n: number): Uint8Array => Y.mergeUpdates(updates.slice(0, n))
    // issued in one tick: appends before a compaction are covered by its state, the ones after are not
    const ops = [
      s.appendDoc('d', [updates[0]!]),
      s.appendDoc('d', [updates[1]!, updates[2]!]),
      s.compactDoc('d', upTo(3)),
      s.appendDoc('d', [updates[3]!]),
      s.appendDoc('d', [updates[4]!]),
      s.compactDoc('d', upTo(5)),
      s.appendDoc('d', [updates[5]!]),
      s.appendDoc('d', updates.slice(6, 9)),
      s.appendDoc('d', updates.slice(9))
    ]
    await Promise.all(ops)
    const stored = await s.loadDoc('d')
    assertEqual(stored.length, 1 + 7, 'the last snapshot and the 7 updates appended after it')
    assertEqual(s.logBytes('d'), updates.slice(5).reduce((n, u) => n + u.byteLength, 0))
    assertEqual(rebuild(stored).getMap('m').toJSON(), doc.getMap('m').toJSON())
    await s.close()
    const again = await reopen(s.dbName)
    assertEqual(rebuild(await again.loadDoc('d')).getMap('m').toJSON(), doc.getMap('m').toJSON())
  })

  it('a random mix of un-awaited appends, compactions and loads loses nothing', async () => {
    const s = await fresh()
    const { doc, updates } = history(120)
    let pending: Array<Promise<unknown>> = []
    for (let i = 0; i < updates.length; i++) {
      pending.push(s.appendDoc('d', [updates[i]!]))
      const r = Math.random()
      if (r < 0.1) pending.push(s.compactDoc('d', Y.mergeUpdates(updates.slice(0, i + 1))))
      else if (r < 0.15) pending.push(s.loadDoc('d'))
      else if (r < 0.3) { await Promise.all(pending); pending = [] }
    }
    await Promise.all(pending)
    assertEqual(rebuild(await s.loadDoc('d')).getMap('m').toJSON(), doc.getMap('m').toJSON())
    await s.close()
    const again = await reopen(s.dbName)
    assertEqual(rebuild(await again.loadDoc('d')).getMap('m').toJSON(), doc.getMap('m').toJSON())
  })

  it('documents are independent, including names that are prefixes of each other', async () => {
    const s = await fresh()
    await Promise.all([
      s.appendDoc('a', [bytes(1)]),
      s.appendDoc('ab', [bytes(2)]),
      s.appendDoc('a/b', [bytes(3)]),
      s.compactDoc('b', bytes(4))
    ])
    await s.compactDoc('a', bytes(9))
    assertEqual(list(await s.loadDoc('a')), [[9]])
    assertEqual(list(await s.loadDoc('ab')), [[2]])
    assertEqual(list(await s.loadDoc('a/b')), [[3]])
    assertEqual(list(await s.loadDoc('b')), [[4]])
  })

  it('meta: get, put, overwrite, copy on put, survive a reopen', async () => {
    const s = await fresh()
    assertEqual(await s.getMeta('vote'), undefined)
    const value = bytes(1, 2, 3)
    const put = s.putMeta('vote', value)
    value[0] = 99 // the caller reuses its buffer before the transaction ran
    await put
    assertEqual([...(await s.getMeta('vote'))!], [1, 2, 3])
    await s.putMeta('vote', bytes(4))
    await s.putMeta('lock', bytes(5))
    assertEqual([...(await s.getMeta('vote'))!], [4])
    await s.close()
    const again = await reopen(s.dbName)
    assertEqual([...(await again.getMeta('vote'))!], [4])
    assertEqual([...(await again.getMeta('lock'))!], [5])
    assertEqual(list(await again.loadDoc('vote')), [], 'meta keys are not document records')
  })

  it('rejects with StorageError once closed; close waits for pending writes', async () => {
    const s = await fresh()
    const write = s.appendDoc('d', [bytes(1)])
    const closing = s.close()
    await write // issued before close: completes
    await closing
    await s.close() // idempotent
    const isStorageError = (err: unknown): boolean => err instanceof StorageError && (err as StorageError).code === 'ERR_STORAGE'
    await assertRejects(async () => await s.appendDoc('d', [bytes(2)]), isStorageError, 'append after close')
    await assertRejects(async () => await s.loadDoc('d'), isStorageError, 'load after close')
    await assertRejects(async () => await s.putMeta('k', bytes(1)), isStorageError, 'putMeta after close')
    const again = await reopen(s.dbName)
    assertEqual(list(await again.loadDoc('d')), [[1]])
    assert(again.durable, 'IdbStorage is durable')
  })
})
