import { mkdir, open, readFile, rename, rm, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { StorageError } from '../errors.js'
import type { Storage } from './storage.js'

/** Compaction steps at which a test can simulate a crash (see `FsStorageOptions.crashPoint`). */
export type CrashPoint = 'snapshot-written' | 'snapshot-renamed'

export interface FsStorageOptions {
  /**
   * Test hook, called at the two compaction steps where a crash is most interesting, so
   * a test process can kill itself exactly there. Never needed in production.
   */
  crashPoint?: (point: CrashPoint) => void
}

/** Record header: u32 LE payload length, u32 LE crc32 of the payload. */
const HEADER = 8

interface Batch { chunks: Buffer[], done?: Promise<void> }

interface DocState {
  readonly dir: string
  log?: FileHandle
  /** Size of the log file's good prefix: what `logBytes` reports and where a failed write is cut back to. */
  logBytes: number
  /** Whether the log's torn tail (if any) has been cut since this process opened it. */
  recovered: boolean
  /** Appends queued behind the running operation; later appends join it (group commit). */
  batch?: Batch
  /** Set when a failed write could not be undone: appending behind garbage would lose data. */
  failed?: Error
}

/**
 * Node storage: one folder per document with a `snapshot` and an append-only `log` of
 * CRC-checked records; metadata as one small file per key. See storage.ts for the
 * durability contract.
 *
 * Limitations: one FsStorage per directory (no inter-process lock); names that differ
 * only in letter case collide on case-insensitive file systems; encoded names must fit
 * the file system's name length limit (255 bytes on most).
 */
export class FsStorage implements Storage {
  readonly durable = true
  private readonly docs = new Map<string, DocState>()
  /** Per-key promise chains (docs and meta keys): operations on one key run in call order. */
  private readonly chains = new Map<string, Promise<void>>()
  private closed = false

  private constructor (readonly dir: string, private readonly options: FsStorageOptions) {}

  static async open (dir: string, options: FsStorageOptions = {}): Promise<FsStorage> {
    try {
      await mkdir(join(dir, 'docs'), { recursive: true })
      await mkdir(join(dir, 'meta'), { recursive: true })
      await fsyncDir(dir)
    } catch (err) {
      throw new StorageError(`cannot open storage at ${dir}: ${(err as Error).message}`, { cause: err })
    }
    return new FsStorage(dir, options)
  }

  async loadDoc (name: string): Promise<Uint8Array[]> {
    const doc = this.doc(name)
    return await this.docOp(name, 'load', async () => {
      const snap = await readOptional(join(doc.dir, 'snapshot'))
      const out: Uint8Array[] = []
      if (snap !== undefined) {
        const { records, end } = parseRecords(snap)
        // The snapshot is renamed into place whole, so damage here is not a torn write we may skip.
        if (records.length !== 1 || end !== snap.length) throw new StorageError(`corrupt snapshot for document ${name}`)
        out.push(records[0]!)
      }
      out.push(...await this.readLog(doc))
      return out
    })
  }

  async appendDoc (name: string, updates: Uint8Array[]): Promise<void> {
    const doc = this.doc(name)
    if (doc.batch === undefined) {
      const batch: Batch = { chunks: [] }
      batch.done = this.docOp(name, 'append to', () => this.writeBatch(doc, batch))
      doc.batch = batch // after docOp, which clears it
    }
    for (const u of updates) doc.batch.chunks.push(frame(u))
    return await doc.batch.done!
  }

  async compactDoc (name: string, state: Uint8Array): Promise<void> {
    const doc = this.doc(name)
    return await this.docOp(name, 'compact', async () => {
      const log = await this.logHandle(doc)
      const snap = join(doc.dir, 'snapshot')
      await writeSynced(snap + '.tmp', frame(state))
      this.options.crashPoint?.('snapshot-written')
      // Until the rename is durable the old snapshot + log are what a restart sees.
      await rename(snap + '.tmp', snap)
      await fsyncDir(doc.dir)
      this.options.crashPoint?.('snapshot-renamed')
      // Only now is the log redundant: a crash before this point replays it on top of the
      // new snapshot, which merely applies updates twice.
      await log.truncate(0)
      await log.sync()
      doc.logBytes = 0
      doc.recovered = true // an empty log has no torn tail
    })
  }

  logBytes (name: string): number {
    return this.docs.get(name)?.logBytes ?? 0
  }

  async getMeta (key: string): Promise<Uint8Array | undefined> {
    const file = join(this.dir, 'meta', fileName(key))
    return await this.serial('meta:' + key, `read meta ${key}`, () => readOptional(file))
  }

  async putMeta (key: string, value: Uint8Array): Promise<void> {
    const file = fileName(key)
    const metaDir = join(this.dir, 'meta')
    // Encoded names never start with '.', so the temp file cannot clash with another key.
    const tmp = join(metaDir, `.${file}.tmp`)
    return await this.serial('meta:' + key, `write meta ${key}`, async () => {
      await writeSynced(tmp, value)
      await rename(tmp, join(metaDir, file))
      await fsyncDir(metaDir)
    })
  }

  async close (): Promise<void> {
    if (this.closed) return
    this.closed = true
    while (this.chains.size > 0) await Promise.all(this.chains.values())
    for (const doc of this.docs.values()) await doc.log?.close()
    this.docs.clear()
  }

  private doc (name: string): DocState {
    let doc = this.docs.get(name)
    if (doc === undefined) {
      doc = { dir: join(this.dir, 'docs', fileName(name)), logBytes: 0, recovered: false }
      this.docs.set(name, doc)
    }
    return doc
  }

  private async docOp<T> (name: string, what: string, op: () => Promise<T>): Promise<T> {
    const doc = this.doc(name)
    // An append issued after this operation must not join a batch queued before it.
    doc.batch = undefined
    return await this.serial('doc:' + name, `${what} document ${name}`, async () => {
      if (doc.failed !== undefined) throw doc.failed
      return await op()
    })
  }

  /** Runs `op` after every earlier operation on `key`, wrapping failures in StorageError. */
  private serial<T> (key: string, what: string, op: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new StorageError(`cannot ${what}: storage is closed`))
    const run = (this.chains.get(key) ?? Promise.resolve()).then(op).catch((err: unknown) => {
      if (err instanceof StorageError) throw err
      throw new StorageError(`cannot ${what}: ${(err as Error).message}`, { cause: err })
    })
    const tail = run.then(noop, noop)
    this.chains.set(key, tail)
    void tail.then(() => { if (this.chains.get(key) === tail) this.chains.delete(key) })
    return run
  }

  private async writeBatch (doc: DocState, batch: Batch): Promise<void> {
    // From now on new appends form the next batch, written after this one's fsync.
    if (doc.batch === batch) doc.batch = undefined
    if (!doc.recovered) await this.readLog(doc)
    const buf = Buffer.concat(batch.chunks)
    if (buf.length === 0) return // appendDoc(name, []): only waits for earlier operations
    const log = await this.logHandle(doc)
    try {
      for (let off = 0; off < buf.length;) off += (await log.write(buf, off)).bytesWritten
      await log.datasync()
    } catch (err) {
      // A half-written batch would end the readable log on reload, hiding every later append.
      try {
        await log.truncate(doc.logBytes)
        await log.sync()
      } catch {
        doc.failed = new StorageError(`log of ${doc.dir} is damaged after a failed write`, { cause: err })
      }
      throw err
    }
    doc.logBytes += buf.length
  }

  /** Reads the log's good records and cuts off a torn or corrupt tail before anything is appended behind it. */
  private async readLog (doc: DocState): Promise<Uint8Array[]> {
    const buf = await readOptional(join(doc.dir, 'log'))
    if (!doc.recovered) await rm(join(doc.dir, 'snapshot.tmp'), { force: true }) // left by a crashed compaction
    const { records, end } = parseRecords(buf ?? Buffer.alloc(0))
    if (buf !== undefined && end < buf.length) {
      const log = await this.logHandle(doc)
      await log.truncate(end)
      await log.sync()
    }
    doc.logBytes = end
    doc.recovered = true
    return records
  }

  private async logHandle (doc: DocState): Promise<FileHandle> {
    if (doc.log !== undefined) return doc.log
    // A new folder or file is only durable once its parent directory is fsynced.
    if (await mkdir(doc.dir, { recursive: true }) !== undefined) await fsyncDir(join(this.dir, 'docs'))
    // O_APPEND: every write lands at the current end, also after a truncate.
    doc.log = await open(join(doc.dir, 'log'), 'a')
    await fsyncDir(doc.dir)
    return doc.log
  }
}

function noop (): void {}

function frame (bytes: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(HEADER + bytes.length)
  out.writeUInt32LE(bytes.length, 0)
  out.writeUInt32LE(crc32(bytes), 4)
  out.set(bytes, HEADER)
  return out
}

/** Records up to the first torn (short) or corrupt one; `end` is the offset just past the last good record. */
function parseRecords (buf: Buffer): { records: Uint8Array[], end: number } {
  const records: Uint8Array[] = []
  let off = 0
  while (off + HEADER <= buf.length) {
    const start = off + HEADER
    const len = buf.readUInt32LE(off)
    if (len > buf.length - start) break
    const bytes = buf.subarray(start, start + len)
    if (crc32(bytes) !== buf.readUInt32LE(off + 4)) break
    records.push(bytes)
    off = start + len
  }
  return { records, end: off }
}

/**
 * encodeURIComponent leaves '.' alone; escaping a leading dot keeps '.' and '..' from
 * escaping the folder and keeps names apart from our dot-prefixed temp files.
 */
function fileName (name: string): string {
  if (name === '') throw new StorageError('empty document or meta names are not supported')
  const enc = encodeURIComponent(name)
  return enc.startsWith('.') ? '%2E' + enc.slice(1) : enc
}

async function readOptional (path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw err
  }
}

async function writeSynced (path: string, data: Uint8Array): Promise<void> {
  const fh = await open(path, 'w')
  try {
    await fh.writeFile(data)
    await fh.sync()
  } finally {
    await fh.close()
  }
}

/** Makes renames and newly created entries in `dir` durable. Windows cannot open directories; NTFS journals them. */
async function fsyncDir (dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const fh = await open(dir, 'r')
  try {
    await fh.sync()
  } finally {
    await fh.close()
  }
}
