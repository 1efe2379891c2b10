/**
 * A data directory written by the release before replication by changes (layout 1,
 * election 1.0: the replicated state stored whole), checked in under
 * test/fixtures/storage-v1 (see its README for how it was made), opened with the current
 * code: the peer leads on the lock table it held, and from then on stores changes.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPeer, LockTimeoutError, type Peer } from '../../src/index.node.js'
import { FsStorage } from '../../src/store/fs.js'
import { openSchema, SCHEMA_VERSION } from '../../src/store/schema.js'
import { waitFor } from './helpers.js'

const fixture = fileURLToPath(new URL('../fixtures/storage-v1/', import.meta.url))

interface Expected {
  peer: string
  held: { name: string, token: string }
  permit: { name: string, token: string }
  board: { tasks: Record<string, string>, title: string }
}

describe('a data directory of layout 1 (the replicated state stored whole)', () => {
  let dir: string
  let expected: Expected
  let peer: Peer | undefined

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'accord-v1-'))
    await cp(join(fixture, 'data'), dir, { recursive: true })
    expected = JSON.parse(await readFile(join(fixture, 'expected.json'), 'utf8')) as Expected
  })
  afterEach(async () => { await peer?.stop(); peer = undefined; await rm(dir, { recursive: true, force: true }) })

  async function open (): Promise<Peer> {
    const p = await createPeer({ mesh: 'v1-fixture', storage: dir, lease: { ttlMs: 500, heartbeatMs: 100 }, allowSolo: true })
    await waitFor('the peer leads', () => p.leader?.id === p.id)
    return p
  }

  it('a peer opened on it leads on the old tables (the lock and the permit held then are held), serves the document, and stores changes from then on', async () => {
    const s = await FsStorage.open(dir)
    expect(await openSchema(s)).toBe(1)
    expect(await openSchema(s)).toBe(SCHEMA_VERSION)
    await s.close()

    peer = await open()
    const view = (await peer.inspect()).coord!
    expect(view.locks.find(l => l.name === expected.held.name)?.holder).toMatchObject({ peer: expected.peer, token: BigInt(expected.held.token) })
    expect(view.semaphores.find(x => x.name === expected.permit.name)?.holders).toEqual([expect.objectContaining({ peer: expected.peer, token: BigInt(expected.permit.token) })])
    await expect(peer.lock(expected.held.name, { waitMs: 300 })).rejects.toBeInstanceOf(LockTimeoutError)
    const board = await peer.doc('board')
    expect({ tasks: board.getMap('tasks').toJSON(), title: board.getText('title').toString() }).toEqual(expected.board)

    // later commits are stored as changes after the whole state of the new epoch
    for (let i = 0; i < 3; i++) await (await peer.lock(`new${i}`, { ttlMs: 60_000 })).release()
    const kept = await peer.lock('kept', { ttlMs: 60_000 })
    await peer.stop()
    peer = undefined
    const after = await FsStorage.open(dir)
    expect((await after.loadRange(['election', 'changes'])).length).toBeGreaterThan(0)
    await after.close()

    // and a restart loads the whole state plus those changes
    peer = await open()
    const again = (await peer.inspect()).coord!
    expect(again.locks.find(l => l.name === 'kept')?.holder?.token).toBe(kept.token)
    expect(again.locks.find(l => l.name === expected.held.name)?.holder?.token).toBe(BigInt(expected.held.token))
  })
})
