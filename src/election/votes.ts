import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { StorageError } from '../errors.js'
import type { Storage } from '../store/storage.js'

/** The vote a voter cast last; persisted before the grant is sent, so a restart cannot vote twice in one epoch. */
export interface Vote { epoch: number, candidate: string }

/** A copy of the leader's replicated state, ordered by (epoch, version). */
export interface ReplicaState { epoch: number, version: number, bytes: Uint8Array }

/**
 * Record keys and encodings (store/schema.ts lists the whole layout). Version 1:
 *   vote:  u8 1, varuint epoch, varstring candidate
 *   state: u8 1, varuint epoch, varuint version, then the state's bytes
 * Version 0 (before the key/value port) kept JSON and float64 records under other keys;
 * they are read while no version 1 record exists, and removed by the first save.
 */
const VOTE_KEY = ['election', 'vote']
const STATE_KEY = ['election', 'state']
const V0_VOTE_KEY = ['meta', 'election/vote']
const V0_STATE_KEY = ['meta', 'election/state']
const RECORD_VERSION = 1

export function newerThan (a: ReplicaState, b: ReplicaState): boolean {
  return a.epoch !== b.epoch ? a.epoch > b.epoch : a.version > b.version
}

/** Voter state that must survive a restart when storage is durable. */
export class VoterStore {
  private v0VoteRemoved = false
  private v0StateRemoved = false

  constructor (private readonly storage: Storage) {}

  /** false when votes do not survive a restart (memory storage). */
  get durable (): boolean { return this.storage.durable }

  async loadVote (): Promise<Vote> {
    const raw = await this.storage.load(VOTE_KEY)
    if (raw !== undefined) return decodeVote(raw)
    const v0 = await this.storage.load(V0_VOTE_KEY)
    if (v0 === undefined) return { epoch: 0, candidate: '' }
    return JSON.parse(new TextDecoder().decode(v0)) as Vote
  }

  async saveVote (vote: Vote): Promise<void> {
    const enc = encoding.createEncoder()
    encoding.writeUint8(enc, RECORD_VERSION)
    encoding.writeVarUint(enc, vote.epoch)
    encoding.writeVarString(enc, vote.candidate)
    await this.storage.save(VOTE_KEY, encoding.toUint8Array(enc))
    // Only once the new record is durable may the old one go.
    if (!this.v0VoteRemoved) await this.storage.remove(V0_VOTE_KEY)
    this.v0VoteRemoved = true
  }

  async loadState (): Promise<ReplicaState> {
    const raw = await this.storage.load(STATE_KEY)
    if (raw !== undefined) return decodeState(raw)
    const v0 = await this.storage.load(V0_STATE_KEY)
    if (v0 === undefined || v0.byteLength < 16) return { epoch: 0, version: 0, bytes: new Uint8Array(0) }
    const view = new DataView(v0.buffer, v0.byteOffset, v0.byteLength)
    return { epoch: view.getFloat64(0), version: view.getFloat64(8), bytes: v0.slice(16) }
  }

  async saveState (state: ReplicaState): Promise<void> {
    const enc = encoding.createEncoder()
    encoding.writeUint8(enc, RECORD_VERSION)
    encoding.writeVarUint(enc, state.epoch)
    encoding.writeVarUint(enc, state.version)
    encoding.writeUint8Array(enc, state.bytes)
    await this.storage.save(STATE_KEY, encoding.toUint8Array(enc))
    if (!this.v0StateRemoved) await this.storage.remove(V0_STATE_KEY)
    this.v0StateRemoved = true
  }
}

function decodeVote (raw: Uint8Array): Vote {
  return decodeRecord('vote', raw, dec => ({ epoch: decoding.readVarUint(dec), candidate: decoding.readVarString(dec) }))
}

function decodeState (raw: Uint8Array): ReplicaState {
  return decodeRecord('replicated state', raw, dec => ({
    epoch: decoding.readVarUint(dec),
    version: decoding.readVarUint(dec),
    bytes: decoding.readTailAsUint8Array(dec).slice()
  }))
}

function decodeRecord<T> (what: string, raw: Uint8Array, read: (dec: decoding.Decoder) => T): T {
  const version = raw[0]
  if (version !== RECORD_VERSION) throw new StorageError(`stored ${what} has record version ${String(version)}; this release reads ${RECORD_VERSION}`)
  try {
    const dec = decoding.createDecoder(raw.subarray(1))
    return read(dec)
  } catch (err) {
    throw new StorageError(`stored ${what} is corrupt`, { cause: err })
  }
}
