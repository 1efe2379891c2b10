import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { StorageError } from '../errors.js'
import { decodeRecord, encodeRecord } from '../store/versioned.js'
import { applyChange, changeSize, emptyReplica, joinRecords, type ReplicaChange, type ReplicaState, type SplitState } from './replica.js'
import type { Storage } from '../store/storage.js'

/** The version a change was made against: the state must be exactly this for the change to apply. */
export interface ChangeBase { epoch: number, version: number }

/**
 * Record keys and encodings (store/schema.ts lists the whole layout):
 *   ['election', 'state']               u8 1, varuint epoch, varuint version, the whole state
 *   ['election', 'changes', version]    u8 1, varuint epoch, varuint base version, varuint
 *                                       version, varuint n, n × (varstring key, varUint8Array
 *                                       value), varuint m, m × varstring deleted key
 * The version in a change's key is 16 zero-padded digits, so changes load in order.
 * Version 0 (before the key/value port) kept a float64 record under another key; it is read
 * while no version 1 record exists, and removed by the first save.
 */
const STATE_KEY = ['election', 'state']
const CHANGES = ['election', 'changes']
const V0_STATE_KEY = ['meta', 'election/state']
const VERSION_DIGITS = 16
/**
 * The log is folded into a new whole state once it outweighs the last one this many times
 * (and MIN_COMPACT_BYTES). Each fold writes the whole state: folding at 1× wrote as many
 * bytes of whole states as of changes, and with a queue of 10,000–20,000 tasks those folds
 * were 11–12 % of a busy voter's CPU (perf, bench/queue-repeat.ts). At 4× a fold costs a
 * quarter as much per change; a load replays at most four states' worth of changes.
 */
const FOLD_RATIO = 4
const MIN_COMPACT_BYTES = 64 * 1024

/**
 * A voter's copy of the replicated state on disk: the last whole state plus the changes
 * applied since, one key each (a change is one atomic save, so a crash keeps whole changes
 * only). Loading applies the changes that chain onto the whole state — same epoch, each
 * made against the version before it — and ignores any other (left by a crash during a
 * compaction, or from an older chain). Saves run in call order (the Storage contract).
 */
export class ReplicaStore {
  /** What the stored records add up to, once loaded or saved: a change applies only onto it. */
  private written: ChangeBase | undefined
  private wholeBytes = 0
  private logBytes = 0
  private v0Removed = false

  constructor (private readonly storage: Storage, private readonly split: SplitState) {}

  async load (): Promise<ReplicaState> {
    const whole = await this.loadWhole()
    let state: ReplicaState = { ...emptyReplica(), epoch: whole.epoch, version: whole.version }
    if (whole.byteLength > 0) {
      try {
        state = { ...state, records: this.split(whole.bytes) }
      } catch (err) {
        throw new StorageError('stored replicated state does not decode', { cause: err })
      }
    }
    this.wholeBytes = whole.byteLength
    this.logBytes = 0
    let chained = true
    for (const entry of await this.storage.loadRange(CHANGES)) {
      const c = decodeChange(entry.data)
      if (c.epoch !== state.epoch || c.base !== state.version || c.version <= c.base) { chained = false; continue }
      state = { epoch: c.epoch, version: c.version, records: applyChange(state.records, c.change) }
      this.logBytes += entry.data.byteLength
    }
    // entries that do not chain are stale: the next save writes a whole state, which clears them
    this.written = chained ? { epoch: state.epoch, version: state.version } : undefined
    return state
  }

  /**
   * Stores `next`: as its `change` from `base` when the stored state is exactly `base`
   * (the usual case: one commit after another), else whole.
   */
  async save (next: ReplicaState, change?: { base: ChangeBase, change: ReplicaChange }): Promise<void> {
    const w = this.written
    const chains = change != null && w != null && w.epoch === change.base.epoch && w.version === change.base.version && next.epoch === w.epoch
    this.written = { epoch: next.epoch, version: next.version }
    try {
      if (chains && this.logBytes + changeSize(change.change) <= Math.max(FOLD_RATIO * this.wholeBytes, MIN_COMPACT_BYTES)) {
        const bytes = encodeChange(next, change.base.version, change.change)
        this.logBytes += bytes.byteLength
        await this.storage.save([...CHANGES, String(next.version).padStart(VERSION_DIGITS, '0')], bytes)
      } else {
        await this.saveWhole(next)
      }
    } catch (err) {
      // what is stored is unknown now: a later change must not chain onto a gap
      this.written = undefined
      throw err
    }
  }

  private async saveWhole (next: ReplicaState): Promise<void> {
    const whole = joinRecords(next.records)
    this.wholeBytes = whole.byteLength
    this.logBytes = 0
    const record = encodeRecord(enc => {
      encoding.writeVarUint(enc, next.epoch)
      encoding.writeVarUint(enc, next.version)
      encoding.writeUint8Array(enc, whole)
    })
    // Both calls are issued now, in this order: a change saved after them survives the removal.
    const saved = this.storage.save(STATE_KEY, record)
    const cleared = this.storage.removeRange(CHANGES)
    await Promise.all([saved, cleared])
    // Only once the new record is durable may the old one go.
    if (!this.v0Removed) await this.storage.remove(V0_STATE_KEY)
    this.v0Removed = true
  }

  private async loadWhole (): Promise<{ epoch: number, version: number, bytes: Uint8Array, byteLength: number }> {
    const raw = await this.storage.load(STATE_KEY)
    if (raw !== undefined) {
      const s = decodeRecord('replicated state', raw, dec => ({ epoch: decoding.readVarUint(dec), version: decoding.readVarUint(dec), bytes: decoding.readTailAsUint8Array(dec).slice() }))
      return { ...s, byteLength: s.bytes.byteLength }
    }
    const v0 = await this.storage.load(V0_STATE_KEY)
    if (v0 === undefined || v0.byteLength < 16) return { epoch: 0, version: 0, bytes: new Uint8Array(0), byteLength: 0 }
    const view = new DataView(v0.buffer, v0.byteOffset, v0.byteLength)
    const bytes = v0.slice(16)
    return { epoch: view.getFloat64(0), version: view.getFloat64(8), bytes, byteLength: bytes.byteLength }
  }
}

function encodeChange (next: ReplicaState, base: number, change: ReplicaChange): Uint8Array {
  return encodeRecord(enc => {
    encoding.writeVarUint(enc, next.epoch)
    encoding.writeVarUint(enc, base)
    encoding.writeVarUint(enc, next.version)
    encoding.writeVarUint(enc, change.puts.length)
    for (const [k, v] of change.puts) { encoding.writeVarString(enc, k); encoding.writeVarUint8Array(enc, v) }
    encoding.writeVarUint(enc, change.deletes.length)
    for (const k of change.deletes) encoding.writeVarString(enc, k)
  })
}

function decodeChange (raw: Uint8Array): { epoch: number, base: number, version: number, change: ReplicaChange } {
  return decodeRecord('replicated change', raw, dec => {
    const epoch = decoding.readVarUint(dec)
    const base = decoding.readVarUint(dec)
    const version = decoding.readVarUint(dec)
    const puts: Array<[string, Uint8Array]> = []
    for (let n = decoding.readVarUint(dec); n > 0; n--) puts.push([decoding.readVarString(dec), decoding.readVarUint8Array(dec).slice()])
    const deletes: string[] = []
    for (let n = decoding.readVarUint(dec); n > 0; n--) deletes.push(decoding.readVarString(dec))
    return { epoch, base, version, change: { puts, deletes } }
  })
}
