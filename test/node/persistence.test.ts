import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPeer, type Peer } from '../../src/index.node.js'
import { runScript } from './processes.js'
import { startMesh, stopAll, waitConverged } from './helpers.js'

const writer = fileURLToPath(new URL('./fixtures/peer-writer.ts', import.meta.url))

async function missingKeys (dir: string, keys: number[]): Promise<number[]> {
  const peer = await createPeer({ mesh: 'persist', storage: dir })
  try {
    const m = (await peer.doc('log')).getMap('m')
    return keys.filter(k => m.get(`k${k}`) !== k)
  } finally {
    await peer.stop()
  }
}

describe('a peer\'s documents survive kill -9', () => {
  let dir: string
  let peers: Peer[] = []
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'accord-persist-')) })
  afterEach(async () => { await stopAll(peers); peers = []; await rm(dir, { recursive: true, force: true }) })

  it('every update made durable by flush() is there after kill -9, across restarts with compaction', async () => {
    const durable: number[] = []
    for (let round = 0; round < 4; round++) {
      // a 16 KiB compaction threshold makes compaction frequent, so kills land in it
      const run = await runScript(writer, { STORE_DIR: dir, START: String(round * 1_000_000), COMPACT_BYTES: '16384' }, 300 + Math.random() * 400)
      expect(run.signal).toBe('SIGKILL')
      expect(run.durable.length).toBeGreaterThan(0)
      durable.push(...run.durable)
      expect(await missingKeys(dir, durable)).toEqual([])
    }
  })

  it('a restarted peer brings its stored edits back to the mesh', async () => {
    const offline = await createPeer({ mesh: 'persist-mesh', storage: dir })
    ;(await offline.doc('notes')).getMap('m').set('written-offline', 1)
    await offline.flush('notes')
    await offline.stop()

    peers = await startMesh(2, { mesh: 'persist-mesh' })
    await Promise.all(peers.map(async p => await p.doc('notes')))
    const back = await createPeer({ mesh: 'persist-mesh', storage: dir, bootstrap: [peers[0]!.addrs[0]!] })
    peers.push(back)
    expect((await back.doc('notes')).getMap('m').get('written-offline')).toBe(1)
    await waitConverged(peers, 'notes', 1)
  })
})
