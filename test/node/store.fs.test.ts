import { appendFile, mkdtemp, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { DocLog } from '../../src/docs/doc-log.js'
import { StorageError } from '../../src/errors.js'
import { runStorageContract } from '../../src/index.node.js'
import { FsStorage } from '../../src/store/fs.js'
import { updates } from '../unit/yjs-updates.js'

runStorageContract('FsStorage', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'accord-fs-contract-'))
  return { open: async () => await FsStorage.open(dir), destroy: async () => { await rm(dir, { recursive: true, force: true }) } }
}, { describe, it })

function rebuild (stored: Uint8Array[]): Y.Doc {
  const ydoc = new Y.Doc()
  for (const u of stored) Y.applyUpdate(ydoc, u)
  expect(ydoc.store.pendingStructs).toBeNull()
  return ydoc
}
const keys = (ydoc: Y.Doc): number[] => [...ydoc.getMap<number>('m').values()].sort((a, b) => a - b)
const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i)
const bytes = (...b: number[]): Uint8Array => new Uint8Array(b)

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
  const file = (): string => join(dir, 'kv-1.log')

  it('is durable and keeps one file', async () => {
    expect(storage.durable).toBe(true)
    await storage.save(['a', 'b'], bytes(1))
    expect(await readdir(dir)).toEqual(['kv-1.log'])
  })

  it('group-commits writes issued without awaiting: few fsyncs for many appends', async () => {
    const log = new DocLog(storage, 'doc')
    const ups = updates(0, 1000)
    await log.append(ups.slice(0, 1))
    // Count fsyncs on the real FileHandle class (a spy that still calls through).
    const fh = await open(join(dir, 'probe'), 'w')
    const proto = Object.getPrototypeOf(fh) as { datasync: () => Promise<void> }
    await fh.close()
    await rm(join(dir, 'probe'))
    const spy = vi.spyOn(proto, 'datasync')
    try {
      await Promise.all(ups.slice(1).map(async u => { await log.append([u]) }))
      await Promise.all(Array.from({ length: 500 }, async (_, i) => { await storage.save(['k', String(i)], bytes(i % 256)) }))
      expect(spy.mock.calls.length).toBeGreaterThan(0)
      expect(spy.mock.calls.length).toBeLessThan(20)
    } finally {
      spy.mockRestore()
    }
    await reopen()
    expect(keys(rebuild(await new DocLog(storage, 'doc').load()))).toEqual(range(0, 1000))
    expect((await storage.loadRange(['k'])).length).toBe(500)
  })

  it('the document log keeps everything under random interleavings of appends, compactions and reopens', async () => {
    type Op = { t: 'append', n: number } | { t: 'compact' } | { t: 'reopen' }
    const op = fc.oneof(
      fc.record({ t: fc.constant('append' as const), n: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ t: fc.constant('compact' as const) }),
      fc.record({ t: fc.constant('reopen' as const) })
    )
    let run = 0
    await fc.assert(fc.asyncProperty(fc.array(op, { maxLength: 25 }), async (ops: Op[]) => {
      const name = `doc${run++}`
      let log = new DocLog(storage, name)
      const ydoc = new Y.Doc()
      let next = 0
      let pending: Array<Promise<void>> = []
      for (const o of ops) {
        if (o.t === 'append') {
          pending.push(log.append(updates(next, next += o.n, ydoc)))
        } else if (o.t === 'compact') {
          pending.push(log.compact(Y.encodeStateAsUpdate(ydoc)))
        } else {
          await Promise.all(pending)
          pending = []
          await reopen()
          log = new DocLog(storage, name)
        }
      }
      await Promise.all(pending)
      expect(keys(rebuild(await log.load()))).toEqual(range(0, next))
    }), { numRuns: 30 })
  })

  it('rewrites the file once superseded records outweigh live ones, keeping every live value', async () => {
    await storage.close()
    storage = await FsStorage.open(dir, { rewriteBytes: 64 * 1024 })
    const log = new DocLog(storage, 'doc')
    const ydoc = new Y.Doc()
    for (let i = 0; i < 20; i++) await log.append(updates(i * 100, (i + 1) * 100, ydoc))
    await storage.save(['other'], bytes(1, 2, 3))
    await log.compact(Y.encodeStateAsUpdate(ydoc))
    for (let i = 0; i < 200; i++) await storage.save(['churn'], new Uint8Array(1024).fill(i))
    await storage.load(['other']) // waits for the rewrite queued behind the writes
    // 200 KiB were written; without rewrites the file would hold them all.
    expect((await stat(file())).size).toBeLessThan(100 * 1024)
    await reopen()
    expect(keys(rebuild(await new DocLog(storage, 'doc').load()))).toEqual(range(0, 2000))
    expect(await storage.load(['other'])).toEqual(bytes(1, 2, 3))
    expect((await storage.load(['churn']))![0]).toBe(199)
  })

  describe('torn tail', () => {
    beforeEach(async () => {
      for (let i = 0; i < 10; i++) await storage.save(['k', String(i).padStart(2, '0')], bytes(i))
      await storage.close()
    })
    const good = async (n = 10): Promise<void> => {
      expect((await storage.loadRange(['k'])).map(e => e.data[0])).toEqual(range(0, n))
    }

    for (const [what, garbage] of [
      ['half a record', (() => { const b = Buffer.alloc(8 + 40); b.writeUInt32LE(100, 0); return b })()],
      ['a partial header', Buffer.from([1, 2, 3])],
      ['a record with a bad crc', (() => { const b = Buffer.alloc(8 + 4); b.writeUInt32LE(4, 0); b.writeUInt32LE(12345, 4); return b })()]
    ] as const) {
      it(`drops ${what} and appends behind the good records`, async () => {
        const size = (await stat(file())).size
        await appendFile(file(), garbage)
        storage = await FsStorage.open(dir)
        await good()
        expect((await stat(file())).size).toBe(size) // cut before anything is appended
        await storage.save(['k', '10'], bytes(10))
        await reopen()
        await good(11)
      })
    }

    it('stops at a corrupted record in the middle', async () => {
      const buf = await readFile(file())
      buf[buf.length - 1]! ^= 0xff // last record's value
      await writeFile(file(), buf)
      storage = await FsStorage.open(dir)
      await good(9)
    })
  })

  it('ignores a leftover temp file of an interrupted rewrite', async () => {
    await storage.save(['a'], bytes(1))
    await writeFile(join(dir, 'kv-1.log.tmp'), 'garbage')
    await reopen()
    expect(await storage.load(['a'])).toEqual(bytes(1))
    expect(await readdir(dir)).toEqual(['kv-1.log'])
  })

  it('a failed write rejects with StorageError and is cut back, so later writes are readable', async () => {
    await storage.save(['a'], bytes(1))
    const size = (await stat(file())).size
    const fh = await open(join(dir, 'probe'), 'w')
    const proto = Object.getPrototypeOf(fh) as { datasync: () => Promise<void> }
    await fh.close()
    await rm(join(dir, 'probe'))
    const spy = vi.spyOn(proto, 'datasync').mockRejectedValueOnce(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }))
    try {
      const err = await storage.save(['b'], bytes(2)).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(StorageError)
      expect((err as StorageError).code).toBe('ERR_STORAGE')
    } finally {
      spy.mockRestore()
    }
    expect((await stat(file())).size).toBe(size)
    expect(await storage.load(['b'])).toBeUndefined()
    await storage.save(['c'], bytes(3))
    await reopen()
    expect((await storage.loadRange([])).map(e => e.key)).toEqual([['a'], ['c']])
  })

  it('reports file system failures as StorageError', async () => {
    const plain = join(dir, 'a-file')
    await writeFile(plain, '')
    const err = await FsStorage.open(plain).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(StorageError)
    expect((err as StorageError).code).toBe('ERR_STORAGE')
    // A record this release cannot read (a newer format) is refused, not skipped.
    await storage.close()
    const b = Buffer.alloc(8 + 5); b[8] = 9
    const { crc32 } = await import('node:zlib')
    b.writeUInt32LE(5, 0); b.writeUInt32LE(crc32(b.subarray(8)), 4)
    await appendFile(file(), b)
    await expect(FsStorage.open(dir)).rejects.toBeInstanceOf(StorageError)
    await writeFile(file(), '')
    storage = await FsStorage.open(dir)
  })
})
