import { appendFile, mkdtemp, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { StorageError } from '../../src/errors.js'
import { FsStorage } from '../../src/store/fs.js'
import { updates } from '../unit/yjs-updates.js'


function rebuild (stored: Uint8Array[]): Y.Doc {
  const ydoc = new Y.Doc()
  for (const u of stored) Y.applyUpdate(ydoc, u)
  expect(ydoc.store.pendingStructs).toBeNull()
  return ydoc
}

function keys (ydoc: Y.Doc): number[] {
  return [...ydoc.getMap<number>('m').values()].sort((a, b) => a - b)
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i)
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s)
const text = (b: Uint8Array | undefined): string | undefined => b === undefined ? undefined : new TextDecoder().decode(b)

describe('FsStorage', () => {
  let dir: string
  let storage: FsStorage
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'accord-fs-'))
    storage = await FsStorage.open(dir)
  })
  afterEach(async () => {
    await storage.close()
    await rm(dir, { recursive: true, force: true })
  })
  const reopen = async (): Promise<FsStorage> => {
    await storage.close()
    storage = await FsStorage.open(dir)
    return storage
  }
  const logFile = (name = 'doc'): string => join(dir, 'docs', encodeURIComponent(name), 'log')

  it('is durable and creates the layout', async () => {
    expect(storage.durable).toBe(true)
    expect((await readdir(dir)).sort()).toEqual(['docs', 'meta'])
    expect(await storage.loadDoc('nothing')).toEqual([])
    expect(storage.logBytes('nothing')).toBe(0)
  })

  it('round-trips appends across a reopen', async () => {
    const ups = updates(0, 10)
    await storage.appendDoc('doc', ups.slice(0, 4))
    await storage.appendDoc('doc', ups.slice(4))
    expect((await storage.loadDoc('doc')).map(u => [...u])).toEqual(ups.map(u => [...u]))
    await reopen()
    expect(keys(rebuild(await storage.loadDoc('doc')))).toEqual(range(0, 10))
  })

  it('keeps documents apart, whatever their names', async () => {
    const names = ['a/b', '..', '.', 'ü ✓', 'A', 'x.tmp', '%41']
    for (const [i, name] of names.entries()) await storage.appendDoc(name, updates(i, i + 1))
    await reopen()
    for (const [i, name] of names.entries()) expect(keys(rebuild(await storage.loadDoc(name)))).toEqual([i])
    expect((await readdir(join(dir, 'docs'))).length).toBe(names.length)
    await expect(storage.appendDoc('', [])).rejects.toBeInstanceOf(StorageError)
  })

  it('group-commits appends issued without awaiting', async () => {
    const ups = updates(0, 1000)
    await storage.appendDoc('doc', ups.slice(0, 1)) // opens the log file
    // Count fsyncs on the real FileHandle class (a spy that still calls through).
    const fh = await open(join(dir, 'probe'), 'w')
    const proto = Object.getPrototypeOf(fh) as { datasync: () => Promise<void> }
    await fh.close()
    const spy = vi.spyOn(proto, 'datasync')
    try {
      await Promise.all(ups.slice(1).map(u => storage.appendDoc('doc', [u])))
      expect(spy.mock.calls.length).toBeGreaterThan(0)
      expect(spy.mock.calls.length).toBeLessThan(100)
    } finally {
      spy.mockRestore()
    }
    await reopen()
    expect((await storage.loadDoc('doc')).map(u => [...u])).toEqual(ups.map(u => [...u]))
  })

  it('tracks logBytes, also across a reopen', async () => {
    const ups = updates(0, 5)
    const size = ups.reduce((n, u) => n + 8 + u.length, 0)
    await storage.appendDoc('doc', ups)
    expect(storage.logBytes('doc')).toBe(size)
    expect((await stat(logFile())).size).toBe(size)
    await reopen()
    expect(storage.logBytes('doc')).toBe(0) // unknown until the document is touched
    await storage.loadDoc('doc')
    expect(storage.logBytes('doc')).toBe(size)
    await storage.compactDoc('doc', Y.encodeStateAsUpdate(rebuild(ups)))
    expect(storage.logBytes('doc')).toBe(0)
    expect((await stat(logFile())).size).toBe(0)
  })

  it('runs a compaction issued between appends in call order', async () => {
    const ydoc = new Y.Doc()
    const first = updates(0, 20, ydoc)
    const state = Y.encodeStateAsUpdate(ydoc)
    const second = updates(20, 40, ydoc)
    // Nothing awaited: the compaction must wait for the first appends, and the second ones for it.
    const ops = [
      ...first.map(u => storage.appendDoc('doc', [u])),
      storage.compactDoc('doc', state),
      ...second.map(u => storage.appendDoc('doc', [u]))
    ]
    const loaded = storage.loadDoc('doc')
    await Promise.all(ops)
    const stored = await loaded
    expect(stored.length).toBe(1 + second.length) // the snapshot, then the later appends
    expect(keys(rebuild(stored))).toEqual(range(0, 40))
    await reopen()
    expect(keys(rebuild(await storage.loadDoc('doc')))).toEqual(range(0, 40))
  })

  it('keeps everything under random interleavings of appends, compactions and reopens', async () => {
    type Op = { t: 'append', n: number } | { t: 'compact' } | { t: 'reopen' }
    const op = fc.oneof(
      fc.record({ t: fc.constant('append' as const), n: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ t: fc.constant('compact' as const) }),
      fc.record({ t: fc.constant('reopen' as const) })
    )
    let run = 0
    await fc.assert(fc.asyncProperty(fc.array(op, { maxLength: 25 }), async (ops: Op[]) => {
      const name = `doc${run++}`
      const ydoc = new Y.Doc()
      let next = 0
      let pending: Promise<void>[] = []
      for (const o of ops) {
        if (o.t === 'append') {
          const ups = updates(next, next += o.n, ydoc)
          pending.push(storage.appendDoc(name, ups))
        } else if (o.t === 'compact') {
          pending.push(storage.compactDoc(name, Y.encodeStateAsUpdate(ydoc)))
        } else {
          await Promise.all(pending)
          pending = []
          await reopen()
        }
      }
      await Promise.all(pending)
      expect(keys(rebuild(await storage.loadDoc(name)))).toEqual(range(0, next))
    }), { numRuns: 30 })
  })

  describe('torn tail', () => {
    const good = updates(0, 10)
    beforeEach(async () => {
      await storage.appendDoc('doc', good)
      await storage.close()
    })

    for (const [what, garbage] of [
      ['half a record', (() => { const b = Buffer.alloc(8 + 40); b.writeUInt32LE(100, 0); return b })()],
      ['a partial header', Buffer.from([1, 2, 3])],
      ['a record with a bad crc', (() => { const b = Buffer.alloc(8 + 4); b.writeUInt32LE(4, 0); b.writeUInt32LE(12345, 4); return b })()]
    ] as const) {
      it(`drops ${what} and appends behind the good records`, async () => {
        const size = (await stat(logFile())).size
        await appendFile(logFile(), garbage)
        storage = await FsStorage.open(dir)
        expect(keys(rebuild(await storage.loadDoc('doc')))).toEqual(range(0, 10))
        expect((await stat(logFile())).size).toBe(size) // cut before anything is appended
        expect(storage.logBytes('doc')).toBe(size)
        await storage.appendDoc('doc', updates(10, 15, rebuild(good)))
        await reopen()
        expect(keys(rebuild(await storage.loadDoc('doc')))).toEqual(range(0, 15))
      })
    }

    it('cuts the tail even when the first operation is an append', async () => {
      await appendFile(logFile(), Buffer.from([9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9]))
      storage = await FsStorage.open(dir)
      await storage.appendDoc('doc', updates(10, 12, rebuild(good)))
      await reopen()
      expect(keys(rebuild(await storage.loadDoc('doc')))).toEqual(range(0, 12))
    })

    it('stops at a corrupted record in the middle', async () => {
      const buf = await readFile(logFile())
      buf[buf.length - 1]! ^= 0xff // last record's payload
      await writeFile(logFile(), buf)
      storage = await FsStorage.open(dir)
      expect((await storage.loadDoc('doc')).length).toBe(good.length - 1)
    })
  })

  it('ignores a leftover snapshot.tmp and rejects a corrupt snapshot', async () => {
    const ups = updates(0, 3)
    await storage.appendDoc('doc', ups)
    const docDir = join(dir, 'docs', 'doc')
    await writeFile(join(docDir, 'snapshot.tmp'), 'garbage')
    await reopen()
    expect(keys(rebuild(await storage.loadDoc('doc')))).toEqual([0, 1, 2])
    await writeFile(join(docDir, 'snapshot'), 'garbage!!!')
    await expect(storage.loadDoc('doc')).rejects.toBeInstanceOf(StorageError)
  })

  it('stores metadata atomically and durably', async () => {
    expect(await storage.getMeta('vote')).toBeUndefined()
    await storage.putMeta('vote', bytes('a'))
    expect(text(await storage.getMeta('vote'))).toBe('a')
    // Issued without awaiting: applied in call order.
    const writes = [storage.putMeta('vote', bytes('b')), storage.putMeta('vote', bytes('c'))]
    expect(text(await storage.getMeta('vote'))).toBe('c')
    await Promise.all(writes)
    for (const key of ['a/b', '..', 'x', 'x.tmp', '.x']) await storage.putMeta(key, bytes(key))
    await reopen()
    expect(text(await storage.getMeta('vote'))).toBe('c')
    for (const key of ['a/b', '..', 'x', 'x.tmp', '.x']) expect(text(await storage.getMeta(key))).toBe(key)
    expect((await readdir(join(dir, 'meta'))).filter(f => f.startsWith('.'))).toEqual([]) // no temp files left
  })

  it('close() waits for pending writes; later calls fail with StorageError', async () => {
    const ups = updates(0, 50)
    const appends = ups.map(u => storage.appendDoc('doc', [u]))
    const meta = storage.putMeta('k', bytes('v'))
    await storage.close()
    await Promise.all([...appends, meta])
    await expect(storage.appendDoc('doc', ups)).rejects.toBeInstanceOf(StorageError)
    await expect(storage.getMeta('k')).rejects.toBeInstanceOf(StorageError)
    storage = await FsStorage.open(dir)
    expect(keys(rebuild(await storage.loadDoc('doc')))).toEqual(range(0, 50))
    expect(text(await storage.getMeta('k'))).toBe('v')
  })

  it('reports file system failures as StorageError', async () => {
    const file = join(dir, 'a-file')
    await writeFile(file, '')
    await expect(FsStorage.open(file)).rejects.toBeInstanceOf(StorageError)
    // A document folder that is a file cannot hold a log.
    await writeFile(join(dir, 'docs', 'blocked'), '')
    const err = await storage.appendDoc('blocked', updates(0, 1)).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(StorageError)
    expect((err as StorageError).code).toBe('ERR_STORAGE')
  })
})
