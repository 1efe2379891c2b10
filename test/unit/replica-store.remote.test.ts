import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { DocReplica, type ReplicaContext } from '../../src/docs/replica.js'
import { DocLog } from '../../src/docs/doc-log.js'
import { MemoryStorage } from '../../src/store/memory.js'
import { Stats } from '../../src/net/stats.js'
import { InvalidMessageError } from '../../src/errors.js'

/**
 * What a replica stores of the updates it applies from the network (they are stored as
 * they came, not as Yjs would encode their transactions again). Only remote updates are
 * applied here: nothing is published, so the replica's gossip and streams are never used
 * (they throw if they are).
 */
describe('a replica stores the updates it applies from the network', () => {
  async function replicaOn (storage: MemoryStorage): Promise<DocReplica> {
    const unused = new Proxy({}, { get: (_, key) => { throw new Error(`not used here: ${String(key)}`) } })
    const ctx = { self: peerIdFromPrivateKey(await generateKeyPair('Ed25519')), gossip: unused, rpc: unused, storage, stats: new Stats(), log: () => {}, gossipMaxBytes: 64 * 1024, compactBytes: 1 << 30 } as unknown as ReplicaContext
    const links = { connected: () => [], counted: () => [], meshSize: () => 0, timeoutMs: 1_000, legacy: new Set<string>(), modern: new Set<string>() }
    const replica = new DocReplica('d', 'topic', ctx, links, async () => {})
    await replica.load()
    return replica
  }

  async function reloaded (storage: MemoryStorage): Promise<Y.Doc> {
    const doc = new Y.Doc()
    for (const u of await new DocLog(storage, 'd').load()) Y.applyUpdate(doc, u)
    return doc
  }

  /** Two updates of another writer, the second building on the first. */
  function twoEdits (): [Uint8Array, Uint8Array] {
    const writer = new Y.Doc()
    writer.getText('t').insert(0, 'hello')
    const first = Y.encodeStateAsUpdate(writer)
    const sv = Y.encodeStateVector(writer)
    writer.getText('t').insert(5, ' world')
    return [first, Y.encodeStateAsUpdate(writer, sv)]
  }

  it('each applied update, and nothing else', async () => {
    const storage = new MemoryStorage()
    const replica = await replicaOn(storage)
    const [first, second] = twoEdits()
    replica.applyRemote(first)
    replica.applyRemote(second)
    replica.applyRemote(second) // again: it changes nothing, and is not stored again
    await replica.flush()
    expect((await reloaded(storage)).getText('t').toString()).toBe('hello world')
    expect((await new DocLog(storage, 'd').load()).reduce((n, u) => n + u.byteLength, 0)).toBeLessThan(first.byteLength + second.byteLength + 8)
  })

  it('updates from peers applied in one turn are stored after it, in one write (each was its own, before the next message was read)', async () => {
    const storage = new MemoryStorage()
    const replica = await replicaOn(storage)
    const saves: string[] = []
    const save = storage.save.bind(storage)
    storage.save = async (key, value) => { saves.push(key.join('/')); await save(key, value) }
    const [first, second] = twoEdits()
    replica.applyRemote(first)
    await Promise.resolve() // microtasks run: nothing is stored yet
    await Promise.resolve()
    replica.applyRemote(second)
    expect(saves).toEqual([])
    await new Promise(resolve => setImmediate(resolve))
    await replica.flush()
    expect(saves).toHaveLength(1)
    expect((await reloaded(storage)).getText('t').toString()).toBe('hello world')
  })

  it('an update that waits for one not yet received is kept: after a restart it applies once the missing one comes', async () => {
    const storage = new MemoryStorage()
    const replica = await replicaOn(storage)
    const [first, second] = twoEdits()
    replica.applyRemote(second) // its structs wait for the first's
    expect(replica.doc.getText('t').toString()).toBe('')
    await replica.flush()
    const restarted = await reloaded(storage)
    Y.applyUpdate(restarted, first)
    expect(restarted.getText('t').toString()).toBe('hello world')
  })

  /** `update` (no deletions: its delete set is the last byte, 0 clients) with a delete set that claims 5 clients and ends: its structs decode, its delete set does not. */
  function garbageDeleteSet (update: Uint8Array): Uint8Array {
    expect(update.at(-1)).toBe(0)
    const bad = update.slice()
    bad[bad.length - 1] = 5
    expect(() => Y.decodeUpdate(bad)).toThrow()
    return bad
  }

  it.each([['small', ' world'], ['big (over 64 KiB)', ' world'.repeat(20_000)]])('a %s update with a malformed delete set is refused; what Yjs integrated of it before it failed is stored: after a restart the doc is what the replica holds', async (_, more) => {
    const storage = new MemoryStorage()
    const replica = await replicaOn(storage)
    const writer = new Y.Doc()
    writer.getText('t').insert(0, 'hello')
    const first = Y.encodeStateAsUpdate(writer)
    const sv = Y.encodeStateVector(writer)
    writer.getText('t').insert(5, more)
    replica.applyRemote(first)
    expect(() => { replica.applyRemote(garbageDeleteSet(Y.encodeStateAsUpdate(writer, sv))) }).toThrow(InvalidMessageError)
    // Yjs integrated its structs before it read the delete set (a state a valid update makes)
    expect(replica.doc.getText('t').toString()).toBe('hello' + more)
    await replica.flush()
    expect((await reloaded(storage)).getText('t').toString()).toBe('hello' + more)
  })

  it('… and its structs that wait for one not yet received are stored too: after a restart they apply once the missing one comes, as they did in the replica', async () => {
    const storage = new MemoryStorage()
    const replica = await replicaOn(storage)
    const [first, second] = twoEdits()
    expect(() => { replica.applyRemote(garbageDeleteSet(second)) }).toThrow(InvalidMessageError)
    expect(replica.doc.getText('t').toString()).toBe('')
    await replica.flush()
    replica.applyRemote(first)
    expect(replica.doc.getText('t').toString()).toBe('hello world')
    const restarted = await reloaded(storage)
    Y.applyUpdate(restarted, first)
    expect(restarted.getText('t').toString()).toBe('hello world')
  })

  it('a malformed update that integrated nothing stores nothing', async () => {
    const storage = new MemoryStorage()
    const replica = await replicaOn(storage)
    for (const bad of [new Uint8Array([9, 9, 9, 9, 9]), new Uint8Array([1, 2, 3, 4])]) expect(() => { replica.applyRemote(bad) }).toThrow(InvalidMessageError)
    await replica.flush()
    expect(await new DocLog(storage, 'd').load()).toEqual([])
  })
})
