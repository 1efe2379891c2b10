import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { MissingCache } from '../../src/docs/missing-cache.js'
import { DocReplica, type ReplicaContext } from '../../src/docs/replica.js'
import { MemoryStorage } from '../../src/store/memory.js'
import { Stats } from '../../src/net/stats.js'

const EMPTY = Y.encodeStateVector(new Y.Doc())

function docOf (n: number): Y.Doc {
  const doc = new Y.Doc()
  doc.transact(() => { for (let i = 0; i < n; i++) doc.getMap('m').set(`k${i}`, i) })
  return doc
}

describe('MissingCache', () => {
  it('answers what Yjs encodes, and the same state vector again without encoding anew', () => {
    const doc = docOf(100)
    const cache = new MissingCache(doc, 60_000)
    const whole = cache.missing(EMPTY)
    expect(whole).toEqual(Y.encodeStateAsUpdate(doc, EMPTY))
    expect(cache.missing(Uint8Array.from(EMPTY))).toBe(whole) // equal bytes, not the same array
    const partial = Y.encodeStateVector(docOf(0))
    const other = new Y.Doc()
    Y.applyUpdate(other, whole)
    other.getMap('m').set('more', 1)
    const theirs = Y.encodeStateVector(other)
    expect(cache.missing(theirs)).toEqual(Y.encodeStateAsUpdate(doc, theirs))
    expect(cache.missing(partial)).toEqual(Y.encodeStateAsUpdate(doc, partial))
    cache.clear()
  })

  it('forgets what it kept once cleared, and after keepMs', () => {
    vi.useFakeTimers()
    try {
      const doc = docOf(10)
      const cache = new MissingCache(doc, 1_000)
      const first = cache.missing(EMPTY)
      vi.advanceTimersByTime(999)
      expect(cache.missing(EMPTY)).toBe(first)
      vi.advanceTimersByTime(2)
      const second = cache.missing(EMPTY)
      expect(second).not.toBe(first)
      expect(second).toEqual(first)
      cache.clear()
      expect(cache.missing(EMPTY)).not.toBe(second)
      cache.clear()
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('a replica answers from the cache until its document changes', () => {
  async function replica (): Promise<DocReplica> {
    const unused = new Proxy({}, { get: (_, key) => { throw new Error(`not used here: ${String(key)}`) } })
    // local edits are published: to nobody (no subscribers), by gossip
    const gossip = { subscribers: () => [], publish: async () => {} }
    const ctx = { self: peerIdFromPrivateKey(await generateKeyPair('Ed25519')), gossip, rpc: unused, storage: new MemoryStorage(), stats: new Stats(), log: () => {}, gossipMaxBytes: 64 * 1024, compactBytes: 1 << 30 } as unknown as ReplicaContext
    const links = { connected: () => [], counted: () => [], meshSize: () => 0, timeoutMs: 1_000, legacy: new Set<string>(), modern: new Set<string>() }
    const r = new DocReplica('d', 'topic', ctx, links, async () => {})
    await r.load()
    return r
  }

  it('after each transaction, also one that only left structs waiting for others, what it answers is what the document holds', async () => {
    const r = await replica()
    const writer = new Y.Doc()
    writer.getText('t').insert(0, 'hello')
    const first = Y.encodeStateAsUpdate(writer)
    const sv = Y.encodeStateVector(writer)
    writer.getText('t').insert(5, ' world')
    const second = Y.encodeStateAsUpdate(writer, sv)
    const steps: Array<() => void> = [
      () => { r.applyRemote(second) }, // waits for `first`: the document's text is unchanged, its encoding is not
      () => { r.applyRemote(first) },
      () => { r.doc.getMap('m').set('local', 1) },
      () => { r.doc.getText('t').delete(0, 1) },
      () => { r.doc.transact(() => {}) }
    ]
    let before = r.missingFrom(EMPTY)
    expect(r.missingFrom(EMPTY)).toBe(before)
    for (const step of steps) {
      step()
      const now = r.missingFrom(EMPTY)
      expect(now).toEqual(Y.encodeStateAsUpdate(r.doc))
      before = now
    }
    expect(r.doc.getText('t').toString()).toBe('ello world')
    await r.flush()
  })
})

describe('a closed cache', () => {
  it('keeps nothing, so no timer holds its document', () => {
    vi.useFakeTimers()
    try {
      const cache = new MissingCache(docOf(10), 1_000)
      cache.missing(EMPTY)
      expect(vi.getTimerCount()).toBe(1)
      cache.close()
      expect(vi.getTimerCount()).toBe(0)
      const a = cache.missing(EMPTY)
      expect(cache.missing(EMPTY)).not.toBe(a)
      expect(vi.getTimerCount()).toBe(0)
    } finally {
      vi.useRealTimers()
    }
  })
})
