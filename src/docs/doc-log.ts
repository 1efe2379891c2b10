import * as decoding from 'lib0/decoding'
import * as varint from 'uint8-varint'
import { lengthPrefixed } from '../net/length-prefixed.js'
import { InvalidArgumentError, StorageError } from '../errors.js'
import type { Storage, StorageEntry } from '../store/storage.js'

/** Compaction steps at which a test can simulate a crash (see `DocLogOptions.crashPoint`). */
export type DocLogCrashPoint = 'snapshot-saved'

export interface DocLogOptions {
  /** Test hook: called after a compaction's snapshot is durable, before the log entries it contains are removed. */
  crashPoint?: (point: DocLogCrashPoint) => void
}

interface Batch { updates: Uint8Array[], done?: Promise<void> }

/** Log keys sort in append order: 16 digits hold any safe integer. */
const SEQ_DIGITS = 16
/** First byte of a log entry: its encoding (u8 1, varuint count, then each update as varUint8Array). */
const BATCH_FORMAT = 1

/**
 * The stored form of one Yjs document over a key/value Storage (layout in store/schema.ts):
 * a snapshot plus a log of update batches, one key each.
 *
 * - append: the updates of one batch are saved together under the next log key; appends
 *   issued while a write is in flight form the next batch (group commit). They are listed,
 *   not merged: Y.mergeUpdates of thousands of small updates costs more than the write.
 * - compact: saves the snapshot, then removes the log entries; the caller's state must
 *   contain every update appended before the call. A crash between the two steps leaves
 *   the snapshot and entries it already contains: applying a Yjs update twice is a no-op,
 *   so nothing acknowledged is lost and nothing is wrong.
 * - Operations run in call order, also when issued without awaiting.
 *
 * One DocLog per document and Storage at a time (a peer opens each document once).
 */
export class DocLog {
  private chain: Promise<void> = Promise.resolve()
  private batch: Batch | undefined
  /** Next log sequence number and log size: known once the stored entries have been read. */
  private nextSeq = 0
  private bytes = 0
  private scanned = false
  /** Keys of the layout before versioning are there (['doc', name, 'snap' | 'log', …]), for compact() to remove. */
  private hasV0 = false

  constructor (private readonly storage: Storage, readonly name: string, private readonly options: DocLogOptions = {}) {
    if (typeof name !== 'string' || name === '') throw new InvalidArgumentError('a document name must be a non-empty string')
  }

  /** Bytes in the log since the last compaction, to decide when to compact (0 until the first operation). */
  get logBytes (): number {
    return this.bytes
  }

  /** Every stored update, the snapshot first. Applying them in any order rebuilds the document. */
  async load (): Promise<Uint8Array[]> {
    return await this.serial(async () => {
      const entries = await this.scan()
      const out = entries.filter(e => isSnapshot(e)).map(e => e.data)
      for (const e of entries) {
        if (e.key[2] === 'updates') out.push(...decodeBatch(e))
        else if (e.key[2] === 'log') out.push(e.data) // version 0: one update per entry
      }
      return out
    })
  }

  /**
   * Appends updates; resolves once they are durable. The caller hands the arrays over: it
   * must not change them (Yjs's updates nobody changes; a copy of each was an allocation
   * per update and replica, the store path's biggest).
   */
  append (updates: Uint8Array[]): Promise<void> {
    if (this.batch === undefined) {
      const batch: Batch = { updates: [] }
      batch.done = this.serial(() => this.writeBatch(batch))
      this.batch = batch // after serial(), which clears it
    }
    for (const u of updates) this.batch.updates.push(u)
    return this.batch.done!
  }

  /** Replaces everything stored by `state`, which must contain every update appended before this call. */
  async compact (state: Uint8Array): Promise<void> {
    return await this.serial(async () => {
      if (!this.scanned) await this.scan() // learns whether version 0 keys are there to remove
      await this.storage.save(this.key('snapshot'), state)
      this.options.crashPoint?.('snapshot-saved')
      // Only now are the log entries redundant. Later appends wait behind this operation, so
      // every entry under the prefix is contained in the snapshot.
      await this.storage.removeRange(this.key('updates'))
      if (this.hasV0) {
        await this.storage.removeRange(this.key('log'))
        await this.storage.remove(this.key('snap'))
      }
      this.hasV0 = false
      this.bytes = 0
    })
  }

  private key (...rest: string[]): string[] {
    return ['doc', this.name, ...rest]
  }

  /** Runs `op` after every earlier operation on this document. */
  private serial<T> (op: () => Promise<T>): Promise<T> {
    this.batch = undefined // an append issued after this operation must not join an earlier batch
    const run = this.chain.then(op).catch((err: unknown) => {
      if (err instanceof StorageError || err instanceof InvalidArgumentError) throw err
      throw new StorageError(`document ${this.name}: ${(err as Error).message}`, { cause: err })
    })
    this.chain = run.then(noop, noop)
    return run
  }

  /**
   * Saves `batch` under the next log key. (Not async: written for every update a replica
   * stores, and an async function's frame and promise were most of what storing allocated.)
   */
  private writeBatch (batch: Batch): Promise<void> {
    if (this.batch === batch) this.batch = undefined // later appends form the next batch
    if (batch.updates.length === 0) return Promise.resolve() // append([]): only waits for earlier operations
    if (!this.scanned) return this.scan().then(() => this.writeBatch(batch))
    const entry = encodeBatch(batch.updates)
    const seq = this.nextSeq++ // never reused, even if this save fails
    return this.storage.save(this.key('updates', String(seq).padStart(SEQ_DIGITS, '0')), entry).then(() => { this.bytes += entry.byteLength })
  }

  /** Reads the stored entries and learns the next sequence number and the log's size. */
  private async scan (): Promise<StorageEntry[]> {
    const entries = await this.storage.loadRange(this.key())
    let last = -1
    let bytes = 0
    this.hasV0 = false
    for (const e of entries) {
      const kind = e.key[2]
      if (kind === 'updates') last = Math.max(last, Number(e.key[3]))
      if (kind === 'updates' || kind === 'log') bytes += e.data.byteLength
      if (kind === 'log' || kind === 'snap') this.hasV0 = true
    }
    if (Number.isNaN(last)) throw new StorageError(`document ${this.name}: a log key is not a sequence number`)
    this.nextSeq = Math.max(this.nextSeq, last + 1)
    this.bytes = bytes
    this.scanned = true
    return entries
  }
}

function isSnapshot (e: StorageEntry): boolean {
  return e.key.length === 3 && (e.key[2] === 'snapshot' || e.key[2] === 'snap')
}

/** A log entry of `updates`: BATCH_FORMAT, their count, each update after its length (as lib0's varints, which decodeBatch reads). */
function encodeBatch (updates: Uint8Array[]): Uint8Array {
  return lengthPrefixed(updates, Uint8Array.of(BATCH_FORMAT, ...varint.encode(updates.length)))
}

function decodeBatch (e: StorageEntry): Uint8Array[] {
  try {
    const dec = decoding.createDecoder(e.data)
    const format = decoding.readUint8(dec)
    if (format !== BATCH_FORMAT) throw new Error(`unknown log entry format ${format}`)
    const updates: Uint8Array[] = []
    for (let n = decoding.readVarUint(dec); n > 0; n--) updates.push(decoding.readVarUint8Array(dec))
    if (decoding.hasContent(dec)) throw new Error('trailing bytes')
    return updates
  } catch (err) {
    throw new StorageError(`corrupt log entry ${e.key.join('/')}: ${(err as Error).message}`, { cause: err })
  }
}

function noop (): void {}
