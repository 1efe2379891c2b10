import { InvalidMessageError } from '../errors.js'
import { applyChange, diffRecords, emptyReplica, joinRecords, newerThan, type Records, type ReplicaChange, type ReplicaState, type SplitState } from './replica.js'
import type { ChangeBase } from './replica-store.js'

/** Where the copy is persisted (VoterStore). */
export interface ReplicaPersistence {
  loadState: () => Promise<ReplicaState>
  saveState: (next: ReplicaState, change?: { base: ChangeBase, change: ReplicaChange }) => Promise<void>
}

/** A state as a vote grant carries it: whole, not yet split into records. */
export interface WholeState { epoch: number, version: number, whole: Uint8Array }

/**
 * This peer's copy of the replicated state, and the rules for changing it: as the leader
 * (the next version, from the layer above's records), as a voter (a leader's changes, or
 * its whole state), and as a new leader (the newest state a majority's votes carried).
 * Every change is persisted before the caller acknowledges it.
 */
export class ReplicaCopy {
  private current: ReplicaState = emptyReplica()
  /** The leader whose lease (or this peer, as leader) wrote `current`, in its epoch: only its changes apply onto it. */
  private from: string | undefined
  /**
   * `current.records` is a map this copy made and nobody else holds: a change applies to
   * it in place. Copying every record for every change was, with 20,000 queued tasks,
   * ~35 ms a commit on each voter. So a state's records are the copy's as of now: what
   * needs a version's records (its whole form, a save) takes them at once.
   */
  private owned = false
  private joined: { state: ReplicaState, bytes: Uint8Array<ArrayBuffer> } | undefined

  constructor (private readonly store: ReplicaPersistence, private readonly split: SplitState) {}

  get state (): ReplicaState { return this.current }

  /** The whole form, as a vote grant carries it (made once per version: it goes to several voters). */
  whole (): Uint8Array<ArrayBuffer> {
    if (this.joined?.state !== this.current) this.joined = { state: this.current, bytes: joinRecords(this.current.records) }
    return this.joined.bytes
  }

  /** The current version, whole. */
  wholeState (): WholeState {
    return { epoch: this.current.epoch, version: this.current.version, whole: this.whole() }
  }

  async load (): Promise<void> {
    this.current = await this.store.loadState()
    this.from = undefined
    this.owned = false
  }

  /** Leader `self` of `epoch`: `records` become the next version; returns it with the change from the one before. */
  async advance (self: string, epoch: number, records: Records): Promise<{ next: ReplicaState, base: ReplicaState, change: ReplicaChange }> {
    const base = this.current
    const next: ReplicaState = { epoch, version: base.version + 1, records }
    const change = diffRecords(base.records, records)
    this.current = next
    this.from = self
    this.owned = false // (the caller's map)
    await this.store.saveState(next, { base, change })
    return { next, base, change }
  }

  /** Leader `self` of `epoch`: the next version is this one with `change`; returns it as `advance` does. */
  async advanceBy (self: string, epoch: number, change: ReplicaChange): Promise<{ next: ReplicaState, base: ReplicaState, change: ReplicaChange }> {
    const base = this.current
    const next: ReplicaState = { epoch, version: base.version + 1, records: this.changed(change) }
    this.current = next
    this.from = self
    await this.store.saveState(next, { base, change })
    return { next, base, change }
  }

  /** The current records with `change`, in place when they are this copy's own. */
  private changed (change: ReplicaChange): Map<string, Uint8Array> {
    if (!this.owned) {
      this.owned = true
      return applyChange(this.current.records, change)
    }
    const records = this.current.records as Map<string, Uint8Array>
    for (const k of change.deletes) records.delete(k)
    for (const [k, v] of change.puts) records.set(k, v)
    return records
  }

  /**
   * Voter: applies `leader`'s changes from `baseVersion` to `version` of `epoch` if this
   * copy is exactly that base, from that leader; false if it is not (it restarted, or
   * missed a version), and the leader must send the whole state.
   */
  async applyChanges (leader: string, epoch: number, baseVersion: number, version: number, change: ReplicaChange): Promise<boolean> {
    const r = this.current
    const ours = this.from === leader && r.epoch === epoch
    if (ours && r.version >= version) return true // a retry of changes already applied
    if (!ours || r.version !== baseVersion || version <= baseVersion) return false
    const next: ReplicaState = { epoch, version, records: this.changed(change) }
    this.current = next
    await this.store.saveState(next, { base: r, change })
    return true
  }

  /** Voter: takes `leader`'s whole state if it is newer than this copy. */
  async takeWhole (leader: string, epoch: number, version: number, whole: Uint8Array): Promise<void> {
    const incoming = { epoch, version }
    const r = this.current
    // the same version from another leader (open mode: two leaders of one epoch), or from
    // this one before a restart: take it, so that this leader's changes apply from now on
    const replaces = newerThan(incoming, r) || (incoming.epoch === r.epoch && incoming.version === r.version && this.from !== leader)
    if (!replaces) return
    this.current = { ...incoming, records: this.splitWhole(whole) }
    this.owned = true
    this.from = leader
    await this.store.saveState(this.current)
  }

  /**
   * New leader: adopts the newest of the states its votes carried (this copy among them).
   * Throws InvalidMessageError, before anything changes, if that state does not decode.
   */
  adoptNewest (granted: WholeState[]): ReplicaState {
    let newest: ReplicaState | WholeState = this.current
    for (const g of granted) if (newerThan(g, newest)) newest = g
    if ('whole' in newest) {
      this.current = { epoch: newest.epoch, version: newest.version, records: this.splitWhole(newest.whole) }
      this.owned = true
      this.from = undefined
    }
    return this.current
  }

  private splitWhole (whole: Uint8Array): Map<string, Uint8Array> {
    try {
      return this.split(whole)
    } catch (err) {
      throw new InvalidMessageError('malformed', 'a replicated state that does not decode', { cause: err })
    }
  }
}
