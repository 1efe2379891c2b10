import { createPeer, type Peer } from '../../src/index.browser.js'
import { afterEach, assert, before, describe, it, MESH, nodePeer, sleep, tag, waitFor, waitForValue } from './harness.js'

/** A WebRTC connection to `other` that is not the limited relayed one. */
function webrtcTo (peer: Peer, other: Peer): boolean {
  return peer.node.getConnections(other.peerId).some(c => c.limits == null && c.remoteAddr.toString().includes('/webrtc'))
}

describe('two browser peers: found through the Node peer, connected over WebRTC', () => {
  let peers: Peer[] = []
  afterEach(async () => {
    await Promise.allSettled(peers.map(async p => { await p.stop() }))
    peers = []
  })

  before(async () => {
    // Chromium offers loopback ICE candidates only to a page with media permission
    // (granted by --use-fake-ui-for-media-stream, see karma.conf.js)
    const media = await navigator.mediaDevices.getUserMedia({ audio: true })
    for (const track of media.getTracks()) track.stop()
  })

  async function join (): Promise<Peer> {
    const peer = await createPeer({ mesh: MESH, bootstrap: [nodePeer().ws], storage: 'memory' })
    peers.push(peer)
    return peer
  }

  it('reserve a relay slot on the Node peer, then connect to each other directly', async () => {
    const a = await join()
    const b = await join()
    await waitFor('both have a relay address', () => [a, b].every(p => p.addrs.some(x => x.includes(`/p2p/${nodePeer().id}/p2p-circuit/webrtc`))), 20_000)
    await waitFor('a WebRTC connection between the tabs', () => webrtcTo(a, b) || webrtcTo(b, a), 30_000)
  })

  it('a tab whose relay dies reserves a slot on another relay and announces it: a tab that cannot be dialled reaches it there', async () => {
    const t = tag()
    // a tab asks the Node peer to start a second relay, in a process of its own
    const control = await join()
    const board = (await control.doc('board')).getMap<unknown>('m')
    await control.synced('board')
    board.set(`spawnrelay-${t}`, 1)
    const relay = JSON.parse(String(await waitForValue('the second relay', () => board.get(`relay-${t}`), v => typeof v === 'string', 30_000))) as { id: string, ws: string }
    const viaRelay = (p: Peer, id: string): boolean => p.addrs.some(x => x.includes(`/p2p/${id}/p2p-circuit/webrtc`))

    // a tab that knows only the second relay reserves its slot there, and links to the Node peer too
    const a = await createPeer({ mesh: MESH, bootstrap: [relay.ws], storage: 'memory' })
    peers.push(a)
    await waitFor('a has a relay address on the second relay', () => viaRelay(a, relay.id), 20_000)
    assert(!viaRelay(a, nodePeer().id), 'a reserved on the Node peer as well: the premise is one reservation, on the second relay')
    await waitFor('a links to the Node peer', () => a.node.getConnections().some(c => c.remotePeer.toString() === nodePeer().id && c.limits == null), 20_000)

    await sleep(1_500) // the others hear of a at that address (heartbeats, two a second), then it goes stale
    board.set(`killrelay-${t}`, 1) // kill -9
    await waitForValue('the second relay killed', () => board.get(`relaykilled-${t}`), v => v === 'SIGKILL', 10_000)
    await waitFor('a has a relay address on the Node peer, and none on the dead relay', () => viaRelay(a, nodePeer().id) && !viaRelay(a, relay.id), 30_000)

    // a tab that joins now, listening on nothing (no relay slot: a cannot dial it), dials a
    // over WebRTC through the relay a moved to, at the address a announces now
    const b = await createPeer({ mesh: MESH, bootstrap: [nodePeer().ws], storage: 'memory', listen: [] })
    peers.push(b)
    await waitFor('a WebRTC connection between a and the newcomer', () => webrtcTo(a, b) || webrtcTo(b, a), 30_000)
    const [docA, docB] = await Promise.all([a.doc(`moved-${t}`), b.doc(`moved-${t}`)])
    docA.getMap('m').set('from', 'a')
    await waitFor('b has a\'s edit', () => docB.getMap('m').get('from') === 'a')
  })

  it('share a document the Node peer never opens, and take turns on a lock', async () => {
    const a = await join()
    const b = await join()
    await waitFor('a WebRTC connection between the tabs', () => webrtcTo(a, b) || webrtcTo(b, a), 30_000)
    // only the two tabs subscribe to this document: its updates cannot go round through Node
    const t = tag()
    const [docA, docB] = await Promise.all([a.doc(`tabs-${t}`), b.doc(`tabs-${t}`)])
    docA.getMap('m').set('from', 'a')
    await waitFor('b has a\'s edit', () => docB.getMap('m').get('from') === 'a')
    docB.getMap('m').set('reply', 'b')
    await waitFor('a has b\'s edit', () => docA.getMap('m').get('reply') === 'b')

    const held = await b.lock(`shared-${t}`, { ttlMs: 5_000 })
    let granted = false
    const waiting = a.lock(`shared-${t}`, { ttlMs: 5_000 }).then(l => { granted = true; return l })
    // the lease holder has decided: a waits behind b
    await waitFor('a queued for the lock', async () => (await a.inspect()).coord?.locks.find(l => l.name === `shared-${t}`)?.queue.some(w => w.peer === a.id) === true)
    assert(!granted, 'a got the lock while b held it')
    await held.release()
    const next = await waiting
    assert(next.token > held.token, `tokens rise from tab to tab: ${next.token} after ${held.token}`)
    await next.release()
  })
})
