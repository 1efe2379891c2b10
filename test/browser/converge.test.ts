import { createPeer, type Peer } from '../../src/index.browser.js'
import { afterEach, assert, assertEqual, describe, it, MESH, nodePeer, sleep, tag, waitFor } from './harness.js'
import type * as Y from 'yjs'

/** The entries of map `m` whose key contains `t`, sorted, as the Node peer's `snapshot-` reply encodes them. */
function entriesWith (doc: Y.Doc, t: string): string {
  const entries = [...doc.getMap<unknown>('m').entries()]
    .filter(([k]) => k.includes(t) && !k.startsWith('snap-') && !k.startsWith('snapshot-'))
    .sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)
  return JSON.stringify(entries)
}


describe('a browser peer and the Node peer, over WebSockets', () => {
  let peers: Peer[] = []
  afterEach(async () => {
    await Promise.allSettled(peers.map(async p => { await p.stop() }))
    peers = []
  })

  async function join (): Promise<Peer> {
    const peer = await createPeer({ mesh: MESH, bootstrap: [nodePeer().ws], storage: 'memory' })
    peers.push(peer)
    return peer
  }

  it('dials the Node peer over ws:// on 127.0.0.1', async () => {
    const peer = await join()
    const node = nodePeer()
    await waitFor('a connection to the Node peer', () => peer.network.connections().includes(node.id))
    const conns = peer.node.getConnections().filter(c => c.remotePeer.toString() === node.id)
    assert(conns.length > 0, 'no connection object')
    assert(conns.some(c => c.remoteAddr.toString().includes('/ws')), `not a WebSocket connection: ${conns.map(c => c.remoteAddr.toString()).join(', ')}`)
    // a tab listens on no socket: its only addresses are through a relay
    assert(peer.addrs.every(a => a.includes('/p2p-circuit')), `a browser peer listens only through relays: ${peer.addrs.join(', ')}`)
  })

  it('catches up with what the Node peer wrote before it joined', async () => {
    const peer = await join()
    const board = await peer.doc('board')
    await peer.synced('board')
    await waitFor('node = hello', () => board.getMap('m').get('node') === 'hello', 10_000)
  })

  it('updates flow both ways: ping-<x> comes back as pong-<x>', async () => {
    const peer = await join()
    const m = (await peer.doc('board')).getMap<unknown>('m')
    await peer.synced('board')
    for (let round = 0; round < 3; round++) {
      const t = tag()
      m.set(`ping-${t}`, { round, t })
      await waitFor(`pong-${t}`, () => JSON.stringify(m.get(`pong-${t}`)) === JSON.stringify({ round, t }), 15_000)
    }
  })

  it('concurrent edits of two browser peers and the Node peer converge', async () => {
    const [a, b] = await Promise.all([join(), join()])
    const [da, db] = await Promise.all([a.doc('board'), b.doc('board')])
    await Promise.all([a.synced('board'), b.synced('board')])
    const t = tag()
    const n = 30
    // the Node peer writes node-<t>-<i> and shared-<t>, one transaction every few ms
    da.getMap('m').set(`burst-${t}`, n)
    for (let i = 0; i < n; i++) {
      // a and b in the same tick: neither has seen the other's write of shared-<t>
      da.transact(() => { da.getMap('m').set(`a-${t}-${i}`, i); da.getMap('m').set(`shared-${t}`, `a-${i}`) })
      db.transact(() => { db.getMap('m').set(`b-${t}-${i}`, i); db.getMap('m').set(`shared-${t}`, `b-${i}`) })
      await sleep(3) // time is the point: spread the writes over the Node peer's burst
    }
    const size = 3 * n + 2 // a, b and node keys, shared-<t>, burst-<t>
    const count = (d: Y.Doc): number => JSON.parse(entriesWith(d, t)).length
    await waitFor(`both browser peers to hold ${size} keys tagged ${t}`, () => count(da) === size && count(db) === size, 30_000)
    await waitFor('the browser peers to agree', () => entriesWith(da, t) === entriesWith(db, t), 30_000)

    // the Node peer agrees too: ask it for its view of the tagged keys until it matches
    let attempt = 0
    let nodeView = ''
    await waitFor('the Node peer to agree', async () => {
      const key = `snap-${t}-${attempt}`
      da.getMap('m').set(`snapshot-${t}-${attempt}`, t)
      await waitFor(key, () => da.getMap('m').has(key), 15_000)
      nodeView = String(da.getMap('m').get(key))
      attempt++
      return nodeView === entriesWith(da, t)
    }, 30_000)
    const shared = da.getMap('m').get(`shared-${t}`)
    assert(typeof shared === 'string' && /^(a|b|node)-\d+$/.test(shared), `shared-${t} = ${String(shared)}`)
  })
})
