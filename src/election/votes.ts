import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { ReplicaStore, type ChangeBase } from './replica-store.js'
import { decodeRecord, encodeRecord } from '../store/versioned.js'
import type { ReplicaChange, ReplicaState, SplitState } from './replica.js'
import type { Storage } from '../store/storage.js'

/** The vote a voter cast last; persisted before the grant is sent, so a restart cannot vote twice in one epoch. */
export interface Vote { epoch: number, candidate: string }

/**
 * Record keys and encodings (store/schema.ts lists the whole layout). Version 1:
 *   vote:  u8 1, varuint epoch, varstring candidate
 * Version 0 (before the key/value port) kept JSON under another key; it is read while no
 * version 1 record exists, and removed by the first save. The replicated state's records
 * are replica-store.ts's.
 */
const VOTE_KEY = ['election', 'vote']
const V0_VOTE_KEY = ['meta', 'election/vote']

/** Voter state that must survive a restart when storage is durable: its last vote and its copy of the replicated state. */
export class VoterStore {
  private v0VoteRemoved = false
  private readonly replica: ReplicaStore

  constructor (private readonly storage: Storage, split: SplitState) {
    this.replica = new ReplicaStore(storage, split)
  }

  /** false when votes do not survive a restart (memory storage). */
  get durable (): boolean { return this.storage.durable }

  async loadVote (): Promise<Vote> {
    const raw = await this.storage.load(VOTE_KEY)
    if (raw !== undefined) return decodeRecord('vote', raw, dec => ({ epoch: decoding.readVarUint(dec), candidate: decoding.readVarString(dec) }))
    const v0 = await this.storage.load(V0_VOTE_KEY)
    if (v0 === undefined) return { epoch: 0, candidate: '' }
    return JSON.parse(new TextDecoder().decode(v0)) as Vote
  }

  async saveVote (vote: Vote): Promise<void> {
    await this.storage.save(VOTE_KEY, encodeRecord(enc => {
      encoding.writeVarUint(enc, vote.epoch)
      encoding.writeVarString(enc, vote.candidate)
    }))
    // Only once the new record is durable may the old one go.
    if (!this.v0VoteRemoved) await this.storage.remove(V0_VOTE_KEY)
    this.v0VoteRemoved = true
  }

  async loadState (): Promise<ReplicaState> {
    return await this.replica.load()
  }

  /**
   * Stores `next`, as `change` from `base` when that is what is stored (see ReplicaStore).
   * Not on storage that does not survive a restart: nothing reads it back (a restarted
   * process opens a new memory store), and encoding every commit's change for it was a
   * quarter of a follower's CPU under a busy work queue (scenario 15's voters run in memory).
   */
  async saveState (next: ReplicaState, change?: { base: ChangeBase, change: ReplicaChange }): Promise<void> {
    if (!this.durable) return
    await this.replica.save(next, change)
  }
}
