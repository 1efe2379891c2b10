import { createStore, promisifyRequest } from 'idb-keyval'
import * as Y from 'yjs'
import { DocLog } from '../../src/docs/doc-log.js'
import { CoordState } from '../../src/coord/coord-wire.js'
import { splitTables } from '../../src/coord/state.js'
import { joinRecords } from '../../src/election/replica.js'
import { VoterStore } from '../../src/election/votes.js'
import { createPeer, IdbStorage, runStorageContract, StorageError } from '../../src/index.browser.js'
import { openSchema, SCHEMA_VERSION } from '../../src/store/schema.js'
import { afterEach, assert, assertEqual, deleteDatabase, describe, it, MESH, tag } from './harness.js'

runStorageContract('IdbStorage (real IndexedDB)', () => {
  const name = `accord-idb-contract-${tag()}`
  return { open: async () => await IdbStorage.open(name), destroy: async () => { await deleteDatabase(name) } }
}, { describe, it })

/** A document and the updates that built it, one per edit. */
function history (n: number, prefix = 'k'): { doc: Y.Doc, updates: Uint8Array[] } {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (u: Uint8Array) => { updates.push(u) })
  for (let i = 0; i < n; i++) doc.getMap('m').set(`${prefix}${i}`, i)
  return { doc, updates }
}

function rebuild (stored: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc()
  for (const u of stored) Y.applyUpdate(doc, u)
  return doc
}

describe('IdbStorage (real IndexedDB)', () => {
  const open: IdbStorage[] = []
  const names: string[] = []
  async function fresh (): Promise<IdbStorage> {
    const name = `accord-idb-${tag()}`
    names.push(name)
    return await reopen(name)
  }
  async function reopen (name: string): Promise<IdbStorage> {
    const s = await IdbStorage.open(name)
    open.push(s)
    return s
  }
  afterEach(async () => {
    await Promise.allSettled(open.splice(0).map(async s => { await s.close() }))
    await Promise.all(names.splice(0).map(deleteDatabase))
  })

  it('refuses a second peer on the same database while the first holds it, and allows it after close', async () => {
    const name = `accord-idb-${tag()}`
    names.push(name)
    const first = await reopen(name)
    let refused: unknown
    try { open.push(await IdbStorage.open(name)) } catch (err) { refused = err }
    assert(refused instanceof StorageError, `a second open of the same database must fail with StorageError, got ${String(refused)}`)
    await first.close()
    const second = await reopen(name) // the lock is released with close()
    await second.save(['k'], new Uint8Array([1]))
  })

  it('the document log: appends after a reopen without a load first do not collide with the stored keys', async () => {
    const s = await fresh()
    const { doc, updates } = history(3)
    await new DocLog(s, 'd').append(updates.slice(0, 2))
    await s.close()
    const again = await reopen(s.dbName)
    await new DocLog(again, 'd').append(updates.slice(2))
    assertEqual(rebuild(await new DocLog(again, 'd').load()).getMap('m').toJSON(), doc.getMap('m').toJSON())
  })

  it('the document log: compaction between un-awaited appends keeps everything', async () => {
    const s = await fresh()
    const log = new DocLog(s, 'd')
    const { doc, updates } = history(12)
    const upTo = (n: number): Uint8Array => Y.mergeUpdates(updates.slice(0, n))
    // issued in one tick: appends before a compaction are covered by its state, the ones after are not
    await Promise.all([
      log.append([updates[0]!]), log.append([updates[1]!, updates[2]!]), log.compact(upTo(3)),
      log.append([updates[3]!]), log.append([updates[4]!]), log.compact(upTo(5)),
      log.append([updates[5]!]), log.append(updates.slice(6, 9)), log.append(updates.slice(9))
    ])
    const stored = await log.load()
    assertEqual(stored.length, 1 + 7, 'the last snapshot and the 7 updates appended after it')
    assertEqual(rebuild(stored).getMap('m').toJSON(), doc.getMap('m').toJSON())
    await s.close()
    const again = await reopen(s.dbName)
    assertEqual(rebuild(await new DocLog(again, 'd').load()).getMap('m').toJSON(), doc.getMap('m').toJSON())
  })

  it('the document log: a random mix of un-awaited appends, compactions and loads loses nothing', async () => {
    const s = await fresh()
    const log = new DocLog(s, 'd')
    const { doc, updates } = history(120)
    let pending: Array<Promise<unknown>> = []
    for (let i = 0; i < updates.length; i++) {
      pending.push(log.append([updates[i]!]))
      const r = Math.random()
      if (r < 0.1) pending.push(log.compact(Y.mergeUpdates(updates.slice(0, i + 1))))
      else if (r < 0.15) pending.push(log.load())
      else if (r < 0.3) { await Promise.all(pending); pending = [] }
    }
    await Promise.all(pending)
    assertEqual(rebuild(await log.load()).getMap('m').toJSON(), doc.getMap('m').toJSON())
    await s.close()
    const again = await reopen(s.dbName)
    assertEqual(rebuild(await new DocLog(again, 'd').load()).getMap('m').toJSON(), doc.getMap('m').toJSON())
  })

  it('reads a database written before the key/value port (v0) in place', async () => {
    const name = `accord-idb-v0-${tag()}`
    names.push(name)
    // The old IdbStorage's keys: ['doc', name, 'snap'], ['doc', name, 'log', <number>], ['meta', key].
    const { doc, updates } = history(6)
    const vote = new TextEncoder().encode(JSON.stringify({ epoch: 7, candidate: 'peer-a' }))
    // a lease holder's state as release 0.1 wrote it: a CoordState (here just its fencing sequence)
    const coord = CoordState.encode({ counterEpoch: 7n, counter: 3n, locks: [], barriers: [], cas: [], semaphores: [], elections: [] })
    const state = new Uint8Array(16 + coord.byteLength)
    new DataView(state.buffer).setFloat64(0, 7)
    new DataView(state.buffer).setFloat64(8, 42)
    state.set(coord, 16)
    const raw = createStore(name, 'kv')
    await raw('readwrite', s => {
      s.put(Y.mergeUpdates(updates.slice(0, 3)), ['doc', 'notes', 'snap'])
      updates.slice(3).forEach((u, i) => s.put(u, ['doc', 'notes', 'log', i]))
      s.put(vote, ['meta', 'election/vote'])
      s.put(state, ['meta', 'election/state'])
      return promisifyRequest(s.transaction)
    })
    await raw('readonly', s => { s.transaction.db.close() })

    const peer = await createPeer({ mesh: MESH, storage: name })
    try {
      assertEqual((await peer.doc('notes')).getMap('m').toJSON(), doc.getMap('m').toJSON(), 'the old document')
    } finally {
      await peer.stop()
    }
    const s = await reopen(name)
    assertEqual(await openSchema(s), SCHEMA_VERSION, 'the peer recorded the layout version')
    const voter = new VoterStore(s, splitTables)
    assertEqual(await voter.loadVote(), { epoch: 7, candidate: 'peer-a' })
    const loaded = await voter.loadState()
    assertEqual([loaded.epoch, loaded.version, [...joinRecords(loaded.records)]], [7, 42, [...coord]])
    // the next compaction replaces the old keys
    const log = new DocLog(s, 'notes')
    assertEqual(rebuild(await log.load()).getMap('m').toJSON(), doc.getMap('m').toJSON())
    await log.compact(Y.encodeStateAsUpdate(doc))
    assertEqual((await s.loadRange(['doc', 'notes'])).map(e => e.key), [['doc', 'notes', 'snapshot']])
  })
})
