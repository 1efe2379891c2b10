import { describe, expect, it } from 'vitest'
import { ReplicaStore } from '../../src/election/replica-store.js'
import { applyChange, diffRecords, joinRecords, type Records, type ReplicaState, type SplitState } from '../../src/election/replica.js'
import { StorageError } from '../../src/errors.js'
import { MemoryStorage } from '../../src/store/memory.js'

/**
 * A voter's copy of the replicated state on disk: a whole state plus the changes since,
 * one key each. Records here are "k=v" strings, so a whole state splits on ';'.
 */
const text = (s: string): Uint8Array => new TextEncoder().encode(s)
const split: SplitState = whole => new Map(new TextDecoder().decode(whole).split(';').filter(Boolean).map(r => [r.split('=')[0]!, text(r + ';')]))
const records = (o: Record<string, string>): Records => new Map(Object.entries(o).map(([k, v]) => [k, text(`${k}=${v};`)]))
const plain = (s: ReplicaState): { epoch: number, version: number, whole: string } => ({ epoch: s.epoch, version: s.version, whole: new TextDecoder().decode(joinRecords(s.records)) })

/** Saves a chain of versions the way the elector does: each as its change from the one before. */
async function chain (store: ReplicaStore, from: ReplicaState, steps: Array<Record<string, string>>): Promise<ReplicaState> {
  let state = from
  for (const step of steps) {
    const next: ReplicaState = { epoch: state.epoch, version: state.version + 1, records: records(step) }
    await store.save(next, { base: state, change: diffRecords(state.records, next.records) })
    state = next
  }
  return state
}

const changeKeys = async (s: MemoryStorage): Promise<number> => (await s.loadRange(['election', 'changes'])).length

describe('ReplicaStore', () => {
  it('stores a commit as its change, and loads the whole state plus the changes that chain onto it', async () => {
    const disk = new MemoryStorage()
    const store = new ReplicaStore(disk, split)
    const first: ReplicaState = { epoch: 3, version: 1, records: records({ a: '1', b: '2' }) }
    await store.save(first)
    const last = await chain(store, first, [{ a: '1', b: '3' }, { b: '3', c: '4' }, { c: '5' }])
    expect(await changeKeys(disk)).toBe(3)
    expect(plain(await new ReplicaStore(disk, split).load())).toEqual(plain(last))
  })

  it('writes a whole state, and clears the changes, when a change does not chain onto what is stored or the log outgrows the state', async () => {
    const disk = new MemoryStorage()
    const store = new ReplicaStore(disk, split)
    const first: ReplicaState = { epoch: 3, version: 1, records: records({ a: '1' }) }
    await store.save(first)
    const second = await chain(store, first, [{ a: '2' }])
    expect(await changeKeys(disk)).toBe(1)
    // a change against a version that is not the stored one (a voter that missed one)
    const stray: ReplicaState = { epoch: 3, version: 9, records: records({ z: '9' }) }
    await store.save(stray, { base: { epoch: 3, version: 8 }, change: diffRecords(second.records, stray.records) })
    expect(await changeKeys(disk)).toBe(0)
    expect(plain(await new ReplicaStore(disk, split).load())).toEqual(plain(stray))
    // a new epoch starts with a whole state
    const next: ReplicaState = { epoch: 4, version: 10, records: records({ z: '10' }) }
    await store.save(next, { base: stray, change: diffRecords(stray.records, next.records) })
    expect(await changeKeys(disk)).toBe(0)
    // 64 KiB of changes to a small state: folded into a whole state
    const big = 'x'.repeat(10_000)
    await chain(store, next, Array.from({ length: 8 }, (_, i) => ({ z: `${i}${big}` })))
    expect(await changeKeys(disk)).toBeLessThan(8)
    expect(plain(await new ReplicaStore(disk, split).load()).whole).toBe(`z=7${big};`)
  })

  it('folds the log into a whole state only once it outweighs the stored state four times', async () => {
    const disk = new MemoryStorage()
    const store = new ReplicaStore(disk, split)
    const x = 'x'.repeat(20_000)
    // a whole state of ~100 KB (five records of 20 KB)
    const first: ReplicaState = { epoch: 1, version: 1, records: records({ a: x, b: x, c: x, d: x, e: x }) }
    await store.save(first)
    // 15 changes of ~20 KB (~300 KB, 3× the state): all kept as changes
    const changes = Array.from({ length: 15 }, (_, i) => ({ a: `${i}${x}` }))
    const last = await chain(store, first, changes)
    expect(await changeKeys(disk)).toBe(15)
    expect(plain(await new ReplicaStore(disk, split).load())).toEqual(plain(last))
    // ~120 KB more (past 4×): folded
    const folded = await chain(store, last, Array.from({ length: 6 }, (_, i) => ({ b: `${i}${x}` })))
    expect(await changeKeys(disk)).toBeLessThan(6)
    expect(plain(await new ReplicaStore(disk, split).load())).toEqual(plain(folded))
  })

  it('after a crash between a whole state and the removal of the old changes, ignores those changes', async () => {
    const disk = new MemoryStorage()
    const store = new ReplicaStore(disk, split)
    const first: ReplicaState = { epoch: 2, version: 1, records: records({ a: '1' }) }
    await store.save(first)
    await chain(store, first, [{ a: '2' }, { a: '3' }]) // changes 2 and 3 of epoch 2
    const leftovers = await disk.loadRange(['election', 'changes'])
    // the new leader's whole state (epoch 5, version 2) is saved, then the crash: the old changes stay
    const whole: ReplicaState = { epoch: 5, version: 2, records: records({ b: 'new' }) }
    await new ReplicaStore(disk, split).save(whole)
    for (const e of leftovers) await disk.save(e.key, e.data)
    const reopened = new ReplicaStore(disk, split)
    expect(plain(await reopened.load())).toEqual(plain(whole))
    // what it writes next is whole (the stored changes do not chain), which clears them
    const after: ReplicaState = { epoch: 5, version: 3, records: records({ b: 'newer' }) }
    await reopened.save(after, { base: whole, change: diffRecords(whole.records, after.records) })
    expect(await changeKeys(disk)).toBe(0)
    expect(plain(await new ReplicaStore(disk, split).load())).toEqual(plain(after))
  })

  it('after a failed save, writes the next state whole rather than chain it onto a gap', async () => {
    const disk = new MemoryStorage()
    const store = new ReplicaStore(disk, split)
    const first: ReplicaState = { epoch: 1, version: 1, records: records({ a: '1' }) }
    await store.save(first)
    const save = disk.save.bind(disk)
    let fail = true
    disk.save = async (key, data) => { if (fail && key[1] === 'changes') { fail = false; throw new StorageError('disk full') } await save(key, data) }
    const second: ReplicaState = { epoch: 1, version: 2, records: records({ a: '2' }) }
    await expect(store.save(second, { base: first, change: diffRecords(first.records, second.records) })).rejects.toBeInstanceOf(StorageError)
    const third: ReplicaState = { epoch: 1, version: 3, records: records({ a: '3' }) }
    await store.save(third, { base: second, change: diffRecords(second.records, third.records) })
    expect(await changeKeys(disk)).toBe(0)
    expect(plain(await new ReplicaStore(disk, split).load())).toEqual(plain(third))
  })

  it('refuses a stored state the layer above cannot split, or a corrupt change, with StorageError', async () => {
    const disk = new MemoryStorage()
    const store = new ReplicaStore(disk, whole => { if (whole[0] === 0xff) throw new Error('not mine'); return split(whole) })
    await store.save({ epoch: 1, version: 1, records: new Map([['k', Uint8Array.of(0xff)]]) })
    await expect(new ReplicaStore(disk, () => { throw new Error('not mine') }).load()).rejects.toBeInstanceOf(StorageError)
    const disk2 = new MemoryStorage()
    await new ReplicaStore(disk2, split).save({ epoch: 1, version: 1, records: records({ a: '1' }) })
    await disk2.save(['election', 'changes', '0000000000000002'], Uint8Array.of(1, 0x80))
    await expect(new ReplicaStore(disk2, split).load()).rejects.toBeInstanceOf(StorageError)
  })

  it('applyChange and diffRecords are inverse: from + diff(from, to) = to', () => {
    const from = records({ a: '1', b: '2', c: '3' })
    const to = records({ b: '2', c: '4', d: '5' })
    const change = diffRecords(from, to)
    expect(change.puts.map(([k]) => k).sort()).toEqual(['c', 'd'])
    expect(change.deletes).toEqual(['a'])
    expect(new TextDecoder().decode(joinRecords(applyChange(from, change)))).toBe('b=2;c=4;d=5;')
  })
})
