import { createPeer, type Peer } from '../../src/index.browser.js'
import { afterEach, assert, before, describe, it, MESH, nodePeer, tag, waitFor } from './harness.js'

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
