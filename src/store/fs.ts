import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { StorageError } from '../errors.js'
import { fsyncDir, readOptional, writeSynced } from './fs-files.js'
import { importV0 } from './fs-v0.js'
import { checkData, checkKey, checkPrefix, compareKeys, hasPrefix, keyId } from './keys.js'
import { HEADER, frame, parseRecords } from './records.js'
import type { Storage, StorageEntry, StorageKey } from './storage.js'

/** Steps of a rewrite at which a test can simulate a crash (see `FsStorageOptions.crashPoint`). */
export type CrashPoint = 'rewrite-written' | 'rewrite-renamed'

/** Options of `FsStorage.open`. */
export interface FsStorageOptions {
  /**
   * Test hook called at the rewrite's two interesting steps, so a test process can kill itself there.
   *
   * @internal
   */
  crashPoint?: (point: CrashPoint) => void
  /** Rewrite the file once superseded records take more than this many bytes (and more than the live ones). Default 1 MiB. */
  rewriteBytes?: number
}

/** The file's name carries its format version. */
const FILE = 'kv-1.log'
const TMP = FILE + '.tmp'

/** Record payload: u8 op, u32 LE key length, the key as JSON (UTF-8), then the value (save only). */
const SAVE = 1
const REMOVE = 2
const REMOVE_RANGE = 3
const KEY_AT = 5

/** Where a live value sits in the file. */
interface Slot { key: string[], offset: number, length: number, recordBytes: number }

interface Batch { records: Buffer[], done?: Promise<void> }

/**
 * Node storage: one append-only file of CRC-checked records (save, remove, remove range),
 * replayed into an index of keys → file offsets on open; values are read from the file.
 * A save is one appended record, so appends made at once share one write and one
 * fdatasync (group commit); a record is atomic because a torn or corrupt tail is cut off
 * on open. Once superseded records outweigh live ones the file is rewritten (temp file,
 * fsync, rename, directory fsync). See storage.ts for the contract.
 *
 * Why not a file per key: a new file costs a temp file, two fsyncs and a rename, which on
 * ext4 made an awaited append 5× slower than one record with one fdatasync.
 *
 * A directory in the layout before the key/value port (docs/ and meta/ folders) is
 * imported on open (fs-v0.ts). Limitation: one FsStorage per directory (no inter-process
 * lock).
 */
export class FsStorage implements Storage {
  readonly durable = true
  private readonly index = new Map<string, Slot>()
  private size = 0
  private liveBytes = 0
  private deadBytes = 0
  private chain: Promise<void> = Promise.resolve()
  private batch: Batch | undefined
  private closed = false
  /** Set when a failed write could not be undone: appending behind garbage would lose data. */
  private failed: Error | undefined

  private constructor (
    /** The directory it keeps its file in. */
    readonly dir: string,
    private file: FileHandle,
    private readonly options: FsStorageOptions
  ) {}

  /**
   * Opens (creating it if needed) the store in directory `dir`: replays its file, cuts a
   * torn tail, and imports a directory of the layout before the key/value port. Rejects
   * with StorageError if it cannot. Open a directory with one FsStorage at a time: nothing
   * enforces it (there is no inter-process lock).
   */
  static async open (dir: string, options: FsStorageOptions = {}): Promise<FsStorage> {
    let file: FileHandle | undefined
    try {
      await mkdir(dir, { recursive: true })
      await rm(join(dir, TMP), { force: true }) // left by a crashed rewrite
      const buf = await readOptional(join(dir, FILE)) ?? Buffer.alloc(0)
      file = await open(join(dir, FILE), 'a+')
      const storage = new FsStorage(dir, file, options)
      const end = storage.replay(buf)
      if (end < buf.length) { // a torn tail: cut it before anything is appended behind it
        await file.truncate(end)
        await file.sync()
      }
      await fsyncDir(dir)
      await importV0(dir, storage)
      return storage
    } catch (err) {
      await file?.close().catch(noop)
      if (err instanceof StorageError) throw err
      throw new StorageError(`cannot open storage at ${dir}: ${(err as Error).message}`, { cause: err })
    }
  }

  async load (key: StorageKey): Promise<Uint8Array | undefined> {
    const k = checkKey(key)
    return await this.serial(`load ${k.join('/')}`, async () => {
      const slot = this.index.get(keyId(k))
      return slot === undefined ? undefined : (await this.read([slot]))[0]
    })
  }

  async save (key: StorageKey, data: Uint8Array): Promise<void> {
    const k = checkKey(key)
    return await this.write(record(SAVE, k, checkData(data)))
  }

  async remove (key: StorageKey): Promise<void> {
    return await this.write(record(REMOVE, checkKey(key)))
  }

  async loadRange (prefix: StorageKey): Promise<StorageEntry[]> {
    const p = checkPrefix(prefix)
    return await this.serial(`load range ${p.join('/')}`, async () => {
      const slots = [...this.index.values()].filter(s => hasPrefix(s.key, p)).sort((a, b) => compareKeys(a.key, b.key))
      const values = await this.read(slots)
      return slots.map((s, i) => ({ key: [...s.key], data: values[i]! }))
    })
  }

  async removeRange (prefix: StorageKey): Promise<void> {
    return await this.write(record(REMOVE_RANGE, checkPrefix(prefix)))
  }

  async close (): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.chain
    await this.file.close()
  }

  /** Queues a record; records queued while a write is in flight go out together (group commit). */
  private async write (rec: Buffer): Promise<void> {
    if (this.closed) throw new StorageError('cannot write: storage is closed')
    if (this.batch === undefined) {
      const batch: Batch = { records: [] }
      batch.done = this.serial('write', () => this.writeBatch(batch))
      this.batch = batch // after serial(), which clears it
    }
    this.batch.records.push(rec)
    return await this.batch.done!
  }

  /** Runs `op` after every earlier operation, wrapping failures in StorageError. */
  private serial<T> (what: string, op: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new StorageError(`cannot ${what}: storage is closed`))
    this.batch = undefined // a write issued after this operation must not join an earlier batch
    const run = this.chain.then(async () => {
      if (this.failed !== undefined) throw this.failed
      return await op()
    }).catch((err: unknown) => {
      if (err instanceof StorageError) throw err
      throw new StorageError(`cannot ${what} in ${this.dir}: ${(err as Error).message}`, { cause: err })
    })
    this.chain = run.then(noop, noop)
    return run
  }

  private async writeBatch (batch: Batch): Promise<void> {
    if (this.batch === batch) this.batch = undefined // later writes form the next batch
    const buf = Buffer.concat(batch.records)
    try {
      for (let off = 0; off < buf.length;) off += (await this.file.write(buf, off)).bytesWritten
      await this.file.datasync()
    } catch (err) {
      // A half-written batch would end the readable file on reopen, hiding every later record.
      try {
        await this.file.truncate(this.size)
        await this.file.sync()
      } catch {
        this.failed = new StorageError(`${join(this.dir, FILE)} is damaged after a failed write`, { cause: err })
      }
      throw err
    }
    this.replay(buf, this.size)
    const limit = this.options.rewriteBytes ?? 1024 * 1024
    if (this.deadBytes > limit && this.deadBytes > this.liveBytes) void this.serial('rewrite', () => this.rewrite()).catch(noop)
  }

  /** Applies the good records of `buf` (found at file offset `base`) to the index; returns where they end. */
  private replay (buf: Buffer, base = 0): number {
    const { records, end } = parseRecords(buf)
    for (const { payload, offset } of records) {
      const op = payload[0]
      const keyLength = payload.length >= KEY_AT ? payload.readUInt32LE(1) : -1
      let key: string[]
      try {
        key = checkKey(JSON.parse(payload.toString('utf8', KEY_AT, KEY_AT + keyLength)), 'stored key', op === REMOVE_RANGE)
      } catch (err) {
        throw new StorageError(`unreadable record at offset ${base + offset} of ${join(this.dir, FILE)}`, { cause: err })
      }
      const recordBytes = HEADER + payload.length
      if (op === SAVE) {
        const at = base + offset + HEADER + KEY_AT + keyLength
        this.drop(keyId(key))
        this.index.set(keyId(key), { key, offset: at, length: payload.length - KEY_AT - keyLength, recordBytes })
        this.liveBytes += recordBytes
      } else if (op === REMOVE) {
        this.drop(keyId(key))
        this.deadBytes += recordBytes
      } else if (op === REMOVE_RANGE) {
        for (const [id, slot] of this.index) if (hasPrefix(slot.key, key)) this.drop(id)
        this.deadBytes += recordBytes
      } else {
        throw new StorageError(`unknown record type ${String(op)} at offset ${base + offset} of ${join(this.dir, FILE)}`)
      }
    }
    this.size = base + end
    return end
  }

  private drop (id: string): void {
    const old = this.index.get(id)
    if (old === undefined) return
    this.index.delete(id)
    this.liveBytes -= old.recordBytes
    this.deadBytes += old.recordBytes
  }

  /** Reads values, one read per run of neighbouring records. */
  private async read (slots: Slot[]): Promise<Uint8Array[]> {
    const out = new Array<Uint8Array>(slots.length)
    const order = slots.map((s, i) => i).sort((a, b) => slots[a]!.offset - slots[b]!.offset)
    for (let i = 0; i < order.length;) {
      let j = i + 1
      let end = slots[order[i]!]!.offset + slots[order[i]!]!.length
      while (j < order.length && slots[order[j]!]!.offset - end <= 64 * 1024) {
        end = Math.max(end, slots[order[j]!]!.offset + slots[order[j]!]!.length)
        j++
      }
      const start = slots[order[i]!]!.offset
      const buf = new Uint8Array(end - start)
      for (let off = 0; off < buf.length;) {
        const { bytesRead } = await this.file.read(buf, off, buf.length - off, start + off)
        if (bytesRead === 0) throw new StorageError(`${join(this.dir, FILE)} is shorter than its index`)
        off += bytesRead
      }
      for (; i < j; i++) {
        const s = slots[order[i]!]!
        out[order[i]!] = buf.subarray(s.offset - start, s.offset - start + s.length)
      }
    }
    return out
  }

  /** Writes the live records to a new file and swaps it in: superseded records take no more room. */
  private async rewrite (): Promise<void> {
    const slots = [...this.index.values()].sort((a, b) => a.offset - b.offset)
    const values = await this.read(slots)
    const records = slots.map((s, i) => record(SAVE, s.key, values[i]!))
    const path = join(this.dir, FILE)
    await writeSynced(join(this.dir, TMP), Buffer.concat(records))
    this.options.crashPoint?.('rewrite-written')
    await this.file.close()
    try {
      await rename(join(this.dir, TMP), path)
      await fsyncDir(this.dir)
      this.options.crashPoint?.('rewrite-renamed')
    } finally {
      this.file = await open(path, 'a+')
    }
    this.index.clear()
    this.liveBytes = this.deadBytes = 0
    this.replay(Buffer.concat(records))
  }
}

function record (op: number, key: string[], data?: Uint8Array): Buffer {
  const keyBytes = Buffer.from(JSON.stringify(key), 'utf8')
  const head = Buffer.allocUnsafe(KEY_AT)
  head[0] = op
  head.writeUInt32LE(keyBytes.length, 1)
  return frame(data === undefined ? [head, keyBytes] : [head, keyBytes, data])
}

function noop (): void {}
