import type { Storage } from '../store/storage.js'

/** The vote a voter cast last; persisted before the grant is sent, so a restart cannot vote twice in one epoch. */
export interface Vote { epoch: number, candidate: string }

/** A copy of the leader's replicated state, ordered by (epoch, version). */
export interface ReplicaState { epoch: number, version: number, bytes: Uint8Array }

const VOTE_KEY = 'election/vote'
const STATE_KEY = 'election/state'

export function newerThan (a: ReplicaState, b: ReplicaState): boolean {
  return a.epoch !== b.epoch ? a.epoch > b.epoch : a.version > b.version
}

/** Voter state that must survive a restart when storage is durable. */
export class VoterStore {
  constructor (private readonly storage: Storage) {}

  /** false when votes do not survive a restart (memory storage). */
  get durable (): boolean { return this.storage.durable }

  async loadVote (): Promise<Vote> {
    const raw = await this.storage.getMeta(VOTE_KEY)
    if (raw == null) return { epoch: 0, candidate: '' }
    return JSON.parse(new TextDecoder().decode(raw)) as Vote
  }

  async saveVote (vote: Vote): Promise<void> {
    await this.storage.putMeta(VOTE_KEY, new TextEncoder().encode(JSON.stringify(vote)))
  }

  async loadState (): Promise<ReplicaState> {
    const raw = await this.storage.getMeta(STATE_KEY)
    if (raw == null || raw.byteLength < 16) return { epoch: 0, version: 0, bytes: new Uint8Array(0) }
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength)
    return { epoch: view.getFloat64(0), version: view.getFloat64(8), bytes: raw.slice(16) }
  }

  async saveState (state: ReplicaState): Promise<void> {
    const raw = new Uint8Array(16 + state.bytes.byteLength)
    const view = new DataView(raw.buffer)
    view.setFloat64(0, state.epoch)
    view.setFloat64(8, state.version)
    raw.set(state.bytes, 16)
    await this.storage.putMeta(STATE_KEY, raw)
  }
}
