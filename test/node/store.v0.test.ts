/**
 * A data directory written before the key/value Storage port (test/fixtures/storage-v0,
 * made by the previous release) opens with the current code: every document state, the
 * vote and the replicated state are found, and the directory is upgraded to the current layout.
 */
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocLog } from '../../src/docs/doc-log.js'
import { CoordState } from '../../src/coord/coord-wire.js'
import { splitTables } from '../../src/coord/state.js'
import { joinRecords } from '../../src/election/replica.js'
import { VoterStore } from '../../src/election/votes.js'
import { createPeer, LockTimeoutError, StorageError } from '../../src/index.node.js'
import { waitFor } from './helpers.js'
import { FsStorage } from '../../src/store/fs.js'
import { openSchema, SCHEMA_KEY, SCHEMA_VERSION } from '../../src/store/schema.js'
import type { Storage } from '../../src/store/storage.js'

const fixture = fileURLToPath(new URL('../fixtures/storage-v0/', import.meta.url))

interface Expected {
  docs: Record<string, Record<string, unknown>>
  vote: { epoch: number, candidate: string }
  state: { epoch: number, version: number, bytes: number[] }
}

/** The document's top-level types as JSON, keyed as expected.json has them. */
function contents (ydoc: Y.Doc, like: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(like)) {
    out[name] = typeof value === 'string'
      ? ydoc.getText(name).toString()
      : Array.isArray(value) ? ydoc.getArray(name).toJSON() : ydoc.getMap(name).toJSON()
  }
  return out
}

async function loadDoc (storage: Storage, name: string): Promise<Y.Doc> {
  const ydoc = new Y.Doc()
  for (const u of await new DocLog(storage, name).load()) Y.applyUpdate(ydoc, u)
  expect(ydoc.store.pendingStructs).toBeNull()
  return ydoc
}

describe('a data directory of the layout before versioning (v0)', () => {
  let dir: string
  let expected: Expected
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'accord-v0-'))
    await cp(join(fixture, 'data'), dir, { recursive: true })
    expected = JSON.parse(await readFile(join(fixture, 'expected.json'), 'utf8')) as Expected
  })
  afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

  async function expectEverything (storage: Storage): Promise<void> {
    for (const [name, want] of Object.entries(expected.docs)) {
      expect(contents(await loadDoc(storage, name), want), name).toEqual(want)
    }
    const voter = new VoterStore(storage, splitTables)
    expect(await voter.loadVote()).toEqual(expected.vote)
    const state = await voter.loadState()
    expect([state.epoch, state.version]).toEqual([expected.state.epoch, expected.state.version])
    expect(CoordState.decode(joinRecords(state.records))).toEqual(CoordState.decode(new Uint8Array(expected.state.bytes)))
  }

  it('has the documents, the vote and the replicated state, and is upgraded to the current layout', async () => {
    expect((await readdir(dir)).sort()).toEqual(['docs', 'meta'])
    let storage = await FsStorage.open(dir)
    expect(await openSchema(storage)).toBe(0)
    await expectEverything(storage)
    await storage.close()
    expect(await readdir(dir)).toEqual(['kv-1.log']) // the old files are imported, then removed

    storage = await FsStorage.open(dir)
    expect(await openSchema(storage)).toBe(SCHEMA_VERSION)
    expect([...(await storage.load(SCHEMA_KEY))!]).toEqual([SCHEMA_VERSION])
    await expectEverything(storage)
    // New writes go to the new keys; the old snapshot key goes with the next compaction.
    const board = await loadDoc(storage, 'board')
    const log = new DocLog(storage, 'board')
    await log.load()
    await log.compact(Y.encodeStateAsUpdate(board))
    await new VoterStore(storage, splitTables).saveVote({ epoch: 8, candidate: 'next' })
    await new VoterStore(storage, splitTables).saveState({ ...expected.state, records: splitTables(new Uint8Array(expected.state.bytes)) })
    expect((await storage.loadRange(['doc', 'board'])).map(e => e.key)).toEqual([['doc', 'board', 'snapshot']])
    expect((await storage.loadRange(['meta'])).map(e => e.key)).toEqual([SCHEMA_KEY])
    expect(contents(await loadDoc(storage, 'board'), expected.docs.board!)).toEqual(expected.docs.board)
    await storage.close()
  })

  it('an upgrade interrupted before the old files were removed imports them again, harmlessly', async () => {
    const storage = await FsStorage.open(dir)
    await storage.close()
    await cp(join(fixture, 'data'), dir, { recursive: true }) // as if killed before the removal
    const again = await FsStorage.open(dir)
    await expectEverything(again)
    await again.close()
  })

  it('a directory written by a newer release is refused, not misread', async () => {
    const storage = await FsStorage.open(dir)
    await storage.save(SCHEMA_KEY, Uint8Array.of(99))
    await storage.close()
    const err = await createPeer({ mesh: 'v0-fixture', storage: dir }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(StorageError)
    expect(String((err as Error).message)).toMatch(/newer release/)
  })

  it('a peer opened on it serves the old documents, and leads on the old lock table: the lock held then is still held', async () => {
    const peer = await createPeer({ mesh: 'v0-fixture', storage: dir, allowSolo: true })
    try {
      for (const [name, want] of Object.entries(expected.docs)) {
        expect(contents(await peer.doc(name), want), name).toEqual(want)
      }
      await waitFor('the peer leads', () => peer.leader?.id === peer.id)
      const held = (await peer.inspect()).coord?.locks.find(l => l.name === 'L')
      expect(held?.holder?.peer).toBe(expected.vote.candidate)
      await expect(peer.lock('L', { waitMs: 300 })).rejects.toBeInstanceOf(LockTimeoutError)
    } finally {
      await peer.stop()
    }
  })
})
