/**
 * The connection pinger (src/net/connection-pinger.ts) closes a connection whose far end
 * no longer answers pings, and leaves answering ones alone. The fault: the far peer's ping
 * handler swallows pings (a process that holds the socket but does not run, as after a
 * host hang). The judge is libp2p's own connection list, not the pinger.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { ConnectionPinger } from '../../src/net/connection-pinger.js'
import { sleep, startMesh, waitFor } from './helpers.js'
import type { Peer } from '../../src/index.node.js'

const PING = '/ipfs/ping/1.0.0'

describe('connection pinger', () => {
  let peers: Peer[] = []
  let pinger: ConnectionPinger | undefined
  afterEach(async () => {
    pinger?.stop()
    await Promise.all(peers.map(async p => { await p.stop() }))
    peers = []
  })

  it('keeps a connection whose far end answers, closes one whose far end stopped answering', async () => {
    peers = await startMesh(2)
    const [a, b] = peers as [Peer, Peer]
    const connected = (): number => a.node.getConnections(b.node.peerId).length
    await waitFor('a connected to b', () => connected() > 0)
    pinger = new ConnectionPinger(a.node, { intervalMs: 200, timeoutMs: 300, tickMs: 50 })
    pinger.start()
    await sleep(1_000) // time is the point: several rounds of pings, all answered
    expect(connected()).toBeGreaterThan(0)
    // b keeps the connection open but no longer answers: it reads pings and sends nothing back
    await b.node.unhandle(PING)
    await b.node.handle(PING, () => {})
    await waitFor('a closed its connection to the silent b', () => connected() === 0, 5_000)
  })
})
