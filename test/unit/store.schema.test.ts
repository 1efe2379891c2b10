import { describe, expect, it } from 'vitest'
import { joinRecords, type ReplicaState, type SplitState } from '../../src/election/replica.js'
import { VoterStore } from '../../src/election/votes.js'
import { StorageError } from '../../src/errors.js'
import { MemoryStorage } from '../../src/store/memory.js'
import { openSchema, SCHEMA_KEY, SCHEMA_VERSION } from '../../src/store/schema.js'
import { DurableStore } from './sim.js'

describe('the persisted schema', () => {
  it('records the layout version in a new store, and finds it again', async () => {
    const s = new MemoryStorage()
    expect(await openSchema(s)).toBe(0)
    expect([...(await s.load(SCHEMA_KEY))!]).toEqual([SCHEMA_VERSION])
    expect(await openSchema(s)).toBe(SCHEMA_VERSION)
  })

  it('refuses data written by a newer release, and a corrupt record', async () => {
    const s = new MemoryStorage()
    await s.save(SCHEMA_KEY, Uint8Array.of(SCHEMA_VERSION + 1))
    await expect(openSchema(s)).rejects.toBeInstanceOf(StorageError)
    await s.save(SCHEMA_KEY, Uint8Array.of(1, 2))
    await expect(openSchema(s)).rejects.toBeInstanceOf(StorageError)
  })
})

/** The state as one opaque record: these tests are about the stored form, not the records' meaning. */
const opaque: SplitState = whole => new Map(whole.byteLength === 0 ? [] : [['', whole]])
const whole = (s: ReplicaState): { epoch: number, version: number, bytes: Uint8Array } => ({ epoch: s.epoch, version: s.version, bytes: joinRecords(s.records) })

// (DurableStore: a VoterStore whose memory store stands in for a disk; it keeps the
// replicated state only on durable storage)

describe('VoterStore records', () => {
  const bytes = new Uint8Array([9, 8, 7])
  const state = { epoch: 2 ** 40 + 3, version: 123456789, records: opaque(bytes) }

  it('round-trip in a versioned binary encoding (a version byte, varints), not JSON or float64', async () => {
    const s = new MemoryStorage()
    const v = new DurableStore(s, opaque)
    expect(await v.loadVote()).toEqual({ epoch: 0, candidate: '' })
    expect(whole(await v.loadState())).toEqual({ epoch: 0, version: 0, bytes: new Uint8Array(0) })
    await v.saveVote({ epoch: 300, candidate: 'peer-ü' })
    await v.saveState(state)
    const again = new DurableStore(s, opaque)
    expect(await again.loadVote()).toEqual({ epoch: 300, candidate: 'peer-ü' })
    expect(whole(await again.loadState())).toEqual({ epoch: state.epoch, version: state.version, bytes })
    // u8 version 1, varuint 300 = [0xac, 0x02], varstring
    expect([...(await s.load(['election', 'vote']))!].slice(0, 4)).toEqual([1, 0xac, 0x02, 7])
    expect((await s.load(['election', 'state']))![0]).toBe(1)
  })

  it('read the encodings before versioning, under their old keys, until the first save removes them', async () => {
    const s = new MemoryStorage()
    await s.save(['meta', 'election/vote'], new TextEncoder().encode(JSON.stringify({ epoch: 7, candidate: 'old' })))
    const raw = new Uint8Array(16 + 2)
    const view = new DataView(raw.buffer)
    view.setFloat64(0, 7)
    view.setFloat64(8, 42)
    raw.set([5, 6], 16)
    await s.save(['meta', 'election/state'], raw)
    const v = new DurableStore(s, opaque)
    expect(await v.loadVote()).toEqual({ epoch: 7, candidate: 'old' })
    expect(whole(await v.loadState())).toEqual({ epoch: 7, version: 42, bytes: new Uint8Array([5, 6]) })
    await v.saveVote({ epoch: 8, candidate: 'new' })
    await v.saveState({ epoch: 8, version: 1, records: new Map() })
    expect(await s.loadRange(['meta'])).toEqual([])
    expect(await new DurableStore(s, opaque).loadVote()).toEqual({ epoch: 8, candidate: 'new' })
  })

  it('keep no replicated state on storage that does not survive a restart (nothing would read it back)', async () => {
    const s = new MemoryStorage()
    const v = new VoterStore(s, opaque)
    await v.saveState(state)
    await v.saveState({ ...state, version: state.version + 1 }, { base: { epoch: state.epoch, version: state.version }, change: { puts: [['', bytes]], deletes: [] } })
    expect(await s.loadRange(['election'])).toEqual([])
    await v.saveVote({ epoch: 1, candidate: 'c' }) // (a vote is still kept: a peer stopped and started in one process reads it)
    expect(await new VoterStore(s, opaque).loadVote()).toEqual({ epoch: 1, candidate: 'c' })
  })

  it('refuse a record of an unknown version or a corrupt one with StorageError', async () => {
    const s = new MemoryStorage()
    await s.save(['election', 'vote'], Uint8Array.of(2, 1, 0))
    await expect(new VoterStore(s, opaque).loadVote()).rejects.toBeInstanceOf(StorageError)
    await s.save(['election', 'state'], Uint8Array.of(1, 0x80))
    await expect(new VoterStore(s, opaque).loadState()).rejects.toBeInstanceOf(StorageError)
  })
})
