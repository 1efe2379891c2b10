import { createPeer, type Peer } from '../../src/index.browser.js'
import { afterEach, assert, assertEqual, beforeEach, describe, it, MESH, nodePeer, tag, waitFor } from './harness.js'

/**
 * Malformed gossip on a document topic. A browser peer cannot listen, so two browser
 * peers are never connected to each other: everything between them passes through the
 * Node peer, whose topic validator refuses garbage before forwarding it. Hence the two
 * directions that can be observed: the Node peer sends garbage to a browser peer (which
 * counts it in its own stats), and a browser peer sends garbage to the Node peer (which
 * reports its counters in map `m` of doc `status`).
 */
describe('malformed gossip between the browser and the Node peer', () => {
  const topic = `/accord/${MESH}/doc/board`
  let peers: Peer[] = []
  const escaped: unknown[] = []
  const onError = (evt: ErrorEvent): void => { escaped.push(evt.error ?? evt.message) }
  const onRejection = (evt: PromiseRejectionEvent): void => { escaped.push(evt.reason) }
  beforeEach(() => {
    window.addEventListener('error', onError)
    window.addEventListener('unhandledrejection', onRejection)
  })
  afterEach(async () => {
    window.removeEventListener('error', onError)
    window.removeEventListener('unhandledrejection', onRejection)
    await Promise.allSettled(peers.map(async p => { await p.stop() }))
    peers = []
    escaped.length = 0
  })

  async function join (): Promise<Peer> {
    const peer = await createPeer({ mesh: MESH, bootstrap: [nodePeer().ws], storage: 'memory' })
    peers.push(peer)
    return peer
  }

  async function pingPong (peer: Peer): Promise<void> {
    const m = (await peer.doc('board')).getMap<unknown>('m')
    const t = tag()
    m.set(`ping-${t}`, t)
    await waitFor(`pong-${t}`, () => m.get(`pong-${t}`) === t, 15_000)
  }

  it('the browser peer rejects and counts garbage from the Node peer, and keeps working', async () => {
    const peer = await join()
    const board = await peer.doc('board')
    await peer.synced('board')
    const m = board.getMap<unknown>('m')
    const before = peer.stats().rejected
    const t = tag()
    const n = 3
    m.set(`garbage-${t}`, `${n}:${peer.id}`) // the Node peer publishes n malformed messages on the topic of board, once it knows we listen
    await waitFor(`sent-${t}`, () => m.get(`sent-${t}`) === n, 15_000)
    await waitFor(`${n} more rejections`, () => peer.stats().rejected.total >= before.total + n, 15_000)
    const after = peer.stats().rejected
    assertEqual(after.total - before.total, n, 'rejected.total increase')
    assertEqual((after.byReason.malformed ?? 0) - (before.byReason.malformed ?? 0), n, 'rejected as malformed')
    assertEqual((after.byChannel.gossip ?? 0) - (before.byChannel.gossip ?? 0), n, 'rejected on gossip')
    assert(peer.network.connections().includes(nodePeer().id), `still connected to the Node peer ${nodePeer().id}: connections ${peer.network.connections().join(', ')}`)
    await pingPong(peer)
    assertEqual(escaped, [], 'errors that escaped into the page')
  })

  it('garbage published from a browser peer is rejected and counted by the Node peer, which keeps converging', async () => {
    const [watcher, attacker] = await Promise.all([join(), join()])
    const status = (await watcher.doc('status')).getMap<unknown>('m')
    await watcher.synced('status')
    await waitFor('the Node peer status', () => typeof status.get('rejected') === 'number', 10_000)
    const before = status.get('rejected') as number
    const node = nodePeer().id
    const pubsub = attacker.node.services.pubsub
    await waitFor('the attacker to see the Node peer subscribed to board', () => pubsub.getSubscribers(topic).some(p => p.toString() === node), 10_000)

    const garbage = [new Uint8Array([1, 2, 3]), new Uint8Array([0xff, 0xff, 0xff, 0x01, 0x02]), crypto.getRandomValues(new Uint8Array(200))]
    for (const bytes of garbage) await pubsub.publish(topic, bytes)
    await waitFor(`the Node peer to count ${garbage.length} rejections`, () => (status.get('rejected') as number) >= before + garbage.length, 15_000)
    assertEqual(status.get('rejected'), before + garbage.length, 'Node peer rejected.total increase')

    // the garbage went nowhere else, and the mesh still works for everyone, the attacker included
    assertEqual(watcher.stats().rejected.total, 0, 'rejections at the watcher')
    await pingPong(watcher)
    await pingPong(attacker)
    assertEqual(escaped, [], 'errors that escaped into the page')
  })
})
