import { afterEach, describe, expect, it, vi } from 'vitest'
import { freshMesh, IN_PROCESS_LEASE, sleep, startMesh, stopAll, waitConverged, waitFor } from './helpers.js'
import { createPeer, type Peer } from '../../src/index.node.js'
import { RpcService } from '../../src/net/rpc.js'
import { DocReplica } from '../../src/docs/replica.js'
import type { Message } from '../../src/net/codec.js'
import { DocLog } from '../../src/docs/doc-log.js'
import { FsStorage } from '../../src/store/fs.js'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'

describe('documents converge over a real libp2p mesh', () => {
  let peers: Peer[] = []
  afterEach(async () => { await stopAll(peers); peers = [] })

  it('2 peers: concurrent edits converge', async () => {
    peers = await startMesh(2)
    const [a, b] = await Promise.all(peers.map(async p => await p.doc('board')))
    for (let i = 0; i < 50; i++) {
      a!.getMap('m').set(`a${i}`, i)
      b!.getMap('m').set(`b${i}`, i)
      b!.getMap('m').set('shared', `b${i}`) // same key, concurrent: Yjs picks one everywhere
      a!.getMap('m').set('shared', `a${i}`)
    }
    await waitConverged(peers, 'board', 101)
  })

  it('5 peers: concurrent edits from everyone converge', async () => {
    peers = await startMesh(5)
    const docs = await Promise.all(peers.map(async p => await p.doc('board')))
    docs.forEach((d, i) => { for (let k = 0; k < 20; k++) d.getMap('m').set(`p${i}-${k}`, k) })
    await waitConverged(peers, 'board', 100)
    // text too: interleaved inserts keep every character
    docs.forEach((d, i) => d.getText('t').insert(0, `<${i}>`))
    await waitFor('text converged', () => docs.every(d => d.getText('t').length === 15 && d.getText('t').toString() === docs[0]!.getText('t').toString()))
  })

  it('a late joiner whose first catch-up is slow gets the document once: the holders that hear it subscribe pull, they do not push', async () => {
    const mesh = freshMesh()
    peers = await startMesh(4, { mesh })
    const holders = [...peers]
    const docs = await Promise.all(holders.map(async p => await p.doc('big')))
    for (let i = 0; i < 20_000; i++) docs[0]!.getMap('m').set(`k${i}`, 'x'.repeat(16))
    await waitConverged(holders, 'big', 20_000)
    const joiner = await createPeer({ mesh, lease: IN_PROCESS_LEASE, bootstrap: [holders[0]!.addrs[0]!] })
    peers.push(joiner)
    await waitFor('the joiner links to every holder', () => joiner.network.connections().length >= holders.length, 10_000)
    // every holder answers the joiner's pulls of 'big' 0.8 s late (a busy peer): its
    // first catch-up outlasts the 0.5 s after which the holders act on its subscription
    const dispatch = RpcService.prototype.dispatch
    const slowed = vi.spyOn(RpcService.prototype, 'dispatch').mockImplementation(async function (this: RpcService, request: Message) {
      if (request.kind === 'syncMessage' && request.from.toString() === joiner.id && request.body.doc === 'big' && request.body.message[0] === 0) await sleep(800)
      return await dispatch.call(this, request)
    })
    const applied = vi.spyOn(DocReplica.prototype, 'applyRemote')
    try {
      const doc = await joiner.doc('big')
      await waitFor('the joiner holds the document', () => doc.getMap('m').size === 20_000, 20_000)
      await sleep(1_500) // what the holders would push meanwhile
      const whole = applied.mock.calls.filter((c, i) => applied.mock.contexts[i] instanceof DocReplica && (applied.mock.contexts[i] as DocReplica).doc === doc && c[0].byteLength > 100_000)
      expect(whole.length, 'copies of the whole document the joiner applied').toBe(1)
    } finally {
      slowed.mockRestore()
      applied.mockRestore()
    }
  }, 60_000)
  it('a deletion one peer missed is healed by digests, also after digests of the unchanged document went out', async () => {
    peers = await startMesh(2, { tuning: { antiEntropyMs: 100 } })
    const [a, b] = await Promise.all(peers.map(async p => await p.doc('lost')))
    a!.getText('t').insert(0, 'abcdef')
    await waitFor('both hold the text', () => b!.getText('t').toString() === 'abcdef')
    // both peers have published digests of the document as it stands (each peer's digest
    // state is then computed, and kept until the document changes)
    const published = vi.spyOn(DocReplica.prototype, 'publishDigest')
    const dropped: Uint8Array[] = []
    let textWhenMissed: string | undefined
    const apply = DocReplica.prototype.applyRemote
    const applied = vi.spyOn(DocReplica.prototype, 'applyRemote').mockImplementation(function (this: DocReplica, update: Uint8Array) {
      if (this.doc === b && dropped.length === 0 && a!.getText('t').length < 6) { // the deletion never reaches b
        dropped.push(update)
        textWhenMissed = b.getText('t').toString()
        return false
      }
      return apply.call(this, update)
    })
    try {
      const digestsOf = (doc: unknown): number => published.mock.contexts.filter(c => (c as DocReplica).doc === doc).length
      await waitFor('digests of the unchanged document from both', () => digestsOf(a) >= 2 && digestsOf(b) >= 2, 10_000)
      a!.getText('t').delete(0, 2) // a deletion: the state vector stays as it was
      await waitFor('b missed the deletion', () => dropped.length === 1)
      // (read as it was dropped: a digest 100 ms apart may heal it before a poll looks)
      expect(textWhenMissed).toBe('abcdef')
      await waitFor('digests heal the deletion at b', () => b!.getText('t').toString() === 'cdef', 10_000)
    } finally {
      published.mockRestore()
      applied.mockRestore()
    }
  })
  it('an edit an observer makes in answer to a remote update is published and stored like any local edit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'accord-answers-'))
    const mesh = freshMesh()
    const first = await createPeer({ mesh, lease: IN_PROCESS_LEASE })
    peers = [first, await createPeer({ mesh, lease: IN_PROCESS_LEASE, storage: dir, bootstrap: [first.addrs[0]!] })]
    const [a, b] = await Promise.all(peers.map(async p => await p.doc('answers')))
    // b answers each question it hears from a, inside the remote update's own event
    b!.getMap('m').observe(e => {
      for (const key of e.keysChanged) if (key.startsWith('q') && !b!.getMap('m').has(`a${key.slice(1)}`)) b!.getMap('m').set(`a${key.slice(1)}`, `answer to ${key}`)
    })
    for (let i = 0; i < 5; i++) a!.getMap('m').set(`q${i}`, i)
    await waitFor('a hears every answer', () => [0, 1, 2, 3, 4].every(i => a!.getMap('m').get(`a${i}`) === `answer to q${i}`), 10_000)
    // b stored its answers and the questions: a copy loaded from b's storage alone has them all
    const held = b!.getMap('m').toJSON()
    await peers[1]!.stop()
    peers.pop()
    const storage = await FsStorage.open(dir)
    try {
      const copy = new Y.Doc()
      for (const u of await new DocLog(storage, 'answers').load()) Y.applyUpdate(copy, u)
      expect(Object.keys(held)).toHaveLength(10)
      expect(copy.getMap('m').toJSON()).toEqual(held)
    } finally {
      await storage.close()
      await rm(dir, { recursive: true, force: true })
    }
  })
})
