import { DocLog } from '../../src/docs/doc-log.js'
import { createPeer, IdbStorage, type Peer } from '../../src/index.browser.js'
import { afterEach, assert, assertEqual, deleteDatabase, describe, it, MESH, tag } from './harness.js'

async function databaseExists (name: string): Promise<boolean> {
  return (await indexedDB.databases()).some(d => d.name === name)
}

describe('a browser peer keeps its documents in IndexedDB', () => {
  let peers: Peer[] = []
  const databases: string[] = []
  afterEach(async () => {
    await Promise.allSettled(peers.map(async p => { await p.stop() }))
    peers = []
    await Promise.all(databases.splice(0).map(deleteDatabase))
  })

  async function start (storage: string | undefined, mesh = MESH, tuning?: { compactBytes: number }): Promise<Peer> {
    const peer = await createPeer({ mesh, ...(storage !== undefined ? { storage } : {}), ...(tuning !== undefined ? { tuning } : {}) })
    peers.push(peer)
    return peer
  }

  async function restart (peer: Peer): Promise<void> {
    await peer.stop()
    peers = peers.filter(p => p !== peer)
  }

  it('flush, stop, and a new peer on the same database has the data (no network involved)', async () => {
    const db = `accord-persist-${tag()}`
    databases.push(db)
    const first = await start(db)
    const notes = await first.doc('notes')
    notes.getMap('m').set('title', 'groceries')
    notes.getText('t').insert(0, 'milk, eggs')
    for (let i = 0; i < 20; i++) notes.getMap('m').set(`k${i}`, i)
    notes.getText('t').insert(notes.getText('t').length, ', bread')
    await first.flush('notes')
    assert(await databaseExists(db), `IndexedDB database ${db} was not created`)
    await restart(first)

    const second = await start(db)
    const again = await second.doc('notes')
    assertEqual(again.getMap('m').get('title'), 'groceries')
    assertEqual(again.getText('t').toString(), 'milk, eggs, bread')
    assertEqual(again.getMap('m').size, 21)
    // and it keeps appending after the reopened log: a third generation sees both
    again.getMap('m').set('after', 'reopen')
    await second.flush('notes')
    await restart(second)

    const third = await start(db)
    const last = await third.doc('notes')
    assertEqual(last.getMap('m').get('after'), 'reopen')
    assertEqual(last.getMap('m').size, 22)
    assertEqual(last.getText('t').toString(), 'milk, eggs, bread')
  })

  it('documents of one database stay apart, and stop() flushes what was not flushed', async () => {
    const db = `accord-persist-${tag()}`
    databases.push(db)
    const first = await start(db)
    const [a, b] = await Promise.all([first.doc('notes'), first.doc('other')])
    a.getMap('m').set('in', 'notes')
    b.getMap('m').set('in', 'other')
    await restart(first) // no flush: stop() must write what is pending

    const second = await start(db)
    const [a2, b2] = await Promise.all([second.doc('notes'), second.doc('other')])
    assertEqual(a2.getMap('m').toJSON(), { in: 'notes' })
    assertEqual(b2.getMap('m').toJSON(), { in: 'other' })
  })

  it('survives compaction while writing (tiny compactBytes)', async () => {
    const db = `accord-persist-${tag()}`
    databases.push(db)
    const first = await start(db, MESH, { compactBytes: 256 })
    const notes = await first.doc('notes')
    for (let i = 0; i < 200; i++) {
      notes.getMap('m').set(`k${i}`, 'x'.repeat(20) + i)
      if (i % 7 === 0) await new Promise(resolve => setTimeout(resolve, 0)) // several appends and compactions
    }
    notes.getText('t').insert(0, 'compacted')
    await first.flush('notes')
    await restart(first)

    // the log was compacted: the database holds a snapshot and at most a short log
    const storage = await IdbStorage.open(db)
    const stored = await new DocLog(storage, 'notes').load()
    await storage.close()
    assert(stored.length >= 1 && stored.length < 50, `expected a compacted document, found ${stored.length} records`)

    const second = await start(db)
    const again = await second.doc('notes')
    assertEqual(again.getMap('m').size, 200)
    assertEqual(again.getMap('m').get('k199'), 'x'.repeat(20) + '199')
    assertEqual(again.getText('t').toString(), 'compacted')
  })

  it('defaults to the IndexedDB database accord:<mesh>', async () => {
    const mesh = `bt-${tag()}`
    databases.push(`accord:${mesh}`)
    const first = await start(undefined, mesh)
    ;(await first.doc('notes')).getMap('m').set('where', 'default db')
    await first.flush('notes')
    assert(await databaseExists(`accord:${mesh}`), `no database accord:${mesh}`)
    await restart(first)
    const second = await start(undefined, mesh)
    assertEqual((await second.doc('notes')).getMap('m').get('where'), 'default db')
  })

  it("storage: 'memory' keeps nothing", async () => {
    const first = await start('memory')
    ;(await first.doc('notes')).getMap('m').set('gone', true)
    await first.flush('notes')
    await restart(first)
    const second = await start('memory')
    assertEqual((await second.doc('notes')).getMap('m').size, 0)
  })
})
